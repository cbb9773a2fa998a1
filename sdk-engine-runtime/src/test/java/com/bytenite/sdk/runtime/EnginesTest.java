package com.bytenite.sdk.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.bytenite.sdk.runtime.engines.FanOutPartitioner;
import com.bytenite.sdk.runtime.engines.PassthroughAssembler;
import com.bytenite.sdk.runtime.engines.PassthroughPartitioner;
import com.bytenite.sdk.runtime.engines.ZipAssembler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ByteNite's public engines, run through the same entry point a container uses. */
class EnginesTest {
    @TempDir
    Path dir;

    private final Map<String, String> env = new HashMap<>();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void layout() throws IOException {
        env.put("SOURCE_DIR", Files.createDirectories(dir.resolve("source")).toString());
        env.put("CHUNKS_DIR", Files.createDirectories(dir.resolve("chunks")).toString());
        env.put("TASK_RESULTS_DIR", Files.createDirectories(dir.resolve("results")).toString());
        env.put("OUTPUT_DIR", Files.createDirectories(dir.resolve("output")).toString());
    }

    private PrintStream stderr() {
        return new PrintStream(err, true, StandardCharsets.UTF_8);
    }

    private List<String> names(String sub) throws IOException {
        try (var files = Files.list(dir.resolve(sub))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void passthroughMakesOneChunkPerSourceFile() throws IOException {
        Files.writeString(dir.resolve("source/a.txt"), "A");
        Files.writeString(dir.resolve("source/b.txt"), "B");
        assertThat(Run.partitioner(Environment.of(env), new PassthroughPartitioner(), stderr())).isZero();
        assertThat(names("chunks")).containsExactly("data_0.bin", "data_1.bin");
        assertThat(Files.readString(dir.resolve("chunks/data_1.bin"))).isEqualTo("B");
    }

    @Test
    void fanOutCopiesTheInputNumReplicasTimes() throws IOException {
        Files.writeString(dir.resolve("source/in.txt"), "same");
        env.put("PARTITIONER_PARAMS", "{\"num_replicas\":3}");
        assertThat(Run.partitioner(Environment.of(env), new FanOutPartitioner(), stderr())).isZero();
        assertThat(names("chunks")).containsExactly("data_0.bin", "data_1.bin", "data_2.bin");
        env.put("PARTITIONER_PARAMS", "{\"num_replicas\":0}");
        assertThat(Run.partitioner(Environment.of(env), new FanOutPartitioner(), stderr())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("num_replicas must be between 1");
    }

    @Test
    void fanOutCopiesEverySourceFileAndNoSourceMeansNoChunks() throws IOException {
        env.put("PARTITIONER_PARAMS", "{\"num_replicas\":2}");
        assertThat(Run.partitioner(Environment.of(env), new FanOutPartitioner(), stderr())).isZero();
        assertThat(names("chunks")).isEmpty();
        Files.writeString(dir.resolve("source/a.txt"), "a");
        Files.writeString(dir.resolve("source/b.txt"), "b");
        assertThat(Run.partitioner(Environment.of(env), new FanOutPartitioner(), stderr())).isZero();
        assertThat(names("chunks")).containsExactly("data_0.bin", "data_1.bin", "data_2.bin", "data_3.bin");
        assertThat(dir.resolve("chunks/data_1.bin")).hasContent("a");
        assertThat(dir.resolve("chunks/data_2.bin")).hasContent("b");
    }

    @Test
    void passthroughAssemblerOutputsEveryResult() throws IOException {
        Files.writeString(dir.resolve("results/out.txt"), "0");
        Files.writeString(dir.resolve("results/out_1.txt"), "1");
        assertThat(Run.assembler(Environment.of(env), new PassthroughAssembler(), stderr())).isZero();
        assertThat(names("output")).containsExactly("out.txt", "out_1.txt");
    }

    @Test
    void zipperWritesNoArchiveForNoResults() throws IOException {
        assertThat(Run.assembler(Environment.of(env), new ZipAssembler(), stderr())).isZero();
        assertThat(names("output")).isEmpty();
    }

    @Test
    void zipperArchivesTheResultsAtTheArchiveRoot() throws IOException {
        Files.createDirectories(dir.resolve("results/nested"));
        Files.writeString(dir.resolve("results/nested/ignored.txt"), "not a result");
        Files.writeString(dir.resolve("results/a.txt"), "alpha");
        Files.writeString(dir.resolve("results/b.txt"), "beta");
        assertThat(Run.assembler(Environment.of(env), new ZipAssembler(), stderr())).isZero();
        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(dir.resolve("output/results_archive.zip")))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.add(e.getName() + "=" + new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(entries).containsExactly("a.txt=alpha", "b.txt=beta");
    }
}
