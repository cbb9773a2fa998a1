package com.bytenite.examples;

import com.bytenite.sdk.ByteNiteClient;
import com.bytenite.sdk.jobs.DataDestination;
import com.bytenite.sdk.jobs.DataSource;
import com.bytenite.sdk.jobs.Job;
import com.bytenite.sdk.jobs.JobResult;
import com.bytenite.sdk.jobs.JobsService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Submits a job whose input is a local file, waits for it, and downloads its results.
 *
 * <pre>
 * BYTENITE_API_KEY=… java … com.bytenite.examples.SubmitLocalFile hello-world-template hello.txt out/
 * </pre>
 *
 * Reads the connection from the environment ({@code BYTENITE_API_KEY}, {@code BYTENITE_BASE_URL}, …).
 */
public final class SubmitLocalFile {
    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: SubmitLocalFile <templateId> <inputFile> <outputFolder>");
            System.exit(2);
        }
        try (ByteNiteClient bytenite = ByteNiteClient.fromEnv()) {
            JobsService jobs = bytenite.jobs();
            Job job = jobs.create(args[0])
                    .name("submitted from Java")
                    .source(DataSource.upload(Path.of(args[1])))
                    .destination(DataDestination.temporaryBucket())
                    .appParams(Map.of("case", "upper"))
                    .uploadListener((name, done, total) -> System.out.printf("\ruploading %s: %d / %d bytes", name, done, total))
                    .submit();
            System.out.println("\nsubmitted job " + job.id());

            Job done = job.awaitCompletion(Duration.ofMinutes(30));
            System.out.println("job " + done.id() + " is " + done.state().map(Object::toString).orElse("?"));
            for (JobResult result : done.results()) {
                System.out.println("result " + result); // toString hides the link's signature
            }
            done.downloadResults(Path.of(args[2])).forEach(p -> System.out.println("downloaded " + p));
        }
    }
}
