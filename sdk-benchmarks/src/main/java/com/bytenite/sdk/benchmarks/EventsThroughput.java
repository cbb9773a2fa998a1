package com.bytenite.sdk.benchmarks;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.jobs.EventStream;
import com.bytenite.sdk.jobs.EventsService;
import com.bytenite.sdk.jobs.JobEvent;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;

/**
 * Reading the account's event stream through {@code EventsService.stream()} against a raw okhttp-sse
 * reader. A loopback server answers {@code GET /v1/customer/events} with {@code events} job-state
 * events written as fast as the socket takes them, each stamped with {@code System.nanoTime()} in
 * its payload ({@code sentNanos}), then keeps the connection open and idle until the client leaves,
 * so neither side reconnects. Each round, in alternating order (after one warm-up round each):
 * <ul>
 *   <li>SDK: iterate {@code events} events from {@code events.stream()}, reading {@code sentNanos}
 *       from each event with {@code event.field("sentNanos")} (no copy of the whole payload);
 *   <li>raw: okhttp-sse's {@code EventSources.createFactory(client)} on a plain {@code OkHttpClient},
 *       whose listener parses each event's data with {@code JsonParser.parseString} and reads the
 *       same field, then cancels after {@code events} events.
 * </ul>
 * The result is each side's events per second (median over the rounds), its delivery latency
 * (receipt minus {@code sentNanos}, p50 and p99 over all events of all rounds; it includes the time
 * an event waits in the socket and client buffers) and the SDK/raw ratios. Last, the SDK's stream
 * is opened and left unread for 2 s: the heap used after GC before opening and after the wait
 * shows what unread events cost (the stream buffers a bounded number; the rest stays in the socket
 * and the server).
 *
 * <p>Run: {@code mvn -q -pl sdk-benchmarks -am package -DskipTests && java -cp
 * 'sdk-benchmarks/target/classes:sdk-benchmarks/target/lib/*' com.bytenite.sdk.benchmarks.EventsThroughput}
 */
public final class EventsThroughput {
    private static final double MIB = 1024.0 * 1024.0;

