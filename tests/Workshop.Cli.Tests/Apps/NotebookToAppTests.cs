using Workshop.Cli.Apps;

namespace Workshop.Cli.Tests.Apps;

/// <summary>How a notebook becomes a file-based app: each translation rule on a small notebook made in the test.</summary>
public class NotebookToAppTests
{
    const string Bootstrap = """
        // Workshop bootstrap: the same first cell in every notebook.
        #r "nuget: MathNet.Numerics, 5.0.0"
        #r "nuget: Plotly.NET, 6.0.0"
        #r "../lib/Workshop.DeepLearning/bin/Debug/net10.0/Workshop.DeepLearning.dll"
        #r "../lib/Workshop.Charts/bin/Debug/net10.0/Workshop.Charts.dll"
        using Microsoft.DotNet.Interactive.Formatting;
        using Workshop.DeepLearning;
        NotebookSetup.UseLoadedFSharpCore();   // the kernel's FSharp.Core
        NotebookSetup.Start();   // formatters
        Formatter.Register<Plotly.NET.GenericChart>(NotebookSetup.ChartHtml, "text/html");
        """;

    static string Convert(params string[] codeCells) =>
        NotebookToApp.Convert(codeCells.Select(c => new NotebookCell("code", c)).ToList(), "02-test", "../..");

