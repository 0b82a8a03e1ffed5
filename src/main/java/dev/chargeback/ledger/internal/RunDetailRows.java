package dev.chargeback.ledger.internal;

import dev.chargeback.database.BulkInsert;
import dev.chargeback.ledger.RunId;
import dev.chargeback.allocation.MethodDetail;
import dev.chargeback.db.tables.records.RunRateCardRecord;
import dev.chargeback.db.tables.records.RunReciprocalPoolRecord;
import dev.chargeback.db.tables.records.RunReciprocalShareRecord;
import dev.chargeback.db.tables.records.RunStepRecord;
import dev.chargeback.db.tables.records.RunTdabcRecord;
import dev.chargeback.db.tables.records.RunWarningRecord;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.chargeback.db.Tables.RUN_RATE_CARD;
import static dev.chargeback.db.Tables.RUN_RECIPROCAL_POOL;
import static dev.chargeback.db.Tables.RUN_RECIPROCAL_SHARE;
import static dev.chargeback.db.Tables.RUN_STEP;
import static dev.chargeback.db.Tables.RUN_TDABC;
import static dev.chargeback.db.Tables.RUN_WARNING;
import static dev.chargeback.ledger.internal.ExactDecimals.exact;
import static dev.chargeback.ledger.internal.ExactDecimals.scaleOf;

/**
 * A run's warnings and the working of its method as typed rows (sql/V004): written in the posting transaction,
 * read back as the core's {@link MethodDetail} records. The step order's source is on the run's header row.
 */
final class RunDetailRows {
    private final DSLContext db;

    RunDetailRows(DSLContext db) {
        this.db = db;
    }

    void insert(RunId runId, List<String> warnings, MethodDetail detail) {
        List<RunWarningRecord> warningRows = new ArrayList<>();
        for (String w : warnings) {
            warningRows.add(db.newRecord(RUN_WARNING).with(RUN_WARNING.RUN_ID, runId)
                    .with(RUN_WARNING.SEQ, warningRows.size() + 1).with(RUN_WARNING.MESSAGE, w));
        }
        BulkInsert.insert(db, RUN_WARNING, warningRows);
        List<RunStepRecord> steps = new ArrayList<>();
        for (String costCenter : detail.stepOrder()) {
            steps.add(db.newRecord(RUN_STEP).with(RUN_STEP.RUN_ID, runId).with(RUN_STEP.STEP_NO, steps.size() + 1)
                    .with(RUN_STEP.COST_CENTER, costCenter));
        }
        BulkInsert.insert(db, RUN_STEP, steps);
        if (detail.reciprocal() != null) {
            insertReciprocal(runId, detail.reciprocal());
        }
        insertTdabc(runId, detail.tdabc());
        insertRateCards(runId, detail.rates());
    }

    private void insertReciprocal(RunId runId, MethodDetail.Reciprocal r) {
        List<RunReciprocalPoolRecord> pools = new ArrayList<>();
        List<RunReciprocalShareRecord> shares = new ArrayList<>();
        for (int i = 0; i < r.pools().size(); i++) {
            int poolNo = i + 1;
            pools.add(db.newRecord(RUN_RECIPROCAL_POOL).with(RUN_RECIPROCAL_POOL.RUN_ID, runId)
                    .with(RUN_RECIPROCAL_POOL.POOL_NO, poolNo).with(RUN_RECIPROCAL_POOL.POOL, r.pools().get(i))
                    .with(RUN_RECIPROCAL_POOL.OWN, r.own().get(i))
                    .with(RUN_RECIPROCAL_POOL.OWN_SCALE, scaleOf(r.own().get(i)))
                    .with(RUN_RECIPROCAL_POOL.CONSTANT_INFLOW, r.constantInflows().get(i))
                    .with(RUN_RECIPROCAL_POOL.CONSTANT_INFLOW_SCALE, scaleOf(r.constantInflows().get(i)))
                    .with(RUN_RECIPROCAL_POOL.FULL_COST, r.solution().get(i))
                    .with(RUN_RECIPROCAL_POOL.FULL_COST_SCALE, scaleOf(r.solution().get(i))));
            int shareNo = 0;
            for (Map.Entry<String, BigDecimal> s : r.shares().get(i).entrySet()) {
                shares.add(db.newRecord(RUN_RECIPROCAL_SHARE).with(RUN_RECIPROCAL_SHARE.RUN_ID, runId)
                        .with(RUN_RECIPROCAL_SHARE.POOL_NO, poolNo).with(RUN_RECIPROCAL_SHARE.SHARE_NO, ++shareNo)
                        .with(RUN_RECIPROCAL_SHARE.RECEIVER, s.getKey()).with(RUN_RECIPROCAL_SHARE.SHARE, s.getValue())
                        .with(RUN_RECIPROCAL_SHARE.SHARE_SCALE, scaleOf(s.getValue())));
            }
        }
        BulkInsert.insert(db, RUN_RECIPROCAL_POOL, pools);
        BulkInsert.insert(db, RUN_RECIPROCAL_SHARE, shares);
    }

