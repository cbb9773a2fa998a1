package com.bytenite.sdk.core.archive;

/**
 * How much an archive may expand to before {@link SafeUnzip} refuses it: a zip bomb of a few
 * megabytes that would expand to gigabytes is refused while it is being checked, before anything
 * is written.
 *
 * @param maxExpandedBytes the total size of all files once unpacked
 * @param maxEntries the number of entries (files and folders)
 * @param maxRatio how many times larger than the archive read so far the unpacked files may be;
 *     checked once they pass {@value #RATIO_GRACE_BYTES} bytes, so small archives of tiny files pass
 */
public record ArchiveLimits(long maxExpandedBytes, int maxEntries, int maxRatio) {
    /** The ratio is not checked below this expanded size. */
    public static final long RATIO_GRACE_BYTES = 1L << 20;

    /** 512 MiB expanded, 10,000 entries, a ratio of 100. */
    public static final ArchiveLimits DEFAULTS = new ArchiveLimits(512L << 20, 10_000, 100);

    /**
     * Checks that every limit is positive.
     *
     * @param maxExpandedBytes the total size of all files once unpacked
     * @param maxEntries the number of entries (files and folders)
     * @param maxRatio how many times larger than the archive read so far the unpacked files may be
     * @throws IllegalArgumentException if a limit is zero or negative
     */
    public ArchiveLimits {
        if (maxExpandedBytes <= 0 || maxEntries <= 0 || maxRatio <= 0) {
            throw new IllegalArgumentException("archive limits must be positive, were maxExpandedBytes=" + maxExpandedBytes
                    + " maxEntries=" + maxEntries + " maxRatio=" + maxRatio);
        }
    }
}
