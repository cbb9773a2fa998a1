package com.bytenite.sdk.wallet.internal;

import static com.bytenite.sdk.core.testing.TestServers.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.core.testing.Canary;
import com.bytenite.sdk.core.testing.LoopbackServer;
import com.bytenite.sdk.core.testing.SpecContract;
import com.bytenite.sdk.wallet.internal.generated.model.BalanceDto;
import com.bytenite.sdk.wallet.internal.generated.model.TransactionListDto;
import java.math.BigDecimal;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GeneratedWalletApiTest {
    private static final String MODELS = "com.bytenite.sdk.wallet.internal.generated.model";

    @RegisterExtension
    final LoopbackServer loopback = new LoopbackServer();
    private MockWebServer server;
    private ByteNiteHttp http;
    private GeneratedWalletApi api;

    @BeforeEach
    void wire() {
        server = loopback.server();
        http = loopback.http();
        api = new GeneratedWalletApi(http.context());
    }

    private SpecContract spec() throws Exception {
        return SpecContract.load("wallet.json", MODELS, GeneratedWalletApi.gson());
    }

    @Test
    void specDescribesTheSixDocumentedOperations() throws Exception {
        assertThat(spec().basePath()).isEqualTo("/v1/wallet");
        assertThat(spec().operations()).containsExactlyInAnyOrder("GET /balance", "GET /exchange_rate",
                "POST /redeem_coupon", "GET /transactions", "GET /transactions/csv", "POST /transactions/filter");
        spec().assertWellFormed();
    }

    @Test
    void operationTableNeverReplaysCouponRedemption() throws Exception {
        spec().assertOperationTable(WalletOperations.class, "wallet", Set.of("redeemCoupon"));
    }

    @Test
    void everyDocumentedExampleParsesWithNoUndescribedField() throws Exception {
        assertThat(spec().assertEveryExampleIsFullyDescribed()).isGreaterThanOrEqualTo(7);
    }

    @Test
    void moneyIsExactAndUnknownFieldsAndValuesKeepTheirRawValue() throws Exception {
        server.enqueue(json(200, "{\"pagination\":{\"total\":\"2\",\"offset\":\"0\",\"hasNext\":false},"
                + "\"data\":[{\"id\":\"t1\",\"amount\":0.00022723,\"balance\":10019.4719491,"
                + "\"transactionType\":\"TRANSACTION_TYPE_REFUND\",\"ledger\":{\"shard\":3}}],\"cursor\":\"abc\"}"));
        TransactionListDto list = http.context().execute(WalletOperations.LIST_TRANSACTIONS,
                () -> api.transactions().listTransactionsCall(10, 0, null).request(), GeneratedWalletApi.gson(), TransactionListDto.class);

        var tx = list.getData().get(0);
        assertThat(tx.getAmount()).isEqualTo(new BigDecimal("0.00022723"));
        assertThat(tx.getBalance()).isEqualTo(new BigDecimal("10019.4719491"));
        assertThat(tx.getTransactionType()).isEqualTo("TRANSACTION_TYPE_REFUND");
        assertThat(tx.getAdditionalProperties()).containsKey("ledger");
        assertThat(list.getAdditionalProperties()).containsEntry("cursor", "abc");
        assertThat(list.getPagination().getTotal()).isEqualTo("2");

        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getPath()).isEqualTo("/v1/wallet/transactions?limit=10&offset=0");
        assertThat(request.getHeader("Authorization")).isEqualTo(Canary.TOKEN);
    }

    @Test
    void balanceExampleParsesExactly() throws Exception {
        server.enqueue(json(200, "{\"accountId\":\"a\",\"totalBalance\":10019.4719491,\"availableBalance\":10019.4719491,\"amountDue\":50}"));
        BalanceDto balance = http.context().execute(WalletOperations.GET_BALANCE,
                () -> api.wallet().getBalanceCall(null).request(), GeneratedWalletApi.gson(), BalanceDto.class);
        assertThat(balance.getTotalBalance().toPlainString()).isEqualTo("10019.4719491");
        assertThat(balance.getAmountDue()).isEqualByComparingTo("50");
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getPath()).isEqualTo("/v1/wallet/balance");
    }
}
