package com.bytenite.sdk.core.errors;

import java.util.Optional;

/**
 * The server answered with a success status but a body that is not the documented JSON (an HTML
 * proxy page, a truncated document, a value of the wrong type). The message carries the status
 * and a short, redacted excerpt of the body.
 */
public class MalformedResponseException extends ByteNiteException {
    private static final long serialVersionUID = 1L;

    /** The HTTP status of the answer. */
    private final int statusCode;
    /** The server's id for the request, or null when the answer carried none. */
    private final String requestId;
    /** A short, redacted excerpt of the body. */
    private final String bodyExcerpt;

    /**
     * The SDK's call execution makes these; tests may too. The message names the root cause's class
     * only, since a parser's message may quote unredacted parts of the body.
     *
     * @param operation the SDK's name of the operation, or null when not known
     * @param statusCode the HTTP status of the answer
     * @param requestId the server's id for the request, or null
     * @param bodyExcerpt a short excerpt of the body, already redacted
     * @param cause the parsing failure, or null
     */
    public MalformedResponseException(String operation, int statusCode, String requestId, String bodyExcerpt, Throwable cause) {
        super("Malformed response (HTTP " + statusCode + ")" + (operation == null ? "" : " in " + operation)
                + ": " + rootMessage(cause) + "; body starts \"" + bodyExcerpt + "\" (requestId "
                + (requestId == null ? "absent" : requestId) + ")", operation, cause);
        this.statusCode = statusCode;
        this.requestId = requestId;
        this.bodyExcerpt = bodyExcerpt;
    }

    /**
     * The HTTP status of the answer, a success status.
     *
     * @return the status code
     */
    public int statusCode() {
        return statusCode;
    }

    /**
     * The server's id for the request; quote it to ByteNite support.
     *
     * @return the request id, empty when the answer carried none
     */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /**
     * At most a few hundred characters, with secrets and URL queries removed.
     *
     * @return the excerpt of the body
     */
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
