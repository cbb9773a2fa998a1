package com.bytenite.sdk.benchmarks;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Clean-up of the benchmarks' own folders. */
final class Folders {
    private Folders() {
    }

    /**
     * Deletes {@code root} and everything under it with one unlink or rmdir per entry, the way
     * Local ByteNite cleans a job's folders, so the floor pays no more for its clean-up than the
     * server does.
     */
    static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failed) throws IOException {
                if (failed != null) {
                    throw failed;
                }
                delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void delete(Path p) throws IOException {
        if (!p.toFile().delete()) {
            throw new IOException("cannot delete " + p);
        }
    }
}
