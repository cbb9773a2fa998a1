package com.bytenite.sdk.benchmarks;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.jobs.DataDestination;
import com.bytenite.sdk.jobs.DataSource;
import com.bytenite.sdk.jobs.JobsService;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Targets: upload throughput at least 90% of a raw OkHttp streaming PUT of the same file, and
 * constant memory (run it with {@code -Xmx64m} and a 1 GiB file). Four sides, in rotating order:
 * <ul>
 *   <li>SDK, inline: the whole upload workflow against a server that applies a data source sent with
 *       the create (as Local ByteNite does): create, PUT, completion;
 *   <li>SDK, separate: against a server that does not: create, file source, PUT, completion;
 *   <li>raw workflow: the inline workflow's three exchanges by hand with raw OkHttp, the floor of
 *       any client of the API;
 *   <li>raw PUT: {@code RequestBody.create(File)} alone.
 * </ul>
 * The servers are loopback fakes that discard the bytes.
 *
 * <p>Run: {@code java -Xmx64m -cp 'sdk-benchmarks/target/classes:sdk-benchmarks/target/lib/*'
 * com.bytenite.sdk.benchmarks.UploadThroughput [sizeMiB=1024] [rounds=5]}
 */
public final class UploadThroughput {
    private static final MediaType OCTET_STREAM = MediaType.get("application/octet-stream");

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
        try (FakeCustomerServer inline = new FakeCustomerServer(true);
                FakeCustomerServer separate = new FakeCustomerServer(false);
                ByteNiteHttp inlineHttp = http(inline);
                ByteNiteHttp separateHttp = http(separate)) {
            JobsService inlineJobs = new JobsService(inlineHttp.context());
            JobsService separateJobs = new JobsService(separateHttp.context());
            OkHttpClient raw = new OkHttpClient();
            List<Stats.Timed> sides = List.of(
                    () -> sdk(inlineJobs, file),
                    () -> sdk(separateJobs, file),
                    () -> rawWorkflow(raw, inline, file),
                    () -> rawPut(raw, inline, file));
            List<FakeCustomerServer> serverOf = List.of(inline, separate, inline, inline);
            double[][] rates = new double[sides.size()][rounds];
            for (int round = 0; round < rounds; round++) {
                for (int k = 0; k < sides.size(); k++) {
                    int side = (round + k) % sides.size();
                    rates[side][round] = mibPerSecond(sides.get(side), serverOf.get(side), sizeMiB);
                }
            }
            double sdkInline = Stats.median(rates[0]);
            double sdkSeparate = Stats.median(rates[1]);
            double rawFlow = Stats.median(rates[2]);
            double put = Stats.median(rates[3]);
            System.out.printf("upload %d MiB x %d rounds, medians in MiB/s: SDK inline %.0f, SDK separate %.0f, raw workflow %.0f, raw PUT %.0f; "
                    + "SDK inline / raw PUT %.2f, SDK separate / raw PUT %.2f, raw workflow / raw PUT %.2f, SDK inline / raw workflow %.2f; "
                    + "max heap %d MiB%n", sizeMiB, rounds, sdkInline, sdkSeparate, rawFlow, put, sdkInline / put, sdkSeparate / put, rawFlow / put,
                    sdkInline / rawFlow, Runtime.getRuntime().maxMemory() >> 20);
            raw.dispatcher().executorService().shutdown();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static ByteNiteHttp http(FakeCustomerServer server) {
        return ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(server.baseUrl()).accessToken("bench-token").build());
    }

    private static void sdk(JobsService jobs, Path file) {
        jobs.create("t").source(DataSource.upload(file)).destination(DataDestination.bypass()).draft();
    }

    private static void rawWorkflow(OkHttpClient client, FakeCustomerServer server, Path file) throws IOException {
        String jobs = server.baseUrl() + "/v1/customer/jobs";
        String created = FakeCustomerServer.call(client, new Request.Builder().url(jobs).post(RequestBody.create(
                "{\"templateId\":\"t\",\"dataSource\":{\"dataSourceDescriptor\":\"file\"},\"dataDestination\":{\"dataSourceDescriptor\":\"bypass\"}}",
                MediaType.get("application/json"))));
        String tempUrl = JsonParser.parseString(created).getAsJsonObject().getAsJsonObject("job").getAsJsonObject("dataSource")
                .getAsJsonObject("params").get("tempUrl").getAsString();
        FakeCustomerServer.call(client, new Request.Builder().url(tempUrl).put(RequestBody.create(file.toFile(), OCTET_STREAM)));
        FakeCustomerServer.call(client, new Request.Builder().url(jobs + "/bench-job/uploadcompleted").post(RequestBody.create("{}", MediaType.get("application/json"))));
    }

    private static void rawPut(OkHttpClient client, FakeCustomerServer server, Path file) throws IOException {
        FakeCustomerServer.call(client, new Request.Builder().url(server.baseUrl() + "/upload/raw").put(RequestBody.create(file.toFile(), OCTET_STREAM)));
    }

    /** Runs one side once and checks that the server received the whole file. */
    private static double mibPerSecond(Stats.Timed side, FakeCustomerServer server, long sizeMiB) throws Exception {
        long before = server.uploadedBytes.get();
        double seconds = Stats.millis(side) / 1000;
        long sent = server.uploadedBytes.get() - before;
        if (sent != sizeMiB << 20) {
            throw new IllegalStateException("server received " + sent + " bytes, expected " + (sizeMiB << 20));
        }
        return sizeMiB / seconds;
    }
}
