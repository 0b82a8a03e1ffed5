package dev.chargeback.report.internal;

import java.util.List;
import java.util.Map;

/**
 * One ERP import layout of the journal ({@code export-journal --profile NAME}): its name, the settings it reads from
 * the mapping file's section of that name, its columns and one row per {@link ErpLine}. A new layout is one class
 * implementing this, registered with one line in {@link ErpLayouts#ALL}.
 */
interface ErpLayout {

    /** A setting of the layout in the mapping file; {@code defaultValue} null means the setting is required. */
    record Setting(String key, String defaultValue, String meaning) {
    }

    /** The profile name ({@code --profile}) and the mapping file's section for its settings. */
    String name();

    /** The file written into the output folder. */
    String fileName();

    List<Setting> settings();

    /** Problems with the settings' values (each settings map holds every key, defaults filled in). */
    default List<String> check(Map<String, String> settings) {
        return List.of();
    }

    List<String> header(Map<String, String> settings);

    List<String> row(ErpLine line, Map<String, String> settings, AmountFormat amounts);

    /** Amounts as text: exactly the currency's scale, with a decimal point or (for spreadsheets) a comma. */
    record AmountFormat(int scale, boolean decimalComma) {
        String format(long minor) {
            String text = java.math.BigDecimal.valueOf(minor, scale).toPlainString();
            return decimalComma ? text.replace('.', ',') : text;
        }

        /** Empty for zero: interface tables take a debit or a credit per line, the other left empty. */
        String formatOrEmpty(long minor) {
            return minor == 0 ? "" : format(minor);
        }
    }
}
