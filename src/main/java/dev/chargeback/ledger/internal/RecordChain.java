package dev.chargeback.ledger.internal;

import dev.chargeback.database.WrittenRows;
import dev.chargeback.ledger.LedgerHash;
import dev.chargeback.ledger.RecordHash;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.chargeback.db.Tables.CHAIN_LINK;

/**
 * The records chain (sql/V005): seals a group of rows (an import batch, a run, a period event) as one link, checks a
 * group against its seal, and finds the first row that changed, disappeared or appeared. Sealing reads the rows back
 * in the transaction that wrote them, so a row's hash is of what the database holds; the large tables of a group
 * (flows, totals) are sealed from the rows as written, in the form their columns store them
 * ({@link ChainedTable#sealWritten}), which `verify` then checks against what the database holds.
 *
 * <p>A ledger from before the chain has groups but no links: the first seal seals every existing group first, as
 * found then (events, batches, runs, each in key order).
 */
final class RecordChain {
    private final DSLContext db;
    private final RecordBlocks blocks;

    RecordChain(DSLContext db) {
        this.db = db;
        this.blocks = new RecordBlocks(db);
    }

    /**
     * Seals a group in the caller's transaction; returns its link's hash. The tables in {@code written} are sealed
     * from the rows as written (their values in the form their columns store), the others read back.
     */
    String seal(SealKind kind, Object key, WrittenRows written) {
        adoptExisting();
        return sealOf(kind, key).orElseGet(() -> append(kind, key, written));
    }

    /**
     * Takes the chain for this transaction (on PostgreSQL a table lock, so the chain never forks; H2's embedded file
     * has one writer) and, when the chain is empty, seals every group the ledger already holds, as found.
     */
    void adoptExisting() {
        if (db.dialect().family() == SQLDialect.POSTGRES) {
            db.execute("LOCK TABLE chain_link IN EXCLUSIVE MODE");
        }
        if (db.fetchCount(CHAIN_LINK) == 0) {
            for (SealKind k : SealKind.values()) {
                ChainedTable head = ChainedTables.head(k);
                db.selectDistinct(head.group()).from(head.table()).orderBy(head.group()).fetch(head.group())
                        .forEach(g -> append(k, g, WrittenRows.none()));
            }
        }
    }

    /** The hash of the group's link, if it is sealed. */
    Optional<String> sealOf(SealKind kind, Object key) {
        return db.select(CHAIN_LINK.LINK_HASH).from(CHAIN_LINK)
                .where(CHAIN_LINK.KIND.eq(kind.name()), CHAIN_LINK.GROUP_KEY.eq(ChainedTables.head(kind).groupText(key)))
                .fetchOptional(CHAIN_LINK.LINK_HASH);
    }

    /** The newest link's hash (GENESIS for an empty chain). */
    String head() {
        return db.select(CHAIN_LINK.LINK_HASH).from(CHAIN_LINK).orderBy(CHAIN_LINK.SEQ.desc()).limit(1)
                .fetchOptional(CHAIN_LINK.LINK_HASH).orElse(LedgerHash.GENESIS);
    }

    private String append(SealKind kind, Object key, WrittenRows written) {
        Record head = db.select(CHAIN_LINK.SEQ, CHAIN_LINK.LINK_HASH).from(CHAIN_LINK).orderBy(CHAIN_LINK.SEQ.desc())
                .limit(1).fetchOne();
        long seq = head == null ? 1 : head.get(CHAIN_LINK.SEQ) + 1;
        String previous = head == null ? LedgerHash.GENESIS : head.get(CHAIN_LINK.LINK_HASH);
        List<RecordHash.Sealed> records = new ArrayList<>();
        for (ChainedTable t : ChainedTables.of(kind)) {
            written.of(t.table()).ifPresentOrElse(rows -> records.addAll(sealWritten(t, rows)),
                    () -> rows(t, key, row -> records.add(t.seal(row))));
        }
        String groupKey = ChainedTables.head(kind).groupText(key);
        String hash = RecordHash.ofLink(previous, seq, kind.name(), groupKey, records);
        db.insertInto(CHAIN_LINK).set(CHAIN_LINK.SEQ, seq).set(CHAIN_LINK.KIND, kind.name())
                .set(CHAIN_LINK.GROUP_KEY, groupKey).set(CHAIN_LINK.RECORDS, (long) records.size())
                .set(CHAIN_LINK.PREV_HASH, previous).set(CHAIN_LINK.LINK_HASH, hash).execute();
        blocks.write(seq, records);
        return hash;
    }

    /**
     * Rows as written, sealed in their order; a large group on every core (each row's seal is its own: its canonical
     * text and SHA-256). Sealing a run's 100,000 flows or an import's 100,000 driver totals took a third of the time
     * their insert did, on one core while the other waited.
     */
    private static List<RecordHash.Sealed> sealWritten(ChainedTable t, List<? extends Record> rows) {
        return (rows.size() < ON_EVERY_CORE ? rows.stream() : rows.parallelStream()).map(t::sealWritten).toList();
    }

    /** From this many rows a group's seals and packed blocks are made on every core. */
    static final int ON_EVERY_CORE = 10_000;

