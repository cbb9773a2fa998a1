package com.bytenite.sdk.benchmarks;

import java.util.Arrays;

/** Timing of one piece of work, and medians of repeated measurements. */
final class Stats {
    private Stats() {
    }

    /** Work to time; it may throw anything, the caller decides what a failure means. */
    interface Timed {
        void run() throws Exception;
    }

    /** The wall time {@code work} takes, in milliseconds. */
    static double millis(Timed work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
