package dev.chargeback.batch;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Finds and closes the executions a killed process left STARTED (or STOPPING) in the job repository, which would
 * otherwise refuse every later launch of the same work ("already running"). An execution is stale when no living
 * process owns it, and ownership is proved per database:
 * <ul>
 *   <li>embedded H2 ({@code jdbc:h2:file:} without AUTO_SERVER, or {@code jdbc:h2:mem:}): H2 locks the file for
 *       the one process that opened it, so any running execution not launched by this JVM is stale;</li>
 *   <li>PostgreSQL: the process that launches a job holds a session advisory lock on the job's identity (its name
 *       and identifying parameters) until the job ends; PostgreSQL releases it when the session ends, so a
 *       running execution whose lock can be taken has no living owner;</li>
 *   <li>any other setup (H2 served to several processes): ownership cannot be proved, nothing is closed.</li>
 * </ul>
 * A stale execution is closed with {@link JobOperator#recover} (it and its running steps become FAILED) and an exit
 * message saying so, so that the next launch restarts it: completed steps and partitions are not run again.
 */
public final class StaleExecutions {
    /** The first key of this feature's advisory locks (other features use other first keys). */
    static final int LOCK_SPACE = 0x4A4F4221;
    private static final Set<Integer> OWNED_HERE = ConcurrentHashMap.newKeySet();

    private final DataSource dataSource;
    private final JobRepository repository;
    private final JobOperator operator;

    public StaleExecutions(DataSource dataSource, JobRepository repository, JobOperator operator) {
        this.dataSource = dataSource;
        this.repository = repository;
        this.operator = operator;
    }

    /** What a launch holds while its job runs: the ownership of the job's identity, and the stale ones it closed. */
    public interface Claim extends AutoCloseable {
        /** One line per stale execution closed before this launch (for the run's manifest and log). */
        List<String> closed();

        @Override
        void close();
    }

    /**
     * Takes the ownership of a job's identity and closes the stale executions of the job.
     *
     * @throws IllegalStateException when a living process (this one or another) runs the same work
     */
    public Claim claim(String jobName, JobParameters parameters) {
        int key = identity(jobName, parameters);
        if (!OWNED_HERE.add(key)) {
            throw new IllegalStateException("job " + jobName + " for the same inputs is already running in this process");
        }
        Owner owner = null;
        try {
            owner = owner(key, jobName);
            List<String> closed = closeStale(jobName, owner);
            Owner held = owner;
            return new Claim() {
                @Override
                public List<String> closed() {
                    return closed;
                }

                @Override
                public void close() {
                    held.close();
                    OWNED_HERE.remove(key);
                }
            };
        } catch (RuntimeException e) {
            if (owner != null) {
                owner.close();
            }
            OWNED_HERE.remove(key);
            throw e;
        }
    }

    private List<String> closeStale(String jobName, Owner owner) {
        List<String> closed = new ArrayList<>();
        for (JobExecution running : repository.findRunningJobExecutions(jobName)) {
            int key = identity(jobName, running.getJobParameters());
            if (OWNED_HERE.contains(key) && key != owner.key() || !owner.ownerGone(key)) {
                continue;
            }
            JobExecution execution = repository.getJobExecution(running.getId());
            String note = String.format(Locale.ROOT, "closed a stale execution %d of job %s (%s since %s): the"
                    + " process that ran it ended without closing it (killed?); it is marked FAILED and its work"
                    + " resumes", execution.getId(), jobName, execution.getStatus(), execution.getStartTime());
            operator.recover(execution);
            execution.setExitStatus(ExitStatus.FAILED.addExitDescription(note));
            repository.update(execution);
            closed.add(note);
        }
        return closed;
    }

    /** The lock key of a job's identity: its name and identifying parameters, in name order. */
    static int identity(String jobName, JobParameters parameters) {
        return (jobName + "|" + parameters.getIdentifyingParameters().stream()
                .sorted(java.util.Comparator.comparing(JobParameter::name))
                .map(p -> p.name() + "=" + p.value()).collect(Collectors.joining("|"))).hashCode();
    }

    private Owner owner(int key, String jobName) {
        String url;
        try (Connection c = dataSource.getConnection()) {
            url = c.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the job repository: " + e.getMessage(), e);
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return PostgresOwner.take(dataSource, key, jobName);
        }
        boolean embedded = url.startsWith("jdbc:h2:mem:") || url.startsWith("jdbc:h2:file:")
                && !url.toUpperCase(Locale.ROOT).contains("AUTO_SERVER=TRUE");
        return new Owner(key) {
            @Override
            boolean ownerGone(int other) {
                return embedded;
            }
        };
    }

    /** This process's ownership of one identity, and the test whether another identity's owner is gone. */
    private abstract static class Owner {
        private final int key;

        Owner(int key) {
            this.key = key;
        }

        int key() {
            return key;
        }

        abstract boolean ownerGone(int other);

        void close() {
        }
    }

    /** A session advisory lock held on a connection of its own for as long as the job runs. */
    private static final class PostgresOwner extends Owner {
        private final Connection session;

        private PostgresOwner(int key, Connection session) {
            super(key);
            this.session = session;
        }

        static PostgresOwner take(DataSource dataSource, int key, String jobName) {
            try {
                Connection session = dataSource.getConnection();
                session.setAutoCommit(true);
                long deadline = System.nanoTime() + WAIT.toNanos();
                while (!tryLock(session, key)) {
                    if (System.nanoTime() > deadline) {
                        session.close();
                        throw new JobBusyException(jobName, WAIT.toSeconds());
                    }
                    sleep();
                }
                return new PostgresOwner(key, session);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot lock the job " + jobName + ": " + e.getMessage(), e);
            }
        }

        @Override
        boolean ownerGone(int other) {
            if (other == key()) {
                return true;
            }
            try {
                if (!tryLock(session, other)) {
                    return false;
                }
                try (PreparedStatement unlock = session.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
                    unlock.setInt(1, LOCK_SPACE);
                    unlock.setInt(2, other);
                    unlock.execute();
                }
                return true;
            } catch (SQLException e) {
                return false;
            }
        }

        /** How long a launch waits for the same work running in another process to end (it then re-checks). */
        private static final java.time.Duration WAIT = java.time.Duration.ofSeconds(60);

        private static void sleep() {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the job lock", e);
            }
        }

        private static boolean tryLock(Connection session, int key) throws SQLException {
            try (PreparedStatement lock = session.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
                lock.setInt(1, LOCK_SPACE);
                lock.setInt(2, key);
                try (ResultSet result = lock.executeQuery()) {
                    return result.next() && result.getBoolean(1);
                }
            }
        }

        /** Unlocks, then gives the connection back (a pooled connection's session outlives close()). */
        @Override
        void close() {
            try (session; PreparedStatement unlock = session.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
                unlock.setInt(1, LOCK_SPACE);
                unlock.setInt(2, key());
                unlock.execute();
            } catch (SQLException e) {
                // a session that failed ends, and its locks with it
            }
        }
    }
}
