package com.bytenite.sdk.local;

import com.bytenite.sdk.local.executor.StageExecutor;
import com.bytenite.sdk.local.internal.auth.AccountRoutes;
import com.bytenite.sdk.local.internal.auth.ApiKeys;
import com.bytenite.sdk.local.internal.auth.AuthRoutes;
import com.bytenite.sdk.local.internal.auth.SecretStore;
import com.bytenite.sdk.local.internal.auth.TokenIssuer;
import com.bytenite.sdk.local.internal.dev.ComponentInstaller;
import com.bytenite.sdk.local.internal.dev.ComponentRoutes;
import com.bytenite.sdk.local.internal.dev.ComponentStore;
import com.bytenite.sdk.local.internal.dev.PushedComponent;
import com.bytenite.sdk.local.internal.dev.PushedComponents;
import com.bytenite.sdk.local.internal.dev.TemplateRoutes;
import com.bytenite.sdk.local.internal.events.EventBus;
import com.bytenite.sdk.local.internal.events.EventRoutes;
import com.bytenite.sdk.local.internal.files.FileStore;
import com.bytenite.sdk.local.internal.files.Snapshot;
import com.bytenite.sdk.local.internal.jobs.CustomerContext;
import com.bytenite.sdk.local.internal.jobs.DataRoutes;
import com.bytenite.sdk.local.internal.jobs.JobRoutes;
import com.bytenite.sdk.local.internal.jobs.JobRunner;
import com.bytenite.sdk.local.internal.jobs.JobStore;
import com.bytenite.sdk.local.internal.jobs.QueryRoutes;
import com.bytenite.sdk.local.internal.jobs.SourceCheckRoutes;
import com.bytenite.sdk.local.internal.jobs.Template;
import com.bytenite.sdk.local.internal.jobs.TemplateCatalog;
import com.bytenite.sdk.local.internal.run.FirstMatch;
import com.bytenite.sdk.local.internal.run.LocalJobRunner;
import com.bytenite.sdk.local.internal.run.LocalStageExecutor;
import com.bytenite.sdk.local.internal.run.SourceFetcher;
import com.bytenite.sdk.local.internal.run.TemplateComponents;
import com.bytenite.sdk.local.internal.server.ApiException;
import com.bytenite.sdk.local.internal.server.ApiResponse;
import com.bytenite.sdk.local.internal.server.Router;
import com.bytenite.sdk.local.internal.server.ServerInfo;
import com.bytenite.sdk.local.internal.stages.StageFileGrants;
import com.bytenite.sdk.local.internal.stages.StageFileRoutes;
import com.bytenite.sdk.local.internal.wallet.Ledger;
import com.bytenite.sdk.local.internal.wallet.LedgerBilling;
import com.bytenite.sdk.local.internal.wallet.WalletRoutes;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** Builds the stores, the runner and the routes of one server from its settings. */
final class Wiring {
    final TokenIssuer tokens;
    final EventBus events = new EventBus();
    final JobStore jobs;
    final JobRunner runner;
    /** Stage file URLs; their base URL is set once the server listens. */
    final StageFileGrants stageFiles = new StageFileGrants();
    final Router router = new Router();

    Wiring(LocalByteNiteBuilder b, Path root) throws IOException {
        Clock clock = b.clock;
        ApiKeys keys = new ApiKeys();
        keys.add(b.apiKey, "primary", b.user, clock.instant());
        for (int i = 0; i < b.additionalApiKeys.size(); i++) {
            keys.add(b.additionalApiKeys.get(i), "additional " + (i + 1), b.user, clock.instant());
        }
        tokens = new TokenIssuer(keys, b.tokenLifetime, clock);
        SecretStore secrets = new SecretStore();
        Path state = b.dataDirectory == null ? null : root.resolve("state");
        TemplateCatalog templates = new TemplateCatalog(snapshot(state, "templates.json", new TypeToken<List<Template>>() { }));
        b.templates.forEach(templates::put);
        ComponentStore components = new ComponentStore(snapshot(state, "components.json", new TypeToken<List<PushedComponent>>() { }));
        // Folders first: a bad one stops the start before any thread is created.
        ComponentInstaller installer = new ComponentInstaller(components, root.resolve("components"), clock);
        installFolders(installer, ComponentStore.Kind.APP, b.appFolders, b.user);
        installFolders(installer, ComponentStore.Kind.ENGINE, b.engineFolders, b.user);
        jobs = state == null ? new JobStore() : new JobStore(state.resolve("jobs"), clock.instant(), b.user);
        // Nothing runs yet: every job's scratch folder is left over from a stop or a crash.
        FileStore files = new FileStore(root, b.sharedCache, b.dataDirectory != null);
        files.removeLeftovers();
        Ledger ledger = new Ledger(clock, b.coupons, snapshot(state, "ledger.json", new TypeToken<Ledger.State>() { }));
        if (ledger.isEmpty(b.user)) {
            ledger.record(b.user, b.welcomeCredits, "credit", "welcome", "local", "Local ByteNite welcome credits");
        }
        CustomerContext ctx = new CustomerContext(jobs, templates, files, events, new LedgerBilling(ledger), clock, b.retention);
        SourceFetcher fetcher = new SourceFetcher();
        // A user's own pushed component wins over the built-ins and those registered at start, which win over public pushed ones.
        FirstMatch catalog = new FirstMatch(List.of(new PushedComponents(components, secrets, PushedComponents.Visibility.OWN), b.components,
                new PushedComponents(components, secrets, PushedComponents.Visibility.PUBLIC)));
        StageExecutor stages = b.stageExecutor != null ? b.stageExecutor : new LocalStageExecutor(b.workers, ctx.clock());
        runner = new LocalJobRunner(ctx, stages, stageFiles, b.maxRunningJobs, catalog, fetcher);

        new AuthRoutes(tokens).register(router);
        new AccountRoutes(keys, tokens, secrets, clock).register(router);
        new JobRoutes(ctx, runner, new TemplateComponents(catalog)).register(router);
        new DataRoutes(ctx).register(router);
        new QueryRoutes(ctx, runner).register(router);
        new SourceCheckRoutes(fetcher.client()).register(router);
        new EventRoutes(events, b.keepAlive.toMillis()).register(router);
        new TemplateRoutes(templates, clock).register(router);
        new ComponentRoutes(ComponentStore.Kind.APP, components, installer, clock, b.archiveLimits).register(router);
        new ComponentRoutes(ComponentStore.Kind.ENGINE, components, installer, clock, b.archiveLimits).register(router);
        router.add("GET", "/v1/dev/info", r -> ApiResponse.json(ServerInfo.json()));
        new WalletRoutes(ledger).register(router);
        new StageFileRoutes(stageFiles).register(router);
    }

    /** Folders given at start: installed for the configured user and active at once. */
    private static void installFolders(ComponentInstaller installer, ComponentStore.Kind kind, List<Path> folders, String user) throws IOException {
        for (Path folder : folders) {
            try {
                installer.installFolder(kind, user, folder);
            } catch (ApiException e) {
                throw new IllegalArgumentException(folder + ": " + e.description(), e);
            }
        }
    }

    /** A snapshot in the data directory, or null when the server keeps its state in memory. */
    private static <T> Snapshot<T> snapshot(Path state, String file, TypeToken<T> type) {
        return state == null ? null : new Snapshot<>(state.resolve(file), type.getType());
    }
}
