package com.bytenite.sdk.local.internal.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

class EventBusTest {
    @Test
    void aJobsEventsAreKeptWithItAndGoWhenItIsForgotten() throws InterruptedException {
        EventBus bus = new EventBus(1000);
        for (int i = 0; i < 30_000; i++) {
            bus.publish("u", "big", "task_state", new JsonObject());
        }
        bus.publish("u", "small", "job_state", new JsonObject());
        bus.publish("other-user", "theirs", "job_state", new JsonObject());
        assertThat(bus.after("u", 1000, 0)).as("more than the old 10,000-event buffer, all resumable").hasSize(30_001);
        bus.forget("big");
        assertThat(bus.after("u", 1000, 0)).singleElement().satisfies(e -> assertThat(e.jobId()).isEqualTo("small"));
        assertThat(bus.after("u", bus.lastId(), 0)).isEmpty();
    }
}
