using System.Globalization;
using Plotly.NET;

namespace Workshop.Charts;

public static partial class Charts
{
    /// <summary>Counts of (true class, predicted class) from two label lists.</summary>
    public static int[,] ConfusionCounts(IReadOnlyList<int> truth, IReadOnlyList<int> predicted, int classes)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(predicted);
        if (truth.Count != predicted.Count)
            throw new ArgumentException($"Got {truth.Count} true labels but {predicted.Count} predictions; expected one prediction per example.", nameof(predicted));
        if (classes < 1) throw new ArgumentException($"A confusion matrix needs 1 or more classes; got {classes}.", nameof(classes));
        var counts = new int[classes, classes];
        for (int i = 0; i < truth.Count; i++)
        {
            if ((uint)truth[i] >= classes || (uint)predicted[i] >= classes)
                throw new ArgumentException($"Example {i} has true class {truth[i]} and predicted class {predicted[i]}; classes are 0 … {classes - 1}.");
            counts[truth[i], predicted[i]]++;
        }
        return counts;
    }

    /// <summary>A confusion matrix from labels: rows are the true class, columns the predicted class.</summary>
    public static GenericChart ConfusionMatrix(IReadOnlyList<int> truth, IReadOnlyList<int> predicted, IReadOnlyList<string>? classNames = null)
    {
        int classes = classNames?.Count ?? Math.Max(truth.DefaultIfEmpty(0).Max(), predicted.DefaultIfEmpty(0).Max()) + 1;
        return ConfusionMatrix(ConfusionCounts(truth, predicted, classes), classNames);
    }

    /// <summary>A confusion matrix heatmap with each count written in its cell; the diagonal holds the right answers.</summary>
    public static GenericChart ConfusionMatrix(int[,] counts, IReadOnlyList<string>? classNames = null, string title = "Confusion matrix")
    {
        ArgumentNullException.ThrowIfNull(counts);
        int k = counts.GetLength(0);
        if (k == 0 || counts.GetLength(1) != k)
            throw new ArgumentException($"A confusion matrix must be square with at least one class; got {counts.GetLength(0)}×{counts.GetLength(1)}.", nameof(counts));
        if (classNames is not null && classNames.Count != k)
            throw new ArgumentException($"Got {classNames.Count} class names for a {k}-class confusion matrix.", nameof(classNames));
        var names = classNames?.ToArray() ?? Enumerable.Range(0, k).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var z = new int[k][];
        int max = 0, total = 0, right = 0;
        for (int r = 0; r < k; r++)
        {
            z[r] = new int[k];
            for (int c = 0; c < k; c++)
            {
                z[r][c] = counts[r, c];
                max = Math.Max(max, counts[r, c]);
                total += counts[r, c];
                if (r == c) right += counts[r, c];
            }
        }
        var annotations = new List<object>();
        for (int r = 0; r < k; r++)
            for (int c = 0; c < k; c++)
                annotations.Add(Plot.Obj(("x", names[c]), ("y", names[r]), ("text", z[r][c].ToString(CultureInfo.InvariantCulture)), ("showarrow", false),
                    ("font", Plot.Obj(("color", z[r][c] > max / 2.0 ? "white" : "black")))));
        var trace = Plot.Trace("heatmap", ("name", "counts"), ("x", names), ("y", names), ("z", z), ("colorscale", "Blues"), ("reversescale", true),  // plotly's Blues is dark at 0; more counts should look darker
            ("hovertemplate", "true %{y}, predicted %{x}: %{z}<extra></extra>"));
        string accuracy = total == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" — accuracy {100.0 * right / total:0.0}%");
        var layout = Plot.Layout(("title", Plot.Obj(("text", title + accuracy))), ("annotations", annotations.ToArray()),
            ("xaxis", Plot.Obj(("title", Plot.Obj(("text", "predicted"))), ("type", "category"), ("side", "bottom"))),
            ("yaxis", Plot.Obj(("title", Plot.Obj(("text", "true"))), ("type", "category"), ("autorange", "reversed"))),
            ("width", Math.Max(450, 60 * k + 200)), ("height", Math.Max(400, 60 * k + 150)));
        return Plot.Chart([trace], layout);
    }
}
