package com.bytenite.sdk.local.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bytenite.sdk.ByteNiteClient;
import com.bytenite.sdk.auth.NewSecret;
import com.bytenite.sdk.auth.SecretType;
import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.local.LocalByteNite;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** How long a server lives under each way of registering the extension, and what tests can ask for. */
class ExtensionLifecycleTest {
    /** Ports seen per nested class, to tell one server from several. */
    static final Set<String> PER_TEST_URLS = ConcurrentHashMap.newKeySet();

    @Nested
    @ExtendWith(LocalByteNiteExtension.class)
    class WithExtendWith {
        @Test
        void injectsAClientTheServerAndItsConfig(ByteNiteClient client, LocalByteNite server, ByteNiteConfig config) {
            assertThat(config.baseUrl().toString()).startsWith(server.baseUrl());
            assertThat(config.apiKey()).contains(server.apiKey());
            assertThat(client.auth().user().get().id()).isEqualTo("local-user");
            assertThat(client.templates().list().stream().map(t -> t.id())).contains("echo-passthrough");
        }
    }

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class FreshServerPerTest {
        @RegisterExtension
        static final LocalByteNiteExtension BYTENITE = LocalByteNiteExtension.builder().freshServerPerTest().build();

        @Test
        @Order(1)
        void aSecretStoredHere(ByteNiteClient client) {
            client.auth().secrets().create(NewSecret.builder("left-behind", SecretType.OTHER).secretKey("k").build());
            assertThat(client.auth().secrets().list()).hasSize(1);
        }

        @Test
        @Order(2)
        void isGoneInTheNextTest(ByteNiteClient client) {
            assertThat(client.auth().secrets().list()).isEmpty();
        }
    }

    @Nested
    class RegisteredOnAnInstanceField {
        @RegisterExtension
        final LocalByteNiteExtension bytenite = LocalByteNiteExtension.builder().configure(b -> b.apiKey("instance-key")).build();

        @Test
        void eachTestHasItsOwnServer() {
            assertThat(bytenite.server().apiKey()).isEqualTo("instance-key");
            assertThat(PER_TEST_URLS.add(bytenite.server().baseUrl())).isTrue();
        }

        @Test
        void andAnother() {
            assertThat(PER_TEST_URLS.add(bytenite.server().baseUrl())).isTrue();
        }
    }

    @Test
    void outsideATestTheServerIsNotThere() {
        assertThatThrownBy(() -> LocalByteNiteExtension.builder().build().client()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only during the tests");
    }
}
