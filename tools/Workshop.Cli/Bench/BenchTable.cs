using System.Globalization;
using System.Text;

namespace Workshop.Cli.Bench;

/// <summary>One line of the bench table. <paramref name="Met"/> is null where there is no target (the ML.NET baselines).</summary>
public sealed record BenchRow(string Benchmark, string Measured, string Target, bool? Met);

/// <summary>The bench result as a markdown table, with a line that says where and how it was measured.</summary>
public static class BenchTable
{
    public static string ToMarkdown(IReadOnlyList<BenchRow> rows, string context)
    {
        var sb = new StringBuilder();
        sb.AppendLine(context);
        sb.AppendLine();
        sb.AppendLine("| benchmark | measured | target | met? |");
        sb.AppendLine("|---|---:|---:|:---:|");
        foreach (var row in rows)
            sb.AppendLine($"| {row.Benchmark} | {row.Measured} | {row.Target} | {row.Met switch { true => "yes", false => "no", null => "—" }} |");
        return sb.ToString();
    }

    /// <summary>"41 230": thousands separated by a thin space, as in the issue's targets.</summary>
    public static string Count(double value) =>
        value.ToString("N0", CultureInfo.InvariantCulture).Replace(",", " ");

    public static string Fixed(double value, int decimals) => value.ToString("F" + decimals, CultureInfo.InvariantCulture);

    public static string Percent(double fraction) => (100 * fraction).ToString("F1", CultureInfo.InvariantCulture) + " %";
}
