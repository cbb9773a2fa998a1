package com.bytenite.sdk.core.archive;

import java.io.IOException;

/**
 * An archive {@link SafeUnzip} refused: an entry that would land outside the target, a duplicate
 * entry, or a limit of {@link ArchiveLimits} passed. The message names the entry, never a path
 * of this machine.
 */
public final class ArchiveRejectedException extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * An archive refused for the reason {@code message} gives.
     *
     * @param message the rule or limit broken and the entry concerned, without any path of this machine
     */
    public ArchiveRejectedException(String message) {
        super(message);
    }
}
