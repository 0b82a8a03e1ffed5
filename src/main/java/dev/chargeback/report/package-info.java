/**
 * The output files of a run (SPEC.md output contract): allocations.csv, journal.csv (and reversal.csv when the run
 * superseded another), reconciliation.csv, rejects.csv, method-detail.json and manifest.json. They are written from
 * the run archive ({@link dev.chargeback.ledger.archive.RunArchive}), so that they show what was posted; this package
 * queries no table. Each file is replaced atomically and honours the user's umask.
 *
 * <h2>Adding an output (report.html, report.xlsx, an ERP journal)</h2>
 * <ol>
 *   <li>Write one class in {@code internal} implementing {@code OutputFile}: its {@code name()} and a
 *       {@code write(RunSource, Path)} that reads the run through {@code run.archive()} (the typed read API) and
 *       writes with {@code CsvOut} or {@code Json} (atomic, umask-honouring). Return false when the run has nothing
 *       for the file; the registry then removes a stale copy.</li>
 *   <li>Register it in {@code OutputFiles.ALL}, before manifest.json.</li>
 * </ol>
 * That is all: `run`, `export`, the dry run, the manifest's {@code outputs} hashes and the clean-up of files an
 * earlier run left all read that one list.
 *
 * <h2>The period's reports (the `report` command)</h2>
 * report.html and report.xlsx are written by {@code internal.ReportDocuments} through
 * {@link dev.chargeback.report.PeriodReports}, from the run archive and the report model ({@code model}), and not
 * registered in {@code OutputFiles}: they show every period up to theirs (the trend), so they change when a later
 * period is run, while a run's files are hashed in its manifest and never change. Text cells of every CSV
 * ({@code CsvOut}, and the CSVs of diff and explain) and of the workbook pass through {@link dev.chargeback.report.SafeText}
 * (formula injection); the HTML is escaped by Thymeleaf. The ERP journal ({@code export-journal}) is
 * {@link dev.chargeback.report.JournalExport}: one {@code internal.ErpLayout} per profile in {@code ErpLayouts.ALL}.
 *
 * <p>Public API: {@link dev.chargeback.report.RunOutputs} and {@link dev.chargeback.report.Manifest} (used by run),
 * {@link dev.chargeback.report.PeriodReports}, {@link dev.chargeback.report.JournalExport},
 * {@link dev.chargeback.report.SafeText} and the report model ({@code model.ReportModels}).
 * {@code internal.OutputFiles} is public only because {@code RunOutputs}, at this package's root, calls it; no other
 * feature may (BoundariesTest).
 */
package dev.chargeback.report;
