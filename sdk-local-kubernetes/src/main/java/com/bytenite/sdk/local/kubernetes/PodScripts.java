package com.bytenite.sdk.local.kubernetes;

import java.util.List;
import java.util.Locale;

/**
 * The shell each pod's four containers run. They share one {@code emptyDir} per contract folder
 * under {@link #ROOT}. The fetch and upload steps reach the task's folders at
 * {@code $BYTENITE_STAGE_URL/$INDEX/<FOLDER>} ({@link com.bytenite.sdk.local.executor.StageFiles}),
 * the URL coming from the stage's Secret and the index from the pod's completion index.
 *
 * <ul>
 *   <li>the fetch step (init) downloads the app and each input folder, file by file, and makes the
 *       FIFO the component's stderr goes through, all writable by any user the component runs as;
 *   <li>the component runs the entry point with its stderr into that FIFO, records its exit status
 *       in {@code ROOT/status/exit}, and exits with it;
 *   <li>the stderr step copies the FIFO to its own output, so that its container's log is the
 *       component's stderr and the component's log its stdout (Kubernetes' log API merges a
 *       container's two streams), and leaves the last non-blank line as its termination message;
 *   <li>the upload step waits for the exit status and, only when it is 0, uploads each output folder
 *       (a failed attempt's outputs are discarded, as on this machine); it exits with the same
 *       status, or 1 when an upload fails.
 * </ul>
 * The helper steps need {@code sh}, {@code curl}, {@code od}, {@code tr}, {@code find}, {@code sed},
 * {@code mkfifo}, {@code tee} and {@code tail} (the helper image has them); the component's image
 * needs only {@code sh}.
 */
final class PodScripts {
    /** Where the pods mount the contract's folders, the app and the task URLs. */
    static final String ROOT = "/bytenite";
    /** A volume the pod's containers share: the exit status, the stderr FIFO and copy. */
    static final String STATUS = ROOT + "/status";
    /** The FIFO from the component's stderr to the stderr step. */
    private static final String STDERR_PIPE = STATUS + "/stderr-pipe";
    /** How long the stderr step still copies once the component has exited. */
    static final int STDERR_GRACE_SECONDS = 10;
    /** The variable the fetch and upload steps find the stage file URL in. */
    static final String STAGE_URL = "BYTENITE_STAGE_URL";
    /** Kubernetes' default {@code terminationMessagePath}: what a container writes there becomes its status's message. */
    static final String TERMINATION_LOG = "/dev/termination-log";

    /**
     * Percent-encodes every byte of a file's relative path, {@code /} included, so that any name
     * (spaces, {@code %}, {@code #}, {@code ?}, UTF-8) is one URL segment. {@code od -v}: never
     * {@code *} for repeated lines.
     */
    private static final String ENCODE = "enc() { printf %s \"$1\" | od -An -tx1 -v | tr -d ' \\n' | sed 's/../%&/g'; }\n";

    private PodScripts() {
    }

    /** The folder a contract variable points to inside the pod. */
    static String mountPath(String variable) {
        return ROOT + "/" + volumeName(variable);
    }

