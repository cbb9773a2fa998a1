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
    private final MutableClock clock;
    private final RecordingSleeper sleeper;
    private MockWebServer server;
    private ByteNiteHttp http;

    /** Real time: the stack sleeps for real between retries. */
    public LoopbackServer() {
        this.clock = null;
        this.sleeper = null;
    }

    /** Test time: the stack reads {@code clock} and waits through {@code sleeper}, which advances it. */
    public LoopbackServer(MutableClock clock) {
        this.clock = clock;
        this.sleeper = new RecordingSleeper(clock);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        server = new MockWebServer();
        server.start();
        http = connect(ByteNiteConfig.builder().baseUrl(TestServers.baseUrl(server)).accessToken(Canary.TOKEN).build());
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        http.close();
        server.shutdown();
    }

    /** Another stack on the same server and time, for a different configuration (an API key, say). */
    public ByteNiteHttp connect(ByteNiteConfig config) {
        ByteNiteHttp.Builder b = ByteNiteHttp.builder(config);
        if (clock != null) {
            b.clock(clock).sleeper(sleeper);
        }
        return b.build();
    }

    /** The waits the stack asked for; only with a test clock. */
    public RecordingSleeper sleeper() {
        return sleeper;
    }

    public MockWebServer server() {
        return server;
    }

    /** Sends {@link Canary#TOKEN} as the access token; never exchanges an API key. */
    public ByteNiteHttp http() {
        return http;
    }
}
