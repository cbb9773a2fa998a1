package com.bytenite.sdk.dev;

import static com.bytenite.sdk.core.http.Arguments.requirePathSegment;

import com.bytenite.sdk.core.ByteNiteService;
import com.bytenite.sdk.core.archive.ArchiveRejectedException;
import com.bytenite.sdk.core.errors.ByteNiteException;
import com.bytenite.sdk.core.paging.Pager;
import com.bytenite.sdk.core.spi.ServiceContext;
import com.bytenite.sdk.dev.internal.generated.model.PushRequestDto;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipException;

/**
 * Your apps, or your engines (partitioners and assemblers), in the Developer API: push a folder as
 * the ByteNite Dev CLI does, activate it, inspect it, pull it back. One type serves both:
 * {@code client.dev().apps()} and {@code client.dev().engines()}.
 *
 * <pre>{@code
 * PushResult pushed = client.dev().apps().push(Path.of("hello-world")); // manifest checked first; template.json too
 * client.dev().apps().activate(pushed.component().tag().toString());
 * }</pre>
 *
 * <p>Pushes are never retried automatically (the server may have stored the first one); reads,
 * activate and deactivate are. The encoding of a pushed folder is not documented by ByteNite: see
 * {@code PushEncoding} (a base64 zip).
 */
public final class ComponentsService extends ByteNiteService<ComponentsService> {
    private final ComponentKind kind;
    private final DevCalls calls;
    private final ComponentCalls c;

    /**
     * Services are made by {@code ByteNiteClient}; this constructor is for SDK modules and tests.
     *
     * @param context the shared HTTP stack and the options this view sends with
     * @param kind whether this service handles apps or engines
     * @throws NullPointerException if {@code kind} is null
     */
    public ComponentsService(ServiceContext context, ComponentKind kind) {
        super(context, derived -> new ComponentsService(derived, kind));
        this.kind = Objects.requireNonNull(kind, "kind must not be null");
        this.calls = new DevCalls(context);
        this.c = ComponentCalls.of(kind, calls.api());
    }

    /**
     * Whether this service handles apps or engines.
     *
     * @return {@link ComponentKind#APP} or {@link ComponentKind#ENGINE}
     */
    public ComponentKind kind() {
        return kind;
    }

    /**
     * Every component of this kind visible to the user, page by page, in the server's default order.
     *
     * @return a lazy pager; no request is sent until it is iterated
     */
    public Pager<ComponentInfo> list() {
        return list(false, null);
    }

    /**
     * Components of this kind, optionally only public ones, ordered by {@code orderBy} (a field
     * name; the accepted names are not documented) or the server's default when null.
     *
     * @param publicOnly true to send {@code isPublic=true}; false sends no filter at all
     * @param orderBy the field to order by, or null for the server's default
     * @return a lazy pager; no request is sent until it is iterated
     */
    public Pager<ComponentInfo> list(boolean publicOnly, String orderBy) {
        return Pager.of((offset, limit) -> calls.call(c.listOp,
                () -> c.list.call(orderBy, limit, Math.toIntExact(offset), publicOnly ? Boolean.TRUE : null),
                JsonObject.class, root -> DevCalls.page(root, c.plural, o -> ComponentInfo.fromJson(kind, o))));
    }

    /**
     * The component a tag resolves to ({@code name}, {@code name@major}, {@code name@major.minor}).
     *
     * @param tag the component's tag
     * @return the component as the server describes it
     * @throws IllegalArgumentException if the tag is malformed (nothing is sent)
     * @throws com.bytenite.sdk.core.errors.NotFoundException if there is no such component
     */
    public ComponentInfo get(String tag) {
        String t = tag(tag);
        return calls.call(c.getOp, () -> c.get.call(t), JsonObject.class,
                root -> ComponentInfo.fromJson(kind, root.has(c.singular) && root.get(c.singular).isJsonObject()
                        ? root.getAsJsonObject(c.singular) : root));
    }

    /**
     * The component's status ({@code GET /apps/{tag}/status} or {@code /engines/{tag}/status}).
     *
     * @param tag the component's tag
     * @return the status as sent; fields the server left out are null
     * @throws IllegalArgumentException if the tag is malformed (nothing is sent)
     * @throws com.bytenite.sdk.core.errors.NotFoundException if there is no such component
     */
    public ComponentStatus status(String tag) {
        return action(c.status, tag);
    }

    /**
     * Makes the component usable by jobs ({@code POST …/{tag}/activate}); retried like a read.
     *
     * @param tag the component's tag
     * @return the status the server answered with
     * @throws IllegalArgumentException if the tag is malformed (nothing is sent)
     * @throws com.bytenite.sdk.core.errors.NotFoundException if there is no such component
     */
    public ComponentStatus activate(String tag) {
        return action(c.activate, tag);
    }

