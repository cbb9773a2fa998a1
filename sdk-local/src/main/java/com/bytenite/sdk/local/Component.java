package com.bytenite.sdk.local;

import java.nio.file.Path;
import java.util.Map;

/** A partitioner, app or assembler as the runner starts it: environment in, exit status out. */
@FunctionalInterface
public interface Component {
    /**
     * Runs once with the container contract's variables.
     *
     * @param env the contract's variables (directories, params JSON, secrets)
     * @param workDir a scratch folder the component may use as its working directory
     * @param log receives each line the component writes, stdout and stderr told apart
     * @return the exit status; 0 is success
     * @throws InterruptedException when the job is aborted or the task timed out
     */
    int run(Map<String, String> env, Path workDir, ComponentOutput log) throws Exception;

    /** What the job's log says about how this component runs here (an image not pulled, say); null for nothing. */
    default String localNotice() {
        return null;
    }
}
