using Plotly.NET;

namespace Workshop.Charts;

public static partial class Charts
{
    /// <summary>A 2-D data set as points coloured by class: the talk's red (class 0) and green (class 1) points, more colours for more classes.</summary>
    /// <param name="points">One row per example, two features each.</param>
    /// <param name="labels">The class of each example, 0 … k−1.</param>
    public static GenericChart Scatter(IReadOnlyList<double[]> points, IReadOnlyList<int> labels, string title = "Data set")
    {
        var traces = PointTraces(points, labels, "x", "y", showLegend: true);
        var layout = Plot.Layout(("title", Plot.Obj(("text", title))),
            ("xaxis", Plot.Obj(("title", Plot.Obj(("text", "x₁"))))),
            ("yaxis", Plot.Obj(("title", Plot.Obj(("text", "x₂"))), ("scaleanchor", "x"))),
            ("width", 600), ("height", 560));
        return Plot.Chart(traces, layout);
    }

    /// <summary>One scatter trace per class, so the legend names the classes.</summary>
    internal static List<Trace> PointTraces(IReadOnlyList<double[]> points, IReadOnlyList<int> labels, string xaxis, string yaxis, bool showLegend)
    {
        CheckPoints(points, labels);
        var traces = new List<Trace>();
        foreach (var label in labels.Distinct().Order())
        {
            var idx = Enumerable.Range(0, points.Count).Where(i => labels[i] == label).ToArray();
            traces.Add(Plot.Trace("scatter", ("name", $"class {label}"), ("mode", "markers"),
                ("x", idx.Select(i => points[i][0]).ToArray()), ("y", idx.Select(i => points[i][1]).ToArray()),
                ("xaxis", xaxis), ("yaxis", yaxis), ("showlegend", showLegend), ("legendgroup", $"class {label}"),
                ("marker", Plot.Obj(("color", Palette.Class(label)), ("size", 7), ("line", Plot.Obj(("color", "white"), ("width", 0.8)))))));
        }
        return traces;
    }

    internal static void CheckPoints(IReadOnlyList<double[]> points, IReadOnlyList<int> labels)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(labels);
        if (points.Count == 0) throw new ArgumentException("A scatter chart needs at least one point; got none.", nameof(points));
        if (points.Count != labels.Count)
            throw new ArgumentException($"The data set has {points.Count} points but {labels.Count} labels; expected one label per point.", nameof(labels));
        for (int i = 0; i < points.Count; i++)
            if (points[i] is null || points[i].Length != 2)
                throw new ArgumentException($"Point {i} has {points[i]?.Length ?? 0} features; a 2-D chart expects 2.", nameof(points));
        for (int i = 0; i < labels.Count; i++)
            if (labels[i] < 0) throw new ArgumentException($"Label {i} is {labels[i]}; class labels are 0 or more.", nameof(labels));
    }
}
