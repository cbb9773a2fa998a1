package com.bytenite.sdk.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Auth API's account routes and the Wallet API over raw HTTP. */
class AccountAndWalletRoutesTest {
    private LocalByteNite local;
    private RawClient raw;

    @BeforeEach
    void start() throws IOException {
        local = LocalByteNite.builder().coupon("spring", new BigDecimal("0.00022723")).additionalApiKey("second-key").start();
        raw = new RawClient(local);
    }

    @AfterEach
    void stop() {
        local.close();
    }

    @Test
    void secretsAreStoredListedByTypeAndDeletedWithoutEverShowingTheSecretKey() throws IOException {
        String canary = "CANARY-secret-key-7f3a";
        assertThat(raw.call("POST", "/v1/auth/secrets", "{\"secret\":{\"id\":\"bucket-1\",\"secretType\":\"aws\",\"accessKey\":\"AK\","
                + "\"name\":\"My bucket\"},\"secretKey\":\"" + canary + "\"}").code()).isEqualTo(200);
        assertThat(raw.call("POST", "/v1/auth/secrets", "{\"secret\":{\"id\":\"g\",\"secretType\":\"gcp\"},\"secretKey\":\"x\"}").code())
                .isEqualTo(200);
        RawClient.Answer all = raw.call("GET", "/v1/auth/secrets", null);
        assertThat(all.object().getAsJsonArray("secrets")).hasSize(2);
        assertThat(all.body().toString()).doesNotContain(canary);
        RawClient.Answer aws = raw.call("GET", "/v1/auth/secrets?secretType=aws", null);
        assertThat(aws.object().getAsJsonArray("secrets")).hasSize(1);
        assertThat(aws.object().getAsJsonArray("secrets").get(0).getAsJsonObject().get("name").getAsString()).isEqualTo("My bucket");

        RawClient.Answer duplicate = raw.call("POST", "/v1/auth/secrets", "{\"secret\":{\"id\":\"bucket-1\",\"secretType\":\"aws\"}}");
        assertThat(duplicate.code()).isEqualTo(409);
        assertThat(duplicate.errorDescription()).contains("bucket-1");
        assertThat(raw.call("DELETE", "/v1/auth/secrets/aws/bucket-1", null).code()).isEqualTo(200);
        assertThat(raw.call("DELETE", "/v1/auth/secrets/aws/bucket-1", null).code()).isEqualTo(404);
    }

    @Test
    void aSecretWithoutTypeOrWithAPastExpiryIs400NamingTheField() throws IOException {
        RawClient.Answer noType = raw.call("POST", "/v1/auth/secrets", "{\"secret\":{\"id\":\"s\"}}");
        assertThat(noType.code()).isEqualTo(400);
        assertThat(noType.errorDescription()).contains("secretType");
        RawClient.Answer past = raw.call("POST", "/v1/auth/secrets", "{\"secret\":{\"id\":\"s\",\"secretType\":\"aws\",\"expiresAt\":\"2001-01-01T00:00:00Z\"}}");
        assertThat(past.code()).isEqualTo(400);
        assertThat(past.errorDescription()).contains("expiresAt");
    }

    @Test
    void apiKeysAreListedByFingerprintAndARevokedKeyNoLongerGetsTokens() throws IOException {
        JsonObject key = null;
        for (var k : raw.call("GET", "/v1/auth/api_keys", null).object().getAsJsonArray("apiKeys")) {
            if (k.getAsJsonObject().get("name").getAsString().equals("primary")) {
                key = k.getAsJsonObject();
            }
        }
        assertThat(key).as("the primary key is listed").isNotNull();
        assertThat(key.toString()).doesNotContain(local.apiKey());
        assertThat(key.get("revoked").getAsBoolean()).isFalse();
        assertThat(raw.call("POST", "/v1/auth/api_keys/" + key.get("id").getAsString() + "/revoke", "{}").code()).isEqualTo(200);
        RawClient.Answer exchange = raw.call("POST", "/v1/auth/access_token", "{\"apiKey\":\"" + local.apiKey() + "\"}", false);
        assertThat(exchange.code()).isEqualTo(401);
        assertThat(raw.call("POST", "/v1/auth/access_token", "{\"apiKey\":\"second-key\"}", false).code()).as("the other key still works")
                .isEqualTo(200);
    }

