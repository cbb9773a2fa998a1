package com.bytenite.sdk.jobs;

import com.bytenite.sdk.core.errors.ByteNiteNetworkException;
import com.bytenite.sdk.core.errors.ConflictException;
import com.bytenite.sdk.core.errors.NotFoundException;
import java.util.UUID;
import java.util.function.Function;

/**
 * Creates jobs so that a create whose answer was lost can be settled without a duplicate
 * (api-facts §4). Each create carries a client-chosen {@code jobId}. ByteNite does not document
 * whether it honours one, so this class learns it: a server that answered with the id it was sent
 * honours them. After a network failure that may have reached the server, the job is looked up by
 * the chosen id: found means the create landed. Not found is only proof that it did not when the
 * server is known to honour ids; then the create is sent once more with the same id (a server that
 * honours ids cannot create it twice). Otherwise the failure is reported with the id to check.
 */
final class JobCreation {
    private enum ServerIds { UNKNOWN, HONOURED, IGNORED }

    /** Sends one create with the given job id (null: let the server choose). */
    @FunctionalInterface
    interface Send {
        Job create(String jobId);
    }

    private final Function<String, Job> lookup;
    private volatile ServerIds serverIds = ServerIds.UNKNOWN;

    /** @param lookup gets a job by id, throwing {@link NotFoundException} when there is none */
    JobCreation(Function<String, Job> lookup) {
        this.lookup = lookup;
    }

    Job create(Send send) {
        if (serverIds == ServerIds.IGNORED) {
            return send.create(null);
        }
        String chosen = UUID.randomUUID().toString();
        try {
            return learn(chosen, send.create(chosen));
        } catch (ByteNiteNetworkException lost) {
            if (!lost.requestMayHaveBeenSent()) {
                throw lost;
            }
            return settle(chosen, send, lost);
        }
    }

    private Job settle(String chosen, Send send, ByteNiteNetworkException lost) {
        Job landed = find(chosen, lost);
        if (landed != null) {
            serverIds = ServerIds.HONOURED;
            return landed;
        }
        if (serverIds != ServerIds.HONOURED) {
            throw new ByteNiteNetworkException(lost.getMessage() + "; no job has the id " + chosen + " this create was sent with, but "
                    + "this server has not yet shown that it keeps client-chosen ids, so the job may exist under another id: list "
                    + "the jobs before creating again", lost.operation().orElse(null), true, lost);
        }
        try {
            return learn(chosen, send.create(chosen));
        } catch (ConflictException alreadyThere) {
            Job late = find(chosen, lost);
            if (late != null) {
                return late;
            }
            throw alreadyThere;
        }
    }

    private Job learn(String chosen, Job created) {
        serverIds = created.id().equals(chosen) ? ServerIds.HONOURED : ServerIds.IGNORED;
        return created;
    }

    /** The job with exactly this id; another job in the answer proves nothing about this create. */
    private Job find(String id, ByteNiteNetworkException lost) {
        try {
            Job found = lookup.apply(id);
            return id.equals(found.id()) ? found : null;
        } catch (NotFoundException e) {
            return null;
        } catch (RuntimeException e) {
            lost.addSuppressed(e);
            throw lost;
        }
    }
}
