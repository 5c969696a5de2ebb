package io.netreport.nn;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;

/**
 * The matrix products of the forward and backward pass, written for the shapes of this problem:
 * few rows (layer widths) and long rows (one entry per sample).
 *
 * <p>The sample-long matrices are held as one array per row ({@code double[row][sample]}), not as
 * EJML's single row-major array: in a loop that adds one row into another, the JIT vectorizes only
 * if it knows the two rows cannot overlap, which it cannot prove for two ranges of one array but
 * knows for two arrays indexed alike. Measured on the default shapes, that alone is a factor of 5.
 * The weights and gradients stay EJML matrices.
 *
 * <p>Two loop shapes do all the work. Products that build a row from other rows add weighted rows
 * into it, four at a time ({@code y += c0 x0 + c1 x1 + c2 x2 + c3 x3}, a long vectorized loop).
 * The weight gradient needs sums along rows, which the JIT does not vectorize; it keeps eight
 * independent sums in flight instead. Every loop visits its terms in a fixed order, so results are
 * the same on every run, thread count and machine. Only the argument named as the output is written.
 */
final class Kernels {

    private Kernels() {
    }

    /** {@code z = w * a + b}, with {@code b} broadcast along each row. Writes {@code z}. */
    static void affine(DMatrixRMaj w, double[][] a, DMatrixRMaj b, double[][] z) {
        int m = a[0].length;
        int tile = columnsPerTile(a.length);
        for (int j0 = 0; j0 < m; j0 += tile) {
            int j1 = Math.min(m, j0 + tile);
            for (int i = 0; i < w.numRows; i++) {
                Arrays.fill(z[i], j0, j1, b.data[i]);
                addWeightedRows(w.data, i * w.numCols, 1, a, 0, a.length, z[i], j0, j1);
            }
        }
    }

    /** {@code a = max(z, 0)}. Writes {@code a}. */
    static void relu(double[][] z, double[][] a) {
        for (int i = 0; i < z.length; i++) {
            double[] zi = z[i];
            double[] ai = a[i];
            for (int j = 0; j < zi.length; j++) {
                ai[j] = Math.max(zi[j], 0.0);
            }
        }
    }

    /** {@code a = 1 / (1 + e^-z)} for the single output row. Writes {@code a}. */
    static void sigmoid(double[] z, double[] a) {
        for (int j = 0; j < z.length; j++) {
            a[j] = Losses.sigmoid(z[j]);
        }
    }

    /** From this many inputs on, the weight gradient is faster through a transposed copy of the inputs. */
    static final int TRANSPOSE_FROM = 32;

    /**
     * {@code dw = scale * dz * a^T}: entry (i, k) is the sum along row i of dz times row k of a,
     * summed in {@code sums} ({@code outputs x inputs} scratch) a tile of samples at a time.
     *
     * <p>For layers of at least {@link #TRANSPOSE_FROM} inputs, given {@code at} (a
     * {@code samples x inputs} scratch), row i of the sums grows as weighted rows of {@code a^T}, the
     * vectorized loop. Otherwise two rows of dz meet four rows of a and eight independent sums
     * advance together. Either way each sum adds its terms in sample order. Writes {@code dw} and the
     * scratch.
     */
    static void weightGradient(double scale, double[][] dz, double[][] a, double[][] at, double[][] sums, DMatrixRMaj dw) {
        int m = dz[0].length;
        for (double[] row : sums) {
            Arrays.fill(row, 0.0);
        }
        if (at != null) {
            transpose(a, at);
        }
        int tile = columnsPerTile(a.length + dz.length);
        for (int j0 = 0; j0 < m; j0 += tile) {
            int j1 = Math.min(m, j0 + tile);
            if (at != null) {
                for (int i = 0; i < dz.length; i++) {
                    addWeightedRows(dz[i], 0, 1, at, j0, j1, sums[i], 0, a.length);
                }
            } else {
                addRowProducts(dz, a, j0, j1, sums);
            }
        }
        for (int i = 0; i < dz.length; i++) {
            for (int k = 0; k < a.length; k++) {
                dw.data[i * a.length + k] = scale * sums[i][k];
            }
        }
    }

    /** {@code sums[i][k] += sum over j in [j0, j1) of dz[i][j] * a[k][j]}, eight sums at a time. Writes {@code sums}. */
    private static void addRowProducts(double[][] dz, double[][] a, int j0, int j1, double[][] sums) {
        int outputs = dz.length;
        int inputs = a.length;
        int i = 0;
        for (; i + 1 < outputs; i += 2) {
            double[] g0 = dz[i];
            double[] g1 = dz[i + 1];
            double[] out0 = sums[i];
            double[] out1 = sums[i + 1];
            int k = 0;
            for (; k + 3 < inputs; k += 4) {
                double[] x0 = a[k];
                double[] x1 = a[k + 1];
                double[] x2 = a[k + 2];
                double[] x3 = a[k + 3];
                double s00 = out0[k], s01 = out0[k + 1], s02 = out0[k + 2], s03 = out0[k + 3];
                double s10 = out1[k], s11 = out1[k + 1], s12 = out1[k + 2], s13 = out1[k + 3];
                for (int j = j0; j < j1; j++) {
                    double d0 = g0[j];
                    double d1 = g1[j];
                    s00 += d0 * x0[j];
                    s01 += d0 * x1[j];
                    s02 += d0 * x2[j];
                    s03 += d0 * x3[j];
                    s10 += d1 * x0[j];
                    s11 += d1 * x1[j];
                    s12 += d1 * x2[j];
                    s13 += d1 * x3[j];
                }
                out0[k] = s00;
                out0[k + 1] = s01;
                out0[k + 2] = s02;
                out0[k + 3] = s03;
                out1[k] = s10;
                out1[k + 1] = s11;
                out1[k + 2] = s12;
                out1[k + 3] = s13;
            }
            for (; k < inputs; k++) {
                out0[k] = dot(out0[k], g0, a[k], j0, j1);
                out1[k] = dot(out1[k], g1, a[k], j0, j1);
            }
        }
        for (; i < outputs; i++) {
            for (int k = 0; k < inputs; k++) {
                sums[i][k] = dot(sums[i][k], dz[i], a[k], j0, j1);
            }
        }
    }

