using System.Text;
using System.Text.RegularExpressions;

namespace Workshop.Cli.Export;

/// <summary>
/// The markdown the notebooks use, to HTML: headings, paragraphs, bullet and numbered lists (nested by indentation),
/// bold, italic, inline code, code fences, links, images, tables, block quotes, rules. Math ($…$) stays as text, and
/// raw HTML is shown as text, so a page can never run a notebook's markup as script.
/// </summary>
public static partial class Markdown
{
    [GeneratedRegex(@"^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")] private static partial Regex Heading();
    [GeneratedRegex(@"^ {0,3}(```+|~~~+)\s*([\w#+.-]*)")] private static partial Regex Fence();
    [GeneratedRegex(@"^ {0,3}([-*_])( *\1){2,} *$")] private static partial Regex Rule();
    [GeneratedRegex(@"^( *)([-*+]|\d{1,9}[.)])( +|$)(.*)$")] private static partial Regex ListItem();
    [GeneratedRegex(@"^ {0,3}> ?(.*)$")] private static partial Regex Quote();
    [GeneratedRegex(@"^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$")] private static partial Regex TableRule();
    [GeneratedRegex(@"`+")] private static partial Regex Backticks();
    [GeneratedRegex(@"\$\$[^$]+\$\$|\$(?=\S)[^$\n]*?(?<=\S)\$")] private static partial Regex MathSpan();
    [GeneratedRegex(@"(!?)\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+""[^""]*"")?\s*\)")] private static partial Regex Link();
    [GeneratedRegex(@"\*\*(?=\S)(.+?)(?<=\S)\*\*|(?<![\w])__(?=\S)(.+?)(?<=\S)__(?![\w])")] private static partial Regex Bold();
    [GeneratedRegex(@"(?<![*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![*\w])|(?<![\w])_(?=\S)(.+?)(?<=\S)_(?![\w])")] private static partial Regex Italic();
    [GeneratedRegex("\u0001(\\d+)\u0002")] private static partial Regex Placeholder();
    [GeneratedRegex(@"[^\p{L}\p{N}\s-]")] private static partial Regex NotSlug();

    /// <summary>Converts a markdown document to an HTML fragment.</summary>
    public static string ToHtml(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        var html = new StringBuilder();
        Blocks(lines, html);
        return html.ToString();
    }

