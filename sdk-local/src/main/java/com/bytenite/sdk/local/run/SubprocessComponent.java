package com.bytenite.sdk.local.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A pushed component's entry point run as a process with the contract's variables in its real
 * environment: {@code .py} with {@code python3}, {@code .jar} with {@code java -jar} (the JVM
 * running this server), {@code .sh} with {@code sh}, anything else as an executable. The working
 * directory is the component's {@code app/} folder. Interrupting the caller kills the process.
 */
public final class SubprocessComponent implements Component {
    private final Path appDir;
    private final String entrypoint;
    private final Map<String, String> extraEnv;

    /** @param extraEnv variables added to the contract's, such as the secrets the manifest names */
    public SubprocessComponent(Path appDir, String entrypoint, Map<String, String> extraEnv) {
        this.appDir = appDir;
        this.entrypoint = entrypoint;
        this.extraEnv = Map.copyOf(extraEnv);
    }

    static List<String> command(Path appDir, String entrypoint) {
        String file = appDir.resolve(entrypoint).toString();
        String lower = entrypoint.toLowerCase(Locale.ROOT);
        List<String> cmd = new ArrayList<>();
        if (lower.endsWith(".py")) {
            cmd.add("python3");
        } else if (lower.endsWith(".jar")) {
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.add("-jar");
        } else if (lower.endsWith(".sh")) {
            cmd.add("sh");
        }
        cmd.add(file);
        return cmd;
    }

    @Override
    public int run(Map<String, String> env, Path workDir, Consumer<String> log) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command(appDir, entrypoint)).directory(appDir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().putAll(extraEnv);
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new JobFailure("cannot start " + entrypoint + ": " + e.getMessage(), e);
        }
        Thread pump = new Thread(() -> pump(process, log), "local-bytenite-log-" + process.pid());
        pump.setDaemon(true);
        pump.start();
        try {
            int status = process.waitFor();
            pump.join(TimeUnit.SECONDS.toMillis(5));
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
}
