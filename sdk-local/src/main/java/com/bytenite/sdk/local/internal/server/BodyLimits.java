package com.bytenite.sdk.local.internal.server;

/**
 * The largest request bodies the server reads, by kind of route. A body over its limit is refused
 * with 413 before it is read whole: a declared {@code Content-Length} at once, a chunked body as
 * soon as it passes the limit.
 *
 * @param json JSON bodies (every route but pushes and uploads); read into memory
 * @param archive app and engine pushes (a base64 zip inside JSON); read into memory
 * @param upload job input uploads; streamed to disk, never held in memory
 */
public record BodyLimits(long json, long archive, long upload) {
    public static final BodyLimits DEFAULTS = new BodyLimits(1L << 20, 32L << 20, 2L << 30);

    public BodyLimits {
        if (json <= 0 || archive <= 0 || upload <= 0) {
            throw new IllegalArgumentException("body limits must be positive, were json=" + json + " archive=" + archive + " upload=" + upload);
        }
    }

    /** What a route reads as its body; decides its limit. */
    public enum Kind { JSON, ARCHIVE, UPLOAD }

    long of(Kind kind) {
        return switch (kind) {
            case JSON -> json;
            case ARCHIVE -> archive;
            case UPLOAD -> upload;
        };
    }

    static ApiException tooLarge(long limit) {
        return new ApiException(413, "Payload Too Large", "the request body is larger than this route accepts (" + limit + " bytes)");
    }
}
