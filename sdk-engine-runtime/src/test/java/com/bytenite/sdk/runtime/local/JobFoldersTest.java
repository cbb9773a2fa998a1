package com.bytenite.sdk.runtime.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobFoldersTest {
    @TempDir
    Path work;

    private List<JobFolders.Task> tasksWritingTheSameName(JobFolders folders, int count) throws IOException {
        List<JobFolders.Task> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path chunk = Files.writeString(work.resolve("chunk-" + i), "c" + i);
            JobFolders.Task task = folders.task(i, chunk);
            Files.writeString(task.results().resolve("output_image.png"), "image " + i);
            Files.writeString(task.results().resolve("chunk_" + i + "_results.json"), "{}");
            tasks.add(task);
        }
        return tasks;
    }

    @Test
    void everyResultReachesTheTopLevelAndClashingNamesTakeTheTaskNumber() throws IOException {
        JobFolders folders = JobFolders.create(work);
        List<JobFolders.Task> tasks = tasksWritingTheSameName(folders, 5);
        // Finishing order must not matter: gather them in reverse.
        folders.gatherResults(List.of(tasks.get(4), tasks.get(3), tasks.get(2), tasks.get(1), tasks.get(0)));
        try (Stream<Path> files = Files.list(folders.results())) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(
                    "chunk_0_results.json", "chunk_1_results.json", "chunk_2_results.json", "chunk_3_results.json", "chunk_4_results.json",
                    "output_image.png", "output_image_1.png", "output_image_2.png", "output_image_3.png", "output_image_4.png");
        }
        assertThat(folders.results().resolve("output_image.png")).hasContent("image 0");
        assertThat(folders.results().resolve("output_image_3.png")).hasContent("image 3");
    }

    @Test
    void aTaskGetsItsChunkAsDataBinAndTheContractsVariables() throws IOException {
        JobFolders folders = JobFolders.create(work);
        JobFolders.Task task = folders.task(7, Files.writeString(work.resolve("c"), "seven"));
        assertThat(task.dir().resolve("data.bin")).hasContent("seven");
        assertThat(JobFolders.appEnv(task, "{}", work, work)).containsEntry("CHUNK_NUMBER", "7")
                .containsEntry("TASK_DIR", task.dir().toString()).containsEntry("TASK_RESULTS_DIR", task.results().toString());
        assertThat(folders.assemblerEnv("{}")).containsEntry("TASK_RESULTS_DIR", folders.results().toString());
    }
}
