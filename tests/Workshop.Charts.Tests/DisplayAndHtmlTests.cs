namespace Workshop.Charts.Tests;

public class DisplayAndHtmlTests
{
    [Fact]
    public void NetworkTable_lists_layers_shapes_parameters_and_the_total()
    {
        var html = Display.NetworkTable([("Dense 784→128 (ReLU)", "[batch, 128]", 100480), ("Dense 128→10", "[batch, 10]", 1290)]);
        Assert.Equal(4, html.Split("<tr>").Length - 1); // header, 2 layers, total
        Assert.Contains("<td>Dense 784→128 (ReLU)</td><td>[batch, 128]</td>", html);
        Assert.Contains("100,480", html);
        Assert.Contains("<b>101,770</b>", html);
    }

    [Fact]
    public void Embedded_html_carries_plotly_js_and_loads_nothing_from_the_network()
    {
        var html = ChartHtml.ToEmbeddedHtml(Charts.Functions(0, 1, ("x", x => x)));
        Assert.Contains("plotly.js v2.28.0", html);
        Assert.Contains("Plotly.newPlot(", html);
        Assert.DoesNotMatch(@"<script[^>]*\bsrc\s*=", html);
        Assert.DoesNotContain("cdn.plot.ly", html.Replace(ChartHtml.PlotlyJs, "")); // plotly.js itself names its CDN for map data, never fetched here
        Assert.DoesNotContain("require.config", html);
    }

    [Fact]
    public void Save_writes_a_standalone_page_and_replaces_an_old_one()
    {
        var dir = Directory.CreateTempSubdirectory("charts-save-");
        try
        {
            var path = Path.Combine(dir.FullName, "sub", "chart.html");
            ChartHtml.Save(Charts.Functions(0, 1, ("old", x => x)), path);
            ChartHtml.Save(Charts.Functions(0, 1, ("new", x => x)), path);
            var html = File.ReadAllText(path);
            Assert.StartsWith("<!DOCTYPE html>", html);
            Assert.Contains("\"name\":\"new\"", html);
            Assert.DoesNotContain("\"name\":\"old\"", html);
            Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!)); // no temporary file left behind
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void HistoryHtml_is_the_training_chart()
    {
        var html = Display.HistoryHtml([new(1, 0.5, 0.6)]);
        Assert.Contains("\"name\":\"training loss\"", html);
        Assert.Contains("\"name\":\"training accuracy\"", html);
    }
}
