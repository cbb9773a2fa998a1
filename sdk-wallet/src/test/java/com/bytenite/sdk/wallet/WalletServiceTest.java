package com.bytenite.sdk.wallet;

import static com.bytenite.sdk.core.testing.TestServers.errorEnvelope;
import static com.bytenite.sdk.core.testing.TestServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bytenite.sdk.core.errors.ByteNiteApiException;
import com.bytenite.sdk.core.testing.Canary;
import com.bytenite.sdk.core.testing.EveryField;
import com.bytenite.sdk.core.testing.LogCapture;
import com.bytenite.sdk.core.testing.LoopbackServer;
import com.bytenite.sdk.core.testing.SpecContract;
import com.bytenite.sdk.core.testing.TestServers;
import com.bytenite.sdk.wallet.internal.GeneratedWalletApi;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class WalletServiceTest {
    @RegisterExtension
    final LoopbackServer loopback = new LoopbackServer();
    @TempDir
    Path dir;

    private MockWebServer server;
    private WalletService wallet;
    private SpecContract docs;

    @BeforeEach
    void wire() throws Exception {
        server = loopback.server();
        wallet = new WalletService(loopback.http().context());
        docs = SpecContract.load("wallet.json", "com.bytenite.sdk.wallet.internal.generated.model", GeneratedWalletApi.gson());
    }

    private RecordedRequest next() throws InterruptedException {
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(r).as("a request reached the server").isNotNull();
        assertThat(r.getHeader("Authorization")).isEqualTo(Canary.TOKEN);
        return r;
    }

    @Test
    void balanceReadsTheDocsExampleExactly() throws Exception {
        server.enqueue(json(200, docs.responseExample("GET /balance")));
        Balance b = wallet.balance();
        RecordedRequest r = next();
        assertThat(r.getMethod() + " " + r.getPath()).isEqualTo("GET /v1/wallet/balance");
        assertThat(b.accountId()).isEqualTo("18bea1a1-85c9-4652-a32f-4bad10c45d2b");
        assertThat(b.totalBalance()).isEqualTo(new BigDecimal("10019.4719491"));
        assertThat(b.availableBalance().toPlainString()).isEqualTo("10019.4719491");
        assertThat(b.amountDue()).isEqualByComparingTo("50");
        EveryField.assertSet(b);
    }

    @Test
    void transactionsPageLazilyWithExactAmounts() throws Exception {
        server.enqueue(json(200, "{\"pagination\":{\"total\":\"3\",\"offset\":\"0\",\"hasNext\":true},\"data\":["
                + "{\"id\":\"t1\",\"createdAt\":\"2024-12-12T06:59:38.653263Z\",\"amount\":0.00022723,\"transactionType\":\"payment\","
                + "\"relatedEntity\":{\"type\":\"job\",\"id\":\"j1\",\"name\":\"render\"}},{\"id\":\"t2\",\"amount\":\"10019.4719491\"}]}"));
        server.enqueue(json(200, "{\"pagination\":{\"total\":\"3\",\"offset\":\"2\",\"hasNext\":false},\"data\":[{\"id\":\"t3\",\"amount\":1}]}"));
        List<Transaction> all = wallet.transactions().stream().toList();
        assertThat(all).extracting(Transaction::id).containsExactly("t1", "t2", "t3");
        assertThat(all.get(0).amount()).isEqualTo(new BigDecimal("0.00022723"));
        assertThat(all.get(1).amount()).isEqualTo(new BigDecimal("10019.4719491"));
        assertThat(all.get(0).createdAt()).isEqualTo(Instant.parse("2024-12-12T06:59:38.653263Z"));
        assertThat(all.get(0).relatedEntity()).get().extracting(Transaction.Related::name).isEqualTo("render");
        assertThat(next().getPath()).isEqualTo("/v1/wallet/transactions?limit=50&offset=0");
        assertThat(next().getPath()).isEqualTo("/v1/wallet/transactions?limit=50&offset=2");
    }

    @Test
    void docsTransactionExampleParses() throws Exception {
        server.enqueue(json(200, docs.responseExample("GET /transactions")));
        Transaction t = wallet.transactions().iterator().next();
        assertThat(t.hash()).isEqualTo("863078c0dcab8b7eea27ed1ec4ba19109208442147fb97050d71527591c035ce");
        assertThat(t.accountTo()).isEqualTo("stripe-main");
        EveryField.assertSet(t);
        EveryField.assertSet(t.related());
    }

    @Test
    void queryWritesTheDocumentedFilterBody() throws Exception {
        server.enqueue(json(200, "{\"data\":[],\"pagination\":{\"hasNext\":false}}"));
        assertThat(wallet.query().where("transactionType", "payment").orderBy("createdAt").pageSize(10).list().stream().count()).isZero();
        RecordedRequest r = next();
        assertThat(r.getMethod() + " " + r.getPath()).isEqualTo("POST /v1/wallet/transactions/filter");
        JsonObject body = JsonParser.parseString(r.getBody().readUtf8()).getAsJsonObject();
        assertThat(body).isEqualTo(JsonParser.parseString("{\"pagination\":{\"limit\":10,\"offset\":0},\"filters\":[{\"field\":\"transactionType\","
                + "\"condition\":\"FILTER_CONDITION_EQ\",\"value\":{\"@type\":\"type.googleapis.com/google.protobuf.Value\",\"value\":\"payment\"}}],"
                + "\"orderBy\":\"createdAt\"}"));
    }

    private static String bigCsv() {
        StringBuilder csv = new StringBuilder("id,createdAt,amount,notes\n");
        for (int i = 0; i < 60_000; i++) {
            csv.append("tx-").append(i).append(",2024-12-12T06:59:38Z,0.00022723,\"caf\u00e9 \"\"quoted\"\" line\"\n");
        }
        return csv.toString();
    }

    private static MockResponse csvAnswer(String csv) {
        JsonObject o = new JsonObject();
        o.addProperty("csv", csv);
        return json(200, "{\"note\":{\"a\":[1,\"x\"]},\"csv\":" + o.get("csv").toString() + "}");
    }

    @Test
    void theCsvIsDecodedWhileStreamingToAWriter() throws Exception {
        String csv = bigCsv();
        server.enqueue(csvAnswer(csv));
        StringWriter out = new StringWriter();
        assertThat(wallet.exportTransactionsCsv(out)).isEqualTo(csv.length());
        assertThat(out.toString()).isEqualTo(csv);
        assertThat(next().getPath()).isEqualTo("/v1/wallet/transactions/csv");
    }

    @Test
    void theCsvReachesItsFileWholeOrNotAtAll() throws Exception {
        String csv = bigCsv();
        Path file = dir.resolve("tx.csv");
        server.enqueue(csvAnswer(csv));
        wallet.exportTransactionsCsv(file, false);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(csv);

        assertThatThrownBy(() -> wallet.exportTransactionsCsv(file, false)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("replaceExisting");

        Path other = dir.resolve("dropped.csv");
        server.enqueue(csvAnswer(csv).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
        assertThatThrownBy(() -> wallet.exportTransactionsCsv(other, false)).isInstanceOf(RuntimeException.class);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("tx.csv");
        }
    }

    @Test
    void aTextCsvAnswerIsCopiedAsItIs() throws Exception {
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/csv").setBody("a,b\n1,2\n"));
        StringWriter out = new StringWriter();
        wallet.exportTransactionsCsv(out);
        assertThat(out.toString()).isEqualTo("a,b\n1,2\n");
    }

    @Test
    void exchangeRateSendsTheCurrencyAndAmountExactly() throws Exception {
        server.enqueue(json(200, "{\"currency\":\"EUR\",\"currencyAmount\":12.5,\"exchangeRate\":0.00022723,\"amount\":\"0.00284\"}"));
        ExchangeRate rate = wallet.exchangeRate("EUR", new BigDecimal("12.50"));
        assertThat(next().getPath()).isEqualTo("/v1/wallet/exchange_rate?currency=EUR&currencyAmount=12.50");
        assertThat(rate.exchangeRate()).isEqualTo(new BigDecimal("0.00022723"));
        EveryField.assertSet(rate);
        assertThatThrownBy(() -> wallet.exchangeRate(" ", BigDecimal.ONE)).hasMessageContaining("currency");
        assertThatThrownBy(() -> wallet.exchangeRate("EUR", new BigDecimal("-1"))).hasMessageContaining("currencyAmount");
    }

    @Test
    void redeemIsNeverRetriedAndAFailureIsTyped() throws Exception {
        server.enqueue(errorEnvelope(503, "req-coupon", "Unavailable", "try later"));
        assertThatThrownBy(() -> wallet.redeemCoupon("hello-world"))
                .isInstanceOfSatisfying(ByteNiteApiException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(503);
                    assertThat(e.getMessage()).contains("req-coupon");
                });
        RecordedRequest r = next();
        assertThat(JsonParser.parseString(r.getBody().readUtf8())).isEqualTo(JsonParser.parseString("{\"couponCode\":\"hello-world\"}"));
        assertThat(TestServers.settledRequestCount(server)).isEqualTo(1);
    }

    @Test
    void redeemReadsTheCreditExactly() throws Exception {
        server.enqueue(json(200, "{\"id\":\"c1\",\"code\":\"hello-world\",\"amount\":\"10019.4719491\"}"));
        CouponRedemption c = wallet.redeemCoupon("hello-world");
        assertThat(c.amount()).contains(new BigDecimal("10019.4719491"));
        assertThat(c.id()).isEqualTo("c1");
        assertThat(c.code()).isEqualTo("hello-world");
        assertThatThrownBy(() -> wallet.redeemCoupon("  ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("couponCode");
        assertThat(TestServers.settledRequestCount(server)).isEqualTo(1);
    }

    @Test
    void anAmountThatIsNotANumberIsKeptAsSentAndTheRedemptionStillReturned() {
        server.enqueue(json(200, "{\"id\":\"c2\",\"code\":\"spring\",\"amount\":\"ten credits\"}"));
        try (LogCapture logs = new LogCapture()) {
            CouponRedemption c = wallet.redeemCoupon("spring");
            assertThat(c.id()).isEqualTo("c2");
            assertThat(c.amount()).isEmpty();
            assertThat(c.rawAmount()).contains("ten credits");
            assertThat(logs.text()).contains("wallet.redeemCoupon: amount is not a decimal number ('ten credits')");
        }
    }
}
