package dev.chargeback.run;

import java.nio.file.Path;

/** Input rows were rejected and the run was not told to accept them: nothing was posted. */
public class RejectsFoundException extends RuntimeException {
    public RejectsFoundException(long rejected, Path rejects) {
        super(rejected + " input row" + (rejected == 1 ? " was" : "s were") + " rejected; nothing was posted. See "
                + rejects + " for each file, line, column and reason; fix the rows, or rerun with --accept-rejects"
                + " to post what was accepted");
    }
}
