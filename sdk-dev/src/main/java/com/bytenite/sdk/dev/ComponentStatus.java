package com.bytenite.sdk.dev;

import java.util.Optional;

/**
 * The answer of activate, deactivate and status for an app or engine. The docs describe only the
 * engines' shape ({@code engineId}, {@code engineTag}, {@code engineStatus}, {@code engineLink});
 * apps are read the same way ({@code appId}…) and fields the server did not send are null.
 */
public record ComponentStatus(String id, String tag, String status, String link) {
    /**
     * Whether the server reported the component as active ({@code status} equal to {@code active},
     * ignoring case). The full list of status values is not documented.
     *
     * @return true if {@code status} is {@code active}
     */
    public boolean isActive() {
        return "active".equalsIgnoreCase(status);
    }

    /**
     * The link the server sent with the status ({@code engineLink} or {@code appLink}); what it points to
     * and how long it stays valid are not documented.
     *
     * @return the link, or empty when the server sent none
     */
    public Optional<String> downloadLink() {
        return Optional.ofNullable(link);
    }
}
