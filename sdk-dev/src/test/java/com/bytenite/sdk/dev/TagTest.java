package com.bytenite.sdk.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TagTest {
    @ParameterizedTest
    @CsvSource({"hello-world,hello-world,,", "hello-world@1,hello-world,1,", "hello-world@1.2,hello-world,1,2", "img_gen.v2@10.0,img_gen.v2,10,0"})
    void parsesAndFormatsTheThreeForms(String text, String name, Integer major, Integer minor) {
        Tag tag = Tag.parse(text);
        assertThat(tag.name()).isEqualTo(name);
        assertThat(tag.major().isPresent() ? tag.major().getAsInt() : null).isEqualTo(major);
        assertThat(tag.minor().isPresent() ? tag.minor().getAsInt() : null).isEqualTo(minor);
        assertThat(tag.toString()).isEqualTo(text);
        assertThat(Tag.parse(tag.toString())).isEqualTo(tag);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "@1.0", "name@", "name@1.", "name@1.2.3", "name@v1", "../x", "na me", "name@1.0@2"})
    void refusesEverythingElseNamingTheForms(String text) {
        assertThatThrownBy(() -> Tag.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name@major.minor").hasMessageContaining("'" + text + "'");
    }

    @org.junit.jupiter.api.Test
    void ofBuildsAnExactTag() {
        assertThat(Tag.of("app", 2, 5).toString()).isEqualTo("app@2.5");
        assertThatThrownBy(() -> Tag.of("app", -1, 0)).hasMessageContaining("version");
    }
}
