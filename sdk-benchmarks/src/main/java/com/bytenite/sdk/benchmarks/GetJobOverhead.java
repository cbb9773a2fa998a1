package com.bytenite.sdk.benchmarks;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.RetrySettings;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.jobs.Job;
import com.bytenite.sdk.jobs.JobsClient;
import com.google.gson.Gson;
import com.google.gson.JsonObject;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Target: a get-job call through the facade costs within 10% of a raw OkHttp + Gson call to the
 * same loopback server. Both sides run interleaved in rounds of {@code CALLS} calls; the result is
 * the median per-call time of each side over the rounds and their ratio.
 *
 * <p>Run: {@code mvn -q -pl sdk-benchmarks -am package -DskipTests && java -cp
 * 'sdk-benchmarks/target/classes:sdk-benchmarks/target/lib/*' com.bytenite.sdk.benchmarks.GetJobOverhead}
 */
public final class GetJobOverhead {
    private static int ROUNDS = 11; // NOPMD: set once from the arguments
    private static int CALLS = 500;

    /** Arguments: [rounds=11] [callsPerRound=500]. */
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
            JobsClient jobs = new JobsClient(http);
            OkHttpClient raw = new OkHttpClient();
            Gson gson = new Gson();
            Request request = new Request.Builder().url(server.baseUrl() + "/v1/customer/jobs/bench-job")
                    .header("Authorization", "bench-token").build();
            double[] sdk = new double[ROUNDS];
            double[] baseline = new double[ROUNDS];
            for (int warm = 0; warm < 3; warm++) {
                runSdk(jobs);
                runRaw(raw, gson, request);
            }
            for (int round = 0; round < ROUNDS; round++) {
                // Alternate which side goes first so drift in the machine's load hits both alike.
                if (round % 2 == 0) {
                    sdk[round] = runSdk(jobs);
                    baseline[round] = runRaw(raw, gson, request);
                } else {
                    baseline[round] = runRaw(raw, gson, request);
                    sdk[round] = runSdk(jobs);
                }
            }
            double sdkMedian = Stats.median(sdk);
            double rawMedian = Stats.median(baseline);
            System.out.printf("get-job, %d rounds x %d calls: facade median %.1f us/call, raw OkHttp+Gson median %.1f us/call, ratio %.3f%n",
                    ROUNDS, CALLS, sdkMedian, rawMedian, sdkMedian / rawMedian);
            raw.dispatcher().executorService().shutdown();
        }
    }

    private static double runSdk(JobsClient jobs) {
        long start = System.nanoTime();
        for (int i = 0; i < CALLS; i++) {
            Job job = jobs.get("bench-job");
            if (!job.id().equals("bench-job")) {
                throw new IllegalStateException();
            }
        }
        return (System.nanoTime() - start) / 1000.0 / CALLS;
    }

    private static double runRaw(OkHttpClient client, Gson gson, Request request) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < CALLS; i++) {
            try (Response response = client.newCall(request).execute()) {
                JsonObject job = gson.fromJson(response.body().string(), JsonObject.class).getAsJsonObject("job");
                if (!job.get("id").getAsString().equals("bench-job")) {
                    throw new IllegalStateException();
                }
            }
        }
        return (System.nanoTime() - start) / 1000.0 / CALLS;
    }
}
