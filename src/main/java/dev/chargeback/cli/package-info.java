/**
 * The command line (picocli): {@code run}, {@code status}, {@code export}, {@code verify}, {@code close},
 * {@code reopen}, {@code bench}. Each command starts the Spring context it needs with the chosen database and maps
 * outcomes to exit codes: 0 success; 2 the engine's own input and usage errors (bad input files or rules, a closed
 * period, a database that cannot be used, an unknown option or a malformed {@code --period} / {@code --method},
 * which picocli's converters here refuse), each with a message that says what to fix; 1 anything else, printed as
 * "failed: ..." (with its stack trace when {@code CHARGEBACK_DEBUG} is set). A plain IllegalArgumentException is a
 * bug, not a usage error, and exits 1.
 *
 * <p>No other feature uses this package: it is the outermost edge ({@code ChargebackCli} is the jar's main class).
 */
package dev.chargeback.cli;