    @Test
    void aRevokedKeysTokensEndAtOnce() throws IOException {
        RawClient.Answer exchange = raw.call("POST", "/v1/auth/access_token", "{\"apiKey\":\"second-key\"}", false);
        String secondToken = exchange.object().get("token").getAsString();
        assertThat(raw.callWith(secondToken, "GET", "/v1/auth/user", null).code()).isEqualTo(200);
        String primaryId = null;
        String secondId = null;
        for (var k : raw.call("GET", "/v1/auth/api_keys", null).object().getAsJsonArray("apiKeys")) {
            JsonObject o = k.getAsJsonObject();
            if (o.get("name").getAsString().equals("primary")) {
                primaryId = o.get("id").getAsString();
            } else {
                secondId = o.get("id").getAsString();
            }
        }
        assertThat(raw.call("POST", "/v1/auth/api_keys/" + secondId + "/revoke", "{}").code()).isEqualTo(200);
        RawClient.Answer after = raw.callWith(secondToken, "GET", "/v1/auth/user", null);
        assertThat(after.code()).isEqualTo(401);
        assertThat(raw.callWith(secondToken, "POST", "/v1/auth/api_keys/" + primaryId + "/revoke", "{}").code())
                .as("a revoked key's token cannot revoke the others").isEqualTo(401);
        assertThat(raw.call("GET", "/v1/auth/user", null).code()).as("the primary key's token still works").isEqualTo(200);
    }

    @Test
    void everyConfiguredKeyIsListedAndRevokedOnItsOwn() throws IOException {
        assertThat(raw.call("GET", "/v1/auth/api_keys", null).object().getAsJsonArray("apiKeys")).extracting(k -> k.getAsJsonObject().get("name").getAsString())
                .containsExactlyInAnyOrder("primary", "additional 1");
        assertThat(raw.call("POST", "/v1/auth/access_token", "{\"apiKey\":\"second-key\"}", false).code()).isEqualTo(200);
    }

    @Test
    void signOutEndsTheToken() throws IOException {
        assertThat(raw.call("POST", "/v1/auth/signout", "{}").code()).isEqualTo(200);
        assertThat(raw.call("GET", "/v1/auth/user", null).code()).isEqualTo(401);
    }

    @Test
    void theUserProfileKeepsWhatWasUpdatedAndRefusesUnknownFields() throws IOException {
        RawClient.Answer updated = raw.call("PATCH", "/v1/auth/user", "{\"firstName\":\"Ada\",\"contactInfo\":{\"city\":\"London\"}}");
        assertThat(updated.object().getAsJsonObject("user").get("firstName").getAsString()).isEqualTo("Ada");
        assertThat(raw.call("GET", "/v1/auth/user", null).object().getAsJsonObject("user").getAsJsonObject("contactInfo")
                .get("city").getAsString()).isEqualTo("London");
        RawClient.Answer bad = raw.call("PATCH", "/v1/auth/user", "{\"email\":\"x@y\"}");
        assertThat(bad.code()).isEqualTo(400);
        assertThat(bad.errorDescription()).contains("email");
    }

    @Test
    void couponsCreditTheWalletOnceWithExactAmounts() throws IOException {
        BigDecimal before = raw.call("GET", "/v1/wallet/balance", null).object().get("totalBalance").getAsBigDecimal();
        assertThat(before).isEqualByComparingTo("100");
        RawClient.Answer redeemed = raw.call("POST", "/v1/wallet/redeem_coupon", "{\"couponCode\":\"spring\"}");
        assertThat(redeemed.object().get("amount").getAsString()).isEqualTo("0.00022723");
        assertThat(raw.call("GET", "/v1/wallet/balance", null).object().get("totalBalance").getAsBigDecimal())
                .isEqualByComparingTo("100.00022723");
        assertThat(raw.call("POST", "/v1/wallet/redeem_coupon", "{\"couponCode\":\"spring\"}").code()).isEqualTo(409);
        assertThat(raw.call("POST", "/v1/wallet/redeem_coupon", "{\"couponCode\":\"nope\"}").code()).isEqualTo(404);

        JsonObject page = raw.call("GET", "/v1/wallet/transactions?limit=1", null).object();
        assertThat(page.getAsJsonObject("pagination").get("total").getAsString()).isEqualTo("2");
        assertThat(page.getAsJsonObject("pagination").get("hasNext").getAsBoolean()).isTrue();
        JsonObject filtered = raw.call("POST", "/v1/wallet/transactions/filter", "{\"filters\":[{\"field\":\"transactionType\","
                + "\"condition\":\"FILTER_CONDITION_EQ\",\"value\":{\"value\":\"coupon\"}}]}").object();
        assertThat(filtered.getAsJsonArray("data")).hasSize(1);
        assertThat(raw.call("GET", "/v1/wallet/transactions/csv", null).object().get("csv").getAsString())
                .startsWith("id,createdAt").contains(",coupon,0.00022723,");
    }

    @Test
    void theExchangeRateIsOneToOneAndABadAmountIs400() throws IOException {
        JsonObject rate = raw.call("GET", "/v1/wallet/exchange_rate?currency=EUR&currencyAmount=12.50", null).object();
        assertThat(rate.get("currency").getAsString()).isEqualTo("EUR");
        assertThat(rate.get("amount").getAsBigDecimal()).isEqualByComparingTo("12.50");
        assertThat(raw.call("GET", "/v1/wallet/exchange_rate?currencyAmount=lots", null).errorDescription()).contains("currencyAmount");
    }
}
