using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Workshop.Cli.Editions;

namespace Workshop.Cli.Export;

/// <summary>
/// A static site of the executed notebooks for projecting and for handouts: index.html and one page per notebook,
/// with the charts' embedded plotly.js, no external CSS, scripts or fonts, so it works with no network at all.
/// </summary>
public static partial class HtmlSite
{
    [GeneratedRegex(@"<script\b[^>]*\bsrc\s*=\s*[""']?\s*(?:https?:)?//[^""'\s>]*", RegexOptions.IgnoreCase)] private static partial Regex ExternalScript();
    [GeneratedRegex(@"requirejs\.config\([^)]*https?://[^'""]*", RegexOptions.IgnoreCase)] private static partial Regex ExternalRequire();
    [GeneratedRegex(@"\x1b\[[0-9;]*[A-Za-z]")] private static partial Regex AnsiCode();
    [GeneratedRegex(@"S(\d{2})(?:\s*[–—-]\s*S(\d{2}))?")] private static partial Regex SlideIds();
    [GeneratedRegex(@"^[ \t]*#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*\r?$", RegexOptions.Multiline)] private static partial Regex TitleHeading();

    /// <summary>Writes the site for every .ipynb in <paramref name="executedFolder"/>; returns the files written, index.html last.</summary>
    public static IReadOnlyList<string> Export(string executedFolder, string outputFolder)
    {
        var files = Directory.Exists(executedFolder)
            ? Directory.GetFiles(executedFolder, "*.ipynb").Order(StringComparer.Ordinal).ToList()
            : [];
        if (files.Count == 0)
            throw new EditionException($"no executed notebooks in {executedFolder}; run `workshop run` first.");

        var notebooks = files.Select(f => (Name: Path.GetFileName(f), Json: IpynbFile.Load(f))).ToList();
        var pages = new List<SitePage>();
        for (var n = 0; n < notebooks.Count; n++)
        {
            var previous = n > 0 ? PageName(notebooks[n - 1].Name) : null;
            var next = n + 1 < notebooks.Count ? PageName(notebooks[n + 1].Name) : null;
            pages.Add(Page(notebooks[n].Json, notebooks[n].Name, previous, next));
        }

        // Built in memory and checked first: a page that would be blank offline is an error, and nothing is written.
        var online = pages.Where(p => ExternalReferences(p.Html).Any()).Select(p => $"{p.NotebookName} loads {ExternalReferences(p.Html).First()}").ToList();
        if (online.Count > 0)
            throw new EditionException($"nothing written: these pages would need the internet (charts must embed plotly.js; is the bootstrap's chart formatter registered?): {string.Join("; ", online)}");

        var written = new List<string>();
        foreach (var page in pages)
        {
            var path = Path.Combine(outputFolder, page.FileName);
            AtomicFile.WriteAllText(path, page.Html);
            written.Add(path);
        }
        var index = Path.Combine(outputFolder, "index.html");
        AtomicFile.WriteAllText(index, Index(pages));
        written.Add(index);
        return written;
    }

    public static string PageName(string notebookName) => Path.ChangeExtension(notebookName, ".html");

    /// <summary>Script sources and require.js paths that point at the network; empty for a page that works offline.</summary>
    public static IEnumerable<string> ExternalReferences(string html) =>
        ExternalScript().Matches(html).Concat(ExternalRequire().Matches(html)).Select(m => m.Value);

    /// <summary>The title: the text of the first "# " heading in a markdown cell, else the file name.</summary>
    public static string Title(JsonObject notebook, string name)
    {
        foreach (var text in MarkdownCells(notebook))
            if (TitleHeading().Match(text) is { Success: true } m)
                return m.Groups[1].Value;
        return Path.GetFileNameWithoutExtension(name);
    }

    /// <summary>The slide ids the first markdown cell's "Slides covered" line names, ranges (S02–S09) expanded.</summary>
    public static IReadOnlyList<string> Slides(JsonObject notebook)
    {
        var intro = MarkdownCells(notebook).FirstOrDefault() ?? "";
        var line = intro.Split('\n').FirstOrDefault(l => l.Contains("Slides covered", StringComparison.OrdinalIgnoreCase)) ?? "";
        var ids = new SortedSet<int>();
        foreach (Match m in SlideIds().Matches(line))
        {
            var from = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var to = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : from;
            for (var s = from; s <= Math.Max(from, to); s++) ids.Add(s);
        }
        return ids.Select(s => $"S{s:00}").ToList();
    }

