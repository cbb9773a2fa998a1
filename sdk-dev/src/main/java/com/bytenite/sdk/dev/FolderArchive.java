package com.bytenite.sdk.dev;

import com.bytenite.sdk.core.archive.ArchiveLimits;
import com.bytenite.sdk.core.archive.SafeUnzip;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Zips a component folder and unzips one safely. Zipping takes every regular file under the folder
 * (nothing is skipped); a symbolic link is followed only when it points inside the folder, otherwise
 * the push is refused. Unzipping is {@link SafeUnzip}'s: nothing is written unless every entry
 * stays inside the target, appears once, and the whole stays within {@link ArchiveLimits#DEFAULTS}.
 */
final class FolderArchive {
    private FolderArchive() {
    }

    static void zip(Path folder, OutputStream out) throws IOException {
        Path root = folder.toRealPath();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> !Files.isDirectory(p)).sorted().toList();
        }
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Path p : files) {
                Path real = p.toRealPath();
                if (!real.startsWith(root)) {
                    throw new IOException("refusing to package " + folder.relativize(p) + ": it is a link to " + real
                            + ", outside the folder");
                }
                if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                    throw new IOException("refusing to package " + folder.relativize(p) + ": not a regular file");
                }
                zip.putNextEntry(new ZipEntry(folder.relativize(p).toString().replace('\\', '/')));
                Files.copy(real, zip);
                zip.closeEntry();
            }
        }
    }

    /** Unpacks {@code zipBytes} into {@code target} (created if needed), within the default {@link ArchiveLimits}. */
    static List<Path> unzip(byte[] zipBytes, Path target) throws IOException {
        return SafeUnzip.unzip(zipBytes, target, ArchiveLimits.DEFAULTS);
    }
}
