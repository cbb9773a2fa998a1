package com.bytenite.sdk.jobs;

import static com.bytenite.sdk.core.testing.TestServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bytenite.sdk.core.errors.NotFoundException;
import com.bytenite.sdk.core.testing.Canary;
import com.bytenite.sdk.core.testing.LoopbackServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DownloadTest {
    @RegisterExtension
    final LoopbackServer loopback = new LoopbackServer();
    private MockWebServer server;
    private JobsService jobs;
    @TempDir
    Path dir;

    @BeforeEach
    void wire() {
        server = loopback.server();
        jobs = new JobsService(loopback.http().context());
    }

    private String link(String path) {
        return "http://127.0.0.1:" + server.getPort() + path + "?X-Amz-Signature=" + Canary.SIGNATURE;
    }

    @Test
    void streamsEveryResultIntoTheFolderWithSafeNamesAndWithoutTheToken() throws Exception {
        server.enqueue(json(200, "{\"results\":[{\"name\":\"out.txt\",\"link\":\"" + link("/r/1") + "\"},"
                + "{\"name\":\"../../evil.sh\",\"link\":\"" + link("/r/2") + "\"}]}"));
        server.enqueue(new MockResponse().setBody("HELLO WORLD"));
        server.enqueue(new MockResponse().setBody("echo pwned"));
        Path target = dir.resolve("results");

        List<Path> files = jobs.downloadResults("job-1", target, TransferListener.NONE);

        assertThat(files).containsExactly(target.resolve("out.txt"), target.resolve("evil.sh"));
        assertThat(Files.readString(files.get(0))).isEqualTo("HELLO WORLD");
        assertThat(Files.readString(files.get(1))).isEqualTo("echo pwned");
        try (Stream<Path> all = Files.list(target)) {
            assertThat(all.collect(Collectors.toList())).hasSize(2);
        }
        assertThat(Files.exists(dir.resolve("evil.sh"))).isFalse();
        server.takeRequest(5, TimeUnit.SECONDS);
        RecordedRequest get = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(get.getPath()).startsWith("/r/1?X-Amz-Signature=");
        assertThat(get.getHeader("Authorization")).isNull();
    }

    @Test
    void aDownloadCutOffMidWayResumesFromWhereItStopped() throws Exception {
        String content = "0123456789".repeat(50_000);
        String results = "{\"results\":[{\"name\":\"big.txt\",\"link\":\"" + link("/r/1") + "\"}]}";
        server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String range = request.getHeader("Range");
                if (!request.getPath().startsWith("/r/1")) {
                    return json(200, results);
                }
                if (range == null) {
                    return new MockResponse().setBody(content).setSocketPolicy(okhttp3.mockwebserver.SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY);
                }
                int from = Integer.parseInt(range.substring("bytes=".length(), range.length() - 1));
                return new MockResponse().setResponseCode(206).setBody(content.substring(from))
                        .setHeader("Content-Range", "bytes " + from + "-" + (content.length() - 1) + "/" + content.length());
            }
        });
        List<Path> files = jobs.downloadResults("job-1", dir, TransferListener.NONE);
        assertThat(Files.readString(files.get(0))).isEqualTo(content);
        server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHeader("Range")).isNull();
        String range = server.takeRequest(5, TimeUnit.SECONDS).getHeader("Range");
        assertThat(range).matches("bytes=[1-9][0-9]*-");
    }

    @Test
    void aDownloadCutOffMidWayStartsOverWhenTheServerIgnoresRanges() throws Exception {
        String content = "abcdefghij".repeat(50_000);
        server.enqueue(json(200, "{\"results\":[{\"name\":\"big.txt\",\"link\":\"" + link("/r/1") + "\"}]}"));
        server.enqueue(new MockResponse().setBody(content).setSocketPolicy(okhttp3.mockwebserver.SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
        server.enqueue(new MockResponse().setBody(content));
        List<Path> files = jobs.downloadResults("job-1", dir, TransferListener.NONE);
        assertThat(Files.readString(files.get(0))).isEqualTo(content);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aDownloadedFileGetsTheUsersNormalModeNotOwnerOnly() throws Exception {
        server.enqueue(json(200, "{\"results\":[{\"name\":\"out.txt\",\"link\":\"" + link("/r/1") + "\"}]}"));
        server.enqueue(new MockResponse().setBody("shared"));
        Path target = Files.createDirectories(dir.resolve("results"));
        Path ordinary = Files.createFile(target.resolve("made-by-the-user.txt"));

        Path file = jobs.downloadResults("job-1", target, TransferListener.NONE).get(0);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(ordinary));
    }

    @Test
    void neverReplacesAFileAlreadyThere() throws Exception {
        Files.writeString(dir.resolve("out.txt"), "mine");
        server.enqueue(json(200, "{\"results\":[{\"name\":\"out.txt\",\"link\":\"" + link("/r/1") + "\"}]}"));
        server.enqueue(new MockResponse().setBody("theirs"));
        List<Path> files = jobs.downloadResults("job-1", dir, TransferListener.NONE);
        assertThat(files).containsExactly(dir.resolve("out (1).txt"));
        assertThat(Files.readString(dir.resolve("out.txt"))).isEqualTo("mine");
    }

    @Test
    void reportsProgressUpToTheFileSize() throws Exception {
        server.enqueue(json(200, "{\"results\":[{\"name\":\"big.bin\",\"link\":\"" + link("/r/1") + "\"}]}"));
        server.enqueue(new MockResponse().setBody("x".repeat(300_000)));
        long[] last = {0, 0};
        jobs.downloadResults("job-1", dir, (name, done, total) -> {
            last[0] = done;
            last[1] = total;
        });
        assertThat(last).containsExactly(300_000, 300_000);
    }

    @Test
    void aFailedDownloadLeavesNoPartialFileAndHidesTheSignature() throws Exception {
        server.enqueue(json(200, "{\"results\":[{\"name\":\"out.txt\",\"link\":\"" + link("/r/1") + "\"}]}"));
        server.enqueue(new MockResponse().setResponseCode(404).setBody("<Error>NoSuchKey</Error>"));
        assertThatThrownBy(() -> jobs.downloadResults("job-1", dir, TransferListener.NONE))
                .isInstanceOf(NotFoundException.class)
                .hasMessageNotContaining(Canary.SIGNATURE);
        try (Stream<Path> all = Files.list(dir)) {
            assertThat(all.collect(Collectors.toList())).isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "report.pdf|report.pdf",
            "a/b/c.txt|c.txt",
            "..\\..\\win.ini|win.ini",
            "..|result",
            "what?.txt|what_.txt",
            "tab\there|tab_here"})
    void namesAreMadeSafe(String given, String expected) {
        assertThat(JobResults.safeName(given)).isEqualTo(expected);
    }
}
