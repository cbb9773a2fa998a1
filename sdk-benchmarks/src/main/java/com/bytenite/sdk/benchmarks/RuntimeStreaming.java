package com.bytenite.sdk.benchmarks;

import com.bytenite.sdk.runtime.Environment;
import com.bytenite.sdk.runtime.Run;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

/**
 * Target: an app reads a 1 GiB chunk and writes a 1 GiB result with {@code -Xmx64m}. Writes a chunk
 * of the given size, runs an app that streams it through {@code AppContext.openChunk()} into
 * {@code writeResult(name, writer)}, checks the result's size, and reports the throughput and the
 * heap's peak use.
 *
 * <p>Run: {@code java -Xmx64m -cp 'sdk-benchmarks/target/classes:sdk-benchmarks/target/lib/*'
 * com.bytenite.sdk.benchmarks.RuntimeStreaming 1024}
 */
public final class RuntimeStreaming {
    private RuntimeStreaming() {
    }

    /** Arguments: [MiB=1024]. */
    public static void main(String[] args) throws Exception {
        long mib = args.length > 0 ? Long.parseLong(args[0]) : 1024;
        Path dir = Files.createTempDirectory("runtime-streaming-");
        Path task = Files.createDirectories(dir.resolve("task"));
        Path results = Files.createDirectories(dir.resolve("results"));
        try {
            byte[] block = new byte[1 << 20];
            new Random(7).nextBytes(block);
            try (OutputStream out = Files.newOutputStream(task.resolve("data.bin"))) {
                for (long i = 0; i < mib; i++) {
                    out.write(block);
                }
            }
            Map<String, String> env = Map.of("TASK_DIR", task.toString(), "TASK_RESULTS_DIR", results.toString());
            long start = System.nanoTime();
            int status = Run.app(Environment.of(env), t -> {
                try (InputStream in = t.openChunk()) {
                    t.writeResult("copy.bin", in::transferTo);
                }
            }, System.err);
            double seconds = (System.nanoTime() - start) / 1e9;
            long size = Files.size(results.resolve("copy.bin"));
            if (status != 0 || size != mib << 20) {
                throw new IllegalStateException("status " + status + ", result of " + size + " bytes");
            }
            System.out.printf("read and wrote %d MiB in %.1f s (%.0f MiB/s each way); max heap %d MiB, peak heap used %d MiB%n", mib, seconds,
                    mib / seconds, Runtime.getRuntime().maxMemory() >> 20, peakHeapMiB());
        } finally {
            for (Path p : new Path[] {task.resolve("data.bin"), results.resolve("copy.bin"), task, results, dir}) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static long peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
