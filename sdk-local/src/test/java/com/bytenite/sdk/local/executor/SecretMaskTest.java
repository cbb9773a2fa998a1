package com.bytenite.sdk.local.executor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretMaskTest {
    private static final String CANARY = "mask-canary-4f1e";

    @Test
    void everyValueIsMaskedAndOneContainingAnotherIsMaskedWhole() {
        SecretMask mask = SecretMask.of(List.of("4f1e", CANARY));
        assertThat(mask.apply("key " + CANARY + " and 4f1e")).isEqualTo("key [REDACTED] and [REDACTED]");
    }

    @Test
    void valuesShorterThanFourCharactersAreLeftAsOrdinaryText() {
        assertThat(SecretMask.of(List.of("abc")).apply("abcdef")).isEqualTo("abcdef");
    }

    @Test
    void theWrappedOutputMasksEachLineAndKeepsItsStream() {
        List<String> seen = new ArrayList<>();
        SecretMask.of(List.of(CANARY)).wrap((text, stderr) -> seen.add((stderr ? "err " : "out ") + text)).line("it is " + CANARY, true);
        assertThat(seen).containsExactly("err it is [REDACTED]");
    }

    @Test
    void itNeverShowsTheValuesAndRefusesANullOne() {
        assertThat(SecretMask.of(List.of(CANARY)).toString()).doesNotContain(CANARY).isEqualTo("SecretMask[1 values]");
        assertThat(SecretMask.of(List.of()).apply(null)).isNull();
        assertThatThrownBy(() -> SecretMask.of(Arrays.asList("ok-value", null))).isInstanceOf(NullPointerException.class)
                .hasMessage("a secret value must not be null");
    }
}
