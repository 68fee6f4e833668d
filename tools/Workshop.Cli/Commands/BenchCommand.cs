using Workshop.Cli.Bench;

namespace Workshop.Cli.Commands;

/// <summary>
/// `workshop bench [--quick] [--out file.md]`: the end-to-end performance run of issue 9, printed as a markdown table
/// (progress goes to stderr, the table to stdout and, with --out, to a file).
/// </summary>
public static class BenchCommand
{
    public const string Summary = "measure training speed, MatMul GFLOP/s, the scalar level and ML.NET; print a markdown table";
    public const string Usage = "usage: workshop bench [--quick (smaller runs, for a smoke test)] [--out <file.md>]  (run it in Release: dotnet run -c Release --project tools/Workshop.Cli -- bench)";

    public static Task<int> Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Task.FromResult(Run(args, stdout, stderr, settingsOverride: null, dataFolder: null));

    /// <summary>The same, with other sizes (the tests use tiny ones).</summary>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, BenchSettings? settingsOverride, string? dataFolder)
    {
        ArgumentNullException.ThrowIfNull(args);
        var settings = BenchSettings.Full;
        string? output = null;
        bool quick = false;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    settings = BenchSettings.Quick;
                    quick = true;
                    break;
                case "--out" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case "--out":
                    stderr.WriteLine("workshop bench: --out needs a file name.");
                    return 2;
                case "-h" or "--help":
                    stdout.WriteLine(Usage);
                    return 0;
                default:
                    stderr.WriteLine($"workshop bench: unknown option {args[i]}. {Usage}");
                    return 2;
            }
        }
        settings = settingsOverride ?? settings;

        if (!BenchRunner.IsOptimized)
            stderr.WriteLine("warning: this is a Debug build, so these are Debug numbers; for real ones run: dotnet run -c Release --project tools/Workshop.Cli -- bench");
        var started = DateTime.UtcNow;
        string? load = BenchRunner.LoadAverage();
        var rows = BenchRunner.Run(settings, stderr, dataFolder);
        string table = BenchTable.ToMarkdown(rows, BenchRunner.Context(quick ? "workshop bench --quick" : "workshop bench", started, load));
        stdout.Write(table);
        if (output is not null)
        {
            AtomicFile.WriteAllText(Path.GetFullPath(output), table);
            stderr.WriteLine($"Wrote {output}");
        }
        return 0;
    }
}
