using Plotly.NET;

namespace Workshop.Charts;

public static partial class Charts
{
    /// <summary>Several functions of one variable on one figure, e.g. <c>Functions(-5, 5, ("sigmoid", Sigmoid), ("tanh", Math.Tanh))</c>.</summary>
    public static GenericChart Functions(double from, double to, params (string Name, Func<double, double> F)[] functions) =>
        Functions(from, to, 201, functions);

    /// <summary>As <see cref="Functions(double, double, ValueTuple{string, Func{double, double}}[])"/> with <paramref name="points"/> samples per curve.</summary>
    public static GenericChart Functions(double from, double to, int points, params (string Name, Func<double, double> F)[] functions)
    {
        if (functions.Length == 0) throw new ArgumentException("A function chart needs at least one function; got none.", nameof(functions));
        var x = Plot.Range(from, to, points);
        var traces = functions.Select(f => Curve(f.Name, x, f.F, dash: null));
        return Plot.Chart(traces, FunctionLayout(functions.Length == 1 ? functions[0].Name : "Functions", "f(x)"));
    }

    /// <summary>An activation function g and its derivative g′ (dashed), the pair backpropagation multiplies by.</summary>
    public static GenericChart Activation(string name, Func<double, double> g, Func<double, double> derivative, double from = -5, double to = 5)
    {
        var x = Plot.Range(from, to, 201);
        Trace[] traces = [Curve(name, x, g, dash: null), Curve(name + "′", x, derivative, dash: "dash")];
        return Plot.Chart(traces, FunctionLayout($"{name} and its derivative", "g(z), g′(z)", xTitle: "z"));
    }

    /// <summary>Several activation functions side by side, each with its derivative.</summary>
    public static GenericChart Activations(double from, double to, params (string Name, Func<double, double> G, Func<double, double> Derivative)[] activations)
    {
        if (activations.Length == 0) throw new ArgumentException("An activation chart needs at least one activation; got none.", nameof(activations));
        var x = Plot.Range(from, to, 201);
        var traces = new List<Trace>();
        for (int i = 0; i < activations.Length; i++)
        {
            var (name, g, d) = activations[i];
            string axis = i == 0 ? "" : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            string color = Palette.Classes[(i + 2) % Palette.Classes.Count];
            traces.Add(Curve(name, x, g, null, color, "x" + axis, "y" + axis));
            traces.Add(Curve(name + "′", x, d, "dash", color, "x" + axis, "y" + axis));
        }
        var layout = Plot.Layout(
            ("title", Plot.Obj(("text", "Activation functions g (solid) and their derivatives g′ (dashed)"))),
            ("grid", Plot.Obj(("rows", 1), ("columns", activations.Length), ("pattern", "independent"))),
            ("width", Math.Max(500, 320 * activations.Length)), ("height", 380));
        return Plot.Chart(traces, layout);
    }

    private static Trace Curve(string name, double[] x, Func<double, double> f, string? dash, string? color = null, string xaxis = "x", string yaxis = "y")
    {
        var y = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = f(x[i]);
            if (!double.IsFinite(y[i])) throw new ArgumentException($"Function '{name}' gave {y[i]} at x = {x[i]}; a chart needs finite numbers.");
        }
        return Plot.Trace("scatter", ("name", name), ("mode", "lines"), ("x", x), ("y", y), ("xaxis", xaxis), ("yaxis", yaxis),
            ("line", Plot.Obj(("dash", dash), ("color", color), ("width", 2.5))));
    }

    private static Layout FunctionLayout(string title, string yTitle, string xTitle = "x") => Plot.Layout(
        ("title", Plot.Obj(("text", title))),
        ("xaxis", Plot.Obj(("title", Plot.Obj(("text", xTitle))), ("zeroline", true))),
        ("yaxis", Plot.Obj(("title", Plot.Obj(("text", yTitle))), ("zeroline", true))),
        ("width", 700), ("height", 420));
}
