package com.bytenite.sdk.local.kubernetes;

import com.bytenite.sdk.local.executor.StageExecutor;
import com.bytenite.sdk.local.executor.StageExecutorProvider;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code --executor kubernetes}: the cluster of the usual client configuration ({@code KUBECONFIG},
 * {@code ~/.kube/config}, or the pod's service account when Local ByteNite runs in the cluster).
 * Options ({@code --executor-option key=value}): {@code kubeconfig} (a file), {@code context} (of the
 * kubeconfig; its current one by default), {@code namespace} (the configuration's, else
 * {@code default}), {@code parallelism} (16), {@code helper-image}, {@code image-pull-secret},
 * {@code gpu-resource} ({@code nvidia.com/gpu}), {@code cache-claim} (a ReadWriteMany
 * PersistentVolumeClaim for the app's caches; see {@link KubernetesSettings}).
 */
public final class KubernetesExecutorProvider implements StageExecutorProvider {
    private static final Set<String> OPTIONS = Set.of("kubeconfig", "context", "namespace", "parallelism", "helper-image",
            "image-pull-secret", "gpu-resource", "cache-claim");

    /** The provider {@link java.util.ServiceLoader} makes. */
    public KubernetesExecutorProvider() {
    }

    @Override
    public String name() {
        return "kubernetes";
    }

    @Override
    public StageExecutor create(Map<String, String> options, int workers) {
        Config config = config(options);
        return new KubernetesStageExecutor(new KubernetesClientBuilder().withConfig(config).build(), settings(options, config.getNamespace()),
                StageExecutor.onThisMachine(workers), Clock.systemUTC(), Duration.ofSeconds(1), true);
    }

    /**
     * The client configuration: {@code kubeconfig}'s file, else the usual search; in {@code context}
     * when given.
     *
     * @throws IllegalArgumentException for an unknown option or a kubeconfig that is not a file
     */
    static Config config(Map<String, String> options) {
        refuseUnknown(options);
        String context = options.get("context");
        String kubeconfig = options.get("kubeconfig");
        if (kubeconfig == null) {
            return Config.autoConfigure(context);
        }
        Path file = Path.of(kubeconfig);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("--executor-option kubeconfig: expected a kubeconfig file but " + file + " is not one");
        }
        return Config.fromKubeconfig(context, file.toFile());
    }

    /**
     * The settings {@code options} give, every other one at its default.
     *
     * @param configuredNamespace the client configuration's namespace, or null
     */
    static KubernetesSettings settings(Map<String, String> options, String configuredNamespace) {
        refuseUnknown(options);
        String namespace = options.getOrDefault("namespace", configuredNamespace == null ? "default" : configuredNamespace);
        KubernetesSettings d = KubernetesSettings.in(namespace);
        int parallelism;
        try {
            parallelism = Integer.parseInt(options.getOrDefault("parallelism", Integer.toString(d.parallelism())));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--executor-option parallelism: expected a number, was '" + options.get("parallelism") + "'");
        }
        return new KubernetesSettings(namespace, options.getOrDefault("helper-image", d.helperImage()), parallelism,
                Optional.ofNullable(options.get("image-pull-secret")), options.getOrDefault("gpu-resource", d.gpuResource()),
                Optional.ofNullable(options.get("cache-claim")));
    }

    private static void refuseUnknown(Map<String, String> options) {
        for (String key : options.keySet()) {
            if (!OPTIONS.contains(key)) {
                throw new IllegalArgumentException("--executor-option: unknown kubernetes option '" + key + "' (known: "
                        + String.join(", ", OPTIONS.stream().sorted().toList()) + ")");
            }
        }
    }
}
