package com.bytenite.sdk.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LocalByteNiteMainTest {
    @Test
    void helpPrintsEveryOptionAndStartsNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean start = LocalByteNiteMain.configure(LocalByteNite.builder(), new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(start).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--port", "--api-key", "--data-dir", "--workers", "--token-lifetime", "--host");
    }

    @Test
    void optionsConfigureTheServer() throws Exception {
        LocalByteNiteBuilder b = LocalByteNite.builder();
        assertThat(LocalByteNiteMain.configure(b, new String[] {"--api-key=k-main", "--workers", "3", "--api-key", "k-two"}, System.out)).isTrue();
        try (LocalByteNite local = b.start()) {
            assertThat(local.apiKey()).as("--name=value").isEqualTo("k-main");
            assertThat(new RawClient(local).call("POST", "/v1/auth/access_token", "{\"apiKey\":\"k-two\"}", false).code())
                    .as("a repeated --api-key adds a key").isEqualTo(200);
        }
    }

    @Test
    void badOptionsNameTheProblem() {
        assertThatThrownBy(() -> LocalByteNiteMain.configure(LocalByteNite.builder(), new String[] {"--port"}, System.out))
                .hasMessageContaining("--port needs a value");
        assertThatThrownBy(() -> LocalByteNiteMain.configure(LocalByteNite.builder(), new String[] {"--port", "http"}, System.out))
                .hasMessageContaining("--port expects a number");
        assertThatThrownBy(() -> LocalByteNiteMain.configure(LocalByteNite.builder(), new String[] {"--colour", "red"}, System.out))
                .hasMessageContaining("unknown option --colour");
        assertThatThrownBy(() -> LocalByteNiteMain.configure(LocalByteNite.builder(), new String[] {"--colour"}, System.out))
                .as("unknown, not 'needs a value'").hasMessageContaining("unknown option --colour");
        assertThatThrownBy(() -> LocalByteNiteMain.configure(LocalByteNite.builder(), new String[] {"--port=http"}, System.out))
                .hasMessageContaining("--port expects a number");
        assertThatThrownBy(() -> LocalByteNiteMain.configure(LocalByteNite.builder(), new String[] {"--executor", "cloud"}, System.out))
                .hasMessageContaining("unknown executor 'cloud'").hasMessageContaining("local");
        assertThatThrownBy(() -> LocalByteNiteMain.configure(LocalByteNite.builder(), new String[] {"--executor-option", "x=1"}, System.out))
                .hasMessageContaining("the local executor has no options");
        assertThatThrownBy(() -> LocalByteNiteMain.configure(LocalByteNite.builder(), new String[] {"--workers", "0"}, System.out))
                .hasMessageContaining("workers must be at least 1");
    }

    @Test
    void loopbackAddressesAreToldApartFromOthers() {
        assertThat(LocalByteNiteMain.isLoopback("http://127.0.0.1:8080")).isTrue();
        assertThat(LocalByteNiteMain.isLoopback("http://localhost:8080")).isTrue();
        assertThat(LocalByteNiteMain.isLoopback("http://[::1]:8080")).isTrue();
        assertThat(LocalByteNiteMain.isLoopback("http://192.168.49.1:8080")).isFalse();
        assertThat(LocalByteNiteMain.isLoopback("http://host.docker.internal:8080")).isFalse();
    }

    @Test
    void aPortAlreadyTakenFailsTheStartClearly() throws Exception {
        try (LocalByteNite first = LocalByteNite.builder().start()) {
            assertThatThrownBy(() -> LocalByteNite.builder().port(first.port()).start()).isInstanceOf(java.io.UncheckedIOException.class)
                    .hasMessage("port " + first.port() + " on 127.0.0.1 is already in use");
        }
    }
}
