package com.bytenite.sdk.dev;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Zips a component folder and unzips one safely. Zipping takes every regular file under the folder
 * (nothing is skipped); a symbolic link is followed only when it points inside the folder, otherwise
 * the push is refused. Unzipping refuses, before writing anything, any entry that is absolute,
 * contains {@code ..}, or would land outside the target; entries are always written as regular
 * files, so an archive cannot plant a symbolic link.
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

    /** Unpacks {@code zipBytes} into {@code target} (created if needed). */
    static List<Path> unzip(byte[] zipBytes, Path target) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zipBytes))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        Files.createDirectories(target);
        Path root = target.toRealPath();
        for (String name : names) {
            check(root, name);
        }
        List<Path> written = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zipBytes))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path out = check(root, e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                copy(in, out);
                written.add(out);
            }
        }
        return written;
    }

    private static Path check(Path root, String name) throws IOException {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*") || List.of(n.split("/")).contains("..")) {
            throw new IOException("refusing archive entry '" + name + "': absolute or climbing out with '..'");
        }
        Path out = root.resolve(n).normalize();
        if (!out.startsWith(root)) {
            throw new IOException("refusing archive entry '" + name + "': it would be written outside " + root);
        }
        Path cur = root;
        for (Path part : root.relativize(out)) {
            cur = cur.resolve(part);
            if (Files.isSymbolicLink(cur)) {
                throw new IOException("refusing archive entry '" + name + "': it would be written through the link " + root.relativize(cur)
                        + ", which may lead outside " + root);
            }
        }
        return out;
    }

    private static void copy(InputStream in, Path out) throws IOException {
        Path tmp = Files.createTempFile(out.getParent(), ".unzip-", ".part");
        try {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
