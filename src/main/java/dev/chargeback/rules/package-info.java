/**
 * The rules file ({@code rules.yaml}): how each pool is allocated, read with line numbers so that every problem
 * names the line to change. See {@code docs/rules-format.md}.
 */
package dev.chargeback.rules;
