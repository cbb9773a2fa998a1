package com.bytenite.sdk.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagerTest {
    private final List<String> requests = new ArrayList<>();

    private static List<String> rows(long from, int count) {
        return IntStream.range(0, count).mapToObj(i -> "row-" + (from + i)).collect(Collectors.toList());
    }

    @Test
    void fetchesLazilyAndStopsOnHasNextFalse() {
        Pager<String> pager = Pager.of((offset, limit) -> {
            requests.add(offset + "/" + limit);
            return Page.of(rows(offset, offset < 4 ? 2 : 1), null, offset, offset < 4);
        }, 2);
        assertThat(requests).isEmpty();
        assertThat(pager.stream().limit(3).collect(Collectors.toList())).containsExactly("row-0", "row-1", "row-2");
        assertThat(requests).containsExactly("0/2", "2/2");
        requests.clear();
        assertThat(pager.stream().count()).isEqualTo(5);
        assertThat(requests).containsExactly("0/2", "2/2", "4/2");
    }

    @Test
    void stopsOnEmptyPageEvenWhenHasNextIsMissing() {
        Pager<String> pager = Pager.of((offset, limit) -> {
            requests.add(String.valueOf(offset));
            return Page.of(offset < 6 ? rows(offset, 3) : List.of(), null, null, null);
        }, 3);
        assertThat(pager.stream().count()).isEqualTo(6);
        assertThat(requests).containsExactly("0", "3", "6");
    }

    @Test
    void stopsWhenServerRepeatsAnOffset() {
        // A server that ignores offset keeps answering with page 0 and hasNext=true.
        Pager<String> pager = Pager.of((offset, limit) -> {
            requests.add(String.valueOf(offset));
            return Page.of(rows(0, 2), 100L, 0L, true);
        }, 2);
        assertThat(pager.stream().collect(Collectors.toList())).containsExactly("row-0", "row-1");
        assertThat(requests).containsExactly("0", "2");
    }

    @Test
    void stopsWhenTotalIsReached() {
        Pager<String> pager = Pager.of((offset, limit) -> {
            requests.add(String.valueOf(offset));
            return Page.of(rows(offset, 2), 4L, offset, true);
        }, 2);
        assertThat(pager.stream().count()).isEqualTo(4);
        assertThat(requests).containsExactly("0", "2");
    }

    @Test
    void everyIterationStartsAgainAndKeepsThePageSize() {
        Pager<String> pager = Pager.of((offset, limit) -> {
            requests.add(offset + "/" + limit);
            return Page.of(rows(offset, 1), 1L, offset, false);
        }, 7);
        pager.forEach(r -> { });
        pager.forEach(r -> { });
        assertThat(requests).containsExactly("0/7", "0/7");
        assertThat(pager.startingAt(3).iterator().next()).isEqualTo("row-3");
    }

    @Test
    void fetchFailurePropagates() {
        Pager<String> pager = Pager.of((offset, limit) -> {
            throw new IllegalStateException("page failed");
        });
        assertThatThrownBy(() -> pager.iterator().hasNext()).hasMessage("page failed");
    }

    @Test
    void invalidPageSizeIsRefused() {
        assertThatThrownBy(() -> Pager.of((o, l) -> null, 0)).hasMessageContaining("pageSize: expected 1..1000");
    }
}
