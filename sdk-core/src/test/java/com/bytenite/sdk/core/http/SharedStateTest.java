package com.bytenite.sdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.RequestOptions;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** State a module keeps once per stack, whatever number of its clients are built on it. */
class SharedStateTest {
    private static final class Hub {
    }

    private static ByteNiteHttp stack() {
        return ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl("http://127.0.0.1:9").accessToken("t").build());
    }

    @Test
    void oneInstancePerTypeAndStackMadeOnce() {
        AtomicInteger made = new AtomicInteger();
        try (ByteNiteHttp http = stack(); ByteNiteHttp other = stack()) {
            Hub first = http.context().shared(Hub.class, () -> {
                made.incrementAndGet();
                return new Hub();
            });
            assertThat(http.context().shared(Hub.class, Hub::new)).isSameAs(first);
            assertThat(http.context().withOptions(RequestOptions.builder().maxRetries(0).build()).shared(Hub.class, Hub::new))
                    .as("a derived view shares its stack's").isSameAs(first);
            assertThat(made).hasValue(1);
            assertThat(other.context().shared(Hub.class, Hub::new)).as("another stack has its own").isNotSameAs(first);
        }
    }

    @Test
    void aFactoryReturningNullIsRefusedAndNothingIsKept() {
        try (ByteNiteHttp http = stack()) {
            assertThatThrownBy(() -> http.context().shared(Hub.class, () -> null)).isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("factory returned null");
            assertThat(http.context().shared(Hub.class, Hub::new)).isNotNull();
        }
    }
}
