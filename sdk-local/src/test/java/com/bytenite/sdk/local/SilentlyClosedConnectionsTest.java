package com.bytenite.sdk.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.bytenite.sdk.auth.AuthService;
import com.bytenite.sdk.auth.NewSecret;
import com.bytenite.sdk.auth.SecretType;
import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.RetrySettings;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.dev.DevService;
import com.bytenite.sdk.jobs.DataDestination;
import com.bytenite.sdk.jobs.DataSource;
import com.bytenite.sdk.jobs.Job;
import com.bytenite.sdk.jobs.JobConfig;
import com.bytenite.sdk.jobs.JobsService;
import com.bytenite.sdk.wallet.WalletService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every call that must not be repeated, through a proxy that closes each connection after one
 * answer without saying so: each succeeds, and each reaches the server exactly once.
 */
class SilentlyClosedConnectionsTest {
    @TempDir
    Path dir;

    /** Real pauses between calls, during which the proxy's close reaches the client's pool. */
    private static <T> T paused(java.util.function.Supplier<T> call) throws InterruptedException {
        Thread.sleep(50);
        return call.get();
    }

    private static void pausedRun(Runnable call) throws InterruptedException {
        Thread.sleep(50);
        call.run();
    }

    private Path appFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("upper/app"));
        Files.writeString(folder.resolve("main.sh"), "tr a-z A-Z < \"$TASK_DIR/data.bin\" > \"$TASK_RESULTS_DIR/out.txt\"\n");
        Files.writeString(folder.resolveSibling("manifest.json"), "{\"name\":\"upper\",\"version\":\"1.0\",\"platform\":\"docker\","
                + "\"entrypoint\":\"main.sh\",\"platform_config\":{\"container\":\"alpine:3\"},\"device_requirements\":{\"min_cpu\":1,\"min_memory\":1}}");
        Files.writeString(folder.resolveSibling("template.json"), "{\"id\":\"upper-t\",\"app\":\"upper@1.0\",\"partitioner\":\"passthrough\","
                + "\"assembler\":\"passthrough\"}");
        return folder.getParent();
    }

    private static ByteNiteConfig config(SilentCloseProxy proxy, LocalByteNite local) {
        return ByteNiteConfig.builder().baseUrl(proxy.baseUrl()).apiKey(local.apiKey())
                .retry(RetrySettings.builder().initialBackoff(Duration.ofMillis(20)).maxBackoff(Duration.ofMillis(100)).build()).build();
    }

    /** Checks that each call that must not be repeated reached the server once: by exact request line, or by its start or end. */
    private static void assertReachedOnce(List<String> reached, List<String> exactly, List<String> endings) {
        for (String once : exactly) {
            assertThat(reached.stream().filter(r -> r.equals(once))).as(once).hasSize(1);
        }
        for (String end : endings) {
            assertThat(reached.stream().filter(r -> r.endsWith(end) || r.startsWith(end))).as(end).hasSize(1);
        }
    }

    @Test
    void againstAnHttp10ServerTheWholeFlowSucceedsAndEachCallThatMustNotRepeatIsSentOnce() throws Exception {
        try (SilentCloseProxy proxy = new SilentCloseProxy(SilentCloseProxy.Mode.HTTP_1_0);
                LocalByteNite local = LocalByteNite.builder().publicUrl(proxy.baseUrl()).start()) {
            proxy.forwardTo("http://127.0.0.1:" + local.port()); // its baseUrl() is the proxy, its public address
            try (ByteNiteHttp http = ByteNiteHttp.create(config(proxy, local))) {
                JobsService jobs = new JobsService(http.context());
                DevService dev = new DevService(http.context());
                new AuthService(http.context()).secrets().create(NewSecret.builder("vault", SecretType.OTHER).secretKey("s3cret").build());
                dev.apps().push(appFolder());
                dev.apps().activate("upper@1.0");
                Path input = Files.writeString(dir.resolve("in.txt"), "quiet");
                Job done = jobs.create("upper-t").source(DataSource.upload(input)).destination(DataDestination.temporaryBucket())
                        .submit().awaitCompletion(Duration.ofSeconds(30));
                assertThat(Files.readString(done.downloadResults(dir.resolve("out")).get(0))).isEqualTo("QUIET");
                jobs.abort(jobs.create("echo-passthrough").draft().id());
                assertThat(new WalletService(http.context()).redeemCoupon("hello-world").amount()).isPresent();
            }
            List<String> reached = proxy.requests();
            assertReachedOnce(reached, List.of("POST /v1/auth/secrets", "POST /v1/dev/apps", "POST /v1/dev/templates",
                    "POST /v1/wallet/redeem_coupon"), List.of("/run", "/abort", "/uploadcompleted", "PUT /local/uploads/"));
            assertThat(reached.stream().filter(r -> r.equals("POST /v1/customer/jobs"))).hasSize(2);
        }
    }

    @Test
    void connectionsClosedSilentlyWhileIdleAreNeverUsedForCallsThatMustNotRepeat() throws Exception {
        try (SilentCloseProxy proxy = new SilentCloseProxy(SilentCloseProxy.Mode.SILENT);
                LocalByteNite local = LocalByteNite.builder().publicUrl(proxy.baseUrl()).start()) {
            proxy.forwardTo("http://127.0.0.1:" + local.port());
            try (ByteNiteHttp http = ByteNiteHttp.create(config(proxy, local))) {
                JobsService jobs = new JobsService(http.context());
                DevService dev = new DevService(http.context());
                pausedRun(() -> new AuthService(http.context()).secrets().create(NewSecret.builder("vault", SecretType.OTHER).secretKey("s3cret").build()));
                Path folder = appFolder();
                // The template goes on its own, after a pause: pushed right behind the app (as push does
                // with a folder's template.json) it races the proxy's close, the gap the README states.
                Path template = Files.move(folder.resolve("template.json"), dir.resolve("upper-template.json"));
                paused(() -> dev.apps().push(folder));
                paused(() -> dev.templates().push(template));
                Job draft = paused(() -> jobs.create("echo-passthrough").source(DataSource.bypass()).destination(DataDestination.bypass()).draft());
                pausedRun(() -> jobs.run(draft.id(), JobConfig.empty()));
                Job second = paused(() -> jobs.create("echo-passthrough").draft());
                pausedRun(() -> jobs.abort(second.id()));
                assertThat(paused(() -> new WalletService(http.context()).redeemCoupon("hello-world")).amount()).isPresent();
            }
            List<String> reached = proxy.requests();
            assertReachedOnce(reached, List.of("POST /v1/auth/secrets", "POST /v1/dev/apps", "POST /v1/dev/templates",
                    "POST /v1/wallet/redeem_coupon"), List.of("/run", "/abort"));
            assertThat(reached.stream().filter(r -> r.equals("POST /v1/customer/jobs"))).hasSize(2);
        }
    }
}
