package com.bytenite.sdk.core.json;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.ToNumberPolicy;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The SDK's one Gson setup, for the wire conventions of ByteNite's grpc-gateway API:
 *
 * <ul>
 *   <li>64-bit integers ({@code long}/{@code Long}) read from a JSON string ({@code "3600"}) or a
 *       number, written as strings the way the server sends them;
 *   <li>{@link Instant} read from RFC 3339 with 0 to 9 fraction digits and any offset, written in UTC;
 *   <li>{@link BigDecimal} for money, read from a number or a string without going through
 *       {@code double};
 *   <li>numbers inside free-form objects ({@code Map}, {@code Object}) kept exactly as written
 *       ({@code 9007199254740993} stays that number).
 * </ul>
 *
 * <p>The generated clients use their own Gson with model adapters; API modules pass that Gson's
 * builder through {@link #configure(GsonBuilder)} so every module parses the same way.
 */
public final class ByteNiteJson {
    private static final Gson GSON = configure(new GsonBuilder()).create();

    private ByteNiteJson() {
    }

    /**
     * A shared, thread-safe Gson with the SDK's settings.
     *
     * @return the shared Gson; it has none of the generated model adapters
     */
    public static Gson gson() {
        return GSON;
    }

    /**
     * Parses an RFC 3339 timestamp with 0 to 9 fraction digits, as the generated models carry them.
     *
     * @param text the timestamp as the server sent it
     * @param field the field's name for the error message, such as {@code job.createdAt}
     * @return null for null or blank text
     * @throws com.google.gson.JsonParseException naming {@code field} for anything else
     */
    public static Instant parseInstant(String text, String field) {
        return text == null || text.isBlank() ? null : InstantAdapter.parse(text, field);
    }

    /**
     * Parses a 64-bit integer sent as a string (or a number's text), as the generated models carry them.
     *
     * @param text the integer as the server sent it; surrounding spaces are ignored
     * @param field the field's name for the error message, such as {@code pagination.total}
     * @return null for null or blank text
     * @throws com.google.gson.JsonParseException naming {@code field} for anything else
     */
    public static Long parseInt64(String text, String field) {
        return text == null || text.isBlank() ? null : Int64Adapter.parse(text.trim(), field);
    }

    /**
     * Adds the SDK's adapters and number policy to {@code builder} and returns it. HTML escaping is
     * switched off too.
     *
     * @param builder the builder to change, such as a generated client's
     * @return {@code builder}, changed
     */
    public static GsonBuilder configure(GsonBuilder builder) {
        return builder
                .disableHtmlEscaping()
                .registerTypeAdapter(Long.class, new Int64Adapter().nullSafe())
                .registerTypeAdapter(long.class, new Int64Adapter())
                .registerTypeAdapter(Instant.class, new InstantAdapter().nullSafe())
                .registerTypeAdapter(BigDecimal.class, new BigDecimalAdapter().nullSafe())
                .setObjectToNumberStrategy(ToNumberPolicy.LAZILY_PARSED_NUMBER)
                .setNumberToNumberStrategy(ToNumberPolicy.LAZILY_PARSED_NUMBER);
    }
}
