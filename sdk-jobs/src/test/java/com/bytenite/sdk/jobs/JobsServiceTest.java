package com.bytenite.sdk.jobs;

import static com.bytenite.sdk.core.testing.TestServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bytenite.sdk.core.errors.MalformedResponseException;
import com.bytenite.sdk.core.testing.Canary;
import com.bytenite.sdk.core.testing.LoopbackServer;
import com.bytenite.sdk.core.testing.SpecContract;
import com.bytenite.sdk.jobs.internal.GeneratedCustomerApi;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each Customer API operation: the request it sends, and the docs' response example read in full. */
class JobsServiceTest {
    private static final Instant DOC_TIME = Instant.parse("2025-12-09T19:56:17.981Z");

    @RegisterExtension
    final LoopbackServer loopback = new LoopbackServer();
    private MockWebServer server;
    private JobsService jobs;
    private SpecContract docs;

    @BeforeEach
    void wire() throws Exception {
        server = loopback.server();
        jobs = new JobsService(loopback.http().context());
        docs = SpecContract.load("customer.json", "com.bytenite.sdk.jobs.internal.generated.model", GeneratedCustomerApi.gson());
    }

    private RecordedRequest next() throws InterruptedException {
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(r).as("a request reached the server").isNotNull();
        assertThat(r.getHeader("Authorization")).isEqualTo(Canary.TOKEN);
        return r;
    }

    private static JsonObject body(RecordedRequest r) {
        return JsonParser.parseString(r.getBody().readUtf8()).getAsJsonObject();
    }

    private void answerWithDocExample(String operation) {
        server.enqueue(json(200, docs.responseExample(operation)));
    }

