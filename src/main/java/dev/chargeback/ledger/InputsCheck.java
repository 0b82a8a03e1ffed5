package dev.chargeback.ledger;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The check of a run's import batches against their seals in the records chain, started before the run is allocated
 * ({@link Ledger#checkInputs}) so that it reads and hashes the batches' rows on a core of its own while the
 * allocation runs; {@link Ledger#post} waits for it before it writes anything, and a batch that no longer matches its
 * seal stops the posting there.
 */
public final class InputsCheck {
    /** A check already made (on the calling thread) and passed. */
    public static final InputsCheck PASSED = new InputsCheck(CompletableFuture.completedFuture(null));

    private final CompletableFuture<Void> done;

    private InputsCheck(CompletableFuture<Void> done) {
        this.done = done;
    }

    /** Runs {@code check} on a thread of its own. */
    public static InputsCheck start(Runnable check) {
        return new InputsCheck(CompletableFuture.runAsync(check,
                task -> Thread.ofPlatform().name("inputs-check").daemon(true).start(task)));
    }

    /** Waits for the check; its failure ({@link LedgerTamperedException} for a changed batch) is thrown here. */
    public void await() {
        try {
            done.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
