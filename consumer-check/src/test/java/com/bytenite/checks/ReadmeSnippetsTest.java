package com.bytenite.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bytenite.sdk.local.Component;
import com.bytenite.sdk.local.ComponentRole;
import com.bytenite.sdk.local.LocalByteNite;
import com.bytenite.sdk.runtime.App;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Every Java snippet of the README, compiled as a user would paste it (only imports are added) and
 * run against Local ByteNite:
 *
 * <ul>
 *   <li>a snippet that is a class is compiled as is: the README's app is then the app of the
 *       tutorial's {@code hello-world-template} on the server, and a JUnit test class is run;
 *   <li>any other snippet is the body of a {@code main}, run in a JVM of its own whose working
 *       folder holds what the snippets name ({@code hello.txt}, a {@code hello-world} app folder).
 *       {@code ByteNiteClient.fromEnv()} and {@code ByteNiteConfig.fromEnv()} are the one textual
 *       change: they become the test server's client and configuration (a test cannot set the
 *       environment). Variables a snippet uses without declaring ({@code bytenite}, {@code jobId},
 *       {@code key}, {@code correlationId}, {@code pinner}) are declared before it.
 * </ul>
 */
class ReadmeSnippetsTest {
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern CLASS_DECLARATION = Pattern.compile("^(?:public )?(?:final )?class (\\w+)", Pattern.MULTILINE);
    private static final String IMPORTS = String.join("\n",
            "import com.bytenite.sdk.*;", "import com.bytenite.sdk.core.*;", "import com.bytenite.sdk.core.http.*;",
            "import com.bytenite.sdk.jobs.*;", "import com.bytenite.sdk.auth.*;", "import com.bytenite.sdk.dev.*;",
            "import com.bytenite.sdk.wallet.*;", "import com.bytenite.sdk.runtime.App;", "import com.bytenite.sdk.runtime.AppContext;",
            "import com.bytenite.sdk.runtime.Run;", "import com.bytenite.sdk.local.*;", "import com.bytenite.sdk.local.junit.*;",
            "import java.io.*;", "import java.net.*;", "import java.nio.file.*;", "import java.time.*;", "import java.util.*;",
            "import java.util.concurrent.*;", "import org.junit.jupiter.api.*;", "import org.junit.jupiter.api.extension.*;",
            "import org.junit.jupiter.api.io.TempDir;", "import static org.junit.jupiter.api.Assertions.*;", "");
    /** What a snippet may use undeclared, and how the wrapper declares it. */
    private static final List<String[]> GIVENS = List.of(
            new String[] {"bytenite", "ByteNiteClient bytenite = ByteNiteClient.create(readmeConfig);"},
            new String[] {"jobId", "String jobId = System.getProperty(\"readme.jobId\");"},
            new String[] {"key", "String key = \"readme-secret-key\";"},
            new String[] {"correlationId", "String correlationId = \"readme-correlation-id\";"},
            new String[] {"pinner", "okhttp3.CertificatePinner pinner = new okhttp3.CertificatePinner.Builder().build();"});

    @TempDir
    Path dir;

