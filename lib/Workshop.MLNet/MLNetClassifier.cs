using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;
using Workshop.DeepLearning;

namespace Workshop.MLNet;

/// <summary>
/// An ML.NET model trained on a workshop <see cref="Dataset"/>: the data go through <see cref="DataViews"/>, one of the
/// trainers in <see cref="MLNetAlgorithm"/> fits them in an <see cref="MLContext"/> seeded from the options, and the
/// fit is timed. Two classes train the binary trainer, more the multiclass one.
/// </summary>
public sealed class MLNetClassifier : IClassifier
{
    private readonly object predictLock = new();
    private PredictionEngine<PointRow, BinaryScore>? pointEngine;

    private MLNetClassifier(MLContext context, MLNetAlgorithm algorithm, IEstimator<ITransformer> pipeline, ITransformer model,
        int classes, int featureCount, TimeSpan fitTime)
    {
        Context = context;
        Algorithm = algorithm;
        Pipeline = pipeline;
        Model = model;
        Classes = classes;
        FeatureCount = featureCount;
        FitTime = fitTime;
    }

    public MLNetAlgorithm Algorithm { get; }

    /// <summary>"ML.NET LightGBM", "ML.NET L-BFGS logistic regression", …</summary>
    public string Name => $"ML.NET {DisplayName(Algorithm, Classes)}";

    public int Classes { get; }

    public int FeatureCount { get; }

    public TimeSpan FitTime { get; }

    /// <summary>The seeded context the model was trained in (and predicts in).</summary>
    public MLContext Context { get; }

    /// <summary>What was fitted: ML.NET's estimator for the chosen trainer.</summary>
    public IEstimator<ITransformer> Pipeline { get; }

    /// <summary>The trained model: it adds Score and PredictedLabel columns (and Probability for two classes) to a view.</summary>
    public ITransformer Model { get; }

    /// <summary>Trains <paramref name="algorithm"/> on <paramref name="train"/>; the returned model knows how long that took.</summary>
    public static MLNetClassifier Fit(MLNetAlgorithm algorithm, Dataset train, MLNetOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        options ??= new MLNetOptions();
        Check(options);
        var ml = new MLContext(options.Seed);
        var view = DataViews.FromDataset(ml, train);
        // The trainers read the data several times; caching keeps them from re-converting every pass.
        var cached = ml.Data.Cache(view);
        var pipeline = train.Classes == 2 ? BinaryTrainer(ml, algorithm, options) : MulticlassTrainer(ml, algorithm, options);

        var watch = Stopwatch.StartNew();
        var model = pipeline.Fit(cached);
        watch.Stop();
        return new MLNetClassifier(ml, algorithm, pipeline, model, train.Classes, train.FeatureCount, watch.Elapsed);
    }

    /// <summary>The predicted class of every example (ML.NET's PredictedLabel column, turned back into 0..Classes−1).</summary>
    public int[] Predict(Dataset data)
    {
        CheckData(data);
        var scored = Model.Transform(DataViews.FromDataset(Context, data));
        var column = scored.Schema["PredictedLabel"];
        var classes = new int[data.Count];
        int i = 0;
        using var cursor = scored.GetRowCursor([column]);
        if (Classes == 2)
        {
            var get = cursor.GetGetter<bool>(column);
            bool value = false;
            while (cursor.MoveNext()) { get(ref value); classes[i++] = value ? 1 : 0; }
        }
        else
        {
            var get = cursor.GetGetter<uint>(column);
            uint key = 0;
            while (cursor.MoveNext()) { get(ref key); classes[i++] = key == 0 ? -1 : (int)key - 1; }
        }
        return classes;
    }

    /// <summary>
    /// For a two-class model on two features: the probability of class 1 at the point (x, y), as a function that the
    /// decision-boundary chart can draw exactly like a network's output.
    /// </summary>
    public Func<double, double, double> ProbabilityFunction()
    {
        if (Classes != 2 || FeatureCount != 2)
            throw new InvalidOperationException(
                $"{Name} has {Classes} classes and {FeatureCount} features; a probability over the plane needs 2 classes and 2 features.");
        return (x, y) =>
        {
            lock (predictLock)
            {
                pointEngine ??= Context.Model.CreatePredictionEngine<PointRow, BinaryScore>(
                    Model, inputSchemaDefinition: DataViews.Schema<PointRow>(2, labelType: null));
                return pointEngine.Predict(new PointRow { Features = [(float)x, (float)y] }).Probability;
            }
        };
    }

    public override string ToString() => $"{Name}: {Classes} classes, {FeatureCount} features, trained in {FitTime.TotalSeconds:F2} s";

