package dev.chargeback.ledger;

/**
 * A record the ledger sealed no longer matches its seal (changed with SQL behind the engine's back), so the engine
 * refuses to build on it: nothing is posted. The message names the record in one line; `chargeback verify` lists
 * every problem.
 */
public class LedgerTamperedException extends RuntimeException {
    public LedgerTamperedException(String message) {
        super(message);
    }
}
