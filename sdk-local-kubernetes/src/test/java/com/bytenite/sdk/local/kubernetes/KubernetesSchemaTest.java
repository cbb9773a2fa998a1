package com.bytenite.sdk.local.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bytenite.sdk.local.executor.RegistryLogin;
import com.bytenite.sdk.local.executor.Stage;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.kubernetes.client.openapi.models.V1Job;
import io.kubernetes.client.openapi.models.V1Secret;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The objects the executor sends, checked against Kubernetes' own OpenAPI schema. fabric8 8 ships
 * none (its 6.x jars had a JSON Schema), so the check uses the official Kubernetes Java client's
 * models, generated from Kubernetes 1.32's OpenAPI document: their {@code validateJsonElement}
 * refuses a field the schema does not define, a missing required field and a wrongly typed one, at
 * every level of the object.
 */
class KubernetesSchemaTest {
    private static final KubernetesSerialization JSON = new KubernetesSerialization();
    private final StageJobs jobs = new StageJobs(new KubernetesSettings("bytenite", KubernetesSettings.DEFAULT_HELPER_IMAGE, 4,
            Optional.of("registry-creds"), "nvidia.com/gpu", Optional.of("bytenite-caches")), Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"),
            ZoneOffset.UTC));
    private final Stage stage = StageJobsTest.appStage(Map.of("VAULT_SECRET_KEY", "s3cret"), new RegistryLogin("robot", "t0ken"));
    private final Job owner = new JobBuilder().withNewMetadata().withName("bn-j-app").withUid("8c1f-uid").endMetadata().build();

    private static JsonObject json(Object fabric8Object) {
        return JsonParser.parseString(JSON.asJson(fabric8Object)).getAsJsonObject();
    }

    @Test
    void theJobAndBothSecretsMatchTheKubernetesSchema() {
        assertThatNoException().isThrownBy(() -> V1Job.validateJsonElement(json(jobs.job("j", stage))));
        assertThatNoException().isThrownBy(() -> V1Secret.validateJsonElement(json(jobs.secret("j", stage,
                URI.create("http://local:8080/local/stages/0f3a"), owner))));
        assertThatNoException().isThrownBy(() -> V1Secret.validateJsonElement(json(jobs.pullSecret("j", stage, owner))));
    }

    @Test
    void theSchemaCheckRefusesAFieldKubernetesDoesNotDefineDeepInsideTheJob() {
        JsonObject job = json(jobs.job("j", stage));
        JsonObject container = job.getAsJsonObject("spec").getAsJsonObject("template").getAsJsonObject("spec")
                .getAsJsonArray("containers").get(0).getAsJsonObject();
        container.addProperty("imagePullSecret", "typo");
        assertThatThrownBy(() -> V1Job.validateJsonElement(job)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("`imagePullSecret`").hasMessageContaining("V1Container");
    }

    @Test
    void theSerializedJobCarriesTheFieldsTheSchemaChecked() {
        JsonObject spec = json(jobs.job("j", stage)).getAsJsonObject("spec");
        assertThat(spec.get("completionMode").getAsString()).isEqualTo("Indexed");
        assertThat(spec.get("backoffLimitPerIndex").getAsInt()).isEqualTo(2);
        assertThat(spec.get("suspend").getAsBoolean()).isTrue();
    }
}