    /// <summary>The id a heading gets in the page, so the instructor guide can link to a section.</summary>
    public static string Slug(string heading)
    {
        var plain = NotSlug().Replace(heading.ToLowerInvariant(), "");
        return string.Join('-', plain.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    public static string Escape(string text) => text
        .Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");

    static void Blocks(IReadOnlyList<string> lines, StringBuilder html)
    {
        var i = 0;
        while (i < lines.Count)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line)) { i++; continue; }

            if (Fence().Match(line) is { Success: true } fence)
            {
                var marker = fence.Groups[1].Value;
                var code = new List<string>();
                for (i++; i < lines.Count && !lines[i].TrimStart().StartsWith(marker, StringComparison.Ordinal); i++) code.Add(lines[i]);
                i++;
                var language = fence.Groups[2].Value;
                var cls = language.Length > 0 ? $" class=\"language-{Escape(language)}\"" : "";
                html.Append($"<pre><code{cls}>{Escape(string.Join('\n', code))}</code></pre>\n");
            }
            else if (Heading().Match(line) is { Success: true } heading)
            {
                var level = heading.Groups[1].Length;
                var text = heading.Groups[2].Value;
                html.Append($"<h{level} id=\"{Escape(Slug(text))}\">{Inline(text)}</h{level}>\n");
                i++;
            }
            else if (Rule().IsMatch(line))
            {
                html.Append("<hr>\n");
                i++;
            }
            else if (IsTableStart(lines, i))
            {
                i = Table(lines, i, html);
            }
            else if (Quote().IsMatch(line))
            {
                var quoted = new List<string>();
                for (; i < lines.Count && Quote().Match(lines[i]) is { Success: true } q; i++) quoted.Add(q.Groups[1].Value);
                html.Append("<blockquote>\n");
                Blocks(quoted, html);
                html.Append("</blockquote>\n");
            }
            else if (ListItem().IsMatch(line))
            {
                i = List(lines, i, html);
            }
            else
            {
                var paragraph = new List<string>();
                for (; i < lines.Count && !string.IsNullOrWhiteSpace(lines[i]) && (paragraph.Count == 0 || !StartsBlock(lines, i)); i++)
                    paragraph.Add(lines[i]);
                html.Append($"<p>{InlineLines(paragraph)}</p>\n");
            }
        }
    }

    static bool StartsBlock(IReadOnlyList<string> lines, int i) =>
        Fence().IsMatch(lines[i]) || Heading().IsMatch(lines[i]) || Rule().IsMatch(lines[i]) || Quote().IsMatch(lines[i])
        || ListItem().IsMatch(lines[i]) || IsTableStart(lines, i);

    static bool IsTableStart(IReadOnlyList<string> lines, int i) =>
        lines[i].Contains('|') && i + 1 < lines.Count && lines[i + 1].Contains('-') && lines[i + 1].Contains('|') && TableRule().IsMatch(lines[i + 1]);

    static int Table(IReadOnlyList<string> lines, int i, StringBuilder html)
    {
        var alignments = Cells(lines[i + 1]).Select(c => c.StartsWith(':') && c.EndsWith(':') ? "center" : c.EndsWith(':') ? "right" : c.StartsWith(':') ? "left" : null).ToList();
        string Align(int c) => c < alignments.Count && alignments[c] is { } a ? $" style=\"text-align:{a}\"" : "";
        html.Append("<table>\n<thead><tr>");
        var header = Cells(lines[i]);
        for (var c = 0; c < header.Count; c++) html.Append($"<th{Align(c)}>{Inline(header[c])}</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        for (i += 2; i < lines.Count && lines[i].Contains('|') && !string.IsNullOrWhiteSpace(lines[i]); i++)
        {
            var row = Cells(lines[i]);
            html.Append("<tr>");
            for (var c = 0; c < header.Count; c++) html.Append($"<td{Align(c)}>{(c < row.Count ? Inline(row[c]) : "")}</td>");
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
        return i;
    }

    /// <summary>The cells of a table row; a '|' inside `code` or escaped as \| does not split.</summary>
    static List<string> Cells(string row)
    {
        var text = row.Trim();
        if (text.StartsWith('|')) text = text[1..];
        if (text.EndsWith('|') && !text.EndsWith("\\|", StringComparison.Ordinal)) text = text[..^1];
        var cells = new List<string>();
        var cell = new StringBuilder();
        var inCode = false;
        for (var k = 0; k < text.Length; k++)
        {
            var ch = text[k];
            if (ch == '\\' && k + 1 < text.Length && text[k + 1] == '|') { cell.Append('|'); k++; continue; }
            if (ch == '`') inCode = !inCode;
            if (ch == '|' && !inCode) { cells.Add(cell.ToString().Trim()); cell.Clear(); continue; }
            cell.Append(ch);
        }
        cells.Add(cell.ToString().Trim());
        return cells;
    }

    /// <summary>A list and the lists nested in it: an item's continuation lines are indented past its marker.</summary>
    static int List(IReadOnlyList<string> lines, int i, StringBuilder html)
    {
        var first = ListItem().Match(lines[i]);
        var indent = first.Groups[1].Length;
        var ordered = char.IsDigit(first.Groups[2].Value[0]);
        var start = ordered ? int.Parse(first.Groups[2].Value[..^1], System.Globalization.CultureInfo.InvariantCulture) : 1;
        html.Append(ordered ? (start == 1 ? "<ol>\n" : $"<ol start=\"{start}\">\n") : "<ul>\n");
        while (i < lines.Count && ListItem().Match(lines[i]) is { Success: true } item
               && item.Groups[1].Length == indent && char.IsDigit(item.Groups[2].Value[0]) == ordered)
        {
            var contentIndent = item.Groups[1].Length + item.Groups[2].Length + System.Math.Max(1, item.Groups[3].Length);
            var text = new List<string> { item.Groups[4].Value };
            var nested = new List<string>();
            for (i++; i < lines.Count; i++)
            {
                var line = lines[i];
                if (string.IsNullOrWhiteSpace(line))
                {
                    // A blank line ends the item unless the next line is indented into it or is the next item.
                    var next = i + 1 < lines.Count ? lines[i + 1] : "";
                    if (Indent(next) >= contentIndent && !string.IsNullOrWhiteSpace(next)) { nested.Add(""); continue; }
                    break;
                }
                var lineIndent = Indent(line);
                if (lineIndent > indent && (nested.Count > 0 || ListItem().IsMatch(line) || Fence().IsMatch(line.TrimStart())))
                    nested.Add(line[System.Math.Min(lineIndent, contentIndent)..]);
                else if (lineIndent <= indent && (ListItem().IsMatch(line) || StartsBlock(lines, i)))
                    break;
                else
                    text.Add(line.Trim());   // a lazy continuation of the item's sentence
            }
            html.Append($"<li>{InlineLines(text)}");
            if (nested.Count > 0)
            {
                html.Append('\n');
                Blocks(nested, html);
            }
            html.Append("</li>\n");
            if (i < lines.Count && string.IsNullOrWhiteSpace(lines[i]) && i + 1 < lines.Count
                && ListItem().Match(lines[i + 1]) is { Success: true } after && after.Groups[1].Length == indent)
                i++;   // a blank line between items of one list
        }
        html.Append(ordered ? "</ol>\n" : "</ul>\n");
        return i;
    }

    static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    /// <summary>Lines of one paragraph: a line ending in two spaces or a backslash is a hard line break.</summary>
    static string InlineLines(IReadOnlyList<string> lines)
    {
        var parts = new List<string>();
        for (var k = 0; k < lines.Count; k++)
        {
            var line = lines[k];
            var hard = k < lines.Count - 1 && (line.EndsWith("  ", StringComparison.Ordinal) || line.EndsWith('\\'));
            var text = Inline(line.TrimEnd().TrimEnd('\\').Trim());
            parts.Add(hard ? text + "<br>" : text);
        }
        return string.Join("\n", parts);
    }

    /// <summary>Inline markup. Code spans, math and links are set aside first so emphasis never reaches inside them.</summary>
    public static string Inline(string text)
    {
        var kept = new List<string>();
        string Keep(string html) { kept.Add(html); return $"\u0001{kept.Count - 1}\u0002"; }

        var withCode = new StringBuilder();
        var k = 0;
        while (k < text.Length)
        {
            var ticks = Backticks().Match(text, k);
            if (!ticks.Success) { withCode.Append(text[k..]); break; }
            var close = text.IndexOf(ticks.Value, ticks.Index + ticks.Length, StringComparison.Ordinal);
            while (close >= 0 && close + ticks.Length < text.Length && text[close + ticks.Length] == '`')
                close = text.IndexOf(ticks.Value, close + ticks.Length + 1, StringComparison.Ordinal);
            if (close < 0) { withCode.Append(text[k..(ticks.Index + ticks.Length)]); k = ticks.Index + ticks.Length; continue; }
            withCode.Append(text[k..ticks.Index]);
            var code = text[(ticks.Index + ticks.Length)..close];
            if (code.Length > 1 && code.StartsWith(' ') && code.EndsWith(' ')) code = code[1..^1];
            withCode.Append(Keep($"<code>{Escape(code)}</code>"));
            k = close + ticks.Length;
        }

        var result = MathSpan().Replace(withCode.ToString(), m => Keep($"<span class=\"math\">{Escape(m.Value)}</span>"));
        result = Escape(result);
        result = Link().Replace(result, m =>
        {
            var url = SafeUrl(m.Groups[3].Value);
            return m.Groups[1].Value == "!"
                ? Keep($"<img src=\"{url}\" alt=\"{m.Groups[2].Value}\">")
                : Keep($"<a href=\"{url}\">{Emphasis(m.Groups[2].Value)}</a>");
        });
        result = Emphasis(result);
        while (Placeholder().IsMatch(result))
            result = Placeholder().Replace(result, m => kept[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)]);
        return result;
    }

    static string Emphasis(string html)
    {
        html = Bold().Replace(html, m => $"<strong>{(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)}</strong>");
        return Italic().Replace(html, m => $"<em>{(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)}</em>");
    }

    /// <summary>Keeps web, mail and relative links; anything else (javascript:, data:) becomes "#". The URL is already escaped.</summary>
    static string SafeUrl(string url)
    {
        var colon = url.IndexOf(':');
        var slash = url.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon > 0 && (slash < 0 || colon < slash);
        if (!hasScheme) return url;
        var scheme = url[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto" ? url : "#";
    }
}
