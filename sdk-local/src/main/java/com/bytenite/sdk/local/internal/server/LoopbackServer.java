package com.bytenite.sdk.local.internal.server;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * The JDK's HTTP server ({@code com.sun.net.httpserver}) bound to one address. Chosen over a library
 * because it ships with every JDK 17, costs no dependency, and handles what a local server needs:
 * keep-alive, chunked streams for events, streamed uploads. Its threads are bounded by the
 * settings, never by the number of clients: requests queue for a fixed set of request threads, and
 * each open event stream holds one of a bounded set of stream threads.
 */
public final class LoopbackServer {
    private static final Logger LOG = Logger.getLogger(LoopbackServer.class.getName());

    /**
     * @param publicUrl the base URL clients reach this server at, used in the links it hands out;
     *     null for the bound address (127.0.0.1 when bound to every address)
     * @param requestThreads threads answering requests; more requests wait in a queue
     * @param eventStreams event streams open at once; one more is answered 503
     */
    public record Settings(String host, int port, String publicUrl, BodyLimits limits, int requestThreads, int eventStreams) {
    }

    /** Idle kept-alive connections the server keeps open; the JDK server closes them after 30 s idle. */
    private static final int MAX_IDLE_CONNECTIONS = 4096;
    /** Connections waiting to be accepted (the JDK's default is 50); the kernel may cap it lower. */
    private static final int BACKLOG = 1024;

    private final HttpServer server;
    private final ExecutorService requests;
    private final ExecutorService streams;
    private final String baseUrl;

    private LoopbackServer(HttpServer server, ExecutorService requests, ExecutorService streams, String baseUrl) {
        this.server = server;
        this.requests = requests;
        this.streams = streams;
        this.baseUrl = baseUrl;
    }

    /** Binds {@code host:port} (0 for any free port) and starts answering. */
    public static LoopbackServer start(Settings settings, Router router, Authenticator authenticator) throws IOException {
        configureJdkServer();
        HttpServer server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), BACKLOG);
        InetSocketAddress bound = server.getAddress();
        if (!bound.getAddress().isLoopbackAddress()) {
            LOG.warning("Local ByteNite is bound to " + settings.host() + ", not to loopback: anyone who can reach "
                    + "this address can call it with a valid API key, and download results and upload inputs with their links");
        }
        String baseUrl = settings.publicUrl() != null ? stripSlash(settings.publicUrl()) : boundUrl(bound);
        ExecutorService requests = Executors.newFixedThreadPool(settings.requestThreads(), daemon("local-bytenite-http-"));
        ExecutorService streams = new ThreadPoolExecutor(0, settings.eventStreams(), 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                daemon("local-bytenite-events-"));
        server.setExecutor(requests);
        server.createContext("/", new HttpFront(router, authenticator, settings, baseUrl, streams));
        server.start();
        return new LoopbackServer(server, requests, streams, baseUrl);
    }

    /**
     * Sets the JDK server's JVM-wide options this server depends on, unless the embedding application
     * has chosen them. They are read once per JVM, when its first JDK HTTP server starts, so an
     * application that started one earlier keeps the JDK's defaults.
     */
    private static void configureJdkServer() {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs:
        // about 40 ms per small answer.
        setUnlessChosen("sun.net.httpserver.nodelay", "true");
        // The JDK server drains an unread body (up to 64 KiB) before ending an exchange, blocking on a
        // client that never sends it. HttpFront settles unread bodies itself, so no drain is needed.
        setUnlessChosen("sun.net.httpserver.drainAmount", "0");
        // With 200 connections idle (the JDK's default), the server closes each further one just
        // after answering on it; the client, which saw a kept-alive answer, sends its next call into
        // a reset, and a call that must not repeat fails. Hundreds of waiting services reach that.
        setUnlessChosen("sun.net.httpserver.maxIdleConnections", Integer.toString(MAX_IDLE_CONNECTIONS));
    }

    private static void setUnlessChosen(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static String boundUrl(InetSocketAddress bound) {
        InetAddress address = bound.getAddress();
        String host = address.isAnyLocalAddress() ? "127.0.0.1" : address.getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + bound.getPort();
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The base URL clients use, and the one in every link this server hands out. */
    public String baseUrl() {
        return baseUrl;
    }

    public void stop() {
        server.stop(0);
        requests.shutdownNow();
        streams.shutdownNow();
    }
}
