package com.bytenite.sdk.local.internal.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A job's clean-up removes its whole tree, never what a link inside it points to. */
class DeleteTreeTest {
    @TempDir
    Path root;

    @Test
    void removesNestedFoldersAndFiles() throws IOException {
        Path job = Files.createDirectories(root.resolve("job/work/task-0/results"));
        Files.writeString(job.resolve("out.txt"), "result");
        Files.writeString(root.resolve("job/in.txt"), "input");

        FileStore.deleteTree(root.resolve("job"));

        assertThat(root.resolve("job")).doesNotExist();
    }

    @Test
    void aMissingFolderIsNotAnError() {
        assertThatCode(() -> FileStore.deleteTree(root.resolve("never-created"))).doesNotThrowAnyException();
    }

    @Test
    void removesALinkButNotWhatItPointsTo() throws IOException {
        Path outside = Files.writeString(root.resolve("keep.txt"), "not the job's");
        Path job = Files.createDirectories(root.resolve("job"));
        Files.createSymbolicLink(job.resolve("link"), outside);
        Path outsideDir = Files.createDirectories(root.resolve("keep-dir"));
        Files.writeString(outsideDir.resolve("inner.txt"), "also not the job's");
        Files.createSymbolicLink(job.resolve("dir-link"), outsideDir);

        FileStore.deleteTree(job);

        assertThat(job).doesNotExist();
        assertThat(outside).hasContent("not the job's");
        assertThat(outsideDir.resolve("inner.txt")).hasContent("also not the job's");
    }
}
