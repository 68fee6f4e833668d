using System.Numerics;

namespace Workshop.DeepLearning;

/// <summary>
/// The hot loops of the batched level, on contiguous row-major arrays.
/// Each fast kernel has a plain reference version in <see cref="ReferenceKernels"/> that the tests compare it to.
/// The fast matrix multiply lives in Kernels/PackedGemm.cs (blocking and packing), Kernels/MicroKernels.cs (the
/// register-tiled inner loop) and Kernels/ParallelGemm.cs (splitting large products across cores); the element-wise
/// maps in Kernels/ElementWiseKernels.cs.
/// </summary>
public static partial class Kernels
{
    /// <summary>
    /// Products with at least this many multiply-adds (m·k·n) are split across cores; smaller ones run on the calling thread.
    /// 8 M keeps every product of the 784-128-10 network at batch 64 (6.4 M at most) on one thread, where handing half
    /// to a second thread gave 0.6–1.0× on the shared 2-core CI machine (`Workshop.Benchmarks -- threads`), while
    /// 256³ (16.8 M) and up use all cores (512³ ran 1.9× faster on two idle cores). Re-measure on other machines.
    /// </summary>
    public static long ParallelThreshold
    {
        get => parallelThreshold;
        set => parallelThreshold = value >= 0 ? value
            : throw new ArgumentException($"Kernels.ParallelThreshold must be at least 0 multiply-adds; got {value}");
    }
    static long parallelThreshold = 8_000_000;

    /// <summary>How many threads a large product may use (all cores by default; 1 turns threading off).</summary>
    public static int MaxThreads
    {
        get => maxThreads;
        set => maxThreads = value >= 1 ? value
            : throw new ArgumentException($"Kernels.MaxThreads must be at least 1 thread; got {value}");
    }
    static int maxThreads = Environment.ProcessorCount;

    /// <summary>
    /// C = op(A) · op(B) (or C += … when <paramref name="accumulate"/>), all row-major.
    /// op(A) is m×k: A is stored m×k, or k×m when <paramref name="transposeA"/>.
    /// op(B) is k×n: B is stored k×n, or n×k when <paramref name="transposeB"/>.
    /// </summary>
    public static unsafe void MatMul<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> c, int m, int k, int n,
        bool transposeA = false, bool transposeB = false, bool accumulate = false)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (m < 0 || k < 0 || n < 0)
            throw new ArgumentException($"MatMul needs non-negative sizes; got m={m}, k={k}, n={n}");
        // The messages are built only on failure: a steady-state call must not allocate.
        if (a.Length < (long)m * k) throw TooShort("MatMul", "A", a.Length, transposeA ? k : m, transposeA ? m : k);
        if (b.Length < (long)k * n) throw TooShort("MatMul", "B", b.Length, transposeB ? n : k, transposeB ? k : n);
        if (c.Length < (long)m * n) throw TooShort("MatMul", "C", c.Length, m, n);

        // Element (i, p) of op(A) is at i*aRow + p*aCol; (p, j) of op(B) at p*bRow + j*bCol.
        int aRow = transposeA ? 1 : k, aCol = transposeA ? m : 1;
        int bRow = transposeB ? 1 : n, bCol = transposeB ? k : 1;
        fixed (T* pa = a, pb = b, pc = c)
        {
            int threads = Math.Min(MaxThreads, Environment.ProcessorCount);
            if (threads > 1 && (long)m * k * n >= ParallelThreshold)
                ParallelGemm<T>.Multiply(pa, aRow, aCol, pb, bRow, bCol, pc, n, m, k, n, accumulate, threads);
            else
                PackedGemm<T>.Multiply(pa, aRow, aCol, pb, bRow, bCol, pc, n, m, k, n, accumulate);
        }
    }

    static ArgumentException TooShort(string kernel, string name, int length, int rows, int cols)
        => new($"{kernel} got {name} with {length} elements; expected at least {(long)rows * cols} for a {rows}×{cols} matrix");
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

    public static void Relu<T>(ReadOnlySpan<T> x, Span<T> y) where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int i = 0; i < x.Length; i++) y[i] = x[i] > T.Zero ? x[i] : T.Zero;
    }

    public static void ReluBackward<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> dy, Span<T> dx) where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int i = 0; i < x.Length; i++) dx[i] = x[i] > T.Zero ? dy[i] : T.Zero;
    }

    public static void Axpy<T>(T alpha, ReadOnlySpan<T> x, Span<T> y) where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int i = 0; i < x.Length; i++) y[i] += alpha * x[i];
    }

    public static void Scale<T>(T alpha, ReadOnlySpan<T> x, Span<T> y) where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int i = 0; i < x.Length; i++) y[i] = alpha * x[i];
    }
}
