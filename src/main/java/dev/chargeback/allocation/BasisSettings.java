package dev.chargeback.allocation;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The settings of one pool entry as the rules reader hands them to a basis' factory (see {@link BasisRegistry}).
 * Keys are those of rules.yaml; a key the basis does not ask for is refused by the reader, so each basis declares
 * its settings by reading them. Problems are reported to the reader, which names the file and line.
 */
public interface BasisSettings {

    /** Whether the pool gives {@code key}. */
    boolean has(String key);

    /** The single value of {@code key}, or null when absent (a value that is not single is reported). */
    String text(String key);

    /** The decimal value of {@code key}, or null when absent or not a number (reported). */
    BigDecimal number(String key);

    /**
     * The mapping of {@code key} from cost center to decimal (such as {@code shares:}); empty when absent. A value that
     * is not a number (called {@code valueName} in the message) or a cost center given twice is reported.
     */
    Map<String, BigDecimal> numbers(String key, String valueName);

    /** Reports a problem of the pool (at its line). */
    void problem(String text);

    /** Reports a problem of the value of {@code key} (at its line). */
    void problem(String key, String text);

    /** The required {@code driver:}; null (and reported) when absent or not a driver. */
    default DriverRef driver(String basisWord) {
        String text = text("driver");
        if (text == null) {
            problem("basis " + basisWord + " needs `driver:` (hours, usage:<service> or stat:<DRIVER>)");
            return null;
        }
        try {
            return DriverRef.parse(text);
        } catch (IllegalArgumentException e) {
            problem("driver", e.getMessage());
            return null;
        }
    }

    /** {@code on_no_driver: error} (the default, false) or {@code remainder} (true). */
    default boolean remainderWhenNoDriver() {
        String v = text("on_no_driver");
        if (v == null || v.equals("error")) {
            return false;
        }
        if (!v.equals("remainder")) {
            problem("on_no_driver", "on_no_driver is '" + v + "'; expected error or remainder");
        }
        return v.equals("remainder");
    }
}
