package com.bytenite.sdk.local.internal.stages;

import com.bytenite.sdk.local.executor.ContractFolders;
import com.bytenite.sdk.local.executor.Stage;
import com.bytenite.sdk.local.executor.StageFiles;
import com.bytenite.sdk.local.executor.StageTask;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The capability tokens behind stage file URLs: each names the folders of the tasks of one stage of
 * one job, each readable, or readable and writable. A job's tokens end with the job. Thread-safe.
 */
public final class StageFileGrants {
    /** A folder a token reaches, and whether it may be written. */
    record Folder(Path path, boolean writable) {
    }

    /** What one token allows: per task index, its folders by name. */
    record Grant(String jobId, List<Map<String, Folder>> tasks) {
        /** Task {@code index}'s folder {@code name}, or null when there is none. */
        Folder folder(int index, String name) {
            return index < 0 || index >= tasks.size() ? null : tasks.get(index).get(name);
        }
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
        public URI stageUrl(Stage stage) {
            List<Map<String, Folder>> tasks = new ArrayList<>();
            for (StageTask task : stage.tasks()) {
                Map<String, Folder> folders = new HashMap<>();
                if (stage.container() != null) {
                    folders.put("APP", folder(stage.container().appFolder(), false));
                }
                ContractFolders.inputs(stage.role()).forEach(name -> folders.put(name, folder(Path.of(task.env().get(name)), false)));
                ContractFolders.outputs(stage.role()).forEach(name -> folders.put(name, folder(Path.of(task.env().get(name)), true)));
                tasks.add(Map.copyOf(folders));
            }
            String token = HexFormat.of().formatHex(nextBytes());
            grants.put(token, new Grant(jobId, List.copyOf(tasks)));
            return URI.create(baseUrl + StageFileRoutes.PREFIX + token);
        }

        private static Folder folder(Path path, boolean writable) {
            return new Folder(path.toAbsolutePath().normalize(), writable);
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
