package com.bytenite.sdk.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bytenite.sdk.core.paging.Page;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The API's {@code pagination} object, read the same way for every listing. */
class PaginationTest {
    private static JsonObject answer(String json) {
        return JsonParser.parseString(json).getAsJsonObject();
    }

    @Test
    void int64FieldsArriveAsStringsOrNumbers() {
        Page<String> strings = Pagination.page(List.of("a"), answer("{\"pagination\":{\"total\":\"12\",\"offset\":\"5\",\"hasNext\":true}}"));
        Page<String> numbers = Pagination.page(List.of("a"), answer("{\"pagination\":{\"total\":12,\"offset\":5,\"hasNext\":false}}"));
        assertThat(strings.total()).hasValue(12);
        assertThat(strings.reportedOffset()).hasValue(5);
        assertThat(strings.hasNext()).isTrue();
        assertThat(numbers.total()).hasValue(12);
        assertThat(numbers.hasNext()).isFalse();
    }

    @Test
    void anAbsentPaginationOrFieldIsUnknownNotZero() {
        assertThat(Pagination.page(List.of("a"), answer("{}")).total()).isEmpty();
        Page<String> partial = Pagination.page(List.of("a"), answer("{\"pagination\":{\"offset\":\"0\"}}"));
        assertThat(partial.total()).isEmpty();
        assertThat(partial.reportedOffset()).hasValue(0);
        assertThat(Pagination.page(List.of(), null, null, null).items()).isEmpty();
    }

    @Test
    void aTotalThatIsNotAnInt64NamesTheField() {
        assertThatThrownBy(() -> Pagination.page(List.of(), answer("{\"pagination\":{\"total\":\"many\"}}")))
                .isInstanceOf(JsonParseException.class).hasMessageContaining("pagination.total");
    }
}
