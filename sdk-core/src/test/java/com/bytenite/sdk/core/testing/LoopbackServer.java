package com.bytenite.sdk.core.testing;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import java.io.IOException;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A MockWebServer on 127.0.0.1 and a {@link ByteNiteHttp} pointed at it with a static canary token,
 * started before and closed after each test:
 *
 * <pre>{@code @RegisterExtension final LoopbackServer loopback = new LoopbackServer();}</pre>
 */
public final class LoopbackServer implements BeforeEachCallback, AfterEachCallback {
    private MockWebServer server;
    private ByteNiteHttp http;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        server = new MockWebServer();
        server.start();
        http = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(TestServers.baseUrl(server)).accessToken(Canary.TOKEN).build());
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        http.close();
        server.shutdown();
    }

    public MockWebServer server() {
        return server;
    }

    /** Sends {@link Canary#TOKEN} as the access token; never exchanges an API key. */
    public ByteNiteHttp http() {
        return http;
    }
}
