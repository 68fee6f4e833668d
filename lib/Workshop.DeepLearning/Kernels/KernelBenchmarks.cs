using System.Diagnostics;

namespace Workshop.DeepLearning;

/// <summary>Quick throughput measurements of the kernels, for `workshop bench` and the benchmark project's `gflops` mode.</summary>
public static class KernelBenchmarks
{
    /// <summary>
    /// Multiplies two seeded random size×size float matrices repeatedly for about <paramref name="duration"/>
    /// and returns the rate in GFLOP/s (2·size³ floating-point operations per product), with the default threading.
    /// </summary>
    public static double MatMulGflops(int size, TimeSpan duration) => MatMulGflops(size, duration, Kernels.MaxThreads);

    /// <summary>The same measurement with at most <paramref name="threads"/> threads (1 = single-threaded).</summary>
    public static double MatMulGflops(int size, TimeSpan duration, int threads)
    {
        if (size < 1) throw new ArgumentException($"MatMulGflops needs a matrix size of at least 1; got {size}");
        if (threads < 1) throw new ArgumentException($"MatMulGflops needs at least 1 thread; got {threads}");
        var random = new Random(42);
        var a = new float[size * size];
        var b = new float[size * size];
        var c = new float[size * size];
        for (int i = 0; i < a.Length; i++) { a[i] = (float)random.NextDouble() - 0.5f; b[i] = (float)random.NextDouble() - 0.5f; }

        int saved = Kernels.MaxThreads;
        Kernels.MaxThreads = threads;
        try
        {
            // Warm up: JIT compilation and the packing buffers are one-time costs, not throughput.
            Kernels.MatMul<float>(a, b, c, size, size, size);
            long products = 0;
            var watch = Stopwatch.StartNew();
            do
            {
                Kernels.MatMul<float>(a, b, c, size, size, size);
                products++;
            } while (watch.Elapsed < duration);
            return 2.0 * size * size * (double)size * products / watch.Elapsed.TotalSeconds / 1e9;
        }
        finally
        {
            Kernels.MaxThreads = saved;
        }
    }
}
