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
    void capabilityTokensInLinkPathsAreMaskedButApiPathsStayWhole() {
        String token = "3f9a1c0d2b7e4f6a8c5d9e0f1a2b3c4d";
        assertThat(redactor.url(HttpUrl.get("http://127.0.0.1:8080/local/uploads/" + token)))
                .isEqualTo("http://127.0.0.1:8080/local/uploads/[REDACTED]");
        assertThat(redactor.url(HttpUrl.get("http://127.0.0.1:8080/local/results/" + token + "/out.txt")))
                .isEqualTo("http://127.0.0.1:8080/local/results/[REDACTED]/out.txt");
        assertThat(redactor.url(HttpUrl.get("https://api.bytenite.com/v1/customer/jobs/0b6e6c5e-5b7f-4c1e-9f3a-1d2c3b4a5e6f")))
                .endsWith("/v1/customer/jobs/0b6e6c5e-5b7f-4c1e-9f3a-1d2c3b4a5e6f");
        assertThat(redactor.text("PUT http://127.0.0.1:8080/local/uploads/" + token + " failed"))
                .isEqualTo("PUT http://127.0.0.1:8080/local/uploads/[REDACTED] failed");
        assertThat(redactor.path(HttpUrl.get("http://h/local/uploads/" + token))).isEqualTo("/local/uploads/[REDACTED]");
        assertThat(Redactor.link("http://h:1/local/results/" + token + "/a%20b.txt?sig=zz")).isEqualTo("http://h:1/local/results/[REDACTED]/a%20b.txt?[REDACTED]");
        assertThat(redactor.url(HttpUrl.get("https://b.example/results/results_archive.zip"))).endsWith("/results/results_archive.zip");
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
