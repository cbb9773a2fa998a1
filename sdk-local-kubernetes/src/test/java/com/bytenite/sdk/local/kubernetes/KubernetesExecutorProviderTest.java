package com.bytenite.sdk.local.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bytenite.sdk.local.executor.StageExecutorProvider;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** {@code --executor kubernetes} finds this module through the service loader and reads its options. */
class KubernetesExecutorProviderTest {
    @Test
    void theServiceLoaderFindsTheKubernetesExecutor() {
        assertThat(ServiceLoader.load(StageExecutorProvider.class)).extracting(StageExecutorProvider::name).contains("kubernetes");
    }

    @Test
    void optionsBecomeSettingsAndUnknownOnesAreNamed() {
        KubernetesSettings s = KubernetesExecutorProvider.settings(Map.of("namespace", "jobs", "parallelism", "4",
                "image-pull-secret", "regcred"));
        assertThat(s.namespace()).isEqualTo("jobs");
        assertThat(s.parallelism()).isEqualTo(4);
        assertThat(s.imagePullSecret()).contains("regcred");
        assertThat(s.helperImage()).isEqualTo(KubernetesSettings.DEFAULT_HELPER_IMAGE);
        assertThatThrownBy(() -> KubernetesExecutorProvider.settings(Map.of("nodes", "3"))).hasMessageContaining("unknown kubernetes option 'nodes'");
        assertThatThrownBy(() -> KubernetesExecutorProvider.settings(Map.of("parallelism", "many"))).hasMessageContaining("parallelism");
    }
}
