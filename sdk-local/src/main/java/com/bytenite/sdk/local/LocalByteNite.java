package com.bytenite.sdk.local;

import com.bytenite.sdk.local.internal.events.EventBus;
import com.bytenite.sdk.local.internal.files.FileStore;
import com.bytenite.sdk.local.internal.jobs.JobRunner;
import com.bytenite.sdk.local.internal.jobs.JobStore;
import com.bytenite.sdk.local.internal.server.LoopbackServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Local ByteNite: a server on this machine that speaks ByteNite's APIs over HTTP on 127.0.0.1 and
 * runs jobs for real. Start it, point the SDK at {@link #baseUrl()} with {@link #apiKey()}, close it.
 *
 * <pre>{@code
 * try (LocalByteNite local = LocalByteNite.builder().start()) {
 *     ByteNiteConfig config = ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build();
 *     …
 * }
 * }</pre>
 *
 * <p>Differences from the hosted service are documented on {@link LocalByteNiteBuilder} and in the
 * README: one machine, no credits, cloud storage connectors refused at run time.
 */
public final class LocalByteNite implements AutoCloseable {
    private final LoopbackServer server;
    private final String apiKey;
    private final JobRunner runner;
    private final EventBus events;
    private final JobStore jobs;
    private final Path ownedDirectory;

    LocalByteNite(LocalByteNiteBuilder b) throws IOException {
        this.apiKey = b.apiKey;
        this.ownedDirectory = b.dataDirectory == null ? Files.createTempDirectory("local-bytenite-") : null;
        Wiring wiring;
        try {
            wiring = new Wiring(b, b.dataDirectory != null ? b.dataDirectory : ownedDirectory);
        } catch (IOException | RuntimeException e) {
            if (ownedDirectory != null) {
                FileStore.deleteTree(ownedDirectory);
            }
            throw e;
        }
        this.events = wiring.events;
        this.jobs = wiring.jobs;
        this.runner = wiring.runner;
        try {
            this.server = LoopbackServer.start(new LoopbackServer.Settings(b.host, b.port, b.publicUrl, b.bodyLimits, b.requestThreads,
                    b.eventStreams), wiring.router, wiring.tokens);
        } catch (IOException | RuntimeException e) {
            // A port already taken: leave no threads and no temporary folder behind.
            runner.close();
            if (ownedDirectory != null) {
                FileStore.deleteTree(ownedDirectory);
            }
            throw e;
        }
        wiring.stageFiles.baseUrl(server.baseUrl());
    }

    /**
     * Starts the settings of a new server, each at its default (see {@link LocalByteNiteBuilder}).
     *
     * @return a new builder; {@link LocalByteNiteBuilder#start()} starts the server
     */
    public static LocalByteNiteBuilder builder() {
        return new LocalByteNiteBuilder();
    }

    /**
     * Where the SDK should point: the configured public URL, else the bound address
     * ({@code http://127.0.0.1:<port>} by default, and when bound to every address).
     *
     * @return the base URL, without a trailing slash
     */
    public String baseUrl() {
        return server.baseUrl();
    }

    /**
     * The port the server listens on: the configured one, or the free one picked for port 0.
     *
     * @return the bound port, even when {@link #baseUrl()} is a public URL naming another
     */
    public int port() {
        return server.port();
    }

    /**
     * The API key configured at start.
     *
     * @return the primary key: the one set with {@link LocalByteNiteBuilder#apiKey(String)}, else a
     *     random {@code local-…} key
     */
    public String apiKey() {
        return apiKey;
    }

    /**
     * Stops accepting requests, ends event streams, aborts running jobs and waits up to 10 s for them
     * to end, removes temporary files.
     */
    @Override
    public void close() {
        events.close();
        server.stop();
        runner.close();
        jobs.saveAll();
        if (ownedDirectory != null) {
            try {
                FileStore.deleteTree(ownedDirectory);
            } catch (UncheckedIOException e) {
                // Best effort: a file still held open by a dying subprocess stays in the temp folder.
            }
        }
    }
}
