package dev.chargeback.database;

import java.util.regex.Pattern;

/**
 * Masks passwords in text that may be shown to a user: a URL's {@code password=...} (any case, as in H2's
 * {@code ;PASSWORD=...} or PostgreSQL's {@code ?password=...}), a {@code user:password@host} part, and the
 * literal password of the target wherever else it appears (a driver's message may quote it).
 */
public final class Secrets {
    /** password=... up to the next setting, a blank, or a ": " that follows the URL in a message. */
    private static final Pattern PASSWORD_SETTING =
            Pattern.compile("(?i)(password\\s*=)[^&;\\s]*?(?=[&;\\s]|:\\s|:$|$)");
    /** user:password@host, after "//" or at the start of a word (a driver may quote the authority alone). */
    private static final Pattern USER_INFO = Pattern.compile("((?:^|//|(?<=\\s))[^/@:\\s]+:)[^@/\\s]+@");
    static final String MASK = "***";
    /** Shorter passwords are not searched for as text: masking every "a" in a message would make it unreadable. */
    private static final int MIN_LITERAL = 4;

    private Secrets() {
    }

    public static String mask(String text, String password) {
        if (text == null) {
            return null;
        }
        String masked = PASSWORD_SETTING.matcher(text).replaceAll("$1" + MASK);
        masked = USER_INFO.matcher(masked).replaceAll("$1" + MASK + "@");
        if (password != null && password.length() >= MIN_LITERAL) {
            masked = masked.replace(password, MASK);
        }
        return masked;
    }
}
