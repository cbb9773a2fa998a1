package com.bytenite.sdk.benchmarks;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.jobs.DataDestination;
import com.bytenite.sdk.jobs.DataSource;
import com.bytenite.sdk.jobs.JobsClient;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Targets: upload throughput at least 90% of a raw OkHttp streaming PUT of the same file, and
 * constant memory (run it with {@code -Xmx64m} and a 1 GiB file). The SDK side runs the whole
 * upload workflow (create, file source, PUT, completion) against a loopback server that discards
 * the bytes; the raw side PUTs the file with {@code RequestBody.create(File)}.
 *
 * <p>Run: {@code java -Xmx64m -cp 'sdk-benchmarks/target/classes:sdk-benchmarks/target/lib/*'
 * com.bytenite.sdk.benchmarks.UploadThroughput [sizeMiB=1024] [rounds=5]}
 */
public final class UploadThroughput {
    public static void main(String[] args) throws Exception {
        long sizeMiB = args.length > 0 ? Long.parseLong(args[0]) : 1024;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path file = Files.createTempFile("bytenite-bench", ".bin");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] block = new byte[1 << 20];
            for (int i = 0; i < block.length; i++) {
                block[i] = (byte) (i * 31);
            }
            for (long i = 0; i < sizeMiB; i++) {
                f.write(block);
            }
        }
        try (FakeCustomerServer server = new FakeCustomerServer();
                ByteNiteHttp http = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(server.baseUrl()).accessToken("bench-token").build())) {
            JobsClient jobs = new JobsClient(http);
            OkHttpClient raw = new OkHttpClient();
            double[] sdk = new double[rounds];
            double[] baseline = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                if (round % 2 == 0) {
                    sdk[round] = sdk(jobs, file, server, sizeMiB);
                    baseline[round] = raw(raw, server, file, sizeMiB);
                } else {
                    baseline[round] = raw(raw, server, file, sizeMiB);
                    sdk[round] = sdk(jobs, file, server, sizeMiB);
                }
            }
            double s = Stats.median(sdk);
            double r = Stats.median(baseline);
            Runtime rt = Runtime.getRuntime();
            System.out.printf("upload %d MiB x %d rounds: SDK median %.0f MiB/s, raw OkHttp median %.0f MiB/s, ratio %.3f; max heap %d MiB%n",
                    sizeMiB, rounds, s, r, s / r, rt.maxMemory() >> 20);
            raw.dispatcher().executorService().shutdown();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static double sdk(JobsClient jobs, Path file, FakeCustomerServer server, long sizeMiB) {
        long before = server.uploadedBytes.get();
        long start = System.nanoTime();
        jobs.create("t").source(DataSource.upload(file)).destination(DataDestination.bypass()).draft();
        return check(server, before, sizeMiB, start);
    }

    private static double raw(OkHttpClient client, FakeCustomerServer server, Path file, long sizeMiB) throws Exception {
        long before = server.uploadedBytes.get();
        long start = System.nanoTime();
        Request put = new Request.Builder().url(server.baseUrl() + "/upload/raw")
                .put(RequestBody.create(file.toFile(), MediaType.get("application/octet-stream"))).build();
        try (Response response = client.newCall(put).execute()) {
            if (!response.isSuccessful()) {
                throw new IllegalStateException("raw PUT failed: " + response.code());
            }
        }
        return check(server, before, sizeMiB, start);
    }

    private static double check(FakeCustomerServer server, long before, long sizeMiB, long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        long sent = server.uploadedBytes.get() - before;
        if (sent != sizeMiB << 20) {
            throw new IllegalStateException("server received " + sent + " bytes, expected " + (sizeMiB << 20));
        }
        return sizeMiB / seconds;
    }
}
