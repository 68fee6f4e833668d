using System.Collections;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Plotly.NET;
using Workshop.DeepLearning;

namespace Workshop.Charts.Apps;

/// <summary>
/// What a lesson exported as a file-based app (`workshop export --apps`) calls where the notebook would show a value:
/// charts become standalone HTML files next to the app (plotly.js embedded, so they open offline) and their paths are
/// printed; every other value is printed as readable text. The generated code stays one short call per output.
/// </summary>
public static partial class AppOutput
{
    static int chartCount;
    static int pageCount;

    /// <summary>The folder charts are written to: the app's own folder (`dotnet run` tells it), else the current folder.</summary>
    public static string OutputFolder { get; set; } =
        AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Environment.CurrentDirectory;

    /// <summary>The start of every chart file's name: the app's name (e.g. 02-perceptron), else "app".</summary>
    public static string AppName { get; set; } =
        AppContext.GetData("EntryPointFilePath") is string path ? Path.GetFileNameWithoutExtension(path) : "app";

    // Where `dotnet run` was started: paths are printed relative to it, even after Start moved into the app's folder.
    static string userFolder = Environment.CurrentDirectory;

    /// <summary>
    /// Runs the lesson in the app's own folder, as the kernel runs a notebook in the notebook's folder, so the kit's data/
    /// is found wherever `dotnet run` was started. The generated app calls it first.
    /// </summary>
    public static void Start()
    {
        userFolder = Environment.CurrentDirectory;
        if (Directory.Exists(OutputFolder)) Directory.SetCurrentDirectory(OutputFolder);
    }

    /// <summary>Where text goes; tests capture it.</summary>
    public static TextWriter Out { get; set; } = Console.Out;

    /// <summary>
    /// Shows a value as the notebook would: a chart is saved as `AppName-chart-K.html` and its path printed, anything else
    /// is printed. <paramref name="label"/> names where it came from (e.g. "cell 4"). The returned handle's
    /// <see cref="Shown.Update"/> replaces the value, as a notebook's display(...).Update(...) does.
    /// </summary>
    public static Shown Show(object? value, string? label = null)
    {
        var shown = new Shown(label);
        shown.Update(value);
        return shown;
    }

    /// <summary>HTML the notebook would render (the kernel's HTML(...)): saved as a page next to the app, its path printed.</summary>
    public static HtmlContent Html(string html) => new(html ?? throw new ArgumentNullException(nameof(html)));

    /// <summary>A value shown by <see cref="Show"/>; <see cref="Update"/> shows a new value in its place.</summary>
    public sealed class Shown
    {
        readonly string? label;
        string? chartPath;

        internal Shown(string? label) => this.label = label;

        /// <summary>
        /// Shows <paramref name="value"/> instead of the previous one. A chart overwrites this output's HTML file (a live
        /// training chart keeps one file that ends with the final curves) and its path is printed only the first time.
        /// </summary>
        public void Update(object? value)
        {
            switch (value)
            {
                case GenericChart chart:
                    var first = chartPath is null;
                    chartPath ??= NextPath("chart", ref chartCount);
                    ChartHtml.Save(chart, chartPath);
                    if (first) Out.WriteLine($"[chart{Where()}] {Shorten(chartPath)}");
                    break;
                // The kernel shows these as the kit's HTML formatters draw them (NotebookSetup.RegisterFormatters); so does the app.
                case Mlp network:
                    Out.WriteLine(new HtmlContent(Display.NetworkTable(network)).Text);
                    break;
                case Sequential<float> network:
                    Out.WriteLine(new HtmlContent(Display.NetworkTable(network)).Text);
                    break;
                case Sequential<double> network:
                    Out.WriteLine(new HtmlContent(Display.NetworkTable(network)).Text);
                    break;
                case TrainingHistory history:
                    Out.WriteLine(history.ToString());
                    Update(Charts.TrainingCurves(history));
                    break;
                case HtmlContent html:
                    var page = NextPath("output", ref pageCount);
                    File.WriteAllText(page, $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>{html.Html}</body></html>");
                    Out.WriteLine($"[html{Where()}] {Shorten(page)}");
                    Out.WriteLine(html.Text);
                    break;
                default:
                    Out.WriteLine(Text(value));
                    break;
            }
        }

        string Where() => label is null ? "" : $", {label}";
    }

    /// <summary>HTML content and a plain-text reading of it (tags dropped) for the console.</summary>
    public sealed record HtmlContent(string Html)
    {
        public string Text => string.Join('\n', WebUtility.HtmlDecode(Tags().Replace(Rows().Replace(Html, "\n"), " "))
            .Split('\n').Select(line => Spaces().Replace(line, " ").Trim()).Where(line => line.Length > 0));
        public override string ToString() => Text;
    }

    /// <summary>
    /// A readable one-value text, close to what the notebook shows as plain text: numbers in invariant culture,
    /// sequences as [a, b, c] (the first 20 items), types that describe themselves (records, matrices) by their ToString.
    /// </summary>
    public static string Text(object? value) => value switch
    {
        null => "<null>",
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items when !OverridesToString(value) => Sequence(items),
        _ when OverridesToString(value) => value.ToString() ?? "",
        _ => Properties(value),
    };

    const int MaxItems = 20;

    static string Sequence(IEnumerable items)
    {
        var text = new StringBuilder("[");
        var count = 0;
        foreach (var item in items)
        {
            if (count < MaxItems) text.Append(count == 0 ? "" : ", ").Append(Text(item));
            count++;
        }
        if (count > MaxItems) text.Append(CultureInfo.InvariantCulture, $", … ({count} items)");
        return text.Append(']').ToString();
    }

    static string Properties(object value)
    {
        var type = value.GetType();
        var members = type.GetProperties().Where(p => p.GetIndexParameters().Length == 0)
            .Select(p => $"{p.Name} = {Text(SafeGet(p, value))}");
        return $"{type.Name} {{ {string.Join(", ", members)} }}";
    }

    static object? SafeGet(System.Reflection.PropertyInfo property, object value)
    {
        try { return property.GetValue(value); }
        catch (System.Reflection.TargetInvocationException e) { return $"({e.InnerException?.GetType().Name})"; }
    }

    static bool OverridesToString(object value) =>
        !value.GetType().IsArray && value.GetType().GetMethod(nameof(ToString), Type.EmptyTypes)?.DeclaringType != typeof(object);

    static string NextPath(string kind, ref int counter) =>
        Path.Combine(OutputFolder, $"{AppName}-{kind}-{Interlocked.Increment(ref counter)}.html");

    // Paths print relative to where the user is, when they are below it: short and clickable in a terminal.
    static string Shorten(string path)
    {
        var relative = Path.GetRelativePath(userFolder, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex("</tr>|<br\\s*/?>|</p>|</caption>", RegexOptions.IgnoreCase)]
    private static partial Regex Rows();

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}
