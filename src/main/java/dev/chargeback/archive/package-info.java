/**
 * The input archive: the input files and rules file every run read, kept in the ledger's own store (tables
 * {@code input_archive} and {@code input_archive_chunk}, sql/V007), so that {@code explain} and the auditor's pack
 * work months later, after the data directory was changed or deleted.
 *
 * <p>Content-addressed by SHA-256 of the file's bytes: the hash the import batches and the run already record, so a
 * file is stored once however many runs read it. Stored compressed ({@code internal.Compression}: Zstandard level
 * 1, CSV shrinks to about a third at several hundred MB/s; files archived by earlier versions are Deflate, and each
 * file's row names its compression) in chunks, so a large file never sits in memory. Rows are only inserted, never
 * updated or deleted: a file's chunks first, committed a few MiB at a time, then its header row, which makes the
 * file archived and names its chunks (sql/V010; chunks of an attempt that wrote no header row belong to no file).
 *
 * <p>Reading checks the whole stored file against its hash before handing out a byte, and refuses, naming the hash
 * and what was found, when it does not match.
 *
 * <p>Public API: {@link dev.chargeback.archive.InputArchive} (keep a run's files, open one) and
 * {@link dev.chargeback.archive.ArchiveException}; the jOOQ store is in {@code internal}.
 */
package dev.chargeback.archive;
