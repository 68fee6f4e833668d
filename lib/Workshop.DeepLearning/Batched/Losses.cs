using System.Numerics;

namespace Workshop.DeepLearning;

/// <summary>A loss J: one number for a batch (the mean over it) and its gradient ∂J/∂predictions.</summary>
public interface ILoss<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    string Name { get; }

    /// <summary>The mean loss over the batch, accumulated in double.</summary>
    double Loss(Tensor<T> predictions, Tensor<T> targets);

    /// <summary>Writes ∂J/∂predictions into <paramref name="gradient"/> (same shape as the predictions); allocates nothing.</summary>
    void Gradient(Tensor<T> predictions, Tensor<T> targets, Tensor<T> gradient);
}

public static class Losses
{
    /// <summary>∂J/∂predictions in a new tensor (convenient in a notebook; the trainer reuses one buffer instead).</summary>
    public static Tensor<T> Gradient<T>(this ILoss<T> loss, Tensor<T> predictions, Tensor<T> targets)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(loss);
        ArgumentNullException.ThrowIfNull(predictions);
        var gradient = Tensor<T>.Zeros(predictions.Rows, predictions.Cols);
        loss.Gradient(predictions, targets, gradient);
        return gradient;
    }

    internal static void CheckSameShape<T>(string loss, Tensor<T> predictions, Tensor<T> targets)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(predictions);
        ArgumentNullException.ThrowIfNull(targets);
        if (predictions.Rows == 0) throw new ArgumentException($"{loss} got an empty batch (0 rows).", nameof(predictions));
        if (predictions.Rows != targets.Rows || predictions.Cols != targets.Cols)
            throw new ArgumentException(
                $"{loss} got targets of shape {targets.Shape}; expected {predictions.Shape} like the predictions.", nameof(targets));
    }

    internal static void CheckGradient<T>(string loss, Tensor<T> predictions, Tensor<T> gradient)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(gradient);
        if (predictions.Rows != gradient.Rows || predictions.Cols != gradient.Cols)
            throw new ArgumentException(
                $"{loss} got a gradient buffer of shape {gradient.Shape}; expected {predictions.Shape} like the predictions.", nameof(gradient));
    }
}

/// <summary>
/// The talk's MSE (S21): J = 1/n Σ (y − ŷ)², averaged over every example and every output column.
/// </summary>
public sealed class MeanSquaredError<T> : ILoss<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public string Name => "MeanSquaredError";

    public double Loss(Tensor<T> predictions, Tensor<T> targets)
    {
        Losses.CheckSameShape(Name, predictions, targets);
        ReadOnlySpan<T> p = predictions.Span, y = targets.Span;
        double sum = 0;
        for (int i = 0; i < p.Length; i++)
        {
            double d = double.CreateChecked(p[i] - y[i]);
            sum += d * d;
        }
        return sum / p.Length;
    }

    public void Gradient(Tensor<T> predictions, Tensor<T> targets, Tensor<T> gradient)
    {
        Losses.CheckSameShape(Name, predictions, targets);
        Losses.CheckGradient(Name, predictions, gradient);
        ReadOnlySpan<T> p = predictions.Span, y = targets.Span;
        var g = gradient.Span;
        T scale = T.CreateChecked(2.0 / p.Length);
        for (int i = 0; i < p.Length; i++) g[i] = scale * (p[i] - y[i]);
    }

    public override string ToString() => Name;
}

/// <summary>
/// The talk's binary cross-entropy (S20) on probabilities ŷ ∈ (0, 1) (after a sigmoid):
/// J = −1/n Σ [y log ŷ + (1 − y) log(1 − ŷ)], averaged over every example and output column.
/// ŷ is clamped to [ε, 1 − ε] so log never sees 0 (ε = 1e-7 in float, 1e-12 in double).
/// </summary>
public sealed class BinaryCrossEntropy<T> : ILoss<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private static readonly double Epsilon = typeof(T) == typeof(double) ? 1e-12 : 1e-7;

    public string Name => "BinaryCrossEntropy";

    public double Loss(Tensor<T> predictions, Tensor<T> targets)
    {
        Losses.CheckSameShape(Name, predictions, targets);
        ReadOnlySpan<T> p = predictions.Span, y = targets.Span;
        double sum = 0;
        for (int i = 0; i < p.Length; i++)
        {
            double pi = Math.Clamp(double.CreateChecked(p[i]), Epsilon, 1 - Epsilon);
            double yi = double.CreateChecked(y[i]);
            sum -= yi * Math.Log(pi) + (1 - yi) * Math.Log(1 - pi);
        }
        return sum / p.Length;
    }

    /// <summary>∂J/∂ŷ = (ŷ − y) / (ŷ (1 − ŷ)) / n, with ŷ clamped as in the loss.</summary>
    public void Gradient(Tensor<T> predictions, Tensor<T> targets, Tensor<T> gradient)
    {
        Losses.CheckSameShape(Name, predictions, targets);
        Losses.CheckGradient(Name, predictions, gradient);
        ReadOnlySpan<T> p = predictions.Span, y = targets.Span;
        var g = gradient.Span;
        T eps = T.CreateChecked(Epsilon), n = T.CreateChecked(p.Length);
        for (int i = 0; i < p.Length; i++)
        {
            T pi = T.Clamp(p[i], eps, T.One - eps);
            g[i] = (pi - y[i]) / (pi * (T.One - pi) * n);
        }
    }

    public override string ToString() => Name;
}

