/**
 * The command line (picocli): {@code run}, {@code status}, {@code export}, {@code verify}, {@code close}, {@code reopen}, {@code bench}. Each
 * command starts the Spring context it needs with the chosen database and maps outcomes to exit codes:
 * 0 success, 2 bad input or usage (with a message that says what to fix), 1 any other failure.
 */
package dev.chargeback.cli;
