package com.bytenite.sdk.dev;

import java.util.List;

/** A component folder that cannot be pushed, with every problem found (not just the first). */
public final class ManifestException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<ManifestProblem> problems;

    /**
     * Makes the exception; the message names the folder and every problem.
     *
     * @param folder the folder that cannot be pushed, as shown in the message
     * @param problems every problem found, copied
     * @throws NullPointerException if {@code problems} is null or holds null
     */
    public ManifestException(String folder, List<ManifestProblem> problems) {
        super("cannot push " + folder + ": " + problems.size() + " problem(s): " + String.join("; ", problems.stream().map(ManifestProblem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found, in the order the checks found them.
     *
     * @return an unmodifiable list, never empty when thrown by the SDK
     */
    public List<ManifestProblem> problems() {
        return problems;
    }
}