/// <summary>
/// Softmax followed by cross-entropy, on logits z (the network ends with Identity):
/// J = 1/n Σᵢ [log Σⱼ e^zᵢⱼ − zᵢ,yᵢ], computed with log-sum-exp so large logits do not overflow.
/// Targets are either one-hot rows (same shape as the logits) or one column of class indices 0…k−1.
/// The gradient is the familiar (softmax(z) − onehot(y)) / n.
/// </summary>
public sealed class SoftmaxCrossEntropy<T> : ILoss<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public string Name => "SoftmaxCrossEntropy";

    public double Loss(Tensor<T> predictions, Tensor<T> targets)
    {
        bool indices = CheckShapes(predictions, targets);
        int k = predictions.Cols;
        ReadOnlySpan<T> z = predictions.Span, y = targets.Span;
        double sum = 0;
        for (int i = 0; i < predictions.Rows; i++)
        {
            var row = z.Slice(i * k, k);
            double max = double.CreateChecked(row[0]);
            for (int j = 1; j < k; j++) max = Math.Max(max, double.CreateChecked(row[j]));
            double sumExp = 0;
            for (int j = 0; j < k; j++) sumExp += Math.Exp(double.CreateChecked(row[j]) - max);
            double logSumExp = max + Math.Log(sumExp);
            if (indices)
                sum += logSumExp - double.CreateChecked(row[ClassIndex(y[i], i, k)]);
            else
                for (int j = 0; j < k; j++) sum += double.CreateChecked(y[i * k + j]) * (logSumExp - double.CreateChecked(row[j]));
        }
        return sum / predictions.Rows;
    }

    public void Gradient(Tensor<T> predictions, Tensor<T> targets, Tensor<T> gradient)
    {
        bool indices = CheckShapes(predictions, targets);
        Losses.CheckGradient(Name, predictions, gradient);
        int k = predictions.Cols;
        ReadOnlySpan<T> z = predictions.Span, y = targets.Span;
        var g = gradient.Span;
        T n = T.CreateChecked(predictions.Rows);
        for (int i = 0; i < predictions.Rows; i++)
        {
            var gRow = g.Slice(i * k, k);
            Softmax<T>.SoftmaxRow(z.Slice(i * k, k), gRow);
            if (indices)
                gRow[ClassIndex(y[i], i, k)] -= T.One;
            else
                for (int j = 0; j < k; j++) gRow[j] -= y[i * k + j];
            for (int j = 0; j < k; j++) gRow[j] /= n;
        }
    }

    /// <summary>True when targets are a column of class indices, false when they are one-hot rows.</summary>
    private bool CheckShapes(Tensor<T> predictions, Tensor<T> targets)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        ArgumentNullException.ThrowIfNull(targets);
        if (predictions.Cols < 2)
            throw new ArgumentException(
                $"{Name} needs at least 2 logits per example (one per class); got {predictions.Cols}. For two classes with one output use a Sigmoid with BinaryCrossEntropy.",
                nameof(predictions));
        if (predictions.Rows == 0) throw new ArgumentException($"{Name} got an empty batch (0 rows).", nameof(predictions));
        if (targets.Rows == predictions.Rows && targets.Cols == 1) return true;
        if (targets.Rows == predictions.Rows && targets.Cols == predictions.Cols) return false;
        throw new ArgumentException(
            $"{Name} got targets of shape {targets.Shape}; expected {predictions.Rows}×{predictions.Cols} (one-hot) or {predictions.Rows}×1 (class indices).",
            nameof(targets));
    }

    private int ClassIndex(T value, int row, int classes)
    {
        int c = int.CreateSaturating(value);
        if (T.CreateChecked(c) != value || c < 0 || c >= classes)
            throw new ArgumentException($"{Name}: target at row {row} is {value}; expected a class index 0…{classes - 1}.", "targets");
        return c;
    }

    public override string ToString() => Name;
}
