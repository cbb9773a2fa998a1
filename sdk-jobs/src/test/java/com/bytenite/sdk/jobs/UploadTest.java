package com.bytenite.sdk.jobs;

import static com.bytenite.sdk.core.testing.TestServers.errorEnvelope;
import static com.bytenite.sdk.core.testing.TestServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.core.testing.Canary;
import com.bytenite.sdk.core.testing.LogCapture;
import com.bytenite.sdk.core.testing.RecordingSleeper;
import com.bytenite.sdk.core.testing.TestServers;
import com.bytenite.sdk.jobs.JobSubmissionException.Step;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The four-step upload workflow inside submit(): file source, PUT to tempUrl, completion, run. */
class UploadTest {
    /** The answer to the DELETE a failed submit sends for its draft (deleteDraftOnFailure is on by default). */
    private static final MockResponse DRAFT_DELETED = json(200, "{\"ok\":true}");

    private static final String CONTENT = "hello, bytenite\n".repeat(10_000);

    private final MockWebServer server = new MockWebServer();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private ByteNiteHttp http;
    private JobsService jobs;
    private String tempUrl;
    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        server.start();
        http = ByteNiteHttp.builder(ByteNiteConfig.builder().baseUrl(TestServers.baseUrl(server)).accessToken(Canary.TOKEN).build())
                .sleeper(sleeper).build();
        jobs = new JobsService(http.context());
        tempUrl = "http://127.0.0.1:" + server.getPort() + "/storage/job-7/input?X-Goog-Signature=" + Canary.SIGNATURE;
    }

    @AfterEach
    void stop() throws Exception {
        http.close();
        server.shutdown();
    }

    private MockResponse created() {
        return json(200, "{\"job\":{\"id\":\"job-7\"}}");
    }

    private MockResponse fileSourceSet() {
        return json(200, "{\"job\":{\"id\":\"job-7\",\"dataSource\":{\"dataSourceDescriptor\":\"file\",\"params\":{"
                + "\"@type\":\"type.googleapis.com/bytenite.data_source.LocalFileDataSource\",\"tempUrl\":\"" + tempUrl + "\"}}}}");
    }

    private Path file() throws Exception {
        Path f = dir.resolve("hello.txt");
        Files.writeString(f, CONTENT);
        return f;
    }

    private RecordedRequest next() throws InterruptedException {
        return server.takeRequest(5, TimeUnit.SECONDS);
    }

    @Test
    void submitUploadsTheFileStreamedWithoutTheTokenThenNotifiesAndRuns() throws Exception {
        server.enqueue(created());
        server.enqueue(fileSourceSet());
        server.enqueue(new MockResponse().setResponseCode(200));
        server.enqueue(json(200, "{}"));
        server.enqueue(json(200, "{}"));
        List<Long> progress = new ArrayList<>();
        jobs.create("t").source(DataSource.upload(file())).destination(DataDestination.temporaryBucket())
                .uploadListener((name, done, total) -> {
                    assertThat(name).isEqualTo("hello.txt");
                    assertThat(total).isEqualTo(CONTENT.length());
                    progress.add(done);
                })
                .submit();

        assertThat(next().getPath()).isEqualTo("/v1/customer/jobs");
        RecordedRequest setSource = next();
        assertThat(setSource.getBody().readUtf8()).contains("\"dataSourceDescriptor\":\"file\"")
                .contains("LocalFileDataSource").contains("\"dataDestination\":{\"dataSourceDescriptor\":\"bucket\"");
        RecordedRequest put = next();
        assertThat(put.getMethod()).isEqualTo("PUT");
        assertThat(put.getPath()).startsWith("/storage/job-7/input?X-Goog-Signature=");
        assertThat(put.getHeader("Authorization")).isNull();
        assertThat(put.getHeader("Content-Disposition")).isEqualTo("attachment");
        assertThat(put.getHeader("Content-Type")).isEqualTo("application/octet-stream");
        assertThat(put.getBody().readString(StandardCharsets.UTF_8)).isEqualTo(CONTENT);
        RecordedRequest completed = next();
        assertThat(completed.getMethod()).isEqualTo("PATCH");
        assertThat(completed.getPath()).isEqualTo("/v1/customer/jobs/job-7/uploadcompleted");
        assertThat(next().getPath()).isEqualTo("/v1/customer/jobs/job-7/run");
        assertThat(progress).isSorted().last().isEqualTo((long) CONTENT.length());
        assertThat(progress).as("completion is reported once, after the storage accepted the bytes")
                .filteredOn(done -> done == CONTENT.length()).hasSize(1);
        assertThat(progress.size()).isGreaterThan(2);
    }

    @Test
    void aPutDroppedMidwayIsStartedAgainForAFile() throws Exception {
        server.enqueue(created());
        server.enqueue(fileSourceSet());
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_DURING_REQUEST_BODY));
        server.enqueue(new MockResponse().setResponseCode(200));
        server.enqueue(json(200, "{}"));
        jobs.create("t").source(DataSource.upload(file())).destination(DataDestination.bypass()).draft();

        next();
        next();
        assertThat(next().getMethod()).isEqualTo("PUT");
        RecordedRequest second = next();
        assertThat(second.getMethod()).isEqualTo("PUT");
        assertThat(second.getBody().readString(StandardCharsets.UTF_8)).isEqualTo(CONTENT);
        assertThat(next().getPath()).endsWith("/uploadcompleted");
        assertThat(sleeper.waits()).hasSize(1);
    }

    @Test
    void aTransientStatusIsRetriedForAFile() throws Exception {
        server.enqueue(created());
        server.enqueue(fileSourceSet());
        server.enqueue(new MockResponse().setResponseCode(503));
        server.enqueue(new MockResponse().setResponseCode(200));
        server.enqueue(json(200, "{}"));
        jobs.create("t").source(DataSource.upload(file())).destination(DataDestination.bypass()).draft();
        assertThat(TestServers.settledRequestCount(server)).isEqualTo(5);
    }

    @Test
    void aStreamThatFailsMidwayFailsClearlyInsteadOfRestarting() throws Exception {
        server.enqueue(created());
        server.enqueue(fileSourceSet());
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_DURING_REQUEST_BODY));
        server.enqueue(DRAFT_DELETED);
        byte[] bytes = CONTENT.getBytes(StandardCharsets.UTF_8);
        String logs;
        try (LogCapture capture = new LogCapture()) {
            assertThatThrownBy(() -> jobs.create("t")
                    .source(DataSource.upload(new ByteArrayInputStream(bytes), bytes.length, "hello.txt"))
                    .destination(DataDestination.bypass()).submit())
                    .isInstanceOfSatisfying(JobSubmissionException.class, e -> {
                        assertThat(e.step()).isEqualTo(Step.UPLOAD);
                        assertThat(e.jobId()).contains("job-7");
                        assertThat(e.getMessage()).contains("cannot be restarted").contains("Path").doesNotContain(Canary.SIGNATURE);
                    });
            logs = capture.text();
        }
        assertThat(TestServers.settledRequestCount(server)).as("create, source, one PUT, the draft's deletion").isEqualTo(4);
        assertThat(logs).doesNotContain(Canary.SIGNATURE);
    }

    @Test
    void aRejectedPutIsNotRetriedAndTheSignatureStaysSecret() throws Exception {
        server.enqueue(created());
        server.enqueue(fileSourceSet());
        server.enqueue(errorEnvelope(403, "r-1", "Forbidden", "signature expired"));
        server.enqueue(DRAFT_DELETED);
        assertThatThrownBy(() -> jobs.create("t").source(DataSource.upload(file())).destination(DataDestination.bypass()).draft())
                .isInstanceOfSatisfying(JobSubmissionException.class, e -> {
                    assertThat(e.step()).isEqualTo(Step.UPLOAD);
                    assertThat(e.getMessage()).contains("403").doesNotContain(Canary.SIGNATURE);
                    assertThat(e.draftDeleted()).isTrue();
                });
        assertThat(TestServers.settledRequestCount(server)).as("create, source, one PUT, the draft's deletion").isEqualTo(4);
    }

    @Test
    void aFailedCompletionNoticeNamesItsStep() throws Exception {
        server.enqueue(created());
        server.enqueue(fileSourceSet());
        server.enqueue(new MockResponse().setResponseCode(200));
        server.enqueue(errorEnvelope(400, "r-9", "Bad Request", "upload not found"));
        server.enqueue(DRAFT_DELETED);
        assertThatThrownBy(() -> jobs.create("t").source(DataSource.upload(file())).destination(DataDestination.bypass()).submit())
                .isInstanceOfSatisfying(JobSubmissionException.class, e -> {
                    assertThat(e.step()).isEqualTo(Step.UPLOAD_COMPLETED);
                    assertThat(e.jobId()).contains("job-7");
                    assertThat(e.getMessage()).contains("upload not found");
                });
        assertThat(server.getRequestCount()).as("no run after the failed notice, only the draft's deletion").isEqualTo(5);
    }

    @Test
    void aMissingTempUrlFailsTheUploadStep() throws Exception {
        server.enqueue(created());
        server.enqueue(json(200, "{\"job\":{\"id\":\"job-7\",\"dataSource\":{\"dataSourceDescriptor\":\"file\",\"params\":{}}}}"));
        server.enqueue(DRAFT_DELETED);
        assertThatThrownBy(() -> jobs.create("t").source(DataSource.upload(file())).destination(DataDestination.bypass()).draft())
                .isInstanceOfSatisfying(JobSubmissionException.class, e -> {
                    assertThat(e.step()).isEqualTo(Step.UPLOAD);
                    assertThat(e.getMessage()).contains("without a tempUrl");
                });
    }

    @Test
    void uploadSourcesAreCheckedBeforeAnyRequest() {
        assertThatThrownBy(() -> DataSource.upload(dir.resolve("missing.txt"))).hasMessageStartingWith("file:");
        assertThatThrownBy(() -> DataSource.upload(dir)).hasMessageStartingWith("file:");
        assertThatThrownBy(() -> DataSource.upload(new ByteArrayInputStream(new byte[0]), -1, "x")).hasMessageStartingWith("length:");
        assertThatThrownBy(() -> DataSource.upload(new ByteArrayInputStream(new byte[0]), 0, "../x")).hasMessageStartingWith("name:");
        assertThat(server.getRequestCount()).isZero();
    }
}
