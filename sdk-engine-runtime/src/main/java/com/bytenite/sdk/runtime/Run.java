package com.bytenite.sdk.runtime;

import java.io.PrintStream;

/**
 * Entry points for a component's {@code main}: builds the context from the process environment,
 * runs your code, and exits 0 on success or 1 after one line on stderr naming what went wrong.
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *     Run.app(task -> task.writeResult("out.txt", task.chunkText().toUpperCase()));
 * }
 * }</pre>
 */
public final class Run {
    private Run() {
    }

    public static void app(App app) {
        System.exit(app(Environment.system(), app, System.err));
    }

    public static void partitioner(Partitioner partitioner) {
        System.exit(partitioner(Environment.system(), partitioner, System.err));
    }

    public static void assembler(Assembler assembler) {
        System.exit(assembler(Environment.system(), assembler, System.err));
    }

    /** Runs {@code app} with {@code env}; returns the exit status instead of exiting. */
    public static int app(Environment env, App app, PrintStream err) {
        return guarded(AppContext.COMPONENT, err, () -> app.run(new AppContext(env)));
    }

    public static int partitioner(Environment env, Partitioner partitioner, PrintStream err) {
        return guarded(PartitionerContext.COMPONENT, err, () -> partitioner.run(new PartitionerContext(env)));
    }

    public static int assembler(Environment env, Assembler assembler, PrintStream err) {
        return guarded(AssemblerContext.COMPONENT, err, () -> assembler.run(new AssemblerContext(env)));
    }

    private interface Body {
        void run() throws Exception;
    }

    private static int guarded(String component, PrintStream err, Body body) {
        try {
            body.run();
            return 0;
        } catch (ComponentException e) {
            err.println("error: " + oneLine(e.getMessage()));
            return 1;
        } catch (Exception | Error e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            err.println("error: " + component + " failed: " + oneLine(e.toString()));
            return 1;
        }
    }

    /** The platform collects logs line by line: a failure must stay one line. */
    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
