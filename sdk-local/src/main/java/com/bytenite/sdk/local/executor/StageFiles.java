package com.bytenite.sdk.local.executor;

import java.net.URI;
import java.nio.file.Path;

/**
 * Capability URLs through which a stage's folders move to and from wherever its tasks run, so an
 * executor needs no volume shared with this machine: only HTTP to Local ByteNite. Valid until the
 * job's {@link JobStages} is closed.
 *
 * <ul>
 *   <li>{@code GET <url>} lists the folder's files, one relative path per line ({@code text/plain});
 *   <li>{@code GET <url>/<path>} reads one file ({@code path} URL-encoded as one segment);
 *   <li>{@code PUT <url>/<path>} writes one file, for {@link #uploadUrl} URLs only.
 * </ul>
 */
public interface StageFiles {
    /**
     * A URL to read {@code folder}'s files from: a task's inputs.
     *
     * @param folder a folder of this job on this machine
     * @return the URL, without a trailing slash
     */
    URI downloadUrl(Path folder);

    /**
     * A URL to list, read and write {@code folder}'s files: a task's outputs.
     *
     * @param folder a folder of this job on this machine
     * @return the URL, without a trailing slash
     */
    URI uploadUrl(Path folder);
}
