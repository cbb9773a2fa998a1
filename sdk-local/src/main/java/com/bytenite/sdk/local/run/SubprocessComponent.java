package com.bytenite.sdk.local.run;

import com.bytenite.sdk.runtime.local.Command;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A pushed component's entry point run as a process with the contract's variables in its real
 * environment: {@code .py} with {@code python3}, {@code .jar} with {@code java -jar} (the JVM
 * running this server), {@code .sh} with {@code sh}, anything else as an executable. The working
 * directory is the component's {@code app/} folder. Runs through the engine runtime's
 * {@link Command}, so interrupting the caller kills the process.
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
        Map<String, String> all = new java.util.HashMap<>(env);
        all.putAll(extraEnv);
        try {
            return Command.of(command(appDir, entrypoint), appDir).run(all, log);
        } catch (IOException e) {
            throw new JobFailure("cannot start " + entrypoint + ": " + e.getMessage(), e);
        }
    }
}
