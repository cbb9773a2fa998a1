package com.bytenite.examples.runtime;

import com.bytenite.sdk.runtime.Run;
import com.bytenite.sdk.runtime.engines.ZipAssembler;

/** A zip assembler engine in Java: every task result in {@code results_archive.zip}. */
public final class ZipAssemblerMain {
    private ZipAssemblerMain() {
    }

    public static void main(String[] args) {
        Run.assembler(new ZipAssembler());
    }
}
