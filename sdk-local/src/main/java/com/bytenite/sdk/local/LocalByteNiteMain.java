package com.bytenite.sdk.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar bytenite-sdk-local-<version>-standalone.jar [--port N] [--api-key K] [--data-dir D]
 * [--workers N] [--token-lifetime SECONDS]}: runs Local ByteNite until interrupted (Ctrl-C).
 */
public final class LocalByteNiteMain {
    private static final String USAGE = String.join("\n",
            "Usage: java -jar bytenite-sdk-local-<version>-standalone.jar [options]",
            "",
            "Runs Local ByteNite, a ByteNite-compatible server on this machine, until Ctrl-C.",
            "",
            "Options:",
            "  --port N                 port to listen on (default 0: any free port)",
            "  --host ADDRESS           address to bind (default 127.0.0.1; other addresses expose the server)",
            "  --api-key KEY            the API key clients use (default: a random key, printed at start);",
            "                           repeat it to configure more keys for the same user",
            "  --data-dir DIR           keep inputs and results in DIR instead of a temporary folder",
            "  --workers N              app tasks run at once (default: the number of processors, at least 2)",
            "  --token-lifetime SECONDS access token lifetime (default 3600)",
            "  --app-folder DIR         install an app folder at start, active (repeatable)",
            "  --engine-folder DIR      install an engine folder at start, active (repeatable)",
            "  --help                   this text");

    private LocalByteNiteMain() {
    }

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
        CountDownLatch stopped = new CountDownLatch(1);
        try (LocalByteNite local = builder.start()) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                local.close();
                stopped.countDown();
            }));
            System.out.println("Local ByteNite listening on " + local.baseUrl());
            System.out.println("  BYTENITE_BASE_URL=" + local.baseUrl());
            System.out.println("  BYTENITE_API_KEY=" + local.apiKey());
            stopped.await();
        }
    }

    /** @return false when only help was asked for */
    static boolean configure(LocalByteNiteBuilder b, String[] args, PrintStream out) {
        boolean primaryKeySet = false;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                out.println(USAGE);
                return false;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[++i];
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
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return true;
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " expects a number, was '" + value + "'");
        }
    }
}
