using System.Numerics;

namespace Workshop.DeepLearning;

/// <summary>
/// The hot loops of the batched level, on contiguous row-major arrays.
/// Each fast kernel has a plain reference version in <see cref="ReferenceKernels"/> that the tests compare it to.
/// </summary>
public static class Kernels
{
    /// <summary>
    /// C = op(A) · op(B) (or C += … when <paramref name="accumulate"/>), all row-major.
    /// op(A) is m×k: A is stored m×k, or k×m when <paramref name="transposeA"/>.
    /// op(B) is k×n: B is stored k×n, or n×k when <paramref name="transposeB"/>.
    /// </summary>
    public static void MatMul<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> c, int m, int k, int n,
        bool transposeA = false, bool transposeB = false, bool accumulate = false)
        where T : unmanaged, IFloatingPointIeee754<T>
        => ReferenceKernels.MatMul(a, b, c, m, k, n, transposeA, transposeB, accumulate);

    /// <summary>Adds <paramref name="row"/> (length cols) to every row of the rows×cols matrix <paramref name="c"/>.</summary>
    public static void AddRowVector<T>(Span<T> c, ReadOnlySpan<T> row, int rows, int cols)
        where T : unmanaged, IFloatingPointIeee754<T>
        => ReferenceKernels.AddRowVector(c, row, rows, cols);

    /// <summary>Sums the rows of the rows×cols matrix <paramref name="a"/> into <paramref name="sums"/> (length cols): db = Σ dZ.</summary>
    public static void SumRows<T>(ReadOnlySpan<T> a, Span<T> sums, int rows, int cols, bool accumulate = false)
        where T : unmanaged, IFloatingPointIeee754<T>
        => ReferenceKernels.SumRows(a, sums, rows, cols, accumulate);
}

/// <summary>The plain, readable versions of <see cref="Kernels"/>: the definition the fast code must match.</summary>
public static class ReferenceKernels
{
    public static void MatMul<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> c, int m, int k, int n,
        bool transposeA = false, bool transposeB = false, bool accumulate = false)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int i = 0; i < m; i++)
        for (int j = 0; j < n; j++)
        {
            T sum = T.Zero;
            for (int p = 0; p < k; p++)
            {
                T aip = transposeA ? a[p * m + i] : a[i * k + p];
                T bpj = transposeB ? b[j * k + p] : b[p * n + j];
                sum += aip * bpj;
            }
            c[i * n + j] = accumulate ? c[i * n + j] + sum : sum;
        }
    }

    public static void AddRowVector<T>(Span<T> c, ReadOnlySpan<T> row, int rows, int cols)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int i = 0; i < rows; i++)
        for (int j = 0; j < cols; j++)
            c[i * cols + j] += row[j];
    }

    public static void SumRows<T>(ReadOnlySpan<T> a, Span<T> sums, int rows, int cols, bool accumulate = false)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (!accumulate) sums[..cols].Clear();
        for (int i = 0; i < rows; i++)
        for (int j = 0; j < cols; j++)
            sums[j] += a[i * cols + j];
    }
}