    /**
     * {@code at[j][k] = a[k][j]}, in blocks of 64 samples so that the rows of {@code at} being filled
     * stay in the L1 cache. Writes {@code at}.
     */
    private static void transpose(double[][] a, double[][] at) {
        int m = at.length;
        for (int j0 = 0; j0 < m; j0 += 64) {
            int j1 = Math.min(m, j0 + 64);
            for (int k = 0; k < a.length; k++) {
                double[] ak = a[k];
                for (int j = j0; j < j1; j++) {
                    at[j][k] = ak[j];
                }
            }
        }
    }

    /** {@code da = w^T * dz}: row k of da adds the rows of dz weighted by column k of w. Writes {@code da}. */
    static void inputGradient(DMatrixRMaj w, double[][] dz, double[][] da) {
        int m = dz[0].length;
        int tile = columnsPerTile(dz.length);
        for (int j0 = 0; j0 < m; j0 += tile) {
            int j1 = Math.min(m, j0 + tile);
            for (int k = 0; k < w.numCols; k++) {
                Arrays.fill(da[k], j0, j1, 0.0);
                addWeightedRows(w.data, k, w.numCols, dz, 0, dz.length, da[k], j0, j1);
            }
        }
    }

    /** {@code db = scale * (sum of each row of dz)}, as four interleaved partial sums. Writes {@code db}. */
    static void biasGradient(double scale, double[][] dz, DMatrixRMaj db) {
        for (int i = 0; i < dz.length; i++) {
            double[] d = dz[i];
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            int j = 0;
            for (; j + 3 < d.length; j += 4) {
                s0 += d[j];
                s1 += d[j + 1];
                s2 += d[j + 2];
                s3 += d[j + 3];
            }
            for (; j < d.length; j++) {
                s0 += d[j];
            }
            db.data[i] = scale * ((s0 + s1) + (s2 + s3));
        }
    }

    /**
     * {@code dz = dz .* relu'(z)}, the derivative taken as 0 at the kink. It is read off the
     * activations {@code a = max(z, 0)}: {@code min(1, ceil(a))} is 1 where a > 0 and 0 where a = 0,
     * without a branch the processor could mispredict (half the units of a trained layer are off,
     * at random). Writes {@code dz}.
     */
    static void maskByReluDerivative(double[][] a, double[][] dz) {
        for (int i = 0; i < a.length; i++) {
            double[] ai = a[i];
            double[] di = dz[i];
            for (int j = 0; j < ai.length; j++) {
                di[j] *= Math.min(1.0, Math.ceil(ai[j]));
            }
        }
    }

    /**
     * Columns per tile when {@code rows} rows are read together by every output row: about 256 KB of
     * them, half the L2 cache, so large data sets are read from memory once per product instead of
     * once per output row. Small data sets fit in one tile. Tiling changes the order in which entries
     * are computed, never the order of the terms within one entry.
     */
    private static int columnsPerTile(int rows) {
        return Math.max(512, 32_768 / Math.max(1, rows));
    }

    /**
     * {@code y[j0..j1) += sum over r in [r0, r1) of c[offset + r * stride] * x[r][j0..j1)}, the rows
     * taken four at a time and added left to right: exactly the sums of adding them one by one,
     * touching {@code y} a quarter as often. Writes {@code y}.
     */
    private static void addWeightedRows(double[] c, int offset, int stride, double[][] x, int r0, int r1, double[] y,
                                        int j0, int j1) {
        int r = r0;
        for (; r + 3 < r1; r += 4) {
            double c0 = c[offset + r * stride];
            double c1 = c[offset + (r + 1) * stride];
            double c2 = c[offset + (r + 2) * stride];
            double c3 = c[offset + (r + 3) * stride];
            double[] x0 = x[r];
            double[] x1 = x[r + 1];
            double[] x2 = x[r + 2];
            double[] x3 = x[r + 3];
            for (int j = j0; j < j1; j++) {
                y[j] = y[j] + c0 * x0[j] + c1 * x1[j] + c2 * x2[j] + c3 * x3[j];
            }
        }
        for (; r < r1; r++) {
            double c0 = c[offset + r * stride];
            double[] x0 = x[r];
            for (int j = j0; j < j1; j++) {
                y[j] += c0 * x0[j];
            }
        }
    }

    /** {@code sum + x[j0] y[j0] + ... + x[j1-1] y[j1-1]}, added left to right. */
    private static double dot(double sum, double[] x, double[] y, int j0, int j1) {
        for (int j = j0; j < j1; j++) {
            sum += x[j] * y[j];
        }
        return sum;
    }
}
