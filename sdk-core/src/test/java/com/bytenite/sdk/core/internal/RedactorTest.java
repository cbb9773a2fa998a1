package com.bytenite.sdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class RedactorTest {
    private final Redactor redactor = new Redactor();

    @Test
    void masksRememberedLiteralsSecretJsonValuesAndUrlQueries() {
        redactor.rememberCredential("key-abcdef");
        String out = redactor.text("key key-abcdef {\"secretKey\": \"s3cr\\\"et\", \"name\":\"ok\"} see https://b.example/o?X-Amz-Signature=zz&a=b.");
        assertThat(out).isEqualTo("key [REDACTED] {\"secretKey\": \"[REDACTED]\", \"name\":\"ok\"} see https://b.example/o?[REDACTED]");
    }

    @Test
    void logUrlKeepsApiParametersAndMasksOthers() {
        HttpUrl url = HttpUrl.get("https://api.bytenite.com/v1/customer/jobs?limit=5&offset=10&token=abc");
        assertThat(redactor.url(url)).isEqualTo("https://api.bytenite.com/v1/customer/jobs?limit=5&offset=10&token=[REDACTED]");
    }

    @Test
    void keepsOnlyRecentTokensButAlwaysTheCredentials() {
        redactor.rememberCredential("the-api-key");
        for (int i = 0; i < 40; i++) {
            redactor.rememberToken("token-number-" + i);
        }
        assertThat(redactor.text("the-api-key token-number-39")).isEqualTo("[REDACTED] [REDACTED]");
        assertThat(redactor.text("token-number-0")).isEqualTo("token-number-0");
    }
}
