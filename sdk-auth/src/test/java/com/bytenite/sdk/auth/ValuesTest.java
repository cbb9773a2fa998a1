package com.bytenite.sdk.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bytenite.sdk.core.http.AccessTokenGrant;
import com.bytenite.sdk.core.testing.Canary;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The facade's values: raw-keeping types, immutability, and toString() without credentials. */
class ValuesTest {
    private static final Instant T = Instant.parse("2026-01-02T00:00:00Z");

    @Test
    void secretTypesMatchTheDocumentedNamesAndKeepOthersRaw() {
        assertThat(SecretType.of("aws")).isSameAs(SecretType.AWS);
        assertThat(SecretType.of(" AWS ")).as("typed by a person").isSameAs(SecretType.AWS);
        assertThat(List.of("s3", "gcp", "storj", "other")).map(SecretType::of)
                .containsExactly(SecretType.S3, SecretType.GCP, SecretType.STORJ, SecretType.OTHER);
        assertThat(SecretType.AWS.isAws()).isTrue();
        assertThat(SecretType.S3.isAws()).isTrue();
        assertThat(SecretType.GCP.isAws()).isFalse();
        assertThat(SecretType.AWS).isNotEqualTo(SecretType.S3);

        SecretType backblaze = SecretType.of("BackBlaze B2");
        assertThat(backblaze.raw()).isEqualTo("BackBlaze B2");
        assertThat(backblaze.isKnown()).isFalse();
        assertThat(backblaze).isEqualTo(SecretType.of("BackBlaze B2")).hasSameHashCodeAs(SecretType.of("BackBlaze B2"));
        assertThat(backblaze).hasToString("BackBlaze B2");
        assertThat(SecretType.OTHER.isKnown()).isTrue();
    }

    @Test
    void rolesKeepUndocumentedValuesRaw() {
        assertThat(UserRole.of("ROLE_ADMIN")).isSameAs(UserRole.ADMIN);
        assertThat(UserRole.of("ROLE_NONE").isKnown()).isTrue();
        UserRole auditor = UserRole.of("ROLE_AUDITOR");
        assertThat(auditor.raw()).isEqualTo("ROLE_AUDITOR");
        assertThat(auditor.isKnown()).isFalse();
        assertThat(auditor).isEqualTo(UserRole.of("ROLE_AUDITOR")).isNotEqualTo(UserRole.NONE);
    }

    @Test
    void valuesAreImmutable() {
        Map<String, String> params = new HashMap<>(Map.of("tier", "hot"));
        Secret secret = new Secret("s", null, SecretType.GCP, null, null, params);
        params.put("tier", "cold");
        assertThat(secret.params()).containsEntry("tier", "hot");
        assertThatThrownBy(() -> secret.params().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);

        JsonObject claims = new JsonObject();
        claims.addProperty("role", "admin");
        User user = new User("u", null, null, null, null, null, null, null, null, null, claims, null, null, null, null, null, null, null);
        claims.addProperty("role", "root");
        user.customClaims().addProperty("role", "root");
        assertThat(user.customClaims().get("role").getAsString()).isEqualTo("admin");
        assertThat(user.settings().size()).isZero();
        assertThat(user.contactInfo()).isEmpty();

        OnboardingAnswer answer = new OnboardingAnswer(1, claims);
        answer.answer().addProperty("extra", 1);
        assertThat(answer.answer().has("extra")).isFalse();

        UserUpdate update = UserUpdate.builder().onboardingAnswer(2, claims).build();
        claims.addProperty("late", true);
        assertThat(update.onboardingAnswers().get(0).answer().has("late")).isFalse();
    }

    @Test
    void aNewSecretExposesWhatWasSetButNotTheKey() {
        NewSecret s = NewSecret.builder("my_storj_secret", SecretType.STORJ).accessKey("jwAccess").secretKey(Canary.SECRET_KEY)
                .expiresAt(T).param("b", "2").param("a", "1").build();
        assertThat(s.id()).isEqualTo("my_storj_secret");
        assertThat(s.type()).isEqualTo(SecretType.STORJ);
        assertThat(s.name()).isEmpty();
        assertThat(s.accessKey()).contains("jwAccess");
        assertThat(s.expiresAt()).contains(T);
        assertThat(s.params()).containsOnlyKeys("a", "b");
        assertThat(s.secretKey()).as("package-private, for AuthService").isEqualTo(Canary.SECRET_KEY);
    }

    @Test
    void aGrantExpiresByTheClockItIsGiven() {
        AccessTokenGrant grant = new AccessTokenGrant(Canary.TOKEN, T, Duration.ofHours(1), null);
        assertThat(grant.isExpired(java.time.Clock.fixed(T.minusMillis(1), java.time.ZoneOffset.UTC))).isFalse();
        assertThat(grant.isExpired(java.time.Clock.fixed(T, java.time.ZoneOffset.UTC))).isTrue();
        assertThatThrownBy(() -> new AccessTokenGrant(null, T, Duration.ZERO, null)).hasMessageStartingWith("token ");
    }

    @Test
    void noValuePrintsACredential() {
        List<Object> values = List.of(
                new AccessTokenGrant(Canary.TOKEN, T, Duration.ofHours(1), "all"),
                NewSecret.builder("s", SecretType.AWS).accessKey("AKIA-" + Canary.SIGNATURE).secretKey(Canary.SECRET_KEY)
                        .param("region", "us-east-1").build(),
                new Secret("s", "n", SecretType.AWS, "AKIA-" + Canary.SIGNATURE, T, Map.of("region", "us-east-1")),
                new ApiKeyInfo("k", "n", T, T, "u", false, "fp"),
                new SkipLogin(true, "https://app.bytenite.com"),
                new User("u", "e", "d", "f", "l", "un", "p", "google", true, UserRole.NONE, null, null, Map.of("city", "Rome"), false,
                        true, List.of(new OnboardingAnswer(1, null)), T, T),
                UserUpdate.builder().firstName("John").build(),
                SecretType.of("x"), UserRole.of("ROLE_X"));
        for (Object v : values) {
            assertThat(v.toString()).as(v.getClass().getSimpleName()).isNotBlank().doesNotContain(Canary.all());
        }
        assertThat(values.get(0).toString()).contains("expiresAt=2026-01-02T00:00:00Z").contains("token=[REDACTED]");
        assertThat(values.get(2).toString()).contains("id=s").contains("accessKey=present").contains("region");
    }
}
