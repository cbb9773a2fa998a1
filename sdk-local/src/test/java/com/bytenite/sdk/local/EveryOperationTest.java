package com.bytenite.sdk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each of the 54 documented operations exists here, and those that need a token refuse a bad one. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryOperationTest {
    private LocalByteNite local;
    private RawClient raw;

    @BeforeAll
    void start() throws IOException {
        local = LocalByteNite.builder().start();
        raw = new RawClient(local);
    }

    @AfterAll
    void stop() {
        local.close();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            // Auth (11; the token exchange, skip and info need no token)
            "POST,/v1/auth/access_token,false", "GET,/v1/auth/api_keys,true", "POST,/v1/auth/api_keys/k/revoke,true",
            "GET,/v1/auth/info,false", "GET,/v1/auth/secrets,true", "POST,/v1/auth/secrets,true", "DELETE,/v1/auth/secrets/aws/s,true",
            "POST,/v1/auth/signout,true", "GET,/v1/auth/skip,false", "GET,/v1/auth/user,true", "PATCH,/v1/auth/user,true",
            // Customer (19)
            "POST,/v1/customer/datasource/test,true", "GET,/v1/customer/events,true", "GET,/v1/customer/info,true",
            "GET,/v1/customer/jobs,true", "POST,/v1/customer/jobs,true", "POST,/v1/customer/jobs/filter,true",
            "POST,/v1/customer/jobs/runningTasks,true", "GET,/v1/customer/jobs/templates,true", "GET,/v1/customer/jobs/j,true",
            "DELETE,/v1/customer/jobs/j,true", "POST,/v1/customer/jobs/j/abort,true", "PATCH,/v1/customer/jobs/j/configs,true",
            "PATCH,/v1/customer/jobs/j/datasource,true", "PATCH,/v1/customer/jobs/j/jobname,true", "PATCH,/v1/customer/jobs/j/params,true",
            "GET,/v1/customer/jobs/j/results,true", "POST,/v1/customer/jobs/j/run,true", "PATCH,/v1/customer/jobs/j/uploadcompleted,true",
            "POST,/v1/customer/logs,true",
            // Dev (18)
            "GET,/v1/dev/apps,true", "POST,/v1/dev/apps,true", "GET,/v1/dev/apps/a,true", "POST,/v1/dev/apps/a/activate,true",
            "POST,/v1/dev/apps/a/deactivate,true", "GET,/v1/dev/apps/a/download,true", "GET,/v1/dev/apps/a/status,true",
            "GET,/v1/dev/engines,true", "POST,/v1/dev/engines,true", "GET,/v1/dev/engines/e,true", "POST,/v1/dev/engines/e/activate,true",
            "POST,/v1/dev/engines/e/deactivate,true", "GET,/v1/dev/engines/e/download,true", "GET,/v1/dev/engines/e/status,true",
            "GET,/v1/dev/info,true", "GET,/v1/dev/templates,true", "POST,/v1/dev/templates,true", "GET,/v1/dev/templates/t,true",
            // Wallet (6)
            "GET,/v1/wallet/balance,true", "GET,/v1/wallet/exchange_rate,true", "POST,/v1/wallet/redeem_coupon,true",
            "GET,/v1/wallet/transactions,true", "GET,/v1/wallet/transactions/csv,true", "POST,/v1/wallet/transactions/filter,true"})
    void theOperationExistsAndGuardsItsToken(String method, String path, boolean needsToken) throws IOException {
        String body = method.equals("GET") || method.equals("DELETE") ? null : "{}";
        RawClient.Answer bad = raw.callWith("Bearer not-a-token", method, path, body);
        if (needsToken) {
            assertThat(bad.code()).isEqualTo(401);
            assertThat(bad.errorDescription()).contains("unknown access token");
        } else {
            assertThat(bad.code()).as("no token needed: the route answers on its own terms").isNotIn(401, 404, 405);
        }
        // Events stream forever and sign-out would end the token the other cases share; both have their own tests.
        if (!path.endsWith("/events") && !path.endsWith("/signout")) {
            RawClient.Answer good = raw.call(method, path, body);
            assertThat(good.code()).as("the route exists").isNotIn(401, 405);
            if (good.code() == 404) {
                assertThat(good.errorDescription()).doesNotContain("no such route");
            }
        }
    }
}
