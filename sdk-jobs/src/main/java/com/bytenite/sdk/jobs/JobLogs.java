package com.bytenite.sdk.jobs;

import java.util.List;
import java.util.Map;

/** The logs of one job: its partitioner, its assembler, and each app task by task id. */
public final class JobLogs {
    private final List<LogEntry> partitioner;
    private final List<LogEntry> assembler;
    private final Map<String, List<LogEntry>> tasks;

    JobLogs(List<LogEntry> partitioner, List<LogEntry> assembler, Map<String, List<LogEntry>> tasks) {
        this.partitioner = List.copyOf(partitioner);
        this.assembler = List.copyOf(assembler);
        this.tasks = Map.copyOf(tasks);
    }

    /**
     * The partitioner's log lines.
     *
     * @return an unmodifiable list, in the server's order; empty when it sent none
     */
    public List<LogEntry> partitioner() {
        return partitioner;
    }

    /**
     * The assembler's log lines.
     *
     * @return an unmodifiable list, in the server's order; empty when it sent none
     */
    public List<LogEntry> assembler() {
        return assembler;
    }

    /**
     * Task id to that task's log lines ({@code taskrunner} on the wire).
     *
     * @return an unmodifiable map, empty when the server sent no task logs
     */
    public Map<String, List<LogEntry>> tasks() {
        return tasks;
    }

    @Override
    public String toString() {
        return "JobLogs{partitioner=" + partitioner.size() + " lines, assembler=" + assembler.size() + " lines, tasks=" + tasks.size() + '}';
    }
}
