using System.Text.RegularExpressions;
using Plotly.NET;

namespace Workshop.Charts.Tests;

public class BrowserTests
{
    private static readonly double[][] Points = MakeBlobs();
    private static readonly int[] Labels = Enumerable.Range(0, Points.Length).Select(i => i % 2).ToArray();

    /// <summary>The README picture: four of the talk's pictures on one screen.</summary>
    internal static GenericChart[] Gallery()
    {
        double Model(double a, double b) => 1 / (1 + Math.Exp(-(3 * a + 3 * b)));
        double Bowl(double w0, double w1) => (w0 - 1) * (w0 - 1) + 4 * (w1 + 2) * (w1 + 2);
        var history = Enumerable.Range(1, 40).Select(e => new TrainingPoint(e, 1.0 / e + 0.05, 1 - 0.5 / e, 1.1 / e + 0.08, 1 - 0.6 / e)).ToArray();
        return
        [
            Size(Charts.DecisionBoundary(Model, Points, Labels, resolution: 60), 585, 430),
            Size(Charts.TrainingCurves(history), 585, 430),
            Size(Charts.DescentComparison(Bowl, (-1, 3), (-4, 1), DescentPath.Follow(Bowl, 3, 0.5, 0.05, 20), DescentPath.Follow(Bowl, 3, 0.5, 0.24, 20)), 585, 430),
            Size(Charts.NetworkDiagram([Weights(2, 4, 1), Weights(4, 4, 2), Weights(4, 1, 3)]), 585, 430),
        ];
    }

    [ChromiumFact]
    public void A_page_of_charts_draws_every_chart_offline()
    {
        var charts = Gallery().Concat(
        [
            Charts.Scatter(Points, Labels),
            Charts.Activation("tanh", Math.Tanh, z => 1 - Math.Tanh(z) * Math.Tanh(z)),
            Charts.ComputationGraph([new("a", "", 2, -3), new("b", "", -3, 2), new("e", "*", -6, 1)], [new(0, 2), new(1, 2)]),
            Charts.ConfusionMatrix([0, 1, 1, 2], [0, 1, 2, 2]),
            Charts.ImageGrid([[0, 1, 1, 0], [1, 0, 0, 1]], 2, 2, [1, 2], [1, 0]),
            Charts.DecisionBoundaryAnimation([new(1, (a, b) => a), new(5, (a, b) => a + b)], Points, Labels, resolution: 20),
            Charts.LossSurface((a, b) => a * a + b * b, (-1, 1), (-1, 1)),
        ]).ToArray();
        var dir = Directory.CreateTempSubdirectory("charts-browser-");
        try
        {
            var page = Path.Combine(dir.FullName, "charts.html");
            ChartHtml.SavePage(page, "Workshop charts", charts);
            var html = File.ReadAllText(page);
            Assert.DoesNotMatch(new Regex(@"<script[^>]*\bsrc\s*=", RegexOptions.IgnoreCase), html);
            Assert.DoesNotMatch(new Regex(@"<link[^>]*href\s*=\s*""https?:", RegexOptions.IgnoreCase), html);

            var dom = Chromium.Run(page, "--dump-dom");
            // Plotly draws each plot into an <svg class="main-svg">; a plot that failed leaves its div empty.
            var plots = Regex.Matches(dom, "<div id=\"[0-9a-f-]{36}\"[^>]*class=\"[^\"]*js-plotly-plot").Count;
            Assert.Equal(charts.Length, plots);
            Assert.True(Regex.Matches(dom, "class=\"main-svg\"").Count >= charts.Length,
                $"expected a main-svg for each of the {charts.Length} charts; the page has {Regex.Matches(dom, "class=\"main-svg\"").Count}");
            Assert.Contains("class=\"slider-container\"", dom); // the epoch slider was drawn too
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [ChromiumFact]
    public void Notebook_snippets_draw_where_require_js_is_loaded_as_in_jupyter()
    {
        // Jupyter pages define an AMD `define`; a plain plotly.js bundle would register there and leave window.Plotly unset.
        var dir = Directory.CreateTempSubdirectory("charts-snippets-");
        try
        {
            var page = Path.Combine(dir.FullName, "outputs.html");
            File.WriteAllText(page, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><script>window.define=function(){};window.define.amd={};</script></head><body>"
                + ChartHtml.ToEmbeddedHtml(Charts.Scatter(Points, Labels))
                + ChartHtml.ToEmbeddedHtml(Charts.TrainingCurves([new(1, 1.0, 0.5), new(2, 0.5, 0.8)]))
                + ChartHtml.ToEmbeddedHtml(Charts.ConfusionMatrix([0, 1], [0, 1]), includePlotlyJs: false)
                + "<script>document.body.setAttribute('data-define-kept', String(typeof window.define === 'function'));</script></body></html>");
            var dom = Chromium.Run(page, "--dump-dom");
            Assert.Equal(3, Regex.Matches(dom, "class=\"[^\"]*js-plotly-plot").Count);
            Assert.Contains("data-define-kept=\"true\"", dom); // require.js keeps working for the notebook's own scripts
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [ChromiumFact]
    public void The_gallery_screenshot_is_saved_for_the_readme()
    {
        var dir = Directory.CreateTempSubdirectory("charts-shot-");
        try
        {
            var page = Path.Combine(dir.FullName, "gallery.html");
            ChartHtml.SavePage(page, "Workshop charts", Gallery());
            var shot = Path.Combine(dir.FullName, "charts.png");
            Chromium.Run(page, $"--screenshot={shot}", "--window-size=1200,900", "--hide-scrollbars");
            var png = File.ReadAllBytes(shot);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png.Take(4));
            Assert.Equal(1200, ReadBigEndian(png, 16));   // IHDR width
            Assert.Equal(900, ReadBigEndian(png, 20));    // and height
            Assert.True(png.Length > 50_000, $"a screenshot of four drawn charts is larger than {png.Length} bytes");
            var target = Environment.GetEnvironmentVariable("CHARTS_SCREENSHOT");
            if (!string.IsNullOrEmpty(target)) File.Copy(shot, target, overwrite: true);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static int ReadBigEndian(byte[] b, int at) => (b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3];

    private static GenericChart Size(GenericChart chart, int width, int height) =>
        Plotly.NET.Chart.withSize((double)width, (double)height).Invoke(chart);

    private static double[,] Weights(int inputs, int outputs, int seed)
    {
        var random = new Random(seed);
        var w = new double[inputs, outputs];
        for (int i = 0; i < inputs; i++)
            for (int j = 0; j < outputs; j++)
                w[i, j] = random.NextDouble() * 4 - 2;
        return w;
    }

    private static double[][] MakeBlobs()
    {
        var random = new Random(7);
        return Enumerable.Range(0, 80).Select(i =>
        {
            double c = i % 2 == 0 ? -1 : 1;
            return new[] { c + random.NextDouble() * 1.6 - 0.8, c + random.NextDouble() * 1.6 - 0.8 };
        }).ToArray();
    }
}
