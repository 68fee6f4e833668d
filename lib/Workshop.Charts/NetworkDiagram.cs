using System.Globalization;
using Plotly.NET;

namespace Workshop.Charts;

public static partial class Charts
{
    /// <summary>
    /// Layers of neurons joined by their weights: blue edges for positive weights, red for negative, thicker for larger |w|.
    /// </summary>
    /// <param name="weights">One matrix per layer, inputs × outputs (row i holds the weights leaving input i).</param>
    /// <param name="maxNeuronsPerLayer">Wider layers show their first neurons and say how many more there are.</param>
    public static GenericChart NetworkDiagram(IReadOnlyList<double[,]> weights, int maxNeuronsPerLayer = 12, string title = "Network")
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count == 0) throw new ArgumentException("A network diagram needs at least one layer of weights; got none.", nameof(weights));
        if (maxNeuronsPerLayer < 1) throw new ArgumentException($"maxNeuronsPerLayer must be 1 or more; got {maxNeuronsPerLayer}.", nameof(maxNeuronsPerLayer));
        for (int l = 1; l < weights.Count; l++)
            if (weights[l].GetLength(0) != weights[l - 1].GetLength(1))
                throw new ArgumentException($"Layer {l + 1} has {weights[l].GetLength(0)} inputs but layer {l} has {weights[l - 1].GetLength(1)} outputs; they must match.", nameof(weights));

        var sizes = new List<int> { weights[0].GetLength(0) };
        sizes.AddRange(weights.Select(w => w.GetLength(1)));
        double maxAbs = weights.SelectMany(w => w.Cast<double>()).Select(Math.Abs).DefaultIfEmpty(0).Max();
        if (!double.IsFinite(maxAbs)) throw new ArgumentException("A weight is NaN or infinite; the network diverged. Try a smaller learning rate.", nameof(weights));

        var shapes = new List<object>();
        for (int l = 0; l < weights.Count; l++)
        {
            int shownIn = Math.Min(sizes[l], maxNeuronsPerLayer), shownOut = Math.Min(sizes[l + 1], maxNeuronsPerLayer);
            for (int i = 0; i < shownIn; i++)
                for (int j = 0; j < shownOut; j++)
                {
                    double w = weights[l][i, j];
                    shapes.Add(Plot.Obj(("type", "line"), ("layer", "below"),
                        ("x0", (double)l), ("y0", NeuronY(i, shownIn)), ("x1", (double)(l + 1)), ("y1", NeuronY(j, shownOut)),
                        ("line", Plot.Obj(("color", w >= 0 ? Palette.Positive : Palette.Negative), ("width", EdgeWidth(w, maxAbs))))));
                }
        }

        var traces = new List<Trace>();
        var notes = new List<object>();
        for (int l = 0; l < sizes.Count; l++)
        {
            int shown = Math.Min(sizes[l], maxNeuronsPerLayer);
            string name = l == 0 ? $"input ({sizes[l]})" : l == sizes.Count - 1 ? $"output ({sizes[l]})" : $"hidden {l} ({sizes[l]})";
            traces.Add(Plot.Trace("scatter", ("name", name), ("mode", "markers"),
                ("x", Enumerable.Repeat((double)l, shown).ToArray()), ("y", Enumerable.Range(0, shown).Select(i => NeuronY(i, shown)).ToArray()),
                ("marker", Plot.Obj(("size", 18), ("color", l == 0 ? "#dddddd" : "#ffffff"), ("line", Plot.Obj(("color", "#333333"), ("width", 1.5)))))));
            if (sizes[l] > shown)
                notes.Add(Plot.Obj(("x", (double)l), ("y", NeuronY(shown - 1, shown) - 0.8), ("showarrow", false),
                    ("text", string.Create(CultureInfo.InvariantCulture, $"+{sizes[l] - shown} more"))));
        }
        var hidden = Plot.Obj(("visible", false), ("showgrid", false), ("zeroline", false));
        var layout = Plot.Layout(("title", Plot.Obj(("text", title + " — blue w > 0, red w < 0, width ∝ |w|"))),
            ("shapes", shapes.ToArray()), ("annotations", notes.ToArray()), ("xaxis", hidden), ("yaxis", hidden),
            ("plot_bgcolor", "white"), ("width", Math.Max(500, 170 * sizes.Count)), ("height", Math.Max(350, 45 * sizes.Max(s => Math.Min(s, maxNeuronsPerLayer)) + 120)));
        return Plot.Chart(traces, layout);
    }

    /// <summary>Neurons of a layer are centred on y = 0, first neuron on top.</summary>
    internal static double NeuronY(int index, int count) => (count - 1) / 2.0 - index;

    internal static double EdgeWidth(double weight, double maxAbs) => maxAbs == 0 ? 0.5 : 0.5 + 4.5 * Math.Abs(weight) / maxAbs;
}
