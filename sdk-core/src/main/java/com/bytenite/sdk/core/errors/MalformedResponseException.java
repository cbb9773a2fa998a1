package com.bytenite.sdk.core.errors;

import java.util.Optional;

/**
 * The server answered with a success status but a body that is not the documented JSON (an HTML
 * proxy page, a truncated document, a value of the wrong type). The message carries the status
 * and a short, redacted excerpt of the body.
 */
public class MalformedResponseException extends ByteNiteException {
    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String requestId;
    private final String bodyExcerpt;

    public MalformedResponseException(String operation, int statusCode, String requestId, String bodyExcerpt, Throwable cause) {
        super("Malformed response (HTTP " + statusCode + ")" + (operation == null ? "" : " in " + operation)
                + ": " + rootMessage(cause) + "; body starts \"" + bodyExcerpt + "\" (requestId "
                + (requestId == null ? "absent" : requestId) + ")", operation, cause);
        this.statusCode = statusCode;
        this.requestId = requestId;
        this.bodyExcerpt = bodyExcerpt;
    }

    public int statusCode() {
        return statusCode;
    }

    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** At most a few hundred characters, with secrets and URL queries removed. */
    public String bodyExcerpt() {
        return bodyExcerpt;
    }

    private static String rootMessage(Throwable cause) {
        if (cause == null) {
            return "unreadable body";
        }
        Throwable t = cause;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        // Parser messages quote fragments of the body, which were not redacted: name the class only.
        return "not the expected JSON (" + t.getClass().getSimpleName() + ")";
    }
}