    private void insertTdabc(RunId runId, List<MethodDetail.Tdabc> tdabc) {
        List<RunTdabcRecord> rows = new ArrayList<>();
        for (MethodDetail.Tdabc t : tdabc) {
            rows.add(db.newRecord(RUN_TDABC).with(RUN_TDABC.RUN_ID, runId).with(RUN_TDABC.SEQ, rows.size() + 1)
                    .with(RUN_TDABC.POOL, t.pool()).with(RUN_TDABC.COST_CENTER, t.costCenter())
                    .with(RUN_TDABC.COST, t.cost()).with(RUN_TDABC.COST_SCALE, scaleOf(t.cost()))
                    .with(RUN_TDABC.CAPACITY, t.capacity()).with(RUN_TDABC.CAPACITY_SCALE, scaleOf(t.capacity()))
                    .with(RUN_TDABC.USED, t.used()).with(RUN_TDABC.USED_SCALE, scaleOf(t.used()))
                    .with(RUN_TDABC.RATE, t.rate()).with(RUN_TDABC.RATE_SCALE, scaleOf(t.rate()))
                    .with(RUN_TDABC.UNUSED_TIME, t.unusedTime())
                    .with(RUN_TDABC.UNUSED_TIME_SCALE, scaleOf(t.unusedTime()))
                    .with(RUN_TDABC.UNUSED_AMOUNT_MINOR, t.unusedAmount())
                    .with(RUN_TDABC.OVER_CAPACITY, t.overCapacity()));
        }
        BulkInsert.insert(db, RUN_TDABC, rows);
    }

    private void insertRateCards(RunId runId, List<MethodDetail.RateCard> rates) {
        List<RunRateCardRecord> rows = new ArrayList<>();
        for (MethodDetail.RateCard r : rates) {
            rows.add(db.newRecord(RUN_RATE_CARD).with(RUN_RATE_CARD.RUN_ID, runId)
                    .with(RUN_RATE_CARD.SEQ, rows.size() + 1).with(RUN_RATE_CARD.POOL, r.pool())
                    .with(RUN_RATE_CARD.COST_CENTER, r.costCenter())
                    .with(RUN_RATE_CARD.RATE, r.rate()).with(RUN_RATE_CARD.RATE_SCALE, scaleOf(r.rate()))
                    .with(RUN_RATE_CARD.QUANTITY, r.quantity())
                    .with(RUN_RATE_CARD.QUANTITY_SCALE, scaleOf(r.quantity()))
                    .with(RUN_RATE_CARD.POOL_TOTAL_MINOR, r.poolTotal()).with(RUN_RATE_CARD.CHARGED_MINOR, r.charged())
                    .with(RUN_RATE_CARD.RECOVERY_MINOR, r.recovery()).with(RUN_RATE_CARD.RECOVERY_TO, r.recoveryTo()));
        }
        BulkInsert.insert(db, RUN_RATE_CARD, rows);
    }

    List<String> warnings(RunId runId) {
        return db.select(RUN_WARNING.MESSAGE).from(RUN_WARNING).where(RUN_WARNING.RUN_ID.eq(runId))
                .orderBy(RUN_WARNING.SEQ).fetch(RUN_WARNING.MESSAGE);
    }

    MethodDetail methodDetail(RunId runId, String method, String stepOrderSource) {
        List<String> steps = db.select(RUN_STEP.COST_CENTER).from(RUN_STEP).where(RUN_STEP.RUN_ID.eq(runId))
                .orderBy(RUN_STEP.STEP_NO).fetch(RUN_STEP.COST_CENTER);
        List<MethodDetail.Tdabc> tdabc = db.selectFrom(RUN_TDABC).where(RUN_TDABC.RUN_ID.eq(runId))
                .orderBy(RUN_TDABC.SEQ).fetch(t -> new MethodDetail.Tdabc(t.getPool(), t.getCostCenter(),
                        exact(t.getCost(), t.getCostScale()), exact(t.getCapacity(), t.getCapacityScale()),
                        exact(t.getUsed(), t.getUsedScale()), exact(t.getRate(), t.getRateScale()),
                        exact(t.getUnusedTime(), t.getUnusedTimeScale()), t.getUnusedAmountMinor(),
                        t.getOverCapacity()));
        List<MethodDetail.RateCard> rates = db.selectFrom(RUN_RATE_CARD).where(RUN_RATE_CARD.RUN_ID.eq(runId))
                .orderBy(RUN_RATE_CARD.SEQ).fetch(r -> new MethodDetail.RateCard(r.getPool(), r.getCostCenter(),
                        exact(r.getRate(), r.getRateScale()), exact(r.getQuantity(), r.getQuantityScale()),
                        r.getPoolTotalMinor(), r.getChargedMinor(), r.getRecoveryMinor(), r.getRecoveryTo()));
        return new MethodDetail(method, steps, stepOrderSource, reciprocal(runId), tdabc, rates);
    }

    private MethodDetail.Reciprocal reciprocal(RunId runId) {
        var pools = db.selectFrom(RUN_RECIPROCAL_POOL).where(RUN_RECIPROCAL_POOL.RUN_ID.eq(runId))
                .orderBy(RUN_RECIPROCAL_POOL.POOL_NO).fetch();
        if (pools.isEmpty()) {
            return null;
        }
        List<Map<String, BigDecimal>> shares = new ArrayList<>();
        pools.forEach(p -> shares.add(new LinkedHashMap<>()));
        db.selectFrom(RUN_RECIPROCAL_SHARE).where(RUN_RECIPROCAL_SHARE.RUN_ID.eq(runId))
                .orderBy(RUN_RECIPROCAL_SHARE.POOL_NO, RUN_RECIPROCAL_SHARE.SHARE_NO)
                .forEach(s -> shares.get(s.getPoolNo() - 1).put(s.getReceiver(), exact(s.getShare(), s.getShareScale())));
        return new MethodDetail.Reciprocal(pools.map(RunReciprocalPoolRecord::getPool),
                pools.map(p -> exact(p.getOwn(), p.getOwnScale())),
                pools.map(p -> exact(p.getConstantInflow(), p.getConstantInflowScale())),
                shares.stream().map(java.util.Collections::unmodifiableMap).toList(),
                pools.map(p -> exact(p.getFullCost(), p.getFullCostScale())));
    }
}
