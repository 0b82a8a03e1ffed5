package dev.chargeback.ledger.internal;

import dev.chargeback.database.BulkInsert;
import dev.chargeback.database.MadeRows;
import dev.chargeback.database.WrittenRows;
import dev.chargeback.ledger.RunId;
import dev.chargeback.allocation.Flow;
import dev.chargeback.ledger.ChainAnchor;
import dev.chargeback.ledger.InputsCheck;
import dev.chargeback.ledger.JournalEntry;
import dev.chargeback.ledger.JournalLine;
import dev.chargeback.ledger.Ledger;
import dev.chargeback.ledger.LedgerHash;
import dev.chargeback.ledger.LedgerVerification;
import dev.chargeback.ledger.PostedRun;
import dev.chargeback.ledger.RunSummary;
import dev.chargeback.db.tables.records.LedgerEntryRecord;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.YearMonth;
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
final class LedgerStore implements Ledger {
    private final DSLContext db;
    private final RunDetailRows details;
    private final RecordChain chain;

    LedgerStore(DSLContext db) {
        this.db = db;
        this.details = new RunDetailRows(db);
        this.chain = new RecordChain(db);
    }

    /** The run of a period that is in force: the newest one that no later run supersedes. */
    @Override
    public Optional<RunId> runInForce(YearMonth period) {
        var superseded = db.select(ALLOCATION_RUN.SUPERSEDES_RUN_ID).from(ALLOCATION_RUN)
                .where(ALLOCATION_RUN.SUPERSEDES_RUN_ID.isNotNull());
        return db.select(ALLOCATION_RUN.RUN_ID).from(ALLOCATION_RUN)
                .where(ALLOCATION_RUN.PERIOD.eq(period), ALLOCATION_RUN.RUN_ID.notIn(superseded))
                .orderBy(ALLOCATION_RUN.POSTED_AT.desc()).limit(1).fetchOptional(ALLOCATION_RUN.RUN_ID);
    }

    /** Every posted run, oldest first, marking the one in force for its period. */
    @Override
    public List<RunSummary> runs() {
        var superseded = new java.util.HashSet<>(db.select(ALLOCATION_RUN.SUPERSEDES_RUN_ID).from(ALLOCATION_RUN)
                .where(ALLOCATION_RUN.SUPERSEDES_RUN_ID.isNotNull()).fetch(ALLOCATION_RUN.SUPERSEDES_RUN_ID));
        return db.selectFrom(ALLOCATION_RUN).orderBy(ALLOCATION_RUN.PERIOD, ALLOCATION_RUN.POSTED_AT)
                .fetch(r -> new RunSummary(r.getRunId(), r.getPeriod(), r.getMethod(), r.getActor(),
                        r.getPostedAt().toInstant().toString(), r.getSupersedesRunId(),
                        !superseded.contains(r.getRunId())));
    }

    @Override
    public Optional<YearMonth> periodOf(RunId runId) {
        return db.select(ALLOCATION_RUN.PERIOD).from(ALLOCATION_RUN).where(ALLOCATION_RUN.RUN_ID.eq(runId))
                .fetchOptional(ALLOCATION_RUN.PERIOD);
    }

    @Override
    public int runCount() {
        return db.fetchCount(ALLOCATION_RUN);
    }

    /** The allocation entries a run posted (not its reversals), with their lines, in entry order. */
    @Override
    public List<JournalEntry> allocationEntries(RunId runId) {
        return entries(runId, JournalEntry.Kind.ALLOCATION);
    }

    @Override
    public List<JournalEntry> reversalEntries(RunId runId) {
        return entries(runId, JournalEntry.Kind.REVERSAL);
    }

