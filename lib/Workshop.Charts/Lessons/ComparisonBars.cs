using Plotly.NET;

namespace Workshop.Charts;

public static partial class Charts
{
    /// <summary>
    /// Grouped bars for comparing models: one group per category (a model), one coloured bar per series
    /// (a data set or a metric), e.g. the test accuracy of four models on digits and on Fashion-MNIST.
    /// </summary>
    /// <param name="categories">The groups along the x axis, e.g. model names.</param>
    /// <param name="series">One bar per category in each: a name for the legend and one value per category.</param>
    /// <param name="logScale">A logarithmic value axis, for values that span several powers of ten (times).</param>
    public static GenericChart Bars(IReadOnlyList<string> categories, IReadOnlyList<(string Name, double[] Values)> series,
        string title = "Comparison", string valueTitle = "", bool logScale = false)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(series);
        if (categories.Count == 0) throw new ArgumentException("A bar chart needs at least one category; got none.", nameof(categories));
        if (series.Count == 0) throw new ArgumentException("A bar chart needs at least one series of values; got none.", nameof(series));
        foreach (var (name, values) in series)
            if (values is null || values.Length != categories.Count)
                throw new ArgumentException(
                    $"Bar series '{name}' has {values?.Length ?? 0} values for {categories.Count} categories; expected one value per category.", nameof(series));

        var names = categories.ToArray();
        var traces = series.Select(s => Plot.Trace("bar", ("name", s.Name), ("x", names), ("y", s.Values),
            ("text", s.Values.Select(v => v.ToString("G3", System.Globalization.CultureInfo.InvariantCulture)).ToArray()), ("textposition", "auto")));
        var layout = Plot.Layout(("title", Plot.Obj(("text", title))), ("barmode", "group"),
            ("yaxis", Plot.Obj(("title", Plot.Obj(("text", valueTitle))), ("type", logScale ? "log" : "linear"))), ("xaxis", Plot.Obj(("type", "category"))));
        return Plot.Chart(traces, layout);
    }
}
