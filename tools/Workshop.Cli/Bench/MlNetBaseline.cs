using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;
using Workshop.DeepLearning;

namespace Workshop.Cli.Bench;

/// <summary>
/// ML.NET's trainers on the same Fashion-MNIST split, as a yardstick: fit time and test accuracy.
/// The few ML.NET calls are written here because the kit's ML.NET bridge (lib/Workshop.MLNet) was not merged yet
/// when the bench was written; both use the same trainers and the same single-threaded, seeded settings.
/// </summary>
public static class MlNetBaseline
{
    public enum Trainer { SdcaMaximumEntropy, LightGbm }

    public sealed record Result(string Name, TimeSpan FitTime, double TestAccuracy);

    /// <param name="iterations">SDCA passes over the data, or LightGBM boosting rounds.</param>
    public static Result Measure(Trainer trainer, Dataset train, Dataset test, int iterations, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(test);
        if (iterations < 1) throw new ArgumentException($"MlNetBaseline needs at least 1 iteration; got {iterations}.", nameof(iterations));
        if (train.Classes < 2 || train.Classes != test.Classes || train.FeatureCount != test.FeatureCount)
            throw new ArgumentException($"MlNetBaseline needs a classification split with the same classes and features; got {train} and {test}.");

        var ml = new MLContext(seed);
        var trainView = ml.Data.Cache(ToDataView(ml, train));
        var testView = ToDataView(ml, test);
        var labelToKey = ml.Transforms.Conversion.MapValueToKey("Label");
        IEstimator<ITransformer> estimator = trainer switch
        {
            Trainer.SdcaMaximumEntropy => labelToKey.Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(
                new SdcaMaximumEntropyMulticlassTrainer.Options { MaximumNumberOfIterations = iterations, NumberOfThreads = 1 })),
            Trainer.LightGbm => labelToKey.Append(ml.MulticlassClassification.Trainers.LightGbm(
                new LightGbmMulticlassTrainer.Options
                {
                    NumberOfIterations = iterations, NumberOfLeaves = 31, MinimumExampleCountPerLeaf = 20, LearningRate = 0.2,
                    Seed = seed, NumberOfThreads = 1,
                })),
            _ => throw new ArgumentException($"Unknown ML.NET trainer {trainer}.", nameof(trainer)),
        };

        var watch = Stopwatch.StartNew();
        var model = estimator.Fit(trainView);
        watch.Stop();
        var metrics = ml.MulticlassClassification.Evaluate(model.Transform(testView));
        string name = trainer == Trainer.SdcaMaximumEntropy
            ? $"SDCA maximum entropy ({iterations} passes)"
            : $"LightGBM ({iterations} rounds, 31 leaves)";
        return new Result(name, watch.Elapsed, metrics.MicroAccuracy);
    }

    sealed class Row
    {
        public float[] Features { get; set; } = [];
        public uint Label { get; set; }
    }

    static IDataView ToDataView(MLContext ml, Dataset data)
    {
        var rows = new Row[data.Count];
        for (int i = 0; i < rows.Length; i++)
            rows[i] = new Row { Features = Array.ConvertAll(data.Features[i], v => (float)v), Label = (uint)data.Targets[i] };
        // ML.NET needs the vector length in the schema to train on it.
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, data.FeatureCount);
        return ml.Data.LoadFromEnumerable(rows, schema);
    }
}
