package dev.chargeback.report.internal;

import java.util.List;
import java.util.Map;

/**
 * {@code generic}: one row per journal line with every field a general ledger's import needs, named plainly (the
 * README documents each column). Debit and credit are both written (0.00 on the other side), as in journal.csv;
 * {@code run_id, entry_id, line} lead back to the ledger.
 */
final class GenericLayout implements ErpLayout {
    private static final List<String> HEADER = List.of("document", "reference", "posting_date", "period",
            "company_code", "gl_account", "cost_center_segment", "debit", "credit", "currency", "document_text",
            "line_text", "kind", "reverses_document", "cost_center", "ledger_account", "pool", "run_id", "entry_id",
            "line");

    @Override
    public String name() {
        return "generic";
    }

    @Override
    public String fileName() {
        return "journal-generic.csv";
    }

    @Override
    public List<Setting> settings() {
        return List.of();
    }

    @Override
    public List<String> header(Map<String, String> settings) {
        return HEADER;
    }

    @Override
    public List<String> row(ErpLine l, Map<String, String> settings, AmountFormat amounts) {
        String reverses = l.reversesRunId() == null ? "" : l.reversesRunId() + "-" + l.reversesEntryNo();
        return List.of(l.document(), l.reference(), l.postingDate().toString(), l.period().toString(),
                l.companyCode(), l.glAccount(), l.costCenterSegment(), amounts.format(l.debit()),
                amounts.format(l.credit()), l.currency(), l.documentText(), l.lineText(), l.kind().name(), reverses,
                l.costCenter(), l.ledgerAccount(), l.pool(), l.reference(), String.valueOf(l.entryNo()),
                String.valueOf(l.lineNo()));
    }
}
