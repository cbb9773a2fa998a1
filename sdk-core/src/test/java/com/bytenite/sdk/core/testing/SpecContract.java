package com.bytenite.sdk.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.bytenite.sdk.core.spi.Operation;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a spec in {@code specs/} against what the documentation shows: which operations it has,
 * and that every documented example parses into the generated models with no field left over
 * (a field left over would be one the spec forgot to describe).
 */
public final class SpecContract {
    private final JsonObject spec;
    /** The generator's {@code modelNameSuffix} (root POM): a definition {@code X} is generated as {@code XDto}. */
    private static final String MODEL_NAME_SUFFIX = "Dto";
    private final String modelPackage;
    private final Gson gson;

    private SpecContract(JsonObject spec, String modelPackage, Gson gson) {
        this.spec = spec;
        this.modelPackage = modelPackage;
        this.gson = gson;
    }

    /** Reads {@code specs/<file>} from the project root (tests run in the module's folder). */
    public static SpecContract load(String file, String modelPackage, Gson gson) throws IOException {
        Path path = Path.of("..", "specs", file);
        return new SpecContract(JsonParser.parseString(Files.readString(path, StandardCharsets.UTF_8)).getAsJsonObject(),
                modelPackage, gson);
    }

    public String basePath() {
        return spec.get("basePath").getAsString();
    }

    /** Every operation as {@code "METHOD /path"}, the path relative to the base path. */
    public List<String> operations() {
        List<String> ops = new ArrayList<>();
        for (Map.Entry<String, JsonElement> path : spec.getAsJsonObject("paths").entrySet()) {
            for (String method : path.getValue().getAsJsonObject().keySet()) {
                if (!method.equals("parameters")) {
                    ops.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            }
        }
        return ops;
    }

    /**
     * What the generator's own validation lets through with a warning only: every {@code $ref}
     * resolves; operationIds are unique; the {@code {names}} in each path and its path parameters
     * match; every operation has a tag, a summary, a 200 response and the error envelope as its
     * default response; no response schema has required properties (the server's omissions must
     * not break parsing).
     */
    public void assertWellFormed() {
        JsonObject definitions = spec.getAsJsonObject("definitions");
        List<String> problems = new ArrayList<>();
        collectRefs(spec, "#").forEach(ref -> {
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            if (!ref.startsWith("#/definitions/") || !definitions.has(name)) {
                problems.add("unresolved $ref " + ref);
            }
        });
        Set<String> ids = new TreeSet<>();
        for (Map.Entry<String, JsonElement> path : spec.getAsJsonObject("paths").entrySet()) {
            Set<String> inPath = new TreeSet<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path.getKey());
            while (m.find()) {
                inPath.add(m.group(1));
            }
            for (Map.Entry<String, JsonElement> method : path.getValue().getAsJsonObject().entrySet()) {
                String where = method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                JsonObject op = method.getValue().getAsJsonObject();
                String id = op.has("operationId") ? op.get("operationId").getAsString() : null;
                if (id == null || !ids.add(id)) {
                    problems.add(where + ": missing or duplicate operationId " + id);
                }
                if (!op.has("tags") || op.getAsJsonArray("tags").size() != 1 || !op.has("summary")) {
                    problems.add(where + ": needs exactly one tag and a summary");
                }
                Set<String> declared = new TreeSet<>();
                if (op.has("parameters")) {
                    for (JsonElement p : op.getAsJsonArray("parameters")) {
                        if ("path".equals(p.getAsJsonObject().get("in").getAsString())) {
                            declared.add(p.getAsJsonObject().get("name").getAsString());
                        }
                    }
                }
                if (!declared.equals(inPath)) {
                    problems.add(where + ": path parameters " + declared + " do not match the path's " + inPath);
                }
                JsonObject responses = op.getAsJsonObject("responses");
                if (!responses.has("200")) {
                    problems.add(where + ": no 200 response");
                }
                JsonElement fallback = responses.get("default");
                if (fallback == null || !fallback.toString().contains("#/definitions/ErrorResponse")) {
                    problems.add(where + ": default response is not the ErrorResponse envelope");
                }
            }
        }
        for (Map.Entry<String, JsonElement> def : definitions.entrySet()) {
            if (def.getValue().getAsJsonObject().has("required")) {
                problems.add("definition " + def.getKey() + " has required properties");
            }
        }
        assertThat(problems).as("problems in the spec").isEmpty();
    }

    private static List<String> collectRefs(JsonElement e, String where) {
        List<String> refs = new ArrayList<>();
        if (e.isJsonObject()) {
            for (Map.Entry<String, JsonElement> entry : e.getAsJsonObject().entrySet()) {
                if (entry.getKey().equals("$ref") && entry.getValue().isJsonPrimitive()) {
                    refs.add(entry.getValue().getAsString());
                } else {
                    refs.addAll(collectRefs(entry.getValue(), where + "/" + entry.getKey()));
                }
            }
        } else if (e.isJsonArray()) {
            for (JsonElement item : e.getAsJsonArray()) {
                refs.addAll(collectRefs(item, where));
            }
        }
        return refs;
    }

