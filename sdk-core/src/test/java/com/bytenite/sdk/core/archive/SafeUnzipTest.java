package com.bytenite.sdk.core.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeUnzipTest {
    @TempDir
    Path dir;

    /** An entry's name and its content, possibly large and repetitive. */
    private record Entry(String name, byte[] content) {
        static Entry text(String name, String text) {
            return new Entry(name, text.getBytes(StandardCharsets.UTF_8));
        }

        static Entry zeros(String name, int size) {
            return new Entry(name, new byte[size]);
        }
    }

    private static byte[] zip(Entry... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Entry e : entries) {
                zip.putNextEntry(new ZipEntry(e.name()));
                zip.write(e.content());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private void assertNothingWritten() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void aSoundArchiveIsWrittenWhole() throws IOException {
        List<Path> written = SafeUnzip.unzip(zip(Entry.text("manifest.json", "{}"), Entry.text("app/main.py", "print(1)")), dir.resolve("out"),
                ArchiveLimits.DEFAULTS);
        assertThat(written).hasSize(2);
        assertThat(dir.resolve("out/app/main.py")).hasContent("print(1)");
    }

    @Test
    void aBombIsRefusedByItsRatioBeforeAnythingIsWritten() throws IOException {
        // 8 MiB of zeros deflate to a few kilobytes: far more than 100 times.
        byte[] bomb = zip(Entry.text("manifest.json", "{}"), Entry.zeros("app/weights.bin", 8 << 20));
        assertThat(bomb.length).isLessThan(64 * 1024);
        assertThatThrownBy(() -> SafeUnzip.unzip(bomb, dir.resolve("out"), ArchiveLimits.DEFAULTS))
                .isInstanceOf(ArchiveRejectedException.class)
                .hasMessageContaining("more than 100 times");
        assertNothingWritten();
    }

    @Test
    void theTotalExpandedSizeIsBounded() throws IOException {
        byte[] archive = zip(Entry.zeros("a.bin", 600_000), Entry.zeros("b.bin", 600_000));
        ArchiveLimits limits = new ArchiveLimits(1_000_000, 100, 1_000_000);
        assertThatThrownBy(() -> SafeUnzip.unzip(archive, dir.resolve("out"), limits))
                .isInstanceOf(ArchiveRejectedException.class)
                .hasMessageContaining("more than 1000000 bytes");
        assertNothingWritten();
    }

    @Test
    void theNumberOfEntriesIsBounded() throws IOException {
        byte[] archive = zip(Entry.text("1", "a"), Entry.text("2", "b"), Entry.text("3", "c"));
        assertThatThrownBy(() -> SafeUnzip.unzip(archive, dir.resolve("out"), new ArchiveLimits(1 << 20, 2, 100)))
                .isInstanceOf(ArchiveRejectedException.class)
                .hasMessageContaining("more than 2 entries");
        assertNothingWritten();
    }

    @Test
    void aDuplicateEntryIsRefusedWithItsNameOnly() throws IOException {
        // ZipOutputStream refuses duplicates, so the second copy is spelled differently but lands on the same file.
        byte[] archive = zip(Entry.text("app/main.py", "one"), Entry.text("app/./main.py", "two"));
        Path out = dir.resolve("out");
        assertThatThrownBy(() -> SafeUnzip.unzip(archive, out, ArchiveLimits.DEFAULTS))
                .isInstanceOf(ArchiveRejectedException.class)
                .hasMessage("the archive holds 'app/./main.py' twice")
                .message().doesNotContain(dir.toString());
        assertNothingWritten();
    }

    @Test
    void anEntryClimbingOutIsRefused() throws IOException {
        byte[] archive = zip(Entry.text("ok.txt", "fine"), Entry.text("app/../../escaped.txt", "evil"));
        assertThatThrownBy(() -> SafeUnzip.unzip(archive, dir.resolve("out"), ArchiveLimits.DEFAULTS))
                .isInstanceOf(ArchiveRejectedException.class)
                .hasMessageContaining("climbs out");
        assertNothingWritten();
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> new ArchiveLimits(0, 1, 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxExpandedBytes=0");
    }
}
