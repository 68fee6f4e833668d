using MathNet.Numerics.Distributions;

namespace Workshop.DeepLearning.Tests.Batched;

/// <summary>Small seeded data sets made here, so these tests do not depend on the library's data generators.</summary>
internal static class TestData
{
    public static Tensor<double> Random(int rows, int cols, int seed, double scale = 1.0)
    {
        var random = new Random(seed);
        var t = Tensor<double>.Zeros(rows, cols);
        var s = t.Span;
        for (int i = 0; i < s.Length; i++) s[i] = scale * (2 * random.NextDouble() - 1);
        return t;
    }

    /// <summary>0/1 targets.</summary>
    public static Tensor<double> Bits(int rows, int cols, int seed)
    {
        var random = new Random(seed);
        var t = Tensor<double>.Zeros(rows, cols);
        var s = t.Span;
        for (int i = 0; i < s.Length; i++) s[i] = random.Next(2);
        return t;
    }

    public static Tensor<double> ClassIndices(int rows, int classes, int seed)
    {
        var random = new Random(seed);
        var t = Tensor<double>.Zeros(rows, 1);
        for (int i = 0; i < rows; i++) t[i, 0] = random.Next(classes);
        return t;
    }

    public static Tensor<double> OneHot(Tensor<double> indices, int classes)
    {
        var t = Tensor<double>.Zeros(indices.Rows, classes);
        for (int i = 0; i < indices.Rows; i++) t[i, (int)indices[i, 0]] = 1;
        return t;
    }

    /// <summary>Two interleaving half circles (as scikit-learn's make_moons), with Gaussian noise, labels 0 and 1.</summary>
    public static (double[][] X, double[] Y) Moons(int count, double noise, int seed)
    {
        var random = new Random(seed);
        var x = new double[count][];
        var y = new double[count];
        for (int i = 0; i < count; i++)
        {
            int label = i % 2;
            double t = Math.PI * random.NextDouble();
            double px = label == 0 ? Math.Cos(t) : 1 - Math.Cos(t);
            double py = label == 0 ? Math.Sin(t) : 0.5 - Math.Sin(t);
            x[i] = [px + Normal.Sample(random, 0, noise), py + Normal.Sample(random, 0, noise)];
            y[i] = label;
        }
        return (x, y);
    }

    /// <summary>y = sin(x) + N(0, noise²) for x uniform in [−3, 3].</summary>
    public static (double[] X, double[] Y) NoisySine(int count, double noise, int seed)
    {
        var random = new Random(seed);
        var x = new double[count];
        var y = new double[count];
        for (int i = 0; i < count; i++)
        {
            x[i] = -3 + 6 * random.NextDouble();
            y[i] = Math.Sin(x[i]) + Normal.Sample(random, 0, noise);
        }
        return (x, y);
    }
}
