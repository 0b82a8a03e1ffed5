-- One posting at a time (issue 8, point 5). Measured before this migration: two `run`s of one period started
-- together could both reverse the same run (two runs in force), and a run could post into a period closed while it
-- ran.
--
-- ledger_lock holds one row, 'posting'. Every command that changes a period (the posting transaction of `run`,
-- `close`, `reopen`) first takes it with SELECT ... FOR UPDATE inside its own transaction, and only then reads the
-- period's state and the run in force. The lock is ledger-wide, not per period, because the hash chain is
-- ledger-wide: two postings of different periods would otherwise both chain from the same head. It is released
-- when the transaction ends, and by the database when a killed process's connection drops. The row is only ever
-- read: a row lock is not an update.
CREATE TABLE ledger_lock (
    lock_name VARCHAR(20) NOT NULL PRIMARY KEY
);

INSERT INTO ledger_lock (lock_name) VALUES ('posting');

-- A run is superseded (reversed) at most once: a second run superseding the same run, which is how the ledger
-- forked, is refused by the database itself, whatever the code does. The first run of each period supersedes
-- nothing (NULL), which a UNIQUE constraint allows any number of times on both databases: that two first runs of
-- one period never both post is the lock's work.
ALTER TABLE allocation_run ADD CONSTRAINT uq_allocation_run_supersedes UNIQUE (supersedes_run_id);
