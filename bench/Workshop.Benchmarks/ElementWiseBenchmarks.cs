using BenchmarkDotNet.Attributes;
using Workshop.DeepLearning;

namespace Workshop.Benchmarks;

/// <summary>
/// The element-wise maps of a dense layer at the notebook's hidden layer (batch 64 × 128 units), fast against reference.
/// (Dense-layer forward/backward and a whole training step belong here too, once the batched layers exist.)
/// </summary>
[MemoryDiagnoser]
public class ElementWiseBenchmarks
{
    const int Rows = 64, Cols = 128;
    float[] x = [], dy = [], y = [], bias = [], sums = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(3);
        x = Fill.Floats(random, Rows * Cols);
        dy = Fill.Floats(random, Rows * Cols);
        y = new float[Rows * Cols];
        bias = Fill.Floats(random, Cols);
        sums = new float[Cols];
    }

    [Benchmark] public void Relu() => Kernels.Relu<float>(x, y);
    [Benchmark] public void ReluReference() => ReferenceKernels.Relu<float>(x, y);
    [Benchmark] public void ReluBackward() => Kernels.ReluBackward<float>(x, dy, y);
    [Benchmark] public void ReluBackwardReference() => ReferenceKernels.ReluBackward<float>(x, dy, y);
    [Benchmark] public void Axpy() => Kernels.Axpy(-0.01f, dy, y);
    [Benchmark] public void AxpyReference() => ReferenceKernels.Axpy(-0.01f, dy, y);
    [Benchmark] public void AddRowVector() => Kernels.AddRowVector<float>(y, bias, Rows, Cols);
    [Benchmark] public void AddRowVectorReference() => ReferenceKernels.AddRowVector<float>(y, bias, Rows, Cols);
    [Benchmark] public void SumRows() => Kernels.SumRows<float>(dy, sums, Rows, Cols);
    [Benchmark] public void SumRowsReference() => ReferenceKernels.SumRows<float>(dy, sums, Rows, Cols);
}
