using BenchmarkDotNet.Attributes;
using Workshop.DeepLearning;

namespace Workshop.Benchmarks;

public enum Threading { One, AllCores }

/// <summary>
/// The fast float and double matrix multiply at the notebook shapes and the square sizes, on one thread and with the
/// library's default threading (which still stays on one thread below <see cref="Kernels.ParallelThreshold"/>).
/// </summary>
[MemoryDiagnoser]
public class MatMulBenchmarks
{
    float[] a = [], b = [], c = [];
    double[] ad = [], bd = [], cd = [];
    int savedThreads;

    public static IEnumerable<MatMulShape> Shapes => MatMulShape.Notebook.Concat(MatMulShape.Square);

    [ParamsSource(nameof(Shapes))]
    public MatMulShape Shape { get; set; } = MatMulShape.Notebook.First();

    [Params(Threading.One, Threading.AllCores)]
    public Threading Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        a = Fill.Floats(random, Shape.M * Shape.K);
        b = Fill.Floats(random, Shape.K * Shape.N);
        c = new float[Shape.M * Shape.N];
        ad = Array.ConvertAll(a, x => (double)x);
        bd = Array.ConvertAll(b, x => (double)x);
        cd = new double[c.Length];
        savedThreads = Kernels.MaxThreads;
        Kernels.MaxThreads = Threads == Threading.One ? 1 : Environment.ProcessorCount;
    }

    [GlobalCleanup]
    public void Cleanup() => Kernels.MaxThreads = savedThreads;

    [Benchmark]
    public void MatMulFloat() => Kernels.MatMul<float>(a, b, c, Shape.M, Shape.K, Shape.N, Shape.TransposeA, Shape.TransposeB);

    [Benchmark]
    public void MatMulDouble() => Kernels.MatMul<double>(ad, bd, cd, Shape.M, Shape.K, Shape.N, Shape.TransposeA, Shape.TransposeB);
}

/// <summary>
/// Fast against reference (the plain triple loop) at the notebook shapes and 256³ only:
/// the reference takes about a second per 512³ product.
/// </summary>
[MemoryDiagnoser]
public class MatMulVsReferenceBenchmarks
{
    float[] a = [], b = [], c = [];

    public static IEnumerable<MatMulShape> Shapes => MatMulShape.Notebook.Append(MatMulShape.Square.First());

    [ParamsSource(nameof(Shapes))]
    public MatMulShape Shape { get; set; } = MatMulShape.Notebook.First();

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        a = Fill.Floats(random, Shape.M * Shape.K);
        b = Fill.Floats(random, Shape.K * Shape.N);
        c = new float[Shape.M * Shape.N];
    }

    [Benchmark(Baseline = true)]
    public void Reference() => ReferenceKernels.MatMul<float>(a, b, c, Shape.M, Shape.K, Shape.N, Shape.TransposeA, Shape.TransposeB);

    [Benchmark]
    public void Fast() => Kernels.MatMul<float>(a, b, c, Shape.M, Shape.K, Shape.N, Shape.TransposeA, Shape.TransposeB);
}
