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

    /**
     * Runs {@code app} with the process environment, then exits the JVM: 0 on success, 1 after one
     * line on stderr when the context cannot be built or {@code app} throws. Never returns.
     *
     * @param app your app
     */
    public static void app(App app) {
        System.exit(app(Environment.system(), app, System.err));
    }

    /**
     * Runs {@code partitioner} with the process environment, then exits the JVM: 0 on success, 1 after one
     * line on stderr when the context cannot be built or {@code partitioner} throws. Never returns.
     *
     * @param partitioner your partitioner
     */
    public static void partitioner(Partitioner partitioner) {
        System.exit(partitioner(Environment.system(), partitioner, System.err));
    }

    /**
     * Runs {@code assembler} with the process environment, then exits the JVM: 0 on success, 1 after one
     * line on stderr when the context cannot be built or {@code assembler} throws. Never returns.
     *
     * @param assembler your assembler
     */
    public static void assembler(Assembler assembler) {
        System.exit(assembler(Environment.system(), assembler, System.err));
    }

    // No lambdas on this path: the first lambda a JVM links costs milliseconds of start time, and
    // starting fast matters to a component that runs once per chunk (BENCHMARKS.md).

    /**
     * Runs {@code app} with {@code env}; returns the exit status instead of exiting. Any exception or
     * error is caught and reported; an interrupt restores the thread's interrupt flag.
     *
     * @param env where the variables come from
     * @param app your app
     * @param err where the one-line error goes
     * @return 0 on success, 1 on failure
     */
    public static int app(Environment env, App app, PrintStream err) {
        try {
            app.run(new AppContext(env));
            return 0;
        } catch (Exception | Error e) {
            return report(AppContext.COMPONENT, e, err);
        }
    }

    /**
     * Runs {@code partitioner} with {@code env}; returns the exit status instead of exiting, as
     * {@link #app(Environment, App, PrintStream)} does.
     *
     * @param env where the variables come from
     * @param partitioner your partitioner
     * @param err where the one-line error goes
     * @return 0 on success, 1 on failure
     */
    public static int partitioner(Environment env, Partitioner partitioner, PrintStream err) {
        try {
            partitioner.run(new PartitionerContext(env));
            return 0;
        } catch (Exception | Error e) {
            return report(PartitionerContext.COMPONENT, e, err);
        }
    }

    /**
     * Runs {@code assembler} with {@code env}; returns the exit status instead of exiting, as
     * {@link #app(Environment, App, PrintStream)} does.
     *
     * @param env where the variables come from
     * @param assembler your assembler
     * @param err where the one-line error goes
     * @return 0 on success, 1 on failure
     */
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
