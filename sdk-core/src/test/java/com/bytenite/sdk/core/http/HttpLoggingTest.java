package com.bytenite.sdk.core.http;

import static com.bytenite.sdk.core.testing.TestServers.json;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.bytenite.sdk.core.HttpLogging;
import com.bytenite.sdk.core.testing.Calls;
import com.bytenite.sdk.core.testing.Canary;
import com.bytenite.sdk.core.testing.LogCapture;
import com.bytenite.sdk.core.testing.TestServers;
import java.util.List;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What each {@link HttpLogging} setting writes to {@code com.bytenite.sdk.http}. */
class HttpLoggingTest {
    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private List<ILoggingEvent> exchangeLines(HttpLogging level) {
        server.enqueue(json(200, "{\"echo\":\"" + Canary.TOKEN + "\"}")); // the stack's own credential, echoed
        try (LogCapture logs = new LogCapture();
                ByteNiteHttp http = ByteNiteHttp.create(TestServers.config(server).accessToken(Canary.TOKEN).httpLogging(level).build())) {
            Calls.get(http, "/v1/customer/info");
            return logs.events().stream().filter(e -> e.getLoggerName().equals("com.bytenite.sdk.http")).toList();
        }
    }

    @Test
    void offWritesNothing() {
        assertThat(exchangeLines(HttpLogging.OFF)).isEmpty();
    }

    @Test
    void infoWritesOneInfoLinePerExchangeAndNoBody() {
        List<ILoggingEvent> lines = exchangeLines(HttpLogging.INFO);
        assertThat(lines).singleElement().satisfies(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.INFO);
            assertThat(e.getFormattedMessage()).startsWith("GET ").contains("/v1/customer/info -> 200");
        });
    }

    @Test
    void debugWritesTheLineAtDebugAndTheMaskedBodyAtTrace() {
        List<ILoggingEvent> lines = exchangeLines(HttpLogging.DEBUG);
        assertThat(lines).extracting(ILoggingEvent::getLevel).containsExactly(Level.DEBUG, Level.TRACE);
        assertThat(lines.get(1).getFormattedMessage()).contains("response body").doesNotContain(Canary.TOKEN);
    }
}
