package com.bytenite.sdk.dev;

import static com.bytenite.sdk.core.http.Arguments.requirePathSegment;

import com.bytenite.sdk.core.ServerInfo;
import com.bytenite.sdk.core.archive.ArchiveRejectedException;
import com.bytenite.sdk.core.errors.ByteNiteException;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.core.http.Operation;
import com.bytenite.sdk.core.http.RequestSource;
import com.bytenite.sdk.core.json.ByteNiteJson;
import com.bytenite.sdk.core.paging.Page;
import com.bytenite.sdk.core.paging.Pager;
import com.bytenite.sdk.dev.internal.DevOperations;
import com.bytenite.sdk.dev.internal.GeneratedDevApi;
import com.bytenite.sdk.dev.internal.generated.model.PushRequestDto;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.zip.ZipException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The Developer API ({@code /v1/dev}): ship apps, engines and templates the way the ByteNite Dev
 * CLI does, then activate them, inspect them, and pull them back.
 *
 * <pre>{@code
 * DevClient dev = new DevClient(http);
 * PushResult pushed = dev.pushApp(Path.of("hello-world"));     // manifest checked first; template.json too
 * dev.activateApp(pushed.component().tag().toString());
 * System.out.println(dev.appStatus("hello-world").status());
 * }</pre>
 *
 * <p>Pushes are never retried automatically (the server may have stored the first one); reads,
 * activate and deactivate are. The encoding of a pushed folder is not documented by ByteNite: see
 * {@code PushEncoding} (a base64 zip).
 */
public final class DevClient {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final ByteNiteHttp http;
    private final GeneratedDevApi api;
    private final ComponentCalls apps;
    private final ComponentCalls engines;
    private final HttpUrl devBase;

    public DevClient(ByteNiteHttp http) {
        this.http = Objects.requireNonNull(http, "http must not be null");
        this.devBase = HttpUrl.get(http.config().apiBaseUrl("dev"));
        this.api = new GeneratedDevApi(http);
        this.apps = ComponentCalls.apps(api);
        this.engines = ComponentCalls.engines(api);
    }

    // ---- apps

    /** Every app visible to the user, page by page. */
    public Pager<ComponentInfo> apps() {
        return list(apps, false, null);
    }

    /**
     * Apps, optionally only public ones, ordered by {@code orderBy} (a field name; the accepted names
     * are not documented) or the server's default when null.
     */
    public Pager<ComponentInfo> apps(boolean publicOnly, String orderBy) {
        return list(apps, publicOnly, orderBy);
    }

    /** The app a tag resolves to ({@code name}, {@code name@major}, {@code name@major.minor}). */
    public ComponentInfo app(String tag) {
        return get(apps, tag);
    }

    public ComponentStatus appStatus(String tag) {
        return action(apps, apps.status, tag);
    }

    /** Makes the app usable by jobs. */
    public ComponentStatus activateApp(String tag) {
        return action(apps, apps.activate, tag);
    }

    public ComponentStatus deactivateApp(String tag) {
        return action(apps, apps.deactivate, tag);
    }

    /**
     * Checks the folder's manifest, packages the folder and pushes it ({@code POST /apps}); pushes
     * the folder's {@code template.json} afterwards when there is one, as the CLI does.
     *
     * @throws ManifestException listing every manifest problem (nothing is sent)
     */
    public PushResult pushApp(Path folder) {
        return push(apps, ComponentKind.APP, folder);
    }

    /**
     * Downloads the app and unpacks it into {@code into}. No entry may land outside {@code into}:
     * an archive with an absolute path, {@code ..}, an escaping or a duplicate entry, or one that
     * expands past {@link com.bytenite.sdk.core.archive.ArchiveLimits#DEFAULTS} (512 MiB, 10,000
     * entries, 100 times its size) is refused before anything is written.
     *
     * @return the files written
     * @throws com.bytenite.sdk.core.errors.MalformedResponseException when the answer has no package
     *     or one that is not base64
     * @throws ByteNiteException when the package is not a zip archive or
     *     {@link com.bytenite.sdk.core.archive.SafeUnzip} refuses it (the cause says why; nothing is
     *     written), or when the files cannot be written into {@code into}
     */
    public List<Path> pullApp(String tag, Path into) {
        return pull(apps, tag, into);
    }

