package dev.chargeback.cli;

import dev.chargeback.ChargebackApplication;
import dev.chargeback.database.DatabaseTarget;
import dev.chargeback.ledger.AuditorAccess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

@Command(name = "grant-auditor", mixinStandardHelpOptions = true,
        description = "PostgreSQL only: creates (or updates) a role that can SELECT the ledger tables and nothing "
                + "else. Without --password-stdin the role is NOLOGIN: grant it to the auditors' own logins "
                + "(GRANT NAME TO alice). Run it as a user that may create roles (CREATEROLE).")
final class GrantAuditorCommand implements Callable<Integer> {
    private static final Pattern ROLE = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--role", required = true, paramLabel = "NAME",
            description = "the role: lower-case letters, digits and '_', starting with a letter or '_'")
    String role;

    @Option(names = "--password-stdin", description = "read the role's password from standard input (one line) "
            + "and let the role log in; the password never appears on the command line or in a file")
    boolean passwordStdin;

    @Override
    public Integer call() {
        DatabaseTarget target = database.target();
        if (!target.isPostgres()) {
            return usage("grant-auditor: roles need PostgreSQL; " + target.describe() + " has one user, whoever"
                    + " opens the file (give --db jdbc:postgresql://HOST:PORT/DATABASE)");
        }
        if (!ROLE.matcher(role).matches()) {
            return usage("grant-auditor: --role '" + role + "' is not a plain role name (lower-case letters, digits,"
                    + " '_'; up to 63; not starting with a digit)");
        }
        char[] password = passwordStdin ? readPassword() : null;
        if (password != null && password.length == 0) {
            return usage("grant-auditor: --password-stdin read an empty password");
        }
        try (var context = ChargebackApplication.start(target)) {
            List<String> tables = context.getBean(AuditorAccess.class).grant(role, password);
            var out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "Role %s (%s) can read the ledger's %d tables and change none: %s%n", role,
                    password == null ? "NOLOGIN: grant it to the auditors' logins" : "LOGIN", tables.size(),
                    String.join(", ", tables));
            out.flush();
            return 0;
        } finally {
            if (password != null) {
                java.util.Arrays.fill(password, '\0');
            }
        }
    }

    private static char[] readPassword() {
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? new char[0] : line.toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the password from standard input", e);
        }
    }

    private int usage(String message) {
        var err = spec.commandLine().getErr();
        err.println("chargeback: " + message);
        err.flush();
        return ChargebackCli.BAD_INPUT;
    }
}
