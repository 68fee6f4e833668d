using Plotly.NET;

namespace Workshop.Charts;

// Small charts the loss, gradient-descent, backpropagation and training notebooks need besides the main ones:
// grouped bars (gradient size per layer), several loss curves on one plot, and a regression fit over its data.
public static partial class Charts
{
    /// <summary>
    /// Grouped bars: one group per category (e.g. a layer), one bar per series (e.g. a network).
    /// A log y-axis shows numbers that differ by orders of magnitude, such as fading gradients.
    /// </summary>
    public static GenericChart Bars(string title, IReadOnlyList<string> categories, bool logY, params (string Name, double[] Values)[] series)
    {
        ArgumentNullException.ThrowIfNull(categories);
        if (series.Length == 0) throw new ArgumentException("A bar chart needs at least one series; got none.", nameof(series));
        foreach (var (name, values) in series)
        {
            if (values.Length != categories.Count)
                throw new ArgumentException($"Series '{name}' has {values.Length} values for {categories.Count} categories; expected one per category.", nameof(series));
            if (logY && values.Any(v => !(v > 0)))
                throw new ArgumentException($"Series '{name}' has a value ≤ 0, which a log axis cannot show.", nameof(series));
        }
        var traces = series.Select((s, i) => Plot.Trace("bar", ("name", s.Name), ("x", categories.ToArray()), ("y", s.Values),
            ("marker", Plot.Obj(("color", Palette.Classes[(i + 2) % Palette.Classes.Count])))));
        var layout = Plot.Layout(("title", Plot.Obj(("text", title))), ("barmode", "group"),
            ("yaxis", Plot.Obj(("type", logY ? "log" : "linear"))), ("width", 760), ("height", 420));
        return Plot.Chart(traces, layout);
    }

    /// <summary>Several curves over the same steps 1, 2, 3, … on one plot, e.g. the loss of several training runs per step.</summary>
    public static GenericChart Curves(string title, string xTitle, string yTitle, bool logY, params (string Name, double[] Y)[] series)
    {
        if (series.Length == 0) throw new ArgumentException("A curve chart needs at least one series; got none.", nameof(series));
        var traces = series.Select((s, i) => Plot.Trace("scatter", ("name", s.Name), ("mode", "lines"),
            ("x", Enumerable.Range(1, s.Y.Length).Select(k => (double)k).ToArray()), ("y", s.Y),
            ("line", Plot.Obj(("color", Palette.Classes[(i + 2) % Palette.Classes.Count]), ("width", 2)))));
        var layout = Plot.Layout(("title", Plot.Obj(("text", title))), ("width", 760), ("height", 420),
            ("xaxis", Plot.Obj(("title", Plot.Obj(("text", xTitle))))),
            ("yaxis", Plot.Obj(("title", Plot.Obj(("text", yTitle))), ("type", logY ? "log" : "linear"))));
        return Plot.Chart(traces, layout);
    }

    /// <summary>Regression: the data points (x, y) and one or more curves drawn over the same x range.</summary>
    public static GenericChart RegressionFit(IReadOnlyList<double> x, IReadOnlyList<double> y, params (string Name, Func<double, double> F)[] curves)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count == 0 || x.Count != y.Count)
            throw new ArgumentException($"A regression chart needs as many targets as inputs, at least one; got {x.Count} inputs and {y.Count} targets.", nameof(y));
        var traces = new List<Trace>
        {
            Plot.Trace("scatter", ("name", "data"), ("mode", "markers"), ("x", x.ToArray()), ("y", y.ToArray()),
                ("marker", Plot.Obj(("color", Palette.Classes[7]), ("size", 6)))),
        };
        var grid = Plot.Range(x.Min(), x.Max() > x.Min() ? x.Max() : x.Min() + 1, 201);
        for (int i = 0; i < curves.Length; i++)
            traces.Add(Plot.Trace("scatter", ("name", curves[i].Name), ("mode", "lines"), ("x", grid), ("y", grid.Select(curves[i].F).ToArray()),
                ("line", Plot.Obj(("color", Palette.Classes[(i + 2) % Palette.Classes.Count]), ("width", 3)))));
        var layout = Plot.Layout(("title", Plot.Obj(("text", "Regression: data and model"))), ("width", 700), ("height", 420),
            ("xaxis", Plot.Obj(("title", Plot.Obj(("text", "x"))))), ("yaxis", Plot.Obj(("title", Plot.Obj(("text", "y"))))));
        return Plot.Chart(traces, layout);
    }
}
