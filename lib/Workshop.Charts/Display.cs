using System.Globalization;
using System.Net;
using System.Text;

namespace Workshop.Charts;

/// <summary>
/// HTML for the library's types in notebook output. The notebook bootstrap registers these as formatters; the
/// library itself never references the kernel.
/// </summary>
public static partial class Display
{
    /// <summary>A network as a table: one row per layer with its output shape and parameter count, and the total.</summary>
    public static string NetworkTable(IEnumerable<(string Layer, string OutputShape, int Parameters)> layers, string title = "Network")
    {
        ArgumentNullException.ThrowIfNull(layers);
        var rows = layers.ToArray();
        var html = new StringBuilder();
        html.Append("<table class=\"workshop-network\"><caption>").Append(WebUtility.HtmlEncode(title)).Append("</caption>")
            .Append("<thead><tr><th>#</th><th>Layer</th><th>Output shape</th><th style=\"text-align:right\">Parameters</th></tr></thead><tbody>");
        for (int i = 0; i < rows.Length; i++)
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{i + 1}</td><td>{WebUtility.HtmlEncode(rows[i].Layer)}</td><td>{WebUtility.HtmlEncode(rows[i].OutputShape)}</td><td style=\"text-align:right\">{rows[i].Parameters:N0}</td></tr>");
        html.Append(CultureInfo.InvariantCulture, $"</tbody><tfoot><tr><td></td><td colspan=\"2\"><b>Total</b></td><td style=\"text-align:right\"><b>{rows.Sum(r => (long)r.Parameters):N0}</b></td></tr></tfoot></table>");
        return html.ToString();
    }

    /// <summary>A training history as its training curves (HTML with plotly.js embedded).</summary>
    public static string HistoryHtml(IReadOnlyList<TrainingPoint> history, string title = "Training") =>
        ChartHtml.ToEmbeddedHtml(Charts.TrainingCurves(history, title));
}