    @Test
    void everySnippetCompilesAndRunsAgainstLocalByteNite() throws Exception {
        List<String> snippets = snippets();
        assertTrue(snippets.size() >= 7, "the README's Java snippets: " + snippets.size());
        Path sources = Files.createDirectories(dir.resolve("src"));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<String> mains = new ArrayList<>();
        List<String> classNames = new ArrayList<>();
        for (int i = 0; i < snippets.size(); i++) {
            String snippet = snippets.get(i);
            Matcher declared = CLASS_DECLARATION.matcher(snippet);
            if (declared.find()) {
                classNames.add(declared.group(1));
                Files.writeString(sources.resolve(declared.group(1) + ".java"), IMPORTS + snippet);
            } else {
                String name = "ReadmeSnippet" + i;
                mains.add(name);
                Files.writeString(sources.resolve(name + ".java"), IMPORTS + wrap(name, snippet));
            }
        }
        compile(sources, classes);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
                LocalByteNite local = startWithReadmeApp(loader)) {
            Path work = prepareWorkFolder();
            String jobId = submitOne(local, work);
            for (String main : mains) {
                run(main, classes, work, local, jobId);
            }
            runJUnitClasses(loader, classNames);
        }
    }

    private static List<String> snippets() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        Matcher m = JAVA_BLOCK.matcher(readme);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String wrap(String name, String snippet) {
        String body = snippet.replace("ByteNiteClient.fromEnv()", "ByteNiteClient.create(readmeConfig)")
                .replace("ByteNiteConfig.fromEnv()", "readmeConfig");
        StringBuilder givens = new StringBuilder();
        for (String[] given : GIVENS) {
            boolean used = Pattern.compile("\\b" + given[0] + "\\b").matcher(body).find();
            boolean declared = Pattern.compile("\\b\\w+(<[^>]*>)? " + given[0] + " =").matcher(body).find();
            if (used && !declared) {
                givens.append("        ").append(given[1]).append('\n');
            }
        }
        return "public class " + name + " {\n"
                + "    public static void main(String[] args) throws Exception {\n"
                + "        ByteNiteConfig readmeConfig = ByteNiteConfig.builder().baseUrl(System.getProperty(\"readme.baseUrl\"))"
                + ".apiKey(System.getProperty(\"readme.apiKey\")).build();\n"
                + givens
                + body.indent(8)
                + "        System.exit(0);\n"
                + "    }\n}\n";
    }

    private static void compile(Path sources, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", TestClassPath.get(), "-proc:none", "--release", "17"));
        try (var files = Files.list(sources)) {
            files.forEach(f -> args.add(f.toString()));
        }
        java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
        int status = javac.run(null, null, errors, args.toArray(String[]::new));
        assertEquals(0, status, "the README's snippets do not compile:\n" + errors.toString(StandardCharsets.UTF_8));
    }

    /**
     * The tutorial's template, served by the README's own {@code HelloWorldApp} in process, as the
     * hosted platform would run it from its image.
     */
    private static LocalByteNite startWithReadmeApp(ClassLoader loader) throws Exception {
        App app = (App) loader.loadClass("HelloWorldApp").getDeclaredConstructor().newInstance();
        return LocalByteNite.builder()
                .component(ComponentRole.APP, "hello-world", Component.app(app))
                .template("hello-world-template", "hello-world", "passthrough", "passthrough")
                .start();
    }

    /** What the snippets name relative to their working folder. */
    private Path prepareWorkFolder() throws IOException {
        Path work = Files.createDirectories(dir.resolve("work"));
        Files.writeString(work.resolve("hello.txt"), "hello from the readme\n");
        Path app = Files.createDirectories(work.resolve("hello-world/app"));
        Files.writeString(app.resolve("main.sh"), "cat \"$TASK_DIR/data.bin\" > \"$TASK_RESULTS_DIR/out.txt\"\n");
        Files.writeString(work.resolve("hello-world/manifest.json"),
                "{\"name\":\"hello-world\",\"version\":\"1.0\",\"platform\":\"docker\",\"entrypoint\":\"main.sh\","
                + "\"platform_config\":{\"container\":\"debian:stable-slim\"},\"device_requirements\":{\"min_cpu\":1,\"min_memory\":1}}");
        return work;
    }

    private static String submitOne(LocalByteNite local, Path work) {
        try (var client = com.bytenite.sdk.ByteNiteClient.create(com.bytenite.sdk.core.ByteNiteConfig.builder()
                .baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())) {
            return client.jobs().create("hello-world-template").source(com.bytenite.sdk.jobs.DataSource.upload(work.resolve("hello.txt")))
                    .destination(com.bytenite.sdk.jobs.DataDestination.temporaryBucket()).submit()
                    .awaitCompletion(java.time.Duration.ofSeconds(30)).id();
        }
    }

    private static void run(String main, Path classes, Path work, LocalByteNite local, String jobId) throws Exception {
        Path log = Files.createTempFile(work.getParent(), main, ".log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dreadme.baseUrl=" + local.baseUrl(), "-Dreadme.apiKey=" + local.apiKey(), "-Dreadme.jobId=" + jobId,
                "-cp", classes + java.io.File.pathSeparator + TestClassPath.get(), main)
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), main + " did not end within 60 s");
        assertEquals(0, process.exitValue(), main + " failed:\n" + Files.readString(log));
    }

    private static void runJUnitClasses(ClassLoader loader, List<String> classNames) throws Exception {
        Launcher launcher = LauncherFactory.create();
        for (String name : classNames) {
            Class<?> type = loader.loadClass(name);
            if (App.class.isAssignableFrom(type)) {
                continue; // the app ran as the tutorial template's app
            }
            SummaryGeneratingListener summary = new SummaryGeneratingListener();
            launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(DiscoverySelectors.selectClass(type)).build(), summary);
            assertEquals(0, summary.getSummary().getTotalFailureCount(), () -> name + " failed: " + failures(summary));
            assertTrue(summary.getSummary().getTestsSucceededCount() > 0, name + " ran no test");
        }
    }

    private static String failures(SummaryGeneratingListener summary) {
        StringBuilder out = new StringBuilder();
        summary.getSummary().getFailures().forEach(f -> out.append(f.getTestIdentifier().getDisplayName()).append(": ")
                .append(f.getException()).append('\n'));
        return out.toString();
    }
}
