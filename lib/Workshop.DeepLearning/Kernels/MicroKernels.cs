using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Workshop.DeepLearning;

/// <summary>
/// The innermost loops of <see cref="PackedGemm{T}"/>: one 6-row tile of C kept in registers while k is swept.
/// Written out by hand (no loops over the tile) so that the JIT keeps all twelve accumulators in registers.
/// </summary>
internal static unsafe class MicroKernels
{
    /// <summary>C[0..6, 0..16] (=|+=) Σ_p a[p*6 + i] · b[p*16 + j]: 12 accumulators of 8 floats, two FMAs per broadcast of A.</summary>
    public static void Float6x16(int kc, float* a, float* b, float* c, int ldc, bool add)
    {
        Vector256<float> c00 = default, c01 = default;
        Vector256<float> c10 = default, c11 = default;
        Vector256<float> c20 = default, c21 = default;
        Vector256<float> c30 = default, c31 = default;
        Vector256<float> c40 = default, c41 = default;
        Vector256<float> c50 = default, c51 = default;
        for (int p = 0; p < kc; p++)
        {
            var b0 = Vector256.Load(b);
            var b1 = Vector256.Load(b + 8);
            var a0 = Vector256.Create(a[0]);
            c00 = MulAdd(a0, b0, c00); c01 = MulAdd(a0, b1, c01);
            var a1 = Vector256.Create(a[1]);
            c10 = MulAdd(a1, b0, c10); c11 = MulAdd(a1, b1, c11);
            var a2 = Vector256.Create(a[2]);
            c20 = MulAdd(a2, b0, c20); c21 = MulAdd(a2, b1, c21);
            var a3 = Vector256.Create(a[3]);
            c30 = MulAdd(a3, b0, c30); c31 = MulAdd(a3, b1, c31);
            var a4 = Vector256.Create(a[4]);
            c40 = MulAdd(a4, b0, c40); c41 = MulAdd(a4, b1, c41);
            var a5 = Vector256.Create(a[5]);
            c50 = MulAdd(a5, b0, c50); c51 = MulAdd(a5, b1, c51);
            a += 6;
            b += 16;
        }
        Store(c00, c + 0 * ldc, add); Store(c01, c + 0 * ldc + 8, add);
        Store(c10, c + 1 * ldc, add); Store(c11, c + 1 * ldc + 8, add);
        Store(c20, c + 2 * ldc, add); Store(c21, c + 2 * ldc + 8, add);
        Store(c30, c + 3 * ldc, add); Store(c31, c + 3 * ldc + 8, add);
        Store(c40, c + 4 * ldc, add); Store(c41, c + 4 * ldc + 8, add);
        Store(c50, c + 5 * ldc, add); Store(c51, c + 5 * ldc + 8, add);
    }

    /// <summary>C[0..6, 0..8] (=|+=) Σ_p a[p*6 + i] · b[p*8 + j]: 12 accumulators of 4 doubles, two FMAs per broadcast of A.</summary>
    public static void Double6x8(int kc, double* a, double* b, double* c, int ldc, bool add)
    {
        Vector256<double> c00 = default, c01 = default;
        Vector256<double> c10 = default, c11 = default;
        Vector256<double> c20 = default, c21 = default;
        Vector256<double> c30 = default, c31 = default;
        Vector256<double> c40 = default, c41 = default;
        Vector256<double> c50 = default, c51 = default;
        for (int p = 0; p < kc; p++)
        {
            var b0 = Vector256.Load(b);
            var b1 = Vector256.Load(b + 4);
            var a0 = Vector256.Create(a[0]);
            c00 = MulAdd(a0, b0, c00); c01 = MulAdd(a0, b1, c01);
            var a1 = Vector256.Create(a[1]);
            c10 = MulAdd(a1, b0, c10); c11 = MulAdd(a1, b1, c11);
            var a2 = Vector256.Create(a[2]);
            c20 = MulAdd(a2, b0, c20); c21 = MulAdd(a2, b1, c21);
            var a3 = Vector256.Create(a[3]);
            c30 = MulAdd(a3, b0, c30); c31 = MulAdd(a3, b1, c31);
            var a4 = Vector256.Create(a[4]);
            c40 = MulAdd(a4, b0, c40); c41 = MulAdd(a4, b1, c41);
            var a5 = Vector256.Create(a[5]);
            c50 = MulAdd(a5, b0, c50); c51 = MulAdd(a5, b1, c51);
            a += 6;
            b += 8;
        }
        Store(c00, c + 0 * ldc, add); Store(c01, c + 0 * ldc + 4, add);
        Store(c10, c + 1 * ldc, add); Store(c11, c + 1 * ldc + 4, add);
        Store(c20, c + 2 * ldc, add); Store(c21, c + 2 * ldc + 4, add);
        Store(c30, c + 3 * ldc, add); Store(c31, c + 3 * ldc + 4, add);
        Store(c40, c + 4 * ldc, add); Store(c41, c + 4 * ldc + 4, add);
        Store(c50, c + 5 * ldc, add); Store(c51, c + 5 * ldc + 4, add);
    }

