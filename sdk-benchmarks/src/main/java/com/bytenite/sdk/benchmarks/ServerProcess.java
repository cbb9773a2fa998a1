package com.bytenite.sdk.benchmarks;

import com.bytenite.sdk.local.LocalByteNiteMain;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Local ByteNite in its own JVM, destroyed on close and at this JVM's exit. */
final class ServerProcess implements AutoCloseable {
    private static final String LISTENING = "listening on ";

    private final Process process;
    final String baseUrl;
    final ProcessProbe probe;

    private ServerProcess(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.probe = new ProcessProbe(process.pid());
    }

    /** Starts the server from {@code classpath} on a free port, accepting {@code apiKey}. */
    static ServerProcess start(String classpath, String apiKey) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx256m", "-cp", classpath,
                LocalByteNiteMain.class.getName(), "--port", "0", "--api-key", apiKey)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        try {
            return new ServerProcess(process, awaitBaseUrl(process));
        } catch (IOException | RuntimeException e) {
            process.destroy();
            throw e;
        }
    }

    /** Reads the server's stdout up to its "listening on" line, then drains the rest on a daemon thread. */
    private static String awaitBaseUrl(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            int at = line.indexOf(LISTENING);
            if (at >= 0) {
                Thread drain = new Thread(() -> {
                    try {
                        out.transferTo(Writer.nullWriter());
                    } catch (IOException e) {
                        // the server is gone: nothing left to drain
                    }
                }, "server-stdout");
                drain.setDaemon(true);
                drain.start();
                return line.substring(at + LISTENING.length()).trim();
            }
        }
        throw new IllegalStateException("Local ByteNite exited before listening, status " + process.exitValue());
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