    // ---- engines

    public Pager<ComponentInfo> engines() {
        return list(engines, false, null);
    }

    public Pager<ComponentInfo> engines(boolean publicOnly, String orderBy) {
        return list(engines, publicOnly, orderBy);
    }

    public ComponentInfo engine(String tag) {
        return get(engines, tag);
    }

    public ComponentStatus engineStatus(String tag) {
        return action(engines, engines.status, tag);
    }

    public ComponentStatus activateEngine(String tag) {
        return action(engines, engines.activate, tag);
    }

    public ComponentStatus deactivateEngine(String tag) {
        return action(engines, engines.deactivate, tag);
    }

    /** Like {@link #pushApp(Path)}; the manifest must also say {@code "type": "partitioner" | "assembler"}. */
    public PushResult pushEngine(Path folder) {
        return push(engines, ComponentKind.ENGINE, folder);
    }

    /** Like {@link #pullApp(String, Path)}. */
    public List<Path> pullEngine(String tag, Path into) {
        return pull(engines, tag, into);
    }

    // ---- templates

    /** Every template visible to the user, page by page. */
    public Pager<Template> templates() {
        return templates(false, null);
    }

    public Pager<Template> templates(boolean publicOnly, String orderBy) {
        return Pager.of((offset, limit) -> call(DevOperations.LIST_TEMPLATES,
                () -> api.templates().listTemplatesCall(orderBy, limit, Math.toIntExact(offset), publicOnly ? Boolean.TRUE : null, null).request(),
                JsonObject.class, root -> page(root, "templates", Template::fromJson)));
    }

    public Template template(String id) {
        String templateId = requirePathSegment("id", id);
        return call(DevOperations.GET_TEMPLATE, () -> api.templates().getTemplateCall(templateId, null).request(), JsonObject.class,
                Template::fromJson);
    }

    /**
     * Pushes (creates or overwrites) a template ({@code POST /templates}); never retried
     * automatically. The template's JSON is sent exactly as written (not through the generated
     * model, which would rewrite numbers such as {@code taskTimeout} as int64 strings).
     */
    public Template pushTemplate(Template template) {
        Objects.requireNonNull(template, "template must not be null");
        String body = template.toJson().toString();
        call(DevOperations.PUSH_TEMPLATE, () -> new Request.Builder().url(devBase.newBuilder().addPathSegment("templates").build())
                .header("Accept", "application/json").post(RequestBody.create(body, JSON)).build(), Void.class, v -> v);
        return template;
    }

    /**
     * Pushes a {@code template.json} file.
     *
     * @throws IllegalArgumentException when the file is not a template (naming the missing field)
     */
    public Template pushTemplate(Path templateJson) {
        return pushTemplate(readTemplate(templateJson));
    }

    /** The Dev API's version and messages. */
    public ServerInfo info() {
        return call(DevOperations.GET_INFO, () -> api.info().getInfoCall(null).request(), JsonObject.class, ServerInfo::fromJson);
    }

    // ---- shared by apps and engines

    private Pager<ComponentInfo> list(ComponentCalls c, boolean publicOnly, String orderBy) {
        return Pager.of((offset, limit) -> call(c.listOp, () -> c.list.call(orderBy, limit, Math.toIntExact(offset), publicOnly ? Boolean.TRUE : null),
                JsonObject.class, root -> page(root, c.plural, o -> ComponentInfo.fromJson(c.kind, o))));
    }

    private ComponentInfo get(ComponentCalls c, String tag) {
        String t = tag(tag);
        return call(c.getOp, () -> c.get.call(t), JsonObject.class,
                root -> ComponentInfo.fromJson(c.kind, root.has(c.singular) && root.get(c.singular).isJsonObject()
                        ? root.getAsJsonObject(c.singular) : root));
    }

