package com.bytenite.sdk.local.internal.jobs;

import com.bytenite.sdk.local.internal.files.Snapshot;
import com.bytenite.sdk.local.internal.server.ApiException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Templates by id: the built-in ones and those pushed through the Dev API. With a snapshot, pushed
 * templates are saved on every push and read back at start.
 */
public final class TemplateCatalog {
    private final Map<String, Template> templates = new ConcurrentHashMap<>();
    private final Map<String, Template> pushed = new ConcurrentHashMap<>();
    private final Snapshot<List<Template>> snapshot;

    public TemplateCatalog(Snapshot<List<Template>> snapshot) {
        this.snapshot = snapshot;
        List<Template> saved = snapshot == null ? null : snapshot.load();
        if (saved != null) {
            saved.forEach(this::remember);
        }
    }

    /** A template the server offers from start (built in, or registered by the embedding code). */
    public void put(Template t) {
        templates.putIfAbsent(t.id(), t);
    }

    /** A template pushed through the Dev API: replaces one of the same id and is saved. */
    public void push(Template t) {
        remember(t);
        if (snapshot != null) {
            snapshot.save(new ArrayList<>(pushed.values()));
        }
    }

    private void remember(Template t) {
        templates.put(t.id(), t);
        pushed.put(t.id(), t);
    }

    /** A template {@code user} may use: their own or a public one. Null when there is none. */
    public Template find(String user, String id) {
        Template t = templates.get(id);
        return t != null && (t.isPublic() || user.equals(t.owner())) ? t : null;
    }

    /** @throws ApiException 404 when {@code user} has no such template */
    public Template get(String user, String id) {
        Template t = find(user, id);
        if (t == null) {
            throw ApiException.notFound("template " + id + " not found");
        }
        return t;
    }

    /** The templates {@code user} may use, ordered by {@code orderBy} ({@code id} or {@code -id}; default id). */
    public List<Template> usableBy(String user, String orderBy) {
        List<Template> out = new ArrayList<>();
        templates.values().stream().filter(t -> t.isPublic() || user.equals(t.owner())).forEach(out::add);
        Comparator<Template> order = Comparator.comparing(Template::id);
        out.sort(orderBy != null && orderBy.startsWith("-") ? order.reversed() : order);
        return out;
    }
}
