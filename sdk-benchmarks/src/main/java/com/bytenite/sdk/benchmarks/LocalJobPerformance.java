package com.bytenite.sdk.benchmarks;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.jobs.DataDestination;
import com.bytenite.sdk.jobs.DataSource;
import com.bytenite.sdk.jobs.EventsService;
import com.bytenite.sdk.jobs.JobEvent;
import com.bytenite.sdk.jobs.JobEventListener;
import com.bytenite.sdk.jobs.JobState;
import com.bytenite.sdk.jobs.JobsService;
import com.bytenite.sdk.local.ComponentRole;
import com.bytenite.sdk.local.LocalByteNite;
import com.bytenite.sdk.runtime.App;
import com.bytenite.sdk.runtime.engines.FanOutPartitioner;
import com.bytenite.sdk.runtime.engines.PassthroughAssembler;
import com.bytenite.sdk.runtime.engines.PassthroughPartitioner;
import com.bytenite.sdk.runtime.local.LocalPipeline;
import com.bytenite.sdk.runtime.local.PipelineResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Local ByteNite against the floor of the same work: {@link LocalPipeline} running the same Java
 * components in process, in the same JVM, side by side in alternating order.
 * <ul>
 *   <li>latency: one one-chunk job at a time, submit (create, data source, upload, completion, run)
 *       to {@code awaitCompletion}'s return, against one {@code LocalPipeline} run; medians and ratio;
 *   <li>concurrency: {@code jobs} jobs from 50 threads sharing one client, against as many pipelines
 *       on 50 threads, and against pipelines each followed by the least HTTP a job needs
 *       ({@link HttpFloor}); five rounds in rotating order; median jobs per minute and ratios;
 *   <li>wake-ups: from each job's end on the server to its waiter's return, once with the machine
 *       saturated (the concurrency rounds) and once with 50 waiters on jobs that sleep;
 *   <li>scaling: one job of 1, 10, 100, 1000, 10000 chunks (the built-in fan-out from a bypass source),
 *       against the same pipeline.
 * </ul>
 *
 * <p>Run: {@code mvn -q -pl sdk-benchmarks -am package -DskipTests && java -cp
 * 'sdk-benchmarks/target/classes:sdk-benchmarks/target/lib/*' com.bytenite.sdk.benchmarks.LocalJobPerformance [rounds=1501] [jobs=200]}
 */
public final class LocalJobPerformance {
    private static final Duration WAIT = Duration.ofMinutes(5);
    private static final int THREADS = 50;

    /** The app both sides run: the chunk upper-cased into one result. */
    private static final App UPPER = task -> task.writeResult("out.txt", task.chunkText().toUpperCase(java.util.Locale.ROOT));

    private LocalJobPerformance() {
    }

