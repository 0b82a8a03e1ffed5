package dev.chargeback.cli;

/** Who runs a command: --user, else $CHARGEBACK_USER, else the login name. */
final class Users {
    private Users() {
    }

    static String resolve(String option) {
        if (option != null && !option.isBlank()) {
            return option;
        }
        String env = System.getenv("CHARGEBACK_USER");
        return env != null && !env.isBlank() ? env : System.getProperty("user.name", "unknown");
    }
}
