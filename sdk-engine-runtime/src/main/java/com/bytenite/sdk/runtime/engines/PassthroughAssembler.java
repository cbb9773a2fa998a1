package com.bytenite.sdk.runtime.engines;

import com.bytenite.sdk.runtime.Assembler;
import com.bytenite.sdk.runtime.AssemblerContext;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * ByteNite's public {@code passthrough} assembler: no fan-in, every task result is an output under
 * its own name (the results folder holds each name once).
 */
public final class PassthroughAssembler implements Assembler {
    @Override
    public void run(AssemblerContext assembler) throws Exception {
        for (Path result : assembler.taskResults()) {
            assembler.writeOutput(result.getFileName().toString(), out -> Files.copy(result, out));
        }
    }
}
