package com.bytenite.sdk.local.internal.dev;

import com.bytenite.sdk.local.executor.RegistryLogin;
import com.bytenite.sdk.local.internal.files.Snapshot;
import com.bytenite.sdk.local.internal.run.ComponentTag;
import com.bytenite.sdk.local.internal.server.ApiException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pushed apps and engines by (kind, owner, name, version). Tags resolve as on ByteNite: {@code name}
 * is the highest version, {@code name@major} the highest minor of that major, {@code name@major.minor}
 * exactly that one. Pushing an existing version overwrites it.
 */
public final class ComponentStore {
    /** Apps and engines live in separate namespaces. */
    public enum Kind { APP, ENGINE }

    private final Map<String, PushedComponent> byKey = new ConcurrentHashMap<>();
    private final Snapshot<List<PushedComponent>> snapshot;
    /** Private images' registry logins by component id: in memory only, never in the snapshot. */
    private final Map<String, RegistryLogin> logins = new ConcurrentHashMap<>();

    /** @param snapshot where components are saved on every change and read back from; null for memory only */
    public ComponentStore(Snapshot<List<PushedComponent>> snapshot) {
        this.snapshot = snapshot;
        List<PushedComponent> saved = snapshot == null ? null : snapshot.load();
        if (saved != null) {
            saved.stream().filter(c -> java.nio.file.Files.isDirectory(c.folder()))
                    .forEach(c -> byKey.put(key(kindOf(c), c.owner(), c.name(), c.version()), c));
        }
    }

    public void put(Kind kind, PushedComponent c) {
        byKey.put(key(kind, c.owner(), c.name(), c.version()), c);
        if (snapshot != null) {
            snapshot.save(new ArrayList<>(byKey.values()));
        }
    }

    /** Keeps (or, for null, forgets) the registry login of component {@code id}'s private image, in memory. */
    public void rememberLogin(String id, RegistryLogin login) {
        if (login == null) {
            logins.remove(id);
        } else {
            logins.put(id, login);
        }
    }

    /** The registry login pushed with component {@code id}, or null (a public image, or pushed before a restart). */
    public RegistryLogin login(String id) {
        return logins.get(id);
    }

    private static Kind kindOf(PushedComponent c) {
        return "app".equals(c.type()) ? Kind.APP : Kind.ENGINE;
    }

    /** @throws ApiException 400 for a malformed tag, 404 when nothing visible to {@code user} matches */
    public PushedComponent resolve(Kind kind, String user, String tag) {
        PushedComponent found = find(kind, user, tag, false);
        if (found == null) {
            throw ApiException.notFound(kind.name().toLowerCase(java.util.Locale.ROOT) + " " + tag + " not found");
        }
        return found;
    }

    /** The best match visible to {@code user} (their own first, then public ones); null when none. */
    public PushedComponent find(Kind kind, String user, String tag, boolean activeOnly) {
        return best(kind, tag, c -> (c.owner().equals(user) || c.isPublic()) && (!activeOnly || c.active()), user);
    }

    /** The user's own active component matching {@code tag}, highest version first; null when none. */
    public PushedComponent findOwnActive(Kind kind, String user, String tag) {
        return best(kind, tag, c -> c.owner().equals(user) && c.active(), user);
    }

    /** The public active component matching {@code tag} (of any owner); null when none. */
    public PushedComponent findPublicActive(Kind kind, String user, String tag) {
        return best(kind, tag, c -> c.isPublic() && c.active(), user);
    }

    private PushedComponent best(Kind kind, String tag, java.util.function.Predicate<PushedComponent> visible, String user) {
        ComponentTag q = ComponentTag.parse(tag);
        Comparator<PushedComponent> byVersion = Comparator.comparingInt(PushedComponent::major).thenComparingInt(PushedComponent::minor);
        Comparator<PushedComponent> preference = Comparator.<PushedComponent, Boolean>comparing(c -> c.owner().equals(user))
                .thenComparing(byVersion);
        return byKey.entrySet().stream()
                .filter(e -> e.getKey().startsWith(kind.name() + "\u0000"))
                .map(Map.Entry::getValue)
                .filter(visible)
                .filter(c -> q.matches(c.name(), c.major(), c.minor()))
                .max(preference)
                .orElse(null);
    }

    /** Components visible to {@code user}, optionally public only, ordered by {@code orderBy} (name by default; {@code -} reverses). */
    public List<PushedComponent> list(Kind kind, String user, boolean publicOnly, String orderBy) {
        List<PushedComponent> out = new ArrayList<>();
        byKey.entrySet().stream()
                .filter(e -> e.getKey().startsWith(kind.name() + "\u0000"))
                .map(Map.Entry::getValue)
                .filter(c -> publicOnly ? c.isPublic() : c.owner().equals(user) || c.isPublic())
                .forEach(out::add);
        Comparator<PushedComponent> order = Comparator.comparing(PushedComponent::name).thenComparingInt(PushedComponent::major)
                .thenComparingInt(PushedComponent::minor);
        if (orderBy != null && orderBy.replace("-", "").equals("createdAt")) {
            order = Comparator.comparing(PushedComponent::createdAt);
        }
        out.sort(orderBy != null && orderBy.startsWith("-") ? order.reversed() : order);
        return out;
    }

    private static String key(Kind kind, String owner, String name, String version) {
        return kind.name() + "\u0000" + owner + "\u0000" + name + "\u0000" + version;
    }
}
