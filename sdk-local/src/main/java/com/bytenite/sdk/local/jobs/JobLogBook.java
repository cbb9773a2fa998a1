package com.bytenite.sdk.local.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The captured output of a job's components, as {@code POST /logs} serves it. */
public final class JobLogBook {
    /** One line of output. */
    public record Entry(String log, Instant timestamp, String level, String container) {
    }

    private final List<Entry> partitioner = new ArrayList<>();
    private final List<Entry> assembler = new ArrayList<>();
    private final Map<String, List<Entry>> tasks = new LinkedHashMap<>();

    public synchronized void partitioner(Entry e) {
        partitioner.add(e);
    }

    public synchronized void assembler(Entry e) {
        assembler.add(e);
    }

    public synchronized void task(String taskId, Entry e) {
        tasks.computeIfAbsent(taskId, k -> new ArrayList<>()).add(e);
    }

    public synchronized List<Entry> partitioner() {
        return List.copyOf(partitioner);
    }

    public synchronized List<Entry> assembler() {
        return List.copyOf(assembler);
    }

    public synchronized Map<String, List<Entry>> tasks() {
        Map<String, List<Entry>> copy = new LinkedHashMap<>();
        tasks.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return copy;
    }
}
