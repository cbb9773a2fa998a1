package com.bytenite.sdk.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Customer API's routes over raw HTTP: shapes, drafts, bad bodies. */
class CustomerRoutesTest {
    private LocalByteNite local;
    private RawClient raw;

    @BeforeEach
    void start() throws IOException {
        local = LocalByteNite.builder().start();
        raw = new RawClient(local);
    }

    @AfterEach
    void stop() {
        local.close();
    }

    private String draft(String name) throws IOException {
        RawClient.Answer a = raw.call("POST", "/v1/customer/jobs", "{\"templateId\":\"echo-passthrough\",\"name\":\"" + name + "\"}");
        assertThat(a.code()).isEqualTo(200);
        assertThat(a.object().getAsJsonObject("templateInfo").get("id").getAsString()).isEqualTo("echo-passthrough");
        return a.object().getAsJsonObject("job").get("id").getAsString();
    }

    @Test
    void aDraftTakesItsNameParamsConfigsAndDataSource() throws IOException {
        String id = draft("first");
        JsonObject job = raw.call("PATCH", "/v1/customer/jobs/" + id + "/jobname", "\"renamed\"").object().getAsJsonObject("job");
        assertThat(job.get("name").getAsString()).isEqualTo("renamed");
        assertThat(job.get("state").getAsString()).isEqualTo("JOB_STATE_NEW");

        job = raw.call("PATCH", "/v1/customer/jobs/" + id + "/params", "{\"app\":{\"case\":\"upper\",\"n\":12345678901234567890}}")
                .object().getAsJsonObject("job");
        assertThat(job.getAsJsonObject("params").getAsJsonObject("app").get("n").getAsBigInteger().toString())
                .isEqualTo("12345678901234567890");

        job = raw.call("PATCH", "/v1/customer/jobs/" + id + "/configs", "{\"taskTimeout\":\"60\",\"jobTimeout\":600,\"isTestJob\":true}")
                .object().getAsJsonObject("job");
        assertThat(job.getAsJsonObject("config").get("taskTimeout").getAsString()).isEqualTo("60");
        assertThat(job.getAsJsonObject("config").get("jobTimeout").getAsString()).as("int64 rendered as a string").isEqualTo("600");

        job = raw.call("PATCH", "/v1/customer/jobs/" + id + "/datasource", "{\"dataSource\":{\"dataSourceDescriptor\":\"file\"},"
                + "\"dataDestination\":{\"dataSourceDescriptor\":\"bucket\"}}").object().getAsJsonObject("job");
        String tempUrl = job.getAsJsonObject("dataSource").getAsJsonObject("params").get("tempUrl").getAsString();
        assertThat(tempUrl).startsWith(local.baseUrl() + "/local/uploads/");
        assertThat(raw.call("GET", "/v1/customer/jobs/" + id + "/results", null).object().getAsJsonArray("results")).isEmpty();
    }

    @Test
    void wrongValuesAre400NamingTheField() throws IOException {
        String id = draft("bad");
        assertThat(raw.call("PATCH", "/v1/customer/jobs/" + id + "/jobname", "{\"name\":\"x\"}").errorDescription()).contains("JSON string");
        assertThat(raw.call("PATCH", "/v1/customer/jobs/" + id + "/configs", "{\"taskTimeout\":\"-5\"}").errorDescription())
                .contains("taskTimeout must be positive");
        assertThat(raw.call("PATCH", "/v1/customer/jobs/" + id + "/configs", "{\"jobTimeout\":\"soon\"}").errorDescription())
                .contains("jobTimeout must be an integer");
        assertThat(raw.call("PATCH", "/v1/customer/jobs/" + id + "/params", "{\"app\":[1]}").errorDescription()).contains("app must be an object");
        assertThat(raw.call("PATCH", "/v1/customer/jobs/" + id + "/datasource", "{\"dataSource\":{\"dataSourceDescriptor\":\"bucket\"}}")
                .errorDescription()).contains("destination only");
        assertThat(raw.call("PATCH", "/v1/customer/jobs/" + id + "/datasource", "{\"dataDestination\":{\"dataSourceDescriptor\":\"url\"}}")
                .errorDescription()).contains("source only");
        assertThat(raw.call("PATCH", "/v1/customer/jobs/" + id + "/datasource",
                "{\"dataSource\":{\"dataSourceDescriptor\":\"url\",\"params\":{\"url\":\"ftp://x\"}}}").errorDescription()).contains("params.url");
        RawClient.Answer notReady = raw.call("POST", "/v1/customer/jobs/" + id + "/run", "{}");
        assertThat(notReady.code()).isEqualTo(409);
        assertThat(notReady.errorDescription()).contains("data source");
        assertThat(raw.call("POST", "/v1/customer/jobs/runningTasks", "{\"jobsIds\":\"" + id + "\"}").errorDescription()).contains("jobsIds");
    }