    /** A contract variable's volume name: lower case with dashes, as Kubernetes requires. */
    static String volumeName(String variable) {
        return variable.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Makes the stderr FIFO, then downloads the app and each input folder, file by file, from their
     * listings; any failed request fails the step (so the pod), never an empty folder. What it makes
     * is writable by everyone (umask 0): the component's image may run as another user than the
     * helper image, and may change its inputs and caches, as on this machine. The pod's volumes are
     * its own.
     */
    static String fetch(List<String> inputs) {
        StringBuilder s = new StringBuilder("set -e; umask 0; i=${INDEX:-0}; mkfifo " + STDERR_PIPE + "\n").append(ENCODE)
                .append("fetch() {\n  u=\"$").append(STAGE_URL).append("/$i/$1\"\n")
                .append("  curl -fsS -o ").append(STATUS).append("/list \"$u\"\n")
                .append("  while IFS= read -r f; do mkdir -p \"$2/$(dirname \"$f\")\"; curl -fsS -o \"$2/$f\" \"$u/$(enc \"$f\")\"; done < ")
                .append(STATUS).append("/list\n}\n");
        s.append("fetch APP ").append(ROOT).append("/app\n");
        inputs.forEach(folder -> s.append("fetch ").append(folder).append(' ').append(mountPath(folder)).append('\n'));
        return s.toString();
    }

    /**
     * Runs the entry point as the platform does for its kind, its stderr into the FIFO the stderr
     * step reads (opening it waits for that step); records the exit status for the upload step and
     * exits with it. Run outside such a pod (no FIFO, no status folder), it still runs the entry point
     * and exits with its status.
     */
    static List<String> component(String entrypoint) {
        String run = launcher(entrypoint) + " \"$0\"";
        String script = "if [ -p " + STDERR_PIPE + " ]; then " + run + " 2> " + STDERR_PIPE + "; else " + run + "; fi; s=$?\n"
                + "{ echo $s > " + STATUS + "/exit; } 2>/dev/null; exit $s";
        return List.of("sh", "-c", script, ROOT + "/app/" + entrypoint);
    }

    /**
     * Copies the component's stderr from the FIFO to this step's output as it comes, and to a file,
     * until the component has exited and closed it; leaves the last non-blank line as the
     * termination message. Never waits forever: once the exit status is there, it opens and closes
     * the FIFO each second (which ends the copy's wait to open it, when the component never did), and
     * stops the copy after {@link #STDERR_GRACE_SECONDS} (when processes the component left behind keep
     * the FIFO open). Exits with 0: the pod's outcome is the component's and the upload's.
     */
    static String stderr() {
        return "tee " + STATUS + "/stderr < " + STDERR_PIPE + " & t=$!\n"
                + "while [ ! -f " + STATUS + "/exit ]; do sleep 1; done\n"
                + "n=0; while kill -0 $t 2>/dev/null && [ $n -lt " + STDERR_GRACE_SECONDS + " ]; do\n"
                + "  exec 3<> " + STDERR_PIPE + "; exec 3>&-; sleep 1; n=$((n+1))\n"
                + "done; kill $t 2>/dev/null\n"
                + "sed '/^[[:space:]]*$/d' " + STATUS + "/stderr 2>/dev/null | tail -n 1 > " + TERMINATION_LOG + "; exit 0\n";
    }

    /** How the platform starts an entry point, by its kind, as Local ByteNite does on this machine. */
    static String launcher(String entrypoint) {
        String lower = entrypoint.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".py")) {
            return "python3";
        }
        if (lower.endsWith(".jar")) {
            return "java -jar";
        }
        return "sh";
    }

    /**
     * Waits for the component's exit status; when it is 0, uploads each output folder, file by file.
     * Exits with that status, or 1 when a request fails.
     */
    static String upload(List<String> outputs) {
        StringBuilder s = new StringBuilder("i=${INDEX:-0}; while [ ! -f " + STATUS + "/exit ]; do sleep 1; done\n")
                .append("s=$(cat ").append(STATUS).append("/exit); [ \"$s\" = 0 ] || exit \"$s\"\n").append(ENCODE)
                .append("upload() {\n  u=\"$").append(STAGE_URL).append("/$i/$1\"\n")
                .append("  cd \"$2\" && find . -type f | sed 's#^\\./##' > ").append(STATUS).append("/uploads || return 1\n")
                .append("  while IFS= read -r f; do curl -fsS -T \"$f\" \"$u/$(enc \"$f\")\" || return 1; done < ").append(STATUS)
                .append("/uploads\n}\n");
        for (String folder : outputs) {
            s.append("(upload ").append(folder).append(' ').append(mountPath(folder)).append(") || exit 1\n");
        }
        return s.append("exit 0\n").toString();
    }
}
