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
import java.util.Optional;

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
 * or {@code BYTENITE_TEMPLATE_ID}; without either, the docs' tutorial {@code hello-world-template}
 * when the server has it, else the Java Hello World pushed there (as for a standalone Local
 * ByteNite).
 */
public final class Quickstart {
    private static final String LOCAL_TEMPLATE = "echo-passthrough";
    /** The template of the docs' tutorial. */
    private static final String TUTORIAL_TEMPLATE = "hello-world-template";

    private Quickstart() {
    }

    public static void main(String[] args) throws Exception {
        String apiKey = System.getenv(ByteNiteConfig.ENV_API_KEY);
        if (apiKey == null || apiKey.isBlank()) {
            System.out.println("No " + ByteNiteConfig.ENV_API_KEY + " set: starting Local ByteNite on this machine.");
            try (LocalByteNite local = LocalByteNite.builder().start()) {
                System.out.println("Local ByteNite is listening on " + local.baseUrl());
                ByteNiteConfig config = ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build();
                String template = pushHelloWorld(config).orElseGet(() -> {
                    System.out.println("The Java Hello World app was not built: using the built-in " + LOCAL_TEMPLATE + ".");
                    return LOCAL_TEMPLATE;
                });
                run(config, template);
            }
            return;
        }
        ByteNiteConfig config = ByteNiteConfig.fromEnv();
        String asked = args.length > 0 ? args[0] : System.getenv("BYTENITE_TEMPLATE_ID");
        String template = asked != null && !asked.isBlank() ? asked : tutorialTemplate(config);
        if (template == null) {
            System.err.println(TUTORIAL_TEMPLATE + " is not on " + config.baseUrl() + " and the Java Hello World app to push in its"
                    + " place was not built. Build it with ./mvnw -B -q install -DskipTests, or name a template of yours:"
                    + " BYTENITE_TEMPLATE_ID=<id>.");
            System.exit(1);
        }
        System.out.println("Using " + config.baseUrl() + " with template " + template);
        run(config, template);
    }

    /**
     * The docs' tutorial template when the server offers it; otherwise the Java Hello World, pushed
     * to the server with its template when it was built (a standalone Local ByteNite has no tutorial
     * template); null when neither is possible.
     */
    private static String tutorialTemplate(ByteNiteConfig config) {
        try (ByteNiteClient bytenite = ByteNiteClient.create(config)) {
            if (bytenite.templates().list().stream().anyMatch(t -> TUTORIAL_TEMPLATE.equals(t.id()))) {
                return TUTORIAL_TEMPLATE;
            }
        }
        System.out.println(TUTORIAL_TEMPLATE + " is not on " + config.baseUrl() + ": pushing the Java Hello World app and its template.");
        return pushHelloWorld(config).orElse(null);
    }

    /** Pushes and activates the Java Hello World folder; the template to run, empty when the folder was not built. */
    private static Optional<String> pushHelloWorld(ByteNiteConfig config) {
        String folder = System.getProperty("bytenite.quickstart.app");
        if (folder == null || !Files.isDirectory(Path.of(folder, "app"))) {
            return Optional.empty();
        }
        try (ByteNiteClient bytenite = ByteNiteClient.create(config)) {
            ComponentsService apps = bytenite.dev().apps();
            PushResult pushed = apps.push(Path.of(folder));
            apps.activate(pushed.component().tag().toString());
            String template = pushed.pushedTemplate().map(Template::id).orElse(LOCAL_TEMPLATE);
            System.out.println("Pushed and activated " + pushed.component().tag() + " with template " + template + ".");
            return Optional.of(template);
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
