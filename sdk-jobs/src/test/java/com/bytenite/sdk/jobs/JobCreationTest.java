package com.bytenite.sdk.jobs;

import static com.bytenite.sdk.core.testing.TestServers.errorEnvelope;
import static com.bytenite.sdk.core.testing.TestServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bytenite.sdk.core.errors.ByteNiteNetworkException;
import com.bytenite.sdk.core.errors.MalformedResponseException;
import com.bytenite.sdk.core.testing.LoopbackServer;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A create whose answer is lost is settled by the client-chosen id, never by a blind second create. */
class JobCreationTest {
    @RegisterExtension
    final LoopbackServer loopback = new LoopbackServer();

    private JobsService jobs;
    /** Each request gets the next answer, which may use the last job id a create was sent with. */
    private final Deque<Function<String, MockResponse>> answers = new ArrayDeque<>();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private volatile String lastSentId;

    @BeforeEach
    void wire() {
        loopback.server().setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                if (r.getMethod().equals("POST")) {
                    JsonElement id = JsonParser.parseString(r.getBody().readUtf8()).getAsJsonObject().get("jobId");
                    lastSentId = id == null ? null : id.getAsString();
                    seen.add("POST jobId=" + lastSentId);
                } else {
                    seen.add(r.getMethod() + " " + r.getPath());
                }
                return answers.isEmpty() ? new MockResponse().setResponseCode(500) : answers.removeFirst().apply(lastSentId);
            }
        });
        jobs = new JobsService(loopback.http().context());
    }

    private static MockResponse job(String id) {
        return json(200, "{\"job\":{\"id\":\"" + id + "\",\"state\":\"JOB_STATE_NEW\"}}");
    }

    private static MockResponse lost(String ignored) {
        return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
    }

    private static MockResponse notFound(String ignored) {
        return errorEnvelope(404, "req-404", "Not Found", "job not found");
    }

    @Test
    void aLostAnswerIsSettledByFindingTheJobUnderTheChosenId() {
        answers.add(JobCreationTest::lost);
        answers.add(JobCreationTest::job);
        Job job = jobs.createJob("t", "n", null);
        assertThat(job.id()).isEqualTo(lastSentId);
        assertThat(seen).containsExactly("POST jobId=" + lastSentId, "GET /v1/customer/jobs/" + lastSentId);
    }

    @Test
    void notFoundIsNoProofUntilTheServerHasShownItKeepsIds() {
        answers.add(JobCreationTest::lost);
        answers.add(JobCreationTest::notFound);
        assertThatThrownBy(() -> jobs.createJob("t", "n", null))
                .isInstanceOfSatisfying(ByteNiteNetworkException.class, e -> {
                    assertThat(e.requestMayHaveBeenSent()).isTrue();
                    assertThat(e.getMessage()).contains(lastSentId).contains("list the jobs before creating again");
                });
        assertThat(seen).as("never a second create").hasSize(2);
    }

    @Test
    void aServerThatKeepsIdsGetsTheSameCreateOnceMoreAfterANotFound() {
        answers.add(JobCreationTest::job);
        answers.add(JobCreationTest::lost);
        answers.add(JobCreationTest::notFound);
        answers.add(JobCreationTest::job);
        jobs.createJob("t", "first", null);
        Job second = jobs.createJob("t", "second", null);
        assertThat(second.id()).isEqualTo(lastSentId);
        assertThat(seen).hasSize(4);
        assertThat(seen.get(1)).isEqualTo(seen.get(3)).as("the repeat carries the same id").isEqualTo("POST jobId=" + lastSentId);
    }

    @Test
    void aLookupAnsweringWithAnotherJobIsNoProofOfTheCreate() {
        answers.add(JobCreationTest::lost);
        answers.add(id -> job("someone-elses-job"));
        assertThatThrownBy(() -> jobs.createJob("t", "n", null))
                .isInstanceOfSatisfying(ByteNiteNetworkException.class, e -> assertThat(e.getMessage()).contains(lastSentId));
        assertThat(seen).as("never a second create").hasSize(2);
    }

    @Test
    void anEmptyAnswerToTheLookupIsAMalformedResponseNotANullJob() {
        answers.add(JobCreationTest::lost);
        answers.add(id -> new MockResponse().setResponseCode(200));
        assertThatThrownBy(() -> jobs.createJob("t", "n", null)).isInstanceOf(ByteNiteNetworkException.class)
                .satisfies(e -> assertThat(e.getSuppressed()).singleElement().isInstanceOf(MalformedResponseException.class));
    }

    @Test
    void aServerThatIgnoresIdsIsNotSentOneAgain() {
        answers.add(id -> job("server-chosen"));
        answers.add(id -> job("server-chosen-2"));
        assertThat(jobs.createJob("t", null, null).id()).isEqualTo("server-chosen");
        jobs.createJob("t", null, null);
        assertThat(seen.get(1)).isEqualTo("POST jobId=null");
    }
}
