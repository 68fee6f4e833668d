using Workshop.Cli;

namespace Workshop.Cli.Tests;

/// <summary>Doctor's checks on a small fake kit in a temporary folder, so nothing on the machine is touched.</summary>
public sealed class DoctorTests : IDisposable
{
    readonly DirectoryInfo kit = Directory.CreateTempSubdirectory("workshop-kit-");
    readonly DirectoryInfo cache = Directory.CreateTempSubdirectory("workshop-nuget-");

    public DoctorTests()
    {
        File.WriteAllText(Path.Combine(kit.FullName, "Directory.Packages.props"), """
            <Project><ItemGroup>
              <PackageVersion Include="MathNet.Numerics" Version="5.0.0" />
              <PackageVersion Include="Plotly.NET" Version="6.0.0" />
              <PackageVersion Include="Unused.Package" Version="1.0.0" />
            </ItemGroup></Project>
            """);
        Directory.CreateDirectory(Path.Combine(kit.FullName, "lib", "A"));
        File.WriteAllText(Path.Combine(kit.FullName, "lib", "A", "A.csproj"),
            """<Project><ItemGroup><PackageReference Include="MathNet.Numerics" /></ItemGroup></Project>""");
        Directory.CreateDirectory(Path.Combine(kit.FullName, "notebooks"));
        File.WriteAllText(Path.Combine(kit.FullName, "notebooks", "bootstrap.csx"), "#r \"nuget: Plotly.NET, 6.0.0\"\n");
    }

    public void Dispose()
    {
        kit.Delete(recursive: true);
        cache.Delete(recursive: true);
    }

    [Fact]
    public void Reads_the_pinned_versions()
    {
        var pinned = DoctorVerb.PinnedVersions(kit.FullName);
        Assert.Equal("5.0.0", pinned["mathnet.numerics"]);
        Assert.Equal(3, pinned.Count);
    }

    [Fact]
    public void Finds_packages_used_by_projects_and_notebooks()
    {
        var used = DoctorVerb.UsedPackages(kit.FullName);
        Assert.Equal(["MathNet.Numerics", "Plotly.NET"], used.Order());
    }

    [Fact]
    public void Missing_packages_fail_with_the_restore_command()
    {
        Directory.CreateDirectory(Path.Combine(cache.FullName, "mathnet.numerics", "5.0.0"));
        var check = Assert.Single(DoctorVerb.PackageChecks(kit.FullName, cache.FullName));
        Assert.False(check.Ok);
        Assert.Contains("Plotly.NET 6.0.0", check.Detail);
        Assert.DoesNotContain("MathNet", check.Detail);
        Assert.DoesNotContain("Unused.Package", check.Detail);
        Assert.StartsWith("dotnet restore", check.Fix);
    }

    [Fact]
    public void All_packages_cached_passes()
    {
        Directory.CreateDirectory(Path.Combine(cache.FullName, "mathnet.numerics", "5.0.0"));
        Directory.CreateDirectory(Path.Combine(cache.FullName, "plotly.net", "6.0.0"));
        Assert.True(Assert.Single(DoctorVerb.PackageChecks(kit.FullName, cache.FullName)).Ok);
    }

    [Fact]
    public void The_report_shows_each_failure_with_its_fix_and_says_not_ready()
    {
        var report = DoctorVerb.Format([
            new DoctorCheck(".NET SDK", true, "10.0.401"),
            new DoctorCheck("kernel tool", false, "not restored", "dotnet tool restore"),
            new DoctorCheck("Jupyter", true, "not installed", Optional: true),
        ]);
        Assert.Contains("FAIL  kernel tool", report);
        Assert.Contains("fix: dotnet tool restore", report);
        Assert.EndsWith("Not ready: 1 problem(s); run the fix command(s) above, then `workshop doctor` again.", report);
        Assert.EndsWith("Ready for the workshop.", DoctorVerb.Format([new DoctorCheck(".NET SDK", true, "10.0.401")]));
    }

    [Fact]
    public void Recognises_the_net_csharp_kernelspec()
    {
        Assert.True(DoctorVerb.KernelspecListed("Available kernels:\n  .net-csharp     /root/.local/share/jupyter/kernels/.net-csharp\n  python3  /usr/share/jupyter/kernels/python3\n"));
        Assert.False(DoctorVerb.KernelspecListed("Available kernels:\n  .net-fsharp  /x\n  python3  /y\n"));
    }

    [Fact]
    public void The_sdk_wanted_comes_from_global_json()
    {
        File.WriteAllText(Path.Combine(kit.FullName, "global.json"), """{ "sdk": { "version": "10.0.100" } }""");
        Assert.Equal(new Version(10, 0, 100), DoctorVerb.WantedSdk(kit.FullName));
    }
}