    /// <summary>Slide ids as short ranges: S02, S03, S04, S09 → "S02–S04, S09".</summary>
    public static string SlideRanges(IReadOnlyList<string> slides)
    {
        var numbers = slides.Select(s => int.Parse(s[1..], CultureInfo.InvariantCulture)).ToList();
        var parts = new List<string>();
        for (var i = 0; i < numbers.Count;)
        {
            var j = i;
            while (j + 1 < numbers.Count && numbers[j + 1] == numbers[j] + 1) j++;
            parts.Add(j == i ? $"S{numbers[i]:00}" : $"S{numbers[i]:00}–S{numbers[j]:00}");
            i = j + 1;
        }
        return string.Join(", ", parts);
    }

    public static SitePage Page(JsonObject notebook, string name, string? previous = null, string? next = null)
    {
        var title = Title(notebook, name);
        var slides = Slides(notebook);
        var body = new StringBuilder();
        body.Append(Navigation(previous, next));
        var scripts = new HashSet<string>();
        foreach (var cell in ((JsonArray)notebook["cells"]!).OfType<JsonObject>())
        {
            var source = Notebook.SourceText(cell["source"]);
            switch ((string?)cell["cell_type"])
            {
                case "markdown":
                    body.Append($"<section class=\"cell markdown\">\n{Markdown.ToHtml(source)}</section>\n");
                    break;
                case "code":
                    var count = cell["execution_count"] is JsonValue v && v.TryGetValue<int>(out var c) ? c.ToString(CultureInfo.InvariantCulture) : " ";
                    body.Append("<section class=\"cell code\">\n");
                    body.Append($"<div class=\"prompt\">[{count}]</div>\n<pre class=\"source\"><code class=\"language-csharp\">{Markdown.Escape(source)}</code></pre>\n");
                    if (cell["outputs"] is JsonArray outputs)
                        foreach (var output in outputs.OfType<JsonObject>()) body.Append(Output(output, scripts));
                    body.Append("</section>\n");
                    break;
            }
        }
        body.Append(Navigation(previous, next));
        return new SitePage(PageName(name), name, title, slides, Document(title, body.ToString()));
    }

    /// <summary>One output as Jupyter shows it: streams and text as preformatted text, HTML (charts) as it is, errors in red.</summary>
    public static string Output(JsonObject output, HashSet<string>? scriptsOnPage = null)
    {
        switch ((string?)output["output_type"])
        {
            case "stream":
                var stream = (string?)output["name"] == "stderr" ? "stderr" : "stdout";
                return $"<pre class=\"output {stream}\">{Markdown.Escape(Notebook.SourceText(output["text"]))}</pre>\n";
            case "error":
                var traceback = output["traceback"] is JsonArray lines && lines.Count > 0
                    ? string.Join('\n', lines.Select(l => (string?)l))
                    : $"{(string?)output["ename"]}: {(string?)output["evalue"]}";
                return $"<pre class=\"output error\">{Markdown.Escape(AnsiCode().Replace(traceback, ""))}</pre>\n";
            case "execute_result" or "display_data" when output["data"] is JsonObject data:
                if (data["text/html"] is { } html)
                    return $"<div class=\"output html\">\n{WithoutRepeatedLibraries(Notebook.SourceText(html), scriptsOnPage ?? [])}\n</div>\n";
                if (data["image/svg+xml"] is { } svg)
                    return $"<div class=\"output image\">{Notebook.SourceText(svg)}</div>\n";
                if (data["image/png"] is { } png)
                    return $"<div class=\"output image\"><img src=\"data:image/png;base64,{Notebook.SourceText(png).Replace("\n", "")}\" alt=\"\"></div>\n";
                if (data["text/markdown"] is { } md)
                    return $"<div class=\"output markdown\">{Markdown.ToHtml(Notebook.SourceText(md))}</div>\n";
                if (data["text/plain"] is { } plain)
                    return $"<pre class=\"output result\">{Markdown.Escape(Notebook.SourceText(plain))}</pre>\n";
                return "";
            default:
                return "";
        }
    }

