/**
 * The pure allocation core: cost pools, driver quantities, allocation rules and the methods that spread service
 * cost (direct, step-down with cascades, reciprocal; proportional, fixed, even, rate and TDABC bases), with
 * largest-remainder rounding in minor units. Imports only {@code java.*} (an ArchUnit test keeps it so): it is fed
 * plain records and returns plain records, so an auditor can read the money logic in one sitting.
 *
 * <p>Entry point: {@link dev.chargeback.allocation.Allocator#allocate(AllocationInput)}.
 */
package dev.chargeback.allocation;
