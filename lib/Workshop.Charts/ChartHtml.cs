using Plotly.NET;

namespace Workshop.Charts;

/// <summary>
/// Turns charts into HTML that draws with no internet: plotly.js 2.28.0 (shipped inside Plotly.NET) is embedded
/// instead of loaded from a CDN, so a chart still renders on workshop Wi-Fi, in exported pages and in CI.
/// </summary>
public static class ChartHtml
{
    private static readonly Lazy<string> PlotlyScript = new(ExtractPlotlyJs);

    /// <summary>The embedded plotly.js source (about 3.6 MB).</summary>
    public static string PlotlyJs => PlotlyScript.Value;

    /// <summary>
    /// A div and its script for notebook output. plotly.js is embedded in every snippet (each output must draw on its
    /// own after a reload) but only runs when the page has no Plotly yet.
    /// </summary>
    public static string ToEmbeddedHtml(GenericChart chart) => ToEmbeddedHtml(chart, includePlotlyJs: true);

    /// <summary>
    /// As <see cref="ToEmbeddedHtml(GenericChart)"/>; with <paramref name="includePlotlyJs"/> false the snippet is small but
    /// draws only where the page has already loaded plotly.js (e.g. frequent live updates below a first, full output).
    /// </summary>
    public static string ToEmbeddedHtml(GenericChart chart, bool includePlotlyJs)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return (includePlotlyJs ? LoaderScript() : "") + GenericChart.toChartHTML(chart);
    }

    /// <summary>A whole HTML page with plotly.js embedded, holding one or more charts side by side as the width allows.</summary>
    public static string ToPage(string title, params GenericChart[] charts)
    {
        if (charts.Length == 0) throw new ArgumentException("A chart page needs at least one chart; got none.", nameof(charts));
        var body = new System.Text.StringBuilder();
        foreach (var chart in charts) body.Append(GenericChart.toChartHTML(chart)).Append('\n');
        return $"""
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>{System.Net.WebUtility.HtmlEncode(title)}</title>
            {LoaderScript()}
            </head><body style="margin:8px;font-family:sans-serif">
            <div style="display:flex;flex-wrap:wrap;gap:8px">
            {body}
            </div>
            </body></html>
            """;
    }

    /// <summary>Saves a standalone page (no CDN). Written to a temporary file first, so a reader never sees half a page.</summary>
    public static void Save(GenericChart chart, string path) => SavePage(path, "Chart", chart);

    /// <summary>Saves several charts on one standalone page.</summary>
    public static void SavePage(string path, string title, params GenericChart[] charts)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new ArgumentException("Saving a chart needs a file path; got an empty one.", nameof(path));
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            File.WriteAllText(temp, ToPage(title, charts));
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    // plotly.js is a UMD bundle: where require.js is present (Jupyter) it registers itself as a module and never
    // sets window.Plotly, which the chart scripts call. Hiding `define` while it runs makes it a global everywhere.
    private static string LoaderScript() =>
        "<script type=\"text/javascript\">(function(){if(window.Plotly)return;var d=window.define;window.define=undefined;try{\n"
        + PlotlyJs + "\n}finally{window.define=d;}})();</script>\n";

    private static string ExtractPlotlyJs()
    {
        // Plotly.NET only exposes its copy of plotly.js by writing it into a full page; take it from there.
        var options = DisplayOptions.init(null, null, null, null, null, null, PlotlyJSReference.Full);
        var empty = GenericChart.setDisplayOptions(options, Plot.Chart([Plot.Trace("scatter")], Plot.Layout()));
        var page = GenericChart.toEmbeddedHTML(empty);
        const string open = "<script type=\"text/javascript\" charset=\"utf-8\">";
        int start = page.IndexOf(open, StringComparison.Ordinal);
        int end = start < 0 ? -1 : page.IndexOf("</script>", start, StringComparison.Ordinal);
        if (start < 0 || end < 0 || !page.Contains("plotly.js v", StringComparison.Ordinal))
            throw new InvalidOperationException("Could not find the plotly.js that Plotly.NET embeds; has the Plotly.NET version changed?");
        return page[(start + open.Length)..end];
    }
}
