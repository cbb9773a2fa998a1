package com.bytenite.sdk.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Local ByteNite in a JVM of its own, started from the test's class path as users start it: its
 * environment and JVM-wide settings are its own, and it can be killed outright.
 */
final class ServerProcess implements AutoCloseable {
    private static final String READY = "Local ByteNite listening on ";

    private final Process process;
    private final String baseUrl;

    private ServerProcess(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /** Starts the server with {@code options} and extra environment, and waits until it listens. */
    static ServerProcess start(Map<String, String> environment, String... options) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), LocalByteNiteMain.class.getName()));
        command.addAll(List.of(options));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(environment);
        Process process = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith(READY)) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return new ServerProcess(process, line.substring(READY.length()));
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the server process ended before listening");
    }

    String baseUrl() {
        return baseUrl;
    }

    /** Kills the server at once, as a crash would, and waits until it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /**
     * Asks the server to stop as a service manager does (SIGTERM on Unix) and waits up to
     * {@code timeout} for it.
     *
     * @return the exit code, or empty if it was still running when the time was up
     */
    java.util.OptionalInt terminate(java.time.Duration timeout) throws InterruptedException {
        process.destroy();
        return process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                ? java.util.OptionalInt.of(process.exitValue()) : java.util.OptionalInt.empty();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
