using Plotly.NET;

namespace Workshop.Charts;

public static partial class Charts
{
    /// <summary>
    /// A model's output over a grid as a filled contour (red low, green high), the line where it crosses
    /// <paramref name="threshold"/>, and the data points on top. Any <c>Func&lt;double, double, double&gt;</c> works,
    /// so an ML.NET model's score can be drawn the same way as the workshop's networks.
    /// </summary>
    /// <param name="resolution">Grid points along each axis; the model is called resolution² times.</param>
    public static GenericChart DecisionBoundary(Func<double, double, double> model, IReadOnlyList<double[]> points, IReadOnlyList<int> labels,
        int resolution = 80, double? threshold = 0.5, string title = "Decision boundary")
    {
        ArgumentNullException.ThrowIfNull(model);
        CheckPoints(points, labels);
        var (x, y) = BoundaryGrid(points, resolution);
        return BoundaryChart(x, y, Plot.Grid(x, y, model), points, labels, threshold, title);
    }

    /// <summary>The decision-boundary figure from an output grid already computed (z[row = y][col = x]).</summary>
    internal static GenericChart BoundaryChart(double[] x, double[] y, double[][] z, IReadOnlyList<double[]> points, IReadOnlyList<int> labels,
        double? threshold, string title)
    {
        var traces = new List<Trace> { OutputContour(x, y, z, "x", "y", showScale: true, threshold) };
        if (threshold is double t) traces.Add(ThresholdLine(x, y, z, t));
        traces.AddRange(PointTraces(points, labels, "x", "y", showLegend: true));
        return Plot.Chart(traces, BoundaryLayout(title));
    }

    /// <summary>For k classes: each grid point coloured by the predicted class (pale), with the data points on top.</summary>
    public static GenericChart DecisionRegions(Func<double, double, int> classify, IReadOnlyList<double[]> points, IReadOnlyList<int> labels,
        int resolution = 80, string title = "Decision regions")
    {
        ArgumentNullException.ThrowIfNull(classify);
        CheckPoints(points, labels);
        var (x, y) = BoundaryGrid(points, resolution);
        int classes = labels.Max() + 1;
        var z = Plot.Grid(x, y, (a, b) =>
        {
            int c = classify(a, b);
            if (c < 0) throw new ArgumentException($"The classifier predicted class {c} at ({a}, {b}); classes are 0 or more.");
            classes = Math.Max(classes, c + 1);
            return c;
        });
        return RegionsChart(x, y, z, classes, points, labels, title);
    }

    /// <summary>The decision-regions figure from a grid of predicted classes already computed.</summary>
    internal static GenericChart RegionsChart(double[] x, double[] y, double[][] z, int classes, IReadOnlyList<double[]> points, IReadOnlyList<int> labels, string title)
    {
        var traces = new List<Trace> { RegionHeatmap(x, y, z, classes, "x", "y") };
        traces.AddRange(PointTraces(points, labels, "x", "y", showLegend: true));
        return Plot.Chart(traces, BoundaryLayout(title));
    }

    /// <param name="middle">The output drawn white, red below and green above (a threshold such as 0.5 or 0); null centres on the data.</param>
    internal static Trace OutputContour(double[] x, double[] y, double[][] z, string xaxis, string yaxis, bool showScale, double? middle = null) =>
        Plot.Trace("contour", ("zmid", middle), ("name", "model output"), ("x", x), ("y", y), ("z", z), ("xaxis", xaxis), ("yaxis", yaxis),
            ("colorscale", new object[] { new object[] { 0.0, Palette.Light(Palette.Class(0), 0.8) }, new object[] { 0.5, "#ffffff" }, new object[] { 1.0, Palette.Light(Palette.Class(1), 0.8) } }),
            ("contours", Plot.Obj(("coloring", "heatmap"), ("showlines", false))), ("line", Plot.Obj(("width", 0))), ("ncontours", 20),
            ("showscale", showScale), ("colorbar", Plot.Obj(("title", Plot.Obj(("text", "output"))))), ("hoverinfo", "x+y+z"));

    internal static Trace RegionHeatmap(double[] x, double[] y, double[][] z, int classes, string xaxis, string yaxis)
    {
        // A stepped colour scale: each class value gets exactly its class colour instead of a blend.
        var scale = new List<object[]>();
        for (int c = 0; c < classes; c++)
        {
            string color = Palette.Light(Palette.Class(c));
            scale.Add([classes == 1 ? 0.0 : (double)c / classes, color]);
            scale.Add([classes == 1 ? 1.0 : (double)(c + 1) / classes, color]);
        }
        return Plot.Trace("heatmap", ("name", "predicted class"), ("x", x), ("y", y), ("z", z), ("xaxis", xaxis), ("yaxis", yaxis),
            ("zmin", -0.5), ("zmax", classes - 0.5), ("colorscale", scale.ToArray()), ("showscale", false));
    }

    private static Trace ThresholdLine(double[] x, double[] y, double[][] z, double threshold) =>
        Plot.Trace("contour", ("name", $"output = {threshold}"), ("x", x), ("y", y), ("z", z),
            ("autocontour", false), ("contours", Plot.Obj(("coloring", "lines"), ("start", threshold), ("end", threshold), ("size", 1.0))),
            ("colorscale", new object[] { new object[] { 0.0, "black" }, new object[] { 1.0, "black" } }),
            ("line", Plot.Obj(("width", 2.5))), ("showscale", false), ("showlegend", false), ("hoverinfo", "skip"));

    /// <summary>The grid covers the points with a 10% margin on every side.</summary>
    internal static (double[] X, double[] Y) BoundaryGrid(IReadOnlyList<double[]> points, int resolution)
    {
        if (resolution < 2 || resolution > 1000)
            throw new ArgumentException($"Grid resolution must be between 2 and 1000 points per axis; got {resolution}.", nameof(resolution));
        double xMin = points.Min(p => p[0]), xMax = points.Max(p => p[0]), yMin = points.Min(p => p[1]), yMax = points.Max(p => p[1]);
        double dx = Math.Max(xMax - xMin, 1e-9) * 0.1, dy = Math.Max(yMax - yMin, 1e-9) * 0.1;
        return (Plot.Range(xMin - dx, xMax + dx, resolution), Plot.Range(yMin - dy, yMax + dy, resolution));
    }

    private static Layout BoundaryLayout(string title) => Plot.Layout(("title", Plot.Obj(("text", title))),
        ("xaxis", Plot.Obj(("title", Plot.Obj(("text", "x₁"))))),
        ("yaxis", Plot.Obj(("title", Plot.Obj(("text", "x₂"))))),
        // Above the plot, so the legend never covers the colour bar.
        ("legend", Plot.Obj(("orientation", "h"), ("x", 0.0), ("y", 1.02), ("yanchor", "bottom"))),
        ("width", 650), ("height", 560));
}
