package dev.chargeback.sample;

import java.util.List;

/**
 * One seeded stream per topic (costs, usage, timesheets), with the few draws the generator needs. Each is written
 * exactly as the Python generator wrote it on top of {@code random()}, so the sequences, and the data, are the same.
 */
final class TopicRandom {
    private static final int SEED = 20260801;

    private final PythonRandom random;

    TopicRandom(String topic) {
        random = new PythonRandom(SEED + "/" + topic);
    }

    double random() {
        return random.random();
    }

    double uniform(double a, double b) {
        return a + (b - a) * random.random();
    }

    /** An integer in [a, b], both included. */
    int randint(int a, int b) {
        return a + Math.min((int) (random.random() * (b - a + 1)), b - a);
    }

    boolean chance(double p) {
        return random.random() < p;
    }

    <T> T choice(List<T> items) {
        return items.get(randint(0, items.size() - 1));
    }

    int choice(int... items) {
        return items[randint(0, items.length - 1)];
    }

    /** One item, with probability proportional to its weight (weights > 0). */
    <T> T weighted(List<Weighted<T>> items) {
        double total = 0;
        for (Weighted<T> item : items) {
            total += item.weight();
        }
        double x = random.random() * total;
        double cumulative = 0.0;
        for (Weighted<T> item : items) {
            cumulative += item.weight();
            if (x < cumulative) {
                return item.item();
            }
        }
        return items.getLast().item();
    }

    /** The value moved by up to plus or minus {@code pct} (a fraction). */
    double jitter(double value, double pct) {
        return value * (1.0 + uniform(-pct, pct));
    }

    /** An item and its weight in a draw. */
    record Weighted<T>(T item, double weight) {
        static <T> Weighted<T> of(T item, double weight) {
            return new Weighted<>(item, weight);
        }
    }
}
