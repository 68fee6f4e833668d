using Workshop.DeepLearning;
using Workshop.MLNet;

namespace Workshop.Cli.Bench;

/// <summary>
/// ML.NET's trainers on the same Fashion-MNIST split, as a yardstick: fit time and test accuracy, through the kit's
/// ML.NET bridge (the same trainers and seeded single-threaded settings as the comparison notebook).
/// </summary>
public static class MlNetBaseline
{
    public enum Trainer { SdcaMaximumEntropy, LightGbm }

    public const int LightGbmLeaves = 31;

    public sealed record Result(string Name, TimeSpan FitTime, double TestAccuracy);

    /// <param name="iterations">SDCA passes over the data, or LightGBM boosting rounds.</param>
    public static Result Measure(Trainer trainer, Dataset train, Dataset test, int iterations, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(test);
        if (iterations < 1) throw new ArgumentException($"MlNetBaseline needs at least 1 iteration; got {iterations}.", nameof(iterations));
        var (algorithm, options, settings) = trainer switch
        {
            Trainer.SdcaMaximumEntropy => (MLNetAlgorithm.Sdca, new MLNetOptions(Seed: seed, MaximumIterations: iterations), $"{iterations} passes"),
            Trainer.LightGbm => (MLNetAlgorithm.LightGbm, new MLNetOptions(Seed: seed, Trees: iterations, Leaves: LightGbmLeaves, MinimumExamplesPerLeaf: 20),
                $"{iterations} rounds, {LightGbmLeaves} leaves"),
            _ => throw new ArgumentException($"Unknown ML.NET trainer {trainer}.", nameof(trainer)),
        };
        var model = MLNetClassifier.Fit(algorithm, train, options);
        var scored = Comparison.Score(model, test);
        return new Result($"{model.Name} ({settings})", model.FitTime, scored.Row.Accuracy);
    }
}
