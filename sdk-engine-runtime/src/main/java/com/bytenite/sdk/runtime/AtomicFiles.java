package com.bytenite.sdk.runtime;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file under a temporary name and renames it into place only once the writer has finished
 * without error, so a reader (the platform collecting chunks or results) never sees half a file and
 * a failed write leaves nothing behind. Existing files are never replaced.
 */
final class AtomicFiles {
    private AtomicFiles() {
    }

    static void write(Path target, StreamWriter writer) throws IOException {
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "already written; nothing is replaced");
        }
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 64 * 1024)) {
                writer.write(out);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
