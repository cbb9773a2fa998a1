package com.bytenite.sdk.runtime;

/** Your assembler: merges the tasks' results into outputs. */
@FunctionalInterface
public interface Assembler {
    /**
     * Reads every task's results and writes the job's outputs.
     *
     * @param assembler the tasks' results, the params and the output folder
     * @throws Exception anything that fails the assembler; {@link Run} reports it in one line on stderr and exits 1
     */
    void run(AssemblerContext assembler) throws Exception;
}
