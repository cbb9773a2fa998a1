package com.bytenite.sdk.local.junit;

import com.bytenite.sdk.ByteNiteClient;
import com.bytenite.sdk.jobs.DataDestination;
import com.bytenite.sdk.jobs.DataSource;
import com.bytenite.sdk.jobs.Job;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A user's own service, as a team would write it on top of the SDK: the code under test. */
final class ShoutingService {
    private final ByteNiteClient bytenite;

    ShoutingService(ByteNiteClient bytenite) {
        this.bytenite = bytenite;
    }

    String shout(String text, Path work) throws IOException {
        Path input = Files.writeString(Files.createTempFile(work, "in-", ".txt"), text);
        Job done = bytenite.jobs().create("shout-t")
                .source(DataSource.upload(input))
                .destination(DataDestination.temporaryBucket())
                .submit()
                .awaitCompletion(Duration.ofSeconds(30));
        Path out = done.downloadResults(Files.createTempDirectory(work, "out-")).get(0);
        return Files.readString(out);
    }
}
