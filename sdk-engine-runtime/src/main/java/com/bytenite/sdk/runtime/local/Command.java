package com.bytenite.sdk.runtime.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A component run as a process with real environment variables, as in a container.
 *
 * <p>Environment: the process gets the contract's variables (and whatever else the caller passes)
 * on top of a minimal base taken from this process, {@link #BASE_VARIABLES} (PATH, HOME, locale,
 * time zone, temporary folders), and nothing else: credentials in the caller's environment never
 * reach a component.
 *
 * <p>Lifetime: where {@code setsid} exists (Linux), the component runs in a process group of its
 * own, watched through a pipe from this JVM: when the command ends, is interrupted, or this JVM
 * dies (even by {@code kill -9}), the whole group is killed, including anything the component
 * started in the background. Elsewhere the component and its descendants are killed on interrupt.
 *
 * <p>Output: stdout and stderr go line by line to a log, told apart when the caller asks
 * ({@link #runWithOutput}); a line longer than {@value #MAX_LINE_CHARS} characters is cut there (marked
 * with {@code …}).
 */
public final class Command {
    /** The variables passed on from this process's environment when they are set. */
    public static final List<String> BASE_VARIABLES = List.of("PATH", "HOME", "LANG", "LC_ALL", "LC_CTYPE", "TZ", "TMPDIR", "TMP", "TEMP",
            "SYSTEMROOT", "PATHEXT", "COMSPEC");
    /** Longest log line kept, in characters. */
    public static final int MAX_LINE_CHARS = 16 * 1024;

    /**
     * Runs {@code "$@"} with stdin from /dev/null; a watchdog holds this JVM's pipe (fd 3) and kills
     * the process group ({@code kill 0}) once the pipe reaches its end. The exit status is the
     * component's.
     */
    private static final String GROUP_SCRIPT = String.join("\n",
            "exec 3<&0",
            "\"$@\" </dev/null 3<&- &",
            "child=$!",
            "( cat <&3 >/dev/null 2>&1; kill -KILL 0 ) >/dev/null 2>&1 &",
            "exec 3<&-",
            "wait \"$child\"");
    private static final String SETSID = findSetsid();

    /** Receives the component's output, line by line, saying which stream each line came from. */
    @FunctionalInterface
    public interface Output {
        /**
         * Receives one line; calls are serialised, never concurrent, but they come from the threads
         * reading the process's streams.
         *
         * @param text the line without its line ending, cut at {@link #MAX_LINE_CHARS} characters
         * @param stderr true for a line from stderr, false for stdout
         */
        void line(String text, boolean stderr);
    }

    private final List<String> argv;
    private final Path workingDirectory;

    private Command(List<String> argv, Path workingDirectory) {
        this.argv = List.copyOf(argv);
        this.workingDirectory = workingDirectory;
    }

    /**
     * A command to run in {@code workingDirectory}. Nothing is checked or started yet.
     *
     * @param argv the program and its arguments, such as {@code java -jar app/hello.jar}; copied
     * @param workingDirectory the folder the process starts in; a program named with a path is resolved against it
     * @return the command
     * @throws IllegalArgumentException if {@code argv} is empty
     * @throws NullPointerException if {@code argv}, one of its elements or {@code workingDirectory} is null
     */
    public static Command of(List<String> argv, Path workingDirectory) {
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("argv: expected a program to run");
        }
        return new Command(argv, Objects.requireNonNull(workingDirectory, "workingDirectory must not be null"));
    }

    /**
     * {@code java -jar <jar>}, with the JVM running this code, started in the jar's folder.
     *
     * @param jar the jar to run
     * @return the command
     */
    public static Command javaJar(Path jar) {
        return of(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()),
                jar.toAbsolutePath().getParent());
    }

    /**
     * Runs the command to the end.
     *
     * @param env the contract's variables; they win over the base variables of the same name
     * @param log receives every line of stdout and stderr, one call at a time
     * @return its exit status
     * @throws IOException when it cannot be started
     * @throws InterruptedException when interrupted (the process and its group are killed first)
     */
    public int run(Map<String, String> env, Consumer<String> log) throws IOException, InterruptedException {
        return runWithOutput(env, (line, stderr) -> log.accept(line));
    }

    /**
     * Like {@link #run(Map, Consumer)}, telling stdout and stderr lines apart.
     *
     * @param env the contract's variables; they win over the base variables of the same name
     * @param output receives every line and the stream it came from, one call at a time
     * @return its exit status
     * @throws IOException when it cannot be started, or its program is not found
     * @throws InterruptedException when interrupted (the process and its group are killed first)
     */
    public int runWithOutput(Map<String, String> env, Output output) throws IOException, InterruptedException {
        Map<String, String> environment = environment(System.getenv(), env);
        requireProgram(environment.get("PATH"));
        ProcessBuilder pb = new ProcessBuilder(launcher()).directory(workingDirectory.toFile());
        pb.environment().clear();
        pb.environment().putAll(environment);
        Process process = pb.start();
        // One lock for both streams, so the receiver sees whole lines one at a time.
        Output serialised = (line, stderr) -> {
            synchronized (output) {
                output.line(line, stderr);
            }
        };
        Thread out = pump(process.getInputStream(), false, serialised, "bytenite-command-out-" + process.pid());
        Thread err = pump(process.getErrorStream(), true, serialised, "bytenite-command-err-" + process.pid());
        try {
            int status = process.waitFor();
            endGroup(process);
            out.join(5_000);
            err.join(5_000);
            return status;
        } catch (InterruptedException e) {
            endGroup(process);
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw e;
        }
    }

    /** The environment a component starts with: the base variables {@code inherited} has, then {@code contract}. */
    static Map<String, String> environment(Map<String, String> inherited, Map<String, String> contract) {
        Map<String, String> out = new HashMap<>();
        for (String name : BASE_VARIABLES) {
            String value = inherited.get(name);
            if (value != null) {
                out.put(name, value);
            }
        }
        out.putAll(contract);
        return out;
    }

    /**
     * Fails as starting the program directly would: the wrapper shell would otherwise start fine and
     * report a missing program only as exit status 127.
     */
    private void requireProgram(String path) throws IOException {
        String program = argv.get(0);
        if (program.contains("/") || program.contains("\\")) {
            if (!Files.isExecutable(workingDirectory.resolve(program))) {
                throw new IOException("Cannot run program \"" + program + "\": no such executable file");
            }
            return;
        }
        if (SETSID == null || path == null) {
            return;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return;
            }
        }
        throw new IOException("Cannot run program \"" + program + "\": not found on PATH (" + path + ")");
    }

    private List<String> launcher() {
        if (SETSID == null) {
            return argv;
        }
        List<String> cmd = new ArrayList<>(List.of(SETSID, "sh", "-c", GROUP_SCRIPT, "sh"));
        cmd.addAll(argv);
        return cmd;
    }

    /** Closing the watchdog's pipe kills the group: leftovers of a finished component, or all of an interrupted one. */
    private static void endGroup(Process process) {
        try {
            OutputStream pipe = process.getOutputStream();
            pipe.close();
        } catch (IOException e) {
            // The process is gone already; so is its group's pipe.
        }
    }

    private static String findSetsid() {
        if (System.getProperty("os.name", "").startsWith("Windows")) {
            return null;
        }
        for (String dir : List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin")) {
            Path p = Path.of(dir, "setsid");
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }

    private static Thread pump(InputStream stream, boolean stderr, Output output, String name) {
        Thread t = new Thread(() -> {
            try (Reader in = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
                LineReader lines = new LineReader(in, MAX_LINE_CHARS);
                for (String line; (line = lines.next()) != null; ) {
                    output.line(line, stderr);
                }
            } catch (IOException e) {
                output.line("(output lost: " + e.getMessage() + ")", true);
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Override
    public String toString() {
        return String.join(" ", argv);
    }
}
