package com.bytenite.sdk.local.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.jobs.DataDestination;
import com.bytenite.sdk.jobs.DataSource;
import com.bytenite.sdk.jobs.Job;
import com.bytenite.sdk.jobs.JobFailedException;
import com.bytenite.sdk.jobs.JobRequest;
import com.bytenite.sdk.jobs.JobsService;
import com.bytenite.sdk.jobs.LogsService;
import com.bytenite.sdk.local.LocalByteNite;
import com.bytenite.sdk.local.PublishedStyle;
import com.bytenite.sdk.local.executor.StageExecutor;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Python components that Local ByteNite's own tests write the way ByteNite's published ones
 * read the contract (sdk-local's {@code published-style} folders), run in pods of the test cluster
 * and on this machine: each job must end the same on both, with the same results, logs and errors.
 */
@EnableKubernetesMockClient(crud = true)
class PublishedStyleOnTheClusterTest {
    static KubernetesClient client;
    static KubernetesMockServer server;

    private static final String NS = "bytenite";

    @TempDir
    Path dir;

    /** What one job showed its user: result files (a zip by its entries), its error, and task 0's log lines with their levels. */
    private record Outcome(Map<String, String> results, String error, List<String> firstTaskLog) {
    }

    /** The folders of a template's components, and the names it gives them. */
    private record Pipeline(String appFolder, String app, String partitioner, String assembler, List<String> engineFolders) {
    }

    @BeforeAll
    static void needsPython() throws InterruptedException {
        PublishedStyle.assumePython();
    }

    private static Path folder(String name) {
        return Path.of(System.getProperty("bytenite.publishedStyle"), name);
    }

    private Outcome onTheCluster(Pipeline pipeline, Function<JobsService, JobRequest> request) throws Exception {
        StageExecutor cluster = new KubernetesStageExecutor(client, KubernetesSettings.in(NS), StageExecutor.onThisMachine(2),
                Clock.systemUTC(), Duration.ofMillis(20), false);
        try (TestKubelet kubelet = new TestKubelet(client, server, NS, dir.resolve("kubelet-" + System.nanoTime()), TestKubelet.Mode.RUN)) {
            Outcome outcome = run(cluster, pipeline, request);
            assertThat(kubelet.pods).as("the components ran in pods").isNotEmpty();
            return outcome;
        }
    }

    /** Runs {@code request} with {@code pipeline}'s components, on {@code executor} or, when null, on this machine. */
    private Outcome run(StageExecutor executor, Pipeline pipeline, Function<JobsService, JobRequest> request) throws Exception {
        var builder = LocalByteNite.builder().appFolder(folder(pipeline.appFolder()))
                .template("published-t", pipeline.app(), pipeline.partitioner(), pipeline.assembler());
        pipeline.engineFolders().forEach(engine -> builder.engineFolder(folder(engine)));
        if (executor != null) {
            builder.stageExecutor(executor);
        }
        try (LocalByteNite local = builder.start();
                ByteNiteHttp http = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())) {
            Job job = request.apply(new JobsService(http.context())).destination(DataDestination.temporaryBucket()).submit();
            Map<String, String> results = new TreeMap<>();
            String error = null;
            try {
                Path out = Files.createDirectories(dir.resolve("out-" + System.nanoTime()));
                for (Path p : job.awaitCompletion(Duration.ofSeconds(60)).downloadResults(out)) {
                    results.putAll(read(p));
                }
            } catch (JobFailedException e) {
                error = e.job().errorMessage().orElse(null);
            }
            List<String> firstTaskLog = new LogsService(http.context()).get(job.id()).tasks().getOrDefault("task-0", List.of()).stream()
                    .filter(e -> !e.message().startsWith("Local ByteNite runs ")).map(e -> e.level().orElse("-") + " " + comparable(e.message()))
                    .sorted().toList();
            return new Outcome(results, error, firstTaskLog);
        }
    }

    /**
     * A log line without what differs from run to run and executor to executor: the time Python's
     * logging puts first, and where the component's folder is in a traceback.
     */
    private static String comparable(String line) {
        return line.replaceFirst("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} - ", "").replaceFirst("File \".*/app/", "File \"app/");
    }

    private static Map<String, String> read(Path result) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!result.toString().endsWith(".zip")) {
            files.put(result.getFileName().toString(), Files.readString(result));
            return files;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(result)))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                files.put(result.getFileName() + "!" + e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void theImageTutorialMakesTheSameFiveImagesInPods() throws Exception {
        Function<JobsService, JobRequest> fiveImages = jobs -> jobs.create("published-t").source(DataSource.bypass())
                .partitionerParams(Map.of("num_replicas", 5)).appParams(Map.of("prompt", "a lighthouse"));
        Pipeline tutorial = new Pipeline("imagegen", "imagegen", "fanout-replica@0.1", "zipper@0.1", List.of("fanout", "zip"));

        Outcome cluster = onTheCluster(tutorial, fiveImages);
        Outcome here = run(null, tutorial, fiveImages);

        assertThat(cluster.error()).isNull();
        List<String> images = new ArrayList<>();
        cluster.results().forEach((name, body) -> images.add(name + "=" + body));
        assertThat(images).containsExactly("results_archive.zip!output_image.png=a lighthouse, variation 0",
                "results_archive.zip!output_image_1.png=a lighthouse, variation 1", "results_archive.zip!output_image_2.png=a lighthouse, variation 2",
                "results_archive.zip!output_image_3.png=a lighthouse, variation 3", "results_archive.zip!output_image_4.png=a lighthouse, variation 4");
        assertThat(cluster.firstTaskLog()).containsExactly("WARNING WARNING - a preview, not a real image");
        assertThat(cluster).isEqualTo(here);
    }

    @Test
    void aUrlPipelineFetchesFromThePodsAndMergesTheSameWay() throws Exception {
        try (PublishedStyle.PageSite site = new PublishedStyle.PageSite()) {
            Function<JobsService, JobRequest> pages = jobs -> jobs.create("published-t").source(DataSource.url(site.urlList()))
                    .partitionerParams(Map.of("chunk_size", 2));
            Pipeline scraping = new Pipeline("scrape", "scraper", "fanout-urls@0.5", "merger@0.3", List.of("urls", "merge"));

            Outcome cluster = onTheCluster(scraping, pages);
            Outcome here = run(null, scraping, pages);

            assertThat(cluster.error()).isNull();
            assertThat(cluster.results().get("merged.json")).contains("page /p/1", "page /p/2", "page /p/3");
            assertThat(cluster).isEqualTo(here);
        }
    }

    @Test
    void aPythonTracebacksLastLineIsTheJobsErrorInPodsToo() throws Exception {
        Function<JobsService, JobRequest> noCase = jobs -> jobs.create("published-t").source(DataSource.bypass());
        Pipeline strict = new Pipeline("strict", "strict", "passthrough", "passthrough", List.of());

        Outcome cluster = onTheCluster(strict, noCase);
        Outcome here = run(null, strict, noCase);

        assertThat(cluster.error()).isEqualTo("strict@1.0 (app task 0) exited with status 1: KeyError: 'case'");
        assertThat(cluster.firstTaskLog()).as("stdout is INFO, stderr ERROR").contains("INFO reading the case",
                "ERROR Traceback (most recent call last):", "ERROR   File \"app/main.py\", line 7, in <module>", "ERROR KeyError: 'case'");
        assertThat(cluster).isEqualTo(here);
    }
}
