package com.bytenite.sdk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Hundreds of clients keep their connections open between calls. The JDK server closes a connection
 * that goes idle once 200 others are idle, just after answering on it, so the client's next call on
 * it meets a reset: a call that must not repeat then fails. Found with 200 services each waiting on
 * a job. The server runs in a JVM of its own because the JDK server's limits are read once per JVM,
 * by the first server any test starts.
 */
@EnabledOnOs(OS.LINUX)
class ManyConnectionsTest {
    private static final int CONNECTIONS = 300;

    @Test
    void keptAliveConnectionsBeyondTwoHundredStayUsable() throws IOException {
        try (ServerProcess local = ServerProcess.start(Map.of(), "--api-key", "many-connections")) {
            URI base = URI.create(local.baseUrl());
            List<Socket> sockets = new ArrayList<>();
            try {
                for (int i = 0; i < CONNECTIONS; i++) {
                    Socket socket = new Socket();
                    socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
                    socket.setSoTimeout(5_000);
                    sockets.add(socket);
                }
                for (Socket socket : sockets) {
                    assertThat(exchange(socket)).startsWith("HTTP/1.1 401");
                }
                int usable = 0;
                for (Socket socket : sockets) {
                    try {
                        if (exchange(socket).startsWith("HTTP/1.1 401")) {
                            usable++;
                        }
                    } catch (IOException closed) {
                        // counted as unusable below
                    }
                }
                assertThat(usable).as("connections still answering a second request").isEqualTo(CONNECTIONS);
            } finally {
                for (Socket socket : sockets) {
                    socket.close();
                }
            }
        }
    }

    /** One unauthenticated GET on a kept-alive connection; returns the head of the answer. */
    private static String exchange(Socket socket) throws IOException {
        socket.getOutputStream().write("GET /v1/customer/info HTTP/1.1\r\nHost: local\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        InputStream in = socket.getInputStream();
        String head = readHead(in);
        int length = Integer.parseInt(header(head, "content-length"));
        if (in.readNBytes(length).length != length) {
            throw new IOException("body cut short");
        }
        return head;
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed");
            }
            head.write(b);
            matched = (b == '\r' || b == '\n') && "\r\n\r\n".charAt(matched) == b ? matched + 1 : 0;
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    private static String header(String head, String name) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        throw new AssertionError("no " + name + " in " + head);
    }
}
