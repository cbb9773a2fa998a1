package com.bytenite.sdk.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * What a partitioner sees: the fetched input ({@code SOURCE_DIR}), its params
 * ({@code PARTITIONER_PARAMS}), and where chunks go ({@code CHUNKS_DIR}, as {@code data_<i>.bin}
 * with {@code i} from 0). Emitting is safe from several threads; a chunk appears only once whole.
 */
public final class PartitionerContext {
    static final String COMPONENT = "partitioner";

    private final Environment env;
    private final Path sourceDir;
    private final Path chunksDir;
    private final Params params;
    private final AtomicInteger next = new AtomicInteger();

    /**
     * Reads and checks the partitioner's variables ({@code SOURCE_DIR}, {@code CHUNKS_DIR},
     * {@code PARTITIONER_PARAMS}). {@link Run#partitioner(Partitioner)} makes it for you; make one yourself in tests.
     *
     * @param env where the variables come from
     * @throws ComponentException for a missing variable or directory, a chunks folder that is not
     *     writable, or params that are not a JSON object
     */
    public PartitionerContext(Environment env) {
        this.env = env;
        this.sourceDir = Directories.existing(env, ContractVariables.SOURCE_DIR, COMPONENT);
        this.chunksDir = Directories.writable(env, ContractVariables.CHUNKS_DIR, COMPONENT);
        this.params = Params.parse(ContractVariables.PARTITIONER_PARAMS, env.get(ContractVariables.PARTITIONER_PARAMS));
    }

    /**
     * The input files: the regular files directly in {@code SOURCE_DIR}, as ByteNite's partitioners read them, by name.
     *
     * @return the files, sorted by path; sub-folders are not entered
     * @throws IOException if the folder cannot be listed
     */
    public List<Path> sourceFiles() throws IOException {
        try (Stream<Path> list = Files.list(sourceDir)) {
            return list.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /**
     * The partitioner's params, from {@code PARTITIONER_PARAMS}.
     *
     * @return the params, an empty object when the variable is unset or blank
     */
    public Params params() {
        return params;
    }

    /**
     * Writes the next chunk, {@code data_<i>.bin}; it appears only once complete. Safe to call from
     * several threads. The index is taken before writing, so a failed write leaves a gap in the numbering.
     *
     * @param writer writes the chunk's content
     * @return the chunk's index
     * @throws IOException if {@code writer} or the file system fails; nothing is left behind
     */
    public int emitChunk(StreamWriter writer) throws IOException {
        int i = next.getAndIncrement();
        AtomicFiles.write(chunksDir.resolve("data_" + i + ".bin"), writer);
        return i;
    }

    /**
     * Writes the next chunk holding {@code content}, as {@link #emitChunk(StreamWriter)} does.
     *
     * @param content the chunk's bytes
     * @return the chunk's index
     * @throws IOException if the chunk cannot be written; nothing is left behind
     */
    public int emitChunk(byte[] content) throws IOException {
        return emitChunk(new StartupLean.Bytes(content));
    }

    /**
     * Writes the next chunk with everything {@code content} gives (the stream is not closed), as
     * {@link #emitChunk(StreamWriter)} does.
     *
     * @param content the stream to copy, read to its end
     * @return the chunk's index
     * @throws IOException if reading {@code content} or writing fails; nothing is left behind
     */
    public int emitChunk(InputStream content) throws IOException {
        return emitChunk(new StartupLean.Copy(content));
    }

    /**
     * Writes the next chunk as a copy of {@code file}, as {@link #emitChunk(StreamWriter)} does.
     *
     * @param file the file to copy, such as one of {@link #sourceFiles()}
     * @return the chunk's index
     * @throws IOException if {@code file} cannot be read or the chunk cannot be written; nothing is left behind
     */
    public int emitChunk(Path file) throws IOException {
        return emitChunk(out -> Files.copy(file, out));
    }

    /**
     * How many chunks were emitted (or started) so far.
     *
     * @return the next chunk's index, counting writes that failed or are still running
     */
    public int chunkCount() {
        return next.get();
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