    @Test
    void getReadsEveryFieldOfTheDocsExample() throws Exception {
        answerWithDocExample("GET /jobs/{jobId}");
        Job job = jobs.get("job-1");

        RecordedRequest r = next();
        assertThat(r.getMethod()).isEqualTo("GET");
        assertThat(r.getPath()).isEqualTo("/v1/customer/jobs/job-1");
        assertThat(job.id()).isEqualTo("text");
        assertThat(job.templateId()).contains("text");
        assertThat(job.name()).contains("text");
        assertThat(job.description()).contains("text");
        assertThat(job.config().taskTimeout()).contains(Duration.ofSeconds(1));
        assertThat(job.config().jobTimeout()).contains(Duration.ofSeconds(1));
        assertThat(job.config().testJob()).contains(true);
        assertThat(job.priority()).contains("EXECUTION_PRIORITY_UNDEFINED");
        assertThat(List.of(job.startAt(), job.submittedAt(), job.startedAt(), job.endedAt(), job.deletedAt(), job.createdAt()))
                .allSatisfy(t -> assertThat(t).contains(DOC_TIME));
        assertThat(job.regionBlacklist()).containsExactly("text");
        assertThat(job.regionWhitelist()).containsExactly("text");
        assertThat(job.state()).get().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(JobState.Kind.NEW);
            assertThat(s.isTerminal()).isFalse();
        });
        assertThat(job.dataSource()).get().satisfies(ds -> {
            assertThat(ds.descriptor()).isEqualTo("s3");
            assertThat(ds.params().get("ANY_ADDITIONAL_PROPERTY").getAsString()).isEqualTo("anything");
        });
        assertThat(job.dataDestination()).get().extracting(DataDestination::descriptor).isEqualTo("s3");
        assertThat(job.params().preset()).contains("text");
        assertThat(job.params().app().size()).isZero();
        assertThat(job.duration()).hasValue(1);
        assertThat(job.paymentAmount()).contains(new BigDecimal("1"));
        assertThat(job.numUnitsEstimation()).contains("text");
        assertThat(job.numChunks()).hasValue(1);
        assertThat(job.errorMessage()).contains("text");
        assertThat(job.stateTimestamps()).containsEntry("ANY_ADDITIONAL_PROPERTY", DOC_TIME);
        assertThat(job.appId()).contains("text");
        assertThat(job.template()).get().satisfies(t -> {
            assertThat(t.id()).isEqualTo("text");
            assertThat(t.app()).contains("text");
            assertThat(t.partitioner()).contains("text");
            assertThat(t.assembler()).contains("text");
            assertThat(t.owner()).contains("text");
        });
        assertThat(job.unknownFields().size()).isZero();
    }

    @Test
    void createSendsTheDocumentedBodyAndNeverAnUnsetField() throws Exception {
        answerWithDocExample("POST /jobs");
        Job job = jobs.createJob("img-gen-diffusers-template", "My job", null);

        RecordedRequest r = next();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getPath()).isEqualTo("/v1/customer/jobs");
        JsonObject sent = body(r);
        assertThat(sent.remove("jobId").getAsString()).as("a client-chosen id").matches("[0-9a-f-]{36}");
        assertThat(sent).isEqualTo(docs.requestExample("POST /jobs"));
        assertThat(job.id()).isEqualTo("text");
    }

    @Test
    void setDataSourceWritesDescriptorsAndTypedParams() throws Exception {
        answerWithDocExample("PATCH /jobs/{jobId}/datasource");
        jobs.setDataSource("job-1", DataSource.aws("bucket-a", "in/video.mp4", "us-east-1", "my-secret"), DataDestination.temporaryBucket());

        RecordedRequest r = next();
        assertThat(r.getMethod()).isEqualTo("PATCH");
        assertThat(r.getPath()).isEqualTo("/v1/customer/jobs/job-1/datasource");
        assertThat(body(r)).isEqualTo(JsonParser.parseString("{\"dataSource\":{\"dataSourceDescriptor\":\"aws\",\"params\":{"
                + "\"@type\":\"type.googleapis.com/bytenite.data_source.S3DataSource\",\"name\":\"in/video.mp4\","
                + "\"bucketName\":\"bucket-a\",\"cloudRegion\":\"us-east-1\",\"secret_id\":\"my-secret\"}},"
                + "\"dataDestination\":{\"dataSourceDescriptor\":\"bucket\",\"params\":{}}}"));
    }

    @Test
    void setParamsSendsAllThreeComponentsWithExactNumbers() throws Exception {
        answerWithDocExample("PATCH /jobs/{jobId}/params");
        JsonObject app = JsonParser.parseString("{\"case\":\"upper\",\"seed\":9007199254740993,\"ratio\":0.1000000000000000055}").getAsJsonObject();
        jobs.setParams("job-1", JobParams.of(null, app, null));

        RecordedRequest r = next();
        assertThat(r.getPath()).isEqualTo("/v1/customer/jobs/job-1/params");
        String sent = r.getBody().readUtf8();
        assertThat(JsonParser.parseString(sent)).isEqualTo(JsonParser.parseString(
                "{\"partitioner\":{},\"app\":{\"case\":\"upper\",\"seed\":9007199254740993,\"ratio\":0.1000000000000000055},\"assembler\":{}}"));
        assertThat(sent).contains("9007199254740993").contains("0.1000000000000000055");
    }

    @Test
    void renameSendsABareJsonString() throws Exception {
        answerWithDocExample("PATCH /jobs/{jobId}/jobname");
        jobs.rename("job-1", "My Job");
        RecordedRequest r = next();
        assertThat(r.getPath()).isEqualTo("/v1/customer/jobs/job-1/jobname");
        assertThat(r.getBody().readUtf8()).isEqualTo("\"My Job\"");
    }

    @Test
    void setConfigSendsSecondsAsInt64Strings() throws Exception {
        answerWithDocExample("PATCH /jobs/{jobId}/configs");
        jobs.setConfig("job-1", JobConfig.empty().withTaskTimeout(Duration.ofMinutes(10)).withJobTimeout(Duration.ofHours(1)).withTestJob(true));
        RecordedRequest r = next();
        assertThat(r.getPath()).isEqualTo("/v1/customer/jobs/job-1/configs");
        assertThat(body(r)).isEqualTo(JsonParser.parseString("{\"taskTimeout\":\"600\",\"jobTimeout\":\"3600\",\"isTestJob\":true}"));
    }

    @Test
    void runWrapsTheConfigAsTheReferenceShows() throws Exception {
        server.enqueue(json(200, "{}"));
        jobs.run("job-1", JobConfig.empty().withTestJob(false));
        RecordedRequest r = next();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getPath()).isEqualTo("/v1/customer/jobs/job-1/run");
        assertThat(body(r)).isEqualTo(JsonParser.parseString("{\"config\":{\"isTestJob\":false}}"));
    }

    @Test
    void abortAndDeleteUseTheirRoutes() throws Exception {
        server.enqueue(json(200, "{}"));
        server.enqueue(json(200, "{}"));
        jobs.abort("job-1");
        jobs.delete("job-2");
        RecordedRequest abort = next();
        assertThat(abort.getMethod()).isEqualTo("POST");
        assertThat(abort.getPath()).isEqualTo("/v1/customer/jobs/job-1/abort");
        RecordedRequest delete = next();
        assertThat(delete.getMethod()).isEqualTo("DELETE");
        assertThat(delete.getPath()).isEqualTo("/v1/customer/jobs/job-2");
    }

    @Test
    void resultsAreNameAndLinkWithTheSignatureKeptOutOfToString() throws Exception {
        server.enqueue(json(200, "{\"results\":[{\"name\":\"out.txt\",\"link\":\"https://bucket.example/out.txt?X-Goog-Signature="
                + Canary.SIGNATURE + "\"}]}"));
        List<JobResult> results = jobs.results("job-1");
        assertThat(next().getPath()).isEqualTo("/v1/customer/jobs/job-1/results");
        assertThat(results).hasSize(1);
        assertThat(results.get(0).name()).isEqualTo("out.txt");
        assertThat(results.get(0).link()).endsWith(Canary.SIGNATURE);
        assertThat(results.toString()).doesNotContain(Canary.SIGNATURE).contains("out.txt");
    }

    @Test
    void docsResultsExampleParses() throws Exception {
        answerWithDocExample("GET /jobs/{jobId}/results");
        assertThat(jobs.results("job-1")).containsExactly(new JobResult("text", "text"));
    }

    @Test
    void runningTasksSendsTheIdsAndReadsCountsFromNumbersOrStrings() throws Exception {
        answerWithDocExample("POST /jobs/runningTasks");
        Map<String, Long> counts = jobs.runningTasks(List.of("a5189ec6-6658-49e6-9960-99ed15b63f4d", "b1234abc-1234-5678-9101-abcdef123456"));
        RecordedRequest r = next();
        assertThat(r.getPath()).isEqualTo("/v1/customer/jobs/runningTasks");
        assertThat(body(r)).isEqualTo(docs.requestExample("POST /jobs/runningTasks"));
        assertThat(counts).containsEntry("a5189ec6-6658-49e6-9960-99ed15b63f4d", 2L).containsEntry("b1234abc-1234-5678-9101-abcdef123456", 1L);
    }

    @Test
    void uploadCompletedUsesThePatchRoute() throws Exception {
        server.enqueue(json(200, "{}"));
        jobs.uploadCompleted("job-1");
        RecordedRequest r = next();
        assertThat(r.getMethod()).isEqualTo("PATCH");
        assertThat(r.getPath()).isEqualTo("/v1/customer/jobs/job-1/uploadcompleted");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void uploadCompletedFallsBackToTheGuidesPostRouteOn404() throws Exception {
        server.enqueue(json(404, "{\"code\":5,\"message\":\"Not Found\"}"));
        server.enqueue(json(200, "{}"));
        jobs.uploadCompleted("job-1");
        assertThat(next().getMethod()).isEqualTo("PATCH");
        RecordedRequest fallback = next();
        assertThat(fallback.getMethod()).isEqualTo("POST");
        assertThat(fallback.getPath()).isEqualTo("/v1/customer/jobs/uploadcompleted/job-1");
        assertThat(fallback.getBody().readUtf8()).isEqualTo("{}");
    }

    @Test
    void listPagesLazilyUntilHasNextIsFalse() throws Exception {
        server.enqueue(json(200, "{\"pagination\":{\"total\":\"3\",\"offset\":\"0\",\"hasNext\":true},\"data\":[{\"id\":\"a\"},{\"id\":\"b\"}]}"));
        server.enqueue(json(200, "{\"pagination\":{\"total\":\"3\",\"offset\":\"2\",\"hasNext\":false},\"data\":[{\"id\":\"c\",\"state\":\"JOB_STATE_COMPLETE\"}]}"));
        List<Job> all = jobs.list(2).stream().collect(Collectors.toList());
        assertThat(all).extracting(Job::id).containsExactly("a", "b", "c");
        assertThat(all.get(2).state()).get().satisfies(s -> assertThat(s.isSuccessful()).isTrue());
        assertThat(next().getPath()).isEqualTo("/v1/customer/jobs?limit=2&offset=0");
        assertThat(next().getPath()).isEqualTo("/v1/customer/jobs?limit=2&offset=2");
    }

    @Test
    void docsListExampleParses() throws Exception {
        answerWithDocExample("GET /jobs");
        assertThat(jobs.list().iterator().next().id()).isEqualTo("text");
    }

    @Test
    void queryWritesTheFilterBodyOnEveryPage() throws Exception {
        server.enqueue(json(200, "{\"pagination\":{\"hasNext\":true},\"data\":[{\"id\":\"a\"}]}"));
        server.enqueue(json(200, "{\"pagination\":{\"hasNext\":false},\"data\":[{\"id\":\"b\"}]}"));
        List<Job> found = jobs.query().where("state", "JOB_STATE_COMPLETE").where("isTestJob", false).orderBy("createdAt").pageSize(1)
                .list().stream().collect(Collectors.toList());
        assertThat(found).extracting(Job::id).containsExactly("a", "b");
        RecordedRequest first = next();
        assertThat(first.getPath()).isEqualTo("/v1/customer/jobs/filter");
        assertThat(body(first)).isEqualTo(JsonParser.parseString("{\"pagination\":{\"limit\":1,\"offset\":0},\"filters\":["
                + "{\"field\":\"state\",\"condition\":\"FILTER_CONDITION_EQ\",\"value\":{\"@type\":\"type.googleapis.com/google.protobuf.Value\",\"value\":\"JOB_STATE_COMPLETE\"}},"
                + "{\"field\":\"isTestJob\",\"condition\":\"FILTER_CONDITION_EQ\",\"value\":{\"@type\":\"type.googleapis.com/google.protobuf.Value\",\"value\":false}}],"
                + "\"orderBy\":\"createdAt\"}"));
        assertThat(body(next()).getAsJsonObject("pagination").get("offset").getAsInt()).isEqualTo(1);
    }

    @Test
    void templatesPageWithOrderBy() throws Exception {
        answerWithDocExample("GET /jobs/templates");
        server.enqueue(json(200, "{\"pagination\":{\"hasNext\":false},\"data\":[]}"));
        List<JobTemplate> templates = new TemplatesService(loopback.http().context()).list("name", 10).stream().collect(Collectors.toList());
        assertThat(templates).hasSize(1);
        assertThat(templates.get(0).description()).contains("text");
        assertThat(next().getPath()).isEqualTo("/v1/customer/jobs/templates?limit=10&offset=0&orderBy=name");
    }

    @Test
    void aSizeThatIsNotANumberIsKeptAsSentAndTheRestStillReturned() {
        // The reference's own example sends "size": "text".
        server.enqueue(json(200, docs.responseExample("POST /datasource/test")));
        try (com.bytenite.sdk.core.testing.LogCapture logs = new com.bytenite.sdk.core.testing.LogCapture()) {
            DataSourceCheck check = new DataSourcesService(loopback.http().context()).test(DataSource.url("https://example.com/data/"), true);
            assertThat(check.size()).isEmpty();
            assertThat(check.rawSize()).contains("text");
            assertThat(check.properties()).containsEntry("ANY_ADDITIONAL_PROPERTY", "text");
            assertThat(check.files()).get().satisfies(root -> assertThat(root.allFiles()).hasSize(3)
                    .allSatisfy(f -> assertThat(f.rawSize()).contains("text")));
            assertThat(logs.text()).contains("customer.testDataSource: size is not an integer ('text')");
        }
    }

    @Test
    void testDataSourceReadsTheWholeFileTree() throws Exception {
        server.enqueue(json(200, docs.responseExample("POST /datasource/test").replace("\"size\":\"text\"", "\"size\":\"42\"")));
        DataSourceCheck check = new DataSourcesService(loopback.http().context()).test(DataSource.url("https://example.com/data/"), true);
        RecordedRequest r = next();
        assertThat(r.getPath()).isEqualTo("/v1/customer/datasource/test");
        JsonObject sent = body(r);
        assertThat(sent.get("listFiles").getAsBoolean()).isTrue();
        assertThat(sent.getAsJsonObject("dataSource").get("dataSourceDescriptor").getAsString()).isEqualTo("url");
        assertThat(check.size()).hasValue(42);
        assertThat(check.properties()).containsEntry("ANY_ADDITIONAL_PROPERTY", "text");
        assertThat(check.files()).get().satisfies(root -> {
            assertThat(root.folders()).hasSize(1);
            assertThat(root.allFiles()).hasSize(3).allSatisfy(f -> assertThat(f.size()).hasValue(42));
        });
    }

    @Test
    void logsAreTypedPerComponentAndTask() throws Exception {
        answerWithDocExample("POST /logs");
        JobLogs logs = new LogsService(loopback.http().context()).get("238cecbf-ca05-4a79-ac62-fd89f92684ee");
        RecordedRequest r = next();
        assertThat(r.getPath()).isEqualTo("/v1/customer/logs");
        assertThat(body(r)).isEqualTo(docs.requestExample("POST /logs"));
        assertThat(logs.partitioner()).singleElement().satisfies(e -> {
            assertThat(e.message()).isEqualTo("sample-log-message from loki");
            assertThat(e.timestamp()).contains(DOC_TIME);
            assertThat(e.level()).contains("INFO");
            assertThat(e.container()).contains("main");
        });
        assertThat(logs.assembler()).hasSize(1);
        assertThat(logs.tasks()).containsOnlyKeys("ANY_ADDITIONAL_PROPERTY");
        assertThat(logs.tasks().get("ANY_ADDITIONAL_PROPERTY")).hasSize(1);
    }

    @Test
    void infoReadsVersionAndMessages() throws Exception {
        answerWithDocExample("GET /info");
        var info = jobs.info();
        assertThat(next().getPath()).isEqualTo("/v1/customer/info");
        assertThat(info.version()).isEqualTo("1.0.0");
        assertThat(info.messages()).containsEntry("ANY_ADDITIONAL_PROPERTY", "text");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", ".", ".."})
    void badJobIdsAreRefusedBeforeAnyRequest(String id) {
        assertThatThrownBy(() -> jobs.get(id)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jobId");
        assertThatThrownBy(() -> jobs.run(id, JobConfig.empty())).hasMessageContaining("jobId");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void missingArgumentsNameTheField() {
        assertThatThrownBy(() -> jobs.createJob(null, "n", null)).isInstanceOf(NullPointerException.class).hasMessageContaining("templateId");
        assertThatThrownBy(() -> jobs.setParams("j", null)).hasMessageContaining("params");
        assertThatThrownBy(() -> jobs.runningTasks(List.of())).hasMessageContaining("jobIds");
        assertThatThrownBy(() -> jobs.rename("j", " ")).hasMessageContaining("name");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void malformedTimestampIsAMalformedResponse() {
        server.enqueue(json(200, "{\"job\":{\"id\":\"j\",\"createdAt\":\"yesterday\"}}"));
        assertThatThrownBy(() -> jobs.get("j")).isInstanceOf(MalformedResponseException.class).hasMessageContaining("customer.getJob");
    }

    @Test
    void unknownStateIsKeptRawAndNotFinished() {
        server.enqueue(json(200, "{\"job\":{\"id\":\"j\",\"state\":\"JOB_STATE_HIBERNATING\",\"shard\":4}}"));
        Job job = jobs.get("j");
        assertThat(job.state()).get().satisfies(s -> {
            assertThat(s.raw()).isEqualTo("JOB_STATE_HIBERNATING");
            assertThat(s.kind()).isEqualTo(JobState.Kind.UNKNOWN);
            assertThat(s.isTerminal()).isFalse();
        });
        assertThat(job.unknownFields().get("shard").getAsInt()).isEqualTo(4);
    }

    @Test
    void getEncodesTheIdAsOnePathSegment() throws Exception {
        server.enqueue(json(200, "{\"job\":{\"id\":\"a/b c?#\u00e9\"}}"));
        Job job = jobs.get("a/b c?#\u00e9");
        RecordedRequest r = next();
        assertThat(r.getMethod()).isEqualTo("GET");
        assertThat(r.getPath()).isEqualTo("/v1/customer/jobs/a%2Fb%20c%3F%23%C3%A9");
        assertThat(r.getHeader("Accept")).isEqualTo("application/json");
        assertThat(job.id()).isEqualTo("a/b c?#\u00e9");
    }

    @Test
    void jobFieldsInAnyOrderWithNullsNumbersAndTheOuterTemplate() {
        server.enqueue(json(200, "{\"templateInfo\":{\"id\":\"outer\",\"app\":\"hello@1.0\"},\"extra\":[1],"
                + "\"job\":{\"numChunks\":4,\"state\":null,\"completedAt\":\"2025-12-09T19:56:17Z\",\"id\":\"j\","
                + "\"shard\":{\"a\":[1,2]},\"name\":null,\"config\":{\"isTestJob\":true}}}"));
        Job job = jobs.get("j");
        assertThat(job.id()).isEqualTo("j");
        assertThat(job.numChunks()).hasValue(4);
        assertThat(job.state()).isEmpty();
        assertThat(job.endedAt()).contains(Instant.parse("2025-12-09T19:56:17Z"));
        assertThat(job.template()).get().satisfies(t -> assertThat(t.app()).contains("hello@1.0"));
        assertThat(job.unknownFields().getAsJsonObject("shard").getAsJsonArray("a")).hasSize(2);
        assertThat(job.unknownFields().has("name")).isFalse();
        assertThat(job.config().testJob()).contains(true);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"job\":[]}",
            "{\"job\":{\"name\":\"no id\"}}",
            "{\"job\":{\"id\":{\"nested\":1}}}",
            "{\"job\":{\"id\":\"j\",\"config\":\"fast\"}}",
            "{\"job\":{\"id\":\"j\",\"paymentAmount\":\"a lot\"}}",
            "{\"job\":{\"id\":\"j\"}} trailing",
            "[]"})
    void unreadableJobAnswersAreMalformedResponses(String answer) {
        server.enqueue(json(200, answer));
        assertThatThrownBy(() -> jobs.get("j")).isInstanceOf(MalformedResponseException.class).hasMessageContaining("customer.getJob");
    }
}
