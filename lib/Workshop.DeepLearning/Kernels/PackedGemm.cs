using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Workshop.DeepLearning;

/// <summary>
/// The fast matrix multiply behind <see cref="Kernels.MatMul{T}"/>: a cache-blocked GEMM in the style of BLIS/GotoBLAS.
/// op(A) and op(B) are copied ("packed") into small contiguous panels so that the innermost loop, the micro-kernel,
/// reads both operands sequentially and keeps a whole MR×NR tile of C in registers while it sweeps over k.
/// Transposes cost nothing extra: they only change how the panels are read while packing.
/// </summary>
internal static unsafe class PackedGemm<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Rows of C per micro-tile: 6 rows × 2 vectors = 12 accumulator registers, leaving 4 of 16 for A and B.</summary>
    public const int MR = 6;

    /// <summary>Columns of C per micro-tile: two 256-bit vectors (16 floats or 8 doubles).</summary>
    public static readonly int NR = 2 * Vector256<T>.Count;

    // Block sizes: a KC×NR sliver of packed B stays in L1, an MC×KC block of packed A in L2,
    // and the KC×NC panel of packed B in L3.
    const int KC = 256;
    const int MC = 120;
    const int NC = 2048;

    // One pair of packing buffers per thread, grown once and then reused: a steady-state call allocates nothing.
    [ThreadStatic] static T[]? packedA;
    [ThreadStatic] static T[]? packedB;

    /// <summary>
    /// C[i*ldc + j] (=|+=) Σ_p A[i*aRow + p*aCol] · B[p*bRow + j*bCol] for i &lt; m, j &lt; n, p &lt; k.
    /// Strides express both transposes, and ldc lets a thread work on a column slice of C.
    /// </summary>
    public static void Multiply(T* a, int aRow, int aCol, T* b, int bRow, int bCol, T* c, int ldc,
        int m, int k, int n, bool accumulate)
    {
        if (m == 0 || n == 0) return;
        if (k == 0)
        {
            if (!accumulate)
                for (int i = 0; i < m; i++) new Span<T>(c + (long)i * ldc, n).Clear();
            return;
        }

        int nr = NR;
        int nc = Math.Min(NC, RoundUp(n, nr));
        // Pinned once, with room to start each buffer on a 64-byte cache line, so that no vector load straddles two lines.
        int pad = 64 / Unsafe.SizeOf<T>();
        var bufA = packedA ??= GC.AllocateUninitializedArray<T>(MC * KC + pad, pinned: true);
        if (packedB is null || packedB.Length < KC * nc + pad) packedB = GC.AllocateUninitializedArray<T>(KC * Math.Max(nc, 512) + pad, pinned: true);
        var bufB = packedB;

        fixed (T* pa0 = bufA, pb0 = bufB)
        {
            T* pa = AlignTo64(pa0), pb = AlignTo64(pb0);
            for (int jc = 0; jc < n; jc += nc)
            {
                int ncCur = Math.Min(nc, n - jc);
                for (int pc = 0; pc < k; pc += KC)
                {
                    int kc = Math.Min(KC, k - pc);
                    // Only the first slice of k may overwrite C; later slices add to what it wrote.
                    bool add = accumulate || pc > 0;
                    PackB(b + (long)pc * bRow + (long)jc * bCol, bRow, bCol, kc, ncCur, pb);
                    for (int ic = 0; ic < m; ic += MC)
                    {
                        int mcCur = Math.Min(MC, m - ic);
                        PackA(a + (long)ic * aRow + (long)pc * aCol, aRow, aCol, mcCur, kc, pa);
                        MacroKernel(pa, pb, c + (long)ic * ldc + jc, ldc, mcCur, ncCur, kc, add);
                    }
                }
            }
        }
    }

    static T* AlignTo64(T* p) => (T*)(((nint)p + 63) & ~(nint)63);

    static int RoundUp(int x, int multiple) => (x + multiple - 1) / multiple * multiple;

    /// <summary>Copies an mc×kc block of op(A) into row panels of MR rows, each stored column by column (MR values per k).</summary>
    static void PackA(T* a, int aRow, int aCol, int mc, int kc, T* dst)
    {
        for (int i0 = 0; i0 < mc; i0 += MR)
        {
            int rows = Math.Min(MR, mc - i0);
            T* src = a + (long)i0 * aRow;
            if (rows == MR && aCol == 1)
            {
                // A not transposed: six rows read side by side.
                T* r0 = src, r1 = src + aRow, r2 = src + 2 * aRow, r3 = src + 3 * aRow, r4 = src + 4 * aRow, r5 = src + 5 * aRow;
                for (int p = 0; p < kc; p++)
                {
                    dst[0] = r0[p]; dst[1] = r1[p]; dst[2] = r2[p]; dst[3] = r3[p]; dst[4] = r4[p]; dst[5] = r5[p];
                    dst += MR;
                }
            }
            else
            {
                // Transposed A (aRow == 1) reads MR consecutive values per k; edge panels are padded with zeros.
                for (int p = 0; p < kc; p++)
                {
                    T* col = src + (long)p * aCol;
                    int r = 0;
                    for (; r < rows; r++) dst[r] = col[(long)r * aRow];
                    for (; r < MR; r++) dst[r] = T.Zero;
                    dst += MR;
                }
            }
        }
    }

    /// <summary>Copies a kc×nc block of op(B) into column panels of NR columns, each stored row by row (NR values per k).</summary>
    static void PackB(T* b, int bRow, int bCol, int kc, int nc, T* dst)
    {
        int nr = NR;
        for (int j0 = 0; j0 < nc; j0 += nr)
        {
            int cols = Math.Min(nr, nc - j0);
            T* src = b + (long)j0 * bCol;
            if (cols == nr && bCol == 1)
            {
                // B not transposed: each k contributes NR contiguous values, two vector copies.
                for (int p = 0; p < kc; p++)
                {
                    new ReadOnlySpan<T>(src + (long)p * bRow, nr).CopyTo(new Span<T>(dst, nr));
                    dst += nr;
                }
            }
            else if (cols == nr && bRow == 1)
            {
                // Transposed B: walk each stored row (a column of op(B)) contiguously and scatter into the panel.
                for (int j = 0; j < nr; j++)
                {
                    T* col = src + (long)j * bCol;
                    T* d = dst + j;
                    for (int p = 0; p < kc; p++) d[p * nr] = col[p];
                }
                dst += kc * nr;
            }
            else
            {
                for (int p = 0; p < kc; p++)
                {
                    T* row = src + (long)p * bRow;
                    int j = 0;
                    for (; j < cols; j++) dst[j] = row[(long)j * bCol];
                    for (; j < nr; j++) dst[j] = T.Zero;
                    dst += nr;
                }
            }
        }
    }

    /// <summary>Multiplies a packed mc×kc block of A with the packed kc×nc panel of B into C, one MR×NR tile at a time.</summary>
    static void MacroKernel(T* pa, T* pb, T* c, int ldc, int mc, int nc, int kc, bool add)
    {
        int nr = NR;
        T* tile = stackalloc T[MR * 2 * Vector256<T>.Count];
        for (int j0 = 0; j0 < nc; j0 += nr)
        {
            int cols = Math.Min(nr, nc - j0);
            T* bPanel = pb + (long)j0 * kc;
            for (int i0 = 0; i0 < mc; i0 += MR)
            {
                int rows = Math.Min(MR, mc - i0);
                T* aPanel = pa + (long)i0 * kc;
                T* cTile = c + (long)i0 * ldc + j0;
                if (rows == MR && cols == nr)
                {
                    MicroKernel(kc, aPanel, bPanel, cTile, ldc, add);
                }
                else
                {
                    // Edge tile: compute the full padded tile into scratch, then copy only the part that exists.
                    MicroKernel(kc, aPanel, bPanel, tile, nr, add: false);
                    for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                    {
                        T v = tile[i * nr + j];
                        cTile[(long)i * ldc + j] = add ? cTile[(long)i * ldc + j] + v : v;
                    }
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void MicroKernel(int kc, T* a, T* b, T* c, int ldc, bool add)
    {
        if (Vector256.IsHardwareAccelerated && typeof(T) == typeof(float))
            MicroKernels.Float6x16(kc, (float*)a, (float*)b, (float*)c, ldc, add);
        else if (Vector256.IsHardwareAccelerated && typeof(T) == typeof(double))
            MicroKernels.Double6x8(kc, (double*)a, (double*)b, (double*)c, ldc, add);
        else if (Vector128.IsHardwareAccelerated)
            MicroKernels.Portable6x4V(kc, a, b, c, ldc, add);
        else
            MicroKernels.Scalar(kc, a, b, c, ldc, add, MR, NR);
    }
}
