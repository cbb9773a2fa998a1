package com.bytenite.sdk.local.jobs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The file name an upload is kept under: the sender's, when it is a plain, safe name. */
final class UploadNames {
    static final String DEFAULT = "upload.bin";
    private static final Pattern FILENAME = Pattern.compile("filename\\*?=(?:UTF-8'')?\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._ -]{0,200}");

    private UploadNames() {
    }

    static String fromContentDisposition(String header) {
        if (header == null) {
            return DEFAULT;
        }
        Matcher m = FILENAME.matcher(header);
        if (!m.find()) {
            return DEFAULT;
        }
        String name = java.net.URLDecoder.decode(m.group(1).replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8).trim();
        return SAFE.matcher(name).matches() && !name.contains("..") ? name : DEFAULT;
    }
}
