package com.bytenite.sdk.benchmarks;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.RetrySettings;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.jobs.Job;
import com.bytenite.sdk.jobs.JobsService;
import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Target: a get-job call through the facade costs within 10% of a raw OkHttp + Gson call to the
 * same loopback server. Three sides run interleaved, in rotating order, in rounds of {@code CALLS}
 * calls; the result is each side's median per-call time over the rounds and the ratios:
 * <ul>
 *   <li>facade: {@code jobs.get(id)}, a typed {@link Job};
 *   <li>raw: what a user writes without the SDK for a job id: build the request (URL from the id,
 *       the token header), execute it, parse the body into a {@code JsonObject};
 *   <li>raw, prebuilt: the same with one {@code Request} built before the loop, a floor no real
 *       caller with changing ids reaches, reported so the request building cost stays visible.
 * </ul>
 * The calling thread's CPU time per call is reported too: the in-process server shares the two
 * cores, so wall time is noisy, while the client's CPU time is what the facade itself adds.
 *
 * <p>Run: {@code mvn -q -pl sdk-benchmarks -am package -DskipTests && java -cp
 * 'sdk-benchmarks/target/classes:sdk-benchmarks/target/lib/*' com.bytenite.sdk.benchmarks.GetJobOverhead}
 */
public final class GetJobOverhead {
    private static final String JOB_ID = "bench-job";
    private static int ROUNDS = 21; // NOPMD: set once from the arguments
    private static int CALLS = 2000;

    /** Arguments: [rounds=21] [callsPerRound=2000]. */
    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            ROUNDS = Integer.parseInt(args[0]);
        }
        if (args.length > 1) {
            CALLS = Integer.parseInt(args[1]);
        }
        try (FakeCustomerServer server = new FakeCustomerServer();
                ByteNiteHttp http = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(server.baseUrl())
                        .accessToken("bench-token").retry(RetrySettings.disabled()).build())) {
            JobsService jobs = new JobsService(http.context());
            OkHttpClient raw = new OkHttpClient();
            Gson gson = new Gson();
            String jobsUrl = server.baseUrl() + "/v1/customer/jobs/";
            Request prebuilt = rawRequest(jobsUrl, JOB_ID);
            List<Side> sides = List.of(
                    new Side("facade", () -> {
                        if (!jobs.get(JOB_ID).id().equals(JOB_ID)) {
                            throw new IllegalStateException();
                        }
                    }),
                    new Side("raw OkHttp+Gson", () -> rawCall(raw, gson, rawRequest(jobsUrl, JOB_ID))),
                    new Side("raw, prebuilt request", () -> rawCall(raw, gson, prebuilt)));
            for (int warm = 0; warm < 3; warm++) {
                for (Side side : sides) {
                    side.measure(0);
                }
            }
            for (int round = 0; round < ROUNDS; round++) {
                // Rotate which side goes first so drift in the machine's load hits all alike.
                for (int k = 0; k < sides.size(); k++) {
                    sides.get((round + k) % sides.size()).measure(round);
                }
            }
            Side facade = sides.get(0);
            System.out.printf("get-job, %d rounds x %d calls (median us/call; wall, then calling-thread CPU)%n", ROUNDS, CALLS);
            for (Side side : sides) {
                System.out.printf("  %-22s wall %6.1f  cpu %6.1f%s%n", side.name, Stats.median(side.wall), Stats.median(side.cpu),
                        side == facade ? "" : String.format("   facade/this: wall %.3f, cpu %.3f",
                                Stats.median(facade.wall) / Stats.median(side.wall), Stats.median(facade.cpu) / Stats.median(side.cpu)));
            }
            raw.dispatcher().executorService().shutdown();
        }
    }

    private interface Call {
        void run() throws Exception;
    }

    /** One way of getting a job, with its per-round medians. */
    private static final class Side {
        final String name;
        final Call call;
        final double[] wall = new double[ROUNDS];
        final double[] cpu = new double[ROUNDS];

        Side(String name, Call call) {
            this.name = name;
            this.call = call;
        }

        void measure(int round) throws Exception {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            for (int i = 0; i < CALLS; i++) {
                call.run();
            }
            wall[round] = (System.nanoTime() - start) / 1000.0 / CALLS;
            cpu[round] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1000.0 / CALLS;
        }
    }

    private static Request rawRequest(String jobsUrl, String id) {
        return new Request.Builder().url(jobsUrl + id).header("Authorization", "bench-token").build();
    }

    private static void rawCall(OkHttpClient client, Gson gson, Request request) throws Exception {
        try (Response response = client.newCall(request).execute()) {
            JsonObject job = gson.fromJson(response.body().string(), JsonObject.class).getAsJsonObject("job");
            if (!job.get("id").getAsString().equals(JOB_ID)) {
                throw new IllegalStateException();
            }
        }
    }
}
