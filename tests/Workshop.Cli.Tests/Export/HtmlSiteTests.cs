using System.Text.RegularExpressions;
using Workshop.Cli.Editions;
using Workshop.Cli.Export;
using Workshop.Cli.Tests.Editions;

namespace Workshop.Cli.Tests.Export;

public class HtmlSiteTests
{
    static string Executed(TempFolder temp)
    {
        var folder = temp.Combine("artifacts", "notebooks");
        Directory.CreateDirectory(folder);
        File.Copy(TestFolders.Fixture("Export", "03-activation-functions.ipynb"), Path.Combine(folder, "03-activation-functions.ipynb"));
        File.Copy(TestFolders.Fixture("Editions", "00-setup.ipynb"), Path.Combine(folder, "00-setup.ipynb"));
        return folder;
    }

    [Fact]
    public void Writes_an_index_and_one_page_per_notebook()
    {
        using var temp = new TempFolder();
        var site = temp.Combine("site");
        var written = HtmlSite.Export(Executed(temp), site);
        Assert.Equal(["00-setup.html", "03-activation-functions.html", "index.html"], written.Select(Path.GetFileName));
        var index = File.ReadAllText(Path.Combine(site, "index.html"));
        Assert.Contains("<a href=\"03-activation-functions.html\">03 · Activation functions</a></td><td>S13–S15</td>", index);
        Assert.Contains("<a href=\"00-setup.html\">00 · Set-up check</a></td><td>S01</td>", index);
        Assert.Empty(Directory.GetFiles(site, "*.tmp"));
    }

    [Fact]
    public void A_page_has_rendered_markdown_code_outputs_and_the_embedded_chart()
    {
        using var temp = new TempFolder();
        var site = temp.Combine("site");
        HtmlSite.Export(Executed(temp), site);
        var page = File.ReadAllText(Path.Combine(site, "03-activation-functions.html"));
        Assert.Contains("<title>03 · Activation functions</title>", page);
        Assert.Contains("<p>Why a network needs <strong>non-linear</strong> activations.</p>", page);
        Assert.Contains("<li>ReLU keeps positives: <code>max(0, z)</code></li>", page);
        Assert.Contains("<h2 id=\"drawing-the-sigmoid\">Drawing the sigmoid</h2>", page);
        Assert.Contains("<td>0.5</td>", page);
        Assert.Contains("<pre class=\"source\"><code class=\"language-csharp\">Console.WriteLine(&quot;σ(0) = 0.5&quot;);\n1 + 1</code></pre>", page);
        Assert.Contains("<pre class=\"output stdout\">σ(0) = 0.5\n</pre>", page);
        Assert.Contains("<pre class=\"output result\">2</pre>", page);
        Assert.Contains("<div id=\"chart1\"></div>", page);
        Assert.Contains("/* plotly.js v2.28.0 (embedded) */", page);
        Assert.Contains("<pre class=\"output error\">System.IndexOutOfRangeException: Index was outside the bounds of the array.</pre>", page);
        Assert.Contains("<a href=\"00-setup.html\">← Previous</a>", page);
    }

    [Fact]
    public void Pages_load_nothing_from_the_network()
    {
        using var temp = new TempFolder();
        var site = temp.Combine("site");
        HtmlSite.Export(Executed(temp), site);
        foreach (var file in Directory.GetFiles(site))
        {
            var html = File.ReadAllText(file);
            Assert.Empty(HtmlSite.ExternalReferences(html));
            Assert.DoesNotMatch(new Regex("(src|href)\\s*=\\s*[\"']?(https?:)?//", RegexOptions.IgnoreCase), html);
            Assert.DoesNotContain("<link", html);
        }
    }

    [Fact]
    public void A_chart_that_needs_a_cdn_stops_the_export_before_anything_is_written()
    {
        using var temp = new TempFolder();
        var executed = Executed(temp);
        var path = Path.Combine(executed, "03-activation-functions.ipynb");
        File.WriteAllText(path, File.ReadAllText(path).Replace("<div id=\\\"chart1\\\"></div>", "<script src=\\\"https://cdn.plot.ly/plotly-2.27.1.min.js\\\"></script>"));
        var site = temp.Combine("site");
        var e = Assert.Throws<EditionException>(() => HtmlSite.Export(executed, site));
        Assert.Contains("03-activation-functions.ipynb loads <script src=\"https://cdn.plot.ly", e.Message);
        Assert.False(Directory.Exists(site));
    }

    [Fact]
    public void A_library_script_repeated_in_later_outputs_is_kept_only_once_per_page()
    {
        var library = "<script>(function(){if(window.Plotly)return;" + new string('x', 200_000) + "})();</script>";
        var seen = new HashSet<string>();
        var first = HtmlSite.WithoutRepeatedLibraries(library + "<div id=\"a\"></div><script>draw('a')</script>", seen);
        var second = HtmlSite.WithoutRepeatedLibraries(library + "<div id=\"b\"></div><script>draw('b')</script>", seen);
        Assert.Equal(library + "<div id=\"a\"></div><script>draw('a')</script>", first);
        Assert.Equal("<div id=\"b\"></div><script>draw('b')</script>", second);
        // Small scripts (each chart's own drawing code) are never dropped, even when two are identical.
        Assert.Equal("<script>draw('a')</script>", HtmlSite.WithoutRepeatedLibraries("<script>draw('a')</script>", seen));
    }

    [Fact]
    public void Without_executed_notebooks_it_says_to_run_first()
    {
        using var temp = new TempFolder();
        var e = Assert.Throws<EditionException>(() => HtmlSite.Export(temp.Combine("artifacts", "notebooks"), temp.Combine("site")));
        Assert.Contains("run `workshop run` first", e.Message);
    }

    [Theory]
    [InlineData("Slides covered: S02–S09", "S02–S09", 8)]
    [InlineData("Slides covered: S09, S10-S12", "S09–S12", 4)]
    [InlineData("Slides covered: S28 and S30", "S28, S30", 2)]
    public void Slide_ids_are_read_from_the_intro_and_shown_as_ranges(string line, string shown, int count)
    {
        var notebook = System.Text.Json.Nodes.JsonNode.Parse($$"""{"cells":[{"cell_type":"markdown","metadata":{},"source":["# T\n","{{line}}"]}]}""")!.AsObject();
        var slides = HtmlSite.Slides(notebook);
        Assert.Equal(count, slides.Count);
        Assert.Equal(shown, HtmlSite.SlideRanges(slides));
    }

    [Fact]
    public void Export_command_needs_a_format_and_names_both()
    {
        var stderr = new StringWriter();
        Assert.Equal(2, Workshop.Cli.Commands.ExportCommand.Run([], new StringWriter(), stderr));
        Assert.Contains("--html", stderr.ToString());
        Assert.Contains("--apps", stderr.ToString());
        stderr = new StringWriter();
        Assert.Equal(2, Workshop.Cli.Commands.ExportCommand.Run(["--pdf"], new StringWriter(), stderr));
        Assert.Contains("unknown option --pdf", stderr.ToString());
    }
}
