package com.bytenite.sdk.core.archive;

import java.io.IOException;

/**
 * An archive {@link SafeUnzip} refused: an entry that would land outside the target, a duplicate
 * entry, or a limit of {@link ArchiveLimits} passed. The message names the entry, never a path
 * of this machine.
 */
public final class ArchiveRejectedException extends IOException {
    private static final long serialVersionUID = 1L;

    public ArchiveRejectedException(String message) {
        super(message);
    }
}
