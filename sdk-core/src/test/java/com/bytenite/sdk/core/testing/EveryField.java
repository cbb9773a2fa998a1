package com.bytenite.sdk.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Checks that a facade value read from a docs example (where every field has a value) left no
 * field unmapped: every record component is set, and collections and maps are not empty.
 */
public final class EveryField {
    private EveryField() {
    }

    /** @param absentOnPurpose components that this example legitimately leaves empty */
    public static void assertSet(Record value, String... absentOnPurpose) {
        Set<String> skip = Set.of(absentOnPurpose);
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            if (skip.contains(c.getName())) {
                continue;
            }
            Object v;
            try {
                v = c.getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
            assertThat(v).as("%s.%s read from the example", value.getClass().getSimpleName(), c.getName()).isNotNull();
            if (v instanceof Collection<?> coll) {
                assertThat(coll).as("%s.%s", value.getClass().getSimpleName(), c.getName()).isNotEmpty();
            }
            if (v instanceof Map<?, ?> map) {
                assertThat(map).as("%s.%s", value.getClass().getSimpleName(), c.getName()).isNotEmpty();
            }
        }
    }
}
