package com.bytenite.sdk.runtime;

/**
 * The environment variables of ByteNite's container contract, named once for the contexts, the
 * local runners and Local ByteNite.
 */
public final class ContractVariables {
    /** Partitioner: the folder holding the job's input files, at its top level. */
    public static final String SOURCE_DIR = "SOURCE_DIR";
    /** Partitioner: where it writes chunks, as {@code data_<i>.bin} with {@code i} from 0. */
    public static final String CHUNKS_DIR = "CHUNKS_DIR";
    /** App: the folder holding the task's chunk, as {@code data.bin}. */
    public static final String TASK_DIR = "TASK_DIR";
    /** App: where the task writes its results. Assembler: every task's results, at its top level. */
    public static final String TASK_RESULTS_DIR = "TASK_RESULTS_DIR";
    /** Assembler: where it writes the job's outputs. */
    public static final String OUTPUT_DIR = "OUTPUT_DIR";
    /** Partitioner: its params, a JSON object. */
    public static final String PARTITIONER_PARAMS = "PARTITIONER_PARAMS";
    /** App: its params, a JSON object. */
    public static final String APP_PARAMS = "APP_PARAMS";
    /** Assembler: its params, a JSON object. */
    public static final String ASSEMBLER_PARAMS = "ASSEMBLER_PARAMS";
    /** App: the index of the task's chunk, from 0. */
    public static final String CHUNK_NUMBER = "CHUNK_NUMBER";
    /** App: a folder kept across the user's jobs. */
    public static final String USER_CACHE_DIR = "USER_CACHE_DIR";
    /** App: a folder of resources shared by everyone (models, dictionaries); read-only. */
    public static final String SHARED_CACHE_DIR = "SHARED_CACHE_DIR";

    private ContractVariables() {
    }
}
