package com.bytenite.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.bytenite.sdk.core.ByteNiteConfig;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** HTTP settings of the user's own reach every call, and never see the credential. */
class ClientBuilderTest {
    private static final String TOKEN = "canary-token-7f3a";
    private static final String JOB = "{\"job\":{\"id\":\"job-1\",\"templateId\":\"t\",\"state\":\"JOB_STATE_COMPLETE\"}}";

    @Test
    void callsGoThroughTheProxyAndTheUsersInterceptorWithoutSeeingTheToken() throws Exception {
        List<String> seenAuthorization = new CopyOnWriteArrayList<>();
        try (MockWebServer proxy = new MockWebServer()) {
            proxy.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(JOB));
            proxy.start(0);
            // The host is never resolved: a proxied plain-HTTP request names it and goes to the proxy.
            ByteNiteConfig config = ByteNiteConfig.builder().baseUrl("http://api.bytenite.invalid").allowInsecureHttp(true).accessToken(TOKEN).build();
            try (ByteNiteClient bytenite = ByteNiteClient.builder(config)
                    .proxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", proxy.getPort())))
                    .addInterceptor(chain -> {
                        seenAuthorization.add(String.valueOf(chain.request().header("Authorization")));
                        return chain.proceed(chain.request().newBuilder().header("X-Team", "payments").build());
                    })
                    .build()) {
                assertThat(bytenite.jobs().get("job-1").id()).isEqualTo("job-1");
            }
            RecordedRequest request = proxy.takeRequest(5, TimeUnit.SECONDS);
            assertThat(request).isNotNull();
            assertThat(request.getRequestLine()).startsWith("GET http://api.bytenite.invalid/v1/customer/jobs/job-1 ");
            assertThat(request.getHeader("X-Team")).isEqualTo("payments");
            assertThat(request.getHeader("Authorization")).contains(TOKEN);
        }
        assertThat(seenAuthorization).containsExactly("null");
    }

    @Test
    void customizeOkHttpRunsAfterTheConveniences() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        ByteNiteConfig config = ByteNiteConfig.builder().baseUrl("http://127.0.0.1:9").accessToken(TOKEN).build();
        try (ByteNiteClient bytenite = ByteNiteClient.builder(config)
                .proxy(Proxy.NO_PROXY)
                .customizeOkHttp(b -> order.add("custom, proxy " + b.build().proxy()))
                .build()) {
            assertThat(bytenite.http().context().apiClient().proxy()).isEqualTo(Proxy.NO_PROXY);
        }
        assertThat(order).containsExactly("custom, proxy " + Proxy.NO_PROXY);
    }
}
