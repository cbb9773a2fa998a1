package com.bytenite.sdk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pushed archive is unpacked only within the archive limits; a refused one leaves nothing behind. */
class PushLimitsTest {
    private static final String MANIFEST = "{\"name\":\"bomb\",\"version\":\"1.0\",\"entrypoint\":\"main.sh\"}";

    @TempDir
    Path data;

    private LocalByteNite local;
    private RawClient raw;

    @BeforeEach
    void start() throws IOException {
        local = LocalByteNite.builder().dataDirectory(data).start();
        raw = new RawClient(local);
    }

    @AfterEach
    void stop() {
        local.close();
    }

    private static String push(String... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return "{\"data\":\"" + Base64.getEncoder().encodeToString(bytes.toByteArray()) + "\"}";
    }

    private void assertNothingKept() throws IOException {
        Path components = data.resolve("components");
        if (Files.exists(components)) {
            try (Stream<Path> files = Files.walk(components)) {
                assertThat(files.filter(Files::isRegularFile)).isEmpty();
            }
        }
    }

    @Test
    void anArchiveExpandingFarBeyondItsSizeIsRefused() throws IOException {
        // 16 MiB of one repeated character: a few kilobytes once zipped.
        String body = push("manifest.json", MANIFEST, "app/main.sh", "echo hi", "app/padding.txt", "0".repeat(16 << 20));
        assertThat(body.length()).isLessThan(100_000);
        RawClient.Answer a = raw.call("POST", "/v1/dev/apps", body);
        assertThat(a.code()).isEqualTo(400);
        assertThat(a.errorDescription()).isEqualTo("data: the archive expands more than 100 times its size (at entry 'app/padding.txt')");
        assertNothingKept();
    }

    @Test
    void aDuplicateEntryIsABadRequestThatShowsNoServerPath() throws IOException {
        RawClient.Answer a = raw.call("POST", "/v1/dev/apps", push("manifest.json", MANIFEST, "app/main.sh", "echo one", "app//main.sh", "echo two"));
        assertThat(a.code()).isEqualTo(400);
        assertThat(a.errorDescription()).isEqualTo("data: the archive holds 'app//main.sh' twice").doesNotContain(data.toString());
        assertNothingKept();
    }
}