    /// <summary>
    /// The same 6-row tile with 128-bit vectors, four per row (24 accumulators): the path for CPUs without
    /// accelerated 256-bit vectors, e.g. ARM NEON, which has 32 vector registers. Correct (if slow) anywhere.
    /// </summary>
    public static void Portable6x4V<T>(int kc, T* a, T* b, T* c, int ldc, bool add)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int w = Vector128<T>.Count;
        Vector128<T> c00 = default, c01 = default, c02 = default, c03 = default;
        Vector128<T> c10 = default, c11 = default, c12 = default, c13 = default;
        Vector128<T> c20 = default, c21 = default, c22 = default, c23 = default;
        Vector128<T> c30 = default, c31 = default, c32 = default, c33 = default;
        Vector128<T> c40 = default, c41 = default, c42 = default, c43 = default;
        Vector128<T> c50 = default, c51 = default, c52 = default, c53 = default;
        for (int p = 0; p < kc; p++)
        {
            var b0 = Vector128.Load(b); var b1 = Vector128.Load(b + w); var b2 = Vector128.Load(b + 2 * w); var b3 = Vector128.Load(b + 3 * w);
            var a0 = Vector128.Create(a[0]);
            c00 += a0 * b0; c01 += a0 * b1; c02 += a0 * b2; c03 += a0 * b3;
            var a1 = Vector128.Create(a[1]);
            c10 += a1 * b0; c11 += a1 * b1; c12 += a1 * b2; c13 += a1 * b3;
            var a2 = Vector128.Create(a[2]);
            c20 += a2 * b0; c21 += a2 * b1; c22 += a2 * b2; c23 += a2 * b3;
            var a3 = Vector128.Create(a[3]);
            c30 += a3 * b0; c31 += a3 * b1; c32 += a3 * b2; c33 += a3 * b3;
            var a4 = Vector128.Create(a[4]);
            c40 += a4 * b0; c41 += a4 * b1; c42 += a4 * b2; c43 += a4 * b3;
            var a5 = Vector128.Create(a[5]);
            c50 += a5 * b0; c51 += a5 * b1; c52 += a5 * b2; c53 += a5 * b3;
            a += 6;
            b += 4 * w;
        }
        Store(c00, c + 0 * ldc, add); Store(c01, c + 0 * ldc + w, add); Store(c02, c + 0 * ldc + 2 * w, add); Store(c03, c + 0 * ldc + 3 * w, add);
        Store(c10, c + 1 * ldc, add); Store(c11, c + 1 * ldc + w, add); Store(c12, c + 1 * ldc + 2 * w, add); Store(c13, c + 1 * ldc + 3 * w, add);
        Store(c20, c + 2 * ldc, add); Store(c21, c + 2 * ldc + w, add); Store(c22, c + 2 * ldc + 2 * w, add); Store(c23, c + 2 * ldc + 3 * w, add);
        Store(c30, c + 3 * ldc, add); Store(c31, c + 3 * ldc + w, add); Store(c32, c + 3 * ldc + 2 * w, add); Store(c33, c + 3 * ldc + 3 * w, add);
        Store(c40, c + 4 * ldc, add); Store(c41, c + 4 * ldc + w, add); Store(c42, c + 4 * ldc + 2 * w, add); Store(c43, c + 4 * ldc + 3 * w, add);
        Store(c50, c + 5 * ldc, add); Store(c51, c + 5 * ldc + w, add); Store(c52, c + 5 * ldc + 2 * w, add); Store(c53, c + 5 * ldc + 3 * w, add);
    }

    /// <summary>The same tile in plain scalar code, for runtimes without any hardware vectors.</summary>
    public static void Scalar<T>(int kc, T* a, T* b, T* c, int ldc, bool add, int mr, int nr)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        T* tile = stackalloc T[mr * nr];
        new Span<T>(tile, mr * nr).Clear();
        for (int p = 0; p < kc; p++, a += mr, b += nr)
        for (int i = 0; i < mr; i++)
        {
            T ai = a[i];
            T* row = tile + i * nr;
            for (int j = 0; j < nr; j++) row[j] += ai * b[j];
        }
        for (int i = 0; i < mr; i++)
        for (int j = 0; j < nr; j++)
            c[i * ldc + j] = add ? c[i * ldc + j] + tile[i * nr + j] : tile[i * nr + j];
    }

    // Fused multiply-add where the hardware has it (every x64 CPU with AVX2 does); otherwise multiply then add.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector256<float> MulAdd(Vector256<float> a, Vector256<float> b, Vector256<float> c)
        => Fma.IsSupported ? Fma.MultiplyAdd(a, b, c) : a * b + c;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector256<double> MulAdd(Vector256<double> a, Vector256<double> b, Vector256<double> c)
        => Fma.IsSupported ? Fma.MultiplyAdd(a, b, c) : a * b + c;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void Store<T>(Vector256<T> v, T* c, bool add) where T : unmanaged
    {
        if (add) v += Vector256.Load(c);
        Vector256.Store(v, c);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void Store<T>(Vector128<T> v, T* c, bool add) where T : unmanaged
    {
        if (add) v += Vector128.Load(c);
        Vector128.Store(v, c);
    }
}