    internal static string DisplayName(MLNetAlgorithm algorithm, int classes) => (algorithm, classes == 2) switch
    {
        (MLNetAlgorithm.LogisticRegression, true) => "L-BFGS logistic regression",
        (MLNetAlgorithm.LogisticRegression, false) => "L-BFGS maximum entropy",
        (MLNetAlgorithm.Sdca, true) => "SDCA logistic regression",
        (MLNetAlgorithm.Sdca, false) => "SDCA maximum entropy",
        (MLNetAlgorithm.FastTree, true) => "FastTree",
        (MLNetAlgorithm.FastTree, false) => "FastTree one-versus-all",
        (MLNetAlgorithm.LightGbm, _) => "LightGBM",
        _ => throw new ArgumentException($"Unknown ML.NET algorithm {algorithm}.", nameof(algorithm)),
    };

    private static IEstimator<ITransformer> BinaryTrainer(MLContext ml, MLNetAlgorithm algorithm, MLNetOptions o)
    {
        var trainers = ml.BinaryClassification.Trainers;
        return algorithm switch
        {
            MLNetAlgorithm.LogisticRegression => trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                MaximumNumberOfIterations = o.MaximumIterations, NumberOfThreads = 1,
            }),
            MLNetAlgorithm.Sdca => trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
            {
                MaximumNumberOfIterations = o.MaximumIterations, NumberOfThreads = 1,
            }),
            MLNetAlgorithm.FastTree => trainers.FastTree(FastTreeOptions(o)),
            MLNetAlgorithm.LightGbm => trainers.LightGbm(new LightGbmBinaryTrainer.Options
            {
                NumberOfIterations = o.Trees, NumberOfLeaves = o.Leaves, MinimumExampleCountPerLeaf = o.MinimumExamplesPerLeaf,
                LearningRate = o.LearningRate, Seed = o.Seed, NumberOfThreads = 1,
            }),
            _ => throw new ArgumentException($"Unknown ML.NET algorithm {algorithm}.", nameof(algorithm)),
        };
    }

    private static IEstimator<ITransformer> MulticlassTrainer(MLContext ml, MLNetAlgorithm algorithm, MLNetOptions o)
    {
        var trainers = ml.MulticlassClassification.Trainers;
        return algorithm switch
        {
            MLNetAlgorithm.LogisticRegression => trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                MaximumNumberOfIterations = o.MaximumIterations, NumberOfThreads = 1,
            }),
            MLNetAlgorithm.Sdca => trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                MaximumNumberOfIterations = o.MaximumIterations, NumberOfThreads = 1,
            }),
            MLNetAlgorithm.FastTree => trainers.OneVersusAll(ml.BinaryClassification.Trainers.FastTree(FastTreeOptions(o))),
            MLNetAlgorithm.LightGbm => trainers.LightGbm(new LightGbmMulticlassTrainer.Options
            {
                NumberOfIterations = o.Trees, NumberOfLeaves = o.Leaves, MinimumExampleCountPerLeaf = o.MinimumExamplesPerLeaf,
                LearningRate = o.LearningRate, Seed = o.Seed, NumberOfThreads = 1,
            }),
            _ => throw new ArgumentException($"Unknown ML.NET algorithm {algorithm}.", nameof(algorithm)),
        };
    }

    private static FastTreeBinaryTrainer.Options FastTreeOptions(MLNetOptions o) => new()
    {
        NumberOfTrees = o.Trees, NumberOfLeaves = o.Leaves, MinimumExampleCountPerLeaf = o.MinimumExamplesPerLeaf,
        LearningRate = o.LearningRate, Seed = o.Seed,
    };

    private static void Check(MLNetOptions o)
    {
        if (o.Trees < 1) throw new ArgumentException($"MLNetOptions: Trees must be ≥ 1; got {o.Trees}.", nameof(o));
        if (o.Leaves < 2) throw new ArgumentException($"MLNetOptions: a tree needs Leaves ≥ 2; got {o.Leaves}.", nameof(o));
        if (o.MinimumExamplesPerLeaf < 1)
            throw new ArgumentException($"MLNetOptions: MinimumExamplesPerLeaf must be ≥ 1; got {o.MinimumExamplesPerLeaf}.", nameof(o));
        if (!(o.LearningRate > 0) || !double.IsFinite(o.LearningRate))
            throw new ArgumentException($"MLNetOptions: the boosting learning rate must be > 0; got {o.LearningRate}.", nameof(o));
        if (o.MaximumIterations < 1)
            throw new ArgumentException($"MLNetOptions: MaximumIterations must be ≥ 1; got {o.MaximumIterations}.", nameof(o));
    }

    private void CheckData(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.FeatureCount != FeatureCount)
            throw new ArgumentException($"{Name} was trained on {FeatureCount} features per example; '{data.Name}' has {data.FeatureCount}.", nameof(data));
        if (data.Classes != Classes)
            throw new ArgumentException($"{Name} was trained on {Classes} classes; '{data.Name}' has {data.Classes}.", nameof(data));
    }

    private sealed class PointRow
    {
        public float[] Features { get; set; } = [];
    }

    private sealed class BinaryScore
    {
        public float Probability { get; set; }
    }
}
