package com.bytenite.sdk.core.testing;

/** Recognisable secret values: a test fails if any of them shows up where it must not. */
public final class Canary {
    public static final String API_KEY = "canary-api-key-7f3a9c1e";
    public static final String TOKEN = "canary-token-b52d8e04";
    public static final String SECRET_KEY = "canary-secret-key-91ce77aa";
    public static final String SIGNATURE = "canary-signature-3d0f";

    private Canary() {
    }

    /** Every canary, for "none of these appears" assertions. */
    public static String[] all() {
        return new String[] {API_KEY, TOKEN, SECRET_KEY, SIGNATURE};
    }
}