    private List<JournalEntry> entries(RunId runId, JournalEntry.Kind kind) {
        Map<Integer, List<JournalLine>> lines = new LinkedHashMap<>();
        Map<Integer, Record> heads = new LinkedHashMap<>();
        // the columns used, not the entry's hashes and the rest repeated on each of 100,000 lines
        try (var rows = db.select(LEDGER_ENTRY.ENTRY_NO, LEDGER_ENTRY.KIND, LEDGER_ENTRY.RULE_NO, LEDGER_ENTRY.POOL,
                        LEDGER_ENTRY.MEMO, LEDGER_ENTRY.REVERSES_RUN_ID, LEDGER_ENTRY.REVERSES_ENTRY_NO,
                        LEDGER_LINE.LINE_NO, LEDGER_LINE.COST_CENTER, LEDGER_LINE.ACCOUNT, LEDGER_LINE.DEBIT_MINOR,
                        LEDGER_LINE.CREDIT_MINOR, LEDGER_LINE.FLOW_NO)
                .from(LEDGER_ENTRY).join(LEDGER_LINE).on(LEDGER_LINE.SEQ.eq(LEDGER_ENTRY.SEQ))
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
        heads.forEach((no, r) -> out.add(new JournalEntry(no, r.get(LEDGER_ENTRY.KIND),
                r.get(LEDGER_ENTRY.RULE_NO), r.get(LEDGER_ENTRY.POOL), r.get(LEDGER_ENTRY.MEMO),
                r.get(LEDGER_ENTRY.REVERSES_RUN_ID), r.get(LEDGER_ENTRY.REVERSES_ENTRY_NO), lines.get(no))));
        return out;
    }

    @Override
    public InputsCheck checkInputs(List<Long> batchIds) {
        return InputsCheck.start(() -> new SealedInputs(db, chain).requireIntact(batchIds));
    }

    @Override
    public String post(PostedRun run) {
        new SealedInputs(db, chain).requireIntact(run.batchIds());
        return post(run, InputsCheck.PASSED);
    }

    @Override
    public String post(PostedRun run, InputsCheck inputs) {
        chain.adoptExisting(); // a ledger from before the records chain: sealed now, in this transaction
        inputs.await();
        Record head = db.select(LEDGER_ENTRY.SEQ, LEDGER_ENTRY.ENTRY_HASH).from(LEDGER_ENTRY)
                .orderBy(LEDGER_ENTRY.SEQ.desc()).limit(1).fetchOne();
        long seq = head == null ? 0 : head.get(LEDGER_ENTRY.SEQ);
        String previous = head == null ? LedgerHash.GENESIS : head.get(LEDGER_ENTRY.ENTRY_HASH);
        OffsetDateTime postedAt = utc(run.postedAt());
        long millis = run.postedAt().toEpochMilli();
        long firstSeq = seq + 1;
        List<LedgerEntryRecord> entryRows = new ArrayList<>();
        List<JournalEntry> all = new ArrayList<>(run.reversals());
        all.addAll(run.entries());
        int[] linesBefore = new int[all.size() + 1]; // per entry, the lines of the entries before it
        for (JournalEntry e : all) {
            seq++;
            String hash = LedgerHash.of(previous, run.runId().value(), run.period().toString(), run.currency(), millis, e);
            entryRows.add(entryRow(run, e, seq, postedAt, previous, hash));
            linesBefore[entryRows.size()] = linesBefore[entryRows.size() - 1] + e.lines().size();
            previous = hash;
        }
        int[] entryOf = new int[linesBefore[all.size()]]; // per line of the posting, its entry
        for (int e = 0; e < all.size(); e++) {
            java.util.Arrays.fill(entryOf, linesBefore[e], linesBefore[e + 1], e);
        }
        WrittenRows written = new WrittenRows();
        insertRun(run, previous, written);
        BulkInsert.insert(db, LEDGER_ENTRY, entryRows);
        BulkInsert.insertInKeyOrder(db, LEDGER_LINE, MadeRows.of(linesBefore[all.size()], i -> {
            int entry = entryOf[i];
            JournalLine l = all.get(entry).lines().get(i - linesBefore[entry]);
            return db.newRecord(LEDGER_LINE).with(LEDGER_LINE.SEQ, firstSeq + entry)
                    .with(LEDGER_LINE.LINE_NO, l.lineNo()).with(LEDGER_LINE.COST_CENTER, l.costCenter())
                    .with(LEDGER_LINE.ACCOUNT, l.account()).with(LEDGER_LINE.DEBIT_MINOR, l.debit())
                    .with(LEDGER_LINE.CREDIT_MINOR, l.credit()).with(LEDGER_LINE.FLOW_NO, l.flowNo());
        }));
        chain.seal(SealKind.RUN, run.runId(), written);
        return previous;
    }

    private LedgerEntryRecord entryRow(PostedRun run, JournalEntry e, long seq, OffsetDateTime postedAt,
                                       String previous, String hash) {
        return db.newRecord(LEDGER_ENTRY).with(LEDGER_ENTRY.SEQ, seq).with(LEDGER_ENTRY.RUN_ID, run.runId())
                .with(LEDGER_ENTRY.ENTRY_NO, e.entryNo()).with(LEDGER_ENTRY.PERIOD, run.period())
                .with(LEDGER_ENTRY.KIND, e.kind()).with(LEDGER_ENTRY.RULE_NO, e.ruleNo())
                .with(LEDGER_ENTRY.POOL, e.pool()).with(LEDGER_ENTRY.CURRENCY, run.currency())
                .with(LEDGER_ENTRY.MEMO, e.memo()).with(LEDGER_ENTRY.REVERSES_RUN_ID, e.reversesRunId())
                .with(LEDGER_ENTRY.REVERSES_ENTRY_NO, e.reversesEntryNo()).with(LEDGER_ENTRY.POSTED_AT, postedAt)
                .with(LEDGER_ENTRY.PREV_HASH, previous).with(LEDGER_ENTRY.ENTRY_HASH, hash);
    }

    private void insertRun(PostedRun run, String ledgerHash, WrittenRows written) {
        db.insertInto(ALLOCATION_RUN)
                .set(ALLOCATION_RUN.RUN_ID, run.runId()).set(ALLOCATION_RUN.PERIOD, run.period())
                .set(ALLOCATION_RUN.METHOD, run.method()).set(ALLOCATION_RUN.CURRENCY, run.currency())
                .set(ALLOCATION_RUN.RULES_SHA256, run.rulesSha256()).set(ALLOCATION_RUN.RULES_FILE, run.rulesFile())
                .set(ALLOCATION_RUN.RULES_TEXT, run.rulesText())
                .set(ALLOCATION_RUN.INPUTS_SHA256, run.inputsSha256())
                .set(ALLOCATION_RUN.SUPERSEDES_RUN_ID, run.supersedesRunId()).set(ALLOCATION_RUN.ACTOR, run.actor())
                .set(ALLOCATION_RUN.CODE_VERSION, run.codeVersion())
                .set(ALLOCATION_RUN.STARTED_AT, utc(run.startedAt())).set(ALLOCATION_RUN.POSTED_AT, utc(run.postedAt()))
                .set(ALLOCATION_RUN.COST_IN_MINOR, run.costIn()).set(ALLOCATION_RUN.ALLOCATED_MINOR, run.allocated())
                .set(ALLOCATION_RUN.REMAINDER_MINOR, run.remainder())
                .set(ALLOCATION_RUN.ACCEPTED_REJECTS, run.acceptedRejects())
                .set(ALLOCATION_RUN.ROWS_REJECTED, run.rowsRejected()).set(ALLOCATION_RUN.LEDGER_HASH, ledgerHash)
                .set(ALLOCATION_RUN.STEP_ORDER_SOURCE, run.methodDetail().stepOrder().isEmpty() ? null
                        : run.methodDetail().stepOrderSource())
                .execute();
        BulkInsert.insert(db, ALLOCATION_RUN_INPUT, run.batchIds().stream().map(id -> db.newRecord(ALLOCATION_RUN_INPUT)
                .with(ALLOCATION_RUN_INPUT.RUN_ID, run.runId()).with(ALLOCATION_RUN_INPUT.BATCH_ID, id)).toList());
        List<Flow> flows = run.flows();
        BulkInsert.insertInKeyOrder(db, ALLOCATION_FLOW, written.hold(ALLOCATION_FLOW, MadeRows.of(flows.size(), i -> {
            Flow f = flows.get(i);
            return db.newRecord(ALLOCATION_FLOW).with(ALLOCATION_FLOW.RUN_ID, run.runId())
                    .with(ALLOCATION_FLOW.FLOW_NO, i + 1).with(ALLOCATION_FLOW.STAGE, f.stage())
                    .with(ALLOCATION_FLOW.KIND, f.kind()).with(ALLOCATION_FLOW.RULE_NO, f.ruleNo())
                    .with(ALLOCATION_FLOW.POOL, f.pool()).with(ALLOCATION_FLOW.SENDER, f.sender())
                    .with(ALLOCATION_FLOW.RECEIVER, f.receiver()).with(ALLOCATION_FLOW.SERVICE, f.service())
                    .with(ALLOCATION_FLOW.BASIS, f.basis().word()).with(ALLOCATION_FLOW.DRIVER, f.driver())
                    .with(ALLOCATION_FLOW.QUANTITY, f.quantity())
                    .with(ALLOCATION_FLOW.RATE, f.rate() == null ? null : f.rate().toPlainString())
                    .with(ALLOCATION_FLOW.AMOUNT_MINOR, f.amount());
        })));
        BulkInsert.insert(db, ALLOCATION_POOL, run.pools().stream().map(p -> db.newRecord(ALLOCATION_POOL)
                .with(ALLOCATION_POOL.RUN_ID, run.runId()).with(ALLOCATION_POOL.RULE_NO, p.ruleNo())
                .with(ALLOCATION_POOL.POOL, p.pool()).with(ALLOCATION_POOL.COST_CENTER, p.costCenter())
                .with(ALLOCATION_POOL.SERVICE, p.service()).with(ALLOCATION_POOL.STAGE, p.stage())
                .with(ALLOCATION_POOL.OWN_MINOR, p.own()).with(ALLOCATION_POOL.RECEIVED_MINOR, p.received())
                .with(ALLOCATION_POOL.ALLOCATED_MINOR, p.allocated())
                .with(ALLOCATION_POOL.REMAINDER_MINOR, p.remainder())).toList());
        details.insert(run.runId(), run.warnings(), run.methodDetail());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /**
     * Walks the journal's chain in order (every hash recomputed, every link checked, every entry balanced), then the
     * records chain ({@link RecordChain#verify}), the runs' recorded heads, the heads kept outside the database and
     * the period states.
     */
    @Override
    public LedgerVerification verify(List<ChainAnchor> kept) {
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
        long allLines = db.fetchCount(LEDGER_LINE);
        if (allLines != lines) {
            // on H2 no foreign key refuses them (sql/h2/V010_1): a line of no entry was written outside the engine
            problems.add(allLines - lines + " journal lines belong to no ledger entry (written outside the engine)");
        }
        RecordChain.Walk records = chain.verify(problems);
        anchors(previous, problems);
        ChainAudit audit = new ChainAudit(db);
        audit.kept(kept, problems);
        audit.periodStates(problems);
        return new LedgerVerification(entries, lines, previous, records.links(), records.records(), records.head(),
                kept.size(), problems);
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
        JournalEntry e = new JournalEntry(r.get(LEDGER_ENTRY.ENTRY_NO), r.get(LEDGER_ENTRY.KIND),
                r.get(LEDGER_ENTRY.RULE_NO), r.get(LEDGER_ENTRY.POOL), r.get(LEDGER_ENTRY.MEMO),
                r.get(LEDGER_ENTRY.REVERSES_RUN_ID), r.get(LEDGER_ENTRY.REVERSES_ENTRY_NO), lines);
        String hash = LedgerHash.of(r.get(LEDGER_ENTRY.PREV_HASH), r.get(LEDGER_ENTRY.RUN_ID).value(),
                r.get(LEDGER_ENTRY.PERIOD).toString(),
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
