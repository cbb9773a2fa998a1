package com.bytenite.sdk.local.executor;

import com.bytenite.sdk.local.ComponentRole;
import java.util.List;

/**
 * The container contract's folder variables each kind of component reads and writes. Executors
 * whose tasks run elsewhere copy the inputs there and the outputs back ({@link StageFiles}); a
 * retried task starts again with empty outputs.
 */
public final class ContractFolders {
    private ContractFolders() {
    }

    /**
     * The folders a component reads: {@code SOURCE_DIR} for the partitioner; {@code TASK_DIR} and
     * the two caches for the app; {@code TASK_RESULTS_DIR} for the assembler.
     *
     * @param role the component's role
     * @return variable names, in a fixed order
     */
    public static List<String> inputs(ComponentRole role) {
        return switch (role) {
            case PARTITIONER -> List.of("SOURCE_DIR");
            case APP -> List.of("TASK_DIR", "USER_CACHE_DIR", "SHARED_CACHE_DIR");
            case ASSEMBLER -> List.of("TASK_RESULTS_DIR");
        };
    }

    /**
     * The folders a component writes: {@code CHUNKS_DIR}, {@code TASK_RESULTS_DIR} or
     * {@code OUTPUT_DIR}. ByteNite calls the user cache persistent, but what an app writes there
     * is not listed: how ByteNite keeps it between tasks is not documented.
     *
     * @param role the component's role
     * @return variable names
     */
    public static List<String> outputs(ComponentRole role) {
        return switch (role) {
            case PARTITIONER -> List.of("CHUNKS_DIR");
            case APP -> List.of("TASK_RESULTS_DIR");
            case ASSEMBLER -> List.of("OUTPUT_DIR");
        };
    }
}
