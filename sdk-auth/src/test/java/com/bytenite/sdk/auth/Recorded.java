package com.bytenite.sdk.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.bytenite.sdk.auth.internal.GeneratedAuthApi;
import com.bytenite.sdk.core.testing.Canary;
import com.bytenite.sdk.core.testing.SpecContract;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** Reading what the loopback server received, and the auth spec's documented examples. */
final class Recorded {
    private Recorded() {
    }

    static SpecContract docs() throws IOException {
        return SpecContract.load("auth.json", "com.bytenite.sdk.auth.internal.generated.model", GeneratedAuthApi.gson());
    }

    /** The next request, which must carry the loopback stack's bare canary token. */
    static RecordedRequest apiCall(MockWebServer server) throws InterruptedException {
        RecordedRequest r = any(server);
        assertThat(r.getHeader("Authorization")).as("the bare access token").isEqualTo(Canary.TOKEN);
        assertThat(r.getHeader("Accept")).as("Accept").contains("application/json");
        return r;
    }

    static RecordedRequest any(MockWebServer server) throws InterruptedException {
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(r).as("a request reached the server").isNotNull();
        return r;
    }

    /** The JSON body, after checking it was declared as JSON. */
    static JsonElement jsonBody(RecordedRequest r) {
        assertThat(r.getHeader("Content-Type")).as("Content-Type").startsWith("application/json");
        return JsonParser.parseString(r.getBody().readUtf8());
    }
}
