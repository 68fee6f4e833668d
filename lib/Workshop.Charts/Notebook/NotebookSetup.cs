using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;
using Workshop.DeepLearning;

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
    /// The one call of the notebook bootstrap: the FSharp.Core shim first (before any chart code runs), then HTML for the
    /// kit's types. Kept separate from <see cref="RegisterFormatters"/> so that the shim is installed before the JIT
    /// compiles anything that touches Plotly.NET.
    /// </summary>
    public static void Start()
    {
        UseLoadedFSharpCore();
        RegisterFormatters();
    }

    /// <summary>
    /// Charts carry plotly.js inside them (the stock Plotly.NET formatter loads it from a CDN and stays blank on workshop
    /// Wi-Fi); networks show as a table of layers, shapes and parameter counts; a training history shows as its curves.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]   // must not be compiled into Start before the shim is in place
    public static void RegisterFormatters()
    {
        Formatter.Register<GenericChart>(ChartHtml.ToEmbeddedHtml, HtmlMimeType);
        Formatter.Register<Mlp>(Display.NetworkTable, HtmlMimeType);
        Formatter.Register<Sequential<float>>(Display.NetworkTable, HtmlMimeType);
        Formatter.Register<Sequential<double>>(Display.NetworkTable, HtmlMimeType);
        Formatter.Register<TrainingHistory>(Display.HistoryHtml, HtmlMimeType);
    }

    private const string HtmlMimeType = "text/html";

    /// <summary>The plotly.js version Plotly.NET carries, the one the charts are drawn with.</summary>
    public const string PlotlyJsVersion = "2.28.0";

    /// <summary>The version of an assembly that is loaded, for the set-up notebook's report ("not loaded" when it is not).</summary>
    public static string LoadedVersion(string assemblyName) =>
        AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == assemblyName)?
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "not loaded";
}
