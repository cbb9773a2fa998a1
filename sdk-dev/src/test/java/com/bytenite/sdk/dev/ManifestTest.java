package com.bytenite.sdk.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per manifest rule, each asserting the JSON path of the problem. */
class ManifestTest {
    static final String VALID = "{\"name\":\"hello\",\"version\":\"1.0\",\"platform\":\"docker\",\"entrypoint\":\"main.py\","
            + "\"platform_config\":{\"container\":\"python:3.12\"},\"device_requirements\":{\"min_cpu\":1,\"min_memory\":2}}";

    @TempDir
    Path folder;

    private void write(String manifest) throws IOException {
        Files.createDirectories(folder.resolve("app"));
        Files.writeString(folder.resolve("app/main.py"), "print('hi')");
        Files.writeString(folder.resolve("manifest.json"), manifest);
    }

    private String with(String key, String json) {
        JsonObject m = JsonParser.parseString(VALID).getAsJsonObject();
        m.add(key, JsonParser.parseString(json));
        return m.toString();
    }

    private ManifestProblem onlyProblem(String manifest, ComponentKind kind) throws IOException {
        write(manifest);
        try {
            Manifest.read(folder, kind);
        } catch (ManifestException e) {
            assertThat(e.problems()).hasSize(1);
            return e.problems().get(0);
        }
        throw new AssertionError("expected a ManifestException");
    }

    @Test
    void aValidManifestIsRead() throws IOException {
        write(VALID);
        Manifest m = Manifest.read(folder, ComponentKind.APP);
        assertThat(m.tag()).isEqualTo(Tag.parse("hello@1.0"));
        assertThat(m.entrypoint()).isEqualTo("main.py");
    }

    @Test
    void capitalisedKeysOfPublicManifestsAreRead() throws IOException {
        write("{\"Name\":\"hello\",\"Version\":\"2.1\",\"Platform\":\"docker\",\"Entrypoint\":\"main.py\","
                + "\"PlatformConfig\":{\"Container\":\"python:3.12\"},\"DeviceRequirements\":{\"MinCpu\":1,\"MinMemory\":1}}");
        assertThat(Manifest.read(folder, ComponentKind.APP).version()).isEqualTo("2.1");
    }

    @Test
    void nameIsRequiredAndSafe() throws IOException {
        assertThat(onlyProblem(with("name", "\"\""), ComponentKind.APP).path()).isEqualTo("$.name");
        assertThat(onlyProblem(with("name", "\"../escape\""), ComponentKind.APP).message()).contains("letters, digits");
    }

    @Test
    void versionIsMajorDotMinor() throws IOException {
        ManifestProblem p = onlyProblem(with("version", "\"1\""), ComponentKind.APP);
        assertThat(p.path()).isEqualTo("$.version");
        assertThat(p.message()).contains("major.minor");
    }

    @Test
    void platformIsDocker() throws IOException {
        assertThat(onlyProblem(with("platform", "\"vm\""), ComponentKind.APP).path()).isEqualTo("$.platform");
    }

    @Test
    void theContainerImageIsRequired() throws IOException {
        assertThat(onlyProblem(with("platform_config", "{}"), ComponentKind.APP).path()).isEqualTo("$.platform_config.container");
    }

    @Test
    void theEntrypointMustExistUnderApp() throws IOException {
        ManifestProblem p = onlyProblem(with("entrypoint", "\"missing.py\""), ComponentKind.APP);
        assertThat(p.path()).isEqualTo("$.entrypoint");
        assertThat(p.message()).contains("app/missing.py");
        assertThat(onlyProblem(with("entrypoint", "\"../manifest.json\""), ComponentKind.APP).path()).isEqualTo("$.entrypoint");
    }

    @Test
    void cpuAndMemoryArePositive() throws IOException {
        assertThat(onlyProblem(with("device_requirements", "{\"min_cpu\":0,\"min_memory\":1}"), ComponentKind.APP).path())
                .isEqualTo("$.device_requirements.min_cpu");
        assertThat(onlyProblem(with("device_requirements", "{\"min_cpu\":1,\"min_memory\":\"lots\"}"), ComponentKind.APP).path())
                .isEqualTo("$.device_requirements.min_memory");
    }

    @Test
    void aPrivateImageNeedsCredentials() throws IOException {
        write(with("platform_config", "{\"container\":\"r.io/x\",\"private_image\":true,\"username\":\"me\"}"));
        assertThatThrownBy(() -> Manifest.read(folder, ComponentKind.APP)).isInstanceOfSatisfying(ManifestException.class,
                e -> assertThat(e.problems()).extracting(ManifestProblem::path).containsExactly("$.platform_config.token"));
    }

    @Test
    void enginesNeedAType() throws IOException {
        assertThat(onlyProblem(VALID, ComponentKind.ENGINE).path()).isEqualTo("$.type");
        write(with("type", "\"assembler\""));
        assertThat(Manifest.read(folder, ComponentKind.ENGINE).engineType()).contains("assembler");
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        write("{\"name\":\"x y\",\"version\":\"one\",\"platform\":\"docker\"}");
        assertThatThrownBy(() -> Manifest.read(folder, ComponentKind.APP)).isInstanceOfSatisfying(ManifestException.class, e -> {
            assertThat(e.problems()).extracting(ManifestProblem::path).containsExactly("$.name", "$.version", "$.entrypoint",
                    "$.platform_config", "$.device_requirements");
            assertThat(e.getMessage()).contains("5 problem(s)");
        });
    }

    @Test
    void aMissingOrBrokenManifestSaysSo() throws IOException {
        assertThatThrownBy(() -> Manifest.read(folder, ComponentKind.APP)).hasMessageContaining("manifest.json is missing");
        Files.writeString(folder.resolve("manifest.json"), "{broken");
        assertThatThrownBy(() -> Manifest.read(folder, ComponentKind.APP)).hasMessageContaining("not valid JSON");
    }
}
