package dev.chargeback.diff;

import dev.chargeback.diff.internal.DiffCsv;
import dev.chargeback.diff.internal.DiffJson;
import dev.chargeback.diff.internal.DiffText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** How {@code diff} prints: an aligned table for a reader, CSV or JSON for a spreadsheet or a script. */
public enum DiffFormat {
    TEXT, CSV, JSON;

    /** Writes the lines where anything moved (all of them with {@code all}), and the totals per cause. */
    public void write(RunDiff diff, boolean all, Writer out) {
        try {
            switch (this) {
                case TEXT -> DiffText.write(diff, all, out);
                case CSV -> DiffCsv.write(diff, all, out);
                case JSON -> DiffJson.write(diff, all, out);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
