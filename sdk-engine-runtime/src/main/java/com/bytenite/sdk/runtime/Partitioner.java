package com.bytenite.sdk.runtime;

/** Your partitioner: splits the input into chunks. */
@FunctionalInterface
public interface Partitioner {
    /**
     * Reads the job's input files and writes the chunks, one app task per chunk.
     *
     * @param partitioner the source files, the params and the chunks folder
     * @throws Exception anything that fails the partitioner; {@link Run} reports it in one line on stderr and exits 1
     */
    void run(PartitionerContext partitioner) throws Exception;
}
