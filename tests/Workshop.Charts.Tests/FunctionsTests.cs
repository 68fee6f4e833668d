namespace Workshop.Charts.Tests;

public class FunctionsTests
{
    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    [Fact]
    public void Functions_draws_one_line_per_function_with_its_values()
    {
        var chart = Charts.Functions(-2, 2, 5, ("square", x => x * x), ("tanh", Math.Tanh));
        var traces = Figure.Traces(chart);
        Assert.Equal(["square", "tanh"], traces.Select(t => t.Name()));
        Assert.Equal([-2.0, -1, 0, 1, 2], traces[0].GetProperty("x").Numbers());
        Assert.Equal([4.0, 1, 0, 1, 4], traces[0].GetProperty("y").Numbers());
        Assert.Equal(Math.Tanh(1), traces[1].GetProperty("y").Numbers()[3], 12);
    }

    [Fact]
    public void Activation_draws_the_function_and_its_dashed_derivative()
    {
        var chart = Charts.Activation("sigmoid", Sigmoid, z => Sigmoid(z) * (1 - Sigmoid(z)));
        var traces = Figure.Traces(chart);
        Assert.Equal(["sigmoid", "sigmoid′"], traces.Select(t => t.Name()));
        var x = traces[1].GetProperty("x").Numbers();
        int zero = Array.IndexOf(x, 0.0);
        Assert.True(zero >= 0);
        Assert.Equal(0.5, traces[0].GetProperty("y").Numbers()[zero], 12);
        Assert.Equal(0.25, traces[1].GetProperty("y").Numbers()[zero], 12);
        Assert.Equal("dash", traces[1].GetProperty("line").GetProperty("dash").GetString());
    }

    [Fact]
    public void Activations_puts_each_pair_in_its_own_subplot()
    {
        var chart = Charts.Activations(-3, 3, ("sigmoid", Sigmoid, z => Sigmoid(z) * (1 - Sigmoid(z))), ("relu", z => Math.Max(0, z), z => z > 0 ? 1 : 0));
        var traces = Figure.Traces(chart);
        Assert.Equal(["x", "x", "x2", "x2"], traces.Select(t => t.GetProperty("xaxis").GetString()));
        Assert.Equal(3.0, traces[2].GetProperty("y").Numbers()[^1], 12);
        Assert.Equal(2, Figure.Layout(chart).GetProperty("grid").GetProperty("columns").GetInt32());
    }

    [Fact]
    public void Functions_reject_non_finite_values_and_empty_ranges()
    {
        var e = Assert.Throws<ArgumentException>(() => Charts.Functions(-1, 1, ("log", Math.Log)));
        Assert.Contains("log", e.Message);
        Assert.Throws<ArgumentException>(() => Charts.Functions(1, 1, ("x", x => x)));
    }
}