    /// <summary>The code lines of the app, without comments and #: directives, for checks that should not see comments.</summary>
    static List<string> CodeLines(string app) =>
        app.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal) && !l.StartsWith("#:", StringComparison.Ordinal)).ToList();

    [Fact]
    public void Markdown_becomes_comments_in_notebook_order()
    {
        var app = NotebookToApp.Convert(
            [new("markdown", "# 02 · Perceptron\n\nOne *neuron*."), new("code", Bootstrap), new("markdown", "## Weighted sum"), new("code", "var z = 1.0;")],
            "02-perceptron", "../..");

        Assert.Contains("// # 02 · Perceptron\n//\n// One *neuron*.\n", app);
        Assert.True(app.IndexOf("// ## Weighted sum", StringComparison.Ordinal) < app.IndexOf("var z = 1.0;", StringComparison.Ordinal));
        Assert.True(app.IndexOf("// # 02", StringComparison.Ordinal) < app.IndexOf("// ## Weighted sum", StringComparison.Ordinal));
    }

    [Fact]
    public void Packages_keep_the_notebooks_pinned_versions_and_libraries_become_project_references()
    {
        var app = Convert(Bootstrap, "#r \"nuget: Microsoft.ML, 6.0.0\"\n#r \"../lib/Workshop.MLNet/bin/Debug/net10.0/Workshop.MLNet.dll\"\nvar ml = 1;");

        Assert.Contains("#:package MathNet.Numerics@5.0.0\n", app);
        Assert.Contains("#:package Plotly.NET@6.0.0\n", app);
        Assert.Contains("#:package Microsoft.ML@6.0.0\n", app);
        Assert.Contains("#:project ../../lib/Workshop.DeepLearning/Workshop.DeepLearning.csproj\n", app);
        Assert.Contains("#:project ../../lib/Workshop.Charts/Workshop.Charts.csproj\n", app);
        Assert.Contains("#:project ../../lib/Workshop.MLNet/Workshop.MLNet.csproj\n", app);
        Assert.DoesNotContain("#r ", app);
    }

    [Fact]
    public void The_library_path_is_relative_to_the_apps_folder()
    {
        var app = NotebookToApp.Convert([new("code", Bootstrap)], "00-setup", "..\\..\\..");
        Assert.Contains("#:project ../../../lib/Workshop.Charts/Workshop.Charts.csproj", app);
    }

    [Fact]
    public void A_package_without_a_version_is_refused_with_the_fix()
    {
        var e = Assert.Throws<AppConversionException>(() => Convert("#r \"nuget: Plotly.NET\""));
        Assert.Contains("cell 1 references the package Plotly.NET without a version", e.Message);
        Assert.Contains("#r \"nuget: Plotly.NET, x.y.z\"", e.Message);
    }

    [Fact]
    public void The_bootstraps_kernel_only_lines_are_dropped_and_its_usings_kept()
    {
        var code = CodeLines(Convert(Bootstrap, "var x = 1;"));

        Assert.DoesNotContain(code, l => l.Contains("Formatter", StringComparison.Ordinal));
        Assert.DoesNotContain(code, l => l.Contains("UseLoadedFSharpCore", StringComparison.Ordinal));
        Assert.DoesNotContain(code, l => l.Contains("NotebookSetup.Start", StringComparison.Ordinal));
        Assert.DoesNotContain(code, l => l.Contains("Microsoft.DotNet.Interactive", StringComparison.Ordinal));
        Assert.Contains("using Workshop.DeepLearning;", code);
        Assert.Contains("using Workshop.Charts.Apps;", code);
        Assert.Equal("AppOutput.Start();", code.First(l => !l.StartsWith("using ", StringComparison.Ordinal)).Split("//")[0].Trim());
    }

    [Fact]
    public void A_cells_last_expression_is_shown_with_its_cell_number()
    {
        var app = Convert(Bootstrap, "var xs = new[] { 1, 2 };\nxs.Sum()");
        Assert.Contains("AppOutput.Show(xs.Sum(), \"cell 2\");", app);
    }

    [Fact]
    public void A_last_expression_may_start_with_new_or_await()
    {
        var app = Convert("{ Console.WriteLine(1); }\nnew[] { 1, 2 }", "await Task.FromResult(3)");
        Assert.Contains("AppOutput.Show(new[] { 1, 2 }, \"cell 1\");", app);
        Assert.Contains("AppOutput.Show(await Task.FromResult(3), \"cell 2\");", app);
    }

    [Fact]
    public void A_cell_that_ends_with_a_statement_shows_nothing()
    {
        var app = Convert("var n = 3;\nConsole.WriteLine(n);", "if (n > 2)\n{\n    Console.WriteLine(\"big\");\n}", "for (var i = 0; i < n; i++) Console.WriteLine(i);");
        Assert.DoesNotContain("AppOutput.Show", app);
    }

    [Fact]
    public void Display_calls_become_show_and_keep_their_handle()
    {
        var app = Convert("var shown = display(\"training…\");\nshown.Update(\"done\");\nthing.display(1);");
        Assert.Contains("var shown = AppOutput.Show(\"training…\");", app);
        Assert.Contains("thing.display(1);", app);   // a method of something else is left alone
    }

    [Fact]
    public void Using_directives_move_to_the_top_and_types_after_the_statements()
    {
        var app = Convert("var p = new Point(1, 2);\np", "using System.Text;\nrecord Point(double X, double Y);\nvar text = new StringBuilder();\ntext.Append(p);");
        var code = CodeLines(app);

        var firstStatement = code.FindIndex(l => l.StartsWith("var p", StringComparison.Ordinal));
        Assert.True(code.IndexOf("using System.Text;") is >= 0 and var u && u < firstStatement, "using must come before the first statement");
        Assert.Equal("record Point(double X, double Y);", code[^1]);
        Assert.Single(code, l => l.Contains("record Point", StringComparison.Ordinal));
    }

    [Fact]
    public void A_using_declaration_is_a_statement_not_a_directive()
    {
        var code = CodeLines(Convert("using var stream = new MemoryStream();\nstream.WriteByte(1);", "stream.Length"));
        Assert.Equal("using var stream = new MemoryStream();", code.Single(l => l.Contains("MemoryStream", StringComparison.Ordinal)));
        Assert.True(code.FindIndex(l => l.StartsWith("using var", StringComparison.Ordinal)) > code.FindIndex(l => l.StartsWith("using Workshop", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_cell_whose_names_no_later_cell_uses_becomes_a_block()
    {
        var app = Convert("var answer = Check(1);\nanswer", "var answer = 2;\nanswer * 2");
        var code = CodeLines(app);

        // Both cells declare `answer`, neither is used later: two blocks, no rename needed.
        Assert.Equal(2, code.Count(l => l == "{"));
        Assert.DoesNotContain("answer_", app);
    }

    [Fact]
    public void A_name_declared_again_at_the_top_level_is_renamed_from_there_on()
    {
        var app = Convert(
            "var model = 1;\nvar data = 5;",
            "Console.WriteLine(model + data);",
            "var model = 2;  // a bigger model",
            "Console.WriteLine($\"model {model:F1}\");\nmodel");
        var code = CodeLines(app);

        Assert.Contains("var model = 1;", code);
        Assert.Contains("Console.WriteLine(model + data);", code);
        Assert.Contains("var model_3 = 2;  // a bigger model", code);
        Assert.Contains("Console.WriteLine($\"model {model_3:F1}\");", code);
        Assert.Contains("AppOutput.Show(model_3, \"cell 4\");", code);
    }

    [Fact]
    public void A_loop_variable_that_reuses_a_top_level_name_is_renamed_within_the_loop()
    {
        var app = Convert(
            "var x = 3.0;\nvar xs = new[] { 1.0, 2.0 };",
            "foreach (var x in xs) Console.WriteLine(x);\nConsole.WriteLine(x);",
            "x");
        var code = CodeLines(app);

        Assert.Contains("foreach (var x_2 in xs) Console.WriteLine(x_2);", code);
        Assert.Contains("Console.WriteLine(x);", code);
    }

    [Fact]
    public void Members_and_named_arguments_with_a_renamed_name_are_left_alone()
    {
        var app = Convert("var size = 1;\nvar p = new { size = 2 };", "var size = 3;\nConsole.WriteLine(p.size + size);\nvar c = Make(size: size);", "c");
        Assert.Contains("Console.WriteLine(p.size + size_2);", app);
        Assert.Contains("var c = Make(size: size_2);", app);
    }

    [Fact]
    public void Several_declarators_in_one_statement_are_all_declared()
    {
        var app = Convert("double w0 = 0.1, w1 = Math.Max(1, 2), w2;\nw2 = 3;", "double w1 = 5;", "w0 + w1 + w2");
        Assert.Contains("double w1_2 = 5;", app);
        Assert.Contains("AppOutput.Show(w0 + w1_2 + w2, \"cell 3\");", app);
    }

    [Fact]
    public void Local_functions_are_declarations_and_calls_are_not()
    {
        var app = Convert("double Square(double v) => v * v;", "Console.WriteLine(Square(3));", "double Square(double v) { return v * v * 1.0; }", "Square(2)");
        Assert.Contains("double Square_3(double v) { return v * v * 1.0; }", app);
        Assert.Contains("AppOutput.Show(Square_3(2), \"cell 4\");", app);
        Assert.Contains("Console.WriteLine(Square(3));", app);
    }

    [Fact]
    public void Text_in_strings_and_comments_is_never_treated_as_code()
    {
        var app = Convert(
            "var x = 1;\nvar y = 2;",
            "var x = 5; // x is five; display(x) would show it\nConsole.WriteLine(\"x = display(x)\");\nConsole.WriteLine(@\"a \"\"quoted\"\" x\");\nConsole.WriteLine(\"\"\"\n    raw x {x}\n    \"\"\");",
            "x + y");
        Assert.Contains("var x_2 = 5; // x is five; display(x) would show it", app);
        Assert.Contains("Console.WriteLine(\"x = display(x)\");", app);
        Assert.Contains("Console.WriteLine(@\"a \"\"quoted\"\" x\");", app);
        Assert.Contains("raw x {x}", app);
        Assert.Contains("AppOutput.Show(x_2 + y, \"cell 3\");", app);
    }

    [Fact]
    public void Reading_cells_accepts_source_as_lines_or_one_string_and_refuses_what_is_not_a_notebook()
    {
        var cells = NotebookToApp.ReadCells("""{"cells":[{"cell_type":"code","source":["var a = 1;\n","a"]},{"cell_type":"markdown","source":"# Title"}]}""");
        Assert.Equal([new NotebookCell("code", "var a = 1;\na"), new NotebookCell("markdown", "# Title")], cells);
        Assert.Throws<AppConversionException>(() => NotebookToApp.ReadCells("""{"metadata":{}}"""));
    }
}
