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

    /**
     * Reads and checks the assembler's variables ({@code TASK_RESULTS_DIR}, {@code OUTPUT_DIR},
     * {@code ASSEMBLER_PARAMS}). {@link Run#assembler(Assembler)} makes it for you; make one yourself in tests.
     *
     * @param env where the variables come from
     * @throws ComponentException for a missing variable or directory, an output folder that is not
     *     writable, or params that are not a JSON object
     */
    public AssemblerContext(Environment env) {
        this.env = env;
        this.resultsDir = Directories.existing(env, ContractVariables.TASK_RESULTS_DIR, COMPONENT);
        this.output = new OutputFolder(Directories.writable(env, ContractVariables.OUTPUT_DIR, COMPONENT), "output");
        this.params = Params.parse(ContractVariables.ASSEMBLER_PARAMS, env.get(ContractVariables.ASSEMBLER_PARAMS));
    }

    /**
     * The root of every task's results.
     *
     * @return the {@code TASK_RESULTS_DIR} folder
     */
    public Path taskResultsDir() {
        return resultsDir;
    }

    /**
     * Every task's result files: the regular files directly in {@code TASK_RESULTS_DIR}, by name.
     *
     * @return the files, sorted by path; sub-folders are not entered
     * @throws IOException if the folder cannot be listed
     */
    public List<Path> taskResults() throws IOException {
        try (Stream<Path> list = Files.list(resultsDir)) {
            return list.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /**
     * The assembler's params, from {@code ASSEMBLER_PARAMS}.
     *
     * @return the params, an empty object when the variable is unset or blank
     */
    public Params params() {
        return params;
    }

    /**
     * Writes an output file by name, streaming; it appears only once complete.
     *
     * @param name a plain file name: no path separator, no {@code ..}
     * @param writer writes the content
     * @return the file written
     * @throws ComponentException if {@code name} is not a plain file name
     * @throws java.nio.file.FileAlreadyExistsException if an output of that name exists (nothing is replaced)
     * @throws IOException if {@code writer} or the file system fails; nothing is left behind
     */
    public Path writeOutput(String name, StreamWriter writer) throws IOException {
        return output.write(name, writer);
    }

    /**
     * Writes an output file holding {@code content}; it appears only once complete.
     *
     * @param name a plain file name: no path separator, no {@code ..}
     * @param content the bytes to write
     * @return the file written
     * @throws ComponentException if {@code name} is not a plain file name
     * @throws java.nio.file.FileAlreadyExistsException if an output of that name exists (nothing is replaced)
     * @throws IOException if the file cannot be written; nothing is left behind
     */
    public Path writeOutput(String name, byte[] content) throws IOException {
        return output.write(name, content);
    }

    /**
     * Writes an output file holding {@code text} in UTF-8; it appears only once complete.
     *
     * @param name a plain file name: no path separator, no {@code ..}
     * @param text the text to write
     * @return the file written
     * @throws ComponentException if {@code name} is not a plain file name
     * @throws java.nio.file.FileAlreadyExistsException if an output of that name exists (nothing is replaced)
     * @throws IOException if the file cannot be written; nothing is left behind
     */
    public Path writeOutput(String name, String text) throws IOException {
        return output.write(name, text);
    }

    /**
     * Writes an output file with everything {@code content} gives; the stream is not closed. The file
     * appears only once complete.
     *
     * @param name a plain file name: no path separator, no {@code ..}
     * @param content the stream to copy, read to its end
     * @return the file written
     * @throws ComponentException if {@code name} is not a plain file name
     * @throws java.nio.file.FileAlreadyExistsException if an output of that name exists (nothing is replaced)
     * @throws IOException if reading {@code content} or writing fails; nothing is left behind
     */
    public Path writeOutput(String name, InputStream content) throws IOException {
        return output.write(name, content);
    }

    /**
     * A secret named in the manifest's {@code platform_config.secrets}, read from the variables the
     * platform sets for it.
     *
     * @param id the secret's id, as in the manifest
     * @return the secret's key pair or single value
     * @throws ComponentException naming the variables looked for when none of them is set
     */
    public Secret secret(String id) {
        return Secret.lookUp(env, id);
    }
}
