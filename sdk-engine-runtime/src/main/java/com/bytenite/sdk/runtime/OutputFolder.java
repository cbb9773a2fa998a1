package com.bytenite.sdk.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A contract folder a component writes whole named files into (an app's results, an assembler's
 * output): every form of content the contexts accept, one safe name check, and files that appear
 * only once complete. The contexts' {@code write…} overloads all come here.
 */
final class OutputFolder {
    private final Path dir;
    /** What a file here is called in messages: "result" or "output". */
    private final String what;

    OutputFolder(Path dir, String what) {
        this.dir = dir;
        this.what = what;
    }

    Path write(String name, StreamWriter writer) throws IOException {
        Path target = dir.resolve(SafeNames.check(name, what));
        AtomicFiles.write(target, writer);
        return target;
    }

    Path write(String name, byte[] content) throws IOException {
        return write(name, new StartupLean.Bytes(content));
    }

    Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    Path write(String name, InputStream content) throws IOException {
        return write(name, new StartupLean.Copy(content));
    }
}
