using System.Diagnostics;
using Workshop.DeepLearning;

namespace Workshop.Cli.Bench;

/// <summary>
/// micrograd's demo on the scalar <see cref="Value"/> level: two moons (100 points, noise 0.1), MLP 2-16-16-1 with ReLU
/// hidden layers and an identity output, max-margin loss + L2 (α = 1e-4), full-batch SGD with η = 1 − 0.9·k/100.
/// </summary>
public static class ScalarDemo
{
    public sealed record Result(TimeSpan Elapsed, double Loss, double Accuracy, int Steps);

    public static Result Run(int steps = 100, int points = 100, int seed = 1)
    {
        if (steps < 1) throw new ArgumentException($"ScalarDemo needs at least 1 step; got {steps}.", nameof(steps));
        var moons = Datasets.TwoMoons(points, 0.1, seed);
        // Max-margin wants labels −1 and +1.
        double[] labels = Array.ConvertAll(moons.Targets, t => t > 0 ? 1.0 : -1.0);
        var mlp = new Mlp(2, [16, 16, 1], new Random(1337), Activation.Relu);
        var scores = new Value[points];
        double loss = 0, accuracy = 0;

        var watch = Stopwatch.StartNew();
        for (int k = 0; k < steps; k++)
        {
            for (int i = 0; i < points; i++) scores[i] = mlp.Forward(moons.Features[i])[0];
            var total = ScalarLosses.MaxMargin(scores, labels) + ScalarLosses.L2(mlp.Parameters(), 1e-4);
            loss = total.Data;
            int correct = 0;
            for (int i = 0; i < points; i++) if (scores[i].Data > 0 == labels[i] > 0) correct++;
            accuracy = (double)correct / points;

            mlp.ZeroGrad();
            total.Backward();
            double learningRate = 1.0 - 0.9 * k / 100;
            foreach (var p in mlp.Parameters()) p.Data -= learningRate * p.Grad;
        }
        watch.Stop();
        return new Result(watch.Elapsed, loss, accuracy, steps);
    }
}
