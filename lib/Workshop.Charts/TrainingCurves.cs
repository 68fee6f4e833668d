using Plotly.NET;

namespace Workshop.Charts;

/// <summary>One epoch of a training run as the charts need it; accuracy and validation numbers are optional.</summary>
public sealed record TrainingPoint(int Epoch, double Loss, double? Accuracy = null, double? ValidationLoss = null, double? ValidationAccuracy = null);

public static partial class Charts
{
    /// <summary>Loss (left) and accuracy (right) per epoch, training solid and validation dashed.</summary>
    public static GenericChart TrainingCurves(IReadOnlyList<TrainingPoint> history, string title = "Training")
    {
        ArgumentNullException.ThrowIfNull(history);
        if (history.Count == 0) throw new ArgumentException("Training curves need at least one epoch; the history is empty.", nameof(history));
        bool hasAccuracy = history.Any(p => p.Accuracy is not null || p.ValidationAccuracy is not null);
        var traces = new List<Trace>
        {
            Series("training loss", history, p => p.Loss, "x", "y", Palette.Positive, dash: null),
        };
        if (history.Any(p => p.ValidationLoss is not null))
            traces.Add(Series("validation loss", history, p => p.ValidationLoss, "x", "y", Palette.Positive, dash: "dash"));
        if (history.Any(p => p.Accuracy is not null))
            traces.Add(Series("training accuracy", history, p => p.Accuracy, "x2", "y2", Palette.Class(1), dash: null));
        if (history.Any(p => p.ValidationAccuracy is not null))
            traces.Add(Series("validation accuracy", history, p => p.ValidationAccuracy, "x2", "y2", Palette.Class(1), dash: "dash"));

        var layout = Plot.Layout(("title", Plot.Obj(("text", title))),
            ("grid", hasAccuracy ? Plot.Obj(("rows", 1), ("columns", 2), ("pattern", "independent")) : null),
            ("xaxis", Plot.Obj(("title", Plot.Obj(("text", "epoch"))))),
            ("yaxis", Plot.Obj(("title", Plot.Obj(("text", "loss J(W)"))), ("rangemode", "tozero"))),
            ("xaxis2", hasAccuracy ? Plot.Obj(("title", Plot.Obj(("text", "epoch")))) : null),
            ("yaxis2", hasAccuracy ? Plot.Obj(("title", Plot.Obj(("text", "accuracy"))), ("range", new[] { 0.0, 1.02 })) : null),
            ("width", hasAccuracy ? 950 : 600), ("height", 400));
        return Plot.Chart(traces, layout);
    }

    private static Trace Series(string name, IReadOnlyList<TrainingPoint> history, Func<TrainingPoint, double?> value, string xaxis, string yaxis, string color, string? dash)
    {
        var present = history.Where(p => value(p) is not null).ToArray();
        foreach (var p in present)
            if (!double.IsFinite(value(p)!.Value))
                throw new ArgumentException($"Epoch {p.Epoch} has {name} {value(p)}; the run diverged. Try a smaller learning rate.");
        return Plot.Trace("scatter", ("name", name), ("mode", "lines"), ("x", present.Select(p => p.Epoch).ToArray()),
            ("y", present.Select(p => value(p)!.Value).ToArray()), ("xaxis", xaxis), ("yaxis", yaxis),
            ("line", Plot.Obj(("color", color), ("dash", dash), ("width", 2))));
    }
}
