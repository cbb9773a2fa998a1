/**
 * Benchmark programs (not tests): each measures the SDK or Local ByteNite against a baseline
 * side by side in one run and prints medians and ratios; results are written up in BENCHMARKS.md.
 */
package com.bytenite.sdk.benchmarks;
