package com.bytenite.sdk.local.internal.wallet;

import com.bytenite.sdk.local.internal.files.Snapshot;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Credits and debits per user. Jobs are debited when they end with a local price
 * ({@link #jobCost}) that only exists so balances move: Local ByteNite costs nothing real.
 */
public final class Ledger {
    /** A price per chunk so jobs visibly cost something; not ByteNite's pricing. */
    static final BigDecimal PER_CHUNK = new BigDecimal("0.0001");
    /** A price per second of a job's run time. */
    static final BigDecimal PER_SECOND = new BigDecimal("0.00001");

    /** One movement of credits; positive amounts are credits, negative ones debits. */
    public record Entry(String id, String owner, Instant createdAt, BigDecimal amount, String type, String relatedType,
            String relatedId, String relatedName) {
    }

    private final Map<String, List<Entry>> byOwner = new ConcurrentHashMap<>();
    private final Map<String, BigDecimal> coupons = new ConcurrentHashMap<>();
    private final Map<String, String> redeemed = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Snapshot<State> snapshot;

    /** What is saved: every entry, and which coupon went to whom. */
    public record State(List<Entry> entries, Map<String, String> redeemed) {
    }

    /** @param snapshot where the ledger is saved on every change and read back from; null for memory only */
    public Ledger(Clock clock, Map<String, BigDecimal> coupons, Snapshot<State> snapshot) {
        this.clock = clock;
        this.coupons.putAll(coupons);
        this.snapshot = snapshot;
        State saved = snapshot == null ? null : snapshot.load();
        if (saved != null) {
            saved.entries().forEach(e -> byOwner.computeIfAbsent(e.owner(), k -> new ArrayList<>()).add(e));
            redeemed.putAll(saved.redeemed());
        }
    }

    /** True when {@code owner} has no entry yet (a new ledger, or a new user). */
    public boolean isEmpty(String owner) {
        return entries(owner).isEmpty();
    }

    private synchronized void save() {
        if (snapshot != null) {
            List<Entry> all = new ArrayList<>();
            for (List<Entry> entries : byOwner.values()) {
                synchronized (entries) {
                    all.addAll(entries);
                }
            }
            snapshot.save(new State(all, Map.copyOf(redeemed)));
        }
    }

    public static BigDecimal jobCost(long chunks, long seconds) {
        return PER_CHUNK.multiply(BigDecimal.valueOf(chunks)).add(PER_SECOND.multiply(BigDecimal.valueOf(seconds)));
    }

    public Entry record(String owner, BigDecimal amount, String type, String relatedType, String relatedId, String relatedName) {
        Entry e = new Entry(UUID.randomUUID().toString(), owner, clock.instant(), amount, type, relatedType, relatedId, relatedName);
        List<Entry> entries = byOwner.computeIfAbsent(owner, k -> new ArrayList<>());
        synchronized (entries) {
            entries.add(e);
        }
        save();
        return e;
    }

    public BigDecimal balance(String owner) {
        BigDecimal total = BigDecimal.ZERO;
        for (Entry e : entries(owner)) {
            total = total.add(e.amount());
        }
        return total;
    }

    /** Newest first. */
    public List<Entry> entries(String owner) {
        List<Entry> entries = byOwner.getOrDefault(owner, List.of());
        List<Entry> copy;
        synchronized (entries) {
            copy = new ArrayList<>(entries);
        }
        copy.sort(Comparator.comparing(Entry::createdAt).thenComparing(Entry::id).reversed());
        return copy;
    }

    /**
     * @return the credit, or null when the code is unknown
     * @throws IllegalStateException when the code was already redeemed
     */
    public synchronized Entry redeem(String owner, String code) {
        BigDecimal amount = coupons.get(code);
        if (amount == null) {
            return null;
        }
        if (redeemed.putIfAbsent(code, owner) != null) {
            throw new IllegalStateException("coupon " + code + " was already redeemed");
        }
        return record(owner, amount, "coupon", "coupon", code, code);
    }

    static JsonObject json(Entry e) {
        JsonObject related = new JsonObject();
        related.addProperty("type", e.relatedType());
        related.addProperty("id", e.relatedId());
        related.addProperty("name", e.relatedName());
        JsonObject o = new JsonObject();
        o.addProperty("id", e.id());
        com.bytenite.sdk.local.internal.server.ServerJson.putTime(o, "createdAt", e.createdAt());
        boolean credit = e.amount().signum() >= 0;
        o.addProperty("accountFrom", credit ? "local-bytenite" : e.owner());
        o.addProperty("accountTo", credit ? e.owner() : "local-bytenite");
        o.addProperty("amount", e.amount().abs());
        o.addProperty("transactionType", e.type());
        o.add("relatedEntity", related);
        o.addProperty("notes", "");
        o.addProperty("transactionData", "");
        o.addProperty("hash", Integer.toHexString(e.id().hashCode()));
        return o;
    }
}
