package com.bytenite.sdk.dev;

import java.util.List;

/** A component folder that cannot be pushed, with every problem found (not just the first). */
public final class ManifestException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<ManifestProblem> problems;

    public ManifestException(String folder, List<ManifestProblem> problems) {
        super("cannot push " + folder + ": " + problems.size() + " problem(s): " + String.join("; ", problems.stream().map(ManifestProblem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<ManifestProblem> problems() {
        return problems;
    }
}
