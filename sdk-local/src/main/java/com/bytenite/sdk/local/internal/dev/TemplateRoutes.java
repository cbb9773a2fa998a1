package com.bytenite.sdk.local.internal.dev;

import com.bytenite.sdk.local.internal.jobs.Template;
import com.bytenite.sdk.local.internal.jobs.TemplateCatalog;
import com.bytenite.sdk.local.internal.server.ApiException;
import com.bytenite.sdk.local.internal.server.ApiRequest;
import com.bytenite.sdk.local.internal.server.ApiResponse;
import com.bytenite.sdk.local.internal.server.Bodies;
import com.bytenite.sdk.local.internal.server.Identifiers;
import com.bytenite.sdk.local.internal.server.PageWindow;
import com.bytenite.sdk.local.internal.server.Router;
import com.bytenite.sdk.local.internal.server.ServerJson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The Dev API's templates: push (create or overwrite your own), get, list. A template is kept as
 * pushed; fields Local ByteNite does not use are kept too, and named in a warning (in the push's
 * answer, {@code "warnings"}, and the server's log) rather than dropped in silence.
 */
public final class TemplateRoutes {
    private static final Logger LOG = Logger.getLogger(TemplateRoutes.class.getName());
    private static final String BASE = "/v1/dev/templates";
    /** The template fields of the Dev API reference. */
    private static final Set<String> KNOWN = Set.of("id", "description", "app", "partitioner", "assembler", "dataSource", "dataDestination",
            "params", "config", "isPublic", "createdAt", "updatedAt", "owner", "userName");

    private final TemplateCatalog templates;
    private final Clock clock;

    public TemplateRoutes(TemplateCatalog templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    public void register(Router router) {
        router.add("POST", BASE, this::push)
                .add("GET", BASE, this::list)
                .add("GET", BASE + "/{id}", r -> ApiResponse.json(render(templates.get(r.principal(), r.pathParam("id")))));
    }

    private ApiResponse push(ApiRequest r) throws IOException {
        JsonObject body = r.jsonObject();
        String id = Identifiers.require(Bodies.requiredString(body, "id"), "id");
        Template existing = templates.find(r.principal(), id);
        if (existing != null && !r.principal().equals(existing.owner())) {
            throw new ApiException(409, "Already Exists", "template " + id + " belongs to " + existing.owner() + ": choose another id");
        }
        JsonObject raw = body.deepCopy();
        raw.addProperty("owner", r.principal());
        ServerJson.putTime(raw, "updatedAt", clock.instant());
        if (existing == null) {
            ServerJson.putTime(raw, "createdAt", clock.instant());
        } else if (existing.raw().has("createdAt")) {
            raw.add("createdAt", existing.raw().get("createdAt"));
        }
        Boolean isPublic = Bodies.optionalBoolean(body, "isPublic");
        templates.push(new Template(id, r.principal(), Bodies.optionalString(body, "description"), Bodies.requiredString(body, "app"),
                Bodies.requiredString(body, "partitioner"), Bodies.requiredString(body, "assembler"), Boolean.TRUE.equals(isPublic), raw));
        JsonArray warnings = new JsonArray();
        body.keySet().stream().filter(k -> !KNOWN.contains(k)).sorted()
                .forEach(k -> warnings.add("unknown field '" + k + "' is kept with the template but not used by Local ByteNite"));
        if (!warnings.isEmpty()) {
            LOG.warning("template " + id + ": " + warnings);
        }
        JsonObject answer = new JsonObject();
        answer.addProperty("ok", true);
        answer.addProperty("requestId", r.requestId());
        answer.addProperty("message", "template " + id + " pushed");
        answer.add("warnings", warnings);
        return ApiResponse.json(answer);
    }

    private ApiResponse list(ApiRequest r) {
        String publicOnly = r.query("isPublic");
        List<Template> visible = templates.usableBy(r.principal(), r.query("orderBy")).stream()
                .filter(t -> !"true".equalsIgnoreCase(publicOnly) || t.isPublic())
                .toList();
        return ApiResponse.json(PageWindow.page(r, "templates", visible, TemplateRoutes::render));
    }

    private static JsonObject render(Template t) {
        JsonObject o = t.raw().deepCopy();
        o.addProperty("id", t.id());
        o.addProperty("owner", t.owner());
        o.addProperty("isPublic", t.isPublic());
        return o;
    }
}
