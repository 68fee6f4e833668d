using System.Reflection;
using System.Runtime.Loader;
using Plotly.NET;

namespace Workshop.Charts.Notebook;

/// <summary>What the notebook bootstrap (notebooks/bootstrap.csx) calls so the kernel can draw the kit's charts offline.</summary>
public static class NotebookSetup
{
    static bool shimInstalled;

    /// <summary>
    /// Plotly.NET 6 is built against FSharp.Core 10.1, but dotnet-interactive 1.0.712001 has already loaded FSharp.Core 10.0,
    /// so every chart call fails with "Could not load file or assembly FSharp.Core, Version=10.1.0.0". Answering that request
    /// with the FSharp.Core already loaded works (the API Plotly.NET uses is the same). Outside the kernel 10.1 loads normally
    /// and this handler is never asked.
    /// </summary>
    public static void UseLoadedFSharpCore()
    {
        if (shimInstalled) return;
        shimInstalled = true;
        AssemblyLoadContext.Default.Resolving += (_, name) =>
            name.Name == "FSharp.Core"
                ? AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == "FSharp.Core")
                : null;
    }

    /// <summary>
    /// The chart as an HTML fragment that carries plotly.js inside it (Plotly.NET ships plotly.js in its assembly), so charts
    /// draw without internet, in VS Code, Jupyter and the executed copies alike. The default loads plotly.js from a CDN
    /// through require.js and stays blank on workshop Wi-Fi.
    /// </summary>
    public static string ChartHtml(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return $"<div>{EmbeddedPlotlyScript.Value}{GenericChart.toChartHTML(chart)}</div>";
    }

    /// <summary>The plotly.js version Plotly.NET carries, the one the charts are drawn with.</summary>
    public const string PlotlyJsVersion = "2.28.0";

    // Jupyter's classic page has require.js: plotly.js would then register as an AMD module instead of setting window.Plotly,
    // so it runs with define/module/exports hidden. Loaded once per kernel, embedded in every chart (outputs stand alone).
    static readonly Lazy<string> EmbeddedPlotlyScript = new(() =>
    {
        var resource = $"Plotly.NET.plotly-{PlotlyJsVersion}.min.js";
        using var stream = typeof(GenericChart).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Plotly.NET does not carry {resource}; the kit expects Plotly.NET 6.0.0.");
        using var reader = new StreamReader(stream);
        return "<script type=\"text/javascript\">if (!window.Plotly) { (function (define, module, exports) {\n"
               + reader.ReadToEnd()
               + "\n})(undefined, undefined, undefined); }</script>";
    });

    /// <summary>The version of an assembly that is loaded, for the set-up notebook's report ("not loaded" when it is not).</summary>
    public static string LoadedVersion(string assemblyName) =>
        AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == assemblyName)?
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "not loaded";
}
