package com.bytenite.sdk.local.internal.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Logger;

/**
 * Where unreadable state files go: moved aside into a {@code quarantine} folder next to them, so
 * the server still starts, the user can inspect the file, and a later start does not trip on it.
 */
public final class Quarantine {
    private static final Logger LOG = Logger.getLogger(Quarantine.class.getName());

    private Quarantine() {
    }

    /** Moves {@code file} aside and logs why; returns where it went. */
    public static Path move(Path file, String why) {
        Path folder = file.toAbsolutePath().getParent().resolve("quarantine");
        Path target = folder.resolve(file.getFileName() + "." + System.currentTimeMillis());
        try {
            Files.createDirectories(folder);
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
            LOG.warning("Local ByteNite could not read " + file + " (" + why + "); moved it to " + target + " and started without it");
            return target;
        } catch (IOException e) {
            LOG.warning("Local ByteNite could not read " + file + " (" + why + ") nor move it aside (" + e.getMessage() + "); ignoring it");
            return file;
        }
    }
}
