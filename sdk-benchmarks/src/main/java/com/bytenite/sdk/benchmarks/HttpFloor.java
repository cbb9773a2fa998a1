package com.bytenite.sdk.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The least HTTP any client of ByteNite's API needs for one uploaded job, made by raw OkHttp against
 * a server that answers at once ({@link FakeCustomerServer}): create (with the data source inline),
 * PUT the input, upload completed, run, and one GET of the ended job. It is what the SDK and Local
 * ByteNite could not go below even if neither spent anything of its own.
 */
final class HttpFloor implements AutoCloseable {
    static final int EXCHANGES = 5;
    private static final MediaType JSON = MediaType.get("application/json");

    private final FakeCustomerServer server;
    private final OkHttpClient client;
    private final String api;

    HttpFloor() throws IOException {
        server = new FakeCustomerServer();
        // As many idle connections as the SDK's default pool keeps, so neither side opens connections after warm-up.
        client = new OkHttpClient.Builder().connectionPool(new ConnectionPool(64, 5, TimeUnit.MINUTES)).build();
        api = server.baseUrl() + "/v1/customer/jobs";
    }

    /** The five exchanges of one job, one after the other. */
    void oneJob(byte[] input) throws IOException {
        FakeCustomerServer.call(client, new Request.Builder().url(api).post(RequestBody.create("{\"templateId\":\"t\",\"dataSource\":{\"dataSourceDescriptor\":\"file\"}}", JSON)));
        FakeCustomerServer.call(client, new Request.Builder().url(server.baseUrl() + "/upload/floor").put(RequestBody.create(input, MediaType.get("application/octet-stream"))));
        FakeCustomerServer.call(client, new Request.Builder().url(api + "/bench-job/uploadcompleted").post(RequestBody.create("{}", JSON)));
        FakeCustomerServer.call(client, new Request.Builder().url(api + "/bench-job/run").post(RequestBody.create("{\"config\":{}}", JSON)));
        FakeCustomerServer.call(client, new Request.Builder().url(api + "/bench-job"));
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
        server.close();
    }
}
