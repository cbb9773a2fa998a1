package com.bytenite.sdk.local.kubernetes;

import com.bytenite.sdk.local.ComponentOutput;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.LogWatch;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Logger;

/**
 * One pod's component log, copied line by line to its task's log: followed while the container
 * runs, so the lines show up as they are written, then completed from the whole log when the pod
 * ends, for whatever the followed stream missed (it may start late, or drop). Every line arrives as
 * stdout: the log API merges the two streams.
 */
final class PodLog {
    private static final Logger LOG = Logger.getLogger(PodLog.class.getName());

    private final KubernetesClient client;
    private final String namespace;
    private final String pod;
    private final Lines lines;
    private LogWatch watch;

    PodLog(KubernetesClient client, String namespace, String pod, ComponentOutput out) {
        this.client = client;
        this.namespace = namespace;
        this.pod = pod;
        this.lines = new Lines(out);
    }

    /** Starts following the log, once; the container has started. */
    void follow() {
        if (watch != null) {
            return;
        }
        try {
            watch = client.pods().inNamespace(namespace).withName(pod).inContainer(StageJobs.COMPONENT).withReadyWaitTimeout(0).watchLog(lines);
        } catch (KubernetesClientException e) {
            LOG.fine(() -> "cannot follow the log of pod " + pod + "; it is read when the pod ends: " + e.getMessage());
        }
    }

    /**
     * The pod has ended: stops following and copies, from the whole log, the lines the followed
     * stream did not carry. The stream stays quiet from then on, so no line is copied twice.
     */
    void finish() {
        if (watch != null) {
            watch.close();
        }
        List<String> all;
        try {
            String log = client.pods().inNamespace(namespace).withName(pod).inContainer(StageJobs.COMPONENT).getLog();
            all = log == null ? List.of() : log.lines().toList();
        } catch (KubernetesClientException e) {
            LOG.warning("cannot read the log of pod " + pod + ": " + e.getMessage());
            return;
        }
        lines.copyFrom(all);
    }

    /**
     * Splits the followed bytes into lines (UTF-8) and counts them, so that the whole log's first
     * lines are not copied twice. A last line without its end is left for the whole log, and bytes
     * that arrive after it are dropped.
     */
    private static final class Lines extends OutputStream {
        private final ComponentOutput out;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
        private int copied;
        private boolean done;

        Lines(ComponentOutput out) {
            this.out = out;
        }

        @Override
        public synchronized void write(int b) {
            if (done) {
                return;
            }
            if (b == '\n') {
                String line = pending.toString(StandardCharsets.UTF_8);
                pending.reset();
                out.line(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line, false);
                copied++;
            } else {
                pending.write(b);
            }
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                write(bytes[i]);
            }
        }

        synchronized void copyFrom(List<String> all) {
            for (int i = copied; i < all.size(); i++) {
                out.line(all.get(i), false);
            }
            copied = Math.max(copied, all.size());
            done = true;
        }
    }
}
