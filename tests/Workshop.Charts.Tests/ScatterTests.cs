namespace Workshop.Charts.Tests;

public class ScatterTests
{
    internal static readonly double[][] Points = [[0, 0], [1, 0], [0, 1], [1, 1], [0.5, 2]];
    internal static readonly int[] Labels = [0, 1, 1, 0, 2];

    [Fact]
    public void Scatter_draws_one_trace_per_class_in_the_class_colours()
    {
        var traces = Figure.Traces(Charts.Scatter(Points, Labels));
        Assert.Equal(["class 0", "class 1", "class 2"], traces.Select(t => t.Name()));
        Assert.Equal([0.0, 1], traces[0].GetProperty("x").Numbers());
        Assert.Equal([0.0, 1], traces[0].GetProperty("y").Numbers());
        Assert.Equal([1.0, 0], traces[1].GetProperty("x").Numbers());
        Assert.Equal("#d62728", traces[0].GetProperty("marker").GetProperty("color").GetString()); // the talk's red
        Assert.Equal("#2ca02c", traces[1].GetProperty("marker").GetProperty("color").GetString()); // and green
        Assert.Equal(Palette.Class(2), traces[2].GetProperty("marker").GetProperty("color").GetString());
    }

    [Fact]
    public void Scatter_says_what_is_wrong_with_the_data()
    {
        var e = Assert.Throws<ArgumentException>(() => Charts.Scatter(Points, [0, 1]));
        Assert.Contains("5 points but 2 labels", e.Message);
        e = Assert.Throws<ArgumentException>(() => Charts.Scatter([[1, 2, 3]], [0]));
        Assert.Contains("3 features", e.Message);
    }
}
