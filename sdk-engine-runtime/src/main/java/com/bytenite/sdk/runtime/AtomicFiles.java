package com.bytenite.sdk.runtime;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a file under a temporary name and renames it into place only once the writer has finished
 * without error, so a reader (the platform collecting chunks or results) never sees half a file and
 * a failed write leaves nothing behind. Existing files are never replaced.
 */
final class AtomicFiles {
    private static final AtomicLong COUNTER = new AtomicLong();
    private AtomicFiles() {
    }

    static void write(Path target, StreamWriter writer) throws IOException {
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "already written; nothing is replaced");
        }
        // Not Files.createTempFile: it seeds a SecureRandom, milliseconds a component pays at start.
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + "-" + COUNTER.incrementAndGet()
                + ".part");
        try {
            File tmpFile = tmp.toFile();
            if (!tmpFile.createNewFile()) {
                throw new FileAlreadyExistsException(tmp.toString());
            }
            // java.io, not Files.newOutputStream: see AppContext on start time.
            try (OutputStream out = new BufferedOutputStream(new FileOutputStream(tmpFile), 64 * 1024)) {
                writer.write(out);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
