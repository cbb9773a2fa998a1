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
     * Reads and checks the app's variables ({@code TASK_DIR}, {@code TASK_RESULTS_DIR}, {@code APP_PARAMS}).
     * {@link Run#app(App)} makes it for you; make one yourself in tests, with {@link Environment#of(java.util.Map)}.
     *
     * @param env where the variables come from
     * @throws ComponentException when a variable is missing, a directory does not exist or is not
     *     writable, or the params are not a JSON object
     */
    public AppContext(Environment env) {
        this.env = env;
        this.taskDir = Directories.existing(env, ContractVariables.TASK_DIR, COMPONENT);
        this.results = new OutputFolder(Directories.writable(env, ContractVariables.TASK_RESULTS_DIR, COMPONENT), "result");
        this.params = Params.parse(ContractVariables.APP_PARAMS, env.get(ContractVariables.APP_PARAMS));
    }

    /**
     * The chunk file, {@code TASK_DIR/data.bin}.
     *
     * @return the path of the chunk
     * @throws ComponentException if the chunk file does not exist
     */
    public Path chunk() {
        Path chunk = taskDir.resolve("data.bin");
        if (!Files.isRegularFile(chunk)) {
            throw new ComponentException(COMPONENT + ": the chunk " + chunk + " does not exist");
        }
        return chunk;
    }

    // java.io streams rather than Files.newInputStream: NIO channels load a dozen classes a
    // component would pay for at every start (BENCHMARKS.md).

    /**
     * The chunk as a stream (constant memory); close it when done.
     *
     * @return a new, unbuffered stream over the chunk
     * @throws ComponentException if the chunk file does not exist
     * @throws IOException if the chunk cannot be opened
     */
    public InputStream openChunk() throws IOException {
        return new FileInputStream(chunk().toFile());
    }

    /**
     * The whole chunk in memory; use {@link #openChunk()} for chunks too large for that.
     *
     * @return the chunk's bytes
     * @throws ComponentException if the chunk file does not exist
     * @throws IOException if the chunk cannot be read
     */
    public byte[] chunkBytes() throws IOException {
        try (InputStream in = openChunk()) {
            return in.readAllBytes();
        }
    }

    /**
     * The whole chunk as UTF-8 text; malformed bytes become the replacement character.
     *
     * @return the chunk's text
     * @throws ComponentException if the chunk file does not exist
     * @throws IOException if the chunk cannot be read
     */
    public String chunkText() throws IOException {
        return new String(chunkBytes(), StandardCharsets.UTF_8);
    }

    /**
     * {@code CHUNK_NUMBER}, when the platform sets it. ByteNite's docs do not list this variable; public apps
     * read it, so it may be absent.
     *
     * @return the chunk's index, from 0, or empty when the variable is unset or blank
     * @throws ComponentException if the variable is set but not an integer
     */
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

    /**
     * The app's params, from {@code APP_PARAMS}.
     *
     * @return the params, an empty object when the variable is unset or blank
     */
    public Params params() {
        return params;
    }

    /**
     * Writes a result file by name, streaming; it appears only once complete.
     *
     * @param name a plain file name: no path separator, no {@code ..}
     * @param writer writes the content
     * @return the file written
     * @throws ComponentException if {@code name} is not a plain file name
     * @throws java.nio.file.FileAlreadyExistsException if a result of that name exists (nothing is replaced)
     * @throws IOException if {@code writer} or the file system fails; nothing is left behind
     */
    public Path writeResult(String name, StreamWriter writer) throws IOException {
        return results.write(name, writer);
    }

    /**
     * Writes a result file holding {@code content}; it appears only once complete.
     *
     * @param name a plain file name: no path separator, no {@code ..}
     * @param content the bytes to write
     * @return the file written
     * @throws ComponentException if {@code name} is not a plain file name
     * @throws java.nio.file.FileAlreadyExistsException if a result of that name exists (nothing is replaced)
     * @throws IOException if the file cannot be written; nothing is left behind
     */
    public Path writeResult(String name, byte[] content) throws IOException {
        return results.write(name, content);
    }

    /**
     * Writes a result file holding {@code text} in UTF-8; it appears only once complete.
     *
     * @param name a plain file name: no path separator, no {@code ..}
     * @param text the text to write
     * @return the file written
     * @throws ComponentException if {@code name} is not a plain file name
     * @throws java.nio.file.FileAlreadyExistsException if a result of that name exists (nothing is replaced)
     * @throws IOException if the file cannot be written; nothing is left behind
     */
    public Path writeResult(String name, String text) throws IOException {
        return results.write(name, text);
    }

    /**
     * Writes a result file with everything {@code content} gives; the stream is not closed. The file
     * appears only once complete.
     *
     * @param name a plain file name: no path separator, no {@code ..}
     * @param content the stream to copy, read to its end
     * @return the file written
     * @throws ComponentException if {@code name} is not a plain file name
     * @throws java.nio.file.FileAlreadyExistsException if a result of that name exists (nothing is replaced)
     * @throws IOException if reading {@code content} or writing fails; nothing is left behind
     */
    public Path writeResult(String name, InputStream content) throws IOException {
        return results.write(name, content);
    }

    /**
     * {@code USER_CACHE_DIR}: yours to read and write, kept across tasks.
     *
     * @return the user's cache folder
     * @throws ComponentException if the variable is unset or blank, or the folder does not exist or is not writable
     */
    public Path userCacheDir() {
        return Directories.writable(env, ContractVariables.USER_CACHE_DIR, COMPONENT);
    }

    /**
     * {@code SHARED_CACHE_DIR}: shared by everyone; read it only.
     *
     * @return the shared cache folder
     * @throws ComponentException if the variable is unset or blank, or the folder does not exist
     */
    public Path sharedCacheDir() {
        return Directories.existing(env, ContractVariables.SHARED_CACHE_DIR, COMPONENT);
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
