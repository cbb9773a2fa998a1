package com.bytenite.sdk.local.internal.files;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The server's files, one folder per job: {@code <root>/jobs/<id>/source} (uploaded or fetched
 * input) and {@code …/output} (what the assembler wrote, served as results).
 */
public final class FileStore {
    private final Path root;
    private final Path sharedCache;
    private final boolean durable;

    /**
     * @param sharedCache the operator's folder of shared resources for {@code SHARED_CACHE_DIR}, or
     *     null for an empty one of the server's own, made read-only (permissions bind every user but root)
     * @param durable whether acknowledged uploads must survive a crash (a data directory was given);
     *     a temporary folder is gone after a crash anyway, so it is not forced to disk
     */
    public FileStore(Path root, Path sharedCache, boolean durable) throws IOException {
        this.root = root;
        this.durable = durable;
        this.sharedCache = sharedCache != null ? sharedCache : ownSharedCache(root);
    }

    private static Path ownSharedCache(Path root) throws IOException {
        Path dir = Files.createDirectories(ContainedPath.resolve(root, "cache", "shared"));
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the folder stays writable; components are told it is read-only.
        }
        return dir;
    }

    public Path jobDir(String jobId) {
        return ContainedPath.resolve(root, "jobs", jobId);
    }

    public Path sourceDir(String jobId) {
        return jobDir(jobId).resolve("source");
    }

    public Path outputDir(String jobId) {
        return jobDir(jobId).resolve("output");
    }

    /** {@code USER_CACHE_DIR}: kept across the user's jobs. */
    public Path userCacheDir(String user) {
        return ContainedPath.resolve(root, "cache", "users", user);
    }

    /** {@code SHARED_CACHE_DIR}: the same for everyone, read-only, as ByteNite documents it. */
    public Path sharedCacheDir() {
        return sharedCache;
    }

    /** A scratch folder for one run of a job's components. */
    public Path workDir(String jobId) {
        return jobDir(jobId).resolve("work");
    }

    /**
     * Streams {@code body} into the job's source folder as {@code name}, through a temporary file
     * so a broken upload never leaves a partial input behind.
     */
    public long saveUpload(String jobId, String name, InputStream body) throws IOException {
        Path dir = Files.createDirectories(sourceDir(jobId));
        Path tmp = Files.createTempFile(dir, ".upload-", ".part");
        try {
            long n = Files.copy(body, tmp, StandardCopyOption.REPLACE_EXISTING);
            if (durable) {
                // The upload is acknowledged once this returns: its bytes must survive a crash.
                try (FileChannel written = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                    written.force(true);
                }
            }
            clear(dir, tmp);
            Files.move(tmp, ContainedPath.resolve(dir, name), StandardCopyOption.ATOMIC_MOVE);
            return n;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The regular files of the job's output, by name. */
    public List<Path> outputs(String jobId) {
        Path dir = outputDir(jobId);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> out = new ArrayList<>(files.filter(Files::isRegularFile).toList());
            out.sort(Comparator.comparing(p -> p.getFileName().toString()));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Removes the scratch folders of every job and unfinished component pushes: at start, when no
     * job can still be running, they are what a crash or a kill left behind.
     */
    public void removeLeftovers() {
        Path jobs = root.resolve("jobs");
        if (Files.isDirectory(jobs)) {
            try (Stream<Path> dirs = Files.list(jobs)) {
                for (Path job : dirs.filter(Files::isDirectory).toList()) {
                    deleteTree(job.resolve("work"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot clean " + jobs, e);
            }
        }
        deleteTree(root.resolve("components").resolve("staging"));
    }

    /** Removes everything the job left on disk. */
    public void deleteJob(String jobId) {
        deleteTree(jobDir(jobId));
    }

    /**
     * Deletes {@code dir} and everything under it; nothing when it does not exist. What another
     * clean-up removes meanwhile (a job deleted while it ends) is skipped, not an error.
     */
    public static void deleteTree(Path dir) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException failed) throws IOException {
                    return goneMeanwhile(failed);
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException failed) throws IOException {
                    if (failed != null) {
                        goneMeanwhile(failed);
                    }
                    delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileVisitResult goneMeanwhile(IOException failed) throws IOException {
        if (failed instanceof NoSuchFileException) {
            return FileVisitResult.CONTINUE;
        }
        throw failed;
    }

    /**
     * java.io's delete is one unlink or rmdir; Files.delete asks for the file's attributes first,
     * which doubles the system calls of a job's clean-up on a slow disk.
     */
    private static void delete(Path p) throws IOException {
        File f = p.toFile();
        if (!f.delete() && f.exists()) {
            throw new IOException("cannot delete " + p);
        }
    }

    private static void clear(Path dir, Path keep) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (!p.equals(keep) && Files.isRegularFile(p)) {
                    Files.delete(p);
                }
            }
        }
    }
}
