using System.Globalization;
using Plotly.NET;

namespace Workshop.Charts;

/// <summary>
/// Records a model's output over the grid at chosen epochs while it trains, then draws them as a slider over epochs.
/// Each snapshot is evaluated when recorded, because the network keeps changing its weights afterwards.
/// <code>var frames = new BoundaryRecorder(points, labels); … frames.Record(epoch, (a, b) => mlp.Predict(a, b)[0]); … frames.Chart()</code>
/// </summary>
public sealed class BoundaryRecorder
{
    private readonly IReadOnlyList<double[]> _points;
    private readonly IReadOnlyList<int> _labels;
    private readonly double[] _x;
    private readonly double[] _y;
    private readonly List<(int Epoch, double[][] Z)> _frames = [];

    public BoundaryRecorder(IReadOnlyList<double[]> points, IReadOnlyList<int> labels, int resolution = 50)
    {
        Charts.CheckPoints(points, labels);
        _points = points;
        _labels = labels;
        (_x, _y) = Charts.BoundaryGrid(points, resolution);
    }

    public int Count => _frames.Count;

    /// <summary>Evaluates the model on the grid now and keeps the result as the frame for <paramref name="epoch"/>.</summary>
    public void Record(int epoch, Func<double, double, double> model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (_frames.Count > 0 && epoch <= _frames[^1].Epoch)
            throw new ArgumentException($"The boundary recorder got epoch {epoch} after epoch {_frames[^1].Epoch}; epochs must increase.", nameof(epoch));
        _frames.Add((epoch, Plot.Grid(_x, _y, model)));
    }

    /// <summary>The decision boundary under the data points, with a slider that steps through the recorded epochs.</summary>
    public GenericChart Chart(string title = "Decision boundary over epochs", double? threshold = null)
    {
        if (_frames.Count == 0) throw new ArgumentException("The boundary recorder has no frames; call Record during training first.");
        var traces = new List<Trace> { Charts.OutputContour(_x, _y, _frames[^1].Z, "x", "y", showScale: true, threshold) };
        traces.AddRange(Charts.PointTraces(_points, _labels, "x", "y", showLegend: true));
        // Each step restyles trace 0 (the contour) with that epoch's grid: plain plotly.js, no frames API needed.
        var steps = _frames.Select(f => (object)Plot.Obj(("method", "restyle"),
            ("label", f.Epoch.ToString(CultureInfo.InvariantCulture)),
            ("args", new object[] { Plot.Obj(("z", new object[] { f.Z })), new[] { 0 } }))).ToArray();
        var slider = Plot.Obj(("active", _frames.Count - 1), ("steps", steps), ("pad", Plot.Obj(("t", 40))),
            ("currentvalue", Plot.Obj(("prefix", "epoch "), ("visible", true))));
        var layout = Plot.Layout(("title", Plot.Obj(("text", title))), ("sliders", new object[] { slider }),
            ("xaxis", Plot.Obj(("title", Plot.Obj(("text", "x₁"))))), ("yaxis", Plot.Obj(("title", Plot.Obj(("text", "x₂"))))),
            ("legend", Plot.Obj(("orientation", "h"), ("x", 0.0), ("y", 1.02), ("yanchor", "bottom"))),
            ("width", 650), ("height", 640));
        return Plot.Chart(traces, layout);
    }
}
