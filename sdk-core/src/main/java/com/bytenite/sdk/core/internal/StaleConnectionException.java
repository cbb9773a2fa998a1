package com.bytenite.sdk.core.internal;

import java.io.IOException;

/**
 * A pooled connection found closed by the server before anything of the request was written: the
 * request was never sent, so even a call that must not be repeated may go again on a new connection.
 */
final class StaleConnectionException extends IOException {
    private static final long serialVersionUID = 1L;

    StaleConnectionException(String message) {
        super(message);
    }
}
