package com.bytenite.sdk.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Samples one process: threads and RSS from /proc/<pid>/status, descriptors from /proc/<pid>/fd, heap through jcmd. */
final class ProcessProbe {
    private static final Path JCMD = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    /** A heap line of GC.heap_info, e.g. " garbage-first heap   total 262144K, used 5120K [...]" (Metaspace lines have no total). */
    private static final Pattern HEAP_USED = Pattern.compile("total \\d+K, used (\\d+)K");

    /** What the server process holds at one moment; {@code heapKib} is empty without jcmd. */
    record Snapshot(int threads, int descriptors, OptionalLong heapKib, long rssKib) {
        String heap() {
            return heapKib.isPresent() ? mib(heapKib.getAsLong()) : "n/a";
        }
    }

    private final long pid;
    private final Path proc;

    ProcessProbe(long pid) {
        this.pid = pid;
        this.proc = Path.of("/proc", Long.toString(pid));
    }

    /**
     * The heap goes first: the first jcmd starts the target's attach listener (one thread, one
     * socket for good), so every snapshot counts it alike.
     */
    Snapshot snapshot() throws IOException, InterruptedException {
        OptionalLong heap = heapUsedAfterGcKib();
        return new Snapshot(threads(), descriptors(), heap, rssKib());
    }

    int threads() {
        return (int) statusValue("Threads:");
    }

    long rssKib() {
        return statusValue("VmRSS:");
    }

    int descriptors() {
        try (Stream<Path> fds = Files.list(proc.resolve("fd"))) {
            return (int) fds.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first number after {@code field} in /proc/<pid>/status (kB for memory fields). */
    private long statusValue(String field) {
        try (Stream<String> lines = Files.lines(proc.resolve("status"))) {
            String line = lines.filter(l -> l.startsWith(field)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + field + " in " + proc.resolve("status")));
            return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Heap used after a full GC, summed over the heap's generations; empty without jcmd or if it fails. */
    private OptionalLong heapUsedAfterGcKib() throws IOException, InterruptedException {
        if (!Files.isExecutable(JCMD)) {
            return OptionalLong.empty();
        }
        jcmd("GC.run");
        Matcher used = HEAP_USED.matcher(jcmd("GC.heap_info"));
        long kib = 0;
        boolean found = false;
        while (used.find()) {
            kib += Long.parseLong(used.group(1));
            found = true;
        }
        return found ? OptionalLong.of(kib) : OptionalLong.empty();
    }

    /** jcmd's output, or "" if it failed (for instance could not attach). */
    private String jcmd(String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(JCMD.toString(), Long.toString(pid), command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return jcmd.waitFor() == 0 ? output : "";
    }

    /** {@code kib} as MiB with one decimal, for reports. */
    static String mib(long kib) {
        return String.format("%.1f MiB", kib / 1024.0);
    }
}
