package com.bytenite.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.jobs.DataDestination;
import com.bytenite.sdk.jobs.DataSource;
import com.bytenite.sdk.jobs.Job;
import com.bytenite.sdk.jobs.JobState;
import com.bytenite.sdk.local.LocalByteNite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The four facades through one client and one token, against Local ByteNite. */
class ByteNiteClientTest {
    @TempDir
    Path dir;

    @Test
    void everyApiIsReachableThroughOneClient() throws Exception {
        try (LocalByteNite local = LocalByteNite.builder().start();
                ByteNiteClient bytenite = ByteNiteClient.create(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())) {
            Job done = bytenite.jobs().create("echo-passthrough").source(DataSource.upload(Files.writeString(dir.resolve("in.txt"), "one client")))
                    .destination(DataDestination.temporaryBucket()).submit().awaitCompletion(Duration.ofSeconds(30));
            assertThat(done.state()).get().extracting(JobState::kind).isEqualTo(JobState.Kind.COMPLETE);
            assertThat(bytenite.auth().user().get().id()).isEqualTo("local-user");
            assertThat(bytenite.dev().templates().list().stream().map(t -> t.id()).toList()).contains("echo-passthrough");
            assertThat(bytenite.wallet().balance().totalBalance()).isLessThan(new java.math.BigDecimal("100"));
            assertThat(bytenite.http().accessToken()).isNotBlank();
        }
    }
}
