package com.bytenite.sdk.auth;

import com.bytenite.sdk.core.testing.LoopbackServer;
import com.bytenite.sdk.core.testing.MutableClock;
import com.bytenite.sdk.core.testing.SpecContract;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An {@link AuthService} on a loopback server, with the auth spec's documented examples. */
abstract class AuthServiceTestBase {
    @RegisterExtension
    final LoopbackServer loopback;
    /** The stack's clock under test time; null under real time. */
    final MutableClock clock;
    MockWebServer server;
    AuthService auth;
    SpecContract docs;

    /** Real time. */
    AuthServiceTestBase() {
        this.clock = null;
        this.loopback = new LoopbackServer();
    }

    /** Test time: the stack reads {@code clock}. */
    AuthServiceTestBase(MutableClock clock) {
        this.clock = clock;
        this.loopback = new LoopbackServer(clock);
    }

    @BeforeEach
    final void wireAuthService() throws Exception {
        server = loopback.server();
        auth = new AuthService(loopback.http().context());
        docs = Recorded.docs();
    }
}
