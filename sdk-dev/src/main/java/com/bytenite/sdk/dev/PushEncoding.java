package com.bytenite.sdk.dev;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;

/**
 * The one place that knows how a component folder travels in the push {@code data} field and comes
 * back from a download. ByteNite does not document the encoding (the CLI uploads a folder); this SDK
 * sends the folder as a zip archive, base64 encoded, because zip keeps the folder's layout, needs no
 * dependency, and base64 is the usual way to carry bytes in a JSON string (protobuf {@code bytes}
 * fields use it too). Local ByteNite reads exactly this. Should ByteNite's real encoding differ,
 * only this class changes.
 */
final class PushEncoding {
    private PushEncoding() {
    }

    static String encode(Path folder) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FolderArchive.zip(folder, bytes);
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    /** The archive bytes from a download's data field. */
    static byte[] decode(String data) {
        try {
            return Base64.getDecoder().decode(data.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the downloaded package is not base64: " + e.getMessage(), e);
        }
    }
}
