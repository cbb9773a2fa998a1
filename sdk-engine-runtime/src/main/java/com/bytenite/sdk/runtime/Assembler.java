package com.bytenite.sdk.runtime;

/** Your assembler: merges the tasks' results into outputs. */
@FunctionalInterface
public interface Assembler {
    void run(AssemblerContext assembler) throws Exception;
}
