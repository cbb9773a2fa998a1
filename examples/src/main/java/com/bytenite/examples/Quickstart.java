package com.bytenite.examples;

import com.bytenite.sdk.ByteNiteClient;
import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.dev.ComponentsService;
import com.bytenite.sdk.dev.PushResult;
import com.bytenite.sdk.dev.Template;
import com.bytenite.sdk.jobs.DataDestination;
import com.bytenite.sdk.jobs.DataSource;
import com.bytenite.sdk.jobs.EventStream;
import com.bytenite.sdk.jobs.Job;
import com.bytenite.sdk.jobs.JobEvent;
import com.bytenite.sdk.jobs.JobEventListener;
import com.bytenite.sdk.jobs.JobsService;
import com.bytenite.sdk.local.LocalByteNite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The README's main command: submits a real job with an uploaded text file, shows its progress,
 * waits for it and prints its results.
 *
 * <p>Without {@code BYTENITE_API_KEY} it starts a Local ByteNite on this machine, pushes the Java
 * Hello World app folder built by {@code runtime-examples} (system property
 * {@code bytenite.quickstart.app}) with its template, activates it, and runs it there; if the
 * folder was not built it uses the built-in {@code echo-passthrough} template. With
 * {@code BYTENITE_API_KEY} it targets
 * {@code BYTENITE_BASE_URL} (default: the public API) and the template named by the first argument
 * or {@code BYTENITE_TEMPLATE_ID} (default {@code hello-world-template}, the docs' tutorial).
 */
public final class Quickstart {
    private static final String LOCAL_TEMPLATE = "echo-passthrough";

    private Quickstart() {
    }

    public static void main(String[] args) throws Exception {
        String apiKey = System.getenv(ByteNiteConfig.ENV_API_KEY);
        if (apiKey == null || apiKey.isBlank()) {
            System.out.println("No " + ByteNiteConfig.ENV_API_KEY + " set: starting Local ByteNite on this machine.");
            try (LocalByteNite local = LocalByteNite.builder().start()) {
                System.out.println("Local ByteNite is listening on " + local.baseUrl());
                ByteNiteConfig config = ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build();
                run(config, pushHelloWorld(config));
            }
        } else {
            String template = args.length > 0 ? args[0] : System.getenv().getOrDefault("BYTENITE_TEMPLATE_ID", "hello-world-template");
            ByteNiteConfig config = ByteNiteConfig.fromEnv();
            System.out.println("Using " + config.baseUrl() + " with template " + template);
            run(config, template);
        }
    }

    /** Pushes and activates the Java Hello World folder; returns the template to run. */
    private static String pushHelloWorld(ByteNiteConfig config) {
        String folder = System.getProperty("bytenite.quickstart.app");
        if (folder == null || !Files.isDirectory(Path.of(folder, "app"))) {
            System.out.println("The Java Hello World app was not built (mvn install builds it): using the built-in " + LOCAL_TEMPLATE + ".");
            return LOCAL_TEMPLATE;
        }
        try (ByteNiteClient bytenite = ByteNiteClient.create(config)) {
            ComponentsService apps = bytenite.dev().apps();
            PushResult pushed = apps.push(Path.of(folder));
            apps.activate(pushed.component().tag().toString());
            String template = pushed.pushedTemplate().map(Template::id).orElse(LOCAL_TEMPLATE);
            System.out.println("Pushed and activated " + pushed.component().tag() + " with template " + template + ".");
            return template;
        }
    }

    static void run(ByteNiteConfig config, String templateId) throws IOException {
        Path input = Files.createTempFile("bytenite-quickstart-", ".txt");
        Files.writeString(input, "Hello from the ByteNite Java SDK!\nThis file was uploaded, processed and sent back.\n");
        Path output = Files.createTempDirectory("bytenite-quickstart-results-");
        try (ByteNiteClient bytenite = ByteNiteClient.create(config); EventStream events = bytenite.events().subscribe(new Progress())) {
            JobsService jobs = bytenite.jobs();
            Job job = jobs.create(templateId)
                    .name("java-quickstart")
                    .source(DataSource.upload(input))
                    .destination(DataDestination.temporaryBucket())
                    .appParams(Map.of("case", "upper"))
                    .uploadListener((name, sent, total) -> {
                        if (sent == total) {
                            System.out.printf("  uploaded %s (%d bytes)%n", name, total);
                        }
                    })
                    .submit();
            System.out.println("Submitted job " + job.id() + "; waiting for it to finish.");
            Job done = job.awaitCompletion(Duration.ofMinutes(10));
            System.out.println("Job " + done.id() + " ended " + done.state().map(s -> s.raw()).orElse("?")
                    + done.duration().stream().mapToObj(s -> " after " + s + " s").findFirst().orElse(""));
            List<Path> files = done.downloadResults(output);
            for (Path file : files) {
                System.out.println("--- result " + file.getFileName() + " (" + Files.size(file) + " bytes)");
                System.out.print(preview(file));
            }
            System.out.println("--- " + files.size() + " result file(s) saved under " + output);
        } finally {
            Files.deleteIfExists(input);
        }
    }

    private static String preview(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, 0, Math.min(bytes.length, 2000), StandardCharsets.UTF_8);
        return text.endsWith("\n") ? text : text + "\n";
    }

    /** Prints each state the job reaches, from the event stream. */
    private static final class Progress implements JobEventListener {
        @Override
        public void onEvent(JobEvent event) {
            event.state().ifPresent(state -> System.out.println("  event: job " + event.jobId().orElse("?") + " is " + state.raw()));
        }
    }
}
