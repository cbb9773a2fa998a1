package com.bytenite.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bytenite.sdk.local.LocalByteNite;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SDK on the module path, as the README describes it: a named module requiring
 * {@code com.bytenite.sdk.client}, compiled and run against Local ByteNite with the SDK's
 * run-time jars as modules, minus okio's empty multiplatform jar, plus
 * {@code --add-modules ALL-MODULE-PATH,java.sql}.
 */
class ModulePathTest {
    private static final String MODULE_INFO = String.join("\n",
            "module app {",
            "    requires com.bytenite.sdk.client;",
            "    requires com.bytenite.sdk.core;",
            "    requires com.bytenite.sdk.jobs;",
            "}", "");
    private static final String MAIN = String.join("\n",
            "package app;",
            "",
            "import com.bytenite.sdk.ByteNiteClient;",
            "import com.bytenite.sdk.core.ByteNiteConfig;",
            "",
            "public class Main {",
            "    public static void main(String[] args) {",
            "        try (ByteNiteClient c = ByteNiteClient.create(ByteNiteConfig.builder().baseUrl(args[0]).apiKey(args[1]).build())) {",
            "            System.out.println(c.templates().list().stream().count() + \" templates, module \"",
            "                    + ByteNiteClient.class.getModule().getName());",
            "        }",
            "    }",
            "}", "");

    @TempDir
    Path dir;

    @Test
    void aNamedModuleUsesTheSdkAgainstLocalByteNite() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src/app"));
        Files.writeString(dir.resolve("src/module-info.java"), MODULE_INFO);
        Files.writeString(src.resolve("Main.java"), MAIN);
        Path out = dir.resolve("out");
        String modulePath = sdkModulePath();

        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", out.toString(), "--module-path", modulePath,
                dir.resolve("src/module-info.java").toString(), src.resolve("Main.java").toString());
        assertEquals(0, compiled, "the module does not compile against the SDK's jars");

        try (LocalByteNite local = LocalByteNite.builder().start()) {
            Path log = dir.resolve("run.log");
            Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--module-path", out + File.pathSeparator + modulePath, "--add-modules", "ALL-MODULE-PATH,java.sql",
                    "-m", "app/app.Main", local.baseUrl(), local.apiKey())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            assertTrue(run.waitFor(60, TimeUnit.SECONDS), "the module did not end within 60 s");
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertEquals(0, run.exitValue(), output);
            assertTrue(output.contains("templates, module com.bytenite.sdk.client"), output);
        }
    }

    /** The SDK's run-time jars from this test's class path: what a user's build puts on the module path. */
    private static String sdkModulePath() {
        List<String> jars = Arrays.stream(TestClassPath.get().split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar"))
                .filter(entry -> !Path.of(entry).getFileName().toString().matches("okio-\\d.*\\.jar"))
                .filter(entry -> !isTestOnly(Path.of(entry).getFileName().toString()))
                .collect(Collectors.toList());
        return String.join(File.pathSeparator, jars);
    }

    /** Test tooling on this class path that a user's application would not ship. */
    private static boolean isTestOnly(String jar) {
        return jar.startsWith("junit-") || jar.startsWith("opentest4j") || jar.startsWith("apiguardian")
                || jar.startsWith("bytenite-sdk-local");
    }
}
