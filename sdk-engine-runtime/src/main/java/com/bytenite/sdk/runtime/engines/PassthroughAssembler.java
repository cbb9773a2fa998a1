package com.bytenite.sdk.runtime.engines;

import com.bytenite.sdk.runtime.Assembler;
import com.bytenite.sdk.runtime.AssemblerContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * ByteNite's public {@code passthrough} assembler: no fan-in, every task result is an output. Two
 * results with the same name are kept apart by prefixing their path under the results folder.
 */
public final class PassthroughAssembler implements Assembler {
    @Override
    public void run(AssemblerContext assembler) throws Exception {
        Set<String> used = new HashSet<>();
        for (Path result : assembler.taskResults()) {
            String name = result.getFileName().toString();
            if (!used.add(name)) {
                name = assembler.taskResultsDir().relativize(result).toString().replace('/', '_').replace('\\', '_');
                used.add(name);
            }
            assembler.writeOutput(name, out -> Files.copy(result, out));
        }
    }
}
