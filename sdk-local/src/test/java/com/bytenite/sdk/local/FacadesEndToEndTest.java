package com.bytenite.sdk.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.bytenite.sdk.auth.AuthService;
import com.bytenite.sdk.auth.NewSecret;
import com.bytenite.sdk.auth.SecretType;
import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.dev.ComponentInfo;
import com.bytenite.sdk.dev.DevService;
import com.bytenite.sdk.dev.PushResult;
import com.bytenite.sdk.jobs.DataDestination;
import com.bytenite.sdk.jobs.DataSource;
import com.bytenite.sdk.jobs.Job;
import com.bytenite.sdk.jobs.JobsService;
import com.bytenite.sdk.wallet.Transaction;
import com.bytenite.sdk.wallet.WalletService;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Auth, Dev and Wallet facades against a real Local ByteNite: push an app folder, run it, pay for it. */
class FacadesEndToEndTest {
    @TempDir
    Path dir;

    private LocalByteNite local;
    private ByteNiteHttp http;

    @BeforeEach
    void start() throws IOException {
        local = LocalByteNite.builder().start();
        http = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build());
    }

    @AfterEach
    void stop() {
        http.close();
        local.close();
    }

    private Path shoutFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("shout"));
        Files.createDirectories(folder.resolve("app"));
        Files.writeString(folder.resolve("app/main.sh"), "tr a-z A-Z < \"$TASK_DIR/data.bin\" > \"$TASK_RESULTS_DIR/shout.txt\"\n"
                + "echo \"token ${SHOUT_VAULT_ACCESS_KEY} of length ${#SHOUT_VAULT_ACCESS_KEY}\"\n");
        Files.writeString(folder.resolve("manifest.json"), "{\"name\":\"shout\",\"version\":\"1.0\",\"platform\":\"docker\",\"entrypoint\":\"main.sh\","
                + "\"platform_config\":{\"container\":\"alpine:3\",\"secrets\":[\"shout-vault\"]},\"device_requirements\":{\"min_cpu\":1,\"min_memory\":1}}");
        Files.writeString(folder.resolve("template.json"), "{\"id\":\"shout-template\",\"app\":\"shout@1.0\",\"partitioner\":\"passthrough\","
                + "\"assembler\":\"passthrough\",\"description\":\"upper-cases a text\"}");
        return folder;
    }

    @Test
    void aFolderPushedWithDevServiceRunsAsAJobAndIsPaidFor() throws Exception {
        new AuthService(http.context()).secrets().create(NewSecret.builder("shout-vault", SecretType.OTHER).accessKey("AK-7").secretKey("SK-7").build());
        DevService dev = new DevService(http.context());
        PushResult pushed = dev.apps().push(shoutFolder());
        assertThat(pushed.component().tag().toString()).isEqualTo("shout@1.0");
        assertThat(pushed.pushedTemplate()).isPresent();
        assertThat(dev.apps().activate("shout@1").isActive()).isTrue();
        assertThat(dev.apps().get("shout").isActive()).isTrue();
        assertThat(dev.apps().list().stream().map(ComponentInfo::name).toList()).containsExactly("shout");
        assertThat(dev.templates().get("shout-template").description()).contains("upper-cases a text");

        Path input = Files.writeString(dir.resolve("in.txt"), "make it loud");
        Job done = new JobsService(http.context()).create("shout-template").source(DataSource.upload(input))
                .destination(DataDestination.temporaryBucket()).submit().awaitCompletion(Duration.ofSeconds(30));
        List<Path> results = done.downloadResults(dir.resolve("out"));
        assertThat(Files.readString(results.get(0))).isEqualTo("MAKE IT LOUD");
        assertThat(done.logs().tasks().get("task-0")).anySatisfy(e -> assertThat(e.message()).isEqualTo("token [REDACTED] of length 4"));

        List<Path> pulled = dev.apps().pull("shout@1.0", dir.resolve("pulled"));
        assertThat(pulled).extracting(p -> dir.resolve("pulled").relativize(p).toString().replace('\\', '/'))
                .contains("app/main.sh", "manifest.json", "template.json");

        WalletService wallet = new WalletService(http.context());
        BigDecimal cost = done.paymentAmount().orElseThrow();
        assertThat(wallet.balance().totalBalance()).isEqualByComparingTo(new BigDecimal("100").subtract(cost));
        assertThat(wallet.transactions().stream().map(Transaction::transactionType).toList()).contains("payment", "credit");
        StringWriter csv = new StringWriter();
        wallet.exportTransactionsCsv(csv);
        assertThat(csv.toString()).startsWith("id,createdAt").contains(",payment,");
        assertThat(wallet.redeemCoupon("hello-world").amount()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("10"));
    }

    @Test
    void theAccountIsReachableThroughAuthService() {
        AuthService auth = new AuthService(http.context());
        assertThat(auth.apiKeys().list()).singleElement().satisfies(k -> assertThat(k.revoked()).isFalse());
        assertThat(auth.user().get().id()).isEqualTo("local-user");
        assertThat(auth.skipLogin().skip()).isTrue();
        assertThat(auth.info().version()).isEqualTo("1.0.0");
        assertThat(auth.exchangeApiKey(local.apiKey()).expiresIn()).isEqualTo(Duration.ofHours(1));
        assertThat(auth.secrets().list()).isEmpty();
    }
}
