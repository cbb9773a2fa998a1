package com.bytenite.sdk.jobs;

import static com.bytenite.sdk.core.http.Arguments.requireText;

import com.google.gson.JsonObject;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a job reads its input. Build one with the factory methods; each writes the descriptor and
 * params ByteNite documents.
 *
 * <pre>{@code
 * DataSource.url("https://example.com/input.mp4");
 * DataSource.aws("my-bucket", "videos/input.mp4", "us-east-1", "my-aws-secret");
 * }</pre>
 *
 * <p>{@code toString()} prints the descriptor and identifiers, never a URL's query string.
 */
public final class DataSource extends StorageLocation {
    private final UploadContent upload;

    private DataSource(String descriptor, JsonObject params) {
        this(descriptor, params, null);
    }

    private DataSource(String descriptor, JsonObject params, UploadContent upload) {
        super(descriptor, params);
        this.upload = upload;
    }

    /**
     * A local file to upload as the job's input. {@link JobRequest#submit()} runs ByteNite's
     * upload workflow: set a {@code file} source, PUT the bytes to the signed {@code tempUrl} the
     * server returns (streamed, without the ByteNite token), then notify completion. A failed PUT is
     * started again from the first byte, because a file can be read again.
     *
     * @param file the file to upload; its name is sent with the bytes (Local ByteNite keeps it; whether
     *     ByteNite does is not documented)
     * @return the {@code file} source carrying the content to upload
     * @throws NullPointerException if {@code file} is null
     * @throws IllegalArgumentException if {@code file} is not a readable regular file
     */
    public static DataSource upload(Path file) {
        return new DataSource("file", typed(LOCAL_FILE_TYPE), UploadContent.of(file));
    }

    /**
     * Bytes from a stream of known length to upload as the job's input, under {@code name}. The
     * stream is read once: if the PUT fails midway the submission fails with a clear error (use
     * {@link #upload(Path)} for automatic restarts). The SDK does not close the stream.
     *
     * @param stream the content, read once when the job is submitted
     * @param length the number of bytes the stream gives
     * @param name the file name sent with the bytes (Local ByteNite keeps it; whether ByteNite does is not documented)
     * @return the {@code file} source carrying the content to upload
     * @throws NullPointerException if {@code stream} or {@code name} is null
     * @throws IllegalArgumentException if {@code length} is negative or {@code name} is not a plain file name
     */
    public static DataSource upload(InputStream stream, long length, String name) {
        return new DataSource("file", typed(LOCAL_FILE_TYPE), UploadContent.of(stream, length, name));
    }

    /** The content to upload, for sources made by {@code upload(…)}. */
    Optional<UploadContent> uploadContent() {
        return Optional.ofNullable(upload);
    }

    /**
     * A public http(s) URL the platform downloads.
     *
     * @param url an absolute http or https URL
     * @return the {@code url} source
     * @throws NullPointerException if {@code url} is null
     * @throws IllegalArgumentException if {@code url} is not an absolute http or https URL
     */
    public static DataSource url(String url) {
        requireText("url", url);
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("url: not a valid URL (" + e.getMessage() + ")", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("url: expected an absolute http:// or https:// URL");
        }
        JsonObject p = typed(HTTP_TYPE);
        p.addProperty("url", url);
        return new DataSource("url", p);
    }

    /**
     * No input: the partitioner starts with an empty source folder.
     *
     * @return the {@code bypass} source
     */
    public static DataSource bypass() {
        return new DataSource("bypass", new JsonObject());
    }

    /**
     * A {@code file} source: the server answers with a signed {@code tempUrl} to upload to. The SDK's
     * upload workflow uses this; call it directly only to run the upload yourself.
     *
     * @return the {@code file} source, with nothing to upload attached
     */
    public static DataSource localFile() {
        return new DataSource("file", typed(LOCAL_FILE_TYPE));
    }

    /**
     * An Amazon S3 object or folder ({@code aws} descriptor).
     *
     * @param bucketName the bucket ({@code bucketName})
     * @param objectOrFolder the object or folder path in the bucket ({@code name})
     * @param region the bucket's region ({@code cloudRegion})
     * @param secretId the id of the secret holding the storage credentials ({@code secret_id}), created with the Auth API
     * @return the source
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is blank
     */
    public static DataSource aws(String bucketName, String objectOrFolder, String region, String secretId) {
        return new DataSource("aws", bucket(bucketName, objectOrFolder, region, secretId));
    }

    /**
     * The same as {@link #aws} with the older {@code s3} descriptor, for servers that predate the rename.
     *
     * @param bucketName the bucket ({@code bucketName})
     * @param objectOrFolder the object or folder path in the bucket ({@code name})
     * @param region the bucket's region ({@code cloudRegion})
     * @param secretId the id of the secret holding the storage credentials ({@code secret_id}), created with the Auth API
     * @return the source
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is blank
     */
    public static DataSource s3(String bucketName, String objectOrFolder, String region, String secretId) {
        return new DataSource("s3", bucket(bucketName, objectOrFolder, region, secretId));
    }

    /**
     * A Google Cloud Storage object or folder ({@code gcp} descriptor).
     *
     * @param bucketName the bucket ({@code bucketName})
     * @param objectOrFolder the object or folder path in the bucket ({@code name})
     * @param region the bucket's region ({@code cloudRegion})
     * @param secretId the id of the secret holding the storage credentials ({@code secret_id}), created with the Auth API
     * @return the source
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is blank
     */
    public static DataSource gcp(String bucketName, String objectOrFolder, String region, String secretId) {
        return new DataSource("gcp", bucket(bucketName, objectOrFolder, region, secretId));
    }

    /**
     * A Storj object or folder ({@code storj} descriptor).
     *
     * @param bucketName the bucket ({@code bucketName})
     * @param objectOrFolder the object or folder path in the bucket ({@code name})
     * @param region the bucket's region ({@code cloudRegion})
     * @param secretId the id of the secret holding the storage credentials ({@code secret_id}), created with the Auth API
     * @return the source
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is blank
     */
    public static DataSource storj(String bucketName, String objectOrFolder, String region, String secretId) {
        return new DataSource("storj", bucket(bucketName, objectOrFolder, region, secretId));
    }

    /**
     * Any other descriptor, for sources the SDK does not know yet. Sent as given, unchecked.
     *
     * @param descriptor the {@code dataSourceDescriptor}
     * @param type the params' {@code @type}, or null for none
     * @param params further params, copied; may be null
     * @return the source
     * @throws NullPointerException if {@code descriptor} is null
     * @throws IllegalArgumentException if {@code descriptor} is blank
     */
    public static DataSource custom(String descriptor, String type, JsonObject params) {
        return new DataSource(requireText("descriptor", descriptor), typed(type, params));
    }

    /**
     * Reads the wire form back, for values the server returns. The result has nothing to upload.
     *
     * @param descriptor the {@code dataSourceDescriptor}
     * @param params the params as sent, {@code @type} included; copied; null for none
     * @return the source
     * @throws NullPointerException if {@code descriptor} is null
     * @throws IllegalArgumentException if {@code descriptor} is blank
     */
    public static DataSource fromJson(String descriptor, JsonObject params) {
        return new DataSource(descriptor, params);
    }
}
