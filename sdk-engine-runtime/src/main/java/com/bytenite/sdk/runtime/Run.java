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

    // No lambdas on this path: the first lambda a JVM links costs milliseconds of start time, and
    // starting fast matters to a component that runs once per chunk (BENCHMARKS.md).

    /** Runs {@code app} with {@code env}; returns the exit status instead of exiting. */
    public static int app(Environment env, App app, PrintStream err) {
        try {
            app.run(new AppContext(env));
            return 0;
        } catch (Exception | Error e) {
            return report(AppContext.COMPONENT, e, err);
        }
    }

    public static int partitioner(Environment env, Partitioner partitioner, PrintStream err) {
        try {
            partitioner.run(new PartitionerContext(env));
            return 0;
        } catch (Exception | Error e) {
            return report(PartitionerContext.COMPONENT, e, err);
        }
    }

    public static int assembler(Environment env, Assembler assembler, PrintStream err) {
        try {
            assembler.run(new AssemblerContext(env));
            return 0;
        } catch (Exception | Error e) {
            return report(AssemblerContext.COMPONENT, e, err);
        }
    }

    private static int report(String component, Throwable e, PrintStream err) {
        if (e instanceof ComponentException) {
            err.println("error: " + oneLine(e.getMessage()));
            return 1;
        }
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        err.println("error: " + component + " failed: " + oneLine(e.toString()));
        return 1;
    }

    /** The platform collects logs line by line: a failure must stay one line. */
    private static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        return text.indexOf('\n') < 0 && text.indexOf('\r') < 0 ? text : text.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
