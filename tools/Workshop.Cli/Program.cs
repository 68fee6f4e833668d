// The `workshop` command: one verb per file, dispatched by name. Add a verb by adding a line to Verbs.
using Workshop.Cli;
using Workshop.Cli.Commands;

return await WorkshopCommand.RunAsync(args, Console.Out, Console.Error);

namespace Workshop.Cli
{
    /// <summary>The verb dispatcher, callable from tests with captured output.</summary>
    public static class WorkshopCommand
    {
        /// <summary>Every verb by name: its one-line description and what runs it.</summary>
        public static readonly IReadOnlyDictionary<string, (string Summary, Func<string[], TextWriter, TextWriter, Task<int>> Run)> Verbs =
            new Dictionary<string, (string, Func<string[], TextWriter, TextWriter, Task<int>>)>
            {
                ["run"] = ("execute notebooks in the pinned kernel and write executed copies to artifacts/notebooks/", RunVerb.Run),
                ["doctor"] = ("check that this machine is ready for the workshop and say how to fix what is not", DoctorVerb.Run),
                ["student"] = (StudentCommand.Summary, (a, o, e) => Task.FromResult(StudentCommand.Run(a, o, e))),
                ["export"] = (ExportCommand.Summary, (a, o, e) => Task.FromResult(ExportCommand.Run(a, o, e))),
                ["bench"] = (BenchCommand.Summary, BenchCommand.Run),
            };

        /// <summary>Adapts a synchronous verb (<c>int Run(args, stdout, stderr)</c>) to the table above.</summary>
        public static Func<string[], TextWriter, TextWriter, Task<int>> Sync(Func<string[], TextWriter, TextWriter, int> run) =>
            (args, stdout, stderr) => Task.FromResult(run(args, stdout, stderr));

        public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
        {
            if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
            {
                stderr.WriteLine(Usage());
                return args.Length == 0 ? 2 : 0;
            }
            if (!Verbs.TryGetValue(args[0], out var verb))
            {
                stderr.WriteLine($"workshop: unknown verb '{args[0]}'.");
                stderr.WriteLine(Usage());
                return 2;
            }
            try
            {
                return await verb.Run(args[1..], stdout, stderr);
            }
            catch (UserError e)
            {
                // Mistakes a user can make get one line, not a stack trace.
                stderr.WriteLine($"workshop {args[0]}: {e.Message}");
                return 2;
            }
        }

        public static string Usage() =>
            "usage: workshop <verb> [options]\n" +
            string.Join("\n", Verbs.Select(v => $"  {v.Key,-8} {v.Value.Summary}"));
    }
}
