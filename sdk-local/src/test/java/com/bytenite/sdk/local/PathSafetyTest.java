package com.bytenite.sdk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ids that become folder names are checked where they enter: nothing is written or deleted outside the data directory. */
class PathSafetyTest {
    @TempDir
    Path dir;

    private Path data;
    private LocalByteNite local;
    private RawClient raw;

    @BeforeEach
    void start() throws IOException {
        data = Files.createDirectories(dir.resolve("data"));
        local = LocalByteNite.builder().dataDirectory(data).start();
        raw = new RawClient(local);
    }

    @AfterEach
    void stop() {
        local.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../x", "..", ".", "a/b", ".hidden", "x\\\\y"})
    void aChosenJobIdThatIsAPathIsRefusedNamingTheField(String id) throws IOException {
        RawClient.Answer a = raw.call("POST", "/v1/customer/jobs", "{\"templateId\":\"echo-passthrough\",\"jobId\":\"" + id + "\"}");
        assertThat(a.code()).isEqualTo(400);
        assertThat(a.errorDescription()).startsWith("jobId must be 1 to 128 characters of letters, digits");
    }

    @Test
    void anUploadToAClimbingJobIdWritesNothingOutsideTheDataDirectory() throws IOException {
        RawClient.Answer created = raw.call("POST", "/v1/customer/jobs", "{\"templateId\":\"echo-passthrough\",\"jobId\":\"../../x\","
                + "\"dataSource\":{\"dataSourceDescriptor\":\"file\"}}");
        assertThat(created.code()).isEqualTo(400);
        assertThat(dir.resolve("x")).doesNotExist();
        assertThat(data.getParent().resolve("x")).doesNotExist();
    }

    @Test
    void deletingAnEncodedClimbingIdDeletesNothing() throws IOException {
        Path outside = Files.writeString(dir.resolve("keep.txt"), "not the server's");
        RawClient.Answer job = raw.call("POST", "/v1/customer/jobs", "{\"templateId\":\"echo-passthrough\",\"jobId\":\"mine\"}");
        assertThat(job.code()).isEqualTo(200);
        for (String path : new String[] {"..%2F..%2Fx", "..%2F.."}) {
            RawClient.Answer a = raw.call("DELETE", "/v1/customer/jobs/" + path, null);
            assertThat(a.code()).as(path).isEqualTo(400);
            assertThat(a.errorDescription()).startsWith("jobId must be");
        }
        assertThat(outside).hasContent("not the server's");
        assertThat(data.resolve("state/jobs/mine.json")).exists();
    }

    @Test
    void aTemplateIdThatIsAPathIsRefused() throws IOException {
        RawClient.Answer a = raw.call("POST", "/v1/dev/templates", "{\"id\":\"../t\",\"app\":\"echo\",\"partitioner\":\"passthrough\","
                + "\"assembler\":\"passthrough\"}");
        assertThat(a.code()).isEqualTo(400);
        assertThat(a.errorDescription()).startsWith("id must be 1 to 128 characters");
    }

    @Test
    void aComponentNameThatIsAPathIsRefusedAndLeavesNothing() throws IOException {
        String manifest = "{\"name\":\"../../evil\",\"version\":\"1.0\",\"entrypoint\":\"main.sh\"}";
        RawClient.Answer a = raw.call("POST", "/v1/dev/apps", "{\"data\":\"" + Archives.base64Zip(Map.of("manifest.json", manifest,
                "app/main.sh", "echo hi")) + "\"}");
        assertThat(a.code()).isEqualTo(400);
        assertThat(a.errorDescription()).startsWith("manifest.json: name must be 1 to 128 characters");
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().equals("main.sh"))).isEmpty();
        }
    }
}
