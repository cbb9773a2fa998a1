package com.bytenite.sdk.local.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bytenite.sdk.ByteNiteClient;
import com.bytenite.sdk.jobs.DataDestination;
import com.bytenite.sdk.jobs.DataSource;
import com.bytenite.sdk.jobs.Job;
import com.bytenite.sdk.jobs.JobFailedException;
import com.bytenite.sdk.local.Component;
import com.bytenite.sdk.local.ComponentRole;
import com.bytenite.sdk.local.LocalByteNite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A consumer's test of its own service: the app is engine-runtime code run in process. */
class ShoutingServiceTest {
    @RegisterExtension
    static final LocalByteNiteExtension BYTENITE = LocalByteNiteExtension.builder()
            .component(ComponentRole.APP, "shout", Component.app(task -> task.writeResult("shout.txt", task.chunkText().toUpperCase() + "!")))
            .template("shout-t", "shout", "passthrough", "passthrough")
            .component(ComponentRole.APP, "mute", Component.app(task -> {
                throw new IllegalStateException("no voice today");
            }))
            .template("mute-t", "mute", "passthrough", "passthrough")
            .build();

    @TempDir
    Path work;

    @Test
    void shoutsThroughARealJob(ByteNiteClient bytenite) throws Exception {
        assertThat(new ShoutingService(bytenite).shout("hello", work)).isEqualTo("HELLO!");
    }

    @Test
    void oneServerServesTheWholeClass(LocalByteNite server, ByteNiteClient bytenite) throws Exception {
        assertThat(server).isSameAs(BYTENITE.server());
        assertThat(bytenite).isSameAs(BYTENITE.client());
        assertThat(new ShoutingService(bytenite).shout("again", work)).isEqualTo("AGAIN!");
    }

    @Test
    void anAppThatThrowsFailsTheJobWithItsMessageInTheTaskLog(ByteNiteClient bytenite) throws Exception {
        Job started = bytenite.jobs().create("mute-t").source(DataSource.upload(Files.writeString(work.resolve("in.txt"), "x")))
                .destination(DataDestination.temporaryBucket()).submit();
        assertThatThrownBy(() -> started.awaitCompletion(Duration.ofSeconds(30))).isInstanceOf(JobFailedException.class);
        assertThat(started.logs().tasks().get("task-0")).anySatisfy(line -> assertThat(line.message())
                .isEqualTo("error: app failed: java.lang.IllegalStateException: no voice today"));
    }
}
