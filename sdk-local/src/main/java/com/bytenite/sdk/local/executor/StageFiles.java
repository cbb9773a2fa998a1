package com.bytenite.sdk.local.executor;

import java.net.URI;

/**
 * Capability URLs through which a stage's folders move to and from wherever its tasks run, so an
 * executor needs no volume shared with this machine: only HTTP to Local ByteNite. One URL serves
 * every task of a stage, so what an executor hands its tasks does not grow with their number.
 * Valid until the job's {@link JobStages} is closed.
 */
public interface StageFiles {
    /**
     * The URL of the folders of every task of {@code stage}. {@code FOLDER} is {@code APP} (the
     * component's {@code app/} folder, for a component with a {@link Stage#container()}), a variable
     * of {@link ContractFolders#inputs} (read only) or of {@link ContractFolders#outputs}:
     * <ul>
     *   <li>{@code GET <url>/<index>/<FOLDER>} lists the folder's files, one relative path per line
     *       ({@code text/plain});
     *   <li>{@code GET <url>/<index>/<FOLDER>/<path>} reads one file ({@code path} URL-encoded as one
     *       segment);
     *   <li>{@code PUT <url>/<index>/<FOLDER>/<path>} writes one file of an output folder.
     * </ul>
     * The URL is the only credential its requests carry: keep it out of logs and of objects others
     * can read.
     *
     * @param stage a stage of this job
     * @return the URL, without a trailing slash
     */
    URI stageUrl(Stage stage);
}
