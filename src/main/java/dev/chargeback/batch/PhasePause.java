package dev.chargeback.batch;

/**
 * A test hook for the crash and concurrency tests, inert in production: when the JVM was started with
 * {@code -Dchargeback.pause-at=NAME}, the phase of that name prints {@code chargeback: paused at NAME} on standard
 * error and waits until the process is killed. A test starts a child JVM with it, waits for the line, and then
 * kills the child ({@code kill -9}) or runs a second command against the locks it holds. Phases: {@code posting}
 * (the posting transaction has written the run, not committed it), {@code export} (a run's files are half moved
 * into the output folder).
 */
public final class PhasePause {
    public static final String PROPERTY = "chargeback.pause-at";

    private PhasePause() {
    }

    public static void at(String phase) {
        if (!phase.equals(System.getProperty(PROPERTY))) {
            return;
        }
        System.err.println("chargeback: paused at " + phase);
        System.err.flush();
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while paused at " + phase, e);
        }
    }
}
