package dev.chargeback.ledger;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The records chain's canonical texts, pinned (see LedgerHashTest for why golden hashes are never updated to make a
 * test pass). The expected hex was not taken from the engine: the texts below are written out by hand from the
 * documented form (RecordHash's javadoc) and digested with coreutils: {@code printf '%s' "$TEXT" | sha256sum}.
 */
class RecordHashTest {
    private static final String RUN = "2026-10-3fa9c2d1";

    /** A flow as the database holds it; its NULL rate is left out, its empty service is kept. */
    private static SortedMap<String, String> flow() {
        SortedMap<String, String> c = new TreeMap<>();
        c.put("run_id", RUN);
        c.put("flow_no", "1");
        c.put("stage", "1");
        c.put("kind", "ALLOCATION");
        c.put("rule_no", "1");
        c.put("pool", "IT");
        c.put("sender", "IT");
        c.put("receiver", "MARKETING");
        c.put("service", "");
        c.put("basis", "proportional");
        c.put("driver", "hours");
        c.put("quantity", "135.75");
        c.put("amount_minor", "75000");
        return c;
    }

    private static final String GOLDEN_ROW = "6b6ff6fc705fc997460f151eda0ad0beaa1e8111c4e3da178d76ba75b619c1cd";
    private static final String GOLDEN_LINK = "cfde2b446452a94d3e447518b4db691c159c3315274ab110b5a995d04b0b1efe";

    @Test
    void rowHashIsPinnedToTheDocumentedCanonicalForm() {
        // 15:allocation_flow 2:13, then name:value pairs by name:
        // 12:amount_minor5:75000 5:basis12:proportional 6:driver5:hours 7:flow_no1:1 4:kind10:ALLOCATION 4:pool2:IT
        // 8:quantity6:135.75 8:receiver9:MARKETING 7:rule_no1:1 6:run_id16:2026-10-3fa9c2d1 6:sender2:IT 7:service0:
        // 5:stage1:1 (written without the spaces)
        assertThat(RecordHash.ofRow("allocation_flow", flow())).isEqualTo(GOLDEN_ROW);
    }

    @Test
    void linkHashIsPinnedToTheDocumentedCanonicalForm() {
        // 64:<64 zeros> 1:8 3:RUN 16:2026-10-3fa9c2d1 1:1, then 15:allocation_flow
        // 34:run_id=2026-10-3fa9c2d1, flow_no=1 64:<the row hash above>
        assertThat(RecordHash.ofLink(LedgerHash.GENESIS, 8, "RUN", RUN, List.of(new RecordHash.Sealed(
                "allocation_flow", "run_id=" + RUN + ", flow_no=1", GOLDEN_ROW)))).isEqualTo(GOLDEN_LINK);
    }

    @Test
    void aLinkOfManyRecordsHashesTheWholeDocumentedText() {
        // digested in pieces: the same as the one text, written out here, with names that are not ASCII
        List<RecordHash.Sealed> records = new java.util.ArrayList<>();
        StringBuilder expected = new StringBuilder("64:" + LedgerHash.GENESIS + "1:93:RUN16:" + RUN + "4:5000");
        for (int i = 1; i <= 5000; i++) {
            String key = "run_id=" + RUN + ", receiver=Caf\u00e9 \ud83d\ude00 " + i;
            records.add(new RecordHash.Sealed("allocation_flow", key, GOLDEN_ROW));
            expected.append("15:allocation_flow").append(key.length()).append(':').append(key).append("64:")
                    .append(GOLDEN_ROW);
        }
        assertThat(RecordHash.ofLink(LedgerHash.GENESIS, 9, "RUN", RUN, records))
                .isEqualTo(dev.chargeback.fingerprint.Sha256.of(expected.toString()));
    }

    @Test
    void anyChangedValueOrColumnChangesTheRowHash() {
        SortedMap<String, String> quantity = flow();
        quantity.put("quantity", "136.75");
        SortedMap<String, String> nulled = flow();
        nulled.remove("service");
        SortedMap<String, String> moved = flow();
        moved.put("pool", "I");
        moved.put("sender", "TIT");

        assertThat(List.of(RecordHash.ofRow("allocation_flow", quantity), RecordHash.ofRow("allocation_flow", nulled),
                RecordHash.ofRow("allocation_flow", moved), RecordHash.ofRow("allocation_pool", flow())))
                .doesNotContain(GOLDEN_ROW).doesNotHaveDuplicates();
    }
}
