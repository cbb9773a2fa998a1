package com.bytenite.sdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ByteNiteConfigTest {
    @Test
    void fromEnvReadsEveryVariable() {
        ByteNiteConfig c = ByteNiteConfig.fromEnv(Map.of(
                "BYTENITE_API_KEY", "key-1",
                "BYTENITE_ACCESS_TOKEN", "tok-1",
                "BYTENITE_BASE_URL", "https://eu.example.com:8443",
                "BYTENITE_CUSTOMER_ROUTE", "computing",
                "BYTENITE_AUTH_SCHEME", "Bearer",
                "BYTENITE_ALLOW_INSECURE_HTTP", "false"));
        assertThat(c.apiKey()).contains("key-1");
        assertThat(c.accessToken()).contains("tok-1");
        assertThat(c.baseUrl().toString()).isEqualTo("https://eu.example.com:8443/");
        assertThat(c.customerRoute()).isEqualTo(CustomerRoute.COMPUTING);
        assertThat(c.authScheme()).isEqualTo(AuthScheme.BEARER);
        assertThat(c.apiBaseUrl(c.customerRoute().segment())).isEqualTo("https://eu.example.com:8443/v1/computing");
    }

    @Test
    void defaultsMatchTheDocumentation() {
        ByteNiteConfig c = ByteNiteConfig.fromEnv(Map.of("BYTENITE_API_KEY", "key-1"));
        assertThat(c.baseUrl().toString()).isEqualTo("https://api.bytenite.com/");
        assertThat(c.customerRoute()).isEqualTo(CustomerRoute.CUSTOMER);
        assertThat(c.authScheme()).isEqualTo(AuthScheme.BARE);
        assertThat(c.apiBaseUrl("customer")).isEqualTo("https://api.bytenite.com/v1/customer");
        assertThat(c.callTimeout()).isEmpty();
        assertThat(c.accessToken()).isEmpty();
    }

    @Test
    void envValuesAreTrimmedAndBlankCountsAsUnset() {
        ByteNiteConfig c = ByteNiteConfig.fromEnv(Map.of("BYTENITE_API_KEY", "key-1\n", "BYTENITE_ACCESS_TOKEN", "  "));
        assertThat(c.apiKey()).contains("key-1");
        assertThat(c.accessToken()).isEmpty();
    }

    @Test
    void missingCredentialIsRefusedNamingTheVariables() {
        assertThatThrownBy(() -> ByteNiteConfig.fromEnv(Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BYTENITE_API_KEY")
                .hasMessageContaining("BYTENITE_ACCESS_TOKEN");
    }

    @Test
    void invalidEnvValueNamesTheVariable() {
        assertThatThrownBy(() -> ByteNiteConfig.fromEnv(Map.of("BYTENITE_API_KEY", "k", "BYTENITE_CUSTOMER_ROUTE", "jobs")))
                .hasMessageStartingWith("BYTENITE_CUSTOMER_ROUTE: ")
                .hasMessageContaining("'customer' or 'computing'");
        assertThatThrownBy(() -> ByteNiteConfig.fromEnv(Map.of("BYTENITE_API_KEY", "k", "BYTENITE_AUTH_SCHEME", "basic")))
                .hasMessageStartingWith("BYTENITE_AUTH_SCHEME: ");
        assertThatThrownBy(() -> ByteNiteConfig.fromEnv(Map.of("BYTENITE_API_KEY", "k", "BYTENITE_BASE_URL", "ftp://x")))
                .hasMessageStartingWith("BYTENITE_BASE_URL: ");
    }

    @Test
    void plainHttpToNonLoopbackHostIsRefused() {
        assertThatThrownBy(() -> ByteNiteConfig.builder().apiKey("k").baseUrl("http://api.bytenite.com").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("baseUrl")
                .hasMessageContaining("plain http is refused for non-loopback host 'api.bytenite.com'");
        assertThatThrownBy(() -> ByteNiteConfig.builder().apiKey("k").baseUrl("http://10.0.0.5:8080").build())
                .hasMessageContaining("non-loopback host '10.0.0.5'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080", "http://localhost:9000", "http://[::1]:8080", "http://127.0.0.2"})
    void plainHttpToLoopbackIsAllowed(String url) {
        assertThat(ByteNiteConfig.builder().apiKey("k").baseUrl(url).build().baseUrl().isHttps()).isFalse();
    }

    @Test
    void plainHttpToOtherHostsOnlyWhenExplicitlyAllowed() {
        ByteNiteConfig c = ByteNiteConfig.builder().apiKey("k").baseUrl("http://bytenite.internal").allowInsecureHttp(true).build();
        assertThat(c.baseUrl().host()).isEqualTo("bytenite.internal");
    }

    @Test
    void baseUrlWithPathIsRefused() {
        assertThatThrownBy(() -> ByteNiteConfig.builder().apiKey("k").baseUrl("https://api.bytenite.com/v1/customer").build())
                .hasMessageContaining("baseUrl: expected scheme, host and port only");
    }

    @Test
    void credentialsAreNeverAlteredSilently() {
        assertThatThrownBy(() -> ByteNiteConfig.builder().apiKey(" key"))
                .hasMessageContaining("apiKey: must not contain whitespace");
        assertThatThrownBy(() -> ByteNiteConfig.builder().accessToken(""))
                .hasMessageContaining("accessToken: expected a non-empty value");
        assertThatThrownBy(() -> ByteNiteConfig.builder().apiKey(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("apiKey");
    }

    @Test
    void timeoutsMustBePositive() {
        assertThatThrownBy(() -> ByteNiteConfig.builder().readTimeout(Duration.ZERO))
                .hasMessageContaining("readTimeout: expected a positive duration");
        assertThatThrownBy(() -> RetrySettings.builder().maxAttempts(0)).hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> RetrySettings.builder().jitter(1.0)).hasMessageContaining("jitter");
        assertThatThrownBy(() -> RetrySettings.builder().initialBackoff(Duration.ofSeconds(10)).maxBackoff(Duration.ofSeconds(1)).build())
                .hasMessageContaining("initialBackoff: must not exceed maxBackoff");
    }

    @Test
    void toBuilderRoundTrips() {
        ByteNiteConfig c = ByteNiteConfig.builder().apiKey("k").customerRoute(CustomerRoute.COMPUTING)
                .callTimeout(Duration.ofSeconds(9)).build();
        ByteNiteConfig copy = c.toBuilder().build();
        assertThat(copy.customerRoute()).isEqualTo(CustomerRoute.COMPUTING);
        assertThat(copy.callTimeout()).contains(Duration.ofSeconds(9));
        assertThat(copy.apiKey()).contains("k");
    }

    @Test
    void timeoutsRetriesAndLoggingComeFromTheEnvironment() {
        ByteNiteConfig c = ByteNiteConfig.fromEnv(Map.of("BYTENITE_API_KEY", "k", "BYTENITE_CONNECT_TIMEOUT", "500ms",
                "BYTENITE_READ_TIMEOUT", "PT45S", "BYTENITE_WRITE_TIMEOUT", "2m", "BYTENITE_CALL_TIMEOUT", "1h",
                "BYTENITE_STREAM_IDLE_TIMEOUT", "90s", "BYTENITE_MAX_RETRIES", "0", "BYTENITE_LOG", "Info"));
        assertThat(c.connectTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(c.readTimeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(c.writeTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(c.callTimeout()).contains(Duration.ofHours(1));
        assertThat(c.streamIdleTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(c.retry().maxAttempts()).isEqualTo(1);
        assertThat(c.httpLogging()).isEqualTo(HttpLogging.INFO);
    }

    @Test
    void aSystemPropertyWinsOverItsVariableAndTheBuilderOverBoth() {
        Map<String, String> env = Map.of("BYTENITE_API_KEY", "env-key", "BYTENITE_READ_TIMEOUT", "10s", "BYTENITE_MAX_RETRIES", "5");
        Map<String, String> properties = Map.of("bytenite.readTimeout", "20s", "bytenite.apiKey", "property-key");
        ByteNiteConfig fromSources = ByteNiteConfig.builderFromEnv(env, properties).build();
        assertThat(fromSources.readTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(fromSources.apiKey()).contains("property-key");
        assertThat(fromSources.retry().maxAttempts()).as("a variable without a property still counts").isEqualTo(6);
        ByteNiteConfig inCode = ByteNiteConfig.builderFromEnv(env, properties).readTimeout(Duration.ofSeconds(30)).build();
        assertThat(inCode.readTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aBadValueNamesThePropertyOrVariableItCameFrom() {
        assertThatThrownBy(() -> ByteNiteConfig.builderFromEnv(Map.of("BYTENITE_API_KEY", "k"), Map.of("bytenite.readTimeout", "soon")))
                .hasMessageStartingWith("bytenite.readTimeout: expected a duration such as 30s");
        assertThatThrownBy(() -> ByteNiteConfig.fromEnv(Map.of("BYTENITE_API_KEY", "k", "BYTENITE_MAX_RETRIES", "-1")))
                .hasMessageStartingWith("BYTENITE_MAX_RETRIES: expected a number of retries");
        assertThatThrownBy(() -> ByteNiteConfig.fromEnv(Map.of("BYTENITE_API_KEY", "k", "BYTENITE_LOG", "loud")))
                .hasMessageStartingWith("BYTENITE_LOG: expected 'off', 'debug' or 'info'");
        assertThatThrownBy(() -> ByteNiteConfig.fromEnv(Map.of("BYTENITE_API_KEY", "two words")))
                .hasMessageStartingWith("BYTENITE_API_KEY: ");
    }
}
