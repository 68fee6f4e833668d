using Workshop.Cli.Apps;

namespace Workshop.Cli.Tests.Apps;

public class AppExporterTests
{
    [Fact]
    public void Each_notebook_becomes_an_app_named_after_it_that_finds_the_library_from_the_output_folder()
    {
        var kit = Directory.CreateTempSubdirectory("workshop-apps-");
        try
        {
            var notebook = Path.Combine(kit.FullName, "notebooks", "03-neuron.ipynb");
            Directory.CreateDirectory(Path.GetDirectoryName(notebook)!);
            File.WriteAllText(notebook, """{"cells":[{"cell_type":"code","source":["#r \"../lib/Workshop.Charts/bin/Debug/net10.0/Workshop.Charts.dll\"\n","1 + 1"]}]}""");

            var written = AppExporter.Export([notebook], Path.Combine(kit.FullName, "out", "lessons", "apps"), kit.FullName);

            var app = Assert.Single(written);
            Assert.Equal(Path.Combine(kit.FullName, "out", "lessons", "apps", "03-neuron.cs"), app);
            var code = File.ReadAllText(app);
            Assert.Contains("#:project ../../../lib/Workshop.Charts/Workshop.Charts.csproj", code);
            Assert.Contains("AppOutput.Show(1 + 1, \"cell 1\");", code);
        }
        finally
        {
            kit.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_broken_notebook_is_named_in_a_one_line_error()
    {
        var folder = Directory.CreateTempSubdirectory("workshop-apps-");
        try
        {
            var notebook = Path.Combine(folder.FullName, "04-broken.ipynb");
            File.WriteAllText(notebook, "{ not json");
            var e = Assert.Throws<AppConversionException>(() => AppExporter.Export([notebook], folder.FullName, folder.FullName));
            Assert.StartsWith("04-broken.ipynb is not valid JSON", e.Message);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Unknown_options_are_refused_with_the_usage()
    {
        var stderr = new StringWriter();
        Assert.Equal(2, AppExporter.Run(["--apps", "--fast"], TextWriter.Null, stderr));
        Assert.Contains("unknown option --fast", stderr.ToString());
        Assert.Contains(AppExporter.Usage, stderr.ToString());
    }
}
