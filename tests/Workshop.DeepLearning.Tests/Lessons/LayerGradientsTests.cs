namespace Workshop.DeepLearning.Tests.Lessons;

public class LayerGradientsTests
{
    [Fact]
    public void Measure_gives_the_mean_absolute_weight_gradient_of_each_dense_layer_in_order()
    {
        var network = Sequential<double>.Mlp([2, 3, 1], Activation.Tanh, Activation.Sigmoid, new Random(1));
        var x = Tensor<double>.FromRows([[0.5, -1.0], [1.5, 0.2], [-0.3, 0.8]]);
        var y = Tensor<double>.FromColumn([1.0, 0.0, 1.0]);
        var result = LayerGradients.Measure(network, new BinaryCrossEntropy<double>(), x, y);

        Assert.Equal([1, 2], result.Select(r => r.Depth));
        Assert.Equal(["Dense 2→3", "Dense 3→1"], result.Select(r => r.Layer));
        var dense = network.Layers.OfType<Dense<double>>().ToArray();
        for (int i = 0; i < 2; i++)
        {
            var g = dense[i].Parameters[0].Gradient.Span.ToArray();
            Assert.Contains(g, v => v != 0);
            Assert.Equal(g.Average(Math.Abs), result[i].MeanAbsGradient, 12);
        }
        // Measuring twice gives the same numbers: the gradients are zeroed first, not accumulated.
        Assert.Equal(result, LayerGradients.Measure(network, new BinaryCrossEntropy<double>(), x, y));
    }

    [Fact]
    public void Gradients_fade_through_a_deep_sigmoid_network_but_not_through_relu()
    {
        var data = Datasets.TwoMoons(64, seed: 1);
        var x = Tensor<double>.FromRows(data.Features);
        var y = Tensor<double>.FromColumn(data.Targets);
        int[] sizes = [2, 16, 16, 16, 16, 16, 16, 1];
        var sigmoid = LayerGradients.Measure(Sequential<double>.Mlp(sizes, Activation.Sigmoid, Activation.Sigmoid, new Random(2)), new BinaryCrossEntropy<double>(), x, y);
        var relu = LayerGradients.Measure(Sequential<double>.Mlp(sizes, Activation.Relu, Activation.Sigmoid, new Random(2)), new BinaryCrossEntropy<double>(), x, y);
        Assert.True(sigmoid[0].MeanAbsGradient < sigmoid[^1].MeanAbsGradient / 100);
        Assert.True(relu[0].MeanAbsGradient > relu[^1].MeanAbsGradient / 10);
    }

    [Fact]
    public void A_network_without_dense_layers_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => LayerGradients.Of(new Sequential<double>(new Tanh<double>())));
        Assert.Contains("no Dense layer", e.Message);
    }
}
