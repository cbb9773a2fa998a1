package com.bytenite.sdk.local;

import com.bytenite.sdk.local.auth.AccountRoutes;
import com.bytenite.sdk.local.auth.ApiKeys;
import com.bytenite.sdk.local.auth.AuthRoutes;
import com.bytenite.sdk.local.auth.SecretStore;
import com.bytenite.sdk.local.auth.TokenIssuer;
import com.bytenite.sdk.local.dev.TemplateRoutes;
import com.bytenite.sdk.local.events.EventBus;
import com.bytenite.sdk.local.events.EventRoutes;
import com.bytenite.sdk.local.files.FileStore;
import com.bytenite.sdk.local.jobs.CustomerContext;
import com.bytenite.sdk.local.jobs.DataRoutes;
import com.bytenite.sdk.local.jobs.JobRoutes;
import com.bytenite.sdk.local.jobs.JobRunner;
import com.bytenite.sdk.local.jobs.JobStore;
import com.bytenite.sdk.local.jobs.QueryRoutes;
import com.bytenite.sdk.local.jobs.SourceCheckRoutes;
import com.bytenite.sdk.local.jobs.TemplateCatalog;
import com.bytenite.sdk.local.server.ApiResponse;
import com.bytenite.sdk.local.server.LoopbackServer;
import com.bytenite.sdk.local.server.Router;
import com.bytenite.sdk.local.server.ServerInfo;
import com.bytenite.sdk.local.wallet.Ledger;
import com.bytenite.sdk.local.wallet.LedgerBilling;
import com.bytenite.sdk.local.wallet.WalletRoutes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;

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

    LocalByteNite(LocalByteNiteBuilder b, Function<CustomerContext, JobRunner> runnerFactory) throws IOException {
        Clock clock = b.clock;
        this.apiKey = b.apiKey;
        this.ownedDirectory = b.dataDirectory == null ? Files.createTempDirectory("local-bytenite-") : null;
        Path root = b.dataDirectory != null ? b.dataDirectory : ownedDirectory;
        ApiKeys keys = new ApiKeys();
        keys.add(b.apiKey, b.user, clock.instant());
        TokenIssuer tokens = new TokenIssuer(keys, b.tokenLifetime, clock);
        this.events = new EventBus();
        TemplateCatalog templates = new TemplateCatalog();
        b.templates.forEach(templates::put);
        this.jobs = b.dataDirectory == null ? new JobStore() : new JobStore(root.resolve("state").resolve("jobs"), clock.instant());
        Ledger ledger = new Ledger(clock, b.coupons);
        ledger.record(b.user, b.welcomeCredits, "credit", "welcome", "local", "Local ByteNite welcome credits");
        CustomerContext ctx = new CustomerContext(jobs, templates, new FileStore(root), events, new LedgerBilling(ledger), clock);
        this.runner = runnerFactory.apply(ctx);
        Router router = new Router();
        new AuthRoutes(tokens).register(router);
        new AccountRoutes(keys, tokens, new SecretStore(), clock).register(router);
        new WalletRoutes(ledger).register(router);
        new TemplateRoutes(templates, clock).register(router);
        router.add("GET", "/v1/dev/info", r -> ApiResponse.json(ServerInfo.json()));
        new JobRoutes(ctx, runner).register(router);
        new DataRoutes(ctx).register(router);
        new QueryRoutes(ctx, runner).register(router);
        new SourceCheckRoutes().register(router);
        new EventRoutes(events, b.keepAlive.toMillis()).register(router);
        this.server = LoopbackServer.start(b.host, b.port, router, tokens);
    }

    public static LocalByteNiteBuilder builder() {
        return new LocalByteNiteBuilder();
    }

    /** Where the SDK should point: {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return server.baseUrl();
    }

    public int port() {
        return server.port();
    }

    /** The API key configured at start. */
    public String apiKey() {
        return apiKey;
    }

    /** Stops accepting requests, ends event streams, stops running jobs, removes temporary files. */
    @Override
    public void close() {
        events.close();
        server.stop();
        runner.close();
        jobs.saveAll();
        if (ownedDirectory != null) {
            try {
                com.bytenite.sdk.local.files.FileStore.deleteTree(ownedDirectory);
            } catch (UncheckedIOException e) {
                // Best effort: a file still held open by a dying subprocess stays in the temp folder.
            }
        }
    }
}
