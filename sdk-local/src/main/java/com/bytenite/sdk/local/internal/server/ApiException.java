package com.bytenite.sdk.local.internal.server;

/**
 * An error answer. The front turns it into ByteNite's envelope
 * ({@code {"ok": false, "requestId", "message", "error": {"code", "message", "description"}}}).
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String description;

    public ApiException(int status, String message, String description) {
        super(message + ": " + description);
        this.status = status;
        this.description = description;
    }

    public static ApiException badRequest(String description) {
        return new ApiException(400, "Bad Request", description);
    }

    public static ApiException unauthorized(String description) {
        return new ApiException(401, "Unauthorized", description);
    }

    public static ApiException notFound(String description) {
        return new ApiException(404, "Not Found", description);
    }

    /** The request is valid but the resource is not in a state that allows it. */
    public static ApiException failedPrecondition(String description) {
        return new ApiException(409, "Failed Precondition", description);
    }

    public int status() {
        return status;
    }

    public String description() {
        return description;
    }

    /** The envelope's short message, such as {@code Not Found}. */
    public String title() {
        return getMessage().substring(0, getMessage().length() - description.length() - 2);
    }
}