    /** The group's rows of one table, in key order. */
    @SuppressWarnings("unchecked")
    void rows(ChainedTable t, Object key, java.util.function.Consumer<Record> each) {
        try (var cursor = db.selectFrom(t.table()).where(((Field<Object>) t.group()).eq(key))
                .orderBy(t.key()).fetchLazy()) {
            cursor.forEach(each);
        }
    }

    /**
     * The first difference between a sealed group and its rows now, in one line naming the table and the row's key;
     * empty when the group matches its seal (its records and their link hash).
     */
    Optional<String> check(SealKind kind, Object key) {
        String groupKey = ChainedTables.head(kind).groupText(key);
        Record link = db.selectFrom(CHAIN_LINK).where(CHAIN_LINK.KIND.eq(kind.name()), CHAIN_LINK.GROUP_KEY.eq(groupKey))
                .fetchOne();
        if (link == null) {
            return Optional.of("it is not sealed in the hash chain");
        }
        List<String> problems = new ArrayList<>();
        linkProblems(link.into(CHAIN_LINK), link.get(CHAIN_LINK.PREV_HASH), problems, 1);
        return problems.stream().findFirst();
    }

    /**
     * Checks one link: its records against its hash, and the group's rows against its records. Adds at most
     * {@code limit} problems; returns the link's hash.
     */
    String linkProblems(dev.chargeback.db.tables.records.ChainLinkRecord link, String previous, List<String> problems,
                        int limit) {
        SealKind kind = SealKind.valueOf(link.getKind());
        String where = "chain link " + link.getSeq() + " (" + kind + " " + link.getGroupKey() + ")";
        int before = problems.size();
        List<RecordHash.Sealed> records;
        try {
            records = blocks.read(link.getSeq());
        } catch (IllegalStateException e) {
            problems.add(where + ": its sealed records cannot be read (" + e.getMessage() + "; the chain was changed)");
            return link.getLinkHash();
        }
        if (!link.getPrevHash().equals(previous)) {
            problems.add(where + ": previous hash does not match the link before it");
        }
        if (records.size() != link.getRecords() || !RecordHash.ofLink(link.getPrevHash(), link.getSeq(), kind.name(),
                link.getGroupKey(), records).equals(link.getLinkHash())) {
            problems.add(where + ": its sealed records do not match its hash (the chain was changed)");
        }
        Map<String, String> sealed = new LinkedHashMap<>();
        records.forEach(r -> sealed.put(r.table() + " (" + r.key() + ")", r.rowHash()));
        Object key = kind.key(link.getGroupKey());
        String word = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        for (ChainedTable t : ChainedTables.of(kind)) {
            rows(t, key, row -> {
                RecordHash.Sealed now = t.seal(row);
                String named = now.table() + " (" + now.key() + ")";
                String hash = sealed.remove(named);
                if (problems.size() - before >= limit) {
                    return;
                }
                if (hash == null) {
                    problems.add(named + ": added after its " + word + " was sealed (not in " + where + ")");
                } else if (!hash.equals(now.rowHash())) {
                    problems.add(named + ": changed after it was sealed in " + where);
                }
            });
        }
        sealed.keySet().stream().limit(Math.max(0, limit - (problems.size() - before)))
                .forEach(named -> problems.add(named + ": sealed in " + where + " but no longer in the ledger"));
        return link.getLinkHash();
    }

    /** What a walk of the records chain saw: links, sealed records, and the newest link's hash. */
    record Walk(long links, long records, String head) {
    }

    /**
     * Walks the whole records chain in order: every link's records against its hash and its link to the one before,
     * every sealed group's rows against its records; then every group of a chained table that no link seals.
     */
    Walk verify(List<String> problems) {
        String previous = LedgerHash.GENESIS;
        long expected = 1;
        long records = 0;
        Map<SealKind, java.util.Set<String>> sealed = new java.util.EnumMap<>(SealKind.class);
        var links = db.selectFrom(CHAIN_LINK).orderBy(CHAIN_LINK.SEQ).fetch();
        for (var link : links) {
            if (link.getSeq() != expected) {
                problems.add("chain link " + link.getSeq() + ": expected seq " + expected + "; a link is missing");
            }
            expected = link.getSeq() + 1;
            previous = linkProblems(link, previous, problems, PER_LINK);
            sealed.computeIfAbsent(SealKind.valueOf(link.getKind()), k -> new java.util.HashSet<>())
                    .add(link.getGroupKey());
            records += link.getRecords();
        }
        java.util.Set<String> named = new java.util.HashSet<>();
        for (ChainedTable t : ChainedTables.ALL) {
            for (Object g : db.selectDistinct(t.group()).from(t.table()).orderBy(t.group()).fetch(t.group())) {
                String key = t.groupText(g);
                if (!sealed.getOrDefault(t.kind(), java.util.Set.of()).contains(key) && named.add(t.kind() + key)) {
                    problems.add(t.name() + " (" + t.group().getName().toLowerCase(java.util.Locale.ROOT) + "=" + key
                            + "): in no link of the hash chain (written outside the engine)");
                }
            }
        }
        return new Walk(links.size(), records, previous);
    }

    /** At most this many problems are named per link (a run of 100,000 changed flows is one story). */
    private static final int PER_LINK = 20;
}
