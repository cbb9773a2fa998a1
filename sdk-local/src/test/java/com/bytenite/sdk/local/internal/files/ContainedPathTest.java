package com.bytenite.sdk.local.internal.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContainedPathTest {
    private final Path root = Path.of("/srv/local-bytenite");

    @Test
    void plainNamesResolveUnderTheRoot() {
        assertThat(ContainedPath.resolve(root, "jobs", "abc-1.json")).isEqualTo(root.resolve("jobs/abc-1.json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", ".", "", "a/b", "a\\b", "../x", "x\0y"})
    void segmentsThatAreNotPlainNamesAreRefused(String segment) {
        assertThatThrownBy(() -> ContainedPath.resolve(root, "jobs", segment)).isInstanceOf(IllegalArgumentException.class);
    }
}
