package com.bytenite.sdk.local.internal.dev;

import com.bytenite.sdk.core.archive.ArchiveLimits;
import com.bytenite.sdk.core.archive.ArchiveRejectedException;
import com.bytenite.sdk.core.archive.SafeUnzip;
import com.bytenite.sdk.local.internal.server.ApiException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The server side of the push {@code data} field, whose encoding ByteNite does not document. Local
 * ByteNite reads what the SDK's ComponentsService sends: the component folder as a zip archive, base64
 * encoded, unpacked by the SDK's own {@link SafeUnzip} within the server's {@link ArchiveLimits}.
 */
final class PushedArchive {
    private PushedArchive() {
    }

    /**
     * Unpacks {@code data} into {@code target}, a fresh staging folder.
     *
     * @throws ApiException 400 for data that is not base64, or an archive {@link SafeUnzip} refuses
     *     (nothing is written then)
     */
    static void unpack(String data, Path target, ArchiveLimits limits) throws IOException {
        byte[] zip;
        try {
            zip = Base64.getDecoder().decode(data.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("data must be a base64-encoded zip archive of the component folder: " + e.getMessage());
        }
        try {
            SafeUnzip.unzip(zip, target, limits);
        } catch (ArchiveRejectedException e) {
            throw ApiException.badRequest("data: " + e.getMessage());
        } catch (java.util.zip.ZipException e) {
            throw ApiException.badRequest("data: not a readable zip archive: " + e.getMessage());
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
