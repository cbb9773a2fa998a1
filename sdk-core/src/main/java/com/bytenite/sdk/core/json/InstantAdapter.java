package com.bytenite.sdk.core.json;

import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** RFC 3339 with 0 to 9 fraction digits, 'Z' or an offset, 'T' or 't'. */
final class InstantAdapter extends TypeAdapter<Instant> {
    private static final DateTimeFormatter RFC_3339 = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
            .toFormatter(Locale.ROOT);

    @Override
    public void write(JsonWriter out, Instant value) throws IOException {
        out.value(DateTimeFormatter.ISO_INSTANT.format(value));
    }

    @Override
    public Instant read(JsonReader in) throws IOException {
        String text = in.nextString();
        return parse(text, in.getPath());
    }

    static Instant parse(String text, String where) {
        try {
            return OffsetDateTime.parse(text.trim(), RFC_3339).toInstant();
        } catch (DateTimeParseException e) {
            throw new JsonParseException("expected an RFC 3339 timestamp but was '" + text + "' at " + where, e);
        }
    }
}
