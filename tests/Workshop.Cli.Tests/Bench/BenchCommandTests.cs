using Workshop.Cli.Bench;
using Workshop.Cli.Commands;

namespace Workshop.Cli.Tests.Bench;

/// <summary>
/// `workshop bench` end to end on tiny sizes: every part runs and the table has the promised shape.
/// Speeds are never asserted (they depend on the machine and its load).
/// </summary>
public class BenchCommandTests
{
    // A few hundred examples, a 32³ MatMul, 3 scalar steps, one ML.NET iteration: seconds, not minutes.
    static readonly BenchSettings Tiny = new(
        TrainExamples: 256, TestExamples: 200, WarmUpEpochs: 1, Epochs: 1, MatMulSize: 32, MatMulSeconds: 0.05,
        ScalarSteps: 3, MlNetTrainExamples: 300, MlNetIterations: 1);

    [Fact]
    public void Prints_a_markdown_table_with_a_row_per_benchmark_and_writes_it_to_out()
    {
        string file = Path.Combine(Path.GetTempPath(), $"bench-{Guid.NewGuid():N}.md");
        try
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int exit = BenchCommand.Run(["--quick", "--out", file], stdout, stderr, Tiny, dataFolder: null);

            Assert.True(exit == 0, stderr.ToString());
            string table = stdout.ToString();
            Assert.Equal(table, File.ReadAllText(file));

            var lines = table.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
            Assert.StartsWith("`workshop bench --quick`", lines[0]);
            int header = Array.IndexOf(lines, "| benchmark | measured | target | met? |");
            Assert.True(header > 0, table);
            Assert.Equal("|---|---:|---:|:---:|", lines[header + 1]);
            var rows = lines[(header + 2)..].Select(Cells).ToArray();

            Assert.Equal(6, rows.Length);
            Assert.All(rows, r => Assert.Equal(4, r.Length));
            Assert.Contains("examples/s", rows[0][1]);
            Assert.Contains("test accuracy", rows[0][1]);
            Assert.Equal("≥ 35 000 examples/s", rows[0][2]);
            Assert.Equal("MatMul 32³ float, 1 thread", rows[1][0]);
            Assert.Contains("GFLOP/s", rows[2][1]);
            Assert.Equal("≥ 25 GFLOP/s", rows[2][2]);
            Assert.Contains("3 full-batch steps", rows[3][0]);
            Assert.Equal("≤ 3 s", rows[3][2]);
            Assert.All(rows[..4], r => Assert.Contains(r[3], new[] { "yes", "no" }));
            Assert.All(rows[4..], r =>
            {
                Assert.StartsWith("ML.NET", r[0]);
                Assert.Contains("test accuracy", r[1]);
                Assert.Equal(("—", "—"), (r[2], r[3]));
            });
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_debug_build_says_its_numbers_are_debug_numbers()
    {
        var stderr = new StringWriter();
        var settings = Tiny with { MlNetTrainExamples = 0 };
        Assert.Equal(0, BenchCommand.Run([], new StringWriter(), stderr, settings, dataFolder: null));
        Assert.Equal(!BenchRunner.IsOptimized, stderr.ToString().Contains("these are Debug numbers"));
    }

    [Fact]
    public void Unknown_options_are_refused_with_the_usage()
    {
        var stderr = new StringWriter();
        Assert.Equal(2, BenchCommand.Run(["--fast"], new StringWriter(), stderr, Tiny, dataFolder: null));
        Assert.Contains("unknown option --fast", stderr.ToString());
        Assert.Contains("usage: workshop bench", stderr.ToString());
        Assert.Equal(2, BenchCommand.Run(["--out"], new StringWriter(), new StringWriter(), Tiny, dataFolder: null));
    }

    static string[] Cells(string line) =>
        line.Trim().Trim('|').Split(" | ").Select(c => c.Trim()).ToArray();
}