    /**
     * Arguments: [rounds=1501] [jobs=200]. The first third of the latency rounds are warm-up: the
     * server's code runs a few times per job, so the JIT compiles its hot paths only after several
     * hundred jobs (with 301 rounds the server side measured 15-18 ms, with 1501 about 8 ms).
     */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 1501;
        int jobs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path dir = Files.createTempDirectory("local-job-performance-");
        Path input = Files.writeString(dir.resolve("in.txt"), "hello world");
        try (LocalByteNite local = LocalByteNite.builder().workers(2).maxRunningJobs(THREADS)
                .component(ComponentRole.APP, "upper", (env, work, log) -> upperInProcess(env))
                .component(ComponentRole.APP, "sleepy", (env, work, log) -> {
                    Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(200, 1000));
                    return upperInProcess(env);
                })
                .template("upper-t", "upper", "passthrough", "passthrough")
                .template("sleepy-t", "sleepy", "passthrough", "passthrough")
                .template("fan-t", "upper", "fanout-replica", "passthrough")
                .start();
                ByteNiteHttp http = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())) {
            JobsService client = new JobsService(http.context());
            latency(client, input, dir, rounds);
            concurrency(client, input, dir, jobs);
            wakeUps(client, new EventsService(http.context()), input, 2 * jobs);
            scaling(client, dir);
        } finally {
            Folders.deleteTree(dir);
        }
    }

    private static int upperInProcess(Map<String, String> env) throws Exception {
        return com.bytenite.sdk.runtime.Run.app(com.bytenite.sdk.runtime.Environment.of(env), UPPER, System.err);
    }

    private static void latency(JobsService client, Path input, Path dir, int rounds) throws Exception {
        double[] server = new double[rounds];
        double[] floor = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            boolean serverFirst = i % 2 == 0;
            if (serverFirst) {
                server[i] = Stats.millis(() -> submitAndAwait(client, "upper-t", input, null));
                floor[i] = Stats.millis(() -> pipeline(input, dir, 1));
            } else {
                floor[i] = Stats.millis(() -> pipeline(input, dir, 1));
                server[i] = Stats.millis(() -> submitAndAwait(client, "upper-t", input, null));
            }
        }
        // The first rounds warm both sides up; report the rest.
        double[] s = java.util.Arrays.copyOfRange(server, rounds / 3, rounds);
        double[] f = java.util.Arrays.copyOfRange(floor, rounds / 3, rounds);
        System.out.printf("latency, one-chunk job (%d rounds after %d warm-up): server submit->COMPLETE median %.1f ms, "
                + "LocalPipeline %.1f ms, ratio %.2f%n", s.length, rounds - s.length, Stats.median(s), Stats.median(f), Stats.median(s) / Stats.median(f));
    }

    /**
     * Five rounds each, rotating which side goes first; medians of the rates. The third side is the
     * floor plus the least HTTP a job needs ({@link HttpFloor}): what any HTTP server could reach.
     */
    private static void concurrency(JobsService client, Path input, Path dir, int jobs) throws Exception {
        WAKE_MILLIS.clear();
        int rounds = 5;
        double[] floor = new double[rounds];
        double[] floorWithHttp = new double[rounds];
        double[] server = new double[rounds];
        byte[] inputBytes = Files.readAllBytes(input);
        try (HttpFloor http = new HttpFloor()) {
            List<Stats.Timed> sides = List.of(
                    () -> pipeline(input, dir, 1),
                    () -> {
                        pipeline(input, dir, 1);
                        http.oneJob(inputBytes);
                    },
                    () -> submitAndAwait(client, "upper-t", input, null));
            double[][] rates = {floor, floorWithHttp, server};
            for (int i = 0; i < rounds; i++) {
                for (int k = 0; k < sides.size(); k++) {
                    int side = (i + k) % sides.size();
                    rates[side][i] = perMinute(jobs, sides.get(side));
                }
            }
        }
        System.out.printf("concurrency, %d one-chunk jobs on %d threads, %d rounds: server median %.0f jobs/min, LocalPipeline %.0f jobs/min, "
                + "ratio %.2f; LocalPipeline plus %d raw HTTP exchanges %.0f jobs/min, ratio %.2f; server against that %.2f%n", jobs, THREADS,
                rounds, Stats.median(server), Stats.median(floor), Stats.median(server) / Stats.median(floor), HttpFloor.EXCHANGES,
                Stats.median(floorWithHttp), Stats.median(floorWithHttp) / Stats.median(floor), Stats.median(server) / Stats.median(floorWithHttp));
        printPercentiles("from a job's end on the server to its waiter's return, CPU saturated (" + WAKE_MILLIS.size() + " jobs of these rounds)",
                WAKE_MILLIS);
    }

    /**
     * Wake-ups while events flow but the machine is not saturated: {@code jobs} jobs whose app
     * sleeps 200–1000 ms, awaited by 50 threads at once, so every waiter waits while others' events
     * pass (about 80 jobs a second; with 20–200 ms, about 400 a second saturated both cores again).
     */
    private static void wakeUps(JobsService client, EventsService events, Path input, int jobs) throws Exception {
        WAKE_MILLIS.clear();
        ENDED.clear();
        // A second stream, only to see when the end event reaches a client: the rest of a wake-up is the waiter's.
        Map<String, java.time.Instant> arrived = new java.util.concurrent.ConcurrentHashMap<>();
        try (var listener = events.subscribe(new JobEventListener() {
            @Override
            public void onEvent(JobEvent event) {
                if (event.state().map(JobState::isTerminal).orElse(false)) {
                    event.jobId().ifPresent(id -> arrived.putIfAbsent(id, java.time.Instant.now()));
                }
            }
        })) {
            onThreads(jobs, () -> submitAndAwait(client, "sleepy-t", input, null));
        }
        printPercentiles("from a job's end on the server to its waiter's return, " + THREADS + " waiters, jobs of 200-1000 ms (" + jobs
                + " jobs)", WAKE_MILLIS);
        List<Double> arrival = new ArrayList<>();
        ENDED.forEach((id, end) -> {
            if (arrived.containsKey(id)) {
                arrival.add(Duration.between(end, arrived.get(id)).toNanos() / 1e6);
            }
        });
        printPercentiles("of which the end event's arrival at a listener on a second stream (" + arrival.size() + " jobs)", arrival);
    }

    private static void printPercentiles(String what, List<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("  %s: p50 %.1f ms, p99 %.1f ms%n", what, sorted[sorted.length / 2], sorted[(int) Math.ceil(0.99 * sorted.length) - 1]);
    }

    private static double perMinute(int jobs, Stats.Timed job) throws Exception {
        return jobs / seconds(() -> onThreads(jobs, job)) * 60;
    }

    private static void scaling(JobsService client, Path dir) throws Exception {
        System.out.println("| chunks | server job | LocalPipeline | ratio |");
        System.out.println("|---|---|---|---|");
        Path bypass = Files.writeString(dir.resolve("bypass"), "");
        for (int chunks : new int[] {1, 10, 100, 1000, 10000}) {
            double server = Stats.millis(() -> submitAndAwait(client, "fan-t", null, Map.of("num_replicas", chunks)));
            double floor = Stats.millis(() -> pipeline(bypass, dir, chunks));
            System.out.printf("| %d | %.0f ms | %.0f ms | %.2f |%n", chunks, server, floor, server / floor);
        }
    }

    /** Milliseconds from each job's end on the server to its waiter's return (same JVM, same clock). */
    private static final List<Double> WAKE_MILLIS = java.util.Collections.synchronizedList(new ArrayList<>());
    /** When each job ended on the server, by id. */
    private static final Map<String, java.time.Instant> ENDED = new java.util.concurrent.ConcurrentHashMap<>();

    private static void submitAndAwait(JobsService client, String template, Path input, Map<String, Object> partitionerParams) {
        var request = client.create(template).destination(DataDestination.temporaryBucket())
                .source(input == null ? DataSource.bypass() : DataSource.upload(input));
        if (partitionerParams != null) {
            request.partitionerParams(partitionerParams);
        }
        // The default 2 s poll: only the event stream can make the waiter return soon after the end.
        var done = request.submit().awaitCompletion(WAIT);
        java.time.Instant returned = java.time.Instant.now();
        done.endedAt().ifPresent(end -> {
            WAKE_MILLIS.add(Duration.between(end, returned).toNanos() / 1e6);
            ENDED.put(done.id(), end);
        });
    }

    private static void pipeline(Path input, Path dir, int chunks) throws Exception {
        Path work = Files.createTempDirectory(dir, "pipeline-");
        try {
            LocalPipeline.Builder b = LocalPipeline.builder().source(input).app(UPPER).assembler(new PassthroughAssembler())
                    .parallelism(2).workDirectory(work);
            PipelineResult r = chunks == 1 ? b.partitioner(new PassthroughPartitioner()).run()
                    : b.partitioner(new FanOutPartitioner()).partitionerParams("{\"num_replicas\":" + chunks + "}").run();
            if (!r.succeeded()) {
                throw new IllegalStateException("the pipeline failed: " + r.partitioner() + " " + r.assemblerResult());
            }
        } finally {
            Folders.deleteTree(work);
        }
    }

    private static void onThreads(int count, Stats.Timed work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Object>> done = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                done.add(pool.submit(() -> {
                    work.run();
                    return null;
                }));
            }
            for (Future<Object> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static double seconds(Stats.Timed work) throws Exception {
        return Stats.millis(work) / 1000;
    }
}
