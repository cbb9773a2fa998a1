package com.bytenite.sdk.core.http;

import java.time.Duration;

/** Waits between retries. Replaced in tests so that nothing really sleeps. */
@FunctionalInterface
public interface Sleeper {
    /** The real thing: {@link Thread#sleep(long)}. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    /**
     * Waits for {@code duration}.
     *
     * @param duration how long to wait
     * @throws InterruptedException if the thread is interrupted while waiting (a cancelled async call)
     */
    void sleep(Duration duration) throws InterruptedException;
}
