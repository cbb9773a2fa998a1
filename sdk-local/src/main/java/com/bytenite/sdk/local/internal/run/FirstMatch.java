package com.bytenite.sdk.local.internal.run;

import com.bytenite.sdk.local.ComponentRole;
import java.util.List;

/** Looks a component up in several catalogs, in order. */
public final class FirstMatch implements ComponentCatalog {
    private final List<ComponentCatalog> catalogs;

    public FirstMatch(List<ComponentCatalog> catalogs) {
        this.catalogs = List.copyOf(catalogs);
    }

    @Override
    public Found find(ComponentRole kind, String tag, String owner) {
        for (ComponentCatalog c : catalogs) {
            Found found = c.find(kind, tag, owner);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
