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
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AwaitCompletionTest {
    private final MutableClock clock = MutableClock.atEpochPlusOneDay();
    @RegisterExtension
    final LoopbackServer loopback = new LoopbackServer(clock);
    private MockWebServer server;
    private RecordingSleeper sleeper;
    private JobsService jobs;

    /** Answers to GET /jobs/j1, in order; the last one repeats. */
    private final Queue<MockResponse> jobAnswers = new ConcurrentLinkedQueue<>();
    private final AtomicInteger jobGets = new AtomicInteger();
    /** Every request's path, in the order the server got them. */
    private final Queue<String> order = new ConcurrentLinkedQueue<>();
    /** What GET /events answers: by default the server has no event stream (404). */
    private volatile Supplier<MockResponse> events = () -> TestServers.errorEnvelope(404, "r-ev", "Not Found", "no events here");

    @BeforeEach
    void wire() {
        server = loopback.server();
        sleeper = loopback.sleeper();
        jobs = new JobsService(loopback.http().context());
        server.setDispatcher(new Dispatcher() {
            private MockResponse last;

            @Override
            public MockResponse dispatch(RecordedRequest request) {
                order.add(request.getPath());
                if (request.getPath().startsWith("/v1/customer/events")) {
                    return events.get();
                }
                jobGets.incrementAndGet();
                MockResponse next = jobAnswers.poll();
                last = next != null ? next : last;
                return last;
            }
        });
    }

    private static MockResponse state(String state) {
        return json(200, "{\"job\":{\"id\":\"j1\",\"state\":\"" + state + "\"}}");
    }

    @Test
    void aTruncatedAnswerWhileWaitingIsReadAgain() {
        jobAnswers.add(state("JOB_STATE_RUNNING"));
        jobAnswers.add(json(200, "{\"job\":{\"id\":\"j1\",\"state\":\"JOB_STATE_RUNNING\",\"description\":\"" + "x".repeat(20_000) + "\"}}")
                .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
        jobAnswers.add(state("JOB_STATE_COMPLETE"));
        Job done = jobs.awaitCompletion("j1", Duration.ofMinutes(5), Duration.ofSeconds(2));
        assertThat(done.state()).get().satisfies(s -> assertThat(s.isSuccessful()).isTrue());
        assertThat(jobGets.get()).isEqualTo(3);
    }

    @Test
    void anEmptyAnswerWhileWaitingIsAMalformedResponseNotANullPointer() {
        jobAnswers.add(new MockResponse().setResponseCode(200));
        assertThatThrownBy(() -> jobs.awaitCompletion("j1", Duration.ofMinutes(5), Duration.ofSeconds(2)))
                .isInstanceOf(com.bytenite.sdk.core.errors.MalformedResponseException.class);
    }

    @Test
    void pollsUntilCompleteBackingOffWhileTheStateStaysTheSame() {
        jobAnswers.add(state("JOB_STATE_NEW"));
        jobAnswers.add(state("JOB_STATE_RUNNING"));
        jobAnswers.add(state("JOB_STATE_RUNNING"));
        jobAnswers.add(state("JOB_STATE_RUNNING"));
        jobAnswers.add(state("JOB_STATE_COMPLETE"));
        Job done = jobs.awaitCompletion("j1", Duration.ofMinutes(5), Duration.ofSeconds(2));
        assertThat(done.state()).get().satisfies(s -> assertThat(s.isSuccessful()).isTrue());
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(3),
                Duration.ofMillis(4500));
        assertThat(jobGets.get()).isEqualTo(5);
    }

    @Test
    void anEventAboutTheJobWakesTheWaitForAConfirmingGet() {
        jobAnswers.add(state("JOB_STATE_RUNNING"));
        jobAnswers.add(state("JOB_STATE_COMPLETE"));
        AtomicInteger streams = new AtomicInteger();
        events = () -> streams.getAndIncrement() == 0
                ? new MockResponse().setHeader("Content-Type", "text/event-stream").setBodyDelay(300, TimeUnit.MILLISECONDS)
                        .setBody("id: 1\ndata: {\"result\":{\"event\":\"job\",\"data\":{\"jobId\":\"j1\",\"state\":\"JOB_STATE_COMPLETE\"}}}\n\n")
                : new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE);
        long start = System.nanoTime();
        // A one-hour poll interval: only the event can end this wait in time.
        Job done = jobs.awaitCompletion("j1", Duration.ofHours(3), Duration.ofHours(1));
        assertThat(done.state()).get().extracting(JobState::kind).isEqualTo(JobState.Kind.COMPLETE);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        assertThat(jobGets.get()).as("the first look and the confirming GET").isEqualTo(2);
    }

    @Test
    void concurrentWaitersOfAllClientsOnOneStackShareOneEventStreamConnectedBeforeTheirFirstLook() throws Exception {
        jobAnswers.add(state("JOB_STATE_RUNNING"));
        jobAnswers.add(state("JOB_STATE_RUNNING"));
        jobAnswers.add(state("JOB_STATE_COMPLETE"));
        CountDownLatch streamOpened = new CountDownLatch(1);
        events = () -> {
            streamOpened.countDown();
            // Open, silent, and kept open for the whole test.
            return new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(": open\n\n" + ": ...\n\n".repeat(2000))
                    .throttleBody(64, 1, TimeUnit.SECONDS);
        };
        CompletableFuture<Job> first = jobs.async().call(s -> s.awaitCompletion("j1", Duration.ofMinutes(5), Duration.ofSeconds(2)));
        CompletableFuture<Job> second = jobs.async().call(s -> s.awaitCompletion("j1", Duration.ofMinutes(5), Duration.ofSeconds(2)));
        // A service that makes a client per request still opens one stream.
        CompletableFuture<Job> third = new JobsService(loopback.http().context()).async().call(s -> s.awaitCompletion("j1", Duration.ofMinutes(5), Duration.ofSeconds(2)));
        for (CompletableFuture<Job> waiter : List.of(first, second, third)) {
            assertThat(waiter.get(20, TimeUnit.SECONDS).state()).get().extracting(JobState::kind).isEqualTo(JobState.Kind.COMPLETE);
        }
        assertThat(streamOpened.await(1, TimeUnit.SECONDS)).isTrue();
        assertThat(order.stream().filter(p -> p.startsWith("/v1/customer/events"))).as("one stream for all waiters").hasSize(1);
        assertThat(order.peek()).as("the stream is open before the first GET").startsWith("/v1/customer/events");
    }

    @Test
    void failedJobSurfacesItsErrorMessage() {
        jobAnswers.add(state("JOB_STATE_RUNNING"));
        jobAnswers.add(json(200, "{\"job\":{\"id\":\"j1\",\"state\":\"JOB_STATE_FAILED\",\"errorMessage\":\"task 3: out of memory\"}}"));
        assertThatThrownBy(() -> jobs.awaitCompletion("j1", Duration.ofMinutes(5), Duration.ofSeconds(1)))
                .isInstanceOfSatisfying(JobFailedException.class, e -> {
                    assertThat(e.getMessage()).contains("j1").contains("JOB_STATE_FAILED").contains("task 3: out of memory");
                    assertThat(e.job().errorMessage()).contains("task 3: out of memory");
                });
    }

    @Test
    void timeoutGivesUpWithTheLastSeenJob() {
        jobAnswers.add(state("JOB_STATE_RUNNING"));
        assertThatThrownBy(() -> jobs.awaitCompletion("j1", Duration.ofSeconds(5), Duration.ofSeconds(2)))
                .isInstanceOfSatisfying(JobWaitTimeoutException.class, e -> {
                    assertThat(e.lastSeen().state()).get().extracting(JobState::raw).isEqualTo("JOB_STATE_RUNNING");
                    assertThat(e.getMessage()).contains("PT5S");
                });
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(3));
    }

    @Test
    void unknownStateIsTreatedAsNotFinished() {
        jobAnswers.add(state("JOB_STATE_WARMING_UP"));
        jobAnswers.add(state("JOB_STATE_COMPLETE"));
        assertThat(jobs.awaitCompletion("j1", Duration.ofMinutes(1), Duration.ofSeconds(1)).id()).isEqualTo("j1");
        assertThat(jobGets.get()).isEqualTo(2);
    }

    @Test
    void interruptedWaitIsCancelled() {
        jobAnswers.add(state("JOB_STATE_RUNNING"));
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> jobs.awaitCompletion("j1", Duration.ofMinutes(1), Duration.ofSeconds(1)))
                    .isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(jobGets.get()).isZero();
    }

    @Test
    void asyncWaitCompletesAndCanBeCancelled() throws Exception {
        jobAnswers.add(state("JOB_STATE_COMPLETE"));
        assertThat(jobs.async().call(s -> s.awaitCompletion("j1", Duration.ofMinutes(1), Duration.ofSeconds(1))).get(5, TimeUnit.SECONDS).id())
                .isEqualTo("j1");

        // A real sleeper this time, so the waiting thread is really blocked when it is cancelled.
        jobAnswers.add(state("JOB_STATE_RUNNING"));
        try (ByteNiteHttp realTime = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(TestServers.baseUrl(server))
                .accessToken(Canary.TOKEN).build())) {
            CompletableFuture<Job> waiting = new JobsService(realTime.context()).async().call(s -> s.awaitCompletion("j1", Duration.ofMinutes(5), Duration.ofMillis(50)));
            Thread.sleep(300);
            assertThat(waiting.cancel(true)).isTrue();
            Thread.sleep(200);
            int afterCancel = jobGets.get();
            Thread.sleep(300);
            assertThat(jobGets.get()).as("no polling after cancel").isEqualTo(afterCancel);
            assertThat(waiting).isCancelled();
        }
    }

    @Test
    void asyncFailureCompletesTheFutureExceptionally() {
        jobAnswers.add(json(200, "{\"job\":{\"id\":\"j1\",\"state\":\"JOB_STATE_ABORTED\"}}"));
        CompletableFuture<Job> waiting = jobs.async().call(s -> s.awaitCompletion("j1", Duration.ofMinutes(1), Duration.ofSeconds(1)));
        assertThatThrownBy(() -> waiting.get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(JobFailedException.class)
                .hasMessageContaining("JOB_STATE_ABORTED");
    }

    @Test
    void handleActsOnItsOwnJob() {
        jobAnswers.add(state("JOB_STATE_RUNNING"));
        jobAnswers.add(state("JOB_STATE_COMPLETE"));
        jobAnswers.add(json(200, "{\"results\":[{\"name\":\"a.txt\",\"link\":\"https://x/a.txt\"}]}"));
        jobAnswers.add(json(200, "{}"));
        Job job = jobs.get("j1");
        Job fresh = job.refresh();
        assertThat(fresh.state()).get().extracting(JobState::kind).isEqualTo(JobState.Kind.COMPLETE);
        assertThat(fresh.results()).extracting(JobResult::name).containsExactly("a.txt");
        fresh.delete();
        assertThat(jobGets.get()).isEqualTo(4);
    }

    @Test
    void invalidDurationsAreRefused() {
        assertThatThrownBy(() -> jobs.awaitCompletion("j1", Duration.ZERO, Duration.ofSeconds(1))).hasMessageStartingWith("timeout:");
        assertThatThrownBy(() -> jobs.awaitCompletion("j1", Duration.ofSeconds(1), Duration.ofSeconds(-1))).hasMessageStartingWith("pollInterval:");
        assertThat(server.getRequestCount()).isZero();
    }
}
