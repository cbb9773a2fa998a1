package com.bytenite.sdk.dev;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Objects;
import java.util.Optional;

/**
 * A job template: the app, partitioner and assembler (by tag) a job runs, with optional default
 * params, data source and destination, and config. Kept as the JSON it was written as, so fields
 * this SDK does not model are pushed and read back unchanged.
 */
public final class Template {
    private final JsonObject json;

    private Template(JsonObject json) {
        this.json = json;
    }

    /**
     * Starts a template.
     *
     * @param id the template's id
     * @param app the app's tag ({@code name}, {@code name@major} or {@code name@major.minor})
     * @param partitioner the partitioner's tag
     * @param assembler the assembler's tag
     * @return a builder holding these four fields
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException for a blank id or tags that do not parse
     */
    public static Builder builder(String id, String app, String partitioner, String assembler) {
        return new Builder(id, app, partitioner, assembler);
    }

    /**
     * A template as JSON ({@code template.json}, or the Dev API's answer).
     *
     * @param json the template; it is copied, every field kept
     * @return the template
     * @throws NullPointerException if {@code json} is null
     * @throws IllegalArgumentException when {@code id}, {@code app}, {@code partitioner} or
     *     {@code assembler} is missing, naming it
     */
    public static Template fromJson(JsonObject json) {
        Objects.requireNonNull(json, "json must not be null");
        for (String field : new String[] {"id", "app", "partitioner", "assembler"}) {
            JsonElement e = json.get(field);
            if (e == null || !e.isJsonPrimitive() || e.getAsString().isBlank()) {
                throw new IllegalArgumentException("template." + field + " is required");
            }
        }
        return new Template(json.deepCopy());
    }

    /**
     * The template's id.
     *
     * @return the id, never blank
     */
    public String id() {
        return json.get("id").getAsString();
    }

    /**
     * The app this template runs, as written (a tag).
     *
     * @return the app's tag
     */
    public String app() {
        return json.get("app").getAsString();
    }

    /**
     * The partitioner this template runs, as written (a tag).
     *
     * @return the partitioner's tag
     */
    public String partitioner() {
        return json.get("partitioner").getAsString();
    }

    /**
     * The assembler this template runs, as written (a tag).
     *
     * @return the assembler's tag
     */
    public String assembler() {
        return json.get("assembler").getAsString();
    }

    /**
     * The template's description.
     *
     * @return the description, or empty when the template has none
     */
    public Optional<String> description() {
        return text("description");
    }

    /**
     * The template's owner, as the server sent it; a template written locally usually has none.
     *
     * @return the owner, or empty when absent
     */
    public Optional<String> owner() {
        return text("owner");
    }

    /**
     * Whether the template is marked public ({@code isPublic}).
     *
     * @return true only when {@code isPublic} is true (as a boolean or a string); false when absent
     */
    public boolean isPublic() {
        return text("isPublic").map("true"::equalsIgnoreCase).orElse(false);
    }

    /**
     * A copy of the whole template as JSON.
     *
     * @return a deep copy; changing it does not change this template
     */
    public JsonObject toJson() {
        return json.deepCopy();
    }

    private Optional<String> text(String key) {
        JsonElement e = json.get(key);
        return e != null && e.isJsonPrimitive() ? Optional.of(e.getAsString()) : Optional.empty();
    }

    @Override
    public String toString() {
        return "Template{id=" + id() + ", app=" + app() + ", partitioner=" + partitioner() + ", assembler=" + assembler() + '}';
    }

    /** Builds a {@link Template}. */
    public static final class Builder {
        private final JsonObject json = new JsonObject();

        private Builder(String id, String app, String partitioner, String assembler) {
            Objects.requireNonNull(id, "id must not be null");
            if (id.isBlank()) {
                throw new IllegalArgumentException("id: expected a non-blank template id");
            }
            json.addProperty("id", id);
            json.addProperty("app", Tag.parse(app).toString());
            json.addProperty("partitioner", Tag.parse(partitioner).toString());
            json.addProperty("assembler", Tag.parse(assembler).toString());
        }

        /**
         * Sets the template's description.
         *
         * @param description the text to show; null stores a JSON null
         * @return this builder
         */
        public Builder description(String description) {
            json.addProperty("description", description);
            return this;
        }

        /**
         * Marks the template public or private; who may then use a public template is not documented.
         *
         * @param isPublic true to make it public
         * @return this builder
         */
        public Builder isPublic(boolean isPublic) {
            json.addProperty("isPublic", isPublic);
            return this;
        }

        /**
         * Default params of one component ({@code partitioner}, {@code app} or {@code assembler}),
         * replacing any set before for that component.
         *
         * @param component {@code partitioner}, {@code app} or {@code assembler}
         * @param params the params, copied
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException for any other component name
         */
        public Builder params(String component, JsonObject params) {
            if (!component.equals("partitioner") && !component.equals("app") && !component.equals("assembler")) {
                throw new IllegalArgumentException("component: expected partitioner, app or assembler but was '" + component + "'");
            }
            JsonObject all = json.has("params") ? json.getAsJsonObject("params") : new JsonObject();
            all.add(component, params.deepCopy());
            json.add("params", all);
            return this;
        }

        /**
         * Builds the template; the builder can be used again.
         *
         * @return a template holding a copy of what was set
         */
        public Template build() {
            return new Template(json.deepCopy());
        }
    }
}
