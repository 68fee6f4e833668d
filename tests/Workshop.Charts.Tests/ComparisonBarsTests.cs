namespace Workshop.Charts.Tests;

public class ComparisonBarsTests
{
    [Fact]
    public void Bars_draw_one_grouped_trace_per_series_with_its_values()
    {
        var chart = Charts.Bars(["our MLP", "ML.NET LightGBM"], [("digits", [0.96, 0.97]), ("fashion", [0.86, 0.84])], "Test accuracy", "accuracy");

        var traces = Figure.Traces(chart);
        Assert.Equal(2, traces.Length);
        Assert.Equal("bar", traces[0].GetProperty("type").GetString());
        Assert.Equal("fashion", traces[1].Name());
        Assert.Equal([0.86, 0.84], traces[1].GetProperty("y").Numbers());
        Assert.Equal(["our MLP", "ML.NET LightGBM"], traces[0].GetProperty("x").Strings());
        Assert.Equal("group", Figure.Layout(chart).GetProperty("barmode").GetString());
        Assert.Equal("linear", Figure.Layout(chart).GetProperty("yaxis").GetProperty("type").GetString());
    }

    [Fact]
    public void Times_can_use_a_log_axis()
    {
        var chart = Charts.Bars(["a"], [("fit", [0.01])], logScale: true);

        Assert.Equal("log", Figure.Layout(chart).GetProperty("yaxis").GetProperty("type").GetString());
    }

    [Fact]
    public void A_series_with_the_wrong_number_of_values_is_named()
    {
        var e = Assert.Throws<ArgumentException>(() => Charts.Bars(["a", "b"], [("digits", [1.0])]));
        Assert.Contains("'digits' has 1 values for 2 categories", e.Message);
    }
}
