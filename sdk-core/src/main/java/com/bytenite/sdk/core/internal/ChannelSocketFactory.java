package com.bytenite.sdk.core.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.SocketChannel;
import javax.net.SocketFactory;

/**
 * Plain sockets backed by a {@link SocketChannel}, so that {@link ConnectionGuard} can check a
 * pooled connection for a server's close without waiting: a non-blocking read answers at once,
 * where a timed read on a plain socket waits at least a millisecond when the connection is fine.
 * OkHttp uses them as any socket (blocking streams, timeouts); TLS connections are layered over
 * them as usual.
 */
final class ChannelSocketFactory extends SocketFactory {
    @Override
    public Socket createSocket() throws IOException {
        return SocketChannel.open().socket();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return connected(new InetSocketAddress(address, port), new InetSocketAddress(localAddress, localPort));
    }

    private Socket connected(InetSocketAddress address) throws IOException {
        return connected(address, null);
    }

    /** A channel-backed socket connected to {@code address}, bound first to {@code local} unless null. */
    private Socket connected(InetSocketAddress address, InetSocketAddress local) throws IOException {
        Socket s = createSocket();
        if (local != null) {
            s.bind(local);
        }
        s.connect(address);
        return s;
    }
}
