package com.bytenite.sdk.local;

import com.bytenite.sdk.core.archive.ArchiveLimits;
import com.bytenite.sdk.local.executor.StageExecutorProvider;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar bytenite-sdk-local-<version>-standalone.jar [--port N] [--api-key K] [--data-dir D]
 * [--workers N] [--token-lifetime SECONDS] …}: runs Local ByteNite until interrupted (Ctrl-C or
 * SIGTERM). Options take their value as the next argument or after {@code =}.
 */
public final class LocalByteNiteMain {
    private static final String USAGE = String.join("\n",
            "Usage: java -jar bytenite-sdk-local-<version>-standalone.jar [options]",
            "",
            "Runs Local ByteNite, a ByteNite-compatible server on this machine, until Ctrl-C.",
            "",
            "Options (the value follows as the next argument, or after '=': --port=8080):",
            "  --port N                 port to listen on (default 0: any free port)",
            "  --host ADDRESS           address to bind (default 127.0.0.1; other addresses expose the server)",
            "  --api-key KEY            the API key clients use (default: a random key, printed at start);",
            "                           repeat it to configure more keys for the same user",
            "  --data-dir DIR           keep inputs and results in DIR instead of a temporary folder",
            "  --workers N              app tasks run at once (default: the number of processors, at least 2)",
            "  --token-lifetime SECONDS access token lifetime (default 3600)",
            "  --app-folder DIR         install an app folder at start, active (repeatable)",
            "  --engine-folder DIR      install an engine folder at start, active (repeatable)",
            "  --public-url URL         the base URL clients reach the server at, used in upload and result links",
            "                           (default: the bound address; set it when binding another address)",
            "  --max-body BYTES         largest JSON request body (default 1048576)",
            "  --max-push BYTES         largest app or engine push (default 33554432)",
            "  --max-upload BYTES       largest job input upload, streamed to disk (default 2147483648)",
            "  --max-unpacked BYTES     largest total size a pushed archive may expand to (default 536870912)",
            "  --request-threads N      threads answering requests (default 32)",
            "  --max-event-streams N    event streams open at once (default 256)",
            "  --max-running-jobs N     jobs run at once; more wait their turn (default 16)",
            "  --keep-ended-jobs SECONDS how long ended jobs, their files and events are kept (default 86400)",
            "  --max-ended-jobs N       how many ended jobs are kept at most (default 1000)",
            "  --shared-cache DIR       the folder apps see as SHARED_CACHE_DIR (models, shared resources);",
            "                           default: an empty read-only folder",
            "  --executor NAME          where jobs' components run: local (default), or an executor module on the",
            "                           class path, such as kubernetes (bytenite-sdk-local-kubernetes)",
            "  --executor-option K=V    a setting of that executor, such as namespace=bytenite (repeatable)",
            "  --help                   this text");

    /** Every option that takes a value. */
    private static final Set<String> OPTIONS = Set.of("--port", "--host", "--api-key", "--data-dir", "--workers", "--token-lifetime",
            "--app-folder", "--engine-folder", "--public-url", "--max-body", "--max-push", "--max-upload", "--max-unpacked",
            "--request-threads", "--max-event-streams", "--max-running-jobs", "--shared-cache", "--keep-ended-jobs", "--max-ended-jobs",
            "--executor", "--executor-option");

    private LocalByteNiteMain() {
    }

