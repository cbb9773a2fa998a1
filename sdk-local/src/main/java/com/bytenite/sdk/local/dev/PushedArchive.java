package com.bytenite.sdk.local.dev;

import com.bytenite.sdk.local.files.FileStore;
import com.bytenite.sdk.local.server.ApiException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The server side of the push {@code data} field, whose encoding ByteNite does not document. Local
 * ByteNite reads what the SDK's DevClient sends: the component folder as a zip archive, base64
 * encoded. Every entry must stay inside the folder: absolute paths and {@code ..} are refused.
 */
final class PushedArchive {
    private PushedArchive() {
    }

    /** Unpacks {@code data} into a new {@code target} folder. */
    static void unpack(String data, Path target) throws IOException {
        byte[] zip;
        try {
            zip = Base64.getDecoder().decode(data.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("data must be a base64-encoded zip archive of the component folder: " + e.getMessage());
        }
        FileStore.deleteTree(target);
        Files.createDirectories(target);
        Path root = target.toRealPath();
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; entries++) {
                Path out = root.resolve(e.getName()).normalize();
                if (e.getName().startsWith("/") || e.getName().contains("..") || !out.startsWith(root)) {
                    FileStore.deleteTree(target);
                    throw ApiException.badRequest("data: archive entry '" + e.getName() + "' would be written outside the component folder");
                }
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out);
                }
            }
        }
        if (entries == 0) {
            throw ApiException.badRequest("data: the archive is empty (or not a zip archive)");
        }
    }

    /** The folder as {@code data}, for downloads. */
    static String pack(Path folder) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(folder.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, zip);
                zip.closeEntry();
            }
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }
}
