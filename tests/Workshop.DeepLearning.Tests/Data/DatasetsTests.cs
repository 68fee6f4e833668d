using MathNet.Numerics.LinearAlgebra;

namespace Workshop.DeepLearning.Tests.Data;

public class DatasetsTests
{
    public static TheoryData<string> Names => ["moons", "circles", "spirals", "xor", "blobs", "green-red", "curve"];

    private static Dataset Make(string name, int seed) => name switch
    {
        "moons" => Datasets.TwoMoons(200, seed),
        "circles" => Datasets.Circles(200, seed),
        "spirals" => Datasets.Spirals(100, 3, seed),
        "xor" => Datasets.Xor(200, seed),
        "blobs" => Datasets.Blobs(50, 4, seed),
        "green-red" => Datasets.GreenAndRed(200, seed),
        "curve" => Datasets.RegressionCurve(200, seed),
        _ => throw new ArgumentException(name),
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Same_seed_same_data_other_seed_other_data(string name)
    {
        var a = Make(name, 1);
        var b = Make(name, 1);
        var c = Make(name, 2);
        Assert.Equal(a.Features, b.Features);
        Assert.Equal(a.Targets, b.Targets);
        Assert.NotEqual(a.Features, c.Features);
    }

    [Theory]
    [InlineData("moons", 200, 2)]
    [InlineData("circles", 200, 2)]
    [InlineData("spirals", 300, 3)]
    [InlineData("xor", 200, 2)]
    [InlineData("blobs", 200, 4)]
    [InlineData("green-red", 200, 2)]
    public void Counts_and_classes_are_right(string name, int count, int classes)
    {
        var data = Make(name, 1);
        Assert.Equal(count, data.Count);
        Assert.Equal(2, data.FeatureCount);
        Assert.Equal(classes, data.Classes);
        // Balanced classes, and shuffled: the first fifth already holds every class.
        Assert.All(data.Labels.GroupBy(l => l), g => Assert.Equal(count / classes, g.Count()));
        Assert.Equal(classes, data.Labels.Take(count / 5).Distinct().Count());
    }

    [Fact]
    public void Two_moons_interleave_so_no_line_separates_them()
    {
        var data = Datasets.TwoMoons(400, noise: 0.1, seed: 1);
        var top = data.Features.Where((_, i) => data.Labels[i] == 0).ToArray();
        var bottom = data.Features.Where((_, i) => data.Labels[i] == 1).ToArray();
        Assert.InRange(top.Average(p => p[0]), -0.1, 0.1);
        Assert.InRange(bottom.Average(p => p[0]), 0.9, 1.1);
        Assert.True(top.Average(p => p[1]) > bottom.Average(p => p[1]) + 0.5);
        // Each moon reaches into the other's horizontal range.
        Assert.True(top.Max(p => p[0]) > bottom.Min(p => p[0]) + 1);

        double linear = LeastSquaresAccuracy(data);
        Assert.InRange(linear, 0.75, 0.92);
    }

    [Fact]
    public void Circles_share_a_centre_so_a_line_is_no_better_than_guessing()
    {
        var data = Datasets.Circles(400, noise: 0.05, factor: 0.5, seed: 1);
        double Radius(double[] p) => Math.Sqrt(p[0] * p[0] + p[1] * p[1]);
        var outer = data.Features.Where((_, i) => data.Labels[i] == 0).Select(Radius).ToArray();
        var inner = data.Features.Where((_, i) => data.Labels[i] == 1).Select(Radius).ToArray();
        Assert.InRange(outer.Average(), 0.97, 1.03);
        Assert.InRange(inner.Average(), 0.47, 0.53);
        Assert.InRange(data.Features.Average(p => p[0]), -0.05, 0.05);
        Assert.True(LeastSquaresAccuracy(data) < 0.65);
    }

    [Fact]
    public void Green_and_red_points_are_linearly_separable()
    {
        var data = Datasets.GreenAndRed(300, seed: 4);
        // The perceptron rule stops making mistakes only on separable data.
        double w0 = 0, w1 = 0, w2 = 0;
        int mistakes = -1;
        for (int epoch = 0; epoch < 1000 && mistakes != 0; epoch++)
        {
            mistakes = 0;
            for (int i = 0; i < data.Count; i++)
            {
                var x = data.Features[i];
                int y = data.Labels[i] == 1 ? 1 : -1;
                if (y * (w0 + w1 * x[0] + w2 * x[1]) <= 0)
                {
                    w0 += y; w1 += y * x[0]; w2 += y * x[1];
                    mistakes++;
                }
            }
        }
        Assert.Equal(0, mistakes);
        Assert.All(data.Features, p => { Assert.InRange(p[0], -2, 2); Assert.InRange(p[1], -2, 2); });
    }

    [Fact]
    public void Xor_has_the_four_points_and_a_noisy_version()
    {
        var xor = Datasets.Xor();
        Assert.Equal([[0.0, 0], [0, 1], [1, 0], [1, 1]], xor.Features);
        Assert.Equal([0, 1, 1, 0], xor.Labels);

        var noisy = Datasets.Xor(400, noise: 0.1, seed: 2);
        for (int i = 0; i < noisy.Count; i++)
        {
            var p = noisy.Features[i];
            int cornerX = p[0] > 0.5 ? 1 : 0, cornerY = p[1] > 0.5 ? 1 : 0;
            Assert.Equal(cornerX ^ cornerY, noisy.Labels[i]); // noise 0.1 never crosses the middle (5 σ)
        }
    }

    [Fact]
    public void Spirals_wind_out_from_the_centre()
    {
        var data = Datasets.Spirals(100, 5, noise: 0.0, seed: 1);
        Assert.Equal(500, data.Count);
        Assert.Equal(5, data.Classes);
        Assert.All(data.Features, p => Assert.True(p[0] * p[0] + p[1] * p[1] <= 1 + 1e-12));
    }

    [Fact]
    public void Regression_curve_follows_the_function_with_sorted_x()
    {
        var data = Datasets.RegressionCurve(500, noise: 0.1, seed: 3);
        Assert.Equal(0, data.Classes);
        Assert.Equal(1, data.FeatureCount);
        var xs = data.Features.Select(r => r[0]).ToArray();
        Assert.Equal(xs.Order(), xs);
        Assert.All(xs, x => Assert.InRange(x, -3, 3));
        var residuals = data.Targets.Select((y, i) => y - Math.Sin(xs[i])).ToArray();
        Assert.InRange(residuals.Average(), -0.03, 0.03);
        Assert.InRange(Math.Sqrt(residuals.Average(r => r * r)), 0.08, 0.12);

        var square = Datasets.RegressionCurve(10, noise: 0, seed: 3, f: x => x * x);
        Assert.All(square.Features.Zip(square.Targets), p => Assert.Equal(p.First[0] * p.First[0], p.Second));
    }

    [Fact]
    public void Bad_arguments_are_named()
    {
        var e = Assert.Throws<ArgumentException>(() => Datasets.TwoMoons(100, noise: -0.1, seed: 1));
        Assert.Contains("Two moons got noise -0.1", e.Message);
        e = Assert.Throws<ArgumentException>(() => Datasets.Circles(100, 0.05, factor: 1.5, seed: 1));
        Assert.Contains("Circles got factor 1.5", e.Message);
        e = Assert.Throws<ArgumentException>(() => Datasets.Spirals(100, classes: 1, seed: 1));
        Assert.Contains("Spirals got 1 classes; expected at least 2", e.Message);
        e = Assert.Throws<ArgumentException>(() => Datasets.Blobs(0, 3, seed: 1));
        Assert.Contains("Blobs got 0 points per class", e.Message);
        Assert.Throws<ArgumentException>(() => Datasets.GreenAndRed(1, seed: 1));
    }

    // Accuracy of the least-squares linear classifier (targets ±1, bias column): how far a straight line gets.
    private static double LeastSquaresAccuracy(Dataset data)
    {
        var x = Matrix<double>.Build.DenseOfRowArrays(data.Features.Select(r => new[] { 1.0, r[0], r[1] }));
        var y = Vector<double>.Build.DenseOfEnumerable(data.Labels.Select(l => l == 1 ? 1.0 : -1.0));
        var w = x.Solve(y);
        var predicted = x * w;
        return Enumerable.Range(0, data.Count).Count(i => predicted[i] > 0 == (y[i] > 0)) / (double)data.Count;
    }
}
