package com.bytenite.examples.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.bytenite.sdk.runtime.engines.FanOutPartitioner;
import com.bytenite.sdk.runtime.engines.PassthroughAssembler;
import com.bytenite.sdk.runtime.engines.PassthroughPartitioner;
import com.bytenite.sdk.runtime.engines.ZipAssembler;
import com.bytenite.sdk.runtime.local.Command;
import com.bytenite.sdk.runtime.local.LocalPipeline;
import com.bytenite.sdk.runtime.local.PipelineResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The example components through LocalPipeline, in process and as processes with real variables. */
class ExamplesPipelineTest {
    private static final String TEXT = "hello, ByteNite world";

    @TempDir
    Path dir;

    /** {@code java -cp <this test's class path> <main>}: the component as its own process. */
    private Command process(Class<?> main) {
        return Command.of(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), main.getName()), dir);
    }

    private Path input() throws Exception {
        return Files.writeString(dir.resolve("hello.txt"), TEXT);
    }

    @ParameterizedTest
    @CsvSource({"upper,'HELLO, BYTENITE WORLD'", "lower,'hello, bytenite world'", "title,'Hello, Bytenite World'", "none,'hello, ByteNite world'"})
    void helloWorldInProcess(String mode, String expected) throws Exception {
        PipelineResult r = LocalPipeline.builder().source(input()).partitioner(new PassthroughPartitioner()).app(new HelloWorldApp())
                .appParams("{\"case\":\"" + mode + "\"}").assembler(new PassthroughAssembler()).run();
        assertThat(r.succeeded()).isTrue();
        assertThat(r.outputs()).singleElement().satisfies(p -> {
            assertThat(p.getFileName().toString()).isEqualTo("hello_world_processed.txt");
            assertThat(Files.readString(p)).isEqualTo(expected);
        });
    }

    @Test
    void helloWorldAsAProcess() throws Exception {
        PipelineResult r = LocalPipeline.builder().source(input()).partitioner(new PassthroughPartitioner()).app(process(HelloWorldApp.class))
                .appParams("{\"case\":\"upper\"}").assembler(new PassthroughAssembler()).run();
        assertThat(r.succeeded()).as("%s", r.tasks()).isTrue();
        assertThat(Files.readString(r.outputs().get(0))).isEqualTo("HELLO, BYTENITE WORLD");
    }

    @Test
    void helloWorldAsAProcessReportsABadEnvironmentAndExitsOne() throws Exception {
        PipelineResult r = LocalPipeline.builder().source(input()).partitioner(new PassthroughPartitioner()).app(process(HelloWorldApp.class))
                .appParams("{not json").assembler(new PassthroughAssembler()).run();
        assertThat(r.tasks().get(0).exitStatus()).isEqualTo(1);
        assertThat(r.tasks().get(0).log()).singleElement().asString().startsWith("error: APP_PARAMS is not valid JSON");
    }

    @Test
    void fanOutAndZipperInProcessAndAsProcessesAgree() throws Exception {
        List<String> inProcess = zipEntries(LocalPipeline.builder().source(input()).partitioner(new FanOutPartitioner())
                .partitionerParams("{\"num_replicas\":3}").app(new HelloWorldApp()).appParams("{\"case\":\"title\"}")
                .assembler(new ZipAssembler()).workDirectory(dir.resolve("a")).run());
        List<String> processes = zipEntries(LocalPipeline.builder().source(input()).partitioner(process(FanOutPartitionerMain.class))
                .partitionerParams("{\"num_replicas\":3}").app(process(HelloWorldApp.class)).appParams("{\"case\":\"title\"}")
                .assembler(process(ZipAssemblerMain.class)).workDirectory(dir.resolve("b")).parallelism(2).run());
        assertThat(inProcess).containsExactly("hello_world_processed.txt=Hello, Bytenite World",
                "hello_world_processed_1.txt=Hello, Bytenite World", "hello_world_processed_2.txt=Hello, Bytenite World");
        assertThat(processes).isEqualTo(inProcess);
    }

    private static List<String> zipEntries(PipelineResult r) throws Exception {
        assertThat(r.succeeded()).as("%s %s %s", r.partitioner(), r.tasks(), r.assemblerResult()).isTrue();
        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(r.outputs().get(0)))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.add(e.getName() + "=" + new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
