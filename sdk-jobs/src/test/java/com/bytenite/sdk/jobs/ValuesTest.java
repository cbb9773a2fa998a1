package com.bytenite.sdk.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bytenite.sdk.core.testing.Canary;
import com.google.gson.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValuesTest {
    @ParameterizedTest
    @CsvSource({
            "JOB_STATE_NEW, NEW, false, false",
            "JOB_STATE_PARTITIONING, PARTITIONING, false, false",
            "JOB_STATE_RUNNING, RUNNING, false, false",
            "JOB_STATE_COMPLETE, COMPLETE, true, true",
            "JOB_STATE_FAILED, FAILED, true, false",
            "job_state_aborted, ABORTED, true, false",
            "complete, COMPLETE, true, true",
            "JOB_STATE_SOMETHING_NEW, UNKNOWN, false, false"})
    void jobStateKeepsTheRawValueAndKnowsWhatIsFinal(String raw, JobState.Kind kind, boolean terminal, boolean successful) {
        JobState state = JobState.of(raw);
        assertThat(state.raw()).isEqualTo(raw);
        assertThat(state.kind()).isEqualTo(kind);
        assertThat(state.isTerminal()).isEqualTo(terminal);
        assertThat(state.isSuccessful()).isEqualTo(successful);
        assertThat(state.toString()).isEqualTo(raw);
    }

    @Test
    void urlSourceValidatesAndHidesTheQueryInToString() {
        DataSource source = DataSource.url("https://files.example.com/in.mp4?sig=" + Canary.SIGNATURE);
        assertThat(source.descriptor()).isEqualTo("url");
        assertThat(source.params().get("@type").getAsString()).isEqualTo("type.googleapis.com/bytenite.data_source.HttpDataSource");
        assertThat(source.params().get("url").getAsString()).endsWith(Canary.SIGNATURE);
        assertThat(source.toString()).contains("https://files.example.com/in.mp4?[REDACTED]").doesNotContain(Canary.SIGNATURE);
        assertThatThrownBy(() -> DataSource.url("ftp://x/y")).hasMessageContaining("url: expected an absolute http");
        assertThatThrownBy(() -> DataSource.url("not a url")).hasMessageStartingWith("url:");
    }

    @Test
    void resultLinksPrintNeitherTheirQueryNorAPathToken() {
        String token = "9c1f0a7b3e5d4c2b8a6f0e1d2c3b4a59";
        JobResult r = new JobResult("out.txt", "http://127.0.0.1:9/local/results/" + token + "/out.txt?X-Amz-Signature=abc");
        assertThat(r.toString()).isEqualTo("JobResult{name=out.txt, link=http://127.0.0.1:9/local/results/[REDACTED]/out.txt?[REDACTED]}")
                .doesNotContain(token);
        assertThat(r.link()).contains(token);
    }

    @Test
    void bucketDescriptorsUseTheDocumentedParamNames() {
        JsonObject p = DataDestination.gcp("b", "out/", "europe-west1", "gcp-secret").toJson();
        assertThat(p.get("dataSourceDescriptor").getAsString()).isEqualTo("gcp");
        assertThat(p.getAsJsonObject("params").keySet()).containsExactly("@type", "name", "bucketName", "cloudRegion", "secret_id");
        assertThat(DataSource.s3("b", "k", "r", "s").descriptor()).isEqualTo("s3");
        assertThat(DataSource.storj("b", "k", "r", "s").descriptor()).isEqualTo("storj");
        assertThatThrownBy(() -> DataSource.aws("b", "k", "r", " ")).hasMessageContaining("secretId");
    }

    @Test
    void customDescriptorsCarryTheirParamsButPrintNoValues() {
        JsonObject extra = new JsonObject();
        extra.addProperty("token", Canary.SECRET_KEY);
        DataSource custom = DataSource.custom("backblaze", "type.googleapis.com/x.B2", extra);
        assertThat(custom.params().get("token").getAsString()).isEqualTo(Canary.SECRET_KEY);
        assertThat(custom.toString()).contains("backblaze").contains("token=[REDACTED]").doesNotContain(Canary.SECRET_KEY);
    }

    @Test
    void timeoutsMustBeWholePositiveSecondsWithinThirtyDays() {
        assertThat(JobConfig.empty().withTaskTimeout(Duration.ofMinutes(5)).taskTimeout()).contains(Duration.ofMinutes(5));
        assertThatThrownBy(() -> JobConfig.empty().withTaskTimeout(Duration.ZERO)).hasMessageStartingWith("taskTimeout:");
        assertThatThrownBy(() -> JobConfig.empty().withJobTimeout(Duration.ofDays(31))).hasMessageStartingWith("jobTimeout:");
        assertThatThrownBy(() -> JobConfig.empty().withJobTimeout(Duration.ofMillis(1500))).hasMessageContaining("whole seconds");
    }

    @Test
    void paramsPrintOnlyTheirNames() {
        JsonObject app = new JsonObject();
        app.addProperty("apiToken", Canary.TOKEN);
        assertThat(JobParams.of(null, app, null).toString()).contains("apiToken").doesNotContain(Canary.TOKEN);
    }
}
