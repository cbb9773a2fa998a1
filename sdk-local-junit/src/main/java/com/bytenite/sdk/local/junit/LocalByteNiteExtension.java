package com.bytenite.sdk.local.junit;

import com.bytenite.sdk.ByteNiteClient;
import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.local.Component;
import com.bytenite.sdk.local.ComponentRole;
import com.bytenite.sdk.local.LocalByteNite;
import com.bytenite.sdk.local.LocalByteNiteBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts Local ByteNite for a test class and hands tests a ready {@link ByteNiteClient} (or the
 * {@link LocalByteNite} itself, or its {@link ByteNiteConfig}) as a parameter.
 *
 * <pre>{@code
 * class InvoiceRendererTest {
 *     @RegisterExtension
 *     static final LocalByteNiteExtension bytenite = LocalByteNiteExtension.builder()
 *             .component(ComponentRole.APP, "render", Component.app(task -> task.writeResult("out.pdf", render(task.chunkBytes()))))
 *             .template("render-t", "render", "passthrough", "passthrough")
 *             .build();
 *
 *     @Test
 *     void rendersEveryInvoice(ByteNiteClient client) { ... }
 * }
 * }</pre>
 *
 * <p>Registered on a {@code static} field or with {@code @ExtendWith(LocalByteNiteExtension.class)}
 * (defaults only), one server serves the whole class and stops after it; on an instance field, each
 * test gets its own. {@link Builder#freshServerPerTest()} gives every test a new, empty server: its
 * own jobs, keys, secrets and pushed components, on a new port. Then take the client as a test
 * parameter, not in {@code @BeforeAll}, because an earlier test's server is gone.
 *
 * <p>Starting throws {@link java.io.UncheckedIOException} when the server cannot start.
 */
public final class LocalByteNiteExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
    private final List<Consumer<LocalByteNiteBuilder>> configuration;
    private final boolean freshPerTest;
    private LocalByteNite server;
    private ByteNiteClient client;
    /** True while a server started for the class (static registration) is up. */
    private boolean classScoped;
    private boolean usedByATest;

    /** Defaults only: the built-in components and templates, any free port. For {@code @ExtendWith}. */
    public LocalByteNiteExtension() {
        this(new Builder());
    }

    private LocalByteNiteExtension(Builder b) {
        this.configuration = List.copyOf(b.configuration);
        this.freshPerTest = b.freshPerTest;
    }

    /**
     * A builder for an extension with components, templates or settings of your own.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The running server, for what the client does not show (its port, its API key).
     *
     * @return the server of the current class or test
     * @throws IllegalStateException outside the tests of a class using this extension
     */
    public LocalByteNite server() {
        if (server == null) {
            throw new IllegalStateException("Local ByteNite runs only during the tests of the class that registers this extension");
        }
        return server;
    }

    /**
     * A client of the running server, closed by the extension.
     *
     * @return the client of the current class or test
     * @throws IllegalStateException outside the tests of a class using this extension
     */
    public ByteNiteClient client() {
        server();
        return client;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
        classScoped = true;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (server == null) {
            start();
        } else if (freshPerTest && usedByATest) {
            stop();
            start();
        }
        usedByATest = true;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!classScoped) {
            stop();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
        classScoped = false;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == ByteNiteClient.class || type == LocalByteNite.class || type == ByteNiteConfig.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == LocalByteNite.class) {
            return server();
        }
        if (type == ByteNiteConfig.class) {
            return config(server());
        }
        return client();
    }

    private void start() {
        LocalByteNiteBuilder b = LocalByteNite.builder();
        configuration.forEach(step -> step.accept(b));
        server = b.start();
        client = ByteNiteClient.create(config(server));
    }

    private void stop() {
        if (client != null) {
            client.close();
            client = null;
        }
        if (server != null) {
            server.close();
            server = null;
        }
        usedByATest = false;
    }

    private static ByteNiteConfig config(LocalByteNite server) {
        return ByteNiteConfig.builder().baseUrl(server.baseUrl()).apiKey(server.apiKey()).build();
    }

    /** Configures a {@link LocalByteNiteExtension}; each method adds to what the server starts with. */
    public static final class Builder {
        private final List<Consumer<LocalByteNiteBuilder>> configuration = new ArrayList<>();
        private boolean freshPerTest;

        private Builder() {
        }

        /**
         * Registers a component, such as {@code Component.app(task -> …)} for code written against the
         * engine runtime.
         *
         * @param role partitioner, app or assembler
         * @param name the name templates refer to it by
         * @param component what runs
         * @return this builder
         */
        public Builder component(ComponentRole role, String name, Component component) {
            Objects.requireNonNull(role, "role must not be null");
            Objects.requireNonNull(name, "name must not be null");
            Objects.requireNonNull(component, "component must not be null");
            configuration.add(b -> b.component(role, name, component));
            return this;
        }

        /**
         * Adds a template jobs can be created from.
         *
         * @param id the template id
         * @param app the app's name
         * @param partitioner the partitioner's name ({@code passthrough} and {@code fanout-replica} are built in)
         * @param assembler the assembler's name ({@code passthrough} and {@code zipper} are built in)
         * @return this builder
         */
        public Builder template(String id, String app, String partitioner, String assembler) {
            Objects.requireNonNull(id, "id must not be null");
            configuration.add(b -> b.template(id, app, partitioner, assembler));
            return this;
        }

        /**
         * Installs an app folder (a manifest and {@code app/}) at start, active.
         *
         * @param folder the app's folder
         * @return this builder
         */
        public Builder appFolder(Path folder) {
            Objects.requireNonNull(folder, "folder must not be null");
            configuration.add(b -> b.appFolder(folder));
            return this;
        }

        /**
         * Anything else the server's builder offers (an API key, workers, limits, a clock).
         *
         * @param step applied to the server's builder before each start
         * @return this builder
         */
        public Builder configure(Consumer<LocalByteNiteBuilder> step) {
            configuration.add(Objects.requireNonNull(step, "step must not be null"));
            return this;
        }

        /**
         * Gives every test a new, empty server instead of one per class.
         *
         * @return this builder
         */
        public Builder freshServerPerTest() {
            this.freshPerTest = true;
            return this;
        }

        /**
         * The extension; register it with {@code @RegisterExtension}.
         *
         * @return a new extension
         */
        public LocalByteNiteExtension build() {
            return new LocalByteNiteExtension(this);
        }
    }
}
