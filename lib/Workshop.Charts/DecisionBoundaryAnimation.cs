using Plotly.NET;

namespace Workshop.Charts;

/// <summary>A snapshot of a model during training: its epoch and its output as a function of the two features.</summary>
public sealed record BoundaryFrame(int Epoch, Func<double, double, double> Model);

public static partial class Charts
{
    /// <summary>
    /// The decision boundary as it forms: a slider over epochs swaps the model output under the fixed data points.
    /// The models are evaluated now; to capture a network that is still training, use <see cref="BoundaryRecorder"/>.
    /// </summary>
    public static GenericChart DecisionBoundaryAnimation(IReadOnlyList<BoundaryFrame> frames, IReadOnlyList<double[]> points, IReadOnlyList<int> labels,
        int resolution = 50, string title = "Decision boundary over epochs")
    {
        ArgumentNullException.ThrowIfNull(frames);
        if (frames.Count == 0) throw new ArgumentException("An epoch slider needs at least one frame; got none.", nameof(frames));
        var recorder = new BoundaryRecorder(points, labels, resolution);
        foreach (var frame in frames) recorder.Record(frame.Epoch, frame.Model);
        return recorder.Chart(title);
    }
}
