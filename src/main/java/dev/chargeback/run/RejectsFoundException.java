package dev.chargeback.run;

import dev.chargeback.ingest.Reject;

import java.nio.file.Path;

/**
 * Input rows were rejected and the run was not told to accept them: nothing was posted. The message names the first
 * rejected row (file, line, column, value and reason), so one bad row is fixed without opening rejects.csv.
 */
public class RejectsFoundException extends RuntimeException {
    public RejectsFoundException(long rejected, Reject first, Path rejects) {
        super(rejected + " input row" + (rejected == 1 ? " was" : "s were") + " rejected; nothing was posted."
                + (first == null ? "" : " First: " + describe(first) + ".")
                + "\n  See " + rejects + " for each file, line, column and reason; fix the rows, or rerun with"
                + " --accept-rejects to post what was accepted");
    }

    private static String describe(Reject r) {
        String value = r.value().length() > 60 ? r.value().substring(0, 57) + "..." : r.value();
        return r.file() + " line " + r.line() + (r.column().isEmpty() ? "" : ", column " + r.column())
                + (value.isEmpty() ? "" : " '" + value.replace("\0", "\\0") + "'") + ": " + r.reason();
    }
}
