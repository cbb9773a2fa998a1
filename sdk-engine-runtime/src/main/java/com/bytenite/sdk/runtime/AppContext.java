package com.bytenite.sdk.runtime;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * What one app task sees: its chunk ({@code TASK_DIR/data.bin}), its params ({@code APP_PARAMS}),
 * where its results go ({@code TASK_RESULTS_DIR}), the caches and the secrets.
 */
public final class AppContext {
    static final String COMPONENT = "app";

    private final Environment env;
    private final Path taskDir;
    private final OutputFolder results;
    private final Params params;

    /**
     * @throws ComponentException when a variable is missing, a directory does not exist or is not
     *     writable, or the params are not a JSON object
     */
    public AppContext(Environment env) {
        this.env = env;
        this.taskDir = Directories.existing(env, ContractVariables.TASK_DIR, COMPONENT);
        this.results = new OutputFolder(Directories.writable(env, ContractVariables.TASK_RESULTS_DIR, COMPONENT), "result");
        this.params = Params.parse(ContractVariables.APP_PARAMS, env.get(ContractVariables.APP_PARAMS));
    }

    /** The chunk file. */
    public Path chunk() {
        Path chunk = taskDir.resolve("data.bin");
        if (!Files.isRegularFile(chunk)) {
            throw new ComponentException(COMPONENT + ": the chunk " + chunk + " does not exist");
        }
        return chunk;
    }

    // java.io streams rather than Files.newInputStream: NIO channels load a dozen classes a
    // component would pay for at every start (BENCHMARKS.md).

    /** The chunk as a stream (constant memory); close it when done. */
    public InputStream openChunk() throws IOException {
        return new FileInputStream(chunk().toFile());
    }

    public byte[] chunkBytes() throws IOException {
        try (InputStream in = openChunk()) {
            return in.readAllBytes();
        }
    }

    public String chunkText() throws IOException {
        return new String(chunkBytes(), StandardCharsets.UTF_8);
    }

    /** {@code CHUNK_NUMBER}, when the platform sets it. */
    public OptionalInt chunkNumber() {
        String n = env.get(ContractVariables.CHUNK_NUMBER);
        if (n == null || n.isBlank()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(n.trim()));
        } catch (NumberFormatException e) {
            throw new ComponentException(COMPONENT + ": CHUNK_NUMBER must be an integer but is '" + n + "'");
        }
    }

    public Params params() {
        return params;
    }

    /** Writes a result file by name, streaming; it appears only once complete. */
    public Path writeResult(String name, StreamWriter writer) throws IOException {
        return results.write(name, writer);
    }

    public Path writeResult(String name, byte[] content) throws IOException {
        return results.write(name, content);
    }

    /** Writes a result file holding {@code text} in UTF-8. */
    public Path writeResult(String name, String text) throws IOException {
        return results.write(name, text);
    }

    /** Writes a result file with everything {@code content} gives; the stream is not closed. */
    public Path writeResult(String name, InputStream content) throws IOException {
        return results.write(name, content);
    }

    /** {@code USER_CACHE_DIR}: yours to read and write, kept across tasks. */
    public Path userCacheDir() {
        return Directories.writable(env, ContractVariables.USER_CACHE_DIR, COMPONENT);
    }

    /** {@code SHARED_CACHE_DIR}: shared by everyone; read it only. */
    public Path sharedCacheDir() {
        return Directories.existing(env, ContractVariables.SHARED_CACHE_DIR, COMPONENT);
    }

    /** A secret named in the manifest's {@code platform_config.secrets}. */
    public Secret secret(String id) {
        return Secret.lookUp(env, id);
    }


}
