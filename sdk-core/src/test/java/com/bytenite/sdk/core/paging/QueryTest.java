package com.bytenite.sdk.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared query builder hands its runner a snapshot of what was asked, and refuses bad input at once. */
class QueryTest {
    /** A query as an API module declares one: it names only what it lists. */
    static final class Fruits extends Query<Fruits, String> {
        Fruits(List<Spec> seen) {
            super(spec -> {
                seen.add(spec);
                return Pager.of((offset, limit) -> Page.of(List.of("apple"), 1L, 0L, false), spec.pageSize());
            });
        }
    }

    @Test
    void theRunnerGetsTheConditionsOrderAndPageSizeAsTheyWereWhenListed() {
        List<Query.Spec> seen = new ArrayList<>();
        Fruits query = new Fruits(seen).where("colour", "red").where("ripe", true).orderBy("name").pageSize(10);

        assertThat(query.list()).containsExactly("apple");
        query.where("size", 3).orderBy("weight");

        Query.Spec spec = seen.get(0);
        assertThat(spec.filters()).hasSize(2);
        assertThat(spec.filters().toString()).contains("colour").contains("ripe").doesNotContain("size");
        assertThat(spec.orderBy()).isEqualTo("name");
        assertThat(spec.pageSize()).isEqualTo(10);
    }

    @Test
    void withoutSettingsTheServerDefaultsApply() {
        List<Query.Spec> seen = new ArrayList<>();
        new Fruits(seen).list();

        assertThat(seen.get(0).filters()).isEmpty();
        assertThat(seen.get(0).orderBy()).isNull();
        assertThat(seen.get(0).pageSize()).isEqualTo(Pager.DEFAULT_PAGE_SIZE);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        Fruits query = new Fruits(new ArrayList<>());

        assertThatThrownBy(() -> query.pageSize(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pageSize");
        assertThatThrownBy(() -> query.pageSize(1001)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pageSize");
        assertThatThrownBy(() -> query.where(" ", "x")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("field");
        assertThatThrownBy(() -> query.where("when", new Object())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("when");
        assertThatThrownBy(() -> query.orderBy(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("orderBy");
    }
}
