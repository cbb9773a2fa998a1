package com.bytenite.sdk.jobs.internal;

import static com.bytenite.sdk.core.http.Arguments.requirePathSegment;
import static com.bytenite.sdk.core.testing.TestServers.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.CustomerRoute;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.core.testing.Canary;
import com.bytenite.sdk.core.testing.LoopbackServer;
import com.bytenite.sdk.core.testing.SpecContract;
import com.bytenite.sdk.core.testing.TestServers;
import com.bytenite.sdk.jobs.internal.generated.model.JobConfigDto;
import com.bytenite.sdk.jobs.internal.generated.model.JobResponseDto;
import com.bytenite.sdk.jobs.internal.generated.model.RunJobRequestDto;
import com.bytenite.sdk.jobs.internal.generated.model.RunningTasksRequestDto;
import com.bytenite.sdk.jobs.internal.generated.model.RunningTasksResponseDto;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GeneratedCustomerApiTest {
    private static final String MODELS = "com.bytenite.sdk.jobs.internal.generated.model";

    @RegisterExtension
    final LoopbackServer loopback = new LoopbackServer();
    private MockWebServer server;
    private ByteNiteHttp http;
    private GeneratedCustomerApi api;

    @BeforeEach
    void wire() {
        server = loopback.server();
        http = loopback.http();
        api = new GeneratedCustomerApi(http.context());
    }

    private SpecContract spec() throws Exception {
        return SpecContract.load("customer.json", MODELS, GeneratedCustomerApi.gson());
    }

    @Test
    void specDescribesTheNineteenDocumentedOperations() throws Exception {
        assertThat(spec().basePath()).isEqualTo("/v1/customer");
        assertThat(spec().operations()).containsExactlyInAnyOrder("POST /datasource/test", "GET /events", "GET /info",
                "GET /jobs", "POST /jobs", "POST /jobs/filter", "POST /jobs/runningTasks", "GET /jobs/templates",
                "DELETE /jobs/{jobId}", "GET /jobs/{jobId}", "POST /jobs/{jobId}/abort", "PATCH /jobs/{jobId}/configs",
                "PATCH /jobs/{jobId}/datasource", "PATCH /jobs/{jobId}/jobname", "PATCH /jobs/{jobId}/params",
                "GET /jobs/{jobId}/results", "POST /jobs/{jobId}/run", "PATCH /jobs/{jobId}/uploadcompleted", "POST /logs");
        spec().assertWellFormed();
    }

    @Test
    void operationTableNeverReplaysCreateRunAbortOrUploadCompleted() throws Exception {
        spec().assertOperationTable(CustomerOperations.class, "customer",
                Set.of("createJob", "runJob", "abortJob", "setUploadCompleted"));
    }

    @Test
    void everyDocumentedExampleParsesWithNoUndescribedField() throws Exception {
        assertThat(spec().assertEveryExampleIsFullyDescribed()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void unknownFieldsAndUnknownStatesKeepTheirRawValue() throws Exception {
        server.enqueue(json(200, "{\"job\":{\"id\":\"j1\",\"state\":\"JOB_STATE_TELEPORTING\",\"numChunks\":\"12\","
                + "\"paymentAmount\":\"0.00022723\",\"gpuHours\":{\"a100\":1.5},"
                + "\"dataSource\":{\"dataSourceDescriptor\":\"ipfs\",\"params\":{\"@type\":\"type.googleapis.com/x.Ipfs\",\"cid\":\"Qm\",\"pin\":9007199254740993}}},"
                + "\"quota\":7}"));
        JobResponseDto response = http.context().execute(CustomerOperations.GET_JOB,
                () -> api.jobs().getJobCall(requirePathSegment("jobId", "j1"), null).request(),
                GeneratedCustomerApi.gson(), JobResponseDto.class);

        var job = response.getJob();
        assertThat(job.getState()).isEqualTo("JOB_STATE_TELEPORTING");
        assertThat(job.getNumChunks()).isEqualTo("12");
        assertThat(job.getPaymentAmount()).isEqualTo(new BigDecimal("0.00022723"));
        assertThat(job.getAdditionalProperties()).containsKey("gpuHours");
        assertThat(job.getDataSource().getDataSourceDescriptor()).isEqualTo("ipfs");
        assertThat(job.getDataSource().getParams()).containsEntry("@type", "type.googleapis.com/x.Ipfs");
        assertThat(job.getDataSource().getParams().get("pin").toString()).isEqualTo("9007199254740993");
        assertThat(response.getAdditionalProperties()).containsKey("quota");

        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getPath()).isEqualTo("/v1/customer/jobs/j1");
        assertThat(request.getHeader("Authorization")).isEqualTo(Canary.TOKEN);
    }

    @Test
    void jobNameIsSentAsBareJsonStringAndRunWrapsConfig() throws Exception {
        server.enqueue(json(200, "{\"job\":{\"id\":\"j1\",\"name\":\"My Job\"}}"));
        server.enqueue(json(200, "{}"));
        http.context().execute(CustomerOperations.SET_JOB_NAME, () -> api.jobs().setJobNameCall("j1", "My Job", null).request(),
                GeneratedCustomerApi.gson(), JobResponseDto.class);
        http.context().execute(CustomerOperations.RUN_JOB, () -> api.jobs().runJobCall("j1",
                new RunJobRequestDto().config(new JobConfigDto().taskTimeout("3600").jobTimeout("86400").isTestJob(true)), null).request(),
                GeneratedCustomerApi.gson(), Object.class);

        RecordedRequest rename = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(rename.getMethod()).isEqualTo("PATCH");
        assertThat(rename.getPath()).isEqualTo("/v1/customer/jobs/j1/jobname");
        assertThat(rename.getBody().readUtf8()).isEqualTo("\"My Job\"");
        RecordedRequest run = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(run.getPath()).isEqualTo("/v1/customer/jobs/j1/run");
        assertThat(run.getBody().readUtf8()).isEqualTo("{\"config\":{\"taskTimeout\":\"3600\",\"jobTimeout\":\"86400\",\"isTestJob\":true}}");
    }

    @Test
    void runningTasksCountsAreReadFromNumbersOrStrings() throws Exception {
        server.enqueue(json(200, "{\"jobsRunningTasks\":{\"a\":2,\"b\":\"1\"}}"));
        RunningTasksResponseDto counts = http.context().execute(CustomerOperations.GET_RUNNING_TASKS,
                () -> api.jobs().getRunningTasksCall(new RunningTasksRequestDto()
                        .addJobsIdsItem("a").addJobsIdsItem("b"), null).request(),
                GeneratedCustomerApi.gson(), RunningTasksResponseDto.class);
        assertThat(counts.getJobsRunningTasks()).isEqualTo(Map.of("a", "2", "b", "1"));
    }

    @Test
    void computingRouteMovesTheWholeApi() throws Exception {
        ByteNiteConfig config = ByteNiteConfig.builder().baseUrl(TestServers.baseUrl(server)).accessToken(Canary.TOKEN)
                .customerRoute(CustomerRoute.COMPUTING).build();
        server.enqueue(json(200, "{\"results\":[{\"name\":\"out.txt\",\"link\":\"https://x/out.txt?sig=1\"}]}"));
        try (ByteNiteHttp computing = ByteNiteHttp.create(config)) {
            GeneratedCustomerApi moved = new GeneratedCustomerApi(computing.context());
            computing.context().execute(CustomerOperations.GET_JOB_RESULTS, () -> moved.jobs().getJobResultsCall("j1", null).request(),
                    GeneratedCustomerApi.gson(), Object.class);
        }
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getPath()).isEqualTo("/v1/computing/jobs/j1/results");
    }
}
