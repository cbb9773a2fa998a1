package com.bytenite.sdk.benchmarks;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.jobs.DataDestination;
import com.bytenite.sdk.jobs.DataSource;
import com.bytenite.sdk.jobs.JobsService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Local ByteNite under load, seen from outside its process. The server runs as its own JVM
 * ({@code -Xmx256m}, default options); its threads, resident memory (RSS) and open descriptors are
 * read from {@code /proc/<pid>}, its heap used after a full GC through {@code jcmd GC.run} and
 * {@code GC.heap_info} ("n/a" without jcmd). Every job is the built-in {@code echo-passthrough}
 * template on a few-byte upload: submit, await completion (the SDK's polling plus event stream),
 * download the one result and check it.
 * <ul>
 *   <li>concurrency: {@code clients} threads, each with its own {@link ByteNiteHttp} as separate
 *       services would have (so each latency includes a first token exchange), start one job each
 *       at the same moment; reports the wall time for all, the median and p95 per-client latency,
 *       the server's peak thread count (sampled every 50 ms) and its RSS and descriptors when all
 *       are done; then the same with the threads sharing one {@code JobsService}, as one service's
 *       threads would (one event stream for all its waiters);
 *   <li>growth: {@code jobs} jobs from 8 threads sharing one {@code ByteNiteHttp}, in batches of
 *       500; after each batch, with no job in flight, a snapshot of the server's threads,
 *       descriptors, heap after GC and RSS. Columns that keep rising with the job count point at
 *       something kept per job.
 * </ul>
 * Failed jobs are counted, not fatal. Linux only (reads {@code /proc}).
 *
 * <p>Several builds of the server can be compared in one run: each further argument
 * {@code label=classpath} is a server started from that class path (for instance an earlier
 * commit's jars ahead of this build's); the concurrency phase then alternates between them, twice
 * each, and the growth phase runs once for each. Without them, the server is this build.
 *
 * <p>Run: {@code mvn -q -pl sdk-benchmarks -am package -DskipTests && java -cp
 * 'sdk-benchmarks/target/classes:sdk-benchmarks/target/lib/*' com.bytenite.sdk.benchmarks.LocalServerLoad 200 2000
 * [label=classpath ...]}
 */
public final class LocalServerLoad {
    private static final String API_KEY = "bench-key";
    private static final String TEMPLATE = "echo-passthrough";
    private static final String INPUT = "echo me";
    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(5);
    private static final int SHARED_CLIENT_THREADS = 8;
    private static final int SNAPSHOT_EVERY = 500;
    private static final long SAMPLE_MILLIS = 50;

    private LocalServerLoad() {
    }

    /** A server build to measure: a label for the report and the class path it starts from. */
    private record Side(String label, String classpath) {
        static Side parse(String arg) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected label=classpath, was " + arg);
            }
            return new Side(arg.substring(0, eq), arg.substring(eq + 1));
        }
    }

    /** Arguments: [clients=200] [jobs=2000] [label=classpath ...]. */
    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int jobs = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        List<Side> sides = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            sides.add(Side.parse(args[i]));
        }
        if (sides.isEmpty()) {
            sides.add(new Side("this build", System.getProperty("java.class.path")));
        }
        Path dir = Files.createTempDirectory("local-server-load-");
        Path input = Files.writeString(dir.resolve("input.txt"), INPUT);
        try {
            int rounds = sides.size() > 1 ? 2 : 1;
            for (int round = 0; round < rounds; round++) {
                for (Side side : sides) {
                    for (boolean shared : new boolean[] {false, true}) {
                        // A fresh server each time: threads left idle by one phase would count in the next.
                        try (ServerProcess server = ServerProcess.start(side.classpath(), API_KEY)) {
                            System.out.printf("[%s] ", side.label());
                            printIdle(server);
                            System.out.printf("[%s] ", side.label());
                            concurrency(server, clients, shared, input, dir);
                        }
                    }
                }
            }
            for (Side side : sides) {
                try (ServerProcess server = ServerProcess.start(side.classpath(), API_KEY)) {
                    System.out.printf("[%s] ", side.label());
                    growth(server, jobs, input, dir);
                }
            }
        } finally {
            Folders.deleteTree(dir);
        }
    }

    private static void printIdle(ServerProcess server) throws IOException, InterruptedException {
        ProcessProbe.Snapshot idle = server.probe.snapshot();
        System.out.printf("idle server: %d threads, %d descriptors, heap used after GC %s, RSS %s%n",
                idle.threads(), idle.descriptors(), idle.heap(), ProcessProbe.mib(idle.rssKib()));
    }

    /**
     * Phase A: {@code clients} clients, one job each, all released by one latch; with {@code shared},
     * the clients are threads of one service sharing one {@link JobsService} (one connection pool and
     * one event stream for all its waiters).
     */
    private static void concurrency(ServerProcess server, int clients, boolean shared, Path input, Path dir) throws Exception {
        List<ByteNiteHttp> https = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Double>> latencies = new ArrayList<>();
            JobsService jobs = null;
            for (int i = 0; i < clients; i++) {
                if (jobs == null || !shared) {
                    ByteNiteHttp http = connect(server.baseUrl);
                    https.add(http);
                    jobs = new JobsService(http.context());
                }
                JobsService client = jobs;
                latencies.add(pool.submit(() -> {
                    start.await();
                    return Stats.millis(() -> runJob(client, input, dir));
                }));
            }
            AtomicInteger peakThreads = new AtomicInteger();
            sampler.scheduleAtFixedRate(() -> peakThreads.accumulateAndGet(server.probe.threads(), Math::max),
                    0, SAMPLE_MILLIS, TimeUnit.MILLISECONDS);
            long begin = System.nanoTime();
            start.countDown();
            Failures failures = new Failures();
            double[] done = collect(latencies, failures);
            double wallSeconds = (System.nanoTime() - begin) / 1e9;
            sampler.shutdown();
            System.out.printf("concurrency: %d clients, %s and one %s job each, started together%n", clients,
                    shared ? "sharing one JobsService" : "one ByteNiteHttp", TEMPLATE);
            System.out.printf("  all done in %.1f s; per client %s; %s%n", wallSeconds, latencySummary(done), failures);
            System.out.printf("  server: peak %d threads (sampled every %d ms); when done RSS %s, %d descriptors%n",
                    peakThreads.get(), SAMPLE_MILLIS, ProcessProbe.mib(server.probe.rssKib()), server.probe.descriptors());
        } finally {
            sampler.shutdownNow();
            pool.shutdownNow();
            https.forEach(ByteNiteHttp::close);
        }
    }

    /** The latencies of the clients that succeeded; the others are counted in {@code failures}. */
    private static double[] collect(List<Future<Double>> latencies, Failures failures) throws InterruptedException {
        List<Double> done = new ArrayList<>();
        for (Future<Double> latency : latencies) {
            try {
                done.add(latency.get());
            } catch (ExecutionException e) {
                failures.add(e.getCause());
            }
        }
        return done.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static String latencySummary(double[] millis) {
        if (millis.length == 0) {
            return "no job succeeded";
        }
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        double p95 = sorted[(int) Math.ceil(0.95 * sorted.length) - 1];
        return String.format("median %.0f ms, p95 %.0f ms", Stats.median(millis), p95);
    }

    /** Phase B: {@code total} jobs through one shared client, a server snapshot after each batch. */
    private static void growth(ServerProcess server, int total, Path input, Path dir) throws Exception {
        System.out.printf("growth: %d %s jobs from %d threads sharing one ByteNiteHttp; server snapshot at rest every %d jobs%n",
                total, TEMPLATE, SHARED_CLIENT_THREADS, SNAPSHOT_EVERY);
        System.out.println("| jobs done | threads | descriptors | heap used after GC | RSS |");
        System.out.println("|---|---|---|---|---|");
        printRow(0, server.probe.snapshot());
        Failures failures = new Failures();
        long runningNanos = 0;
        ExecutorService pool = Executors.newFixedThreadPool(SHARED_CLIENT_THREADS);
        try (ByteNiteHttp http = connect(server.baseUrl)) {
            JobsService jobs = new JobsService(http.context());
            for (int done = 0; done < total; ) {
                int batch = Math.min(SNAPSHOT_EVERY, total - done);
                long begin = System.nanoTime();
                runBatch(pool, batch, () -> runJob(jobs, input, dir), failures);
                runningNanos += System.nanoTime() - begin;
                done += batch;
                printRow(done, server.probe.snapshot());
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = runningNanos / 1e9;
        System.out.printf("  %d jobs in %.1f s without the snapshots (%.1f jobs/s); %s%n", total, seconds, total / seconds, failures);
    }

    /** Runs {@code count} jobs on the pool's threads and returns when all have ended. */
    private static void runBatch(ExecutorService pool, int count, Stats.Timed job, Failures failures) throws InterruptedException {
        AtomicInteger left = new AtomicInteger(count);
        Callable<Void> worker = () -> {
            while (left.getAndDecrement() > 0) {
                try {
                    job.run();
                } catch (Exception e) {
                    failures.add(e);
                }
            }
            return null;
        };
        pool.invokeAll(Collections.nCopies(SHARED_CLIENT_THREADS, worker));
    }

    private static void printRow(int jobsDone, ProcessProbe.Snapshot s) {
        System.out.printf("| %d | %d | %d | %s | %s |%n", jobsDone, s.threads(), s.descriptors(), s.heap(), ProcessProbe.mib(s.rssKib()));
    }

    private static ByteNiteHttp connect(String baseUrl) {
        return ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(baseUrl).apiKey(API_KEY).build());
    }

    /** One job the way a client runs it: submit with an upload, await, download into a fresh folder, check. */
    private static void runJob(JobsService jobs, Path input, Path dir) throws IOException {
        Path out = Files.createTempDirectory(dir, "job-");
        try {
            List<Path> results = jobs.create(TEMPLATE).source(DataSource.upload(input)).destination(DataDestination.temporaryBucket())
                    .submit().awaitCompletion(JOB_TIMEOUT).downloadResults(out);
            if (results.size() != 1 || !Files.readString(results.get(0)).equals(INPUT)) {
                throw new IllegalStateException("unexpected results " + results);
            }
        } finally {
            Folders.deleteTree(out);
        }
    }

    /** Failed jobs counted across threads, with the first failure kept for the report. */
    private static final class Failures {
        private final AtomicInteger count = new AtomicInteger();
        private volatile Throwable first;

        void add(Throwable failure) {
            if (count.getAndIncrement() == 0) {
                first = failure;
            }
        }

        @Override
        public String toString() {
            return count.get() == 0 ? "failed 0" : "failed " + count.get() + " (first: " + first + ")";
        }
    }
}
