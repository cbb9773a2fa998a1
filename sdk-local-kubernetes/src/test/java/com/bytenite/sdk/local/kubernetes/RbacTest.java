package com.bytenite.sdk.local.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.bytenite.sdk.auth.AuthService;
import com.bytenite.sdk.auth.NewSecret;
import com.bytenite.sdk.auth.SecretType;
import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.http.ByteNiteHttp;
import com.bytenite.sdk.dev.DevService;
import com.bytenite.sdk.jobs.DataDestination;
import com.bytenite.sdk.jobs.DataSource;
import com.bytenite.sdk.jobs.JobsService;
import com.bytenite.sdk.local.LocalByteNite;
import com.bytenite.sdk.local.executor.StageExecutor;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rbac.yaml} against the requests the executor really makes while a job with a private image
 * and a secret runs: every one is allowed by the Role, and the Role allows nothing it does not use.
 */
@EnableKubernetesMockClient(crud = true)
class RbacTest {
    static KubernetesClient client;
    static KubernetesMockServer server;

    private static final String USER_AGENT = "local-bytenite-rbac-test";
    /** {@code /api/v1} or {@code /apis/<group>/<version>}, the namespace, the resource, a name and a subresource. */
    private static final Pattern PATH = Pattern.compile("/apis?/(?:([^/]+)/)?v1/namespaces/[^/]+/([^/?]+)(?:/([^/?]+))?(?:/([^/?]+))?.*");

    @TempDir
    Path dir;

    @Test
    void theRoleAllowsExactlyWhatTheExecutorDoes() throws Exception {
        Set<String> used = new TreeSet<>();
        try (KubernetesClient executorClient = new KubernetesClientBuilder().withConfig(new ConfigBuilder(client.getConfiguration())
                .withUserAgent(USER_AGENT).build()).build();
                TestKubelet kubelet = new TestKubelet(client, server, "bytenite", dir.resolve("kubelet"), TestKubelet.Mode.RUN)) {
            runAJob(new KubernetesStageExecutor(executorClient, KubernetesSettings.in("bytenite"), StageExecutor.onThisMachine(1),
                    Clock.systemUTC(), Duration.ofMillis(20), false));
        }
        for (RecordedRequest r; (r = server.takeRequest(1, TimeUnit.SECONDS)) != null; ) {
            if (USER_AGENT.equals(r.getHeader("User-Agent"))) {
                used.add(permission(r));
            }
        }
        assertThat(used).as("a private image and a secret: every kind of request").contains("create jobs", "create secrets", "get pods/log");
        assertThat(allowed()).containsExactlyInAnyOrderElementsOf(used);
    }

    private void runAJob(StageExecutor executor) throws Exception {
        Path app = Files.createDirectories(dir.resolve("shout/app")).getParent();
        Files.writeString(app.resolve("app/main.sh"), "cp \"$TASK_DIR/data.bin\" \"$TASK_RESULTS_DIR/out.bin\"; echo copied\n");
        Files.writeString(app.resolve("manifest.json"), "{\"name\":\"shout\",\"version\":\"1.0\",\"platform\":\"docker\",\"entrypoint\":"
                + "\"main.sh\",\"platform_config\":{\"container\":\"ghcr.io/team/shout:1\",\"private_image\":true,\"username\":\"u\","
                + "\"token\":\"t\",\"secrets\":[\"vault\"]}}");
        try (LocalByteNite local = LocalByteNite.builder().stageExecutor(executor).appFolder(app).start();
                ByteNiteHttp http = ByteNiteHttp.create(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())) {
            new AuthService(http.context()).secrets().create(NewSecret.builder("vault",
                    SecretType.OTHER).secretKey("s").build());
            new DevService(http.context()).templates().push(Files.writeString(dir.resolve("template.json"),
                    "{\"id\":\"t\",\"app\":\"shout\",\"partitioner\":\"passthrough\",\"assembler\":\"passthrough\"}"));
            new JobsService(http.context()).create("t").source(DataSource.upload(Files.writeString(dir.resolve("in.txt"), "x")))
                    .destination(DataDestination.temporaryBucket()).submit().awaitCompletion(Duration.ofSeconds(60));
        }
    }

    /** A request as RBAC sees it: {@code <verb> <resource>[/<subresource>]}. */
    private static String permission(RecordedRequest r) {
        Matcher m = PATH.matcher(r.getPath());
        if (!m.matches()) {
            throw new AssertionError("not a namespaced API request: " + r.getMethod() + " " + r.getPath());
        }
        boolean named = m.group(3) != null;
        String verb = switch (r.getMethod()) {
            case "POST" -> "create";
            case "GET" -> r.getPath().contains("watch=true") ? "watch" : named ? "get" : "list";
            case "PUT" -> "update";
            case "PATCH" -> "patch";
            case "DELETE" -> named ? "delete" : "deletecollection";
            default -> throw new AssertionError("unexpected method " + r.getMethod());
        };
        return verb + " " + m.group(2) + (m.group(4) == null ? "" : "/" + m.group(4));
    }

    /** Every (verb, resource) the Role in {@code rbac.yaml} grants. */
    private static Set<String> allowed() throws Exception {
        Set<String> out = new TreeSet<>();
        try (InputStream yaml = Files.newInputStream(Path.of("rbac.yaml"))) {
            List<HasMetadata> objects = client.load(yaml).items();
            Role role = objects.stream().filter(Role.class::isInstance).map(Role.class::cast).findFirst().orElseThrow();
            for (PolicyRule rule : role.getRules()) {
                for (String resource : rule.getResources()) {
                    rule.getVerbs().forEach(verb -> out.add(verb + " " + resource));
                }
            }
        }
        return out;
    }
}