    /// <summary>
    /// Every chart output carries its own copy of plotly.js (3.6 MB) so it draws on its own in the notebook. On one page
    /// the first copy is enough: a later identical library script is dropped, which keeps a page of ten charts at 4 MB, not 36.
    /// </summary>
    public static string WithoutRepeatedLibraries(string html, HashSet<string> scriptsOnPage)
    {
        const int LibrarySize = 100_000;
        var result = new StringBuilder(html.Length);
        var position = 0;
        while (true)
        {
            var start = html.IndexOf("<script", position, StringComparison.OrdinalIgnoreCase);
            if (start < 0) break;
            var end = html.IndexOf("</script>", start, StringComparison.OrdinalIgnoreCase);
            if (end < 0) break;
            end += "</script>".Length;
            var element = html[start..end];
            result.Append(html, position, start - position);
            var key = element.Length >= LibrarySize ? Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(element))) : null;
            if (key is null || scriptsOnPage.Add(key)) result.Append(element);
            position = end;
        }
        result.Append(html, position, html.Length - position);
        return result.ToString();
    }

    public static string Index(IReadOnlyList<SitePage> pages)
    {
        var body = new StringBuilder();
        body.Append("<h1>Deep Learning Methods · workshop notebooks</h1>\n");
        body.Append("<p>The notebooks of the hands-on session, executed. Each page shows the code, the explanations and the outputs (charts included) and works without a network.</p>\n");
        body.Append("<table class=\"index\">\n<thead><tr><th>Notebook</th><th>Slides</th><th>File</th></tr></thead>\n<tbody>\n");
        foreach (var page in pages)
            body.Append($"<tr><td><a href=\"{Markdown.Escape(page.FileName)}\">{Markdown.Escape(page.Title)}</a></td><td>{Markdown.Escape(SlideRanges(page.Slides))}</td><td><code>{Markdown.Escape(page.NotebookName)}</code></td></tr>\n");
        body.Append("</tbody>\n</table>\n");
        return Document("Deep Learning Methods · workshop notebooks", body.ToString());
    }

    static string Navigation(string? previous, string? next)
    {
        var links = new List<string> { "<a href=\"index.html\">All notebooks</a>" };
        if (previous is not null) links.Insert(0, $"<a href=\"{Markdown.Escape(previous)}\">← Previous</a>");
        if (next is not null) links.Add($"<a href=\"{Markdown.Escape(next)}\">Next →</a>");
        return $"<nav>{string.Join(" · ", links)}</nav>\n";
    }

    static IEnumerable<string> MarkdownCells(JsonObject notebook) =>
        notebook["cells"] is JsonArray cells
            ? cells.OfType<JsonObject>().Where(c => (string?)c["cell_type"] == "markdown").Select(c => Notebook.SourceText(c["source"]))
            : [];

    static string Document(string title, string body) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{Markdown.Escape(title)}</title>
        <style>
        {Css}
        </style>
        </head>
        <body>
        <main>
        {body}
        </main>
        </body>
        </html>

        """;

    // System fonts only: a projector laptop on no network must show the same page.
    const string Css = """
        body { margin: 0; background: #fafafa; color: #1f2328; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
        main { max-width: 980px; margin: 0 auto; padding: 1.5rem 1.25rem 4rem; background: #fff; }
        h1, h2, h3 { line-height: 1.25; margin: 1.6em 0 0.5em; }
        h1 { font-size: 2rem; margin-top: 0.5em; }
        a { color: #0969da; }
        nav { font-size: 0.95rem; margin: 0.5rem 0 1rem; }
        code, pre { font: 14px/1.45 ui-monospace, "Cascadia Code", Consolas, "DejaVu Sans Mono", monospace; }
        p code, li code, td code { background: #eff1f3; padding: 0.1em 0.3em; border-radius: 4px; }
        pre { overflow-x: auto; padding: 0.75rem 1rem; border-radius: 6px; margin: 0.25rem 0; white-space: pre; }
        .cell { margin: 1rem 0; }
        .cell.code { position: relative; }
        .prompt { color: #8c959f; font: 12px ui-monospace, monospace; }
        pre.source { background: #f6f8fa; border: 1px solid #d0d7de; }
        .output { margin-left: 1rem; border-left: 3px solid #d0d7de; }
        pre.output { background: #fff; }
        pre.stderr { background: #fff8e6; }
        pre.error { background: #ffebe9; color: #82071e; border-left-color: #cf222e; }
        div.output { padding: 0.25rem 0 0.25rem 0.75rem; overflow-x: auto; }
        table { border-collapse: collapse; margin: 0.75rem 0; }
        th, td { border: 1px solid #d0d7de; padding: 0.35rem 0.7rem; text-align: left; vertical-align: top; }
        th { background: #f6f8fa; }
        blockquote { margin: 0.5rem 0; padding: 0 1rem; color: #57606a; border-left: 4px solid #d0d7de; }
        img { max-width: 100%; }
        @media print { nav { display: none; } main { max-width: none; } pre, .output { break-inside: avoid; } }
        """;
}
