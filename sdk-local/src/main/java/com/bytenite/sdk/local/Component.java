package com.bytenite.sdk.local;

import com.bytenite.sdk.local.internal.run.RuntimeEngines;
import com.bytenite.sdk.runtime.App;
import com.bytenite.sdk.runtime.Assembler;
import com.bytenite.sdk.runtime.Partitioner;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * A partitioner, app or assembler as the runner starts it: environment in, exit status out. Code
 * written against the engine runtime runs in process through {@link #app(App)},
 * {@link #partitioner(Partitioner)} and {@link #assembler(Assembler)}:
 *
 * <pre>{@code
 * LocalByteNite.builder()
 *         .component(ComponentRole.APP, "upper", Component.app(task -> task.writeResult("out.txt", task.chunkText().toUpperCase())))
 *         .template("upper-t", "upper", "passthrough", "passthrough")
 *         .start();
 * }</pre>
 */
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

    /**
     * An engine-runtime app run in process, as {@code Run.app(app)} runs it in a container: the
     * job's variables are its environment, and the line it reports on failure is in the task's log.
     *
     * @param app the app
     * @return the component to register
     */
    static Component app(App app) {
        return RuntimeEngines.app(Objects.requireNonNull(app, "app must not be null"));
    }

    /**
     * An engine-runtime partitioner run in process, as {@code Run.partitioner} runs it in a container.
     *
     * @param partitioner the partitioner
     * @return the component to register
     */
    static Component partitioner(Partitioner partitioner) {
        return RuntimeEngines.partitioner(Objects.requireNonNull(partitioner, "partitioner must not be null"));
    }

    /**
     * An engine-runtime assembler run in process, as {@code Run.assembler} runs it in a container.
     *
     * @param assembler the assembler
     * @return the component to register
     */
    static Component assembler(Assembler assembler) {
        return RuntimeEngines.assembler(Objects.requireNonNull(assembler, "assembler must not be null"));
    }

    /**
     * What the job's log says about how this component runs here (an image not pulled, say); null for nothing.
     *
     * @return one line appended to the job's notice naming the component, or null (the default) for none
     */
    default String localNotice() {
        return null;
    }
}
