package com.bytenite.sdk.local.internal.run;

import com.bytenite.sdk.local.Component;
import com.bytenite.sdk.local.ComponentOutput;
import com.bytenite.sdk.runtime.ContractVariables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The built-in {@code echo} app: each task's result is its chunk, unchanged, as {@code chunk-<n>.bin}. */
public final class EchoApp implements Component {
    @Override
    public int run(Map<String, String> env, Path workDir, ComponentOutput log) throws Exception {
        Path chunk = Path.of(env.get(ContractVariables.TASK_DIR), "data.bin");
        String name = "chunk-" + env.getOrDefault(ContractVariables.CHUNK_NUMBER, "0") + ".bin";
        Files.copy(chunk, Path.of(env.get(ContractVariables.TASK_RESULTS_DIR), name));
        log.accept("echo: copied " + Files.size(chunk) + " bytes to " + name);
        return 0;
    }
}
