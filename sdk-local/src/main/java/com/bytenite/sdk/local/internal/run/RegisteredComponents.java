package com.bytenite.sdk.local.internal.run;

import com.bytenite.sdk.local.Component;
import com.bytenite.sdk.local.ComponentRole;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Components registered in process, visible to every user as public ones are: the server's
 * built-ins and the Java components a test or an application registers at start. Each is version
 * 1.0 (they have one version), and tags resolve as a pushed component's do: {@code name},
 * {@code name@1} and {@code name@1.0} find it; {@code name@2} does not.
 */
public final class RegisteredComponents implements ComponentCatalog {
    private record Entry(ComponentRole kind, String name, int major, int minor, Component component, String origin) {
        String tag() {
            return name + "@" + major + "." + minor;
        }
    }

    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    /** Registers {@code component} as {@code name}, version 1.0, replacing one of the same kind and name. */
    public RegisteredComponents register(ComponentRole kind, String name, Component component, String origin) {
        entries.removeIf(e -> e.kind() == kind && e.name().equals(name));
        entries.add(new Entry(kind, name, 1, 0, component, origin));
        return this;
    }

    @Override
    public Found find(ComponentRole kind, String tag, String owner) {
        ComponentTag wanted = ComponentTag.parse(tag);
        Optional<Entry> best = entries.stream()
                .filter(e -> e.kind() == kind && wanted.matches(e.name(), e.major(), e.minor()))
                .max(Comparator.comparingInt(Entry::major).thenComparingInt(Entry::minor));
        return best.map(e -> new Found(e.component(), e.tag(), e.origin())).orElse(null);
    }
}
