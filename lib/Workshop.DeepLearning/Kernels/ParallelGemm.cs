using System.Numerics;

namespace Workshop.DeepLearning;

/// <summary>
/// Splits one large matrix multiply into independent slices of C, one per core, each run by <see cref="PackedGemm{T}"/>
/// with its own packing buffers. Small products (a batch-64 layer) stay on the calling thread: waking a second
/// thread costs more than it saves there (see <see cref="Kernels.ParallelThreshold"/>).
/// </summary>
internal sealed unsafe class ParallelGemm<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    // One job object per calling thread, reused, so that a call does not allocate a closure.
    [ThreadStatic] static ParallelGemm<T>? cached;

    readonly Action<int> body;
    T* a, b, c;
    int aRow, aCol, bRow, bCol, ldc, m, k, n, parts, step;
    bool accumulate, splitColumns;

    ParallelGemm() => body = RunPart;

    public static void Multiply(T* a, int aRow, int aCol, T* b, int bRow, int bCol, T* c, int ldc,
        int m, int k, int n, bool accumulate, int threads)
    {
        var job = cached ??= new ParallelGemm<T>();
        job.a = a; job.b = b; job.c = c;
        job.aRow = aRow; job.aCol = aCol; job.bRow = bRow; job.bCol = bCol; job.ldc = ldc;
        job.m = m; job.k = k; job.n = n; job.accumulate = accumulate;
        // Slice along the longer side of C, in whole micro-tiles, so that no tile is shared between threads.
        job.splitColumns = n >= m;
        int length = job.splitColumns ? n : m;
        int tile = job.splitColumns ? PackedGemm<T>.NR : PackedGemm<T>.MR;
        job.step = (length / threads + tile - 1) / tile * tile;
        job.parts = (length + job.step - 1) / job.step;
        Parallel.For(0, job.parts, job.body);
    }

    void RunPart(int part)
    {
        int start = part * step;
        if (splitColumns)
        {
            int cols = Math.Min(step, n - start);
            PackedGemm<T>.Multiply(a, aRow, aCol, b + (long)start * bCol, bRow, bCol, c + start, ldc, m, k, cols, accumulate);
        }
        else
        {
            int rows = Math.Min(step, m - start);
            PackedGemm<T>.Multiply(a + (long)start * aRow, aRow, aCol, b, bRow, bCol, c + (long)start * ldc, ldc, rows, k, n, accumulate);
        }
    }
}
