package com.bytenite.sdk.local.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * ByteNite's public {@code passthrough} engines: no fan-out (each source file becomes one chunk)
 * and no fan-in (every task result is copied to the output, prefixed with its task when names
 * would collide).
 */
public final class PassthroughEngines {
    private PassthroughEngines() {
    }

    /** Each file of {@code SOURCE_DIR}, in name order, becomes {@code data_<i>.bin}. */
    public static final Component PARTITIONER = (Map<String, String> env, Path work, Consumer<String> log) -> {
        List<Path> sources = regularFiles(Path.of(env.get("SOURCE_DIR")), 1);
        Path chunks = Path.of(env.get("CHUNKS_DIR"));
        for (int i = 0; i < sources.size(); i++) {
            Files.copy(sources.get(i), chunks.resolve("data_" + i + ".bin"), StandardCopyOption.REPLACE_EXISTING);
        }
        log.accept("passthrough: " + sources.size() + " chunk(s)");
        return 0;
    };

    /** Every file under {@code TASK_RESULTS_DIR} is copied to {@code OUTPUT_DIR}. */
    public static final Component ASSEMBLER = (Map<String, String> env, Path work, Consumer<String> log) -> {
        Path results = Path.of(env.get("TASK_RESULTS_DIR"));
        Path output = Path.of(env.get("OUTPUT_DIR"));
        List<Path> files = regularFiles(results, Integer.MAX_VALUE);
        for (Path f : files) {
            Path target = output.resolve(f.getFileName().toString());
            if (Files.exists(target)) {
                target = output.resolve(results.relativize(f).toString().replace('/', '_').replace('\\', '_'));
            }
            Files.copy(f, target);
        }
        log.accept("passthrough: " + files.size() + " result file(s)");
        return 0;
    };

    private static List<Path> regularFiles(Path dir, int depth) throws IOException {
        try (Stream<Path> walk = Files.walk(dir, depth)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
