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

    /** @throws ComponentException for a missing variable or directory, or params that are not a JSON object */
    public PartitionerContext(Environment env) {
        this.env = env;
        this.sourceDir = Directories.existing(env, ContractVariables.SOURCE_DIR, COMPONENT);
        this.chunksDir = Directories.writable(env, ContractVariables.CHUNKS_DIR, COMPONENT);
        this.params = Params.parse(ContractVariables.PARTITIONER_PARAMS, env.get(ContractVariables.PARTITIONER_PARAMS));
    }

    /** The input files: the regular files directly in {@code SOURCE_DIR}, as ByteNite's partitioners read them, by name. */
    public List<Path> sourceFiles() throws IOException {
        try (Stream<Path> list = Files.list(sourceDir)) {
            return list.filter(Files::isRegularFile).sorted().toList();
        }
    }

    public Params params() {
        return params;
    }

    /** Writes the next chunk; returns its index. */
    public int emitChunk(StreamWriter writer) throws IOException {
        int i = next.getAndIncrement();
        AtomicFiles.write(chunksDir.resolve("data_" + i + ".bin"), writer);
        return i;
    }

    public int emitChunk(byte[] content) throws IOException {
        return emitChunk(new StartupLean.Bytes(content));
    }

    public int emitChunk(InputStream content) throws IOException {
        return emitChunk(new StartupLean.Copy(content));
    }

    public int emitChunk(Path file) throws IOException {
        return emitChunk(out -> Files.copy(file, out));
    }

    /** How many chunks were emitted (or started) so far. */
    public int chunkCount() {
        return next.get();
    }

    public Secret secret(String id) {
        return Secret.lookUp(env, id);
    }

}
