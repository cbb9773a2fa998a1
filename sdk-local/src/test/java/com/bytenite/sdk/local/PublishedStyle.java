package com.bytenite.sdk.local;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * What the tests of the {@code published-style} Python components share, here and in the
 * Kubernetes executor's module (through this module's test jar).
 */
public final class PublishedStyle {
    private PublishedStyle() {
    }

    /** Skips the test when this machine has no {@code python3}, which runs the components as ByteNite's images would. */
    public static void assumePython() throws InterruptedException {
        boolean present;
        try {
            present = new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (IOException e) {
            present = false;
        }
        assumeTrue(present, "these components are Python scripts run with this machine's python3, as ByteNite's are");
    }

    /**
     * A web site on 127.0.0.1 for the scraping pipeline: {@code /urls.json} lists three of its pages,
     * and each page's text is {@code page <path>}.
     */
    public static final class PageSite implements AutoCloseable {
        private final HttpServer server;
        private final String base;

        /** Starts the site. */
        public PageSite() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            base = "http://127.0.0.1:" + server.getAddress().getPort();
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                byte[] body = (path.equals("/urls.json") ? "[\"" + base + "/p/1\",\"" + base + "/p/2\",\"" + base + "/p/3\"]" : "page " + path)
                        .getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
        }

        /** The URL of the page list. */
        public String urlList() {
            return base + "/urls.json";
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
