using System.Diagnostics;
using Workshop.DeepLearning;
using Xunit.Abstractions;

namespace Workshop.DeepLearning.Tests.Scalar;

/// <summary>micrograd's demo: two moons, MLP 2→16→16→1 (ReLU), max-margin + L2, 100 steps of SGD with a decaying rate.</summary>
public class MicrogradDemoTests(ITestOutputHelper output)
{
    // A small stand-in for the data helper's generator, so this test depends on nothing but the scalar level.
    private static (double[][] X, double[] Y) TwoMoons(int n, double noise, int seed)
    {
        var random = new Random(seed);
        double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var x = new double[n][];
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            var upper = i < n / 2;
            var t = Math.PI * random.NextDouble();
            x[i] = upper
                ? [Math.Cos(t) + noise * Gaussian(), Math.Sin(t) + noise * Gaussian()]
                : [1 - Math.Cos(t) + noise * Gaussian(), 0.5 - Math.Sin(t) + noise * Gaussian()];
            y[i] = upper ? -1 : 1;
        }
        return (x, y);
    }

    [Fact]
    public void TwoMoons_100Steps_SeparatesTheTrainingPoints()
    {
        var (xs, ys) = TwoMoons(100, 0.1, seed: 1);
        var mlp = new Mlp(2, [16, 16, 1], new Random(1337), Activation.Relu);
        var stopwatch = Stopwatch.StartNew();
        double loss = 0, accuracy = 0;
        for (var k = 0; k < 100; k++)
        {
            var scores = new Value[xs.Length];
            for (var i = 0; i < xs.Length; i++)
                scores[i] = mlp.Forward(xs[i])[0];
            var total = ScalarLosses.MaxMargin(scores, ys) + ScalarLosses.L2(mlp.Parameters(), 1e-4);
            accuracy = scores.Select((s, i) => s.Data > 0 == ys[i] > 0 ? 1.0 : 0.0).Average();
            loss = total.Data;

            mlp.ZeroGrad();
            total.Backward();
            var learningRate = 1.0 - 0.9 * k / 100;
            foreach (var p in mlp.Parameters())
                p.Data -= learningRate * p.Grad;
        }
        stopwatch.Stop();
        output.WriteLine($"100 steps in {stopwatch.Elapsed.TotalSeconds:F2} s; final loss {loss:F4}, accuracy {accuracy:P0}");

        Assert.True(accuracy >= 0.97, $"training accuracy {accuracy:P0} after 100 steps; micrograd reaches 100%");
        Assert.True(loss < 0.1, $"final loss {loss}");
    }
}
