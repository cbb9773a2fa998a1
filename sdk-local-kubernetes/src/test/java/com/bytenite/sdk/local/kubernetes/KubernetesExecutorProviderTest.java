package com.bytenite.sdk.local.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bytenite.sdk.local.executor.StageExecutorProvider;
import io.fabric8.kubernetes.client.Config;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --executor kubernetes} finds this module through the service loader and reads its options. */
class KubernetesExecutorProviderTest {
    @Test
    void theServiceLoaderFindsTheKubernetesExecutor() {
        assertThat(ServiceLoader.load(StageExecutorProvider.class)).extracting(StageExecutorProvider::name).contains("kubernetes");
    }

    @Test
    void optionsBecomeSettingsAndUnknownOnesAreNamed() {
        KubernetesSettings s = KubernetesExecutorProvider.settings(Map.of("namespace", "jobs", "parallelism", "4",
                "image-pull-secret", "regcred"), "from-kubeconfig");
        assertThat(s.namespace()).isEqualTo("jobs");
        assertThat(s.parallelism()).isEqualTo(4);
        assertThat(s.imagePullSecret()).contains("regcred");
        assertThat(s.helperImage()).isEqualTo(KubernetesSettings.DEFAULT_HELPER_IMAGE);
        assertThatThrownBy(() -> KubernetesExecutorProvider.settings(Map.of("nodes", "3"), null)).hasMessageContaining("unknown kubernetes option 'nodes'");
        assertThatThrownBy(() -> KubernetesExecutorProvider.settings(Map.of("parallelism", "many"), null)).hasMessageContaining("parallelism");
        assertThat(KubernetesExecutorProvider.settings(Map.of(), "from-kubeconfig").namespace()).isEqualTo("from-kubeconfig");
        assertThat(KubernetesExecutorProvider.settings(Map.of(), null).namespace()).isEqualTo("default");
    }

    @Test
    void aKubeconfigFileGivesTheClusterContextAndNamespace(@TempDir Path dir) throws Exception {
        Path kubeconfig = Files.writeString(dir.resolve("config"), String.join("\n",
                "apiVersion: v1", "kind: Config", "current-context: dev",
                "clusters:",
                "- name: dev-cluster", "  cluster: {server: 'https://dev.example:6443'}",
                "- name: prod-cluster", "  cluster: {server: 'https://prod.example:6443'}",
                "contexts:",
                "- name: dev", "  context: {cluster: dev-cluster, user: me, namespace: dev-jobs}",
                "- name: prod", "  context: {cluster: prod-cluster, user: me, namespace: prod-jobs}",
                "users:", "- name: me", "  user: {token: kubeconfig-token-canary}", ""));
        Config dev = KubernetesExecutorProvider.config(Map.of("kubeconfig", kubeconfig.toString()));
        assertThat(dev.getMasterUrl()).startsWith("https://dev.example:6443");
        assertThat(dev.getNamespace()).isEqualTo("dev-jobs");
        Config prod = KubernetesExecutorProvider.config(Map.of("kubeconfig", kubeconfig.toString(), "context", "prod"));
        assertThat(prod.getMasterUrl()).startsWith("https://prod.example:6443");
        assertThat(KubernetesExecutorProvider.settings(Map.of(), prod.getNamespace()).namespace()).isEqualTo("prod-jobs");
        assertThatThrownBy(() -> KubernetesExecutorProvider.config(Map.of("kubeconfig", dir.resolve("missing").toString())))
                .hasMessage("--executor-option kubeconfig: expected a kubeconfig file but " + dir.resolve("missing") + " is not one");
    }
}