    @Test
    void aFileSourceMustBeUploadedBeforeTheJobRuns() throws IOException {
        String id = draft("upload");
        raw.call("PATCH", "/v1/customer/jobs/" + id + "/datasource", "{\"dataSource\":{\"dataSourceDescriptor\":\"file\"},"
                + "\"dataDestination\":{\"dataSourceDescriptor\":\"bypass\"}}");
        RawClient.Answer early = raw.call("PATCH", "/v1/customer/jobs/" + id + "/uploadcompleted", "{}");
        assertThat(early.code()).isEqualTo(409);
        assertThat(early.errorDescription()).contains("nothing was uploaded");
        assertThat(raw.call("POST", "/v1/customer/jobs/" + id + "/run", "{}").errorDescription()).contains("tempUrl");
    }

    @Test
    void listFilterTemplatesAndRunningTasksPage() throws IOException {
        draft("a");
        String b = draft("b");
        draft("c");
        JsonObject page = raw.call("GET", "/v1/customer/jobs?limit=2", null).object();
        assertThat(page.getAsJsonArray("data")).hasSize(2);
        assertThat(page.getAsJsonObject("pagination").get("total").getAsString()).isEqualTo("3");
        assertThat(page.getAsJsonObject("pagination").get("hasNext").getAsBoolean()).isTrue();
        JsonObject last = raw.call("GET", "/v1/customer/jobs?limit=2&offset=2", null).object();
        assertThat(last.getAsJsonObject("pagination").get("hasNext").getAsBoolean()).isFalse();
        assertThat(last.getAsJsonObject("pagination").get("hasPrevious").getAsBoolean()).isTrue();

        JsonObject filtered = raw.call("POST", "/v1/customer/jobs/filter", "{\"filters\":[{\"field\":\"name\",\"condition\":"
                + "\"FILTER_CONDITION_EQ\",\"value\":{\"@type\":\"type.googleapis.com/google.protobuf.Value\",\"value\":\"b\"}}]}").object();
        assertThat(filtered.getAsJsonArray("data")).hasSize(1);
        assertThat(filtered.getAsJsonArray("data").get(0).getAsJsonObject().get("id").getAsString()).isEqualTo(b);
        assertThat(raw.call("POST", "/v1/customer/jobs/filter", "{\"filters\":[{\"field\":\"name\",\"condition\":\"FILTER_CONDITION_GT\","
                + "\"value\":{\"value\":1}}]}").errorDescription()).contains("FILTER_CONDITION_GT");
        JsonObject ordered = raw.call("POST", "/v1/customer/jobs/filter", "{\"orderBy\":\"-name\"}").object();
        assertThat(ordered.getAsJsonArray("data").get(0).getAsJsonObject().get("name").getAsString()).isEqualTo("c");

        assertThat(raw.call("GET", "/v1/customer/jobs/templates", null).object().getAsJsonArray("data"))
                .anySatisfy(t -> assertThat(t.getAsJsonObject().get("id").getAsString()).isEqualTo("echo-fanout-zip"));
        assertThat(raw.call("POST", "/v1/customer/jobs/runningTasks", "{\"jobsIds\":[\"" + b + "\"]}").object()
                .getAsJsonObject("jobsRunningTasks").get(b).getAsInt()).isZero();
        assertThat(raw.call("GET", "/v1/customer/jobs?limit=0", null).errorDescription()).contains("limit");
    }

    @Test
    void abortingADraftDeletesItAndDeleteRemovesAJob() throws IOException {
        String a = draft("to-abort");
        assertThat(raw.call("POST", "/v1/customer/jobs/" + a + "/abort", "{}").object().get("message").getAsString()).contains("deleted");
        assertThat(raw.call("GET", "/v1/customer/jobs/" + a, null).code()).isEqualTo(404);
        String d = draft("to-delete");
        assertThat(raw.call("DELETE", "/v1/customer/jobs/" + d, null).object().get("ok").getAsBoolean()).isTrue();
        assertThat(raw.call("GET", "/v1/customer/jobs/" + d, null).code()).isEqualTo(404);
        assertThat(raw.call("POST", "/v1/customer/logs", "{\"jobId\":\"" + d + "\"}").code()).isEqualTo(404);
    }

    @Test
    void createTakesTheTutorialsInlineFieldsAndAClientChosenId() throws IOException {
        String body = "{\"templateId\":\"echo-passthrough\",\"jobId\":\"my-own-id\",\"dataSource\":{\"dataSourceDescriptor\":\"url\","
                + "\"params\":{\"url\":\"https://example.com/in.txt\"}},\"dataDestination\":{\"dataSourceDescriptor\":\"bucket\"},"
                + "\"params\":{\"app\":{\"case\":\"title\"}}}";
        JsonObject job = raw.call("POST", "/v1/customer/jobs", body).object().getAsJsonObject("job");
        assertThat(job.get("id").getAsString()).isEqualTo("my-own-id");
        assertThat(job.getAsJsonObject("dataSource").getAsJsonObject("params").get("url").getAsString()).isEqualTo("https://example.com/in.txt");
        assertThat(job.getAsJsonObject("params").getAsJsonObject("app").get("case").getAsString()).isEqualTo("title");
        RawClient.Answer again = raw.call("POST", "/v1/customer/jobs", body);
        assertThat(again.code()).isEqualTo(409);
        assertThat(again.errorDescription()).contains("my-own-id");
    }
}
