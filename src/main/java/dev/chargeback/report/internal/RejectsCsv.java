package dev.chargeback.report.internal;

import dev.chargeback.ingest.Reject;

import java.nio.file.Path;
import java.util.List;

/** rejects.csv: every input row that was not accepted, with file, line, column, value and reason (header only when none). */
final class RejectsCsv implements OutputFile {

    @Override
    public String name() {
        return "rejects.csv";
    }

    @Override
    public boolean write(RunSource run, Path file) {
        CsvOut.csv(file, List.of("file", "line", "column", "value", "reason"), out -> {
            for (Reject r : run.rejects()) {
                out.printRecord(r.file(), r.line(), r.column(), r.value(), r.reason());
            }
        });
        return true;
    }
}
