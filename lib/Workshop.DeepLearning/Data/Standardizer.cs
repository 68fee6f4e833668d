using MathNet.Numerics.Statistics;

namespace Workshop.DeepLearning;

/// <summary>
/// Rescales each feature to mean 0 and standard deviation 1: x' = (x − mean) / std.
/// Gradient descent converges faster when features share one scale.
/// </summary>
/// <remarks>
/// Fit on the training part only, then transform the training and the test part with the same numbers.
/// Fitting on all the data would let the test set leak into training (its mean and spread would shape
/// the inputs), and the test accuracy would then promise more than the model delivers on new data.
/// </remarks>
public sealed class Standardizer
{
    private readonly double[] _means;
    private readonly double[] _stds;

    private Standardizer(double[] means, double[] stds)
    {
        _means = means;
        _stds = stds;
    }

    /// <summary>Mean of each feature column in the training data.</summary>
    public IReadOnlyList<double> Means => _means;

    /// <summary>Population standard deviation of each feature column; a constant column keeps 1 so it is only centred, never divided by zero.</summary>
    public IReadOnlyList<double> StandardDeviations => _stds;

    public int FeatureCount => _means.Length;

    /// <summary>Learns the mean and standard deviation of each column. Pass the training features only.</summary>
    public static Standardizer Fit(double[][] trainFeatures)
    {
        ArgumentNullException.ThrowIfNull(trainFeatures);
        if (trainFeatures.Length == 0)
            throw new ArgumentException("Standardizer.Fit got no examples; expected the training features (at least one row).", nameof(trainFeatures));
        int columns = trainFeatures[0]?.Length ?? 0;
        CheckRows(trainFeatures, columns, "Standardizer.Fit", "like example 0");

        var means = new double[columns];
        var stds = new double[columns];
        var column = new double[trainFeatures.Length];
        for (int j = 0; j < columns; j++)
        {
            for (int i = 0; i < trainFeatures.Length; i++) column[i] = trainFeatures[i][j];
            double mean = column.Mean();
            // The population std (divide by n, not n − 1) makes the transformed training data have std exactly 1.
            double std = column.PopulationStandardDeviation();
            if (!double.IsFinite(mean) || !double.IsFinite(std))
                throw new ArgumentException($"Standardizer.Fit: feature {j} has a NaN or infinite value; clean the data first.", nameof(trainFeatures));
            means[j] = mean;
            stds[j] = std > 1e-12 ? std : 1;
        }
        return new Standardizer(means, stds);
    }

    /// <summary>Returns new rows (x − mean) / std; the input is left unchanged.</summary>
    public double[][] Transform(double[][] features)
    {
        ArgumentNullException.ThrowIfNull(features);
        CheckRows(features, FeatureCount, $"Standardizer fitted on {FeatureCount} features", "");
        var result = new double[features.Length][];
        for (int i = 0; i < features.Length; i++)
        {
            var row = new double[FeatureCount];
            for (int j = 0; j < row.Length; j++) row[j] = (features[i][j] - _means[j]) / _stds[j];
            result[i] = row;
        }
        return result;
    }

    /// <summary>The same data set with standardised features; targets and classes unchanged.</summary>
    public Dataset Transform(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new Dataset(Transform(data.Features), data.Targets, data.Classes, data.Name);
    }

    private static void CheckRows(double[][] rows, int expected, string who, string like)
    {
        if (expected == 0)
            throw new ArgumentException($"{who} got rows with no features; expected at least one feature per example.");
        for (int i = 0; i < rows.Length; i++)
        {
            if (rows[i] is null || rows[i].Length != expected)
                throw new ArgumentException(
                    $"{who} got {rows[i]?.Length ?? 0} features in example {i}; expected {expected}{(like.Length > 0 ? " " + like : "")}.");
        }
    }
}
