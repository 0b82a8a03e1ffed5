package dev.chargeback.ledger.internal;

import dev.chargeback.allocation.Flow;
import dev.chargeback.allocation.PoolResult;
import dev.chargeback.ledger.JournalEntry;
import dev.chargeback.ledger.JournalLine;
import dev.chargeback.ledger.LedgerHash;
import dev.chargeback.ledger.LedgerVerification;
import dev.chargeback.ledger.PostedRun;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.chargeback.db.Tables.ALLOCATION_FLOW;
import static dev.chargeback.db.Tables.ALLOCATION_POOL;
import static dev.chargeback.db.Tables.ALLOCATION_RUN;
import static dev.chargeback.db.Tables.ALLOCATION_RUN_INPUT;
import static dev.chargeback.db.Tables.LEDGER_ENTRY;
import static dev.chargeback.db.Tables.LEDGER_LINE;

/**
 * The append-only ledger in the database. Posting inserts a run with its flows, pools, reversals and entries in one
 * transaction, chaining each entry's hash to the previous one; nothing here updates or deletes a posted row.
 */
public final class LedgerStore {
    private static final int BATCH = 5_000;

    private final DSLContext db;

    public LedgerStore(DSLContext db) {
        this.db = db;
    }

    /** The run of a period that is in force: the newest one that no later run supersedes. */
    public Optional<String> runInForce(String period) {
        var superseded = db.select(ALLOCATION_RUN.SUPERSEDES_RUN_ID).from(ALLOCATION_RUN)
                .where(ALLOCATION_RUN.SUPERSEDES_RUN_ID.isNotNull());
        return db.select(ALLOCATION_RUN.RUN_ID).from(ALLOCATION_RUN)
                .where(ALLOCATION_RUN.PERIOD.eq(period), ALLOCATION_RUN.RUN_ID.notIn(superseded))
                .orderBy(ALLOCATION_RUN.POSTED_AT.desc()).limit(1).fetchOptional(ALLOCATION_RUN.RUN_ID);
    }

    /** A posted run as listed by `status`. */
    public record RunSummary(String runId, String period, String method, String actor, String postedAt,
                             String supersedes, boolean inForce) {
    }

    /** Every posted run, oldest first, marking the one in force for its period. */
    public List<RunSummary> runs() {
        var superseded = new java.util.HashSet<>(db.select(ALLOCATION_RUN.SUPERSEDES_RUN_ID).from(ALLOCATION_RUN)
                .where(ALLOCATION_RUN.SUPERSEDES_RUN_ID.isNotNull()).fetch(ALLOCATION_RUN.SUPERSEDES_RUN_ID));
        return db.selectFrom(ALLOCATION_RUN).orderBy(ALLOCATION_RUN.PERIOD, ALLOCATION_RUN.POSTED_AT)
                .fetch(r -> new RunSummary(r.getRunId(), r.getPeriod(), r.getMethod(), r.getActor(),
                        r.getPostedAt().toInstant().toString(), r.getSupersedesRunId(),
                        !superseded.contains(r.getRunId())));
    }

    public Optional<String> periodOf(String runId) {
        return db.select(ALLOCATION_RUN.PERIOD).from(ALLOCATION_RUN).where(ALLOCATION_RUN.RUN_ID.eq(runId))
                .fetchOptional(ALLOCATION_RUN.PERIOD);
    }

    public int runCount() {
        return db.fetchCount(ALLOCATION_RUN);
    }

    /** The allocation entries a run posted (not its reversals), with their lines, in entry order. */
    public List<JournalEntry> allocationEntries(String runId) {
        return entries(runId, JournalEntry.Kind.ALLOCATION.name());
    }

    public List<JournalEntry> reversalEntries(String runId) {
        return entries(runId, JournalEntry.Kind.REVERSAL.name());
    }

