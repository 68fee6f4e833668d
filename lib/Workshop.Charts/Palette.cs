namespace Workshop.Charts;

/// <summary>The colours every chart shares, so class 1 is the same green in the data, the boundary and the legend.</summary>
public static class Palette
{
    /// <summary>The talk's red and green points come first; more classes (spirals, digits) continue with distinct colours.</summary>
    public static IReadOnlyList<string> Classes { get; } =
    [
        "#d62728", "#2ca02c", "#1f77b4", "#ff7f0e", "#9467bd",
        "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
    ];

    public const string Positive = "#1f77b4";
    public const string Negative = "#d62728";

    /// <summary>The colour of class <paramref name="label"/>; wraps around after ten classes.</summary>
    public static string Class(int label)
    {
        if (label < 0) throw new ArgumentException($"A class label must be 0 or more; got {label}.", nameof(label));
        return Classes[label % Classes.Count];
    }

    /// <summary>A pale version of a class colour, for the regions behind the points.</summary>
    internal static string Light(string hex, double alpha = 0.35)
    {
        int r = Convert.ToInt32(hex.Substring(1, 2), 16), g = Convert.ToInt32(hex.Substring(3, 2), 16), b = Convert.ToInt32(hex.Substring(5, 2), 16);
        return FormattableString.Invariant($"rgba({r},{g},{b},{alpha})");
    }
}
