/**
 * Import of a data directory's CSV files (SPEC.md input contract) as a Spring Batch job: each file is read with
 * Commons CSV in a partitioned step (a large file whose rows are checked one by one is split into record-aligned
 * byte ranges imported on every core, each committing its totals; {@code internal.RecordBoundaries},
 * {@code internal.FilePartitions}, {@code internal.FileMerge}), every row validated, rejected rows kept as data (file,
 * line, column, value, reason), and accepted rows totalled into cost totals and driver quantities while streaming. Each file is imported
 * once per content (SHA-256) and reference data; its totals keep the file's hash and line range, so lineage can go
 * back to the rows. Adapters (CSV reader, validators, jOOQ store, job wiring) live in {@code internal}.
 *
 * <h2>Input files are descriptors</h2>
 * Each input file is one class implementing {@code internal.InputFile}: its {@link dev.chargeback.ingest.InputKind}
 * (stored word and file name), its columns (required or not, and the most characters a stored value may have, as
 * in {@code sql/}), its row check (which gives an {@code Outcome}: a reference row, a cost row, a driver row, a row
 * of another period or a reject), the rule driver that needs it (none: always required), checks over the whole file,
 * the reference data it gives to the files after it, and its part of {@link dev.chargeback.ingest.ImportedData}.
 * {@code internal.InputFiles} lists them in import order; the import job makes one step per file from that list.
 *
 * <h2>Recipe: a new input file (say a FOCUS cloud bill, {@code focus.csv})</h2>
 * <ol>
 *   <li>Write {@code internal.FocusFile implements InputFile}: {@code kind()} returns
 *       {@code new InputKind("focus", "focus.csv")}; {@code columns()} lists its columns with
 *       {@code Column.required/optional(name, maxLength)}; {@code rows(reference)} returns a check that reads cells
 *       with {@code Cells} (required, decimal, date, period: each failure becomes the row's reject) and the shared
 *       {@code RowRules} (known leaf cost center, own service, period held) and returns an {@code Outcome}, e.g. a
 *       {@code CostRow} to add to the cost totals or a {@code DriverRow} of a driver kind; {@code neededFor()} says
 *       which rule driver needs the file ({@code Optional.empty()} when every run needs it); {@code load(...)} adds
 *       its saved batch to the imported data. Override {@code finish}, {@code providesReference} and
 *       {@code provide} only when the file has whole-file checks or later files are checked against it.</li>
 *   <li>Register it: add {@code new FocusFile()} to {@code InputFiles.ALL} at its place in the import order
 *       (after the files it is checked against).</li>
 * </ol>
 * A new kind of total (not cost lines nor driver quantities) would also need an {@code Outcome} record, its sum in
 * {@code Totals} and a table in a new migration.
 *
 * <h2>Limits</h2>
 * A value that is stored must fit its column ({@code VARCHAR} sizes of {@code sql/}), a number its {@code DECIMAL}
 * (26 digits before the point for quantities, rates and capacities); NUL bytes (U+0000) are refused in every cell,
 * on every database; periods are {@code YYYY-MM} and dates {@code YYYY-MM-DD} with a four-digit year. An amount must
 * be below 10^13 in magnitude (13 digits) and a costs.csv's accepted amounts together below 10^15, so that no sum
 * of the ledger's long minor units can overflow; a driver quantity total must fit its column. Each breach is a
 * reject of the row or, for a sum, an error naming the file and the line that passed the bound (exit 2).
 *
 * <h2>Public API</h2>
 * Other features use {@link dev.chargeback.ingest.Importer} (the import job, for {@code run}),
 * {@link dev.chargeback.ingest.ImportedBatches} (saved batches read back, for {@code run} and the run archive) and the
 * records {@link dev.chargeback.ingest.ImportResult}, {@link dev.chargeback.ingest.FileImport},
 * {@link dev.chargeback.ingest.ImportedData} and {@link dev.chargeback.ingest.Reject}; everything in {@code internal}
 * is package-private, wired by its {@code IngestConfiguration}.
 */
package dev.chargeback.ingest;
