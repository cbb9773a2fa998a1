package com.bytenite.sdk.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What an assembler sees: every task's results at the top level of {@code TASK_RESULTS_DIR} (as
 * ByteNite lays them out; see {@link com.bytenite.sdk.runtime.local.JobFolders} for how clashing
 * names are kept apart locally), its params ({@code ASSEMBLER_PARAMS}), and where outputs go
 * ({@code OUTPUT_DIR}, uploaded to the job's destination).
 */
public final class AssemblerContext {
    static final String COMPONENT = "assembler";

    private final Environment env;
    private final Path resultsDir;
    private final OutputFolder output;
    private final Params params;

    /** @throws ComponentException for a missing variable or directory, or params that are not a JSON object */
    public AssemblerContext(Environment env) {
        this.env = env;
        this.resultsDir = Directories.existing(env, ContractVariables.TASK_RESULTS_DIR, COMPONENT);
        this.output = new OutputFolder(Directories.writable(env, ContractVariables.OUTPUT_DIR, COMPONENT), "output");
        this.params = Params.parse(ContractVariables.ASSEMBLER_PARAMS, env.get(ContractVariables.ASSEMBLER_PARAMS));
    }

    /** The root of every task's results. */
    public Path taskResultsDir() {
        return resultsDir;
    }

    /** Every task's result files: the regular files directly in {@code TASK_RESULTS_DIR}, by name. */
    public List<Path> taskResults() throws IOException {
        try (Stream<Path> list = Files.list(resultsDir)) {
            return list.filter(Files::isRegularFile).sorted().toList();
        }
    }

    public Params params() {
        return params;
    }

    /** Writes an output file by name, streaming; it appears only once complete. */
    public Path writeOutput(String name, StreamWriter writer) throws IOException {
        return output.write(name, writer);
    }

    public Path writeOutput(String name, byte[] content) throws IOException {
        return output.write(name, content);
    }

    /** Writes an output file holding {@code text} in UTF-8. */
    public Path writeOutput(String name, String text) throws IOException {
        return output.write(name, text);
    }

    /** Writes an output file with everything {@code content} gives; the stream is not closed. */
    public Path writeOutput(String name, InputStream content) throws IOException {
        return output.write(name, content);
    }

    public Secret secret(String id) {
        return Secret.lookUp(env, id);
    }
}
