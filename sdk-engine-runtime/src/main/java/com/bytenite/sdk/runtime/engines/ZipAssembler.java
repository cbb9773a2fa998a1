package com.bytenite.sdk.runtime.engines;

import com.bytenite.sdk.runtime.Assembler;
import com.bytenite.sdk.runtime.AssemblerContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * ByteNite's public {@code zipper} assembler: every task result, under its own name at the archive's
 * root, in {@code results_archive.zip}. No results, no archive (and no failure), as ByteNite's does.
 */
public final class ZipAssembler implements Assembler {
    /** The archive's name in {@code OUTPUT_DIR}, as ByteNite's {@code zipper} names it. */
    public static final String ARCHIVE = "results_archive.zip";

    @Override
    public void run(AssemblerContext assembler) throws Exception {
        List<Path> results = assembler.taskResults();
        if (results.isEmpty()) {
            return;
        }
        assembler.writeOutput(ARCHIVE, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            for (Path result : results) {
                zip.putNextEntry(new ZipEntry(assembler.taskResultsDir().relativize(result).toString().replace('\\', '/')));
                Files.copy(result, zip);
                zip.closeEntry();
            }
            zip.finish();
        });
    }
}
