package com.bytenite.sdk.local.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The chunks a partitioner wrote: {@code data_<i>.bin}, in the order of {@code i}. */
final class Chunks {
    private static final Pattern NAME = Pattern.compile("data_(\\d+)\\.bin");

    private Chunks() {
    }

    static List<Path> list(Path chunksDir) throws IOException {
        try (Stream<Path> files = Files.list(chunksDir)) {
            return files.filter(p -> NAME.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparingLong(Chunks::index))
                    .toList();
        }
    }

    private static long index(Path p) {
        Matcher m = NAME.matcher(p.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(1)) : Long.MAX_VALUE;
    }
}
