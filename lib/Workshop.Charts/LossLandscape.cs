using System.Globalization;
using Plotly.NET;

namespace Workshop.Charts;

public static partial class Charts
{
    /// <summary>J(w0, w1) as a 3-D surface (left) and a contour map (right), with gradient-descent paths on both.</summary>
    public static GenericChart LossLandscape(Func<double, double, double> loss, (double From, double To) w0, (double From, double To) w1,
        params DescentPath[] paths)
    {
        var (x, y, z) = LossGrid(loss, w0, w1);
        var traces = new List<Trace> { Surface(x, y, z, "scene") };
        traces.AddRange(paths.Select((p, i) => Path3D(p, loss, i, "scene")));
        traces.Add(LossContourTrace(x, y, z, "x", "y", showScale: false));
        traces.AddRange(paths.Select((p, i) => Path2D(p, i, "x", "y", showLegend: false)));
        var layout = Plot.Layout(("title", Plot.Obj(("text", "Loss landscape J(w0, w1)"))),
            ("scene", SceneAxes(Plot.Obj(("x", new[] { 0.0, 0.5 }), ("y", new[] { 0.0, 1.0 })))),
            ("xaxis", Plot.Obj(("domain", new[] { 0.58, 1.0 }), ("title", Plot.Obj(("text", "w0"))))),
            ("yaxis", Plot.Obj(("title", Plot.Obj(("text", "w1"))))),
            ("width", 1000), ("height", 480));
        return Plot.Chart(traces, layout);
    }

    /// <summary>J(w0, w1) as a 3-D surface with the paths drawn on it.</summary>
    public static GenericChart LossSurface(Func<double, double, double> loss, (double From, double To) w0, (double From, double To) w1,
        params DescentPath[] paths)
    {
        var (x, y, z) = LossGrid(loss, w0, w1);
        var traces = new List<Trace> { Surface(x, y, z, "scene") };
        traces.AddRange(paths.Select((p, i) => Path3D(p, loss, i, "scene")));
        var layout = Plot.Layout(("title", Plot.Obj(("text", "Loss surface J(w0, w1)"))), ("scene", SceneAxes(null)), ("width", 650), ("height", 550));
        return Plot.Chart(traces, layout);
    }

    /// <summary>J(w0, w1) as a contour map with the paths drawn on it.</summary>
    public static GenericChart LossContour(Func<double, double, double> loss, (double From, double To) w0, (double From, double To) w1,
        params DescentPath[] paths)
    {
        var (x, y, z) = LossGrid(loss, w0, w1);
        var traces = new List<Trace> { LossContourTrace(x, y, z, "x", "y", showScale: true) };
        traces.AddRange(paths.Select((p, i) => Path2D(p, i, "x", "y", showLegend: true)));
        return Plot.Chart(traces, ContourLayout("Loss contours J(w0, w1)", 1, 650));
    }

    /// <summary>One contour map per path, side by side: the same landscape, several learning rates.</summary>
    public static GenericChart DescentComparison(Func<double, double, double> loss, (double From, double To) w0, (double From, double To) w1,
        params DescentPath[] paths)
    {
        if (paths.Length == 0) throw new ArgumentException("Comparing gradient descent needs at least one path; got none.", nameof(paths));
        var (x, y, z) = LossGrid(loss, w0, w1);
        var traces = new List<Trace>();
        var titles = new List<object>();
        for (int i = 0; i < paths.Length; i++)
        {
            string n = i == 0 ? "" : (i + 1).ToString(CultureInfo.InvariantCulture);
            traces.Add(LossContourTrace(x, y, z, "x" + n, "y" + n, showScale: false));
            traces.Add(Path2D(paths[i], i, "x" + n, "y" + n, showLegend: true));
            titles.Add(Plot.Obj(("text", paths[i].Label), ("showarrow", false), ("xref", $"x{n} domain"), ("yref", $"y{n} domain"),
                ("x", 0.5), ("y", 1.08), ("font", Plot.Obj(("size", 14)))));
        }
        var layout = ContourLayout("Gradient descent with different learning rates", paths.Length, Math.Max(500, 380 * paths.Length));
        layout.SetProperty("annotations", titles.ToArray());
        return Plot.Chart(traces, layout);
    }

