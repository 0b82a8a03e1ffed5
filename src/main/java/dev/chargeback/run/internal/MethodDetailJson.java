package dev.chargeback.run.internal;

import dev.chargeback.allocation.AllocationResult;
import dev.chargeback.allocation.MethodDetail;
import dev.chargeback.allocation.Money;
import dev.chargeback.allocation.PoolResult;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The working of a run as JSON (method-detail.json): numbers as decimal strings, never floats. */
final class MethodDetailJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MethodDetailJson() {
    }

    static String of(String runId, String period, AllocationResult result) {
        Money money = result.money();
        MethodDetail d = result.detail();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("run_id", runId);
        json.put("period", period);
        json.put("method", d.method());
        json.put("currency", money.currency());
        if (!d.stepOrder().isEmpty()) {
            json.put("step_order", d.stepOrder());
            json.put("step_order_source", d.stepOrderSource());
        }
        List<Map<String, Object>> pools = new ArrayList<>();
        for (PoolResult p : result.pools()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("pool", p.pool());
            m.put("cost_center", p.costCenter());
            m.put("service", p.service());
            m.put("stage", p.stage());
            m.put("own", money.format(p.own()));
            m.put("received", money.format(p.received()));
            m.put("total", money.format(p.total()));
            m.put("allocated", money.format(p.allocated()));
            m.put("remainder", money.format(p.remainder()));
            pools.add(m);
        }
        json.put("pools", pools);
        if (d.reciprocal() != null) {
            json.put("reciprocal", reciprocal(d.reciprocal()));
        }
        List<Map<String, Object>> tdabc = new ArrayList<>();
        for (MethodDetail.Tdabc t : d.tdabc()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("pool", t.pool());
            m.put("cost_center", t.costCenter());
            m.put("cost", plain(t.cost()));
            m.put("capacity", plain(t.capacity()));
            m.put("used", plain(t.used()));
            m.put("rate", plain(t.rate()));
            m.put("unused_time", plain(t.unusedTime()));
            m.put("unused_amount", money.format(t.unusedAmount()));
            m.put("over_capacity", t.overCapacity());
            tdabc.add(m);
        }
        json.put("tdabc", tdabc);
        List<Map<String, Object>> rates = new ArrayList<>();
        for (MethodDetail.RateCard r : d.rates()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("pool", r.pool());
            m.put("cost_center", r.costCenter());
            m.put("rate", plain(r.rate()));
            m.put("quantity", plain(r.quantity()));
            m.put("pool_total", money.format(r.poolTotal()));
            m.put("charged", money.format(r.charged()));
            m.put("recovery", money.format(r.recovery()));
            m.put("recovery_to", r.recoveryTo());
            rates.add(m);
        }
        json.put("rates", rates);
        json.put("warnings", result.warnings());
        return JSON.writeValueAsString(json);
    }

    private static Map<String, Object> reciprocal(MethodDetail.Reciprocal r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("equation", "F = own + constant_inflows + A^T F; shares[i] maps pool j to the fraction of F_i it receives");
        m.put("pools", r.pools());
        m.put("own", r.own().stream().map(MethodDetailJson::plain).toList());
        m.put("constant_inflows", r.constantInflows().stream().map(MethodDetailJson::plain).toList());
        List<Map<String, String>> shares = new ArrayList<>();
        for (Map<String, BigDecimal> row : r.shares()) {
            Map<String, String> s = new LinkedHashMap<>();
            row.forEach((k, v) -> s.put(k, plain(v)));
            shares.add(s);
        }
        m.put("shares", shares);
        m.put("full_cost", r.solution().stream().map(MethodDetailJson::plain).toList());
        return m;
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }
}
