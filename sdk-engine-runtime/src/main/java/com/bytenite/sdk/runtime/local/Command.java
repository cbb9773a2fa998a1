package com.bytenite.sdk.runtime.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A component run as a process with real environment variables, as in a container: the contract's
 * variables are added to this process's environment, stdout and stderr go line by line to a log,
 * and interrupting the waiting thread kills the process and its children.
 */
public final class Command {
    private final List<String> argv;
    private final Path workingDirectory;

    private Command(List<String> argv, Path workingDirectory) {
        this.argv = List.copyOf(argv);
        this.workingDirectory = workingDirectory;
    }

    /** @param argv the program and its arguments, such as {@code java -jar app/hello.jar} */
    public static Command of(List<String> argv, Path workingDirectory) {
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("argv: expected a program to run");
        }
        return new Command(argv, Objects.requireNonNull(workingDirectory, "workingDirectory must not be null"));
    }

    /** {@code java -jar <jar>}, with the JVM running this code. */
    public static Command javaJar(Path jar) {
        return of(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()),
                jar.toAbsolutePath().getParent());
    }

    /**
     * Runs the command to the end.
     *
     * @return its exit status
     * @throws IOException when it cannot be started
     * @throws InterruptedException when interrupted (the process is killed first)
     */
    public int run(Map<String, String> env, Consumer<String> log) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(argv).directory(workingDirectory.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process process = pb.start();
        Thread pump = new Thread(() -> pump(process, log), "bytenite-command-log-" + process.pid());
        pump.setDaemon(true);
        pump.start();
        try {
            int status = process.waitFor();
            pump.join(5_000);
            return status;
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw e;
        }
    }

    private static void pump(Process process, Consumer<String> log) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                log.accept(line);
            }
        } catch (IOException e) {
            log.accept("(output lost: " + e.getMessage() + ")");
        }
    }

    @Override
    public String toString() {
        return String.join(" ", argv);
    }
}
