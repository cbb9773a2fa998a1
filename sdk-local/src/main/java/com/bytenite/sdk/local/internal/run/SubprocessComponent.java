package com.bytenite.sdk.local.internal.run;

import com.bytenite.sdk.local.Component;
import com.bytenite.sdk.local.ComponentOutput;
import com.bytenite.sdk.local.executor.SecretMask;
import com.bytenite.sdk.runtime.local.Command;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A pushed component's entry point run as a process with the contract's variables in its real
 * environment: {@code .py} with {@code python3}, {@code .jar} with {@code java -jar} (the JVM
 * running this server), {@code .sh} with {@code sh}, anything else as an executable. The working
 * directory is the component's {@code app/} folder. Runs through the engine runtime's
 * {@link Command}, so interrupting the caller kills the process and its group. The manifest's
 * container image is not pulled: the interpreter is this machine's. The values of the secrets it
 * receives are masked in everything it prints.
 */
public final class SubprocessComponent implements Component {
    private final Path appDir;
    private final String entrypoint;
    private final Map<String, String> extraEnv;
    private final SecretMask mask;
    private final String containerImage;

    /**
     * @param extraEnv variables added to the contract's: the secrets the manifest names
     * @param containerImage the manifest's {@code platform_config.container}, or null
     */
    public SubprocessComponent(Path appDir, String entrypoint, Map<String, String> extraEnv, String containerImage) {
        this.appDir = appDir;
        this.entrypoint = entrypoint;
        this.extraEnv = Map.copyOf(extraEnv);
        this.mask = SecretMask.of(this.extraEnv.values());
        this.containerImage = containerImage;
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

    private String interpreter() {
        List<String> cmd = command(appDir, entrypoint);
        return cmd.size() > 1 ? Path.of(cmd.get(0)).getFileName().toString() : "the executable itself";
    }

    @Override
    public String localNotice() {
        return (containerImage == null ? "no container image is pulled locally" : "the container image " + containerImage
                + " is not pulled locally") + "; app/" + entrypoint + " runs with this machine's " + interpreter();
    }

    @Override
    public int run(Map<String, String> env, Path workDir, ComponentOutput log) throws Exception {
        Map<String, String> all = new HashMap<>(env);
        all.putAll(extraEnv);
        try {
            return Command.of(command(appDir, entrypoint), appDir).runWithOutput(all, mask.wrap(log)::line);
        } catch (IOException e) {
            throw new JobFailure("cannot start app/" + entrypoint + ": it needs " + interpreter() + " on this machine (Local ByteNite does "
                    + "not pull the container image" + (containerImage == null ? "" : " " + containerImage) + "): " + e.getMessage(), e);
        }
    }
}
