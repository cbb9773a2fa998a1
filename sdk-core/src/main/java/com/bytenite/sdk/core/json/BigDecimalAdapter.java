package com.bytenite.sdk.core.json;

import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;

/** Money must never pass through double: read the literal text, write it back unchanged. */
final class BigDecimalAdapter extends TypeAdapter<BigDecimal> {
    @Override
    public void write(JsonWriter out, BigDecimal value) throws IOException {
        out.value(value);
    }

    @Override
    public BigDecimal read(JsonReader in) throws IOException {
        JsonToken token = in.peek();
        if (token != JsonToken.STRING && token != JsonToken.NUMBER) {
            throw new JsonParseException("expected a decimal number but was " + token + " at " + in.getPath());
        }
        String text = in.nextString().trim();
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new JsonParseException("expected a decimal number but was '" + text + "' at " + in.getPath(), e);
        }
    }
}
