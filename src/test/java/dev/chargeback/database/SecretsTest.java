package dev.chargeback.database;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** No password is ever printed: URLs in messages are masked in every form a JDBC URL may carry one. */
class SecretsTest {

    @Test
    void h2PasswordSettingIsMaskedInAnyCase() {
        assertEquals("jdbc:h2:mem:x;PASSWORD=***;MODE=PostgreSQL",
                Secrets.mask("jdbc:h2:mem:x;PASSWORD=s3cret;MODE=PostgreSQL", null));
        assertEquals("jdbc:h2:tcp://db/x;user=sa;password=***", Secrets.mask("jdbc:h2:tcp://db/x;user=sa;password=a", null));
    }

    @Test
    void postgresQueryPasswordAndUserInfoAreMasked() {
        assertEquals("jdbc:postgresql://h:5432/db?user=bob&password=***&ssl=true",
                Secrets.mask("jdbc:postgresql://h:5432/db?user=bob&password=pw&ssl=true", null));
        assertEquals("jdbc:postgresql://bob:***@h:5432/db", Secrets.mask("jdbc:postgresql://bob:pw@h:5432/db", null));
        assertEquals("unknown host bob:***@h", Secrets.mask("unknown host bob:pw@h", null));
    }

    @Test
    void maskStopsAtTheColonThatEndsTheUrlInAMessage() {
        assertEquals("cannot connect to jdbc:h2:mem:x;PASSWORD=***: Duplicate property",
                Secrets.mask("cannot connect to jdbc:h2:mem:x;PASSWORD=pw: Duplicate property", null));
    }

    @Test
    void literalPasswordIsMaskedWhereverItAppears() {
        assertEquals("login *** refused", Secrets.mask("login Tr0ub4dor refused", "Tr0ub4dor"));
    }

    @Test
    void describeAndToStringNeverShowThePassword() {
        DatabaseTarget h2 = new DatabaseTarget("jdbc:h2:mem:x;PASSWORD=s3cret", "sa", "");
        assertEquals("jdbc:h2:mem:x;PASSWORD=***", h2.describe());
        DatabaseTarget pg = new DatabaseTarget("jdbc:postgresql://h/db?password=s3cret", "bob", "env-Secret");
        assertEquals("jdbc:postgresql://h/db?password=*** as bob", pg.toString());
        assertFalse(pg.toString().contains("env-Secret"));
    }

    @Test
    void urlOfAnotherKindIsRefusedNamingWhatTheEngineSpeaks() {
        DatabaseException e = assertThrows(DatabaseException.class,
                () -> DatabaseTarget.resolve("jdbc:sqlite:ledger.db", null));
        assertEquals("cannot use the database jdbc:sqlite:ledger.db: the engine speaks PostgreSQL "
                + "(jdbc:postgresql://HOST:PORT/DATABASE) and H2 (jdbc:h2:file:PATH)", e.getMessage());
    }
}
