package com.bytenite.sdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.bytenite.sdk.core.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    private final MutableClock clock = new MutableClock(java.time.Instant.parse("2026-11-22T10:00:00Z"));

    @Test
    void readsSecondsAndHttpDates() {
        assertThat(RetryAfter.parse("120", clock)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse("Sun, 22 Nov 2026 10:00:30 GMT", clock)).contains(Duration.ofSeconds(30));
    }

    @Test
    void pastDateMeansNowAndGarbageMeansAbsent() {
        assertThat(RetryAfter.parse("Sun, 22 Nov 2026 09:00:00 GMT", clock)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", clock)).isEmpty();
        assertThat(RetryAfter.parse("-5", clock)).isEmpty();
        assertThat(RetryAfter.parse(null, clock)).isEmpty();
    }
}
