package com.bytenite.sdk.local.kubernetes;

import com.bytenite.sdk.local.executor.StageExecutor;
import com.bytenite.sdk.local.executor.StageExecutorProvider;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code --executor kubernetes}: the cluster of the usual client configuration ({@code KUBECONFIG},
 * {@code ~/.kube/config}, or the pod's service account when Local ByteNite runs in the cluster).
 * Options ({@code --executor-option key=value}): {@code namespace} (default {@code default}),
 * {@code parallelism} (16), {@code helper-image}, {@code image-pull-secret}, {@code gpu-resource}
 * ({@code nvidia.com/gpu}).
 */
public final class KubernetesExecutorProvider implements StageExecutorProvider {
    private static final Set<String> OPTIONS = Set.of("namespace", "parallelism", "helper-image", "image-pull-secret", "gpu-resource");

    /** The provider {@link java.util.ServiceLoader} makes. */
    public KubernetesExecutorProvider() {
    }

    @Override
    public String name() {
        return "kubernetes";
    }

    @Override
    public StageExecutor create(Map<String, String> options, int workers) {
        return new KubernetesStageExecutor(new KubernetesClientBuilder().build(), settings(options), StageExecutor.onThisMachine(workers),
                Clock.systemUTC(), Duration.ofSeconds(1), true);
    }

    /** The settings {@code options} give, every other one at its default. */
    static KubernetesSettings settings(Map<String, String> options) {
        for (String key : options.keySet()) {
            if (!OPTIONS.contains(key)) {
                throw new IllegalArgumentException("--executor-option: unknown kubernetes option '" + key + "' (known: "
                        + String.join(", ", OPTIONS.stream().sorted().toList()) + ")");
            }
        }
        KubernetesSettings d = KubernetesSettings.in(options.getOrDefault("namespace", "default"));
        int parallelism;
        try {
            parallelism = Integer.parseInt(options.getOrDefault("parallelism", Integer.toString(d.parallelism())));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--executor-option parallelism: expected a number, was '" + options.get("parallelism") + "'");
        }
        return new KubernetesSettings(d.namespace(), options.getOrDefault("helper-image", d.helperImage()), parallelism,
                Optional.ofNullable(options.get("image-pull-secret")), options.getOrDefault("gpu-resource", d.gpuResource()));
    }
}
