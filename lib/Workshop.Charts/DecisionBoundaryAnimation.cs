using System.Globalization;
using Plotly.NET;

namespace Workshop.Charts;

/// <summary>A snapshot of a model during training: its epoch and its output as a function of the two features.</summary>
public sealed record BoundaryFrame(int Epoch, Func<double, double, double> Model);

public static partial class Charts
{
    /// <summary>
    /// The decision boundary as it forms: a slider over epochs swaps the model output under the fixed data points.
    /// The frames are plotly.js restyle steps on the contour trace (Plotly.NET has no typed frame API), so the
    /// page needs nothing but plotly.js.
    /// </summary>
    public static GenericChart DecisionBoundaryAnimation(IReadOnlyList<BoundaryFrame> frames, IReadOnlyList<double[]> points, IReadOnlyList<int> labels,
        int resolution = 50, string title = "Decision boundary over epochs")
    {
        ArgumentNullException.ThrowIfNull(frames);
        if (frames.Count == 0) throw new ArgumentException("An epoch slider needs at least one frame; got none.", nameof(frames));
        CheckPoints(points, labels);
        var (x, y) = BoundaryGrid(points, resolution);
        var grids = frames.Select(f => Plot.Grid(x, y, f.Model)).ToArray();

        var traces = new List<Trace> { OutputContour(x, y, grids[0], "x", "y", showScale: true) };
        traces.AddRange(PointTraces(points, labels, "x", "y", showLegend: true));
        var steps = frames.Select((f, i) => (object)Plot.Obj(("method", "restyle"),
            ("label", f.Epoch.ToString(CultureInfo.InvariantCulture)),
            ("args", new object[] { Plot.Obj(("z", new object[] { grids[i] })), new[] { 0 } }))).ToArray();
        var slider = Plot.Obj(("active", 0), ("steps", steps), ("pad", Plot.Obj(("t", 40))),
            ("currentvalue", Plot.Obj(("prefix", "epoch "), ("visible", true))));
        var layout = Plot.Layout(("title", Plot.Obj(("text", title))), ("sliders", new object[] { slider }),
            ("xaxis", Plot.Obj(("title", Plot.Obj(("text", "x₁"))))), ("yaxis", Plot.Obj(("title", Plot.Obj(("text", "x₂"))))),
            ("legend", Plot.Obj(("orientation", "h"), ("x", 0.0), ("y", 1.02), ("yanchor", "bottom"))),
            ("width", 650), ("height", 640));
        return Plot.Chart(traces, layout);
    }
}
