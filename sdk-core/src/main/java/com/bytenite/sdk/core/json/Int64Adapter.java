package com.bytenite.sdk.core.json;

import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;

/** grpc-gateway sends int64 as a JSON string; older payloads and other servers send numbers. */
final class Int64Adapter extends TypeAdapter<Long> {
    @Override
    public void write(JsonWriter out, Long value) throws IOException {
        out.value(Long.toString(value));
    }

    @Override
    public Long read(JsonReader in) throws IOException {
        JsonToken token = in.peek();
        if (token != JsonToken.STRING && token != JsonToken.NUMBER) {
            throw new JsonParseException("expected a 64-bit integer (string or number) but was " + token + " at " + in.getPath());
        }
        return parse(in.nextString().trim(), in.getPath());
    }

    static Long parse(String text, String where) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            try {
                // "3600.0" or "3.6e3" are integers written oddly; fractions or overflow are errors.
                return new BigDecimal(text).longValueExact();
            } catch (NumberFormatException | ArithmeticException e2) {
                throw new JsonParseException("expected a 64-bit integer but was '" + text + "' at " + where, e2);
            }
        }
    }
}
