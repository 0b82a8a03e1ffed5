package dev.chargeback.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code oracle-gl-interface}: rows for Oracle General Ledger's open interface table GL_INTERFACE, which Journal
 * Import turns into journal batches. Columns as Oracle documents them ("GL_INTERFACE", Oracle Financials Cloud Tables
 * and Views, https://docs.oracle.com/en/cloud/saas/financials/24d/oedmf/glinterface-8261.html, and the E-Business
 * Suite General Ledger guide's "Importing Journals" for the REFERENCE fields): STATUS {@code NEW}, LEDGER_ID,
 * ACCOUNTING_DATE (assigns the accounting period), USER_JE_SOURCE_NAME and USER_JE_CATEGORY_NAME (both defined in
 * the GL; at most 25 characters), CURRENCY_CODE (ISO), DATE_CREATED and CREATED_BY (who columns, NOT NULL),
 * ACTUAL_FLAG {@code A} (actual amounts), SEGMENT1.. (the accounting flexfield: by default company, cost-center
 * segment and account, in the order of the {@code segments} setting), ENTERED_DR / ENTERED_CR (one of them per
 * line), REFERENCE1 batch name (the run id), REFERENCE2 batch description, REFERENCE4 journal entry name (the
 * document), REFERENCE5 journal description (the entry's memo), REFERENCE6 journal reference (the run id, or for a
 * reversal the document it reverses) and REFERENCE10 line description. Journal Import groups lines into a journal by
 * REFERENCE4 within a batch, so each ledger entry becomes one balanced journal. Dates are ISO {@code YYYY-MM-DD}:
 * the loader's control file (or FBDI template) gives their format.
 */
final class OracleGlInterfaceLayout implements ErpLayout {
    static final String SEGMENTS = "segments";
    private static final List<String> SEGMENT_WORDS = List.of("company", "cost_center", "account");

    @Override
    public String name() {
        return "oracle-gl-interface";
    }

    @Override
    public String fileName() {
        return "journal-oracle-gl-interface.csv";
    }

    @Override
    public List<Setting> settings() {
        return List.of(new Setting("ledger_id", null, "LEDGER_ID: the ledger's id (Manage Primary Ledgers)"),
                new Setting("user_je_source_name", "Chargeback", "USER_JE_SOURCE_NAME, defined in the GL"),
                new Setting("user_je_category_name", "Allocation", "USER_JE_CATEGORY_NAME, defined in the GL"),
                new Setting("created_by", "-1", "CREATED_BY: the GL user the rows are created for"),
                new Setting(SEGMENTS, "company.cost_center.account",
                        "what SEGMENT1, SEGMENT2 ... hold, separated by dots: company, cost_center, account"));
    }

    /** The ledger id is a number, and the segments name only the three mapped values. */
    @Override
    public List<String> check(Map<String, String> settings) {
        List<String> problems = new ArrayList<>();
        if (!settings.get("ledger_id").matches("[0-9]{1,18}")) {
            problems.add("ledger_id '" + settings.get("ledger_id") + "' is not a ledger id (up to 18 digits)");
        }
        for (String word : segments(settings)) {
            if (!SEGMENT_WORDS.contains(word)) {
                problems.add("segments: '" + word + "' is not one of " + SEGMENT_WORDS);
            }
        }
        return problems;
    }

    @Override
    public List<String> header(Map<String, String> settings) {
        List<String> header = new ArrayList<>(List.of("STATUS", "LEDGER_ID", "ACCOUNTING_DATE",
                "USER_JE_SOURCE_NAME", "USER_JE_CATEGORY_NAME", "CURRENCY_CODE", "DATE_CREATED", "CREATED_BY",
                "ACTUAL_FLAG"));
        for (int i = 1; i <= segments(settings).size(); i++) {
            header.add("SEGMENT" + i);
        }
        header.addAll(List.of("ENTERED_DR", "ENTERED_CR", "REFERENCE1", "REFERENCE2", "REFERENCE4", "REFERENCE5",
                "REFERENCE6", "REFERENCE10"));
        return header;
    }

    @Override
    public List<String> row(ErpLine l, Map<String, String> settings, AmountFormat amounts) {
        List<String> row = new ArrayList<>(List.of("NEW", settings.get("ledger_id"), l.postingDate().toString(),
                settings.get("user_je_source_name"), settings.get("user_je_category_name"), l.currency(),
                l.created().toString(), settings.get("created_by"), "A"));
        for (String word : segments(settings)) {
            row.add(switch (word) {
                case "company" -> l.companyCode();
                case "cost_center" -> l.costCenterSegment();
                default -> l.glAccount();
            });
        }
        String reference = l.reversesRunId() == null ? l.reference() : l.reversesRunId() + "-" + l.reversesEntryNo();
        row.addAll(List.of(amounts.formatOrEmpty(l.debit()), amounts.formatOrEmpty(l.credit()), l.reference(),
                "Chargeback run " + l.reference() + " for " + l.period(), l.document(), l.documentText(),
                reference, l.lineText()));
        return row;
    }

    private static List<String> segments(Map<String, String> settings) {
        return List.of(settings.get(SEGMENTS).split("\\.", -1));
    }
}