    /** The docs' 200 example of {@code "METHOD /path"}, as JSON text. */
    public String responseExample(String operation) {
        JsonObject op = operation(operation);
        return op.getAsJsonObject("responses").getAsJsonObject("200").getAsJsonObject("examples").get("application/json").toString();
    }

    /** The docs' request body example of {@code "METHOD /path"}. */
    public JsonElement requestExample(String operation) {
        for (JsonElement p : operation(operation).getAsJsonArray("parameters")) {
            if ("body".equals(p.getAsJsonObject().get("in").getAsString())) {
                return p.getAsJsonObject().get("x-example");
            }
        }
        throw new AssertionError(operation + " has no body example");
    }

    private JsonObject operation(String operation) {
        String[] parts = operation.split(" ", 2);
        JsonObject path = spec.getAsJsonObject("paths").getAsJsonObject(parts[1]);
        assertThat(path).as("path " + parts[1]).isNotNull();
        JsonObject op = path.getAsJsonObject(parts[0].toLowerCase(Locale.ROOT));
        assertThat(op).as(operation).isNotNull();
        return op;
    }

    /** Every {@code operationId} in the spec. */
    public List<String> operationIds() {
        List<String> ids = new ArrayList<>();
        for (Map.Entry<String, JsonElement> path : spec.getAsJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonElement> method : path.getValue().getAsJsonObject().entrySet()) {
                if (!method.getKey().equals("parameters")) {
                    ids.add(method.getValue().getAsJsonObject().get("operationId").getAsString());
                }
            }
        }
        return ids;
    }

    /**
     * Asserts that {@code table} (a class of {@code Operation} constants) names every operation of
     * the spec as {@code <api>.<operationId>}, and that exactly {@code nonIdempotentIds} are marked
     * as unsafe to repeat.
     */
    public void assertOperationTable(Class<?> table, String api, Set<String> nonIdempotentIds) throws IllegalAccessException {
        Set<String> names = new TreeSet<>();
        Set<String> unsafe = new TreeSet<>();
        for (Field field : table.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == Operation.class) {
                Operation op = (Operation) field.get(null);
                names.add(op.name());
                if (!op.isIdempotent()) {
                    unsafe.add(op.name());
                }
            }
        }
        Set<String> expected = new TreeSet<>();
        operationIds().forEach(id -> expected.add(api + "." + id));
        assertThat(names).as("operations named in " + table.getSimpleName()).isEqualTo(expected);
        Set<String> expectedUnsafe = new TreeSet<>();
        nonIdempotentIds.forEach(id -> expectedUnsafe.add(api + "." + id));
        assertThat(unsafe).as("operations never replayed").isEqualTo(expectedUnsafe);
    }

    /**
     * Parses every 200 response example and every request body example into its generated model
     * and asserts that no object in it kept an unknown field. Returns how many examples it checked.
     */
    public int assertEveryExampleIsFullyDescribed() throws Exception {
        int checked = 0;
        for (Map.Entry<String, JsonElement> path : spec.getAsJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonElement> method : path.getValue().getAsJsonObject().entrySet()) {
                JsonObject op = method.getValue().getAsJsonObject();
                String where = method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                JsonObject ok = op.getAsJsonObject("responses").getAsJsonObject("200");
                if (ok != null && ok.has("examples") && ok.has("schema")) {
                    checked += check(where + " response", ok.getAsJsonObject("schema"),
                            ok.getAsJsonObject("examples").get("application/json"));
                }
                if (op.has("parameters")) {
                    for (JsonElement p : op.getAsJsonArray("parameters")) {
                        JsonObject param = p.getAsJsonObject();
                        if ("body".equals(param.get("in").getAsString()) && param.has("x-example")) {
                            checked += check(where + " request", param.getAsJsonObject("schema"), param.get("x-example"));
                        }
                    }
                }
            }
        }
        return checked;
    }

    private int check(String where, JsonObject schema, JsonElement example) throws Exception {
        if (example == null || !schema.has("$ref")) {
            return 0;
        }
        String name = schema.get("$ref").getAsString().replace("#/definitions/", "");
        Class<?> type = Class.forName(modelPackage + "." + name + MODEL_NAME_SUFFIX);
        Object parsed = gson.fromJson(example, type);
        assertThat(parsed).as(where + " parses").isNotNull();
        assertNoUnknownFields(where + " (" + name + ")", parsed);
        return 1;
    }

    private void assertNoUnknownFields(String where, Object value) throws IllegalAccessException {
        if (value == null) {
            return;
        }
        if (value instanceof Collection) {
            for (Object item : (Collection<?>) value) {
                assertNoUnknownFields(where, item);
            }
            return;
        }
        if (value instanceof Map) {
            for (Object item : ((Map<?, ?>) value).values()) {
                assertNoUnknownFields(where, item);
            }
            return;
        }
        if (!value.getClass().getName().startsWith(modelPackage + ".")) {
            return;
        }
        for (Field field : value.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            field.setAccessible(true);
            Object fieldValue = field.get(value);
            if (field.getName().equals("additionalProperties")) {
                assertThat((Map<?, ?>) fieldValue).as(where + ": fields the spec does not describe").isNullOrEmpty();
            } else {
                assertNoUnknownFields(where + "." + field.getName(), fieldValue);
            }
        }
    }
}
