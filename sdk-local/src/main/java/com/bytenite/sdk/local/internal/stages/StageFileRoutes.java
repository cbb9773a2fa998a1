package com.bytenite.sdk.local.internal.stages;

import com.bytenite.sdk.local.internal.files.ContainedPath;
import com.bytenite.sdk.local.internal.server.ApiException;
import com.bytenite.sdk.local.internal.server.ApiRequest;
import com.bytenite.sdk.local.internal.server.ApiResponse;
import com.bytenite.sdk.local.internal.server.BodyLimits;
import com.bytenite.sdk.local.internal.server.Router;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The stage file URLs ({@link com.bytenite.sdk.local.executor.StageFiles}): list a task's folder,
 * read a file, write a file. The token is the only credential, as for upload and result links;
 * every path is resolved inside the folder it names.
 */
public final class StageFileRoutes {
    static final String PREFIX = "/local/stages/";

    private final StageFileGrants grants;

    public StageFileRoutes(StageFileGrants grants) {
        this.grants = grants;
    }

    public void register(Router router) {
        router.add("GET", PREFIX + "{token}/{index}/{folder}", this::list, Router.Access.OPEN)
                .add("GET", PREFIX + "{token}/{index}/{folder}/{path}", this::read, Router.Access.OPEN)
                .add("PUT", PREFIX + "{token}/{index}/{folder}/{path}", this::write, Router.Access.OPEN, BodyLimits.Kind.UPLOAD);
    }

    private ApiResponse list(ApiRequest r) throws IOException {
        Path folder = folder(r).path();
        String listing;
        try (Stream<Path> files = Files.walk(folder)) {
            listing = files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString().replace('\\', '/')).sorted()
                    .collect(Collectors.joining("\n", "", "\n"));
        } catch (NoSuchFileException e) {
            throw folderGone();
        } catch (UncheckedIOException e) {
            // A file or folder deleted while it is walked: the job ended after its token was checked.
            if (e.getCause() instanceof NoSuchFileException) {
                throw folderGone();
            }
            throw e.getCause();
        }
        byte[] body = (listing.equals("\n") ? "" : listing).getBytes(StandardCharsets.UTF_8);
        return ApiResponse.stream("text/plain; charset=utf-8", body.length, out -> out.write(body));
    }

    private static ApiException folderGone() {
        return ApiException.notFound("no such folder (the job may have ended)");
    }

    private ApiResponse read(ApiRequest r) throws IOException {
        Path file = file(folder(r), r.pathParam("path"));
        if (!Files.isRegularFile(file)) {
            throw ApiException.notFound("no such file");
        }
        return ApiResponse.stream("application/octet-stream", Files.size(file), out -> Files.copy(file, out));
    }

    private ApiResponse write(ApiRequest r) throws IOException {
        StageFileGrants.Folder folder = folder(r);
        if (!folder.writable()) {
            throw ApiException.failedPrecondition("this folder only reads: it is a task's input");
        }
        Path file = file(folder, r.pathParam("path"));
        Files.createDirectories(file.getParent());
        Path part = Files.createTempFile(file.getParent(), ".stage-", ".part");
        try (InputStream body = r.bodyStream()) {
            Files.copy(body, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
        return ApiResponse.ok(r, "stored " + r.pathParam("path"));
    }

    private StageFileGrants.Folder folder(ApiRequest r) {
        StageFileGrants.Grant grant = grants.find(r.pathParam("token"));
        if (grant == null) {
            throw ApiException.notFound("no such stage (the job may have ended)");
        }
        StageFileGrants.Folder folder;
        try {
            folder = grant.folder(Integer.parseInt(r.pathParam("index")), r.pathParam("folder"));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("index: expected a task index such as 0, was '" + r.pathParam("index") + "'");
        }
        if (folder == null) {
            throw ApiException.notFound("no such task index or folder in this stage");
        }
        return folder;
    }

    /** The file a relative path names inside the folder; nothing outside it, ever. */
    private static Path file(StageFileGrants.Folder folder, String path) {
        try {
            return ContainedPath.resolve(folder.path(), path.split("/"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("path: expected a relative path inside the stage folder");
        }
    }
}
