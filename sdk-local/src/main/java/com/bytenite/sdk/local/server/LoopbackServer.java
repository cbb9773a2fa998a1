package com.bytenite.sdk.local.server;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK's HTTP server ({@code com.sun.net.httpserver}) bound to one address. Chosen over a library
 * because it ships with every JDK 17, costs no dependency, and handles what a local server needs:
 * keep-alive, chunked streams for events, streamed uploads.
 */
public final class LoopbackServer {
    private final HttpServer server;
    private final ExecutorService threads;

    private LoopbackServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /** Binds {@code host:port} (0 for any free port) and starts answering. */
    public static LoopbackServer start(String host, int port, Router router, Authenticator authenticator) throws IOException {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs:
        // about 40 ms per small answer. Only set when the embedding application has not chosen.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        AtomicInteger n = new AtomicInteger();
        // Unbounded because event streams hold a thread each for as long as the client listens.
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "local-bytenite-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", new HttpFront(router, authenticator));
        server.start();
        return new LoopbackServer(server, threads);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String baseUrl() {
        String host = server.getAddress().getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
    }

    public void stop() {
        server.stop(0);
        threads.shutdownNow();
    }
}
