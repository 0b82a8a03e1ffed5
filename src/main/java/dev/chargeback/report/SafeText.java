package dev.chargeback.report;

import java.util.regex.Pattern;

/**
 * Neutralises text that a spreadsheet would read as a formula (OWASP, "CSV Injection"): a text cell that starts
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a single quote in front, so
 * Excel, LibreOffice and Google Sheets show it as the text it is instead of running it. Every CSV the product
 * writes ({@link CsvOut}) and every text cell of the workbook pass through here; HTML is escaped by its template
 * engine instead, where a leading {@code =} is harmless.
 *
 * <p>Numbers are not text: a cell that is a plain decimal number ({@code -12.50}, {@code 3}) is left as it is, since a
 * spreadsheet reads it as the number it is and no formula can hide in it. The quote is visible to a program
 * that reads the file back; OWASP's guidance accepts that cost, and a reader can strip one leading quote from a
 * text cell that starts with {@code '=} (and the other five) to get the original.
 */
public final class SafeText {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private SafeText() {
    }

    /** The text of a cell as it may be written: unchanged, or with a leading single quote. */
    public static String cell(String text) {
        if (text == null || text.isEmpty() || !startsLikeFormula(text.charAt(0))) {
            return text;
        }
        return PLAIN_NUMBER.matcher(text).matches() ? text : "'" + text;
    }

    /** A value of any type as a CSV cell: numbers as they print, everything else through {@link #cell(String)}. */
    public static Object csvValue(Object value) {
        if (value == null || value instanceof Number) {
            return value;
        }
        return cell(value.toString());
    }

    private static boolean startsLikeFormula(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
