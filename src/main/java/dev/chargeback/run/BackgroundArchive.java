package dev.chargeback.run;

import dev.chargeback.archive.InputArchive;
import dev.chargeback.ingest.ImportResult;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Archives a run's input files and rules file on a thread of its own while the run allocates and posts: archiving
 * 200 MB (reading, compressing, writing 64 MB into the ledger) takes 2-3 s after a 5M-row import, and the posting
 * that follows spends most of its time writing on one core (on PostgreSQL; embedded H2 archives first, see
 * {@link InputArchive#writesAlongside}). The posting waits for the archive before it commits
 * ({@link #finish}), so a posted run always has its inputs archived, and a file that changed since the import hashed
 * it stops the run with nothing posted. The archive commits in a transaction of its own (a file is content-addressed
 * and kept once). Whatever happens, the run waits for the thread ({@link #awaitQuietly}), so the process never ends
 * in the middle of its write.
 */
final class BackgroundArchive {
    private final CompletableFuture<InputArchive.Kept> kept;
    private final PrintStream log;
    private boolean told;

    private BackgroundArchive(CompletableFuture<InputArchive.Kept> kept, PrintStream log) {
        this.kept = kept;
        this.log = log;
    }

    /** Starts keeping the files the import read and the rules file. */
    static BackgroundArchive start(InputArchive archive, ImportResult imported, Path rulesFile, String rulesSha256,
                                   PrintStream log) {
        CompletableFuture<InputArchive.Kept> kept = new CompletableFuture<>();
        Runnable keep = () -> {
            try {
                kept.complete(archive.keep(imported, rulesFile, rulesSha256));
            } catch (Throwable t) {
                kept.completeExceptionally(t);
            }
        };
        if (archive.writesAlongside()) {
            Thread.ofPlatform().name("archive").daemon(true).start(keep);
        } else {
            keep.run(); // embedded H2: before the posting, not beside it
        }
        return new BackgroundArchive(kept, log);
    }

    /** Waits for the archive and says once what it stored; its failure is thrown here. */
    void finish() {
        InputArchive.Kept done;
        try {
            done = kept.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
        if (!told && done.describe() != null) {
            log.println("  " + done.describe());
        }
        told = true;
    }

    /** Waits for the thread to end, whatever it gives (the run's own failure, if any, is the one to report). */
    void awaitQuietly() {
        try {
            kept.join();
        } catch (RuntimeException ignored) {
            // reported by finish() when the run got that far
        }
    }
}
