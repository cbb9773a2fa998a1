package com.bytenite.sdk.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK's version, written into {@code bytenite-sdk.properties} by the build. */
public final class SdkVersion {
    private static final String VERSION = load();

    private SdkVersion() {
    }

    public static String version() {
        return VERSION;
    }

    public static String userAgent() {
        return "bytenite-java/" + VERSION;
    }

    private static String load() {
        try (InputStream in = SdkVersion.class.getResourceAsStream("/bytenite-sdk.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
