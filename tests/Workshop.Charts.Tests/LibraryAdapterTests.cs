using Workshop.DeepLearning;

namespace Workshop.Charts.Tests;

public class LibraryAdapterTests
{
    [Fact]
    public void ComputationGraph_of_a_Value_shows_each_node_after_backward()
    {
        var a = new Value(2, "a");
        var b = new Value(-3, "b");
        var c = new Value(10, "c");
        var e = a * b;
        e.Label = "e";
        var loss = e + c;
        loss.Label = "L";
        loss.Backward();
        var trace = Figure.Traces(Charts.ComputationGraph(loss))[0];
        var text = trace.GetProperty("text").Strings();
        Assert.Equal(5, text.Length);
        Assert.Contains("<b>a</b><br>data 2<br>grad -3", text);
        Assert.Contains("<b>e = *</b><br>data -6<br>grad 1", text);
        int root = Array.IndexOf(text, "<b>L = +</b><br>data 4<br>grad 1");
        Assert.Equal(2.0, trace.GetProperty("x").Numbers()[root]);  // a, b → e → L
    }

    [Fact]
    public void NetworkDiagram_of_an_Mlp_reads_weights_as_inputs_by_outputs()
    {
        var mlp = new Mlp(2, [3, 1], new Random(1));
        var weights = Charts.Weights(mlp);
        Assert.Equal(2, weights[0].GetLength(0));
        Assert.Equal(3, weights[0].GetLength(1));
        Assert.Equal(mlp.Layers[0].Neurons[2].Weights[1].Data, weights[0][1, 2]);
        var shapes = Figure.Layout(Charts.NetworkDiagram(mlp)).GetProperty("shapes");
        Assert.Equal(2 * 3 + 3 * 1, shapes.GetArrayLength());
    }

    [Fact]
    public void DecisionBoundary_of_an_Mlp_draws_its_prediction_split_at_zero()
    {
        var mlp = new Mlp(2, [4, 1], new Random(3));
        var traces = Figure.Traces(Charts.DecisionBoundary(mlp, ScatterTests.Points, ScatterTests.Labels, resolution: 4));
        var x = traces[0].GetProperty("x").Numbers();
        var y = traces[0].GetProperty("y").Numbers();
        Assert.Equal(mlp.Predict(x[1], y[2])[0], traces[0].GetProperty("z").Matrix()[2][1], 12);
        Assert.Equal(0.0, traces[1].GetProperty("contours").GetProperty("start").GetDouble());
        var e = Assert.Throws<ArgumentException>(() => Charts.DecisionBoundary(new Mlp(3, [1], new Random(1)), ScatterTests.Points, ScatterTests.Labels));
        Assert.Contains("takes 3", e.Message);
    }

    [Fact]
    public void DecisionBoundary_of_a_multi_output_Mlp_shows_the_arg_max_class()
    {
        var mlp = new Mlp(2, [3], new Random(5));
        var heat = Figure.Traces(Charts.DecisionBoundary(mlp, ScatterTests.Points, ScatterTests.Labels, resolution: 3))[0];
        var x = heat.GetProperty("x").Numbers();
        var y = heat.GetProperty("y").Numbers();
        var p = mlp.Predict(x[0], y[1]);
        Assert.Equal(Array.IndexOf(p, p.Max()), heat.GetProperty("z").Matrix()[1][0]);
    }

    [Fact]
    public void Activation_from_the_library_uses_the_autograd_derivative()
    {
        var traces = Figure.Traces(Charts.Activation(Activation.Sigmoid));
        var x = traces[0].GetProperty("x").Numbers();
        int zero = Array.IndexOf(x, 0.0);
        Assert.Equal(0.5, traces[0].GetProperty("y").Numbers()[zero], 12);
        Assert.Equal(0.25, traces[1].GetProperty("y").Numbers()[zero], 12);
        var relu = Figure.Traces(Charts.Activations(Activation.Relu, Activation.Tanh));
        Assert.Equal(["Relu", "Relu′", "Tanh", "Tanh′"], relu.Select(t => t.Name()));
        Assert.Equal(1.0, relu[1].GetProperty("y").Numbers()[^1]);
    }

    [Fact]
    public void NetworkTable_of_an_Mlp_counts_each_layers_parameters()
    {
        var html = Display.NetworkTable(new Mlp(2, [16, 16, 1], new Random(1)));
        Assert.Contains("<td>Layer 2→16 (Tanh)</td><td>[16]</td><td style=\"text-align:right\">48</td>", html);
        Assert.Contains("<b>337</b>", html);
    }
}
