package com.bytenite.sdk.jobs;

import static com.bytenite.sdk.core.testing.TestServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.core.testing.Canary;
import com.bytenite.sdk.core.testing.LoopbackServer;
import com.bytenite.sdk.core.testing.MutableClock;
import com.bytenite.sdk.core.testing.RecordingSleeper;
import com.bytenite.sdk.core.testing.TestServers;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AwaitCompletionTest {
    private final MutableClock clock = MutableClock.atEpochPlusOneDay();
    @RegisterExtension
    final LoopbackServer loopback = new LoopbackServer(clock);
    private MockWebServer server;
    private RecordingSleeper sleeper;
    private ByteNiteHttp http;
    private JobsClient jobs;

    @BeforeEach
    void wire() {
        server = loopback.server();
        sleeper = loopback.sleeper();
        http = loopback.http();
        jobs = new JobsClient(http);
    }

    private static MockResponse state(String state) {
        return json(200, "{\"job\":{\"id\":\"j1\",\"state\":\"" + state + "\"}}");
    }

    @Test
    void pollsUntilCompleteBackingOffWhileTheStateStaysTheSame() {
        server.enqueue(state("JOB_STATE_NEW"));
        server.enqueue(state("JOB_STATE_RUNNING"));
        server.enqueue(state("JOB_STATE_RUNNING"));
        server.enqueue(state("JOB_STATE_RUNNING"));
        server.enqueue(state("JOB_STATE_COMPLETE"));
        Job done = jobs.awaitCompletion("j1", Duration.ofMinutes(5), Duration.ofSeconds(2));
        assertThat(done.state()).get().satisfies(s -> assertThat(s.isSuccessful()).isTrue());
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(3),
                Duration.ofMillis(4500));
        assertThat(server.getRequestCount()).isEqualTo(5);
    }

    @Test
    void failedJobSurfacesItsErrorMessage() {
        server.enqueue(state("JOB_STATE_RUNNING"));
        server.enqueue(json(200, "{\"job\":{\"id\":\"j1\",\"state\":\"JOB_STATE_FAILED\",\"errorMessage\":\"task 3: out of memory\"}}"));
        assertThatThrownBy(() -> jobs.awaitCompletion("j1", Duration.ofMinutes(5), Duration.ofSeconds(1)))
                .isInstanceOfSatisfying(JobFailedException.class, e -> {
                    assertThat(e.getMessage()).contains("j1").contains("JOB_STATE_FAILED").contains("task 3: out of memory");
                    assertThat(e.job().errorMessage()).contains("task 3: out of memory");
                });
    }

    @Test
    void timeoutGivesUpWithTheLastSeenJob() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return state("JOB_STATE_RUNNING");
            }
        });
        assertThatThrownBy(() -> jobs.awaitCompletion("j1", Duration.ofSeconds(5), Duration.ofSeconds(2)))
                .isInstanceOfSatisfying(JobWaitTimeoutException.class, e -> {
                    assertThat(e.lastSeen().state()).get().extracting(JobState::raw).isEqualTo("JOB_STATE_RUNNING");
                    assertThat(e.getMessage()).contains("PT5S");
                });
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(3));
    }

    @Test
    void unknownStateIsTreatedAsNotFinished() {
        server.enqueue(state("JOB_STATE_WARMING_UP"));
        server.enqueue(state("JOB_STATE_COMPLETE"));
        assertThat(jobs.awaitCompletion("j1", Duration.ofMinutes(1), Duration.ofSeconds(1)).id()).isEqualTo("j1");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void interruptedWaitIsCancelled() {
        server.enqueue(state("JOB_STATE_RUNNING"));
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> jobs.awaitCompletion("j1", Duration.ofMinutes(1), Duration.ofSeconds(1)))
                    .isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void asyncWaitCompletesAndCanBeCancelled() throws Exception {
        server.enqueue(state("JOB_STATE_COMPLETE"));
        assertThat(jobs.awaitCompletionAsync("j1", Duration.ofMinutes(1), Duration.ofSeconds(1)).get(5, TimeUnit.SECONDS).id())
                .isEqualTo("j1");

        // A real sleeper this time, so the waiting thread is really blocked when it is cancelled.
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return state("JOB_STATE_RUNNING");
            }
        });
        try (ByteNiteHttp realTime = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(TestServers.baseUrl(server))
                .accessToken(Canary.TOKEN).build())) {
            CompletableFuture<Job> waiting = new JobsClient(realTime).awaitCompletionAsync("j1", Duration.ofMinutes(5), Duration.ofMillis(50));
            Thread.sleep(300);
            assertThat(waiting.cancel(true)).isTrue();
            Thread.sleep(200);
            int afterCancel = server.getRequestCount();
            Thread.sleep(300);
            assertThat(server.getRequestCount()).as("no polling after cancel").isEqualTo(afterCancel);
            assertThat(waiting).isCancelled();
        }
    }

    @Test
    void asyncFailureCompletesTheFutureExceptionally() {
        server.enqueue(json(200, "{\"job\":{\"id\":\"j1\",\"state\":\"JOB_STATE_ABORTED\"}}"));
        CompletableFuture<Job> waiting = jobs.awaitCompletionAsync("j1", Duration.ofMinutes(1), Duration.ofSeconds(1));
        assertThatThrownBy(() -> waiting.get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(JobFailedException.class)
                .hasMessageContaining("JOB_STATE_ABORTED");
    }

    @Test
    void handleActsOnItsOwnJob() throws Exception {
        server.enqueue(state("JOB_STATE_RUNNING"));
        server.enqueue(state("JOB_STATE_COMPLETE"));
        server.enqueue(json(200, "{\"results\":[{\"name\":\"a.txt\",\"link\":\"https://x/a.txt\"}]}"));
        server.enqueue(json(200, "{}"));
        Job job = jobs.get("j1");
        Job fresh = job.refresh();
        assertThat(fresh.state()).get().extracting(JobState::kind).isEqualTo(JobState.Kind.COMPLETE);
        assertThat(fresh.results()).extracting(JobResult::name).containsExactly("a.txt");
        fresh.delete();
        server.takeRequest();
        server.takeRequest();
        assertThat(server.takeRequest().getPath()).isEqualTo("/v1/customer/jobs/j1/results");
        assertThat(server.takeRequest().getMethod()).isEqualTo("DELETE");
    }

    @Test
    void invalidDurationsAreRefused() {
        assertThatThrownBy(() -> jobs.awaitCompletion("j1", Duration.ZERO, Duration.ofSeconds(1))).hasMessageStartingWith("timeout:");
        assertThatThrownBy(() -> jobs.awaitCompletion("j1", Duration.ofSeconds(1), Duration.ofSeconds(-1))).hasMessageStartingWith("pollInterval:");
        assertThat(server.getRequestCount()).isZero();
    }
}
