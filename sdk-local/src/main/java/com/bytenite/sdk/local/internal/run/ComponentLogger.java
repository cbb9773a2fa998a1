package com.bytenite.sdk.local.internal.run;

import com.bytenite.sdk.local.ComponentOutput;
import com.bytenite.sdk.local.internal.jobs.JobLogBook;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One component run's output on its way to the job's logs: each line gets a level and names its
 * container ({@code zipper@1.0 (assembler)}, {@code shout@1.2 (app task 3)}), and the last error
 * line is kept for the job's {@code errorMessage}.
 *
 * <p>Levels: the level of Python's logging format ({@code … - WARNING - …}) where a line has one;
 * otherwise ERROR for stderr (tracebacks included) and INFO for stdout.
 */
final class ComponentLogger implements ComponentOutput {
    private static final Pattern LOGGING_LEVEL = Pattern.compile(" - (DEBUG|INFO|WARNING|ERROR|CRITICAL) - ");

    private final String container;
    private final Consumer<JobLogBook.Entry> sink;
    private final Clock clock;
    private volatile String lastError;

    ComponentLogger(String container, Consumer<JobLogBook.Entry> sink, Clock clock) {
        this.container = container;
        this.sink = sink;
        this.clock = clock;
    }

    @Override
    public void line(String text, boolean stderr) {
        String level = level(text, stderr);
        if (!text.isBlank() && (stderr || level.equals("ERROR") || level.equals("CRITICAL"))) {
            lastError = text.strip();
        }
        sink.accept(new JobLogBook.Entry(text, clock.instant(), level, container));
    }

    /** A line from Local ByteNite itself about this run. */
    void notice(String text) {
        sink.accept(new JobLogBook.Entry(text, clock.instant(), "INFO", container));
    }

    String container() {
        return container;
    }

    /** The last line written to stderr or logged as an error, or null. */
    String lastError() {
        return lastError;
    }

    static String level(String text, boolean stderr) {
        Matcher m = LOGGING_LEVEL.matcher(text);
        if (m.find()) {
            return m.group(1);
        }
        return stderr ? "ERROR" : "INFO";
    }
}
