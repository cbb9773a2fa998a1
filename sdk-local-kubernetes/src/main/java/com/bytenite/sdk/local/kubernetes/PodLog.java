package com.bytenite.sdk.local.kubernetes;

import com.bytenite.sdk.local.ComponentOutput;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.LogWatch;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * One pod's component output, copied line by line to its task's log: its stdout from the component
 * container's log, its stderr from the stderr step's ({@link PodScripts#stderr()}), each followed
 * from when its container starts, so the lines show up as they are written, then completed from the
 * whole log when the pod ends, for whatever the followed stream missed (it may start late, or drop).
 * Lines keep their order within each stream, not across them, as on this machine.
 */
final class PodLog {
    private static final Logger LOG = Logger.getLogger(PodLog.class.getName());

    private final List<Stream> streams;

    PodLog(KubernetesClient client, String namespace, String pod, ComponentOutput out) {
        this.streams = List.of(new Stream(client, namespace, pod, StageJobs.COMPONENT, new Lines(out, false)),
                new Stream(client, namespace, pod, StageJobs.STDERR, new Lines(out, true)));
    }

    /** Starts following the log of each container that {@code started}, once. */
    void follow(Predicate<String> started) {
        streams.stream().filter(s -> started.test(s.container)).forEach(Stream::follow);
    }

    /**
     * The pod has ended: stops following and copies, from the whole logs, the lines the followed
     * streams did not carry. They stay quiet from then on, so no line is copied twice.
     */
    void finish() {
        streams.forEach(Stream::finish);
    }

    /** One container's log. */
    private static final class Stream {
        private final KubernetesClient client;
        private final String namespace;
        private final String pod;
        private final String container;
        private final Lines lines;
        private LogWatch watch;

        Stream(KubernetesClient client, String namespace, String pod, String container, Lines lines) {
            this.client = client;
            this.namespace = namespace;
            this.pod = pod;
            this.container = container;
            this.lines = lines;
        }

        void follow() {
            if (watch != null) {
                return;
            }
            try {
                watch = client.pods().inNamespace(namespace).withName(pod).inContainer(container).withReadyWaitTimeout(0).watchLog(lines);
            } catch (KubernetesClientException e) {
                LOG.fine(() -> "cannot follow the " + container + " log of pod " + pod + "; it is read when the pod ends: " + e.getMessage());
            }
        }

        void finish() {
            if (watch != null) {
                watch.close();
            }
            List<String> all;
            try {
                String log = client.pods().inNamespace(namespace).withName(pod).inContainer(container).getLog();
                all = log == null ? List.of() : log.lines().toList();
            } catch (KubernetesClientException e) {
                LOG.warning("cannot read the " + container + " log of pod " + pod + ": " + e.getMessage());
                return;
            }
            lines.copyFrom(all);
        }
    }

    /**
     * Splits the followed bytes into lines (UTF-8) and counts them, so that the whole log's first
     * lines are not copied twice. A last line without its end is left for the whole log, and bytes
     * that arrive after it are dropped.
     */
    private static final class Lines extends OutputStream {
        private final ComponentOutput out;
        private final boolean stderr;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
        private int copied;
        private boolean done;

        Lines(ComponentOutput out, boolean stderr) {
            this.out = out;
            this.stderr = stderr;
        }

        @Override
        public synchronized void write(int b) {
            if (done) {
                return;
            }
            if (b == '\n') {
                String line = pending.toString(StandardCharsets.UTF_8);
                pending.reset();
                out.line(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line, stderr);
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
                out.line(all.get(i), stderr);
            }
            copied = Math.max(copied, all.size());
            done = true;
        }
    }
}
