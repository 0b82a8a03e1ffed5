package dev.chargeback.allocation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Largest-remainder apportionment: splits a whole number of minor units in proportion to weights, so that the
 * parts sum exactly to the total and no part is more than one minor unit from its exact share. The units left after
 * flooring go to the largest remainders; ties go to the earlier position (callers order positions by a stable key).
 */
public final class Apportionment {

    private Apportionment() {
    }

    /**
     * @param total   minor units to split (negative totals split like their absolute value, then negated)
     * @param weights non-negative weights with a positive sum
     */
    public static long[] largestRemainder(long total, List<BigDecimal> weights) {
        int scale = weights.stream().mapToInt(w -> Math.max(w.scale(), 0)).max().orElse(0);
        List<BigInteger> w = new ArrayList<>(weights.size());
        BigInteger sum = BigInteger.ZERO;
        for (BigDecimal weight : weights) {
            if (weight.signum() < 0) {
                throw new IllegalArgumentException("negative weight " + weight);
            }
            BigInteger scaled = weight.setScale(scale).unscaledValue();
            w.add(scaled);
            sum = sum.add(scaled);
        }
        if (sum.signum() == 0) {
            throw new IllegalArgumentException("weights sum to zero");
        }
        BigInteger magnitude = BigInteger.valueOf(total).abs();
        long[] parts = new long[w.size()];
        BigInteger[] remainders = new BigInteger[w.size()];
        long given = 0;
        for (int i = 0; i < parts.length; i++) {
            BigInteger[] qr = magnitude.multiply(w.get(i)).divideAndRemainder(sum);
            parts[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            given += parts[i];
        }
        long left = magnitude.longValueExact() - given;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> i));
        for (int k = 0; k < left; k++) {
            parts[order.get(k)]++;
        }
        if (total < 0) {
            for (int i = 0; i < parts.length; i++) {
                parts[i] = -parts[i];
            }
        }
        return parts;
    }
}
