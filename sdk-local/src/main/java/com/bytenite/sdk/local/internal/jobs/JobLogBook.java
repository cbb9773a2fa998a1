package com.bytenite.sdk.local.internal.jobs;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The captured output of a job's components, as {@code POST /logs} serves it. Bounded, so a
 * component that prints without end cannot exhaust the server's memory: the partitioner and the
 * assembler keep their last {@value #STAGE_LINES} lines, each task its last {@value #TASK_LINES},
 * and a job at most {@value #JOB_TASK_LINES} task lines in all (later task lines are counted, not
 * kept); each line is cut at {@value #LINE_CHARS} characters. What was dropped is said in a line
 * of its own at the start (earlier lines) or end (later lines) of each list.
 */
public final class JobLogBook {
    static final int STAGE_LINES = 10_000;
    static final int TASK_LINES = 1_000;
    static final int JOB_TASK_LINES = 50_000;
    static final int LINE_CHARS = 16 * 1024;

    /** One line of output. */
    public record Entry(String log, Instant timestamp, String level, String container) {
    }

    /** The last lines of one component, how many earlier ones were dropped, and how many later ones were refused. */
    private static final class Tail {
        private final ArrayDeque<Entry> lines = new ArrayDeque<>();
        private long dropped;
        private long refused;
        private Entry lastRefused;

        void add(Entry e, int max) {
            if (lines.size() == max) {
                lines.removeFirst();
                dropped++;
            }
            lines.addLast(e);
        }

        List<Entry> snapshot(int max) {
            List<Entry> out = new ArrayList<>(lines.size() + 1);
            if (dropped > 0) {
                Entry first = lines.peekFirst();
                out.add(new Entry(dropped + " earlier lines were dropped: Local ByteNite keeps the last " + max + " lines here",
                        first.timestamp(), "WARN", first.container()));
            }
            out.addAll(lines);
            if (refused > 0) {
                out.add(new Entry(refused + " later lines were not kept: Local ByteNite keeps at most " + JOB_TASK_LINES
                        + " task lines per job", lastRefused.timestamp(), "WARN", lastRefused.container()));
            }
            return out;
        }
    }

    private final Tail partitioner = new Tail();
    private final Tail assembler = new Tail();
    private final Map<String, Tail> tasks = new LinkedHashMap<>();
    private long taskLines;

    public synchronized void partitioner(Entry e) {
        partitioner.add(cut(e), STAGE_LINES);
    }

    public synchronized void assembler(Entry e) {
        assembler.add(cut(e), STAGE_LINES);
    }

    public synchronized void task(String taskId, Entry e) {
        Tail tail = tasks.computeIfAbsent(taskId, k -> new Tail());
        if (taskLines >= JOB_TASK_LINES && tail.lines.size() < TASK_LINES) {
            tail.refused++;
            tail.lastRefused = e;
            return;
        }
        if (tail.lines.size() < TASK_LINES) {
            taskLines++;
        }
        tail.add(cut(e), TASK_LINES);
    }

    public synchronized List<Entry> partitioner() {
        return partitioner.snapshot(STAGE_LINES);
    }

    public synchronized List<Entry> assembler() {
        return assembler.snapshot(STAGE_LINES);
    }

    public synchronized Map<String, List<Entry>> tasks() {
        Map<String, List<Entry>> copy = new LinkedHashMap<>();
        tasks.forEach((k, v) -> {
            if (!v.lines.isEmpty() || v.refused > 0) {
                copy.put(k, v.snapshot(TASK_LINES));
            }
        });
        return copy;
    }

    private static Entry cut(Entry e) {
        return e.log().length() <= LINE_CHARS ? e : new Entry(e.log().substring(0, LINE_CHARS) + "…", e.timestamp(), e.level(), e.container());
    }
}
