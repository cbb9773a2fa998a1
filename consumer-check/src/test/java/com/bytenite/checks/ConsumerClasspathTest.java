package com.bytenite.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.bytenite.sdk.ByteNiteClient;
import com.bytenite.sdk.local.junit.LocalByteNiteExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs on exactly the class path a user's project gets from the SDK: the generated clients work
 * without what they only need at compile time (the logging interceptor, the nullness annotations).
 */
class ConsumerClasspathTest {
    @RegisterExtension
    static final LocalByteNiteExtension BYTENITE = new LocalByteNiteExtension();

    @Test
    void compileTimeOnlyLibrariesAreNotHere() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("okhttp3.logging.HttpLoggingInterceptor"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("jakarta.annotation.Nullable"));
    }

    @Test
    void everyApiStillAnswersThroughItsGeneratedClient(ByteNiteClient client) {
        assertEquals("local-user", client.auth().user().get().id());
        assertFalse(client.templates().list().stream().toList().isEmpty());
        assertFalse(client.dev().templates().list().stream().toList().isEmpty());
        assertEquals(0, client.jobs().list().stream().count());
        client.wallet().balance();
    }
}
