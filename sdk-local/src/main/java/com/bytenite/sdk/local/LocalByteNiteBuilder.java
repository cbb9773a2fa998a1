package com.bytenite.sdk.local;

import com.bytenite.sdk.core.archive.ArchiveLimits;
import com.bytenite.sdk.local.executor.StageExecutor;
import com.bytenite.sdk.local.internal.jobs.JobRetention;
import com.bytenite.sdk.local.internal.jobs.Template;
import com.bytenite.sdk.local.internal.run.RegisteredComponents;
import com.bytenite.sdk.local.internal.server.BodyLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.BindException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of a {@link LocalByteNite}. Defaults: 127.0.0.1, a free port, a random API key, tokens
 * living one hour (as on ByteNite), state in memory and a temporary folder removed on close.
 */
public final class LocalByteNiteBuilder {
    String host = "127.0.0.1";
    int port;
    /** Null for the default: this machine's pool of {@link #workers} threads. */
    StageExecutor stageExecutor;
    String apiKey = "local-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
    final List<String> additionalApiKeys = new ArrayList<>();
    String user = "local-user";
    Duration tokenLifetime = Duration.ofHours(1);
    Duration keepAlive = Duration.ofSeconds(15);
    Path dataDirectory;
    int workers = Math.max(2, Runtime.getRuntime().availableProcessors());
    Clock clock = Clock.systemUTC();
    final List<Template> templates = new ArrayList<>(BuiltInTemplates.all());
    final RegisteredComponents components = BuiltInComponents.registered();
    final List<Path> appFolders = new ArrayList<>();
    final List<Path> engineFolders = new ArrayList<>();
    String publicUrl;
    Path sharedCache;
    JobRetention retention = JobRetention.DEFAULTS;
    BodyLimits bodyLimits = BodyLimits.DEFAULTS;
    ArchiveLimits archiveLimits = ArchiveLimits.DEFAULTS;
    int requestThreads = 32;
    int maxRunningJobs = 16;
    int eventStreams = 256;
    BigDecimal welcomeCredits = new BigDecimal("100");
    final Map<String, BigDecimal> coupons = new LinkedHashMap<>(Map.of("hello-world", new BigDecimal("10")));

    LocalByteNiteBuilder() {
    }

    /**
     * The address to bind; loopback by default. Binding another address exposes the server to that network.
     *
     * @param host a host name or IP address; {@code 127.0.0.1} by default, {@code 0.0.0.0} for every address
     * @return this builder
     * @throws NullPointerException if {@code host} is null
     */
    public LocalByteNiteBuilder host(String host) {
        this.host = Objects.requireNonNull(host, "host must not be null");
        return this;
    }

