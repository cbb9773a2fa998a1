package com.bytenite.sdk.jobs;

import com.bytenite.sdk.core.OpenEnum;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A job's lifecycle state: the raw string the server sent and, when the SDK knows it, its {@link
 * Kind}.
 *
 * <p>ByteNite does not publish the full list. {@code JOB_STATE_NEW}, {@code JOB_STATE_PARTITIONING}
 * and {@code JOB_STATE_COMPLETE} appear in its documentation and public examples; the others known
 * here follow the web UI's Running / Complete / Failed and the same naming. A state the SDK does not
 * know is {@link Kind#UNKNOWN}: it counts as not finished (so waiting goes on until a known terminal
 * state or the timeout) and is logged once per distinct value at WARN.
 */
public final class JobState extends OpenEnum {
    private static final Logger LOG = LoggerFactory.getLogger(JobState.class);
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    /** The states the SDK understands. */
    public enum Kind {
        /** {@code JOB_STATE_NEW} (documented): created, not run yet. */
        NEW,
        /** {@code JOB_STATE_PARTITIONING} (seen in public examples): the partitioner is splitting the input. */
        PARTITIONING,
        /** {@code JOB_STATE_RUNNING}: tasks are running; the wire value is assumed from the web UI, not documented. */
        RUNNING,
        /** {@code JOB_STATE_ASSEMBLING}: the assembler is merging results; the wire value is assumed, not documented. */
        ASSEMBLING,
        /** {@code JOB_STATE_COMPLETE} (seen in public integrations): ended successfully; terminal. */
        COMPLETE,
        /** {@code JOB_STATE_FAILED}: ended with an error; terminal. The wire value is assumed from the web UI. */
        FAILED,
        /** {@code JOB_STATE_ABORTED}: stopped by an abort; terminal. The wire value is assumed, not documented. */
        ABORTED,
        /** Any other value: kept as sent in {@code raw()}, and counted as not finished. */
        UNKNOWN
    }

    private static final Set<Kind> TERMINAL = Set.of(Kind.COMPLETE, Kind.FAILED, Kind.ABORTED);

    /** The exact wire values, shared: every poll reads one (BENCHMARKS.md). */
    private static final Map<String, JobState> CANONICAL = Arrays.stream(Kind.values())
            .filter(k -> k != Kind.UNKNOWN)
            .map(k -> new JobState("JOB_STATE_" + k.name(), k))
            .collect(Collectors.toUnmodifiableMap(JobState::raw, s -> s));

    private final Kind kind;

    private JobState(String raw, Kind kind) {
        super(raw);
        this.kind = kind;
    }

    /**
     * The state for a wire value such as {@code JOB_STATE_COMPLETE}; the prefix and case are
     * optional ({@code complete} works too).
     *
     * @param raw the value as the server sent it; kept unchanged as {@code raw()}
     * @return the state; {@link Kind#UNKNOWN} for a value the SDK does not know (logged once at WARN)
     * @throws NullPointerException if {@code raw} is null
     */
    public static JobState of(String raw) {
        Objects.requireNonNull(raw, "raw must not be null");
        JobState canonical = CANONICAL.get(raw);
        if (canonical != null) {
            return canonical;
        }
        String name = raw.trim().toUpperCase(Locale.ROOT);
        if (name.startsWith("JOB_STATE_")) {
            name = name.substring("JOB_STATE_".length());
        }
        for (Kind k : Kind.values()) {
            if (k != Kind.UNKNOWN && k.name().equals(name)) {
                return new JobState(raw, k);
            }
        }
        if (WARNED.add(raw)) {
            LOG.warn("unknown job state '{}': treated as not finished", raw);
        }
        return new JobState(raw, Kind.UNKNOWN);
    }

    /**
     * What the SDK understands the state to be.
     *
     * @return the kind; {@link Kind#UNKNOWN} for a value the SDK does not know
     */
    public Kind kind() {
        return kind;
    }

    /**
     * True for COMPLETE, FAILED and ABORTED: the job will not change state any more.
     *
     * @return whether the state is terminal; false for an unknown state
     */
    public boolean isTerminal() {
        return TERMINAL.contains(kind);
    }

    /**
     * True only for COMPLETE.
     *
     * @return whether the job ended successfully
     */
    public boolean isSuccessful() {
        return kind == Kind.COMPLETE;
    }
}
