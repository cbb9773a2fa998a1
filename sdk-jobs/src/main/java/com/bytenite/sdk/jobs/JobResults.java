package com.bytenite.sdk.jobs;

import static com.bytenite.sdk.core.http.Arguments.requirePathSegment;

import com.bytenite.sdk.core.errors.ByteNiteException;
import com.bytenite.sdk.core.spi.Operation;
import com.bytenite.sdk.core.spi.PartFiles;
import com.bytenite.sdk.core.spi.ServiceContext;
import com.bytenite.sdk.core.telemetry.BytesTransferred;
import com.bytenite.sdk.jobs.internal.CustomerOperations;
import com.bytenite.sdk.jobs.internal.generated.model.JobResultsDto;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A job's results: the list of output files and their links ({@code GET /jobs/{id}/results}), and
 * downloading them. Each file is streamed to a folder through a temporary file renamed into place when complete,
 * under a name made safe for the local file system, never replacing a file that is already there.
 * A body cut off while it is read (a reset, a truncation) is fetched again, up to the retry
 * settings' attempts: from where it stopped when the server honours {@code Range}, else whole.
 */
final class JobResults {
    /** Reading a signed link twice is harmless, so the stack may retry it. */
    static final Operation DOWNLOAD = Operation.idempotent("storage.download");
    private static final int BUFFER = 64 * 1024;

    private final CustomerCalls calls;
    private final ServiceContext context;

    JobResults(CustomerCalls calls) {
        this.calls = calls;
        this.context = calls.context();
    }

    List<JobResult> list(String jobId) {
        String id = requirePathSegment("jobId", jobId);
        return calls.call(CustomerOperations.GET_JOB_RESULTS, () -> calls.api().jobs().getJobResultsCall(id, null).request(),
                JobResultsDto.class, (JobResultsDto r) -> {
                    List<JobResult> out = new ArrayList<>();
                    if (r.getResults() != null) {
                        r.getResults().forEach(x -> out.add(new JobResult(x.getName(), x.getLink())));
                    }
                    return List.copyOf(out);
                });
    }

    List<Path> download(String jobId, Path directory, TransferListener listener) {
        requirePathSegment("jobId", jobId);
        Objects.requireNonNull(directory, "directory must not be null");
        Objects.requireNonNull(listener, "listener must not be null");
        return downloadAll(list(jobId), directory, listener);
    }

    List<Path> downloadAll(List<JobResult> results, Path directory, TransferListener listener) {
        Objects.requireNonNull(directory, "directory must not be null");
        Objects.requireNonNull(listener, "listener must not be null");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new IllegalArgumentException("directory: cannot create '" + directory + "': " + e.getMessage(), e);
        }
        List<Path> written = new ArrayList<>();
        for (JobResult result : results) {
            written.add(download(result, directory, listener));
        }
        return List.copyOf(written);
    }

    private Path download(JobResult result, Path directory, TransferListener listener) {
        HttpUrl url = HttpUrl.parse(result.link());
        if (url == null) {
            throw new ByteNiteException("the link of result '" + safeName(result.name()) + "' is not an http(s) URL", DOWNLOAD.name(), null);
        }
        long started = System.nanoTime();
        boolean arrived = false;
        long bytes = 0;
        try {
            Path temp = PartFiles.createIn(directory, "bytenite");
            try {
                fetchWithResume(url, temp, result.name(), listener);
                bytes = Files.size(temp);
                Path file = moveToFreeName(temp, directory, safeName(result.name()));
                arrived = true;
                return file;
            } finally {
                Files.deleteIfExists(temp);
                context.reportTransfer(BytesTransferred.Direction.DOWNLOAD, result.name(), bytes,
                        Duration.ofNanos(System.nanoTime() - started), arrived);
            }
        } catch (IOException e) {
            throw new ByteNiteException("downloading result '" + safeName(result.name()) + "' failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + context.http().redact(e.getMessage())), DOWNLOAD.name(), e);
        }
    }

    private void fetchWithResume(HttpUrl url, Path temp, String name, TransferListener listener) throws IOException {
        int attempts = context.http().config().retry().maxAttempts();
        for (int attempt = 1; ; attempt++) {
            try {
                fetch(url, temp, Files.size(temp), name, listener);
                return;
            } catch (IOException cut) {
                if (attempt >= attempts) {
                    throw cut;
                }
                pause(context.http().config().retry().initialBackoff().multipliedBy(attempt));
            }
        }
    }

    /** One request for the file, from byte {@code have} on when the server honours the range. */
    private void fetch(HttpUrl url, Path temp, long have, String name, TransferListener listener) throws IOException {
        Request.Builder request = new Request.Builder().url(url).get();
        if (have > 0) {
            request.header("Range", "bytes=" + have + "-");
        }
        try (Response response = context.open(DOWNLOAD, request::build, context.externalClient())) {
            long from = have > 0 && response.code() == 206 && rangeStartsAt(response, have) ? have : 0;
            long length = response.body().contentLength();
            long total = length < 0 ? -1 : from + length;
            copy(response.body().byteStream(), temp, from, name, total, listener);
        }
    }

    private static boolean rangeStartsAt(Response response, long offset) {
        String range = response.header("Content-Range");
        return range != null && range.trim().startsWith("bytes " + offset + "-");
    }

    private void pause(Duration wait) throws InterruptedIOException {
        try {
            context.http().sleeper().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to resume a download");
        }
    }

    /** Writes the body into {@code target} from byte {@code from} (0: the file starts over). */
    private static void copy(InputStream in, Path target, long from, String name, long total, TransferListener listener) throws IOException {
        OpenOption[] mode = from > 0
                ? new OpenOption[] {StandardOpenOption.APPEND}
                : new OpenOption[] {StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE};
        try (InputStream source = in; OutputStream out = Files.newOutputStream(target, mode)) {
            byte[] buffer = new byte[BUFFER];
            long done = from;
            int n;
            while ((n = source.read(buffer)) != -1) {
                out.write(buffer, 0, n);
                done += n;
                listener.onProgress(name, done, total);
            }
            if (total >= 0 && done != total) {
                throw new IOException("the download ended after " + done + " of " + total + " bytes");
            }
        }
    }

    private static Path moveToFreeName(Path temp, Path directory, String name) throws IOException {
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int i = 0; ; i++) {
            Path target = directory.resolve(i == 0 ? name : stem + " (" + i + ")" + extension);
            try {
                publish(temp, target);
                return target;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                continue;
            }
        }
    }

    /**
     * Makes the finished file appear under {@code target} without ever replacing a file there. A
     * rename (even ATOMIC_MOVE) replaces silently on POSIX; a hard link fails if the name is taken,
     * atomically. Where hard links are not supported, a plain move (which checks first) is used.
     */
    private static void publish(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
            Files.delete(temp);
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
            if (e instanceof java.nio.file.FileAlreadyExistsException) {
                throw (java.nio.file.FileAlreadyExistsException) e;
            }
            Files.move(temp, target);
        }
    }

    /**
     * The last path segment of a server-given name, with characters that are special on common
     * file systems replaced, so a name like {@code ../../.bashrc} lands as {@code .bashrc} inside
     * the folder and nowhere else.
     */
    static String safeName(String name) {
        String last = name.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1);
        StringBuilder sb = new StringBuilder();
        for (char c : last.toCharArray()) {
            sb.append(c < 0x20 || c == 0x7f || "<>:\"|?*".indexOf(c) >= 0 ? '_' : c);
        }
        String safe = sb.toString().trim();
        return safe.isEmpty() || safe.equals(".") || safe.equals("..") ? "result" : safe;
    }
}