    /**
     * The base URL clients reach this server at, such as {@code http://build-host:8080}: the start of
     * every upload and result link it hands out. By default the bound address ({@code 127.0.0.1}
     * when bound to every address); never the request's {@code Host} header, which a client controls.
     *
     * @param url an {@code http://} or {@code https://} URL; a trailing slash is dropped
     * @return this builder
     * @throws IllegalArgumentException if {@code url} is null or does not start with either scheme
     */
    public LocalByteNiteBuilder publicUrl(String url) {
        if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
            throw new IllegalArgumentException("publicUrl must be an http or https URL, was " + url);
        }
        this.publicUrl = url;
        return this;
    }

    /**
     * The largest request bodies read: JSON bodies (default 1 MiB), app and engine pushes (default
     * 32 MiB; they are held in memory) and job input uploads (default 2 GiB; streamed to disk).
     * Larger bodies are answered 413 without being read.
     *
     * @param jsonBytes the largest JSON body, positive
     * @param pushBytes the largest app or engine push, positive
     * @param uploadBytes the largest job input upload, positive
     * @return this builder
     * @throws IllegalArgumentException if a limit is zero or negative
     */
    public LocalByteNiteBuilder bodyLimits(long jsonBytes, long pushBytes, long uploadBytes) {
        this.bodyLimits = new BodyLimits(jsonBytes, pushBytes, uploadBytes);
        return this;
    }

    /**
     * How far a pushed app or engine archive may expand (default {@link ArchiveLimits#DEFAULTS}:
     * 512 MiB, 10,000 entries, 100 times its size); a push past any limit is refused with 400 and
     * leaves nothing behind.
     *
     * @param limits the limits for every push
     * @return this builder
     * @throws NullPointerException if {@code limits} is null
     */
    public LocalByteNiteBuilder archiveLimits(ArchiveLimits limits) {
        this.archiveLimits = Objects.requireNonNull(limits, "limits must not be null");
        return this;
    }

    /**
     * Threads answering requests (default 32); more concurrent requests wait their turn, so the
     * server's threads never grow with its clients.
     *
     * @param threads at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code threads} is less than 1
     */
    public LocalByteNiteBuilder requestThreads(int threads) {
        this.requestThreads = atLeastOne("requestThreads", threads);
        return this;
    }

    /**
     * Jobs run at once (default 16), each with a coordinating thread; jobs started beyond that wait
     * their turn in their submitted state ({@code JOB_STATE_PARTITIONING}).
     *
     * @param jobs at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code jobs} is less than 1
     */
    public LocalByteNiteBuilder maxRunningJobs(int jobs) {
        this.maxRunningJobs = atLeastOne("maxRunningJobs", jobs);
        return this;
    }

    /**
     * Event streams open at once (default 256), each holding a thread; one more is answered 503.
     *
     * @param streams at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code streams} is less than 1
     */
    public LocalByteNiteBuilder maxEventStreams(int streams) {
        this.eventStreams = atLeastOne("maxEventStreams", streams);
        return this;
    }

    /**
     * The port; 0 (the default) picks a free one, see {@link LocalByteNite#port()}.
     *
     * @param port 0 to 65535; a port already in use makes {@link #start()} fail
     * @return this builder
     * @throws IllegalArgumentException if {@code port} is outside that range
     */
    public LocalByteNiteBuilder port(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        this.port = port;
        return this;
    }

    /**
     * The API key clients exchange for tokens (the one {@link LocalByteNite#apiKey()} returns).
     *
     * @param apiKey the key, not blank; a random {@code local-…} key by default
     * @return this builder
     * @throws IllegalArgumentException if {@code apiKey} is null or blank
     */
    public LocalByteNiteBuilder apiKey(String apiKey) {
        this.apiKey = requireKey(apiKey);
        return this;
    }

    /**
     * Another key for the same user, listed and revocable on its own (a second service, a key to revoke in a test).
     *
     * @param apiKey the key, not blank; added to those given before
     * @return this builder
     * @throws IllegalArgumentException if {@code apiKey} is null or blank
     */
    public LocalByteNiteBuilder additionalApiKey(String apiKey) {
        additionalApiKeys.add(requireKey(apiKey));
        return this;
    }

    private static int atLeastOne(String setting, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(setting + " must be at least 1, was " + value);
        }
        return value;
    }

    private static String requireKey(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("apiKey must not be blank");
        }
        return apiKey;
    }

    /**
     * How long an access token lives; short values make clients renew (for tests).
     *
     * @param lifetime positive; one hour by default, as on ByteNite
     * @return this builder
     * @throws IllegalArgumentException if {@code lifetime} is null, zero or negative
     */
    public LocalByteNiteBuilder tokenLifetime(Duration lifetime) {
        if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("tokenLifetime must be positive, was " + lifetime);
        }
        this.tokenLifetime = lifetime;
        return this;
    }

    /**
     * How many app tasks run at once, across jobs.
     *
     * @param workers at least 1; by default the number of processors, at least 2
     * @return this builder
     * @throws IllegalArgumentException if {@code workers} is less than 1
     */
    public LocalByteNiteBuilder workers(int workers) {
        this.workers = atLeastOne("workers", workers);
        return this;
    }

    /**
     * The folder apps see as {@code SHARED_CACHE_DIR}: shared resources such as model files
     * (ByteNite's published LLM app loads its model from there). It is handed over as is; keep it
     * read-only, as ByteNite's is. By default, an empty read-only folder of the server's own.
     *
     * @param folder an existing folder
     * @return this builder
     * @throws IllegalArgumentException if {@code folder} is null or not an existing folder
     */
    public LocalByteNiteBuilder sharedCache(Path folder) {
        this.sharedCache = requireFolder(folder);
        return this;
    }

    /**
     * How long ended jobs are kept, with their inputs, results and events: {@code keepFor} after
     * their end, and at most the newest {@code maxEnded} (default a day and 1,000). Each job that
     * ends prunes the others; drafts and running jobs are never pruned.
     *
     * @param keepFor how long after its end a job is kept, positive
     * @param maxEnded how many ended jobs are kept at most, at least 1; keep it above the number of
     *     jobs waited on at once, since a job pruned before its waiter looked is a 404
     * @return this builder
     * @throws IllegalArgumentException if {@code keepFor} is null, zero or negative, or {@code maxEnded} is less than 1
     */
    public LocalByteNiteBuilder retention(Duration keepFor, int maxEnded) {
        this.retention = new JobRetention(keepFor, maxEnded);
        return this;
    }

    /**
     * Keeps uploaded inputs and results in {@code directory} instead of a temporary folder. Jobs, pushed
     * apps, engines and templates and the wallet ledger are saved there too and survive a restart;
     * secrets never are.
     *
     * @param directory the folder; not removed on close
     * @return this builder
     * @throws NullPointerException if {@code directory} is null
     */
    public LocalByteNiteBuilder dataDirectory(Path directory) {
        this.dataDirectory = Objects.requireNonNull(directory, "directory must not be null");
        return this;
    }

    /**
     * The clock for token expiry and timestamps (tests).
     *
     * @param clock the clock to use instead of the system's UTC clock
     * @return this builder
     * @throws NullPointerException if {@code clock} is null
     */
    public LocalByteNiteBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        return this;
    }

    /**
     * How often an idle event stream gets a keep-alive comment.
     *
     * @param interval positive; 15 s by default
     * @return this builder
     * @throws IllegalArgumentException if {@code interval} is null, zero or negative
     */
    public LocalByteNiteBuilder eventKeepAlive(Duration interval) {
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("eventKeepAlive must be positive, was " + interval);
        }
        this.keepAlive = interval;
        return this;
    }

    /**
     * The credits the user starts with (100 by default). With a {@link #dataDirectory(Path)} whose
     * ledger already has entries for the user, none are added.
     *
     * @param credits zero or more
     * @return this builder
     * @throws IllegalArgumentException if {@code credits} is null or negative
     */
    public LocalByteNiteBuilder welcomeCredits(BigDecimal credits) {
        if (credits == null || credits.signum() < 0) {
            throw new IllegalArgumentException("welcomeCredits must be zero or more, was " + credits);
        }
        this.welcomeCredits = credits;
        return this;
    }

    /**
     * Adds a coupon code worth {@code credits}, redeemable once ({@code hello-world} = 10 exists by default).
     *
     * @param code the code to redeem; replaces the amount of a coupon with the same code
     * @param credits the amount, positive
     * @return this builder
     * @throws IllegalArgumentException if {@code code} is null or blank, or {@code credits} is null, zero or negative
     */
    public LocalByteNiteBuilder coupon(String code, BigDecimal credits) {
        if (code == null || code.isBlank() || credits == null || credits.signum() <= 0) {
            throw new IllegalArgumentException("coupon needs a code and a positive amount, was " + code + " = " + credits);
        }
        coupons.put(code, credits);
        return this;
    }

    /**
     * Registers a Java component run in process under {@code name}, as version 1.0 and visible to
     * every user like a public component (a user's own pushed component of the same name wins). It
     * sees the container contract's variables in its {@code env} argument, not in
     * {@code System.getenv}.
     *
     * @param role where the component sits in a job
     * @param name a plain name without {@code @version}; replaces a component registered before under
     *     the same role and name
     * @param component the code to run
     * @return this builder
     * @throws NullPointerException if {@code role} or {@code component} is null
     * @throws IllegalArgumentException if {@code name} is null, blank or contains {@code @}
     */
    public LocalByteNiteBuilder component(ComponentRole role, String name, Component component) {
        Objects.requireNonNull(role, "role must not be null");
        if (name == null || name.isBlank() || name.contains("@")) {
            throw new IllegalArgumentException("name must be a plain component name without @version, was " + name);
        }
        components.register(role, name, Objects.requireNonNull(component, "component must not be null"), "registered at start");
        return this;
    }

    /**
     * Installs an app folder (app/, manifest.json) at start, active, as if pushed and activated by
     * the configured user; its entry point runs as a subprocess.
     *
     * @param folder an existing folder; added to those given before
     * @return this builder
     * @throws IllegalArgumentException if {@code folder} is null or not an existing folder, and at
     *     {@link #start()} when the manifest is not valid
     */
    public LocalByteNiteBuilder appFolder(Path folder) {
        appFolders.add(requireFolder(folder));
        return this;
    }

    /**
     * Like {@link #appFolder(Path)} for a partitioner or assembler folder (its manifest says which).
     *
     * @param folder an existing folder; added to those given before
     * @return this builder
     * @throws IllegalArgumentException if {@code folder} is null or not an existing folder, and at
     *     {@link #start()} when the manifest is not valid
     */
    public LocalByteNiteBuilder engineFolder(Path folder) {
        engineFolders.add(requireFolder(folder));
        return this;
    }

    private static Path requireFolder(Path folder) {
        if (folder == null || !java.nio.file.Files.isDirectory(folder)) {
            throw new IllegalArgumentException("folder: expected an existing folder but was " + folder);
        }
        return folder;
    }

    /**
     * Adds a template usable by every user of this server (its owner is {@code bytenite}). An id
     * already taken (by a built-in template, an earlier call or, with a data directory, a pushed
     * template) keeps its template; this one is ignored.
     *
     * @param id the template's id
     * @param app the app's name, {@code name}, {@code name@major} or {@code name@major.minor}
     * @param partitioner the partitioner's name, in the same forms
     * @param assembler the assembler's name, in the same forms
     * @return this builder
     */
    public LocalByteNiteBuilder template(String id, String app, String partitioner, String assembler) {
        templates.add(BuiltInTemplates.template(id, "registered at start", app, partitioner, assembler));
        return this;
    }

    /**
     * Where the components of jobs run instead of this machine's shared pool of {@link #workers}
     * threads: a cluster's executor, for instance. The server closes it when it closes.
     *
     * @param executor the executor
     * @return this builder
     * @throws NullPointerException if {@code executor} is null
     */
    public LocalByteNiteBuilder stageExecutor(StageExecutor executor) {
        this.stageExecutor = Objects.requireNonNull(executor, "executor must not be null");
        return this;
    }

    /**
     * Starts the server.
     *
     * @return the running server; close it to stop it
     * @throws UncheckedIOException if it cannot start: the port is taken (the message names it), or
     *     the data folder cannot be made
     * @throws IllegalArgumentException if a registered folder's manifest is not valid
     */
    public LocalByteNite start() {
        try {
            return new LocalByteNite(this);
        } catch (BindException e) {
            throw new UncheckedIOException("port " + port + " on " + host + " is already in use", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Local ByteNite could not start: " + e.getMessage(), e);
        }
    }
}
