package dev.chargeback.report.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.chargeback.allocation.MethodDetail;
import dev.chargeback.allocation.Money;
import dev.chargeback.allocation.PoolResult;
import dev.chargeback.ledger.RunHeader;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** method-detail.json: the working of a run, so that a cost accountant can redo it; numbers as decimal strings. */
final class MethodDetailJson implements OutputFile {
    private static final String EQUATION =
            "F = own + constant_inflows + A^T F; shares[i] maps pool j to the fraction of F_i it receives";

    record Document(String runId, String period, String method, String currency,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> stepOrder,
                    @JsonInclude(JsonInclude.Include.NON_NULL) String stepOrderSource, List<Pool> pools,
                    @JsonInclude(JsonInclude.Include.NON_NULL) Reciprocal reciprocal, List<Tdabc> tdabc,
                    List<RateCard> rates, List<String> warnings) {
    }

    record Pool(String pool, String costCenter, String service, int stage, String own, String received, String total,
                String allocated, String remainder) {
    }

    record Reciprocal(String equation, List<String> pools, List<String> own, List<String> constantInflows,
                      List<Map<String, String>> shares, List<String> fullCost) {
    }

    record Tdabc(String pool, String costCenter, String cost, String capacity, String used, String rate,
                 String unusedTime, String unusedAmount, boolean overCapacity) {
    }

    record RateCard(String pool, String costCenter, String rate, String quantity, String poolTotal, String charged,
                    String recovery, String recoveryTo) {
    }

    @Override
    public String name() {
        return "method-detail.json";
    }

    @Override
    public boolean write(RunSource run, Path file) {
        if (!run.posted()) {
            return false;
        }
        RunHeader h = run.archive().header(run.runId());
        MethodDetail d = run.archive().methodDetail(run.runId());
        Money money = run.money();
        Json.write(file, new Document(h.runId().value(), h.period().toString(), d.method(), h.currency(), d.stepOrder(),
                d.stepOrder().isEmpty() ? null : d.stepOrderSource(),
                run.archive().pools(run.runId()).stream().map(p -> pool(p, money)).toList(),
                d.reciprocal() == null ? null : reciprocal(d.reciprocal()),
                d.tdabc().stream().map(t -> tdabc(t, money)).toList(),
                d.rates().stream().map(r -> rateCard(r, money)).toList(), run.archive().warnings(run.runId())));
        return true;
    }

    private static Pool pool(PoolResult p, Money money) {
        return new Pool(p.pool(), p.costCenter(), p.service(), p.stage(), money.format(p.own()),
                money.format(p.received()), money.format(p.total()), money.format(p.allocated()),
                money.format(p.remainder()));
    }

    private static Reciprocal reciprocal(MethodDetail.Reciprocal r) {
        List<Map<String, String>> shares = r.shares().stream().map(row -> {
            Map<String, String> named = new LinkedHashMap<>();
            row.forEach((pool, share) -> named.put(pool, plain(share)));
            return named;
        }).toList();
        return new Reciprocal(EQUATION, r.pools(), plain(r.own()), plain(r.constantInflows()), shares,
                plain(r.solution()));
    }

    private static Tdabc tdabc(MethodDetail.Tdabc t, Money money) {
        return new Tdabc(t.pool(), t.costCenter(), plain(t.cost()), plain(t.capacity()), plain(t.used()),
                plain(t.rate()), plain(t.unusedTime()), money.format(t.unusedAmount()), t.overCapacity());
    }

    private static RateCard rateCard(MethodDetail.RateCard r, Money money) {
        return new RateCard(r.pool(), r.costCenter(), plain(r.rate()), plain(r.quantity()),
                money.format(r.poolTotal()), money.format(r.charged()), money.format(r.recovery()), r.recoveryTo());
    }

    private static List<String> plain(List<BigDecimal> values) {
        return values.stream().map(MethodDetailJson::plain).toList();
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }
}
