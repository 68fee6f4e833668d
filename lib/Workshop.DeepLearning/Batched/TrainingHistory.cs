using System.Globalization;
using System.Text;

namespace Workshop.DeepLearning;

/// <summary>
/// What one epoch achieved. Loss and Accuracy are averaged over the epoch's mini-batches as they were trained;
/// Accuracy is NaN for regression (MeanSquaredError). Validation values are null without validation data.
/// </summary>
public sealed record EpochMetrics(int Epoch, double Loss, double Accuracy, double? ValidationLoss, double? ValidationAccuracy)
{
    public override string ToString()
    {
        var s = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"epoch {Epoch}: loss {Loss:F4}"));
        if (!double.IsNaN(Accuracy)) s.Append(CultureInfo.InvariantCulture, $", accuracy {Accuracy:P1}");
        if (ValidationLoss is double vl) s.Append(CultureInfo.InvariantCulture, $", validation loss {vl:F4}");
        if (ValidationAccuracy is double va && !double.IsNaN(va)) s.Append(CultureInfo.InvariantCulture, $", validation accuracy {va:P1}");
        return s.ToString();
    }
}

/// <summary>One optimisation step: epoch (1-based), step within the epoch (1-based), global step, examples in the batch, batch loss.</summary>
public readonly record struct StepMetrics(int Epoch, int Step, int GlobalStep, int BatchSize, double Loss);

/// <summary>The per-epoch metrics of a training run, in order.</summary>
public sealed class TrainingHistory
{
    private readonly List<EpochMetrics> epochs = [];

    public IReadOnlyList<EpochMetrics> Epochs => epochs;

    public EpochMetrics Last => epochs.Count > 0 ? epochs[^1] : throw new InvalidOperationException("No epoch has been trained yet.");

    /// <summary>True when early stopping ended the run before the requested number of epochs.</summary>
    public bool StoppedEarly { get; internal set; }

    internal void Add(EpochMetrics metrics) => epochs.Add(metrics);

    public override string ToString() =>
        epochs.Count == 0
            ? "TrainingHistory: no epochs"
            : $"TrainingHistory: {epochs.Count} epochs{(StoppedEarly ? " (stopped early)" : "")}; last {Last}";
}

/// <summary>Thrown when the loss becomes NaN or ∞ during training.</summary>
public sealed class TrainingDivergedException(int epoch, string message) : InvalidOperationException(message)
{
    public int Epoch { get; } = epoch;
}
