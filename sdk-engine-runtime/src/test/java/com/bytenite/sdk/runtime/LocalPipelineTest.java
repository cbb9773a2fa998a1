package com.bytenite.sdk.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.bytenite.sdk.runtime.engines.FanOutPartitioner;
import com.bytenite.sdk.runtime.engines.PassthroughAssembler;
import com.bytenite.sdk.runtime.engines.PassthroughPartitioner;
import com.bytenite.sdk.runtime.engines.ZipAssembler;
import com.bytenite.sdk.runtime.local.Command;
import com.bytenite.sdk.runtime.local.LocalPipeline;
import com.bytenite.sdk.runtime.local.PipelineResult;
import com.bytenite.sdk.runtime.local.StageResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPipelineTest {
    @TempDir
    Path dir;

    @Test
    void inProcessComponentsRunAsTheContractLaysOut() throws Exception {
        Path input = Files.writeString(dir.resolve("in.txt"), "hello pipeline");
        PipelineResult r = LocalPipeline.builder().source(input).workDirectory(dir.resolve("work"))
                .partitioner(new FanOutPartitioner()).partitionerParams("{\"num_replicas\":4}")
                .app(task -> task.writeResult("out-" + task.chunkNumber().orElseThrow() + ".txt",
                        task.params().string("prefix", "") + task.chunkText().toUpperCase()))
                .appParams("{\"prefix\":\">\"}")
                .parallelism(2)
                .assembler(new PassthroughAssembler())
                .run();
        assertThat(r.succeeded()).isTrue();
        assertThat(r.tasks()).extracting(StageResult::name).containsExactly("task-0", "task-1", "task-2", "task-3");
        assertThat(r.outputs()).extracting(p -> p.getFileName().toString()).containsExactly("out-0.txt", "out-1.txt", "out-2.txt", "out-3.txt");
        assertThat(Files.readString(r.outputs().get(3))).isEqualTo(">HELLO PIPELINE");
        assertThat(r.workDirectory().resolve("tasks/task-2/data.bin")).hasContent("hello pipeline");
    }

    @Test
    void aCommandRunsWithRealEnvironmentVariables() throws Exception {
        Path input = Files.writeString(dir.resolve("in.txt"), "from a process");
        Command shout = Command.of(List.of("sh", "-c", "tr a-z A-Z < \"$TASK_DIR/data.bin\" > \"$TASK_RESULTS_DIR/loud.txt\"; "
                + "echo \"chunk $CHUNK_NUMBER params $APP_PARAMS secret $VAULT_ACCESS_KEY\""), dir);
        PipelineResult r = LocalPipeline.builder().source(input).partitioner(new PassthroughPartitioner()).app(shout)
                .appParams("{\"a\":1}").env("VAULT_ACCESS_KEY", "AK").assembler(new ZipAssembler()).run();
        assertThat(r.succeeded()).isTrue();
        assertThat(r.tasks().get(0).log()).containsExactly("chunk 0 params {\"a\":1} secret AK");
        assertThat(r.outputs()).extracting(p -> p.getFileName().toString()).containsExactly("results_archive.zip");
        assertThat(r.workDirectory().resolve("results/loud.txt")).hasContent("FROM A PROCESS");
    }

    @Test
    void aFailingTaskStopsThePipelineWithItsStatusAndLog() throws Exception {
        Path input = Files.writeString(dir.resolve("in.txt"), "x");
        PipelineResult r = LocalPipeline.builder().source(input).partitioner(new PassthroughPartitioner())
                .app(task -> {
                    throw new IllegalArgumentException("cannot read chunk");
                })
                .assembler(new PassthroughAssembler()).run();
        assertThat(r.succeeded()).isFalse();
        assertThat(r.tasks().get(0).exitStatus()).isEqualTo(1);
        assertThat(r.tasks().get(0).log()).containsExactly("error: app failed: java.lang.IllegalArgumentException: cannot read chunk");
        assertThat(r.assemblerResult()).isEmpty();
        assertThat(r.outputs()).isEmpty();
    }

    @Test
    void aCommandThatCannotStartIsReportedNotThrown() throws Exception {
        Path input = Files.writeString(dir.resolve("in.txt"), "x");
        PipelineResult r = LocalPipeline.builder().source(input).partitioner(Command.of(List.of("/no/such/program"), dir))
                .app(task -> { }).assembler(new PassthroughAssembler()).run();
        assertThat(r.partitioner().exitStatus()).isEqualTo(127);
        assertThat(r.partitioner().log().get(0)).contains("could not run");
        assertThat(r.tasks()).isEmpty();
    }
}
