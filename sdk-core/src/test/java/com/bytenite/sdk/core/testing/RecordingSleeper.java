package com.bytenite.sdk.core.testing;

import com.bytenite.sdk.core.http.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Records each requested wait instead of sleeping, and advances a {@link MutableClock} if given. */
public final class RecordingSleeper implements Sleeper {
    private final List<Duration> waits = new ArrayList<>();
    private final MutableClock clock;

    public RecordingSleeper() {
        this(null);
    }

    public RecordingSleeper(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        waits.add(duration);
        if (clock != null) {
            clock.advance(duration);
        }
    }

    public synchronized List<Duration> waits() {
        return List.copyOf(waits);
    }
}
