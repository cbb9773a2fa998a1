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

    /** ByteNite's temporary bucket: files are kept 48 hours and listed with signed links in the results. */
    public static DataDestination temporaryBucket() {
        return new DataDestination("bucket", new JsonObject());
    }

    /** No output is stored. */
    public static DataDestination bypass() {
        return new DataDestination("bypass", new JsonObject());
    }

    public static DataDestination aws(String bucketName, String objectOrFolder, String region, String secretId) {
        return new DataDestination("aws", bucket(bucketName, objectOrFolder, region, secretId));
    }

    /** The same as {@link #aws} with the older {@code s3} descriptor. */
    public static DataDestination s3(String bucketName, String objectOrFolder, String region, String secretId) {
        return new DataDestination("s3", bucket(bucketName, objectOrFolder, region, secretId));
    }

    public static DataDestination gcp(String bucketName, String objectOrFolder, String region, String secretId) {
        return new DataDestination("gcp", bucket(bucketName, objectOrFolder, region, secretId));
    }

    public static DataDestination storj(String bucketName, String objectOrFolder, String region, String secretId) {
        return new DataDestination("storj", bucket(bucketName, objectOrFolder, region, secretId));
    }

    /** Any other descriptor, for destinations the SDK does not know yet. */
    public static DataDestination custom(String descriptor, String type, JsonObject params) {
        return new DataDestination(requireText("descriptor", descriptor), typed(type, params));
    }

    /** Reads the wire form back, for values the server returns. */
    public static DataDestination fromJson(String descriptor, JsonObject params) {
        return new DataDestination(descriptor, params);
    }
}
