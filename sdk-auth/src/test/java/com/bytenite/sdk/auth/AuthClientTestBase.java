package com.bytenite.sdk.auth;

import com.bytenite.sdk.core.testing.LoopbackServer;
import com.bytenite.sdk.core.testing.MutableClock;
import com.bytenite.sdk.core.testing.SpecContract;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An {@link AuthClient} on a loopback server, with the auth spec's documented examples. */
abstract class AuthClientTestBase {
    @RegisterExtension
    final LoopbackServer loopback;
    /** The stack's clock under test time; null under real time. */
    final MutableClock clock;
    MockWebServer server;
    AuthClient auth;
    SpecContract docs;

    /** Real time. */
    AuthClientTestBase() {
        this.clock = null;
        this.loopback = new LoopbackServer();
    }

    /** Test time: the stack reads {@code clock}. */
    AuthClientTestBase(MutableClock clock) {
        this.clock = clock;
        this.loopback = new LoopbackServer(clock);
    }

    @BeforeEach
    final void wireAuthClient() throws Exception {
        server = loopback.server();
        auth = new AuthClient(loopback.http());
        docs = Recorded.docs();
    }
}
