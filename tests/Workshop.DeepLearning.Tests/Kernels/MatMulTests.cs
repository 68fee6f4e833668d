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

    [Fact]
    public void Large_product_split_across_threads_matches_reference()
    {
        // 200·150·190 multiply-adds is above a threshold lowered for the test, so the parallel path runs
        // (on a single-core machine it falls back to one thread and still must match).
        long saved = Workshop.DeepLearning.Kernels.ParallelThreshold;
        Workshop.DeepLearning.Kernels.ParallelThreshold = 1000;
        try
        {
            CheckAllModes<float>(200, 150, 190, tolerancePerTerm: 2e-6);
            CheckAllModes<double>(190, 150, 7, tolerancePerTerm: 1e-14);
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

    static void CheckAllModes<T>(int m, int k, int n, double tolerancePerTerm) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var random = new Random(m * 1_000_003 + k * 1009 + n);
        var a = Random<T>(random, m * k);
        var b = Random<T>(random, k * n);
        var start = Random<T>(random, m * n);
        foreach (bool transposeA in new[] { false, true })
        foreach (bool transposeB in new[] { false, true })
        foreach (bool accumulate in new[] { false, true })
        {
            var expected = (T[])start.Clone();
            var actual = (T[])start.Clone();
            ReferenceKernels.MatMul<T>(a, b, expected, m, k, n, transposeA, transposeB, accumulate);
            Workshop.DeepLearning.Kernels.MatMul<T>(a, b, actual, m, k, n, transposeA, transposeB, accumulate);
            // Sums of k products of values in [-1, 1]: rounding grows with k.
            double tolerance = tolerancePerTerm * (k + 1);
            for (int i = 0; i < expected.Length; i++)
            {
                double difference = Math.Abs(double.CreateChecked(expected[i]) - double.CreateChecked(actual[i]));
                Assert.True(difference <= tolerance,
                    $"{m}×{k}×{n} transposeA={transposeA} transposeB={transposeB} accumulate={accumulate}: " +
                    $"C[{i / n},{i % n}] = {actual[i]}, reference {expected[i]}");
            }
        }
    }

    internal static T[] Random<T>(Random random, int length) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var values = new T[length];
        for (int i = 0; i < length; i++) values[i] = T.CreateChecked(random.NextDouble() * 2 - 1);
        return values;
    }
}
