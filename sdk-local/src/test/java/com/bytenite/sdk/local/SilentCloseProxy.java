package com.bytenite.sdk.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback proxy that serves one request per connection and then closes it without a
 * {@code Connection: close}: as an HTTP/1.0 server does (its answers say {@code HTTP/1.0}), or
 * silently, as a load balancer whose idle timeout has passed does. Records the request line of
 * everything that reached the server behind it.
 */
final class SilentCloseProxy implements AutoCloseable {
    /** How the proxy's answers look. */
    enum Mode {
        /** {@code HTTP/1.0} status lines, no keep-alive: the answer itself says the connection ends. */
        HTTP_1_0,
        /** {@code HTTP/1.1} status lines: nothing says the connection ends. */
        SILENT
    }

    private final Mode mode;
    private final ServerSocket listener;
    private volatile URI upstream;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    /** Listening at once, so its address can be configured before the server behind it starts. */
    SilentCloseProxy(Mode mode) throws IOException {
        this.mode = mode;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::acceptLoop, "silent-close-proxy");
        accept.setDaemon(true);
        accept.start();
    }

    void forwardTo(String upstreamBaseUrl) {
        this.upstream = URI.create(upstreamBaseUrl);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + listener.getLocalPort();
    }

    /** The request lines ({@code METHOD /path}) that reached the server, in order. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Thread t = new Thread(() -> serveOnce(client), "silent-close-proxy-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serveOnce(Socket client) {
        try (client; Socket server = new Socket(upstream.getHost(), upstream.getPort())) {
            InputStream fromClient = client.getInputStream();
            String head = readHead(fromClient);
            if (head == null) {
                return;
            }
            String requestLine = head.substring(0, head.indexOf("\r\n"));
            String[] parts = requestLine.split(" ");
            requests.add(parts[0] + " " + parts[1]);
            OutputStream toServer = server.getOutputStream();
            toServer.write((withoutConnectionHeader(head) + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            toServer.flush();
            Thread body = new Thread(() -> pipe(fromClient, toServer), "silent-close-proxy-body");
            body.setDaemon(true);
            body.start();
            InputStream fromServer = server.getInputStream();
            String responseHead = readHead(fromServer);
            if (responseHead == null) {
                return;
            }
            OutputStream toClient = client.getOutputStream();
            String answerHead = withoutConnectionHeader(responseHead);
            if (mode == Mode.HTTP_1_0) {
                answerHead = answerHead.replaceFirst("^HTTP/1\\.1 ", "HTTP/1.0 ");
            }
            toClient.write((answerHead + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            long length = contentLength(answerHead);
            if (length >= 0) {
                // As a server that closes right after answering: the close follows the last byte at once.
                toClient.write(fromServer.readNBytes((int) length));
            } else {
                fromServer.transferTo(toClient);
            }
            toClient.flush();
        } catch (IOException e) {
            // The client or the server went away: the connection ends either way.
        }
    }

    /** The head up to and without its final empty line, or null when the stream ended first. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        for (int b; (b = in.read()) >= 0; ) {
            head.write(b);
            matched = (b == '\r' && matched % 2 == 0) || (b == '\n' && matched % 2 == 1) ? matched + 1 : 0;
            if (matched == 4) {
                String text = head.toString(StandardCharsets.ISO_8859_1);
                return text.substring(0, text.length() - 2);
            }
        }
        return null;
    }

    /** The answer's declared body length, or -1 when it has none (chunked, or read to the end). */
    private static long contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                return Long.parseLong(line.substring("content-length:".length()).trim());
            }
        }
        return -1;
    }

    private static String withoutConnectionHeader(String head) {
        StringBuilder out = new StringBuilder();
        for (String line : head.split("\r\n")) {
            if (!line.toLowerCase(java.util.Locale.ROOT).startsWith("connection:")) {
                out.append(line).append("\r\n");
            }
        }
        return out.toString();
    }

    private static void pipe(InputStream in, OutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            // Ends when either side closes.
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
