package dev.chargeback.report;

import java.util.List;

/**
 * The ERP journal cannot be written as asked: the mapping file has problems (each naming the file and line), or it
 * leaves a ledger account or cost center of the run without a GL value, or the profile lacks a required setting.
 * Nothing is written; the command exits 2.
 */
public class JournalExportException extends RuntimeException {
    private final List<String> problems;

    public JournalExportException(List<String> problems) {
        super("the ERP journal was not written:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
