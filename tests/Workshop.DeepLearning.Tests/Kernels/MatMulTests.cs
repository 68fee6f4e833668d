using System.Numerics;
using Workshop.DeepLearning;

namespace Workshop.DeepLearning.Tests.Kernels;

/// <summary>The fast matrix multiply must equal the reference one on every shape, transpose and precision.</summary>
public class MatMulTests
{
    public static TheoryData<int, int, int> Shapes => new()
    {
        { 1, 1, 1 }, { 7, 13, 5 }, { 3, 1, 17 }, { 33, 65, 17 }, { 1, 300, 1 }, { 6, 257, 16 }, { 13, 520, 35 },
        { 64, 784, 128 }, { 64, 128, 10 }, { 784, 64, 128 }, { 128, 64, 10 }, { 64, 10, 128 }, { 64, 128, 784 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Float_matches_reference_in_every_transpose_and_accumulate_mode(int m, int k, int n)
        => CheckAllModes<float>(m, k, n, tolerancePerTerm: 2e-6);

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Double_matches_reference_in_every_transpose_and_accumulate_mode(int m, int k, int n)
        => CheckAllModes<double>(m, k, n, tolerancePerTerm: 1e-14);

    [Theory]
    [InlineData(150, 100, 300)] // wide C: split by columns
    [InlineData(190, 150, 7)]   // tall C: split by rows
    [InlineData(7, 13, 5)]      // smaller than one slice per thread
    [InlineData(1, 1, 1)]
    [InlineData(0, 3, 4)]
    public void Product_split_across_threads_matches_reference(int m, int k, int n)
    {
        // A threshold of zero sends every product down the parallel path (on a single-core machine it still
        // runs on one thread and must still match).
        long saved = Workshop.DeepLearning.Kernels.ParallelThreshold;
        Workshop.DeepLearning.Kernels.ParallelThreshold = 0;
        try
        {
            CheckAllModes<float>(m, k, n, tolerancePerTerm: 2e-6);
            CheckAllModes<double>(m, k, n, tolerancePerTerm: 1e-14);
        }
        finally
        {
            Workshop.DeepLearning.Kernels.ParallelThreshold = saved;
        }
    }

    [Fact]
    public void Does_not_write_past_m_times_n_in_a_larger_output()
    {
        var random = new Random(5);
        int m = 7, k = 13, n = 5;
        var a = Random<float>(random, m * k);
        var b = Random<float>(random, k * n);
        var c = new float[m * n + 40];
        Array.Fill(c, 123f);
        Workshop.DeepLearning.Kernels.MatMul<float>(a, b, c, m, k, n);
        Assert.All(c[(m * n)..], v => Assert.Equal(123f, v));
    }

    [Fact]
    public void Zero_inner_dimension_gives_zeros_or_leaves_c_when_accumulating()
    {
        var c = new double[] { 1, 2, 3, 4 };
        Workshop.DeepLearning.Kernels.MatMul<double>([], [], c, 2, 0, 2, accumulate: true);
        Assert.Equal([1, 2, 3, 4], c);
        Workshop.DeepLearning.Kernels.MatMul<double>([], [], c, 2, 0, 2);
        Assert.Equal([0, 0, 0, 0], c);
    }

    [Fact]
    public void Too_short_input_is_rejected_with_the_shapes_in_the_message()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            Workshop.DeepLearning.Kernels.MatMul<float>(new float[12], new float[12], new float[8], 2, 6, 4));
        Assert.Contains("B with 12 elements", ex.Message);
        Assert.Contains("6×4", ex.Message);
    }

    // op(A) and op(B) are the same matrices in every mode, only stored transposed or not, so one reference product
    // (computed once: the reference is slow) is the expected answer for all four layouts; accumulate adds the start.
    static void CheckAllModes<T>(int m, int k, int n, double tolerancePerTerm) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var random = new Random(m * 1_000_003 + k * 1009 + n);
        var a = Random<T>(random, m * k);
        var b = Random<T>(random, k * n);
        var start = Random<T>(random, m * n);
        var product = new T[m * n];
        ReferenceKernels.MatMul<T>(a, b, product, m, k, n);
        var aT = Transpose(a, m, k);
        var bT = Transpose(b, k, n);
        foreach (bool transposeA in new[] { false, true })
        foreach (bool transposeB in new[] { false, true })
        foreach (bool accumulate in new[] { false, true })
        {
            var actual = (T[])start.Clone();
            Workshop.DeepLearning.Kernels.MatMul<T>(transposeA ? aT : a, transposeB ? bT : b, actual, m, k, n, transposeA, transposeB, accumulate);
            // Sums of k products of values in [-1, 1]: rounding grows with k.
            double tolerance = tolerancePerTerm * (k + 1);
            for (int i = 0; i < product.Length; i++)
            {
                T expected = accumulate ? start[i] + product[i] : product[i];
                double difference = Math.Abs(double.CreateChecked(expected) - double.CreateChecked(actual[i]));
                Assert.True(difference <= tolerance,
                    $"{m}×{k}×{n} transposeA={transposeA} transposeB={transposeB} accumulate={accumulate}: " +
                    $"C element {i} = {actual[i]}, reference {expected}");
            }
        }
    }

    [Theory]
    [InlineData(7, 13, 5)]
    [InlineData(3, 1, 17)]
    public void Reference_transposes_read_the_transposed_storage(int m, int k, int n)
    {
        // The shortcut above relies on the reference treating stored-transposed inputs as the same op(A), op(B).
        var random = new Random(11);
        var a = Random<double>(random, m * k);
        var b = Random<double>(random, k * n);
        var plain = new double[m * n];
        var transposed = new double[m * n];
        ReferenceKernels.MatMul<double>(a, b, plain, m, k, n);
        ReferenceKernels.MatMul<double>(Transpose(a, m, k), Transpose(b, k, n), transposed, m, k, n, transposeA: true, transposeB: true);
        Assert.Equal(plain, transposed);
    }

    static T[] Transpose<T>(T[] x, int rows, int cols)
    {
        var t = new T[x.Length];
        for (int i = 0; i < rows; i++)
        for (int j = 0; j < cols; j++)
            t[j * rows + i] = x[i * cols + j];
        return t;
    }

    internal static T[] Random<T>(Random random, int length) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var values = new T[length];
        for (int i = 0; i < length; i++) values[i] = T.CreateChecked(random.NextDouble() * 2 - 1);
        return values;
    }
}