    /**
     * Withdraws the component from use by jobs ({@code POST …/{tag}/deactivate}); retried like a read.
     * What happens to jobs already using it is not documented.
     *
     * @param tag the component's tag
     * @return the status the server answered with
     * @throws IllegalArgumentException if the tag is malformed (nothing is sent)
     * @throws com.bytenite.sdk.core.errors.NotFoundException if there is no such component
     */
    public ComponentStatus deactivate(String tag) {
        return action(c.deactivate, tag);
    }

    /**
     * Checks the folder's manifest, packages the folder and pushes it ({@code POST /apps} or
     * {@code /engines}); pushes the folder's {@code template.json} afterwards when there is one, as
     * the CLI does. An engine's manifest must also say {@code "type": "partitioner" | "assembler"}.
     *
     * @param folder the component folder, holding {@code manifest.json} and {@code app/}
     * @return the component as the server describes it after the push, and the template if one was pushed
     * @throws ManifestException listing every manifest problem (nothing is sent)
     * @throws IllegalArgumentException if {@code template.json} is present but not a valid template (nothing is sent)
     * @throws java.io.UncheckedIOException if the folder cannot be read or packaged
     */
    public PushResult push(Path folder) {
        Objects.requireNonNull(folder, "folder must not be null");
        Manifest.read(folder, kind);
        Path templateFile = folder.resolve("template.json");
        Template template = Files.isRegularFile(templateFile) ? DevTemplatesService.read(templateFile) : null;
        String data;
        try {
            data = PushEncoding.encode(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot package " + folder + ": " + e.getMessage(), e);
        }
        PushRequestDto body = new PushRequestDto().data(data);
        ComponentInfo pushed = calls.call(c.pushOp, () -> c.push.call(body), JsonObject.class, o -> ComponentInfo.fromJson(kind, o));
        return new PushResult(pushed, template == null ? null : new DevTemplatesService(context()).push(template));
    }

    /**
     * Downloads the component and unpacks it into {@code into}. No entry may land outside
     * {@code into}: an archive with an absolute path, {@code ..}, an escaping or a duplicate entry,
     * or one that expands past {@link com.bytenite.sdk.core.archive.ArchiveLimits#DEFAULTS}
     * (512 MiB, 10,000 entries, 100 times its size) is refused before anything is written.
     *
     * @param tag the component's tag
     * @param into the folder to unpack into
     * @return the files written
     * @throws IllegalArgumentException if the tag is malformed (nothing is sent)
     * @throws com.bytenite.sdk.core.errors.MalformedResponseException when the answer has no package
     *     or one that is not base64
     * @throws ByteNiteException when the package is not a zip archive or
     *     {@link com.bytenite.sdk.core.archive.SafeUnzip} refuses it (the cause says why; nothing is
     *     written), or when the files cannot be written into {@code into}
     */
    public List<Path> pull(String tag, Path into) {
        Objects.requireNonNull(into, "into must not be null");
        String t = tag(tag);
        // A mapper's exception becomes a MalformedResponseException with the body's excerpt.
        byte[] zip = calls.call(c.downloadOp, () -> c.download.call(t), JsonObject.class, root -> {
            String data = DevCalls.text(root, c.singular + "Data");
            if (data == null || data.isBlank()) {
                throw new IllegalStateException("the answer has no " + c.singular + "Data");
            }
            return PushEncoding.decode(data);
        });
        try {
            return FolderArchive.unzip(zip, into);
        } catch (ArchiveRejectedException | ZipException e) {
            throw new ByteNiteException("the " + c.singular + " package of " + t + " was refused, nothing was written: " + e.getMessage(),
                    c.downloadOp.name(), e);
        } catch (IOException e) {
            throw new ByteNiteException("cannot unpack " + c.singular + " " + t + " into " + into + ": " + e.getMessage(), c.downloadOp.name(), e);
        }
    }

    private ComponentStatus action(ComponentCalls.Action action, String tag) {
        String t = tag(tag);
        return calls.call(action.op(), () -> action.call().call(t), JsonObject.class,
                root -> new ComponentStatus(DevCalls.text(root, c.singular + "Id"), DevCalls.text(root, c.singular + "Tag"),
                        DevCalls.text(root, c.singular + "Status"), DevCalls.text(root, c.singular + "Link")));
    }

    private static String tag(String tag) {
        return requirePathSegment("tag", Tag.parse(tag).toString());
    }
}
