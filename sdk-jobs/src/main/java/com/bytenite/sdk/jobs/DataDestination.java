package com.bytenite.sdk.jobs;

import static com.bytenite.sdk.core.http.Arguments.requireText;

import com.google.gson.JsonObject;

/**
 * Where a job writes its output.
 *
 * <pre>{@code
 * DataDestination.temporaryBucket();   // ByteNite's bucket; result links are valid 48 hours
 * DataDestination.gcp("results", "out/", "europe-west1", "my-gcp-secret");
 * }</pre>
 *
 * <p>{@code toString()} prints the descriptor and identifiers, never a URL's query string.
 */
public final class DataDestination extends StorageLocation {
    private DataDestination(String descriptor, JsonObject params) {
        super(descriptor, params);
    }

    /**
     * ByteNite's temporary bucket: files are kept 48 hours and listed with signed links in the results.
     *
     * @return the {@code bucket} destination
     */
    public static DataDestination temporaryBucket() {
        return new DataDestination("bucket", new JsonObject());
    }

    /**
     * No output is stored.
     *
     * @return the {@code bypass} destination
     */
    public static DataDestination bypass() {
        return new DataDestination("bypass", new JsonObject());
    }

    /**
     * An Amazon S3 object or folder to write to ({@code aws} descriptor).
     *
     * @param bucketName the bucket ({@code bucketName})
     * @param objectOrFolder the object or folder path in the bucket ({@code name})
     * @param region the bucket's region ({@code cloudRegion})
     * @param secretId the id of the secret holding the storage credentials ({@code secret_id}), created with the Auth API
     * @return the destination
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is blank
     */
    public static DataDestination aws(String bucketName, String objectOrFolder, String region, String secretId) {
        return new DataDestination("aws", bucket(bucketName, objectOrFolder, region, secretId));
    }

    /**
     * The same as {@link #aws} with the older {@code s3} descriptor, for servers that predate the rename.
     *
     * @param bucketName the bucket ({@code bucketName})
     * @param objectOrFolder the object or folder path in the bucket ({@code name})
     * @param region the bucket's region ({@code cloudRegion})
     * @param secretId the id of the secret holding the storage credentials ({@code secret_id}), created with the Auth API
     * @return the destination
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is blank
     */
    public static DataDestination s3(String bucketName, String objectOrFolder, String region, String secretId) {
        return new DataDestination("s3", bucket(bucketName, objectOrFolder, region, secretId));
    }

    /**
     * A Google Cloud Storage object or folder to write to ({@code gcp} descriptor).
     *
     * @param bucketName the bucket ({@code bucketName})
     * @param objectOrFolder the object or folder path in the bucket ({@code name})
     * @param region the bucket's region ({@code cloudRegion})
     * @param secretId the id of the secret holding the storage credentials ({@code secret_id}), created with the Auth API
     * @return the destination
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is blank
     */
    public static DataDestination gcp(String bucketName, String objectOrFolder, String region, String secretId) {
        return new DataDestination("gcp", bucket(bucketName, objectOrFolder, region, secretId));
    }

    /**
     * A Storj object or folder to write to ({@code storj} descriptor).
     *
     * @param bucketName the bucket ({@code bucketName})
     * @param objectOrFolder the object or folder path in the bucket ({@code name})
     * @param region the bucket's region ({@code cloudRegion})
     * @param secretId the id of the secret holding the storage credentials ({@code secret_id}), created with the Auth API
     * @return the destination
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is blank
     */
    public static DataDestination storj(String bucketName, String objectOrFolder, String region, String secretId) {
        return new DataDestination("storj", bucket(bucketName, objectOrFolder, region, secretId));
    }

    /**
     * Any other descriptor, for destinations the SDK does not know yet. Sent as given, unchecked.
     *
     * @param descriptor the {@code dataSourceDescriptor}
     * @param type the params' {@code @type}, or null for none
     * @param params further params, copied; may be null
     * @return the destination
     * @throws NullPointerException if {@code descriptor} is null
     * @throws IllegalArgumentException if {@code descriptor} is blank
     */
    public static DataDestination custom(String descriptor, String type, JsonObject params) {
        return new DataDestination(requireText("descriptor", descriptor), typed(type, params));
    }

    /**
     * Reads the wire form back, for values the server returns.
     *
     * @param descriptor the {@code dataSourceDescriptor}
     * @param params the params as sent, {@code @type} included; copied; null for none
     * @return the destination
     * @throws NullPointerException if {@code descriptor} is null
     * @throws IllegalArgumentException if {@code descriptor} is blank
     */
    public static DataDestination fromJson(String descriptor, JsonObject params) {
        return new DataDestination(descriptor, params);
    }
}
