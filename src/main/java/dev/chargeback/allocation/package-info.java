/**
 * The pure allocation core: cost pools, driver quantities, allocation rules and the methods that spread service
 * cost (direct, step-down with cascades, reciprocal), with largest-remainder rounding in minor units. Imports only
 * {@code java.*} (an ArchUnit test keeps it so): it is fed plain records and returns plain records, so an auditor can
 * read the money logic in one sitting. Every sum is exact: an amount beyond what the ledger holds (a {@code long} of
 * minor units) is an {@link dev.chargeback.allocation.AllocationException} naming the pool.
 *
 * <p>Entry points: {@link dev.chargeback.allocation.Allocator#allocate(AllocationInput)}, and
 * {@link dev.chargeback.allocation.Allocator#checkRules} to check rules against the organisation before any data is
 * imported.
 *
 * <h2>Bases</h2>
 * A pool's basis is one type of the sealed {@link dev.chargeback.allocation.AllocationBasis}:
 * {@link dev.chargeback.allocation.ProportionalToDriver} ({@code proportional}),
 * {@link dev.chargeback.allocation.FixedShares} ({@code fixed}), {@link dev.chargeback.allocation.EvenSplit}
 * ({@code even}), {@link dev.chargeback.allocation.StandardRate} ({@code rate}) and
 * {@link dev.chargeback.allocation.TimeDrivenCapacity} ({@code tdabc}). Each owns its settings, its checks, the
 * quantities it weights receivers by, its {@link dev.chargeback.allocation.PoolSpread} and its part of the method
 * detail. The methods only see spreads, in which each receiver's amount is either a fixed charge or a fraction of
 * the pool's total; none of them asks which basis it holds.
 *
 * <h2>Adding a basis (say a dual rate)</h2>
 * <ol>
 *   <li>Write one record, {@code DualRate implements AllocationBasis}, beside the others: a {@code WORD} constant
 *       ({@code "dual-rate"}, the word of rules.yaml and allocations.csv), a static {@code from(BasisSettings)} that
 *       reads its settings by key (the keys it reads are the keys rules.yaml accepts for it; report a missing or bad
 *       value to the settings and return null), and the behaviour: {@code problems} (checks against the
 *       organisation), {@code quantities} (what it weights receivers by, from a {@code QuantitySource}),
 *       {@code spread} (fixed charges and/or fractions, a remainder weight, who takes what charges leave) and, if
 *       it has figures of its own, {@code addWorking}.</li>
 *   <li>Register it: add it to the {@code permits} clause of {@code AllocationBasis} and one line
 *       {@code register(DualRate.WORD, DualRate::from)} to {@link dev.chargeback.allocation.BasisRegistry}
 *       ({@code BasisRegistryTest} fails when a permitted type is not registered).</li>
 * </ol>
 * Nothing else changes for a basis whose working is its flows (their rates and quantities are in allocations.csv):
 * the rules reader, the checks, the three methods, the journal and the outputs take it as it is. Document its keys in
 * docs/rules-format.md. A basis with figures of its own in method-detail.json (as TDABC's capacity and rate cards'
 * recovery) is not yet one class: today {@link dev.chargeback.allocation.MethodDetail} holds one list per such basis,
 * so its figures also need a list there, their rows in the ledger's run store and their part of the JSON writer.
 *
 * <p>Public API (used by ingest, rules, ledger, report, run and cli): the whole package, which is the core's model.
 */
package dev.chargeback.allocation;