    private ComponentStatus action(ComponentCalls c, ComponentCalls.Action action, String tag) {
        String t = tag(tag);
        return call(action.op(), () -> action.call().call(t), JsonObject.class, root -> new ComponentStatus(text(root, c.singular + "Id"),
                text(root, c.singular + "Tag"), text(root, c.singular + "Status"), text(root, c.singular + "Link")));
    }

    private PushResult push(ComponentCalls c, ComponentKind kind, Path folder) {
        Objects.requireNonNull(folder, "folder must not be null");
        Manifest.read(folder, kind);
        Path templateFile = folder.resolve("template.json");
        Template template = Files.isRegularFile(templateFile) ? readTemplate(templateFile) : null;
        String data;
        try {
            data = PushEncoding.encode(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot package " + folder + ": " + e.getMessage(), e);
        }
        PushRequestDto body = new PushRequestDto().data(data);
        ComponentInfo pushed = call(c.pushOp, () -> c.push.call(body), JsonObject.class, o -> ComponentInfo.fromJson(kind, o));
        return new PushResult(pushed, template == null ? null : pushTemplate(template));
    }

    private List<Path> pull(ComponentCalls c, String tag, Path into) {
        Objects.requireNonNull(into, "into must not be null");
        String t = tag(tag);
        // A mapper's exception becomes a MalformedResponseException with the body's excerpt.
        byte[] zip = call(c.downloadOp, () -> c.download.call(t), JsonObject.class, root -> {
            String data = text(root, c.singular + "Data");
            if (data == null || data.isBlank()) {
                throw new IllegalStateException("the answer has no " + c.singular + "Data");
            }
            return PushEncoding.decode(data);
        });
        try {
            return FolderArchive.unzip(zip, into);
        } catch (ArchiveRejectedException | ZipException e) {
            throw new ByteNiteException("the " + c.singular + " package of " + t + " was refused, nothing was written: " + e.getMessage(),
                    c.downloadOp.name(), e);
        } catch (IOException e) {
            throw new ByteNiteException("cannot unpack " + c.singular + " " + t + " into " + into + ": " + e.getMessage(), c.downloadOp.name(), e);
        }
    }

    private static Template readTemplate(Path file) {
        Objects.requireNonNull(file, "templateJson must not be null");
        try {
            JsonElement e = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
            if (!e.isJsonObject()) {
                throw new IllegalArgumentException(file + ": expected a JSON object");
            }
            return Template.fromJson(e.getAsJsonObject());
        } catch (JsonParseException e) {
            throw new IllegalArgumentException(file + " is not valid JSON: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String tag(String tag) {
        return requirePathSegment("tag", Tag.parse(tag).toString());
    }

    private static <T> Page<T> page(JsonObject root, String arrayName, Function<JsonObject, T> row) {
        List<T> rows = new ArrayList<>();
        JsonElement data = root.get(arrayName);
        if (data != null && data.isJsonArray()) {
            data.getAsJsonArray().forEach(e -> rows.add(row.apply(e.getAsJsonObject())));
        }
        JsonObject p = root.has("pagination") && root.get("pagination").isJsonObject() ? root.getAsJsonObject("pagination") : null;
        if (p == null) {
            return Page.of(rows, null, null, null);
        }
        return Page.of(rows, ByteNiteJson.parseInt64(text(p, "total"), "pagination.total"),
                ByteNiteJson.parseInt64(text(p, "offset"), "pagination.offset"),
                p.has("hasNext") && p.get("hasNext").isJsonPrimitive() ? p.get("hasNext").getAsBoolean() : null);
    }

    private static String text(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }

    private <T, R> R call(Operation op, RequestSource source, Class<T> type, Function<T, R> mapper) {
        return http.execute(op, source, GeneratedDevApi.gson(), type, mapper);
    }
}
