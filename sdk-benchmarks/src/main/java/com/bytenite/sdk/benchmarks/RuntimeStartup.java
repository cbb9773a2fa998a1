package com.bytenite.sdk.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Target: starting the runtime and reading a small chunk adds under 20 ms to a bare JVM start.
 * Both sides run from one jar built here the way a component ships (the runtime, Gson and the
 * component's classes together): alternately {@code java -cp component.jar RuntimeStartup$Bare}
 * (does nothing) and {@code java -cp component.jar RuntimeStartup$Probe} (builds an
 * {@code AppContext}, reads a 16-byte chunk and the params, writes a result). Reports the median
 * wall time of each and their difference.
 *
 * <p>Run: {@code java -cp 'sdk-benchmarks/target/classes:sdk-benchmarks/target/lib/*'
 * com.bytenite.sdk.benchmarks.RuntimeStartup 21}
 */
public final class RuntimeStartup {
    private RuntimeStartup() {
    }

    /** A JVM that does nothing: the baseline. */
    public static final class Bare {
        public static void main(String[] args) {
            // Intentionally empty: measures the JVM's own start and exit.
        }
    }

    /** The runtime's start: context, chunk, params, one result; a class, as a component's main would have. */
    public static final class Probe implements com.bytenite.sdk.runtime.App {
        public static void main(String[] args) {
            com.bytenite.sdk.runtime.Run.app(new Probe());
        }

        @Override
        public void run(com.bytenite.sdk.runtime.AppContext task) throws Exception {
            task.writeResult("r.txt", task.chunkText().concat(task.params().string("case", "")));
        }
    }

    /** Arguments: [rounds=21]. */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 21;
        Path dir = Files.createTempDirectory("runtime-startup-");
        Path task = Files.createDirectories(dir.resolve("task"));
        Files.writeString(task.resolve("data.bin"), "sixteen bytes!!!");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = ComponentJar.build(dir.resolve("component.jar"), List.of(Bare.class, Probe.class, RuntimeStartup.class),
                List.of(com.bytenite.sdk.runtime.Run.class, com.google.gson.Gson.class)).toString();
        double[] bare = new double[rounds];
        double[] probe = new double[rounds];
        for (int i = -2; i < rounds; i++) {
            double b = time(List.of(java, "-cp", cp, Bare.class.getName()), dir, null);
            Path results = Files.createDirectories(dir.resolve("results-" + i));
            double p = time(List.of(java, "-cp", cp, Probe.class.getName()), dir, results);
            if (i >= 0) {
                bare[i] = b;
                probe[i] = p;
            }
        }
        double b = Stats.median(bare);
        double p = Stats.median(probe);
        System.out.printf("JVM start, %d rounds: bare median %.1f ms, runtime probe median %.1f ms, added %.1f ms%n", rounds, b, p, p - b);
    }

    private static double time(List<String> command, Path dir, Path results) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).inheritIO();
        pb.environment().put("TASK_DIR", dir.resolve("task").toString());
        if (results != null) {
            pb.environment().put("TASK_RESULTS_DIR", results.toString());
            pb.environment().put("APP_PARAMS", "{\"case\":\"upper\"}");
        }
        long start = System.nanoTime();
        int status = pb.start().waitFor();
        if (status != 0) {
            throw new IllegalStateException(command + " exited with " + status);
        }
        return (System.nanoTime() - start) / 1e6;
    }
}
