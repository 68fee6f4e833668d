using Workshop.DeepLearning;

namespace Workshop.DeepLearning.Tests.Kernels;

public class KernelBenchmarksTests
{
    [Fact]
    public void MatMulGflops_returns_a_positive_rate_and_restores_the_thread_setting()
    {
        int before = Workshop.DeepLearning.Kernels.MaxThreads;
        double rate = KernelBenchmarks.MatMulGflops(16, TimeSpan.FromMilliseconds(5), threads: 1);
        Assert.True(double.IsFinite(rate) && rate > 0, $"rate {rate}");
        Assert.Equal(before, Workshop.DeepLearning.Kernels.MaxThreads);
    }

    [Fact]
    public void MatMulGflops_rejects_an_empty_matrix()
        => Assert.Throws<ArgumentException>(() => KernelBenchmarks.MatMulGflops(0, TimeSpan.FromMilliseconds(1)));
}