    private List<JournalEntry> entries(String runId, String kind) {
        Map<Integer, List<JournalLine>> lines = new LinkedHashMap<>();
        Map<Integer, Record> heads = new LinkedHashMap<>();
        try (var rows = db.select().from(LEDGER_ENTRY).join(LEDGER_LINE).on(LEDGER_LINE.SEQ.eq(LEDGER_ENTRY.SEQ))
                .where(LEDGER_ENTRY.RUN_ID.eq(runId), LEDGER_ENTRY.KIND.eq(kind))
                .orderBy(LEDGER_LINE.SEQ, LEDGER_LINE.LINE_NO).fetchLazy()) { // entry_no follows seq within a kind
            for (Record r : rows) {
                int no = r.get(LEDGER_ENTRY.ENTRY_NO);
                heads.putIfAbsent(no, r);
                lines.computeIfAbsent(no, k -> new ArrayList<>()).add(new JournalLine(r.get(LEDGER_LINE.LINE_NO),
                        r.get(LEDGER_LINE.COST_CENTER), r.get(LEDGER_LINE.ACCOUNT), r.get(LEDGER_LINE.DEBIT_MINOR),
                        r.get(LEDGER_LINE.CREDIT_MINOR), r.get(LEDGER_LINE.FLOW_NO)));
            }
        }
        List<JournalEntry> out = new ArrayList<>();
        heads.forEach((no, r) -> out.add(new JournalEntry(no, JournalEntry.Kind.valueOf(r.get(LEDGER_ENTRY.KIND)),
                r.get(LEDGER_ENTRY.RULE_NO), r.get(LEDGER_ENTRY.POOL), r.get(LEDGER_ENTRY.MEMO),
                r.get(LEDGER_ENTRY.REVERSES_RUN_ID), r.get(LEDGER_ENTRY.REVERSES_ENTRY_NO), lines.get(no))));
        return out;
    }

    /** Posts a run; the caller holds the transaction. Returns the hash of the run's last entry (the chain head). */
    public String post(PostedRun run) {
        Record head = db.select(LEDGER_ENTRY.SEQ, LEDGER_ENTRY.ENTRY_HASH).from(LEDGER_ENTRY)
                .orderBy(LEDGER_ENTRY.SEQ.desc()).limit(1).fetchOne();
        long seq = head == null ? 0 : head.get(LEDGER_ENTRY.SEQ);
        String previous = head == null ? LedgerHash.GENESIS : head.get(LEDGER_ENTRY.ENTRY_HASH);
        OffsetDateTime postedAt = OffsetDateTime.ofInstant(run.postedAt(), ZoneOffset.UTC);
        long millis = run.postedAt().toEpochMilli();
        List<Object[]> entryRows = new ArrayList<>();
        List<Object[]> lineRows = new ArrayList<>();
        List<JournalEntry> all = new ArrayList<>(run.reversals());
        all.addAll(run.entries());
        for (JournalEntry e : all) {
            seq++;
            String hash = LedgerHash.of(previous, run.runId(), run.period(), run.currency(), millis, e);
            entryRows.add(new Object[]{seq, run.runId(), e.entryNo(), run.period(), e.kind().name(), e.ruleNo(),
                    e.pool(), run.currency(), e.memo(), e.reversesRunId(), e.reversesEntryNo(), postedAt, previous,
                    hash});
            for (JournalLine l : e.lines()) {
                lineRows.add(new Object[]{seq, l.lineNo(), l.costCenter(), l.account(), l.debit(), l.credit(),
                        l.flowNo()});
            }
            previous = hash;
        }
        insertRun(run, previous);
        insert(() -> db.batch(db.insertInto(LEDGER_ENTRY).values(new Object[14])), entryRows);
        insert(() -> db.batch(db.insertInto(LEDGER_LINE).values(new Object[7])), lineRows);
        return previous;
    }

