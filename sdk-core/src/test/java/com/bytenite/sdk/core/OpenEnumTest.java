package com.bytenite.sdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Open enums keep unknown values as sent and compare by type and wire string. */
class OpenEnumTest {
    static final class Colour extends OpenEnum {
        static final Colour RED = new Colour("RED");
        static final List<Colour> KNOWN = List.of(RED);

        private Colour(String raw) {
            super(raw);
        }

        static Colour of(String raw) {
            Colour known = find(KNOWN, raw::equalsIgnoreCase);
            return known != null ? known : new Colour(raw);
        }
    }

    static final class Fruit extends OpenEnum {
        Fruit(String raw) {
            super(raw);
        }
    }

    @Test
    void aDocumentedValueGivesItsConstantAndAnyOtherIsKeptAsSent() {
        assertThat(Colour.of("red")).isSameAs(Colour.RED);
        Colour teal = Colour.of(" Teal-2 ");
        assertThat(teal.raw()).isEqualTo(" Teal-2 ");
        assertThat(teal).hasToString(" Teal-2 ");
    }

    @Test
    void equalOnlyForTheSameTypeAndTheSameWireString() {
        assertThat(Colour.of("Teal")).isEqualTo(Colour.of("Teal")).hasSameHashCodeAs(Colour.of("Teal"));
        assertThat(Colour.of("Teal")).isNotEqualTo(Colour.of("teal"));
        assertThat((Object) Colour.of("Apple")).isNotEqualTo(new Fruit("Apple"));
    }
}
