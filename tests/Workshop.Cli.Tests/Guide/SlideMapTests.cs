using Workshop.Cli.Tests.Editions;

namespace Workshop.Cli.Tests.Guide;

public class SlideMapTests
{
    /// <summary>
    /// The real guide against the real notebooks. Strict on purpose: a notebook renamed or a heading reworded breaks the
    /// instructor's map, and this says which row to fix.
    /// </summary>
    [Fact]
    public void Every_slide_maps_to_an_existing_notebook_section()
    {
        var problems = SlideMap.Problems(TestFolders.RepoRoot());
        Assert.True(problems.Count == 0, "The instructor guide's slide map is out of date:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void The_slide_list_in_the_repository_has_S01_to_S30()
    {
        var ids = SlideMap.SlideIds(File.ReadAllText(Path.Combine(TestFolders.RepoRoot(), "docs", "slides.md")));
        Assert.Equal(Enumerable.Range(1, 30).Select(i => $"S{i:00}"), ids);
    }

    const string Slides = "| id | slide |\n|---|---|\n| S01 | Title |\n| S02 | Why |\n| S03 | How |\n";

    static IReadOnlyList<string> Check(TempFolder temp, string map)
    {
        Directory.CreateDirectory(temp.Combine("docs"));
        Directory.CreateDirectory(temp.Combine("notebooks"));
        File.WriteAllText(temp.Combine("docs", "slides.md"), Slides);
        File.WriteAllText(temp.Combine("docs", "instructor-guide.md"), "# Guide\n\n## Slide map\n\n| Slide | Title | Notebook | Section |\n|---|---|---|---|\n" + map + "\n## Timings\n| S03 | not | part.ipynb | ## of the map |\n");
        File.WriteAllText(temp.Combine("notebooks", "01-why.ipynb"),
            """{"cells":[{"cell_type":"markdown","metadata":{},"source":["# 01 · Why\n","\n","## Why now\n"]},{"cell_type":"code","metadata":{},"source":["// ## Not a heading"],"outputs":[],"execution_count":null}]}""");
        return SlideMap.Problems(temp.Path);
    }

    [Fact]
    public void A_complete_map_has_no_problems()
    {
        using var temp = new TempFolder();
        Assert.Empty(Check(temp, "| S01 | Title | 01-why.ipynb | # 01 · Why |\n| S02 | Why | 01-why.ipynb | ## Why now |\n| S03 | How | 01-why.ipynb | ## Why now |\n"));
    }

    [Fact]
    public void A_slide_without_a_row_is_named()
    {
        using var temp = new TempFolder();
        var problems = Check(temp, "| S01 | Title | 01-why.ipynb | # 01 · Why |\n| S02 | Why | 01-why.ipynb | ## Why now |\n");
        Assert.Equal(["S03 has no row in the guide's slide map"], problems);
    }

    [Fact]
    public void A_missing_notebook_a_missing_heading_and_a_malformed_row_are_named()
    {
        using var temp = new TempFolder();
        var problems = Check(temp,
            "| S01 | Title | 00-setup.ipynb | # Set-up |\n| S02 | Why | 01-why.ipynb | ## Not a heading |\n| S03 | How | 01-why.ipynb | Why now |\n");
        Assert.Contains("guide line 7: S01 points at notebooks/00-setup.ipynb, which does not exist", problems);
        Assert.Contains("guide line 8: S02 points at \"## Not a heading\", which is not a heading in 01-why.ipynb", problems);
        Assert.Contains(problems, p => p.StartsWith("guide line 9 is not in the form"));
        Assert.Contains("S03 has no row in the guide's slide map", problems);
    }
}
