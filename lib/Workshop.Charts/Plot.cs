using Plotly.NET;

namespace Workshop.Charts;

/// <summary>
/// Builds Plotly.NET traces and layouts from plotly.js attribute names. Writing the attributes the way the
/// plotly.js reference spells them keeps every chart readable next to that reference, and the result is still
/// an ordinary <see cref="GenericChart"/> that Plotly.NET's styling functions can change afterwards.
/// </summary>
internal static class Plot
{
    public static Trace Trace(string type, params (string Key, object? Value)[] attributes)
    {
        Trace trace = type is "surface" or "scatter3d" ? new Trace3D(type) : new Trace2D(type);
        Set(trace, attributes);
        return trace;
    }

    public static Layout Layout(params (string Key, object? Value)[] attributes)
    {
        var layout = new Layout();
        Set(layout, attributes);
        return layout;
    }

    /// <summary>A nested plotly.js object such as a marker, an axis or an annotation.</summary>
    public static Dictionary<string, object> Obj(params (string Key, object? Value)[] attributes)
    {
        var result = new Dictionary<string, object>();
        foreach (var (key, value) in attributes)
            if (value is not null) result[key] = value;
        return result;
    }

    public static GenericChart Chart(IEnumerable<Trace> traces, Layout layout)
    {
        var chart = GenericChart.ofTraceObjects(true, traces.ToArray());
        return GenericChart.addLayout(layout, chart);
    }

    /// <summary>Evenly spaced numbers from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static double[] Range(double from, double to, int count)
    {
        if (count < 2) throw new ArgumentException($"A range needs at least 2 points; got {count}.", nameof(count));
        if (!(to > from)) throw new ArgumentException($"A range must go upwards; got from {from} to {to}.", nameof(to));
        var result = new double[count];
        for (int i = 0; i < count; i++) result[i] = from + (to - from) * i / (count - 1);
        return result;
    }

    /// <summary>z[row][col] = f(x[col], y[row]): the layout plotly.js expects for heatmaps, contours and surfaces.</summary>
    public static double[][] Grid(double[] x, double[] y, Func<double, double, double> f)
    {
        var z = new double[y.Length][];
        for (int r = 0; r < y.Length; r++)
        {
            z[r] = new double[x.Length];
            for (int c = 0; c < x.Length; c++)
            {
                double v = f(x[c], y[r]);
                if (!double.IsFinite(v))
                    throw new ArgumentException($"The function gave {v} at ({x[c]}, {y[r]}); a chart needs finite numbers.");
                z[r][c] = v;
            }
        }
        return z;
    }

    private static void Set(DynamicObj.DynamicObj target, (string Key, object? Value)[] attributes)
    {
        foreach (var (key, value) in attributes)
            if (value is not null) target.SetProperty(key, value);
    }
}
