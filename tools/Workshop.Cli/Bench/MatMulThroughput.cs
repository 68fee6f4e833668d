using Workshop.DeepLearning;

namespace Workshop.Cli.Bench;

/// <summary>GFLOP/s of the float MatMul at size³, on one thread and on all the threads the kernels may use.</summary>
public static class MatMulThroughput
{
    public sealed record Result(int Size, double OneThread, double AllThreads, int Threads);

    public static Result Measure(int size, double seconds)
    {
        var duration = TimeSpan.FromSeconds(seconds);
        int threads = Math.Min(Kernels.MaxThreads, Environment.ProcessorCount);
        return new Result(size, KernelBenchmarks.MatMulGflops(size, duration, 1), KernelBenchmarks.MatMulGflops(size, duration, threads), threads);
    }
}
