package com.bytenite.sdk.jobs;

import com.bytenite.sdk.core.errors.ByteNiteApiException;
import com.bytenite.sdk.core.errors.ByteNiteException;
import com.bytenite.sdk.core.errors.ByteNiteNetworkException;
import com.bytenite.sdk.core.spi.Operation;
import com.bytenite.sdk.core.spi.ServiceContext;
import com.bytenite.sdk.core.telemetry.BytesTransferred;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import okio.Okio;
import okio.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Step three of ByteNite's upload workflow: PUT the bytes to the signed {@code tempUrl}, streamed
 * from the file or stream (constant memory), with {@code Content-Disposition: attachment} exactly
 * as the docs ask (a signed URL may cover that header) and the file's name in
 * {@value #FILE_NAME_HEADER} (percent-encoded UTF-8), without the ByteNite token (the shared
 * external client never adds it). A repeatable content is
 * sent again from the first byte after a network failure or a 5xx/429; a stream is not.
 */
final class Uploader {
    private static final Logger LOG = LoggerFactory.getLogger(Uploader.class);
    /** Not replayed by the stack itself: this class decides when a PUT starts again. */
    static final Operation UPLOAD = Operation.nonIdempotent("storage.upload");
    private static final MediaType OCTET_STREAM = MediaType.get("application/octet-stream");
    static final int MAX_ATTEMPTS = 3;
    /** Carries the upload's file name, so the partitioner sees the file under it (Local ByteNite does). */
    static final String FILE_NAME_HEADER = "X-ByteNite-File-Name";

    private final ServiceContext context;

    Uploader(ServiceContext context) {
        this.context = context;
    }

    void upload(String tempUrl, UploadContent content, TransferListener listener) {
        HttpUrl url = HttpUrl.parse(tempUrl);
        if (url == null) {
            throw new IllegalStateException("the server's tempUrl is not a URL");
        }
        long started = System.nanoTime();
        try {
            putWithRestarts(url, content, listener);
        } catch (RuntimeException e) {
            context.reportTransfer(BytesTransferred.Direction.UPLOAD, content.name(), 0, Duration.ofNanos(System.nanoTime() - started), false);
            throw e;
        }
        context.reportTransfer(BytesTransferred.Direction.UPLOAD, content.name(), content.length(),
                Duration.ofNanos(System.nanoTime() - started), true);
    }

    private void putWithRestarts(HttpUrl url, UploadContent content, TransferListener listener) {
        Duration backoff = Duration.ofSeconds(1);
        for (int attempt = 1; ; attempt++) {
            try {
                putOnce(url, content, listener);
                return;
            } catch (ByteNiteNetworkException | ByteNiteApiException e) {
                boolean transientFailure = !(e instanceof ByteNiteApiException) || ((ByteNiteApiException) e).isTransient();
                if (!transientFailure) {
                    throw e;
                }
                if (!content.isRepeatable()) {
                    throw new ByteNiteException("Upload of '" + content.name() + "' failed and cannot be restarted: an InputStream "
                            + "can be read only once; upload from a Path to let the SDK restart it (" + e.getMessage() + ")", UPLOAD.name(), e);
                }
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                LOG.debug("upload of '{}' failed (attempt {} of {}); starting again in {}", content.name(), attempt, MAX_ATTEMPTS, backoff);
                sleep(backoff);
                backoff = backoff.multipliedBy(2);
            }
        }
    }

    private void putOnce(HttpUrl url, UploadContent content, TransferListener listener) {
        RequestBody body = new StreamingBody(content, listener);
        Request request = new Request.Builder().url(url).put(body).header("Content-Disposition", "attachment")
                .header(FILE_NAME_HEADER, URLEncoder.encode(content.name(), StandardCharsets.UTF_8).replace("+", "%20")).build();
        try (Response response = context.open(UPLOAD, () -> request, context.externalClient())) {
            listener.onProgress(content.name(), content.length(), content.length());
        }
    }

    private void sleep(Duration d) {
        try {
            context.http().sleeper().sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("upload interrupted");
        }
    }

    /** Streams the content in segments, counting bytes for the listener. */
    private static final class StreamingBody extends RequestBody {
        private final UploadContent content;
        private final TransferListener listener;

        StreamingBody(UploadContent content, TransferListener listener) {
            this.content = content;
            this.listener = listener;
        }

        @Override
        public MediaType contentType() {
            return OCTET_STREAM;
        }

        @Override
        public long contentLength() {
            return content.length();
        }

        @Override
        public boolean isOneShot() {
            return !content.isRepeatable();
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            InputStream in = content.open();
            // The caller's stream is the caller's to close; a file opened here is closed here.
            try {
                Source source = Okio.source(in);
                long done = 0;
                long read;
                while ((read = source.read(sink.getBuffer(), 64 * 1024)) != -1) {
                    sink.emitCompleteSegments();
                    done += read;
                    // The last report (all bytes) comes once the storage has accepted the upload.
                    if (done < content.length()) {
                        listener.onProgress(content.name(), done, content.length());
                    }
                }
                if (done != content.length()) {
                    throw new IOException("'" + content.name() + "' gave " + done + " bytes but its length was declared as " + content.length());
                }
            } finally {
                if (content.isRepeatable()) {
                    in.close();
                }
            }
        }
    }
}
