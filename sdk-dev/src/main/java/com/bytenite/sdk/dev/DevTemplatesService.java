package com.bytenite.sdk.dev;

import static com.bytenite.sdk.core.http.Arguments.requirePathSegment;

import com.bytenite.sdk.core.ByteNiteService;
import com.bytenite.sdk.core.paging.Pager;
import com.bytenite.sdk.core.spi.ServiceContext;
import com.bytenite.sdk.dev.internal.DevOperations;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Your templates in the Developer API ({@code /v1/dev/templates}): push, read, list. The templates
 * jobs are created from are listed by the Customer API's templates service too.
 */
public final class DevTemplatesService extends ByteNiteService<DevTemplatesService> {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final DevCalls calls;

    /**
     * Services are made by {@code ByteNiteClient}; this constructor is for SDK modules and tests.
     *
     * @param context the shared HTTP stack and the options this view sends with
     */
    public DevTemplatesService(ServiceContext context) {
        super(context, DevTemplatesService::new);
        this.calls = new DevCalls(context);
    }

    /**
     * Every template visible to the user, page by page, in the server's default order.
     *
     * @return a lazy pager; no request is sent until it is iterated
     */
    public Pager<Template> list() {
        return list(false, null);
    }

    /**
     * Templates, optionally only public ones, in the order given.
     *
     * @param publicOnly true to send {@code isPublic=true}; false sends no filter at all
     * @param orderBy a field name (the accepted names are not documented), or null for the server's default
     * @return a lazy pager; no request is sent until it is iterated
     */
    public Pager<Template> list(boolean publicOnly, String orderBy) {
        return Pager.of((offset, limit) -> calls.call(DevOperations.LIST_TEMPLATES,
                () -> calls.api().templates().listTemplatesCall(orderBy, limit, Math.toIntExact(offset), publicOnly ? Boolean.TRUE : null, null)
                        .request(),
                JsonObject.class, root -> DevCalls.page(root, "templates", Template::fromJson)));
    }

    /**
     * One template by id ({@code GET /v1/dev/templates/{id}}).
     *
     * @param id the template's id
     * @return the template as the server sent it
     * @throws IllegalArgumentException if {@code id} is not a valid path segment (nothing is sent)
     * @throws com.bytenite.sdk.core.errors.NotFoundException if there is no such template
     */
    public Template get(String id) {
        String templateId = requirePathSegment("id", id);
        return calls.call(DevOperations.GET_TEMPLATE, () -> calls.api().templates().getTemplateCall(templateId, null).request(),
                JsonObject.class, Template::fromJson);
    }

    /**
     * Pushes (creates or overwrites) a template ({@code POST /templates}); never retried
     * automatically. The template's JSON is sent exactly as written (not through the generated
     * model, which would rewrite numbers such as {@code taskTimeout} as int64 strings).
     *
     * @param template the template to push
     * @return {@code template} itself: the server's answer is not read
     * @throws NullPointerException if {@code template} is null
     */
    public Template push(Template template) {
        Objects.requireNonNull(template, "template must not be null");
        String body = template.toJson().toString();
        calls.call(DevOperations.PUSH_TEMPLATE, () -> new Request.Builder().url(calls.url().addPathSegment("templates").build())
                .header("Accept", "application/json").post(RequestBody.create(body, JSON)).build(), Void.class, v -> v);
        return template;
    }

    /**
     * Pushes a {@code template.json} file, as {@link #push(Template)} does.
     *
     * @param templateJson the file to read
     * @return the template read from the file, as pushed
     * @throws IllegalArgumentException when the file is not a template (naming the missing field)
     * @throws UncheckedIOException when the file cannot be read (nothing is sent)
     */
    public Template push(Path templateJson) {
        return push(read(templateJson));
    }

    /**
     * Reads a {@code template.json} file.
     *
     * @throws IllegalArgumentException when the file is not JSON or not a template
     * @throws UncheckedIOException when it cannot be read
     */
    static Template read(Path file) {
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
}
