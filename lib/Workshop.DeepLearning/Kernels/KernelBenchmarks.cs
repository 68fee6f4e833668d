using System.Diagnostics;
using System.Numerics;

namespace Workshop.DeepLearning;

/// <summary>Quick throughput measurements of the kernels, for `workshop bench` and the benchmark project's `gflops` mode.</summary>
public static class KernelBenchmarks
{
    /// <summary>
    /// Multiplies two seeded random size×size float matrices repeatedly for about <paramref name="duration"/> (five rounds)
    /// and returns the best round's rate in GFLOP/s (2·size³ floating-point operations per product), with the default threading.
    /// </summary>
    public static double MatMulGflops(int size, TimeSpan duration) => MatMulGflops<float>(size, size, size, duration, Kernels.MaxThreads);

    /// <summary>The same measurement with at most <paramref name="threads"/> threads (1 = single-threaded).</summary>
    public static double MatMulGflops(int size, TimeSpan duration, int threads) => MatMulGflops<float>(size, size, size, duration, threads);

    /// <summary>The same measurement for an m×k by k×n product in any precision, e.g. the batch-64 layer 64×784×128.</summary>
    public static double MatMulGflops<T>(int m, int k, int n, TimeSpan duration, int threads) where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (m < 1 || k < 1 || n < 1) throw new ArgumentException($"MatMulGflops needs sizes of at least 1; got {m}×{k}×{n}");
        if (threads < 1) throw new ArgumentException($"MatMulGflops needs at least 1 thread; got {threads}");
        var random = new Random(42);
        var a = Fill<T>(random, m * k);
        var b = Fill<T>(random, k * n);
        var c = new T[m * n];

        int saved = Kernels.MaxThreads;
        Kernels.MaxThreads = threads;
        try
        {
            // Warm up: JIT compilation and the packing buffers are one-time costs, not throughput.
            Kernels.MatMul<T>(a, b, c, m, k, n);
            // The best of five rounds: on a shared machine the fastest round is the one least disturbed by other work.
            double best = 0;
            var round = duration / 5;
            for (int r = 0; r < 5; r++)
            {
                long products = 0;
                var watch = Stopwatch.StartNew();
                do
                {
                    Kernels.MatMul<T>(a, b, c, m, k, n);
                    products++;
                } while (watch.Elapsed < round);
                best = Math.Max(best, 2.0 * m * k * (double)n * products / watch.Elapsed.TotalSeconds / 1e9);
            }
            return best;
        }
        finally
        {
            Kernels.MaxThreads = saved;
        }
    }

    static T[] Fill<T>(Random random, int length) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var values = new T[length];
        for (int i = 0; i < length; i++) values[i] = T.CreateChecked(random.NextDouble() - 0.5);
        return values;
    }
}