    private void insertRun(PostedRun run, String ledgerHash) {
        db.insertInto(ALLOCATION_RUN)
                .set(ALLOCATION_RUN.RUN_ID, run.runId()).set(ALLOCATION_RUN.PERIOD, run.period())
                .set(ALLOCATION_RUN.METHOD, run.method()).set(ALLOCATION_RUN.CURRENCY, run.currency())
                .set(ALLOCATION_RUN.RULES_SHA256, run.rulesSha256()).set(ALLOCATION_RUN.RULES_FILE, run.rulesFile()).set(ALLOCATION_RUN.INPUTS_SHA256, run.inputsSha256())
                .set(ALLOCATION_RUN.SUPERSEDES_RUN_ID, run.supersedesRunId()).set(ALLOCATION_RUN.ACTOR, run.actor())
                .set(ALLOCATION_RUN.CODE_VERSION, run.codeVersion())
                .set(ALLOCATION_RUN.STARTED_AT, utc(run.startedAt())).set(ALLOCATION_RUN.POSTED_AT, utc(run.postedAt()))
                .set(ALLOCATION_RUN.COST_IN_MINOR, run.costIn()).set(ALLOCATION_RUN.ALLOCATED_MINOR, run.allocated())
                .set(ALLOCATION_RUN.REMAINDER_MINOR, run.remainder())
                .set(ALLOCATION_RUN.ACCEPTED_REJECTS, run.acceptedRejects())
                .set(ALLOCATION_RUN.ROWS_REJECTED, run.rowsRejected()).set(ALLOCATION_RUN.LEDGER_HASH, ledgerHash)
                .set(ALLOCATION_RUN.METHOD_DETAIL, run.methodDetailJson()).set(ALLOCATION_RUN.WARNINGS, run.warnings())
                .execute();
        List<Object[]> inputs = run.batchIds().stream().map(id -> new Object[]{run.runId(), id}).toList();
        insert(() -> db.batch(db.insertInto(ALLOCATION_RUN_INPUT).values(new Object[2])), inputs);
        List<Object[]> flows = new ArrayList<>();
        for (int i = 0; i < run.flows().size(); i++) {
            Flow f = run.flows().get(i);
            flows.add(new Object[]{run.runId(), i + 1, f.stage(), f.kind().name(), f.ruleNo(), f.pool(), f.sender(),
                    f.receiver(), f.service(), f.basis().word(), f.driver(), f.quantity(),
                    f.rate() == null ? null : f.rate().toPlainString(), f.amount()});
        }
        insert(() -> db.batch(db.insertInto(ALLOCATION_FLOW).values(new Object[14])), flows);
        List<Object[]> pools = new ArrayList<>();
        for (PoolResult p : run.pools()) {
            pools.add(new Object[]{run.runId(), p.ruleNo(), p.pool(), p.costCenter(), p.service(), p.stage(), p.own(),
                    p.received(), p.allocated(), p.remainder()});
        }
        insert(() -> db.batch(db.insertInto(ALLOCATION_POOL).values(new Object[10])), pools);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** Inserts in JDBC batches of {@link #BATCH} rows; a fresh jOOQ batch each time (binds accumulate). */
    private static void insert(java.util.function.Supplier<BatchBindStep> batch, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            BatchBindStep step = batch.get();
            for (Object[] row : rows.subList(from, Math.min(rows.size(), from + BATCH))) {
                step = step.bind(row);
            }
            step.execute();
        }
    }

    /** Walks the whole chain in order: every hash recomputed, every link checked, every entry balanced. */
    public LedgerVerification verify() {
        List<String> problems = new ArrayList<>();
        String previous = LedgerHash.GENESIS;
        long entries = 0;
        long lines = 0;
        long expectedSeq = 1;
        var cursor = db.select().from(LEDGER_ENTRY).join(LEDGER_LINE).on(LEDGER_LINE.SEQ.eq(LEDGER_ENTRY.SEQ))
                .orderBy(LEDGER_ENTRY.SEQ, LEDGER_LINE.LINE_NO).fetchLazy();
        Record current = null;
        List<JournalLine> currentLines = new ArrayList<>();
        try (cursor) {
            for (Record r : cursor) {
                if (current != null && !current.get(LEDGER_ENTRY.SEQ).equals(r.get(LEDGER_ENTRY.SEQ))) {
                    previous = check(current, currentLines, previous, expectedSeq++, problems);
                    entries++;
                    currentLines = new ArrayList<>();
                }
                current = r;
                lines++;
                currentLines.add(new JournalLine(r.get(LEDGER_LINE.LINE_NO), r.get(LEDGER_LINE.COST_CENTER),
                        r.get(LEDGER_LINE.ACCOUNT), r.get(LEDGER_LINE.DEBIT_MINOR), r.get(LEDGER_LINE.CREDIT_MINOR),
                        r.get(LEDGER_LINE.FLOW_NO)));
            }
        }
        if (current != null) {
            previous = check(current, currentLines, previous, expectedSeq, problems);
            entries++;
        }
        long total = db.fetchCount(LEDGER_ENTRY);
        if (total != entries) {
            problems.add(total - entries + " ledger entries have no lines");
        }
        anchors(previous, problems);
        return new LedgerVerification(entries, lines, previous, problems);
    }

    /**
     * Each run recorded the chain head it left (also in its manifest.json): every such hash must still be in the
     * chain, and the newest run's must be its head, so removing entries from the end is found too.
     */
    private void anchors(String head, List<String> problems) {
        var runs = db.select(ALLOCATION_RUN.RUN_ID, ALLOCATION_RUN.LEDGER_HASH).from(ALLOCATION_RUN)
                .orderBy(ALLOCATION_RUN.POSTED_AT, ALLOCATION_RUN.RUN_ID).fetch();
        var hashes = new java.util.HashSet<>(db.select(LEDGER_ENTRY.ENTRY_HASH).from(LEDGER_ENTRY)
                .fetch(LEDGER_ENTRY.ENTRY_HASH));
        for (var r : runs) {
            if (!hashes.contains(r.value2())) {
                problems.add("run " + r.value1() + ": its last entry (hash " + r.value2().substring(0, 16)
                        + "...) is no longer in the ledger");
            }
        }
        if (!runs.isEmpty() && !runs.getLast().value2().equals(head)) {
            problems.add("the chain ends at " + head.substring(0, 16) + "..., not at the last run's head "
                    + runs.getLast().value2().substring(0, 16) + "... (" + runs.getLast().value1()
                    + "): entries were added or removed after it");
        }
    }

    private static String check(Record r, List<JournalLine> lines, String previous, long expectedSeq,
                                List<String> problems) {
        long seq = r.get(LEDGER_ENTRY.SEQ);
        String where = "entry seq " + seq + " (run " + r.get(LEDGER_ENTRY.RUN_ID) + " entry "
                + r.get(LEDGER_ENTRY.ENTRY_NO) + ")";
        if (seq != expectedSeq) {
            problems.add(where + ": expected seq " + expectedSeq + "; an entry is missing");
        }
        if (!r.get(LEDGER_ENTRY.PREV_HASH).equals(previous)) {
            problems.add(where + ": previous hash does not match the entry before it");
        }
        JournalEntry e = new JournalEntry(r.get(LEDGER_ENTRY.ENTRY_NO), JournalEntry.Kind.valueOf(r.get(LEDGER_ENTRY.KIND)),
                r.get(LEDGER_ENTRY.RULE_NO), r.get(LEDGER_ENTRY.POOL), r.get(LEDGER_ENTRY.MEMO),
                r.get(LEDGER_ENTRY.REVERSES_RUN_ID), r.get(LEDGER_ENTRY.REVERSES_ENTRY_NO), lines);
        String hash = LedgerHash.of(r.get(LEDGER_ENTRY.PREV_HASH), r.get(LEDGER_ENTRY.RUN_ID), r.get(LEDGER_ENTRY.PERIOD),
                r.get(LEDGER_ENTRY.CURRENCY), r.get(LEDGER_ENTRY.POSTED_AT).toInstant().toEpochMilli(), e);
        if (!hash.equals(r.get(LEDGER_ENTRY.ENTRY_HASH))) {
            problems.add(where + ": content does not match its hash (changed after posting)");
        }
        if (!e.balances()) {
            problems.add(where + ": debits " + e.debits() + " != credits " + e.credits());
        }
        return r.get(LEDGER_ENTRY.ENTRY_HASH);
    }
}
