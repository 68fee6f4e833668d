namespace Workshop.DeepLearning.Tests.Batched;

public class ActivationTests
{
    [Theory]
    [InlineData(0.0, 0.5, 0.25)]
    [InlineData(2.0, 0.8807970779778823, 0.10499358540350662)]
    [InlineData(-2.0, 0.11920292202211755, 0.10499358540350662)]
    public void Sigmoid_matches_hand_values(double z, double value, double derivative)
    {
        Assert.Equal(value, Activations.Sigmoid(z), 12);
        Assert.Equal(derivative, Activations.SigmoidDerivative(z), 12);
        AssertLayer(new Sigmoid<double>(), z, value, derivative);
    }

    [Theory]
    [InlineData(0.0, 0.0, 1.0)]
    [InlineData(1.0, 0.7615941559557649, 0.41997434161402614)]
    [InlineData(-1.0, -0.7615941559557649, 0.41997434161402614)]
    public void Tanh_matches_hand_values(double z, double value, double derivative)
    {
        Assert.Equal(value, Activations.Tanh(z), 12);
        Assert.Equal(derivative, Activations.TanhDerivative(z), 12);
        AssertLayer(new Tanh<double>(), z, value, derivative);
    }

    [Theory]
    [InlineData(-2.0, 0.0, 0.0)]
    [InlineData(0.0, 0.0, 0.0)]
    [InlineData(3.0, 3.0, 1.0)]
    public void Relu_matches_hand_values(double z, double value, double derivative)
    {
        Assert.Equal(value, Activations.Relu(z));
        Assert.Equal(derivative, Activations.ReluDerivative(z));
        AssertLayer(new Relu<double>(), z, value, derivative);
    }

    [Theory]
    [InlineData(-2.0, -0.02, 0.01)]
    [InlineData(3.0, 3.0, 1.0)]
    public void LeakyRelu_matches_hand_values(double z, double value, double derivative)
    {
        Assert.Equal(value, Activations.LeakyRelu(z), 12);
        Assert.Equal(derivative, Activations.LeakyReluDerivative(z), 12);
        AssertLayer(new LeakyRelu<double>(), z, value, derivative);
        Assert.Equal(-0.4, Activations.LeakyRelu(-2, slope: 0.2), 12);
        AssertLayer(new LeakyRelu<double>(0.2), -2, -0.4, 0.2);
    }

    [Theory]
    [InlineData(-1.5)]
    [InlineData(4.0)]
    public void Identity_passes_values_through(double z)
    {
        Assert.Equal(z, Activations.Identity(z));
        Assert.Equal(1.0, Activations.IdentityDerivative(z));
        AssertLayer(new Identity<double>(), z, z, 1.0);
    }

    [Fact]
    public void Softmax_matches_hand_values_and_survives_large_logits()
    {
        double[] expected = [0.09003057317038046, 0.24472847105479764, 0.6652409557748219];
        var p = Activations.Softmax([1.0, 2.0, 3.0]);
        for (int j = 0; j < 3; j++) Assert.Equal(expected[j], p[j], 12);

        var layer = new Softmax<double>();
        var y = layer.Forward(Tensor<double>.FromRows([[1.0, 2.0, 3.0], [1001.0, 1002.0, 1003.0]]));
        for (int i = 0; i < 2; i++)
        for (int j = 0; j < 3; j++)
            Assert.Equal(expected[j], y[i, j], 12);

        // dz = y ⊙ (dy − Σ dy·y); with dy = e₀ that is y₀(1 − y₀) for z₀ and −y₀yⱼ for the others.
        var dz = layer.Backward(Tensor<double>.FromRows([[1.0, 0.0, 0.0], [1.0, 0.0, 0.0]]));
        Assert.Equal(expected[0] * (1 - expected[0]), dz[0, 0], 12);
        Assert.Equal(-expected[0] * expected[1], dz[0, 1], 12);
        Assert.Equal(-expected[0] * expected[2], dz[1, 2], 12);
    }

    [Theory]
    [InlineData(Activation.Identity, "Identity")]
    [InlineData(Activation.Sigmoid, "Sigmoid")]
    [InlineData(Activation.Tanh, "Tanh")]
    [InlineData(Activation.Relu, "ReLU")]
    [InlineData(Activation.LeakyRelu, "LeakyReLU")]
    public void Enum_gives_the_matching_function_and_layer(Activation activation, string name)
    {
        Assert.Equal(name, Activations.Layer<float>(activation).Name);
        var layer = Activations.Layer<double>(activation);
        foreach (double z in new[] { -1.3, 0.7 })
        {
            var output = layer.Forward(Tensor<double>.FromColumn([z]));
            Assert.Equal(Activations.Apply(activation, z), output[0, 0], 12);
            var grad = layer.Backward(Tensor<double>.FromColumn([1.0]));
            Assert.Equal(Activations.Derivative(activation, z), grad[0, 0], 12);
        }
    }

    [Fact]
    public void Sigmoid_in_float_does_not_overflow()
    {
        var y = new Sigmoid<float>().Forward(Tensor<float>.FromColumn([-1000.0, 1000.0]));
        Assert.Equal(0f, y[0, 0]);
        Assert.Equal(1f, y[1, 0]);
    }

    private static void AssertLayer(ILayer<double> layer, double z, double value, double derivative)
    {
        var output = layer.Forward(Tensor<double>.FromColumn([z]));
        Assert.Equal(value, output[0, 0], 12);
        // Backward multiplies the incoming gradient by g'(z).
        var grad = layer.Backward(Tensor<double>.FromColumn([3.0]));
        Assert.Equal(3.0 * derivative, grad[0, 0], 12);
    }
}
