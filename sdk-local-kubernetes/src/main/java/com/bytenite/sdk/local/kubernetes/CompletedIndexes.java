package com.bytenite.sdk.local.kubernetes;

import java.util.ArrayList;
import java.util.List;

/** Reads an Indexed Job's {@code status.completedIndexes}, such as {@code 0-2,5,7-8}. */
final class CompletedIndexes {
    private CompletedIndexes() {
    }

    /**
     * @param text the field as the API server wrote it, or null
     * @return the indexes, in order; empty for null or blank
     * @throws IllegalArgumentException if the text is not a list of indexes and ranges
     */
    static List<Integer> parse(String text) {
        List<Integer> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split(",")) {
            String[] range = part.trim().split("-");
            try {
                int from = Integer.parseInt(range[0]);
                int to = range.length == 1 ? from : Integer.parseInt(range[1]);
                for (int i = from; i <= to; i++) {
                    out.add(i);
                }
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new IllegalArgumentException("completedIndexes: expected indexes and ranges such as 0-2,5 but was '" + text + "'");
            }
        }
        return out;
    }
}
