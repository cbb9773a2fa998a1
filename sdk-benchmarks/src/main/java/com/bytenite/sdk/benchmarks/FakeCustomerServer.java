package com.bytenite.sdk.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Just enough of the Customer API on 127.0.0.1 for the benchmarks: a job document, the upload
 * workflow's data source answer with a tempUrl, and a PUT target that counts and discards bytes.
 * Whether the create applies a data source sent inline (as Local ByteNite does and ByteNite's
 * tutorial suggests; unconfirmed for the hosted API) is a setting, so both workflows can be measured.
 */
final class FakeCustomerServer implements AutoCloseable {
    static final String JOB = "{\"job\":{\"id\":\"bench-job\",\"templateId\":\"t\",\"name\":\"bench\",\"config\":{\"taskTimeout\":\"60\","
            + "\"jobTimeout\":\"600\",\"isTestJob\":true},\"priority\":\"EXECUTION_PRIORITY_UNDEFINED\",\"state\":\"JOB_STATE_RUNNING\","
            + "\"createdAt\":\"2025-12-09T19:56:17.981Z\",\"startedAt\":\"2025-12-09T19:56:17.981Z\",\"regions\":{\"blacklist\":[],\"whitelist\":[]},"
            + "\"dataSource\":{\"dataSourceDescriptor\":\"url\",\"params\":{\"@type\":\"type.googleapis.com/bytenite.data_source.HttpDataSource\","
            + "\"url\":\"https://example.com/in.txt\"}},\"params\":{\"partitioner\":{},\"app\":{\"case\":\"upper\"},\"assembler\":{}},"
            + "\"paymentAmount\":\"0.00022723\",\"numChunks\":\"4\",\"stateTimestamps\":{\"JOB_STATE_NEW\":\"2025-12-09T19:56:17.981Z\"}},"
            + "\"templateInfo\":{\"id\":\"t\",\"app\":\"hello@1.0\",\"partitioner\":\"passthrough\",\"assembler\":\"passthrough\"}}";

    private final HttpServer server;
    private final boolean appliesInlineSource;
    final AtomicLong uploadedBytes = new AtomicLong();

    FakeCustomerServer() throws IOException {
        this(false);
    }

    /** @param appliesInlineSource whether a create that carries a data source answers with it set (and its tempUrl) */
    FakeCustomerServer(boolean appliesInlineSource) throws IOException {
        this.appliesInlineSource = appliesInlineSource;
        // Without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs: 40 ms a call.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/upload", this::upload);
        server.createContext("/v1/customer", this::api);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void api(HttpExchange ex) throws IOException {
        String request = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = ex.getRequestURI().getPath();
        boolean inlineCreate = appliesInlineSource && path.endsWith("/jobs") && request.contains("\"dataSource\"");
        String body = path.endsWith("/datasource") || inlineCreate ? withFileSource()
                : path.endsWith("/uploadcompleted") ? "{}" : JOB;
        respond(ex, body);
    }

    /** The job with a {@code file} source holding the tempUrl, and a bypass destination. */
    private String withFileSource() {
        return JOB.replace("\"dataSource\":{\"dataSourceDescriptor\":\"url\",\"params\":{", "\"dataDestination\":{\"dataSourceDescriptor\":\"bypass\"},"
                + "\"dataSource\":{\"dataSourceDescriptor\":\"file\",\"params\":{\"tempUrl\":\"" + baseUrl() + "/upload/bench?sig=x\",");
    }

    private void upload(HttpExchange ex) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = ex.getRequestBody()) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                uploadedBytes.addAndGet(n);
            }
        }
        respond(ex, "");
    }

    private static void respond(HttpExchange ex, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(200, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Makes one raw call and returns its body; a status other than 2xx fails. */
    static String call(OkHttpClient client, Request.Builder request) throws IOException {
        try (Response response = client.newCall(request.build()).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("the fake server answered " + response.code());
            }
            return response.body().string();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
