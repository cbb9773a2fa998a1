package com.bytenite.sdk.local.internal.stages;

import com.bytenite.sdk.local.executor.StageFiles;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The capability tokens behind stage file URLs: each names one folder of one job, readable, or
 * readable and writable. A job's tokens end with the job. Thread-safe.
 */
public final class StageFileGrants {
    /** What a token allows. */
    record Grant(String jobId, Path folder, boolean writable) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    /** Known once the server listens; URLs are made only while jobs run, after that. */
    private volatile String baseUrl;

    /** Sets the URL clients reach this server at, as links use it. */
    public void baseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The URLs of one job's folders; closing it ends them. */
    public JobFiles forJob(String jobId) {
        return new JobFiles(jobId);
    }

    Grant find(String token) {
        return grants.get(token);
    }

    /** One job's stage file URLs. */
    public final class JobFiles implements StageFiles, AutoCloseable {
        private final String jobId;

        private JobFiles(String jobId) {
            this.jobId = jobId;
        }

        @Override
        public URI downloadUrl(Path folder) {
            return grant(folder, false);
        }

        @Override
        public URI uploadUrl(Path folder) {
            return grant(folder, true);
        }

        private URI grant(Path folder, boolean writable) {
            String token = HexFormat.of().formatHex(nextBytes());
            grants.put(token, new Grant(jobId, folder.toAbsolutePath().normalize(), writable));
            return URI.create(baseUrl + StageFileRoutes.PREFIX + token);
        }

        /** Ends every URL of the job. */
        @Override
        public void close() {
            grants.values().removeIf(g -> g.jobId().equals(jobId));
        }
    }

    private byte[] nextBytes() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return bytes;
    }
}
