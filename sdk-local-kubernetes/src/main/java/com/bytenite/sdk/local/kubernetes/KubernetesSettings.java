package com.bytenite.sdk.local.kubernetes;

import java.util.Objects;
import java.util.Optional;

/**
 * Where and how stages run on the cluster.
 *
 * @param namespace the namespace every object is made in
 * @param helperImage the image of the pods' fetch, stderr and upload steps; it needs {@code sh},
 *     {@code curl}, {@code od}, {@code tr}, {@code find}, {@code sed}, {@code mkfifo}, {@code tee} and
 *     {@code tail} ({@code curlimages/curl} has them)
 * @param parallelism how many of an app stage's tasks run at once, at most
 * @param imagePullSecret the Secret pods pull private images with, if any (Local ByteNite never
 *     keeps a manifest's registry token, so a cluster's own pull secret is named here)
 * @param gpuResource the extended resource a GPU is requested as, such as {@code nvidia.com/gpu}
 * @param cacheClaim a ReadWriteMany PersistentVolumeClaim for the app's caches, if any: its
 *     {@code users/<user>} folder is {@code USER_CACHE_DIR} and its {@code shared} folder (read only)
 *     {@code SHARED_CACHE_DIR}, kept across tasks and jobs. Without one, each pod gets copies of
 *     Local ByteNite's cache folders and what it writes to its user cache is not kept.
 */
public record KubernetesSettings(String namespace, String helperImage, int parallelism, Optional<String> imagePullSecret,
        String gpuResource, Optional<String> cacheClaim) {
    /** The helper image used unless another is given. */
    public static final String DEFAULT_HELPER_IMAGE = "curlimages/curl:8.11.1";

    /**
     * Checks the values.
     *
     * @param namespace the namespace
     * @param helperImage the helper image
     * @param parallelism at least 1
     * @param imagePullSecret a pull secret's name, or empty
     * @param gpuResource the GPU resource name
     * @param cacheClaim a PersistentVolumeClaim's name for the caches, or empty
     * @throws NullPointerException if a value is null
     * @throws IllegalArgumentException if {@code parallelism} is below 1
     */
    public KubernetesSettings {
        Objects.requireNonNull(namespace, "namespace must not be null");
        Objects.requireNonNull(helperImage, "helperImage must not be null");
        Objects.requireNonNull(imagePullSecret, "imagePullSecret must not be null");
        Objects.requireNonNull(gpuResource, "gpuResource must not be null");
        Objects.requireNonNull(cacheClaim, "cacheClaim must not be null");
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism: expected at least 1 but was " + parallelism);
        }
    }

    /**
     * The defaults in {@code namespace}: the default helper image, 16 tasks at once, no pull secret,
     * GPUs as {@code nvidia.com/gpu}, no cache volume.
     *
     * @param namespace the namespace
     * @return the settings
     */
    public static KubernetesSettings in(String namespace) {
        return new KubernetesSettings(namespace, DEFAULT_HELPER_IMAGE, 16, Optional.empty(), "nvidia.com/gpu", Optional.empty());
    }

    /**
     * These settings with at most {@code tasks} of an app stage's tasks running at once (the Job's
     * {@code parallelism}).
     *
     * @param tasks at least 1
     * @return new settings; these are unchanged
     * @throws IllegalArgumentException if {@code tasks} is below 1
     */
    public KubernetesSettings withParallelism(int tasks) {
        return new KubernetesSettings(namespace, helperImage, tasks, imagePullSecret, gpuResource, cacheClaim);
    }

    /**
     * These settings with the app's caches on a ReadWriteMany PersistentVolumeClaim.
     *
     * @param claim the claim's name in {@link #namespace()}
     * @return new settings; these are unchanged
     * @throws NullPointerException if {@code claim} is null
     */
    public KubernetesSettings withCacheClaim(String claim) {
        return new KubernetesSettings(namespace, helperImage, parallelism, imagePullSecret, gpuResource, Optional.of(claim));
    }
}