    /**
     * Runs the server until Ctrl-C or SIGTERM and prints its {@code BYTENITE_BASE_URL} and
     * {@code BYTENITE_API_KEY}. Exits with status 2 after the usage for an unknown option or a bad
     * value, and with status 1 when the server cannot start (a port in use, say).
     *
     * @param args the options, {@code --name value} or {@code --name=value}; {@code --help} lists them
     * @throws InterruptedException if the main thread is interrupted while the server runs
     */
    public static void main(String[] args) throws Exception {
        LocalByteNiteBuilder builder = LocalByteNite.builder();
        try {
            if (!configure(builder, args, System.out)) {
                return;
            }
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        LocalByteNite started;
        try {
            started = builder.start();
        } catch (UncheckedIOException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
            return;
        } catch (IllegalArgumentException e) {
            // A folder given with --app-folder or --engine-folder whose manifest is not valid.
            System.err.println("error: " + e.getMessage());
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (LocalByteNite local = started) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                local.close();
                stopped.countDown();
            }));
            System.out.println("Local ByteNite listening on " + local.baseUrl());
            System.out.println("  BYTENITE_BASE_URL=" + local.baseUrl());
            System.out.println("  BYTENITE_API_KEY=" + local.apiKey());
            if (builder.stageExecutor != null && isLoopback(local.baseUrl())) {
                System.err.println("warning: the executor's tasks fetch their inputs from " + local.baseUrl() + ", which only this machine"
                        + " reaches; give --public-url an address they reach (and --host 0.0.0.0)");
            }
            stopped.await();
        }
    }

    /**
     * Applies {@code args} ({@code --name value} or {@code --name=value}) to {@code b}.
     *
     * @return false when only help was asked for
     * @throws IllegalArgumentException naming the option that is unknown, lacks its value or has a bad one
     */
    static boolean configure(LocalByteNiteBuilder b, String[] args, PrintStream out) {
        boolean primaryKeySet = false;
        String executor = "local";
        Map<String, String> executorOptions = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            String value = null;
            int equals = option.indexOf('=');
            if (option.startsWith("--") && equals > 0) {
                value = option.substring(equals + 1);
                option = option.substring(0, equals);
            }
            if (option.equals("--help") || option.equals("-h")) {
                out.println(USAGE);
                return false;
            }
            if (!OPTIONS.contains(option)) {
                throw new IllegalArgumentException("unknown option " + option + " (--help lists them)");
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                value = args[++i];
            }
            switch (option) {
                case "--port" -> b.port(number(option, value));
                case "--host" -> b.host(value);
                case "--api-key" -> {
                    if (primaryKeySet) {
                        b.additionalApiKey(value);
                    } else {
                        b.apiKey(value);
                        primaryKeySet = true;
                    }
                }
                case "--data-dir" -> b.dataDirectory(Path.of(value));
                case "--workers" -> b.workers(number(option, value));
                case "--token-lifetime" -> b.tokenLifetime(Duration.ofSeconds(number(option, value)));
                case "--app-folder" -> b.appFolder(Path.of(value));
                case "--engine-folder" -> b.engineFolder(Path.of(value));
                case "--public-url" -> b.publicUrl(value);
                case "--max-body" -> b.bodyLimits(bytes(option, value), b.bodyLimits.archive(), b.bodyLimits.upload());
                case "--max-push" -> b.bodyLimits(b.bodyLimits.json(), bytes(option, value), b.bodyLimits.upload());
                case "--max-upload" -> b.bodyLimits(b.bodyLimits.json(), b.bodyLimits.archive(), bytes(option, value));
                case "--max-unpacked" -> b.archiveLimits(new ArchiveLimits(bytes(option, value), b.archiveLimits.maxEntries(),
                        b.archiveLimits.maxRatio()));
                case "--request-threads" -> b.requestThreads(number(option, value));
                case "--max-event-streams" -> b.maxEventStreams(number(option, value));
                case "--max-running-jobs" -> b.maxRunningJobs(number(option, value));
                case "--shared-cache" -> b.sharedCache(Path.of(value));
                case "--keep-ended-jobs" -> b.retention(Duration.ofSeconds(number(option, value)), b.retention.maxEnded());
                case "--max-ended-jobs" -> b.retention(b.retention.keepFor(), number(option, value));
                case "--executor" -> executor = value;
                case "--executor-option" -> {
                    int eq = value.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("--executor-option expects key=value, was '" + value + "'");
                    }
                    executorOptions.put(value.substring(0, eq), value.substring(eq + 1));
                }
                default -> throw new IllegalStateException("option " + option + " is listed but not handled");
            }
        }
        if (!executor.equals("local")) {
            b.stageExecutor(provider(executor).create(executorOptions, b.workers));
        } else if (!executorOptions.isEmpty()) {
            throw new IllegalArgumentException("--executor-option: the local executor has no options");
        }
        return true;
    }

    /** Whether {@code url}'s host is this machine's loopback: {@code localhost}, 127.x.x.x or ::1 (no name is resolved). */
    static boolean isLoopback(String url) {
        String host = URI.create(url).getHost();
        return host != null && (host.equalsIgnoreCase("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1"));
    }

    /** The executor module named {@code name} on the class path. */
    private static StageExecutorProvider provider(String name) {
        List<String> known = new ArrayList<>(List.of("local"));
        for (StageExecutorProvider p : ServiceLoader.load(StageExecutorProvider.class)) {
            if (p.name().equals(name)) {
                return p;
            }
            known.add(p.name());
        }
        throw new IllegalArgumentException("--executor: unknown executor '" + name + "' (on this class path: " + String.join(", ", known)
                + ")");
    }

    private static long bytes(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " expects a number of bytes, was '" + value + "'");
        }
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " expects a number, was '" + value + "'");
        }
    }
}
