using System.Numerics;
using Workshop.DeepLearning;
using static Workshop.DeepLearning.Tests.Kernels.MatMulTests;

namespace Workshop.DeepLearning.Tests.Kernels;

/// <summary>The vectorised element-wise kernels must equal their reference versions, including the scalar tails.</summary>
public class ElementWiseKernelTests
{
    public static TheoryData<int, int> Shapes => new() { { 1, 1 }, { 3, 7 }, { 5, 17 }, { 64, 128 }, { 64, 10 }, { 2, 33 } };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void AddRowVector_matches_reference(int rows, int cols)
    {
        Check<float>(rows, cols);
        Check<double>(rows, cols);

        static void Check<T>(int rows, int cols) where T : unmanaged, IFloatingPointIeee754<T>
        {
            var random = new Random(rows * 100 + cols);
            var c = Random<T>(random, rows * cols);
            var row = Random<T>(random, cols);
            var expected = (T[])c.Clone();
            ReferenceKernels.AddRowVector<T>(expected, row, rows, cols);
            Workshop.DeepLearning.Kernels.AddRowVector<T>(c, row, rows, cols);
            Assert.Equal(expected, c);
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void SumRows_matches_reference_with_and_without_accumulate(int rows, int cols)
    {
        Check<float>(rows, cols);
        Check<double>(rows, cols);

        static void Check<T>(int rows, int cols) where T : unmanaged, IFloatingPointIeee754<T>
        {
            var random = new Random(rows * 100 + cols);
            var a = Random<T>(random, rows * cols);
            var start = Random<T>(random, cols + 3);
            foreach (bool accumulate in new[] { false, true })
            {
                var expected = (T[])start.Clone();
                var actual = (T[])start.Clone();
                ReferenceKernels.SumRows<T>(a, expected, rows, cols, accumulate);
                Workshop.DeepLearning.Kernels.SumRows<T>(a, actual, rows, cols, accumulate);
                // Both add row by row in the same order, so the sums are identical, and the extra slots are untouched.
                Assert.Equal(expected, actual);
                Assert.Equal(start[cols..], actual[cols..]);
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(33)]
    [InlineData(1000)]
    public void Maps_match_reference(int length)
    {
        Check<float>(length);
        Check<double>(length);

        static void Check<T>(int length) where T : unmanaged, IFloatingPointIeee754<T>
        {
            var random = new Random(length);
            var x = Random<T>(random, length);
            var dy = Random<T>(random, length);
            var y0 = Random<T>(random, length);
            T alpha = T.CreateChecked(-0.37);

            Assert.Equal(Reference(y => ReferenceKernels.Relu<T>(x, y)), Fast(y => Workshop.DeepLearning.Kernels.Relu<T>(x, y)));
            Assert.Equal(Reference(y => ReferenceKernels.ReluBackward<T>(x, dy, y)), Fast(y => Workshop.DeepLearning.Kernels.ReluBackward<T>(x, dy, y)));
            Assert.Equal(Reference(y => ReferenceKernels.Axpy(alpha, x, y)), Fast(y => Workshop.DeepLearning.Kernels.Axpy(alpha, x, y)));
            Assert.Equal(Reference(y => ReferenceKernels.Scale(alpha, x, y)), Fast(y => Workshop.DeepLearning.Kernels.Scale(alpha, x, y)));

            T[] Reference(SpanAction<T> run) { var y = (T[])y0.Clone(); run(y); return y; }
            T[] Fast(SpanAction<T> run) { var y = (T[])y0.Clone(); run(y); return y; }
        }
    }

    [Fact]
    public void Relu_zeroes_negatives_and_keeps_positives()
    {
        var y = new float[3];
        Workshop.DeepLearning.Kernels.Relu<float>([-2f, 0f, 3f], y);
        Assert.Equal([0f, 0f, 3f], y);
    }

    [Fact]
    public void Mismatched_lengths_are_rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => Workshop.DeepLearning.Kernels.Axpy(1f, new float[4], new float[3]));
        Assert.Contains("expected 4", ex.Message);
        Assert.Throws<ArgumentException>(() => Workshop.DeepLearning.Kernels.AddRowVector(new float[6], new float[2], 2, 3));
    }

    delegate void SpanAction<T>(Span<T> y);
}
