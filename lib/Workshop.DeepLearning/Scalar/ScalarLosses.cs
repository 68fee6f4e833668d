using System.Globalization;

namespace Workshop.DeepLearning;

/// <summary>Losses built from <see cref="Value"/>s, so <see cref="Value.Backward"/> on the result reaches every weight.</summary>
public static class ScalarLosses
{
    /// <summary>Probabilities are clamped to [ε, 1 − ε] so log never sees 0 (as Keras does).</summary>
    public const double Epsilon = 1e-7;

    /// <summary>(1/n) Σ (ŷᵢ − yᵢ)².</summary>
    public static Value MeanSquaredError(IReadOnlyList<Value> predictions, IReadOnlyList<double> targets)
    {
        CheckPairs("MeanSquaredError", predictions, targets, "targets");
        Value sum = 0;
        for (var i = 0; i < predictions.Count; i++)
        {
            var error = predictions[i] - targets[i];
            sum += error * error;
        }
        return sum / predictions.Count;
    }

    /// <summary>
    /// −(1/n) Σ [yᵢ log ŷᵢ + (1 − yᵢ) log(1 − ŷᵢ)], for predictions that are probabilities (a sigmoid output)
    /// and targets 0 or 1 (or anything between). ŷ is clamped to [ε, 1 − ε]; like a clamp, a clamped ŷ passes no gradient.
    /// </summary>
    public static Value BinaryCrossEntropy(IReadOnlyList<Value> predictions, IReadOnlyList<double> targets)
    {
        CheckPairs("BinaryCrossEntropy", predictions, targets, "targets");
        Value sum = 0;
        for (var i = 0; i < predictions.Count; i++)
        {
            var p = predictions[i];
            var y = targets[i];
            if (!(p.Data >= 0 && p.Data <= 1))
                throw new ArgumentException(
                    $"BinaryCrossEntropy needs predictions that are probabilities in [0, 1] (a sigmoid output); prediction {i} is {Format(p.Data)}.",
                    nameof(predictions));
            if (!(y >= 0 && y <= 1))
                throw new ArgumentException(
                    $"BinaryCrossEntropy needs targets in [0, 1]; target {i} is {Format(y)}.", nameof(targets));
            // Outside [ε, 1 − ε] the clamp is a constant, whose derivative is 0: a fresh leaf says exactly that.
            if (p.Data < Epsilon) p = new Value(Epsilon);
            else if (p.Data > 1 - Epsilon) p = new Value(1 - Epsilon);
            if (y > 0) sum += y * p.Log();
            if (y < 1) sum += (1 - y) * (1 - p).Log();
        }
        return -sum / predictions.Count;
    }

    /// <summary>The SVM "max-margin" loss of micrograd's demo: (1/n) Σ relu(1 − yᵢ·scoreᵢ), labels −1 or +1.</summary>
    public static Value MaxMargin(IReadOnlyList<Value> scores, IReadOnlyList<double> labels)
    {
        CheckPairs("MaxMargin", scores, labels, "labels");
        Value sum = 0;
        for (var i = 0; i < scores.Count; i++)
        {
            var y = labels[i];
            if (y != 1 && y != -1)
                throw new ArgumentException($"MaxMargin needs labels −1 or +1; label {i} is {Format(y)}.", nameof(labels));
            sum += (1 - y * scores[i]).Relu();
        }
        return sum / scores.Count;
    }

    /// <summary>L2 regularisation: alpha · Σ p², added to a loss to keep the weights small.</summary>
    public static Value L2(IEnumerable<Value> parameters, double alpha)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (!(alpha >= 0) || double.IsInfinity(alpha))
            throw new ArgumentException($"L2 needs a finite alpha ≥ 0; got {Format(alpha)}.", nameof(alpha));
        Value sum = 0;
        foreach (var p in parameters)
            sum += p * p;
        return alpha * sum;
    }

    private static void CheckPairs(string loss, IReadOnlyList<Value> predictions, IReadOnlyList<double> targets, string targetName)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        ArgumentNullException.ThrowIfNull(targets);
        if (predictions.Count == 0)
            throw new ArgumentException($"{loss} needs at least one prediction; got none.", nameof(predictions));
        if (predictions.Count != targets.Count)
            throw new ArgumentException(
                $"{loss} got {predictions.Count} predictions and {targets.Count} {targetName}; expected one {targetName[..^1]} per prediction.",
                nameof(targets));
    }

    private static string Format(double x) => x.ToString(CultureInfo.InvariantCulture);
}
