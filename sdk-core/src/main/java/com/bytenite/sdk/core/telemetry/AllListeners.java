package com.bytenite.sdk.core.telemetry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Several listeners as one ({@link TelemetryListener#all}): each event goes to each, in order. One
 * that throws does not keep the event from the others; the first failure is rethrown after all have
 * been told, for the SDK to log.
 */
final class AllListeners implements TelemetryListener {
    private final List<TelemetryListener> listeners;

    AllListeners(List<TelemetryListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    private void tellEach(Consumer<TelemetryListener> event) {
        List<RuntimeException> failures = new ArrayList<>();
        for (TelemetryListener listener : listeners) {
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            RuntimeException first = failures.get(0);
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw first;
        }
    }

    @Override
    public void callStarted(CallStarted call) {
        tellEach(l -> l.callStarted(call));
    }

    @Override
    public void retryScheduled(RetryScheduled retry) {
        tellEach(l -> l.retryScheduled(retry));
    }

    @Override
    public void callEnded(CallEnded call) {
        tellEach(l -> l.callEnded(call));
    }

    @Override
    public void tokenRenewed(TokenRenewed renewal) {
        tellEach(l -> l.tokenRenewed(renewal));
    }

    @Override
    public void bytesTransferred(BytesTransferred transfer) {
        tellEach(l -> l.bytesTransferred(transfer));
    }

    @Override
    public void streamReconnecting(StreamReconnecting reconnect) {
        tellEach(l -> l.streamReconnecting(reconnect));
    }
}
