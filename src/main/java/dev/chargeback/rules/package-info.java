/**
 * The rules file ({@code rules.yaml}, or any file given to {@code --rules}): how each pool is allocated, read with
 * line numbers so that every problem names the file (as the user gave it) and the line to change. Each pool's basis
 * reads its own settings through {@link dev.chargeback.allocation.BasisRegistry}; a key neither the pool nor its basis
 * reads is refused, as is a key given twice in any mapping and a YAML alias bomb. See {@code docs/rules-format.md}.
 *
 * <p>Public API (used by run): {@link dev.chargeback.rules.RulesFile}, {@link dev.chargeback.rules.RuleSet} and
 * {@link dev.chargeback.rules.RulesException}.
 */
package dev.chargeback.rules;
