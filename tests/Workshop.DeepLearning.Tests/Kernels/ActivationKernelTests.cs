using System.Numerics;
using Workshop.DeepLearning;
using static Workshop.DeepLearning.Tests.Kernels.MatMulTests;
using K = Workshop.DeepLearning.Kernels;

namespace Workshop.DeepLearning.Tests.Kernels;

/// <summary>
/// The vectorised sigmoid and tanh kernels against their reference loops. The forward maps use a vectorised e^x,
/// so they agree to rounding (a few ulps), not bit for bit; the backward maps are the same arithmetic and agree exactly.
/// </summary>
public class ActivationKernelTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(17)]
    [InlineData(64 * 10)]
    [InlineData(64 * 128)]
    public void Sigmoid_and_tanh_match_reference(int length)
    {
        Check<float>(length, 1e-6);
        Check<double>(length, 1e-14);

        static void Check<T>(int length, double tolerance) where T : unmanaged, IFloatingPointIeee754<T>
        {
            var random = new Random(length);
            // Spread over [−12, 12] so both the flat tails and the steep middle are covered.
            var x = Random<T>(random, length);
            for (int i = 0; i < length; i++) x[i] *= T.CreateChecked(12);
            var dy = Random<T>(random, length);

            AssertClose(Map(x, (a, b) => ReferenceKernels.Sigmoid<T>(a, b)), Map(x, (a, b) => K.Sigmoid<T>(a, b)), tolerance);
            AssertClose(Map(x, (a, b) => ReferenceKernels.Tanh<T>(a, b)), Map(x, (a, b) => K.Tanh<T>(a, b)), tolerance);

            var y = Map(x, (a, b) => ReferenceKernels.Sigmoid<T>(a, b));
            var expected = new T[length];
            var actual = new T[length];
            ReferenceKernels.SigmoidBackward<T>(y, dy, expected);
            K.SigmoidBackward<T>(y, dy, actual);
            Assert.Equal(expected, actual);
            ReferenceKernels.TanhBackward<T>(y, dy, expected);
            K.TanhBackward<T>(y, dy, actual);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Extreme_inputs_saturate_instead_of_overflowing()
    {
        float[] x = [-1000f, -90f, 0f, 90f, 1000f, -1000f, -90f, 0f, 90f, 1000f];
        var s = new float[x.Length];
        var t = new float[x.Length];
        K.Sigmoid<float>(x, s);
        K.Tanh<float>(x, t);
        Assert.Equal([0f, 0f, 0.5f, 1f, 1f, 0f, 0f, 0.5f, 1f, 1f], s);
        Assert.Equal([-1f, -1f, 0f, 1f, 1f, -1f, -1f, 0f, 1f, 1f], t);
    }

    [Fact]
    public void Mismatched_lengths_are_rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => K.Sigmoid<float>(new float[4], new float[3]));
        Assert.Equal("Sigmoid got y with 3 elements; expected 4, as many as the input", ex.Message);
        Assert.Throws<ArgumentException>(() => K.TanhBackward<double>(new double[4], new double[4], new double[5]));
    }

    delegate void MapAction<T>(ReadOnlySpan<T> x, Span<T> y);

    static T[] Map<T>(T[] x, MapAction<T> run)
    {
        var y = new T[x.Length];
        run(x, y);
        return y;
    }

    static void AssertClose<T>(T[] expected, T[] actual, double tolerance) where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int i = 0; i < expected.Length; i++)
        {
            double e = double.CreateChecked(expected[i]), a = double.CreateChecked(actual[i]);
            Assert.True(Math.Abs(e - a) <= tolerance, $"element {i}: expected {e}, got {a}");
        }
    }
}
