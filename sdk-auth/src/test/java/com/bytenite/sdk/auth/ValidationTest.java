package com.bytenite.sdk.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bytenite.sdk.core.testing.Canary;
import com.bytenite.sdk.core.testing.LoopbackServer;
import com.bytenite.sdk.core.testing.MutableClock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bad input is refused before any request, with a message naming the field. */
class ValidationTest {
    private final MutableClock clock = MutableClock.atEpochPlusOneDay();
    @RegisterExtension
    final LoopbackServer loopback = new LoopbackServer(clock);
    private AuthService auth;

    @BeforeEach
    void wire() {
        auth = new AuthService(loopback.http().context());
    }

    @AfterEach
    void nothingWasSent() {
        assertThat(loopback.server().getRequestCount()).as("requests sent").isZero();
    }

    private static NewSecret.Builder valid() {
        return NewSecret.builder("my_secret", SecretType.AWS).secretKey(Canary.SECRET_KEY);
    }

    @Test
    void aSecretNeedsAUsableIdAndAType() {
        assertThatThrownBy(() -> NewSecret.builder(" ", SecretType.AWS)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("id:");
        assertThatThrownBy(() -> NewSecret.builder("..", SecretType.AWS)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("id:");
        assertThatThrownBy(() -> NewSecret.builder(null, SecretType.AWS)).isInstanceOf(NullPointerException.class).hasMessageStartingWith("id ");
        assertThatThrownBy(() -> NewSecret.builder("my_secret", null)).isInstanceOf(NullPointerException.class).hasMessageStartingWith("type ");
        assertThatThrownBy(() -> SecretType.of("  ")).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("secretType:");
    }

    @Test
    void aSecretNeedsANonBlankKeyAndNeverQuotesIt() {
        assertThatThrownBy(() -> NewSecret.builder("my_secret", SecretType.AWS).build()).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("secretKey:");
        assertThatThrownBy(() -> valid().secretKey("   ")).hasMessageStartingWith("secretKey:");
        assertThatThrownBy(() -> valid().secretKey(null)).isInstanceOf(NullPointerException.class).hasMessageStartingWith("secretKey ");
        assertThatThrownBy(() -> valid().accessKey("")).hasMessageStartingWith("accessKey:");
        assertThatThrownBy(() -> valid().name(" ")).hasMessageStartingWith("name:");
        assertThatThrownBy(() -> valid().param(" ", "v")).hasMessageStartingWith("params key:");
        assertThatThrownBy(() -> valid().param("region", null)).hasMessageStartingWith("params.region ");
        assertThatThrownBy(() -> valid().expiresAt(null)).hasMessageStartingWith("expiresAt ");
    }

    @Test
    void anExpiryThatIsNotInTheFutureIsRefused() {
        NewSecret past = valid().expiresAt(clock.instant().minus(Duration.ofSeconds(1))).build();
        NewSecret now = valid().expiresAt(clock.instant()).build();
        assertThatThrownBy(() -> auth.secrets().create(past)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("expiresAt:").hasMessageContaining("2026-01-01T23:59:59Z").hasMessageNotContaining(Canary.SECRET_KEY);
        assertThatThrownBy(() -> auth.secrets().create(now)).hasMessageStartingWith("expiresAt:");
        assertThatThrownBy(() -> auth.secrets().create(null)).isInstanceOf(NullPointerException.class).hasMessageStartingWith("secret ");
    }

    @Test
    void deletesAndRevokesNeedUsableIdentifiers() {
        assertThatThrownBy(() -> auth.secrets().delete(SecretType.AWS, " ")).hasMessageStartingWith("id:");
        assertThatThrownBy(() -> auth.secrets().delete(SecretType.AWS, null)).hasMessageStartingWith("id ");
        assertThatThrownBy(() -> auth.secrets().delete(null, "x")).hasMessageStartingWith("type ");
        assertThatThrownBy(() -> auth.secrets().delete(SecretType.of(".."), "x")).hasMessageStartingWith("secretType:");
        assertThatThrownBy(() -> auth.secrets().delete(new Secret(null, null, SecretType.AWS, null, null, Map.of())))
                .hasMessageStartingWith("secret:").hasMessageContaining("no id");
        assertThatThrownBy(() -> auth.secrets().delete(new Secret("x", null, null, null, null, Map.of())))
                .hasMessageContaining("no secretType");
        assertThatThrownBy(() -> auth.apiKeys().revoke("")).hasMessageStartingWith("id:");
        assertThatThrownBy(() -> auth.apiKeys().revoke(".")).hasMessageStartingWith("id:");
        assertThatThrownBy(() -> auth.secrets().list(null)).hasMessageStartingWith("type ");
    }

    @Test
    void theExchangeNeedsAKey() {
        assertThatThrownBy(() -> auth.exchangeApiKey(" ")).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("apiKey:");
        assertThatThrownBy(() -> auth.exchangeApiKey(null)).isInstanceOf(NullPointerException.class).hasMessageStartingWith("apiKey ");
    }

    @Test
    void aUserUpdateMustSetSomethingValid() {
        assertThatThrownBy(() -> UserUpdate.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least one field");
        assertThatThrownBy(() -> UserUpdate.builder().firstName(" ")).hasMessageStartingWith("firstName:");
        assertThatThrownBy(() -> UserUpdate.builder().lastName("")).hasMessageStartingWith("lastName:");
        assertThatThrownBy(() -> UserUpdate.builder().userName(null)).hasMessageStartingWith("userName ");
        assertThatThrownBy(() -> UserUpdate.builder().contact("email", "john@example.com")).hasMessageStartingWith("contactInfo:")
                .hasMessageContaining("'email'").hasMessageContaining("city");
        assertThatThrownBy(() -> UserUpdate.builder().contact("city", " ")).hasMessageStartingWith("contactInfo.city:");
        assertThatThrownBy(() -> UserUpdate.builder().onboardingAnswer(0, Map.of())).hasMessageStartingWith("onboardingInfo.step:");
        assertThatThrownBy(() -> UserUpdate.builder().onboardingAnswer(1, (Map<String, ?>) null))
                .hasMessageStartingWith("onboardingInfo.answer ");
        assertThatThrownBy(() -> auth.user().update(null)).hasMessageStartingWith("update ");
    }
}
