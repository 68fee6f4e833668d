namespace Workshop.DeepLearning.Tests.Batched;

public class SequentialTests
{
    [Fact]
    public void Mlp_describes_itself()
    {
        var network = Sequential<double>.Mlp([2, 16, 1], Activation.Tanh, Activation.Sigmoid, new Random(1));
        Assert.Equal("Sequential: Dense 2→16, Tanh, Dense 16→1, Sigmoid — 65 parameters", network.ToString());
        Assert.Equal(65, network.ParameterCount);
        Assert.Equal(4, network.Parameters().Count);
        Assert.Equal(
            [new LayerSummary("Dense 2→16", "batch×16", 48), new LayerSummary("Tanh", "batch×16", 0),
             new LayerSummary("Dense 16→1", "batch×1", 17), new LayerSummary("Sigmoid", "batch×1", 0)],
            network.Summary());
        Assert.Equal(2, network.InputSize);
        Assert.Equal(1, network.OutputSize);
    }

    [Fact]
    public void Identity_output_adds_no_layer_and_relu_uses_he()
    {
        var network = Sequential<float>.Mlp([3, 4, 2], Activation.Relu, Activation.Identity, new Random(1));
        Assert.Equal(["Dense 3→4", "ReLU", "Dense 4→2"], network.Layers.Select(l => l.Name));
        Assert.Same(Initializers.He, ((Dense<float>)network.Layers[0]).Initializer);
        Assert.Same(Initializers.Xavier, ((Dense<float>)network.Layers[2]).Initializer);
    }

    [Fact]
    public void Layers_that_do_not_fit_together_are_refused()
    {
        var random = new Random(1);
        var network = new Sequential<double>(new Dense<double>(2, 8, random), new Tanh<double>());
        var e = Assert.Throws<ArgumentException>(() => network.Add(new Dense<double>(16, 1, random)));
        Assert.StartsWith("Dense 16→1 cannot follow Tanh: Dense 16→1 got 8 features per example; expected 16.", e.Message);

        e = Assert.Throws<ArgumentException>(() => Sequential<double>.Mlp([2], Activation.Tanh, Activation.Sigmoid, random));
        Assert.StartsWith("Mlp needs at least an input and an output size; got [2].", e.Message);
    }

    [Fact]
    public void Dense_forward_is_xw_plus_b_and_checks_its_input()
    {
        var dense = new Dense<double>(2, 3, new Random(1));
        dense.Weights.Span.Clear();
        dense.Weights[0, 0] = 1; dense.Weights[1, 0] = 2; dense.Weights[0, 2] = -1;
        dense.Bias[0, 1] = 0.5;
        var z = dense.Forward(Tensor<double>.FromRows([[3.0, 4.0], [1.0, 0.0]]));
        Assert.Equal(new[] { new[] { 11.0, 0.5, -3.0 }, new[] { 1.0, 0.5, -1.0 } }, z.ToRows());

        var big = new Dense<float>(784, 128, new Random(1));
        var e = Assert.Throws<ArgumentException>(() => big.Forward(Tensor<float>.Zeros(32, 10)));
        Assert.StartsWith("Dense 784→128 got 10 features per example; expected 784", e.Message);
        Assert.Equal(784, big.Weights.Rows);
        Assert.Equal(128, big.Bias.Cols);
    }

    [Fact]
    public void Predict_returns_a_copy_that_the_next_call_does_not_overwrite()
    {
        var network = Sequential<double>.Mlp([1, 3, 1], Activation.Tanh, Activation.Identity, new Random(1));
        var a = network.Predict(Tensor<double>.FromColumn([1.0]));
        double before = a[0, 0];
        network.Predict(Tensor<double>.FromColumn([-5.0]));
        Assert.Equal(before, a[0, 0]);
    }
}
