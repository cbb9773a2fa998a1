package com.bytenite.build;

import org.openapitools.codegen.languages.JavaClientCodegen;

/**
 * OpenAPI Generator's Java client generator without its closing banner. The stock generator prints
 * a donation banner to standard output after every run, four times per build, which `mvn -q`
 * cannot silence; the README promises that `mvn -q` prints only the program's output. Everything
 * else, templates and options included, is the stock {@code java} generator's.
 */
public class QuietJavaClientCodegen extends JavaClientCodegen {
    /** The name the build's {@code generatorName} refers to. */
    public static final String NAME = "bytenite-java";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public void postProcess() {
        // The stock implementation only prints the banner.
    }
}
