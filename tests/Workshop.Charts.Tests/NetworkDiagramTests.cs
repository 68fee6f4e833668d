namespace Workshop.Charts.Tests;

public class NetworkDiagramTests
{
    [Fact]
    public void NetworkDiagram_draws_every_weight_with_sign_colour_and_magnitude_width()
    {
        double[,] w1 = { { 1.0, -2.0, 0.5 }, { -0.5, 0.0, 4.0 } };   // 2 inputs → 3 hidden
        double[,] w2 = { { 1.0 }, { -1.0 }, { 2.0 } };                // 3 hidden → 1 output
        var chart = Charts.NetworkDiagram([w1, w2]);
        var traces = Figure.Traces(chart);
        Assert.Equal(["input (2)", "hidden 1 (3)", "output (1)"], traces.Select(t => t.Name()));
        Assert.Equal([0.5, -0.5], traces[0].GetProperty("y").Numbers());
        var shapes = Figure.Layout(chart).GetProperty("shapes").EnumerateArray().ToArray();
        Assert.Equal(6 + 3, shapes.Length);
        // Edge input 0 → hidden 1 has w = −2: red, width 0.5 + 4.5·2/4.
        var edge = shapes[1];
        Assert.Equal(0.5, edge.GetProperty("y0").GetDouble());
        Assert.Equal(0.0, edge.GetProperty("y1").GetDouble());
        Assert.Equal(Palette.Negative, edge.GetProperty("line").GetProperty("color").GetString());
        Assert.Equal(2.75, edge.GetProperty("line").GetProperty("width").GetDouble(), 12);
        Assert.Equal(5.0, shapes[5].GetProperty("line").GetProperty("width").GetDouble(), 12); // the largest |w| = 4
        Assert.Equal(Palette.Positive, shapes[5].GetProperty("line").GetProperty("color").GetString());
    }

    [Fact]
    public void NetworkDiagram_shows_the_first_neurons_of_a_wide_layer_and_counts_the_rest()
    {
        var chart = Charts.NetworkDiagram([new double[784, 16], new double[16, 10]], maxNeuronsPerLayer: 8);
        var traces = Figure.Traces(chart);
        Assert.Equal(8, traces[0].GetProperty("y").Numbers().Length);
        Assert.Equal(8 * 8 + 8 * 8, Figure.Layout(chart).GetProperty("shapes").GetArrayLength());
        var notes = Figure.Layout(chart).GetProperty("annotations").EnumerateArray().Select(a => a.GetProperty("text").GetString());
        Assert.Equal(["+776 more", "+8 more", "+2 more"], notes);
    }

    [Fact]
    public void NetworkDiagram_says_which_layers_do_not_fit_together()
    {
        var e = Assert.Throws<ArgumentException>(() => Charts.NetworkDiagram([new double[2, 3], new double[4, 1]]));
        Assert.Contains("Layer 2 has 4 inputs but layer 1 has 3 outputs", e.Message);
    }
}
