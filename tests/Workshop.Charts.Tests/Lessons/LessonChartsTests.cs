namespace Workshop.Charts.Tests.Lessons;

public class LessonChartsTests
{
    [Fact]
    public void Bars_draws_one_bar_trace_per_series_over_the_categories_with_a_log_axis()
    {
        var chart = Charts.Bars("Gradient per layer", ["layer 1", "layer 2"], true, ("sigmoid", [1e-4, 1e-2]), ("relu", [0.1, 0.2]));
        var traces = Figure.Traces(chart);
        Assert.Equal(["sigmoid", "relu"], traces.Select(t => t.Name()));
        Assert.Equal(["layer 1", "layer 2"], traces[0].GetProperty("x").Strings());
        Assert.Equal([1e-4, 1e-2], traces[0].GetProperty("y").Numbers());
        Assert.Equal("log", Figure.Layout(chart).GetProperty("yaxis").GetProperty("type").GetString());
        Assert.Throws<ArgumentException>(() => Charts.Bars("t", ["a"], false, ("s", [1.0, 2.0])));
        Assert.Throws<ArgumentException>(() => Charts.Bars("t", ["a"], true, ("s", [0.0])));
    }

    [Fact]
    public void Curves_puts_every_series_over_steps_from_one()
    {
        var chart = Charts.Curves("Loss", "step", "J", false, ("a", [3.0, 2, 1]), ("b", [5.0, 4]));
        var traces = Figure.Traces(chart);
        Assert.Equal([1.0, 2, 3], traces[0].GetProperty("x").Numbers());
        Assert.Equal([1.0, 2], traces[1].GetProperty("x").Numbers());
        Assert.Equal([5.0, 4], traces[1].GetProperty("y").Numbers());
    }

    [Fact]
    public void RegressionFit_draws_the_points_and_each_curve_over_their_range()
    {
        var chart = Charts.RegressionFit([0.0, 1, 2], [1.0, 3, 5], ("2x + 1", x => 2 * x + 1));
        var traces = Figure.Traces(chart);
        Assert.Equal(["data", "2x + 1"], traces.Select(t => t.Name()));
        var x = traces[1].GetProperty("x").Numbers();
        Assert.Equal(0, x[0]);
        Assert.Equal(2, x[^1]);
        Assert.Equal(5, traces[1].GetProperty("y").Numbers()[^1], 12);
        Assert.Throws<ArgumentException>(() => Charts.RegressionFit([0.0, 1], [1.0]));
    }
}
