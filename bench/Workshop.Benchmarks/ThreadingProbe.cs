using System.Diagnostics;
using Workshop.DeepLearning;

namespace Workshop.Benchmarks;

/// <summary>
/// `-- threads`: times each notebook shape on one thread and on all cores, to choose <see cref="Kernels.ParallelThreshold"/>.
/// A Stopwatch loop rather than BenchmarkDotNet, so it runs in seconds.
/// </summary>
static class ThreadingProbe
{
    public static void Run()
    {
        var shapes = new (int M, int K, int N, bool TA, bool TB, string Name)[]
        {
            (64, 128, 10, false, false, "forward 64×128×10"),
            (64, 784, 128, false, false, "forward 64×784×128"),
            (784, 64, 128, true, false, "dW = Xᵀ·dZ 784×64×128"),
            (64, 128, 784, false, true, "dX = dZ·Wᵀ 64×128×784"),
            (128, 128, 128, false, false, "128³"),
            (192, 192, 192, false, false, "192³"),
            (256, 256, 256, false, false, "256³"),
            (512, 512, 512, false, false, "512³"),
        };
        Console.WriteLine($"| shape | m·k·n | 1 thread µs | {Environment.ProcessorCount} threads µs | speed-up |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        long savedThreshold = Kernels.ParallelThreshold;
        int savedThreads = Kernels.MaxThreads;
        foreach (var s in shapes)
        {
            var random = new Random(1);
            var a = Workshop.Benchmarks.Fill.Floats(random, s.M * s.K);
            var b = Workshop.Benchmarks.Fill.Floats(random, s.K * s.N);
            var c = new float[s.M * s.N];
            Kernels.ParallelThreshold = 0;
            // Alternate short rounds of each setting and keep each one's best, so that both see the same background load.
            double one = double.MaxValue, all = double.MaxValue;
            for (int round = 0; round < 10; round++)
            {
                Kernels.MaxThreads = 1;
                one = Math.Min(one, Time(() => Kernels.MatMul<float>(a, b, c, s.M, s.K, s.N, s.TA, s.TB)));
                Kernels.MaxThreads = Environment.ProcessorCount;
                all = Math.Min(all, Time(() => Kernels.MatMul<float>(a, b, c, s.M, s.K, s.N, s.TA, s.TB)));
            }
            Console.WriteLine($"| {s.Name} | {(long)s.M * s.K * s.N:N0} | {one:F1} | {all:F1} | {one / all:F2} |");
        }
        Kernels.ParallelThreshold = savedThreshold;
        Kernels.MaxThreads = savedThreads;
    }

    // One 100 ms round after a warm-up call, in microseconds per call.
    static double Time(Action run)
    {
        run();
        long calls = 0;
        var watch = Stopwatch.StartNew();
        do { run(); calls++; } while (watch.ElapsedMilliseconds < 100);
        return watch.Elapsed.TotalMicroseconds / calls;
    }
}
