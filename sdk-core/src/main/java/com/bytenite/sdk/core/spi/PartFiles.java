package com.bytenite.sdk.core.spi;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Temporary {@code .part} files for writes that must appear whole: a download, an unpacked entry, an
 * export. Unlike {@link Files#createTempFile}, which makes files only the owner can read (0600), a
 * part file gets the user's normal mode for new files (the umask), so the file it becomes once
 * renamed into place is like any other the user creates.
 */
public final class PartFiles {
    private PartFiles() {
    }

    /**
     * Creates an empty, hidden {@code .<prefix>-<random>.part} file in {@code directory}.
     *
     * @param directory where the final file will be; renaming within it stays atomic
     * @param prefix a readable part of the name, such as the final file's name
     * @return the new file
     * @throws IOException if it cannot be created
     */
    public static Path createIn(Path directory, String prefix) throws IOException {
        while (true) {
            Path part = directory.resolve("." + prefix + "-" + UUID.randomUUID() + ".part");
            try {
                return Files.createFile(part);
            } catch (FileAlreadyExistsException e) {
                // A random name taken already: try another.
            }
        }
    }
}
