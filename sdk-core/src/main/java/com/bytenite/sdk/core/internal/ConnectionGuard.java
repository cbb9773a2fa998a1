package com.bytenite.sdk.core.internal;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;

/**
 * Keeps OkHttp from sending anything the SDK's retry policy did not decide to send, and from
 * sending on connections the server has already closed. A network interceptor, so it sees each
 * connection and each raw response:
 *
 * <ul>
 *   <li>Before a call that must not be repeated goes out on a reused connection, it checks that
 *       the server has not closed that connection while it sat in the pool (as servers that close
 *       after every answer, and load balancers with short idle timeouts, do). A closed one fails
 *       with {@link StaleConnectionException} before a byte is written, which the retry policy
 *       treats as never sent.
 *   <li>An HTTP/1.0 answer without {@code Connection: keep-alive} ends its connection: the socket
 *       is closed with the body, so the pool never hands it out again. (OkHttp itself honours
 *       {@code Connection: close}.)
 *   <li>A 307 or 308 answer to a call that must not be repeated has its {@code Location} moved to
 *       {@value #UNFOLLOWED_LOCATION}: OkHttp would otherwise send the same request, body included,
 *       to the new address, so a job create could happen twice. The caller gets the 307/308 as an
 *       error naming the address instead. Idempotent calls follow redirects as usual.
 *   <li>A 503's {@code Retry-After} is moved to {@value RetryAfter#MOVED_HEADER}, where only the
 *       SDK reads it: OkHttp's own follow-up logic would otherwise resend any request, a job
 *       create included, on {@code Retry-After: 0}, and fail with a NumberFormatException on
 *       values beyond an int.
 * </ul>
 */
final class ConnectionGuard implements Interceptor {
    /** Where a 307/308 to a call that must not be repeated pointed; OkHttp does not see it there. */
    static final String UNFOLLOWED_LOCATION = "X-ByteNite-Unfollowed-Location";

    private final Set<Connection> used = Collections.newSetFromMap(new WeakHashMap<>());

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Connection connection = chain.connection();
        // HTTP/2 multiplexes calls over one socket: reading it here would steal another call's frames.
        if (connection != null && connection.protocol() != Protocol.HTTP_2 && firstUseOf(connection) == Use.AGAIN
                && !RetryPolicy.isIdempotent(request)) {
            refuseIfClosedByPeer(connection.socket());
        }
        Response response = chain.proceed(request);
        if ((response.code() == 307 || response.code() == 308) && response.header("Location") != null
                && !RetryPolicy.isIdempotent(request)) {
            response = response.newBuilder().removeHeader("Location")
                    .header(UNFOLLOWED_LOCATION, response.header("Location")).build();
        }
        if (response.code() == 503 && response.header("Retry-After") != null) {
            response = response.newBuilder().removeHeader("Retry-After")
                    .header(RetryAfter.MOVED_HEADER, response.header("Retry-After")).build();
        }
        if (connection != null && endsConnection(response)) {
            response = closingSocketWithBody(response, connection.socket());
        }
        return response;
    }

    private enum Use { FIRST, AGAIN }

    private Use firstUseOf(Connection connection) {
        synchronized (used) {
            return used.add(connection) ? Use.FIRST : Use.AGAIN;
        }
    }

    /**
     * The pool's own check for this (a 1 ms read) runs only after ten idle seconds; a server that
     * closes right after answering is caught here instead. An idle HTTP/1.1 connection has nothing
     * to read: end of stream means the server closed it, nothing to read means it is still open.
     * A channel-backed socket ({@link ChannelSocketFactory}) answers at once; another socket (a TLS
     * one, or a user's) takes a 1 ms timed read.
     */
    private static void refuseIfClosedByPeer(Socket socket) throws IOException {
        boolean closed = socket.getChannel() != null ? closedNow(socket.getChannel()) : closedWithin1Ms(socket);
        if (closed) {
            socket.close();
            throw new StaleConnectionException("the server had closed this pooled connection; nothing was sent on it");
        }
    }

    private static boolean closedNow(SocketChannel channel) throws IOException {
        synchronized (channel.blockingLock()) {
            channel.configureBlocking(false);
            try {
                // End of stream (closed), or a byte nobody asked for (broken): either way, unusable.
                return channel.read(ByteBuffer.allocate(1)) != 0;
            } catch (IOException reset) {
                return true;
            } finally {
                if (channel.isOpen()) {
                    channel.configureBlocking(true);
                }
            }
        }
    }

    private static boolean closedWithin1Ms(Socket socket) throws IOException {
        int timeout = socket.getSoTimeout();
        boolean closed;
        try {
            socket.setSoTimeout(1);
            // End of stream (closed), or a byte nobody asked for (broken): either way, unusable.
            socket.getInputStream().read();
            closed = true;
        } catch (SocketTimeoutException open) {
            closed = false;
        } catch (IOException reset) {
            closed = true;
        } finally {
            if (!socket.isClosed()) {
                socket.setSoTimeout(timeout);
            }
        }
        return closed;
    }

    private static boolean endsConnection(Response response) {
        return response.protocol() == Protocol.HTTP_1_0 && !"keep-alive".equalsIgnoreCase(response.header("Connection"));
    }

    private static Response closingSocketWithBody(Response response, Socket socket) {
        ResponseBody body = response.body();
        if (body == null) {
            return response;
        }
        BufferedSource closing = Okio.buffer(new ForwardingSource(body.source()) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    socket.close();
                }
            }
        });
        return response.newBuilder().body(ResponseBody.create(closing, body.contentType(), body.contentLength())).build();
    }
}
