namespace Workshop.Charts.Tests;

public class LossLandscapeTests
{
    // A bowl with its minimum at (1, −2); steeper along w1.
    private static double Bowl(double w0, double w1) => (w0 - 1) * (w0 - 1) + 4 * (w1 + 2) * (w1 + 2);

    [Fact]
    public void Follow_takes_gradient_steps_towards_the_minimum()
    {
        var path = DescentPath.Follow(Bowl, 3, 0, learningRate: 0.1, steps: 50);
        Assert.Equal("η = 0.1", path.Label);
        Assert.Equal(51, path.Points.Count);
        // One step by hand: ∂J/∂w0 = 2(3−1) = 4, ∂J/∂w1 = 8(0+2) = 16.
        Assert.Equal(3 - 0.1 * 4, path.Points[1].W0, 6);
        Assert.Equal(0 - 0.1 * 16, path.Points[1].W1, 6);
        Assert.Equal(1, path.Points[^1].W0, 3);
        Assert.Equal(-2, path.Points[^1].W1, 3);
    }

    [Fact]
    public void Follow_stops_a_diverging_run_at_its_last_finite_point()
    {
        var path = DescentPath.Follow((a, b) => Math.Exp(a * a), 1, 0, learningRate: 10, steps: 100);
        Assert.True(path.Points.Count < 101);
        Assert.All(path.Points, p => Assert.True(double.IsFinite(p.W0)));
    }

    [Fact]
    public void LossLandscape_has_a_surface_a_contour_and_each_path_on_both()
    {
        var slow = DescentPath.Follow(Bowl, 3, 0, 0.01, 10);
        var fast = DescentPath.Follow(Bowl, 3, 0, 0.2, 10);
        var traces = Figure.Traces(Charts.LossLandscape(Bowl, (-1, 3), (-4, 1), slow, fast));
        Assert.Equal(["surface", "scatter3d", "scatter3d", "contour", "scatter", "scatter"], traces.Select(t => t.GetProperty("type").GetString()));
        var x = traces[0].GetProperty("x").Numbers();
        var y = traces[0].GetProperty("y").Numbers();
        Assert.Equal(-1, x[0]);
        Assert.Equal(1, y[^1]);
        Assert.Equal(Bowl(x[7], y[11]), traces[0].GetProperty("z").Matrix()[11][7], 12);
        var path3d = traces[2];
        Assert.Equal(Bowl(fast.Points[3].W0, fast.Points[3].W1), path3d.GetProperty("z").Numbers()[3], 12);
        Assert.Equal(fast.Points.Select(p => p.W1), traces[5].GetProperty("y").Numbers());
    }

    [Fact]
    public void DescentComparison_puts_each_learning_rate_in_its_own_subplot()
    {
        var chart = Charts.DescentComparison(Bowl, (-1, 3), (-4, 1), DescentPath.Follow(Bowl, 3, 0, 0.01, 5), DescentPath.Follow(Bowl, 3, 0, 0.1, 5), DescentPath.Follow(Bowl, 3, 0, 0.24, 5));
        var traces = Figure.Traces(chart);
        Assert.Equal(6, traces.Length);
        Assert.Equal(["x", "x", "x2", "x2", "x3", "x3"], traces.Select(t => t.GetProperty("xaxis").GetString()));
        Assert.Equal(["η = 0.01", "η = 0.1", "η = 0.24"], Figure.Layout(chart).GetProperty("annotations").EnumerateArray().Select(a => a.GetProperty("text").GetString()));
    }

    [Fact]
    public void LossSurface_and_LossContour_draw_the_same_grid()
    {
        var surface = Figure.Traces(Charts.LossSurface(Bowl, (0, 2), (-3, -1)))[0].GetProperty("z").Matrix();
        var contour = Figure.Traces(Charts.LossContour(Bowl, (0, 2), (-3, -1)))[0].GetProperty("z").Matrix();
        Assert.Equal(surface, contour);
        Assert.Equal(0, surface.SelectMany(r => r).Min(), 1);
    }
}
