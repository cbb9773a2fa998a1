package com.bytenite.sdk.local.internal.jobs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file name an upload is kept under: the sender's, when it is a plain, safe name, from
 * {@code Content-Disposition}'s {@code filename} or the SDK's {@code X-ByteNite-File-Name}; else
 * {@value #DEFAULT}.
 */
final class UploadNames {
    static final String DEFAULT = "upload.bin";
    private static final Pattern FILENAME = Pattern.compile("filename\\*?=(?:UTF-8'')?\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._ -]{0,200}");

    private UploadNames() {
    }

    static String of(String contentDisposition, String fileNameHeader) {
        if (contentDisposition != null) {
            Matcher m = FILENAME.matcher(contentDisposition);
            if (m.find()) {
                return safe(m.group(1));
            }
        }
        return fileNameHeader == null || fileNameHeader.isBlank() ? DEFAULT : safe(fileNameHeader);
    }

    private static String safe(String encoded) {
        String name = java.net.URLDecoder.decode(encoded.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8).trim();
        return SAFE.matcher(name).matches() && !name.contains("..") ? name : DEFAULT;
    }
}
