package com.bytenite.sdk.local.internal.files;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * One piece of server state kept as a JSON file in the data directory, written through a temporary
 * file so that a crash never leaves half of it. Small by design: each write replaces the whole file.
 */
public final class Snapshot<T> {
    /** Gson for the server's own records: instants as RFC 3339 text, paths as strings. */
    public static final Gson GSON = new GsonBuilder()
            .registerTypeAdapter(Instant.class, new TypeAdapter<Instant>() {
                @Override
                public void write(JsonWriter out, Instant value) throws IOException {
                    if (value == null) {
                        out.nullValue();
                    } else {
                        out.value(value.toString());
                    }
                }

                @Override
                public Instant read(JsonReader in) throws IOException {
                    if (in.peek() == JsonToken.NULL) {
                        in.nextNull();
                        return null;
                    }
                    return Instant.parse(in.nextString());
                }
            })
            .registerTypeHierarchyAdapter(Path.class, new TypeAdapter<Path>() {
                @Override
                public void write(JsonWriter out, Path value) throws IOException {
                    if (value == null) {
                        out.nullValue();
                    } else {
                        out.value(value.toString());
                    }
                }

                @Override
                public Path read(JsonReader in) throws IOException {
                    if (in.peek() == JsonToken.NULL) {
                        in.nextNull();
                        return null;
                    }
                    return Path.of(in.nextString());
                }
            })
            .create();

    private final Path file;
    private final Type type;

    public Snapshot(Path file, Type type) {
        this.file = file;
        this.type = type;
    }

    public synchronized void save(T value) {
        try {
            AtomicWrite.writeString(file, GSON.toJson(value, type));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save " + file, e);
        }
    }

    /**
     * The saved value, or null when nothing was saved yet. A file that cannot be read or parsed
     * (cut off by a crash, edited by hand) is moved to {@link Quarantine} and read as nothing.
     */
    public synchronized T load() {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            T value = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), type);
            if (value == null) {
                Quarantine.move(file, "it is empty");
            }
            return value;
        } catch (IOException | JsonParseException e) {
            Quarantine.move(file, e.getMessage());
            return null;
        }
    }
}