    /** Arguments: [events=100000] [rounds=5]. */
    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        OkHttpClient rawClient = new OkHttpClient();
        try (EventServer server = new EventServer(events);
                ByteNiteHttp http = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(server.baseUrl())
                        .accessToken("bench-token").build())) {
            EventsService service = new EventsService(http.context());
            EventSource.Factory factory = EventSources.createFactory(rawClient);
            Request request = new Request.Builder().url(server.baseUrl() + EventServer.PATH)
                    .header("Authorization", "bench-token").build();
            List<Side> sides = List.of(
                    new Side("SDK events()", events, rounds, latencies -> readSdk(service, latencies)),
                    new Side("raw okhttp-sse", events, rounds, latencies -> readRaw(factory, request, latencies)));
            for (Side side : sides) {
                side.warmUp(server);
            }
            for (int round = 0; round < rounds; round++) {
                for (int k = 0; k < sides.size(); k++) {
                    sides.get((round + k) % sides.size()).measure(server, round);
                }
            }
            report(events, rounds, sides.get(0), sides.get(1));
            reportUnreadHeap(server, service, events);
        } finally {
            rawClient.dispatcher().executorService().shutdown();
            rawClient.connectionPool().evictAll();
        }
    }

    private interface Reader {
        /** Reads {@code latencies.length} events, storing each one's delivery latency in nanoseconds. */
        void read(long[] latencies) throws Exception;
    }

    /** One way of reading the stream, with what its measured rounds recorded. */
    private static final class Side {
        final String name;
        final Reader reader;
        final int events;
        final double[] eventsPerSecond;
        final long[] latencies;

        Side(String name, int events, int rounds, Reader reader) {
            this.name = name;
            this.reader = reader;
            this.events = events;
            this.eventsPerSecond = new double[rounds];
            this.latencies = new long[events * rounds];
        }

        void warmUp(EventServer server) throws Exception {
            seconds(server, new long[events]);
        }

        void measure(EventServer server, int round) throws Exception {
            long[] roundLatencies = new long[events];
            eventsPerSecond[round] = events / seconds(server, roundLatencies);
            System.arraycopy(roundLatencies, 0, latencies, round * events, events);
        }

        private double seconds(EventServer server, long[] roundLatencies) throws Exception {
            long start = System.nanoTime();
            reader.read(roundLatencies);
            double seconds = (System.nanoTime() - start) / 1e9;
            server.hangUp();
            return seconds;
        }
    }

    private static void readSdk(EventsService service, long[] latencies) {
        try (EventStream stream = service.stream()) {
            Iterator<JobEvent> it = stream.iterator();
            for (int i = 0; i < latencies.length; i++) {
                latencies[i] = System.nanoTime() - it.next().field("sentNanos").orElseThrow().getAsLong();
            }
        }
    }

    private static void readRaw(EventSource.Factory factory, Request request, long[] latencies) throws InterruptedException {
        RawListener listener = new RawListener(latencies);
        factory.newEventSource(request, listener);
        listener.await();
    }

    /** Counts events on OkHttp's thread and cancels the source after the last one. */
    private static final class RawListener extends EventSourceListener {
        private final long[] latencies;
        private final CountDownLatch done = new CountDownLatch(1);
        private int count;
        private volatile RuntimeException failure;

        RawListener(long[] latencies) {
            this.latencies = latencies;
        }

        @Override
        public void onEvent(EventSource source, String id, String type, String data) {
            if (count == latencies.length) {
                return; // okhttp-sse 4.x still delivers what it had buffered when cancelled
            }
            long sent = JsonParser.parseString(data).getAsJsonObject().getAsJsonObject("result").getAsJsonObject("data")
                    .get("sentNanos").getAsLong();
            latencies[count++] = System.nanoTime() - sent;
            if (count == latencies.length) {
                source.cancel();
                done.countDown();
            }
        }

        @Override
        public void onFailure(EventSource source, Throwable t, Response response) {
            fail("failed (" + response + ")", t);
        }

        @Override
        public void onClosed(EventSource source) {
            fail("was closed by the server", null);
        }

        private void fail(String what, Throwable cause) {
            if (count < latencies.length) {
                failure = new IllegalStateException("the raw event stream " + what + " after " + count + " events", cause);
                done.countDown();
            }
        }

        void await() throws InterruptedException {
            done.await();
            if (failure != null) {
                throw failure;
            }
        }
    }

    private static void report(int events, int rounds, Side sdk, Side raw) {
        System.out.printf("events, %d events x %d rounds, the two readers alternating (events/s: median of the rounds;"
                + " delivery latency: all events of all rounds)%n", events, rounds);
        for (Side side : List.of(sdk, raw)) {
            System.out.printf("  %-16s %9.0f events/s   latency p50 %8.3f ms   p99 %8.3f ms%n", side.name,
                    Stats.median(side.eventsPerSecond), percentileMillis(side.latencies, 0.50), percentileMillis(side.latencies, 0.99));
        }
        System.out.printf("  SDK/raw: throughput %.3f, p99 latency %.3f%n",
                Stats.median(sdk.eventsPerSecond) / Stats.median(raw.eventsPerSecond),
                percentileMillis(sdk.latencies, 0.99) / percentileMillis(raw.latencies, 0.99));
    }

    /** The nearest-rank percentile, in milliseconds. */
    private static double percentileMillis(long[] nanos, double fraction) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(fraction * sorted.length) - 1)] / 1e6;
    }

    private static void reportUnreadHeap(EventServer server, EventsService service, int events) throws InterruptedException {
        long before = usedAfterGc();
        long after;
        EventStream unread = service.stream();
        try {
            Thread.sleep(2000);
            after = usedAfterGc();
        } finally {
            unread.close();
        }
        int written = server.written();
        server.hangUp();
        System.out.printf("SDK stream opened and left unread for 2 s (the server had written %d of %d events to the socket):"
                + " heap used after GC %.1f MiB before opening, %.1f MiB after (%+.1f MiB)%n",
                written, events, before / MIB, after / MIB, (after - before) / MIB);
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 2; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /**
     * Serves {@code GET /v1/customer/events} on 127.0.0.1: {@code events} SSE events as fast as the
     * socket takes them, then an open, idle connection until {@link #hangUp()}.
     */
    private static final class EventServer implements AutoCloseable {
        static final String PATH = "/v1/customer/events";
        private static final String DATA_PREFIX = "\nevent: job_state\ndata: {\"result\":{\"event\":\"job_state\",\"data\":{"
                + "\"@type\":\"type.googleapis.com/bytenite.events.JobStateChanged\",\"jobId\":\"j1\","
                + "\"state\":\"JOB_STATE_RUNNING\",\"sentNanos\":";

        private final HttpServer server;
        private final ExecutorService executor = Executors.newFixedThreadPool(4);
        private final int events;
        /** Released by {@link #hangUp()}; each connection waits on the one current when it opened. */
        private final AtomicReference<CountDownLatch> idle = new AtomicReference<>(new CountDownLatch(1));
        /** Events the latest connection has handed to the socket. */
        private final AtomicInteger written = new AtomicInteger();

        EventServer(int events) throws IOException {
            this.events = events;
            // Without TCP_NODELAY the last, partly filled chunk can wait for a delayed ACK.
            System.setProperty("sun.net.httpserver.nodelay", "true");
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(executor);
            server.createContext(PATH, this::stream);
            server.start();
        }

        String baseUrl() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        int written() {
            return written.get();
        }

        /** Ends the connections now idle; call it after the client has closed its stream. */
        void hangUp() {
            idle.getAndSet(new CountDownLatch(1)).countDown();
        }

        private void stream(HttpExchange ex) throws IOException {
            CountDownLatch hold = idle.get();
            ex.getResponseHeaders().set("Content-Type", "text/event-stream");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int id = 1; id <= events; id++) {
                    out.write(("id: " + id + DATA_PREFIX + System.nanoTime() + "}}}\n\n").getBytes(StandardCharsets.UTF_8));
                    written.lazySet(id);
                }
                out.flush();
                hold.await();
            } catch (IOException e) {
                // The client always closes first: after the last event, or with events still unsent when left unread.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() {
            hangUp();
            server.stop(0);
            executor.shutdownNow();
        }
    }
}
