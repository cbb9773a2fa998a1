package com.bytenite.sdk.dev;

import java.util.Optional;

/**
 * The answer of activate, deactivate and status for an app or engine. The docs describe only the
 * engines' shape ({@code engineId}, {@code engineTag}, {@code engineStatus}, {@code engineLink});
 * apps are read the same way ({@code appId}…) and fields the server did not send are null.
 */
public record ComponentStatus(String id, String tag, String status, String link) {
    public boolean isActive() {
        return "active".equalsIgnoreCase(status);
    }

    public Optional<String> downloadLink() {
        return Optional.ofNullable(link);
    }
}
