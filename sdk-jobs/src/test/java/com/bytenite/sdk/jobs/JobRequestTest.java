package com.bytenite.sdk.jobs;

import static com.bytenite.sdk.core.testing.TestServers.errorEnvelope;
import static com.bytenite.sdk.core.testing.TestServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bytenite.sdk.core.errors.BadRequestException;
import com.bytenite.sdk.core.errors.ServerException;
import com.bytenite.sdk.core.testing.LoopbackServer;
import com.bytenite.sdk.jobs.JobSubmissionException.Step;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JobRequestTest {
    private static final MockResponse JOB = json(200, "{\"job\":{\"id\":\"job-7\",\"state\":\"JOB_STATE_NEW\"}}");

    @RegisterExtension
    final LoopbackServer loopback = new LoopbackServer();
    private MockWebServer server;
    private JobsService jobs;

    @BeforeEach
    void wire() {
        server = loopback.server();
        jobs = new JobsService(loopback.http().context());
    }

    private JobRequest fullRequest() {
        return jobs.create("hello-world-template")
                .name("greeting")
                .source(DataSource.url("https://example.com/hello.txt"))
                .destination(DataDestination.temporaryBucket())
                .appParams(Map.of("case", "upper"))
                .taskTimeout(Duration.ofMinutes(5))
                .jobTimeout(Duration.ofHours(1));
    }

    private List<String> requests() throws InterruptedException {
        List<String> lines = new ArrayList<>();
        RecordedRequest r;
        while ((r = server.takeRequest(100, TimeUnit.MILLISECONDS)) != null) {
            lines.add(r.getMethod() + " " + r.getPath() + " " + r.getBody().readUtf8());
        }
        return lines;
    }

    @Test
    void submitRunsTheWholeLifecycleInOrder() throws Exception {
        for (int i = 0; i < 4; i++) {
            server.enqueue(JOB);
        }
        server.enqueue(json(200, "{}"));
        Job job = fullRequest().submit();

        assertThat(job.id()).isEqualTo("job-7");
        List<String> sent = requests();
        assertThat(sent).hasSize(5);
        assertThat(sent.get(0)).startsWith("POST /v1/customer/jobs ");
        JsonObject created = JsonParser.parseString(sent.get(0).substring(sent.get(0).indexOf('{'))).getAsJsonObject();
        created.remove("jobId");
        assertThat(created.get("templateId").getAsString()).isEqualTo("hello-world-template");
        assertThat(created.getAsJsonObject("dataSource").get("dataSourceDescriptor").getAsString()).as("sent inline too").isEqualTo("url");
        // This server's answer does not show them applied: they are set again, each by its own call.
        assertThat(sent.get(1)).startsWith("PATCH /v1/customer/jobs/job-7/datasource ").contains("\"dataSourceDescriptor\":\"url\"");
        assertThat(sent.get(2)).startsWith("PATCH /v1/customer/jobs/job-7/params ").contains("\"app\":{\"case\":\"upper\"}");
        assertThat(sent.get(3)).startsWith("PATCH /v1/customer/jobs/job-7/configs ").contains("\"taskTimeout\":\"300\"");
        assertThat(sent.get(4)).startsWith("POST /v1/customer/jobs/job-7/run ").contains("{\"config\":{\"taskTimeout\":\"300\"");
    }

    @Test
    void aCreateThatAppliedTheInlineValuesSavesTheirCalls() throws Exception {
        server.enqueue(json(200, "{\"job\":{\"id\":\"job-8\",\"state\":\"JOB_STATE_NEW\",\"dataSource\":{\"dataSourceDescriptor\":\"url\","
                + "\"params\":{\"url\":\"https://example.com/hello.txt\"}},\"dataDestination\":{\"dataSourceDescriptor\":\"bucket\"},"
                + "\"params\":{\"partitioner\":{},\"app\":{\"case\":\"upper\"},\"assembler\":{}}}}"));
        server.enqueue(json(200, "{\"job\":{\"id\":\"job-8\",\"state\":\"JOB_STATE_NEW\"}}"));
        server.enqueue(json(200, "{}"));
        fullRequest().submit();
        List<String> sent = requests();
        assertThat(sent).hasSize(3);
        assertThat(sent.get(1)).startsWith("PATCH /v1/customer/jobs/job-8/configs ");
        assertThat(sent.get(2)).startsWith("POST /v1/customer/jobs/job-8/run ");
    }

    @Test
    void draftStopsBeforeRunAndSkipsUnsetSteps() throws Exception {
        server.enqueue(JOB);
        Job job = jobs.create("hello-world-template").draft();
        assertThat(job.id()).isEqualTo("job-7");
        assertThat(requests()).singleElement().asString().startsWith("POST /v1/customer/jobs ");
    }

    /** The steps of a request without an upload; the upload steps are covered by UploadTest. */
    private static final List<Step> STEPS = List.of(Step.SET_DATA_SOURCE, Step.SET_PARAMS, Step.SET_CONFIG, Step.RUN);

    @ParameterizedTest
    @EnumSource(value = Step.class, names = {"SET_DATA_SOURCE", "SET_PARAMS", "SET_CONFIG", "RUN"})
    void failureAfterCreateNamesTheStepAndKeepsTheJobId(Step failing) throws Exception {
        server.enqueue(JOB);
        for (Step step : STEPS) {
            if (step == failing) {
                server.enqueue(errorEnvelope(400, "r-" + step, "Bad Request", "invalid " + step));
                break;
            }
            server.enqueue(step == Step.RUN ? json(200, "{}") : JOB);
        }
        assertThatThrownBy(() -> fullRequest().deleteDraftOnFailure(false).submit())
                .isInstanceOfSatisfying(JobSubmissionException.class, e -> {
                    assertThat(e.step()).isEqualTo(failing);
                    assertThat(e.jobId()).contains("job-7");
                    assertThat(e.draftDeleted()).isFalse();
                    assertThat(e.getCause()).isInstanceOf(BadRequestException.class);
                    assertThat(e.getMessage()).contains("job-7").contains(failing.name()).contains("invalid " + failing);
                });
    }

    @Test
    void deleteDraftOnFailureDeletesTheDraft() throws Exception {
        server.enqueue(JOB);
        server.enqueue(errorEnvelope(400, "r-1", "Bad Request", "params do not match the schema"));
        server.enqueue(json(200, "{}"));
        assertThatThrownBy(() -> jobs.create("t").appParams(Map.of("x", 1)).deleteDraftOnFailure(true).submit())
                .isInstanceOfSatisfying(JobSubmissionException.class, e -> {
                    assertThat(e.step()).isEqualTo(Step.SET_PARAMS);
                    assertThat(e.draftDeleted()).isTrue();
                    assertThat(e.getMessage()).contains("the draft was deleted");
                });
        List<String> sent = requests();
        assertThat(sent.get(2)).startsWith("DELETE /v1/customer/jobs/job-7");
    }

    @Test
    void aRunRefusedByTheServerDidNotStartAndItsDraftIsDeletedByDefault() throws Exception {
        server.enqueue(JOB);
        server.enqueue(errorEnvelope(409, "r-run", "Failed Precondition", "the job has no data source"));
        server.enqueue(json(200, "{\"ok\":true}"));
        assertThatThrownBy(() -> jobs.create("t").submit())
                .isInstanceOfSatisfying(JobSubmissionException.class, e -> {
                    assertThat(e.step()).isEqualTo(Step.RUN);
                    assertThat(e.draftDeleted()).isTrue();
                    assertThat(e.getMessage()).contains("the server refused to run it, so it did not start; the draft was deleted")
                            .doesNotContain("may or may not");
                });
        assertThat(requests().get(2)).startsWith("DELETE /v1/customer/jobs/job-7");
    }

    @Test
    void aRunWithoutAnAnswerMayHaveStartedAndNothingIsDeleted() throws Exception {
        server.enqueue(JOB);
        server.enqueue(new okhttp3.mockwebserver.MockResponse().setSocketPolicy(okhttp3.mockwebserver.SocketPolicy.DISCONNECT_AFTER_REQUEST));
        assertThatThrownBy(() -> jobs.create("t").submit())
                .isInstanceOfSatisfying(JobSubmissionException.class, e -> {
                    assertThat(e.draftDeleted()).isFalse();
                    assertThat(e.getMessage()).contains("the job may or may not have started");
                });
        assertThat(com.bytenite.sdk.core.testing.TestServers.settledRequestCount(server)).as("create and one run, no delete").isEqualTo(2);
    }

    @Test
    void failedDeleteIsReportedAsSuppressed() throws Exception {
        server.enqueue(JOB);
        server.enqueue(errorEnvelope(400, "r-1", "Bad Request", "bad source"));
        server.enqueue(errorEnvelope(500, "r-2", "Internal", "cannot delete"));
        assertThatThrownBy(() -> fullRequest().deleteDraftOnFailure(true).submit())
                .isInstanceOfSatisfying(JobSubmissionException.class, e -> {
                    assertThat(e.draftDeleted()).isFalse();
                    assertThat(e.getCause().getSuppressed()).singleElement().isInstanceOf(ServerException.class);
                    assertThat(e.getMessage()).contains("delete(\"job-7\")");
                });
    }

    @Test
    void incompleteRequestsAreRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> jobs.create(" ")).hasMessageStartingWith("templateId:");
        assertThatThrownBy(() -> jobs.create("t").source(DataSource.bypass()).submit())
                .hasMessageStartingWith("destination: required when a source is set");
        assertThatThrownBy(() -> jobs.create("t").destination(DataDestination.bypass()).draft())
                .hasMessageStartingWith("source: required");
        assertThatThrownBy(() -> jobs.create("t").appParams(List.of(1, 2))).hasMessageContaining("appParams: expected a JSON object");
        assertThatThrownBy(() -> jobs.create("t").partitionerParams("text")).hasMessageContaining("partitionerParams");
        assertThatThrownBy(() -> jobs.create("t").taskTimeout(Duration.ofSeconds(-1))).hasMessageStartingWith("taskTimeout:");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void paramsAreCopiedWhenGiven() throws Exception {
        server.enqueue(JOB);
        server.enqueue(JOB);
        var params = new java.util.HashMap<String, Object>(Map.of("case", "upper"));
        JobRequest request = jobs.create("t").appParams(params);
        params.put("case", "lower");
        request.draft();
        assertThat(requests().get(1)).contains("\"case\":\"upper\"");
    }

    /** A bean is serialised by Gson like any other object. */
    static final class Greeting {
        final String mode = "title";
        final int repeat = 2;
    }

    @Test
    void anyObjectGsonSerialisesToAnObjectIsAccepted() throws Exception {
        server.enqueue(JOB);
        server.enqueue(JOB);
        jobs.create("t").appParams(new Greeting()).draft();
        assertThat(requests().get(1)).contains("\"app\":{\"mode\":\"title\",\"repeat\":2}");
    }
}
