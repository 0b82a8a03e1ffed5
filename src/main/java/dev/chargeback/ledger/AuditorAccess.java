package dev.chargeback.ledger;

import java.util.List;

/**
 * Read-only access to the ledger for an auditor (PostgreSQL only): a database role that can SELECT the ledger tables
 * and nothing else (no INSERT, UPDATE or DELETE anywhere; no Spring Batch tables, no period cache).
 */
public interface AuditorAccess {

    /**
     * Creates the role, or brings an existing one back to exactly these grants. With a password the role can log in
     * (the password is sent hashed, never as text); without one it is NOLOGIN, to be granted to the auditors' own
     * logins ({@code GRANT auditor TO alice}).
     *
     * @return the ledger tables the role can read
     */
    List<String> grant(String role, char[] password);
}
