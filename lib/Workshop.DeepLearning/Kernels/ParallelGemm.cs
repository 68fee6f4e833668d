using System.Numerics;
using System.Runtime.ExceptionServices;

namespace Workshop.DeepLearning;

/// <summary>
/// Splits one large matrix multiply into independent slices of C, each run by <see cref="PackedGemm{T}"/> with the
/// running thread's own packing buffers. Small products (a batch-64 layer) stay on the calling thread: waking a second
/// thread costs more than it saves there (see <see cref="Kernels.ParallelThreshold"/>).
/// <para>
/// Why not Parallel.For: it allocates about 1.7 KB per call. Here one reusable job per calling thread is queued to
/// the thread pool as a work item; the caller and the helpers claim slices from a shared counter, so the caller simply
/// does all the work itself if no helper gets a thread in time, and a late helper finds nothing left to claim.
/// </para>
/// </summary>
internal sealed unsafe class ParallelGemm<T> : IThreadPoolWorkItem where T : unmanaged, IFloatingPointIeee754<T>
{
    // Far above any slice count: a helper that wakes up after its call finished claims nothing.
    const int Closed = 1 << 30;

    [ThreadStatic] static ParallelGemm<T>? cached;

    readonly ManualResetEventSlim done = new(false);
    T* a, b, c;
    int aRow, aCol, bRow, bCol, ldc, m, k, n, step, parts;
    bool accumulate, splitColumns;
    int next = Closed;  // the next slice to claim
    int pending;        // slices not finished yet
    Exception? failure;

    public static void Multiply(T* a, int aRow, int aCol, T* b, int bRow, int bCol, T* c, int ldc,
        int m, int k, int n, bool accumulate, int threads)
    {
        if (m == 0 || n == 0 || k == 0 || threads < 2)
        {
            PackedGemm<T>.Multiply(a, aRow, aCol, b, bRow, bCol, c, ldc, m, k, n, accumulate);
            return;
        }
        var job = cached ??= new ParallelGemm<T>();
        job.a = a; job.b = b; job.c = c;
        job.aRow = aRow; job.aCol = aCol; job.bRow = bRow; job.bCol = bCol; job.ldc = ldc;
        job.m = m; job.k = k; job.n = n; job.accumulate = accumulate;
        // Slice along the longer side of C, in whole micro-tiles, one slice per thread.
        job.splitColumns = n >= m;
        int length = job.splitColumns ? n : m;
        int tile = job.splitColumns ? PackedGemm<T>.NR : PackedGemm<T>.MR;
        job.step = Math.Max(tile, (length / threads + tile - 1) / tile * tile);
        job.parts = (length + job.step - 1) / job.step;
        job.Run();
    }

    void Run()
    {
        failure = null;
        pending = parts;
        done.Reset();
        Interlocked.Exchange(ref next, 0); // publishes the fields above to the helpers
        for (int i = 1; i < parts; i++) ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        Work();
        if (Volatile.Read(ref pending) != 0) done.Wait();
        Interlocked.Exchange(ref next, Closed);
        if (failure is not null) ExceptionDispatchInfo.Throw(failure);
    }

    void IThreadPoolWorkItem.Execute() => Work();

    void Work()
    {
        int part;
        while ((part = Interlocked.Increment(ref next) - 1) < parts)
        {
            try { RunPart(part); }
            catch (Exception e) { Interlocked.CompareExchange(ref failure, e, null); }
            finally { if (Interlocked.Decrement(ref pending) == 0) done.Set(); }
        }
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