    private static (double[] X, double[] Y, double[][] Z) LossGrid(Func<double, double, double> loss, (double From, double To) w0, (double From, double To) w1)
    {
        ArgumentNullException.ThrowIfNull(loss);
        var x = Plot.Range(w0.From, w0.To, 60);
        var y = Plot.Range(w1.From, w1.To, 60);
        return (x, y, Plot.Grid(x, y, loss));
    }

    private static Trace Surface(double[] x, double[] y, double[][] z, string scene) =>
        Plot.Trace("surface", ("name", "J(w0, w1)"), ("x", x), ("y", y), ("z", z), ("scene", scene), ("colorscale", "Viridis"),
            ("opacity", 0.9), ("showscale", false));

    private static Trace LossContourTrace(double[] x, double[] y, double[][] z, string xaxis, string yaxis, bool showScale) =>
        Plot.Trace("contour", ("name", "J(w0, w1)"), ("x", x), ("y", y), ("z", z), ("xaxis", xaxis), ("yaxis", yaxis),
            ("colorscale", "Viridis"), ("ncontours", 25), ("showscale", showScale), ("showlegend", false));

    private static Trace Path2D(DescentPath path, int index, string xaxis, string yaxis, bool showLegend) =>
        Plot.Trace("scatter", ("name", path.Label), ("mode", "lines+markers"), ("xaxis", xaxis), ("yaxis", yaxis), ("showlegend", showLegend),
            ("x", path.Points.Select(p => p.W0).ToArray()), ("y", path.Points.Select(p => p.W1).ToArray()),
            ("line", Plot.Obj(("color", PathColor(index)), ("width", 2))), ("marker", Plot.Obj(("color", PathColor(index)), ("size", 5))));

    private static Trace Path3D(DescentPath path, Func<double, double, double> loss, int index, string scene) =>
        Plot.Trace("scatter3d", ("name", path.Label), ("mode", "lines+markers"), ("scene", scene),
            ("x", path.Points.Select(p => p.W0).ToArray()), ("y", path.Points.Select(p => p.W1).ToArray()),
            ("z", path.Points.Select(p => loss(p.W0, p.W1)).ToArray()),
            ("line", Plot.Obj(("color", PathColor(index)), ("width", 5))), ("marker", Plot.Obj(("color", PathColor(index)), ("size", 3))));

    // Paths must stand out on Viridis, so they use the warm palette colours.
    private static string PathColor(int index) => new[] { "#d62728", "#ff7f0e", "#e377c2", "#ffffff", "#8c564b" }[index % 5];

    private static Dictionary<string, object> SceneAxes(Dictionary<string, object>? domain) => Plot.Obj(("domain", domain),
        ("xaxis", Plot.Obj(("title", Plot.Obj(("text", "w0"))))), ("yaxis", Plot.Obj(("title", Plot.Obj(("text", "w1"))))),
        ("zaxis", Plot.Obj(("title", Plot.Obj(("text", "J"))))));

    private static Layout ContourLayout(string title, int columns, int width)
    {
        var layout = Plot.Layout(("title", Plot.Obj(("text", title))), ("width", width), ("height", 460),
            ("grid", columns > 1 ? Plot.Obj(("rows", 1), ("columns", columns), ("pattern", "independent")) : null));
        for (int i = 0; i < columns; i++)
        {
            string n = i == 0 ? "" : (i + 1).ToString(CultureInfo.InvariantCulture);
            layout.SetProperty("xaxis" + n, Plot.Obj(("title", Plot.Obj(("text", "w0")))));
            layout.SetProperty("yaxis" + n, Plot.Obj(("title", Plot.Obj(("text", "w1")))));
        }
        return layout;
    }
}
