namespace Workshop.Charts.Tests;

public class DecisionBoundaryTests
{
    [Fact]
    public void DecisionBoundary_samples_the_model_on_the_grid_and_puts_the_points_on_top()
    {
        var chart = Charts.DecisionBoundary((a, b) => a + 10 * b, ScatterTests.Points, ScatterTests.Labels, resolution: 7);
        var traces = Figure.Traces(chart);
        Assert.Equal("contour", traces[0].GetProperty("type").GetString());
        var x = traces[0].GetProperty("x").Numbers();
        var y = traces[0].GetProperty("y").Numbers();
        var z = traces[0].GetProperty("z").Matrix();
        Assert.Equal(7, x.Length);
        Assert.Equal(7, z.Length);
        Assert.Equal(-0.1, x[0], 12);   // 10% margin around x in [0, 1]
        Assert.Equal(1.1, x[^1], 12);
        Assert.Equal(-0.2, y[0], 12);   // and around y in [0, 2]
        Assert.Equal(x[3] + 10 * y[5], z[5][3], 12);  // z[row = y][col = x]
        var threshold = traces[1].GetProperty("contours");
        Assert.Equal(0.5, threshold.GetProperty("start").GetDouble());
        Assert.Equal(["class 0", "class 1", "class 2"], traces.Skip(2).Select(t => t.Name()));
    }

    [Fact]
    public void DecisionRegions_colours_the_predicted_class()
    {
        var chart = Charts.DecisionRegions((a, b) => a > 0.5 ? 1 : b > 1 ? 2 : 0, ScatterTests.Points, ScatterTests.Labels, resolution: 5);
        var heat = Figure.Traces(chart)[0];
        Assert.Equal("heatmap", heat.GetProperty("type").GetString());
        var x = heat.GetProperty("x").Numbers();
        var y = heat.GetProperty("y").Numbers();
        var z = heat.GetProperty("z").Matrix();
        for (int r = 0; r < 5; r++)
            for (int c = 0; c < 5; c++)
                Assert.Equal(x[c] > 0.5 ? 1 : y[r] > 1 ? 2 : 0, z[r][c]);
        Assert.Equal(2.5, heat.GetProperty("zmax").GetDouble());
    }

    [Fact]
    public void DecisionBoundary_checks_the_resolution()
    {
        var e = Assert.Throws<ArgumentException>(() => Charts.DecisionBoundary((a, b) => 0, ScatterTests.Points, ScatterTests.Labels, resolution: 1));
        Assert.Contains("resolution", e.Message);
    }

    [Fact]
    public void Animation_has_one_slider_step_per_epoch_with_that_epochs_output()
    {
        BoundaryFrame[] frames = [new(1, (a, b) => a), new(10, (a, b) => b), new(20, (a, b) => a * b)];
        var chart = Charts.DecisionBoundaryAnimation(frames, ScatterTests.Points, ScatterTests.Labels, resolution: 4);
        var traces = Figure.Traces(chart);
        var x = traces[0].GetProperty("x").Numbers();
        var y = traces[0].GetProperty("y").Numbers();
        Assert.Equal(x[2] * y[1], traces[0].GetProperty("z").Matrix()[1][2], 12); // shows the last epoch first
        var slider = Figure.Layout(chart).GetProperty("sliders")[0];
        Assert.Equal(2, slider.GetProperty("active").GetInt32());
        var steps = slider.GetProperty("steps").EnumerateArray().ToArray();
        Assert.Equal(["1", "10", "20"], steps.Select(s => s.GetProperty("label").GetString()));
        var z2 = steps[2].GetProperty("args")[0].GetProperty("z")[0].Matrix();
        Assert.Equal(x[3] * y[1], z2[1][3], 12);
        Assert.Equal(0, steps[2].GetProperty("args")[1][0].GetInt32()); // restyles the contour trace
        Assert.Equal(y[1], steps[1].GetProperty("args")[0].GetProperty("z")[0].Matrix()[1][0], 12);
    }

    [Fact]
    public void Recorder_keeps_the_output_as_it_was_when_recorded()
    {
        double weight = 1;
        var recorder = new BoundaryRecorder(ScatterTests.Points, ScatterTests.Labels, resolution: 3);
        recorder.Record(1, (a, b) => weight * a);
        weight = 5;                               // training moves on
        recorder.Record(2, (a, b) => weight * a);
        var chart = recorder.Chart();
        var x = Figure.Traces(chart)[0].GetProperty("x").Numbers();
        var steps = Figure.Layout(chart).GetProperty("sliders")[0].GetProperty("steps");
        Assert.Equal(1 * x[2], steps[0].GetProperty("args")[0].GetProperty("z")[0].Matrix()[0][2], 12);
        Assert.Equal(5 * x[2], steps[1].GetProperty("args")[0].GetProperty("z")[0].Matrix()[0][2], 12);
        Assert.Throws<ArgumentException>(() => recorder.Record(2, (a, b) => 0));
    }
}
