package dev.chargeback.ingest.internal;

/**
 * How the import uses the machine: {@code threads} partitions of a file run at once (0: one per core; the grid
 * size), and a partitionable file is split into one partition per thread, but no partition smaller than
 * {@link #MIN_PARTITION_BYTES} (small files stay whole). {@code partitions} > 0 forces that many partitions for
 * every partitionable file whatever its size (property {@code chargeback.import.partitions}; for tests of restart).
 */
record ImportSettings(int threads, int partitions) {
    static final long MIN_PARTITION_BYTES = 8L << 20;

    int threadCount() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** How many partitions a partitionable file of {@code sizeBytes} is split into, on a grid of {@code gridSize}. */
    int partitions(int gridSize, long sizeBytes) {
        if (partitions > 0) {
            return partitions;
        }
        return (int) Math.max(1, Math.min(gridSize, sizeBytes / MIN_PARTITION_BYTES));
    }
}
