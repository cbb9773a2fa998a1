package com.bytenite.sdk.local.executor;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How a pushed component runs as a container, from its manifest, for executors that start
 * containers (a cluster). This machine's executor runs the entry point directly instead and never
 * pulls the image.
 *
 * @param image the manifest's {@code platform_config.container}
 * @param appFolder the component's {@code app/} folder on this machine, which the container gets
 * @param entrypoint the file under {@code app/} the platform starts
 * @param minCpu the manifest's {@code device_requirements.min_cpu} as written (ByteNite does not
 *     document the unit; cores, presumably), or null
 * @param minMemory {@code device_requirements.min_memory} as written (the unit is not documented;
 *     gigabytes, presumably), or null
 * @param gpus {@code device_requirements.gpu}: GPU model names, empty for none
 * @param secretEnv the variables the manifest's secrets become ({@code <ID>_ACCESS_KEY},
 *     {@code <ID>_SECRET_KEY}); never printed
 * @param registryLogin how to pull a private image ({@code platform_config.private_image}), or null
 *     for a public one
 */
public record ContainerSpec(String image, Path appFolder, String entrypoint, String minCpu, String minMemory, List<String> gpus,
        Map<String, String> secretEnv, RegistryLogin registryLogin) {
    /**
     * Checks and copies the values.
     *
     * @param image the container image
     * @param appFolder the component's {@code app/} folder
     * @param entrypoint the entry point under {@code app/}
     * @param minCpu the CPU requirement as written, or null
     * @param minMemory the memory requirement as written, or null
     * @param gpus GPU model names, copied
     * @param secretEnv secret variables, copied
     * @param registryLogin the private image's credentials, or null
     * @throws NullPointerException if {@code image}, {@code appFolder}, {@code entrypoint}, {@code gpus} or {@code secretEnv} is null
     */
    public ContainerSpec {
        Objects.requireNonNull(image, "image must not be null");
        Objects.requireNonNull(appFolder, "appFolder must not be null");
        Objects.requireNonNull(entrypoint, "entrypoint must not be null");
        gpus = List.copyOf(gpus);
        secretEnv = Map.copyOf(secretEnv);
    }

    /** Everything but the secrets' values and the registry login, which are credentials. */
    @Override
    public String toString() {
        return "ContainerSpec{image=" + image + ", appFolder=" + appFolder + ", entrypoint=" + entrypoint + ", minCpu=" + minCpu + ", minMemory=" + minMemory
                + ", gpus=" + gpus + ", secrets=" + new TreeMap<>(secretEnv).keySet() + ", privateImage=" + (registryLogin != null) + '}';
    }
}
