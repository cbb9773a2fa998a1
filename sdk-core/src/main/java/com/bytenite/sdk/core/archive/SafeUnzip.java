package com.bytenite.sdk.core.archive;

import com.bytenite.sdk.core.spi.PartFiles;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks a zip archive into a folder in two passes: the first reads the whole archive and checks
 * every entry (no absolute names, no {@code ..}, no duplicates, no writing through a symbolic link)
 * and every limit against the bytes that really come out, not the sizes the archive claims; only
 * an archive that passes is written, by the second. A refused archive leaves the target untouched.
 * Entries are written as regular files through a temporary file, so an archive cannot plant a link
 * or leave half a file.
 */
public final class SafeUnzip {
    private SafeUnzip() {
    }

    /**
     * Checks {@code zip} against the rules and {@code limits}, then unpacks it into {@code target}.
     *
     * @param zip the whole archive
     * @param target the folder to unpack into, created when missing; files already there with an
     *     entry's name are replaced
     * @param limits how much the archive may expand; {@link ArchiveLimits#DEFAULTS} unless you need others
     * @return the files written
     * @throws ArchiveRejectedException when the archive breaks a rule or a limit; nothing is written
     * @throws IOException when the archive cannot be read or a file cannot be written
     */
    public static List<Path> unzip(byte[] zip, Path target, ArchiveLimits limits) throws IOException {
        Files.createDirectories(target);
        Path root = target.toRealPath();
        check(zip, root, limits);
        return write(zip, root);
    }

    private static void check(byte[] zip, Path root, ArchiveLimits limits) throws IOException {
        Counting compressed = new Counting(new ByteArrayInputStream(zip));
        Set<String> seen = new HashSet<>();
        long expanded = 0;
        int entries = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream in = new ZipInputStream(compressed)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (++entries > limits.maxEntries()) {
                    throw new ArchiveRejectedException("the archive has more than " + limits.maxEntries() + " entries");
                }
                Path out = destination(root, e.getName());
                if (!seen.add(root.relativize(out).toString())) {
                    throw new ArchiveRejectedException("the archive holds '" + e.getName() + "' twice");
                }
                for (int n; (n = in.read(buffer)) > 0; ) {
                    expanded += n;
                    if (expanded > limits.maxExpandedBytes()) {
                        throw new ArchiveRejectedException("the archive expands to more than " + limits.maxExpandedBytes() + " bytes");
                    }
                    if (expanded > ArchiveLimits.RATIO_GRACE_BYTES && expanded > (long) limits.maxRatio() * Math.max(1, compressed.count)) {
                        throw new ArchiveRejectedException("the archive expands more than " + limits.maxRatio()
                                + " times its size (at entry '" + e.getName() + "')");
                    }
                }
            }
        }
        if (entries == 0) {
            throw new ArchiveRejectedException("the archive is empty (or not a zip archive)");
        }
    }

    private static List<Path> write(byte[] zip, Path root) throws IOException {
        List<Path> written = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path out = destination(root, e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                copy(in, out);
                written.add(out);
            }
        }
        return written;
    }

    /** Where an entry lands; refuses names that are absolute, climb with {@code ..} or pass through a link. */
    private static Path destination(Path root, String name) throws ArchiveRejectedException {
        String n = name.replace('\\', '/');
        if (n.isEmpty() || n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.indexOf('\0') >= 0 || List.of(n.split("/")).contains("..")) {
            throw new ArchiveRejectedException("archive entry '" + printable(name) + "' is absolute or climbs out with '..'");
        }
        Path out = root.resolve(n).normalize();
        if (!out.startsWith(root) || out.equals(root)) {
            throw new ArchiveRejectedException("archive entry '" + printable(name) + "' would be written outside the folder");
        }
        Path cur = root;
        for (Path part : root.relativize(out)) {
            cur = cur.resolve(part);
            if (Files.isSymbolicLink(cur)) {
                throw new ArchiveRejectedException("archive entry '" + printable(name) + "' would be written through the link "
                        + root.relativize(cur) + ", which may lead outside the folder");
            }
        }
        return out;
    }

    private static void copy(InputStream in, Path out) throws IOException {
        Path tmp = PartFiles.createIn(out.getParent(), "unzip");
        try {
            try (OutputStream o = Files.newOutputStream(tmp)) {
                in.transferTo(o);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String printable(String name) {
        String cut = name.length() > 200 ? name.substring(0, 200) + "…" : name;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }

    /** Counts the compressed bytes the zip reader has consumed, for the ratio. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
