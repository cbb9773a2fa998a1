package com.bytenite.sdk.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ByteNiteJsonTest {
    private final Gson gson = ByteNiteJson.gson();

    static final class Sample {
        long count;
        Long size;
        Instant createdAt;
        BigDecimal amount;
        Map<String, Object> params;
    }

    @Test
    void int64IsReadFromStringOrNumberAndWrittenAsString() {
        Sample s = gson.fromJson("{\"count\":\"9007199254740993\",\"size\":42}", Sample.class);
        assertThat(s.count).isEqualTo(9007199254740993L);
        assertThat(s.size).isEqualTo(42L);
        assertThat(gson.toJson(s)).contains("\"count\":\"9007199254740993\"").contains("\"size\":\"42\"");
    }

    @Test
    void int64RejectsFractionsWithThePath() {
        assertThatThrownBy(() -> gson.fromJson("{\"count\":\"1.5\"}", Sample.class))
                .isInstanceOf(JsonParseException.class)
                .hasMessageContaining("$.count");
    }

    @ParameterizedTest
    @CsvSource({
            "2024-12-12T06:59:38Z, 2024-12-12T06:59:38Z",
            "2024-12-12T06:59:38.6Z, 2024-12-12T06:59:38.600Z",
            "2024-12-12T06:59:38.653263Z, 2024-12-12T06:59:38.653263Z",
            "2024-12-12T06:59:38.123456789Z, 2024-12-12T06:59:38.123456789Z",
            "2024-12-12T08:59:38.5+02:00, 2024-12-12T06:59:38.500Z",
            "2024-12-12t06:59:38z, 2024-12-12T06:59:38Z"})
    void instantsWithZeroToNineFractionDigits(String wire, String expected) {
        Sample s = gson.fromJson("{\"createdAt\":\"" + wire + "\"}", Sample.class);
        assertThat(s.createdAt).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({
            "2025-02-29T00:00:00Z", "2024-13-01T00:00:00Z", "2024-12-12T24:00:00Z", "2024-12-12T06:60:00Z",
            "2024-12-12T06:59:38.1234567891Z", "2024-12-12T06:59:3aZ", "2024-12-12 06:59:38Z",
            "2024-12-12T06:59:38", "-024-12-12T06:59:38Z"})
    void invalidTimestampsAreRejectedWithTheField(String wire) {
        assertThatThrownBy(() -> ByteNiteJson.parseInstant(wire, "job.createdAt"))
                .isInstanceOf(JsonParseException.class)
                .hasMessageContaining("job.createdAt")
                .hasMessageContaining(wire);
    }

    @Test
    void theFastUtcPathAgreesWithTheFormatterOnEveryFractionLength() {
        String base = "2024-02-29T23:59:59";
        for (int digits = 0; digits <= 9; digits++) {
            String wire = base + (digits == 0 ? "" : "." + "987654321".substring(0, digits)) + "Z";
            assertThat(ByteNiteJson.parseInstant(wire, "t")).as(wire).isEqualTo(Instant.parse(wire));
        }
        assertThat(ByteNiteJson.parseInstant("0001-01-01T00:00:00Z", "t")).isEqualTo(Instant.parse("0001-01-01T00:00:00Z"));
    }

    @Test
    void nullTimestampStaysNull() {
        assertThat(gson.fromJson("{\"createdAt\":null}", Sample.class).createdAt).isNull();
    }

    @ParameterizedTest
    @CsvSource({"0.00022723", "10019.4719491", "12345678901234567890.123456789012"})
    void moneyRoundTripsExactly(String amount) {
        Sample fromNumber = gson.fromJson("{\"amount\":" + amount + "}", Sample.class);
        Sample fromString = gson.fromJson("{\"amount\":\"" + amount + "\"}", Sample.class);
        assertThat(fromNumber.amount).isEqualTo(new BigDecimal(amount));
        assertThat(fromString.amount).isEqualTo(new BigDecimal(amount));
        assertThat(gson.toJson(fromNumber)).contains("\"amount\":" + amount);
    }

    @Test
    void freeFormNumbersAreKeptExactly() {
        String json = "{\"big\":9007199254740993,\"price\":0.1000000000000000055511151231257827,\"list\":[1,2.50]}";
        Map<String, Object> m = gson.fromJson(json, new TypeToken<Map<String, Object>>() { }.getType());
        assertThat(m.get("big").toString()).isEqualTo("9007199254740993");
        assertThat(((Number) m.get("big")).longValue()).isEqualTo(9007199254740993L);
        assertThat(m.get("price").toString()).isEqualTo("0.1000000000000000055511151231257827");
        assertThat((List<?>) m.get("list")).extracting(Object::toString).containsExactly("1", "2.50");
        assertThat(gson.toJson(m)).isEqualTo(json);
    }
}
