using System.Numerics;

namespace Workshop.DeepLearning;

public static class Metrics
{
    /// <summary>
    /// Fraction of rows predicted right. Several output columns: the argmax is the predicted class, and targets are
    /// one-hot rows or a column of class indices. One output column: a probability, class 1 when ≥ 0.5.
    /// </summary>
    public static double Accuracy<T>(Tensor<T> predictions, Tensor<T> targets) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(predictions);
        ArgumentNullException.ThrowIfNull(targets);
        if (predictions.Rows != targets.Rows)
            throw new ArgumentException($"Accuracy got {targets.Rows} targets for {predictions.Rows} predictions.", nameof(targets));
        if (predictions.Rows == 0) return double.NaN;
        return (double)CountCorrect(predictions, targets) / predictions.Rows;
    }

    internal static int CountCorrect<T>(Tensor<T> predictions, Tensor<T> targets) where T : unmanaged, IFloatingPointIeee754<T>
    {
        int k = predictions.Cols, correct = 0;
        ReadOnlySpan<T> p = predictions.Span, y = targets.Span;
        if (k == 1)
        {
            if (targets.Cols != 1) throw new ArgumentException($"Accuracy got targets of shape {targets.Shape}; expected {predictions.Rows}×1.", nameof(targets));
            T half = T.CreateChecked(0.5);
            for (int i = 0; i < p.Length; i++)
                if (p[i] >= half == y[i] >= half) correct++;
            return correct;
        }
        if (targets.Cols != 1 && targets.Cols != k)
            throw new ArgumentException(
                $"Accuracy got targets of shape {targets.Shape}; expected {predictions.Rows}×{k} (one-hot) or {predictions.Rows}×1 (class indices).",
                nameof(targets));
        for (int i = 0; i < predictions.Rows; i++)
        {
            int predicted = ArgMax(p.Slice(i * k, k));
            int actual = targets.Cols == 1 ? int.CreateSaturating(y[i]) : ArgMax(y.Slice(i * k, k));
            if (predicted == actual) correct++;
        }
        return correct;
    }

    /// <summary>
    /// The class each row predicts: the argmax of its outputs, or with one output column (a probability) 1 when ≥ 0.5.
    /// </summary>
    public static int[] PredictedClasses<T>(Tensor<T> predictions) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(predictions);
        int k = predictions.Cols;
        var classes = new int[predictions.Rows];
        ReadOnlySpan<T> p = predictions.Span;
        T half = T.CreateChecked(0.5);
        for (int i = 0; i < classes.Length; i++)
            classes[i] = k == 1 ? (p[i] >= half ? 1 : 0) : ArgMax(p.Slice(i * k, k));
        return classes;
    }

    /// <summary>Index of the largest value (the first one on ties).</summary>
    public static int ArgMax<T>(ReadOnlySpan<T> values) where T : IFloatingPointIeee754<T>
    {
        int best = 0;
        for (int j = 1; j < values.Length; j++)
            if (values[j] > values[best]) best = j;
        return best;
    }
}
