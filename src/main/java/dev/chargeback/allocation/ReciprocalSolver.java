package dev.chargeback.allocation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;

/**
 * Solves the reciprocal equations F = c + A^T F, that is (I - A^T) F = c, where {@code a.get(i)} maps each pool j
 * to the fraction of pool i's full cost that j receives.
 *
 * <p>Mixed-precision iterative refinement: the matrix is factorised once in {@code double} (LU with partial
 * pivoting, fast for hundreds of pools), and the solution is corrected with residuals computed in 60-digit decimal
 * arithmetic over the sparse shares until they vanish. The result is carried at high precision and rounded once,
 * by the caller, to minor units.
 */
public final class ReciprocalSolver {
    private static final MathContext MC = new MathContext(60);
    private static final BigDecimal TOLERANCE = new BigDecimal("1e-30");

    private ReciprocalSolver() {
    }

    public static BigDecimal[] solve(List<Map<Integer, BigDecimal>> a, BigDecimal[] c) {
        int n = c.length;
        double[][] lu = new double[n][n];
        for (int i = 0; i < n; i++) {
            lu[i][i] = 1.0;
        }
        for (int i = 0; i < n; i++) {
            for (Map.Entry<Integer, BigDecimal> e : a.get(i).entrySet()) {
                lu[e.getKey()][i] -= e.getValue().doubleValue();
            }
        }
        int[] pivot = factorise(lu);
        BigDecimal[] x = new BigDecimal[n];
        java.util.Arrays.fill(x, BigDecimal.ZERO);
        BigDecimal[] r = c.clone();
        for (int iteration = 0; iteration < 12 && maxAbs(r).compareTo(TOLERANCE) > 0; iteration++) {
            double[] d = substitute(lu, pivot, r);
            for (int i = 0; i < n; i++) {
                x[i] = x[i].add(new BigDecimal(d[i]), MC);
            }
            r = residual(a, c, x);
        }
        return x;
    }

    private static BigDecimal[] residual(List<Map<Integer, BigDecimal>> a, BigDecimal[] c, BigDecimal[] x) {
        BigDecimal[] r = new BigDecimal[c.length];
        for (int j = 0; j < c.length; j++) {
            r[j] = c[j].subtract(x[j], MC);
        }
        for (int i = 0; i < c.length; i++) {
            for (Map.Entry<Integer, BigDecimal> e : a.get(i).entrySet()) {
                r[e.getKey()] = r[e.getKey()].add(e.getValue().multiply(x[i], MC), MC);
            }
        }
        return r;
    }

    private static BigDecimal maxAbs(BigDecimal[] v) {
        BigDecimal max = BigDecimal.ZERO;
        for (BigDecimal b : v) {
            max = max.max(b.abs());
        }
        return max;
    }

    /** In-place LU factorisation with partial pivoting; returns the row permutation. */
    private static int[] factorise(double[][] m) {
        int n = m.length;
        int[] pivot = new int[n];
        for (int k = 0; k < n; k++) {
            int p = k;
            for (int i = k + 1; i < n; i++) {
                if (Math.abs(m[i][k]) > Math.abs(m[p][k])) {
                    p = i;
                }
            }
            if (Math.abs(m[p][k]) < 1e-13) {
                throw new AllocationException("the reciprocal equations have no unique solution");
            }
            pivot[k] = p;
            double[] tmp = m[k];
            m[k] = m[p];
            m[p] = tmp;
            for (int i = k + 1; i < n; i++) {
                double f = m[i][k] / m[k][k];
                if (f == 0.0) {
                    continue;
                }
                m[i][k] = f;
                double[] rowI = m[i];
                double[] rowK = m[k];
                for (int j = k + 1; j < n; j++) {
                    rowI[j] -= f * rowK[j];
                }
            }
        }
        return pivot;
    }

    private static double[] substitute(double[][] lu, int[] pivot, BigDecimal[] rhs) {
        int n = lu.length;
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = rhs[i].doubleValue();
        }
        for (int k = 0; k < n; k++) {
            double t = b[k];
            b[k] = b[pivot[k]];
            b[pivot[k]] = t;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                b[i] -= lu[i][j] * b[j];
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            for (int j = i + 1; j < n; j++) {
                b[i] -= lu[i][j] * b[j];
            }
            b[i] /= lu[i][i];
        }
        return b;
    }
}
