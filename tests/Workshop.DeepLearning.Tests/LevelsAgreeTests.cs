using System.Numerics;
using Workshop.DeepLearning;

namespace Workshop.DeepLearning.Tests;

/// <summary>The scalar and batched levels are two views of one network: same weights, same loss, same gradients.</summary>
public class LevelsAgreeTests
{
    private static readonly double[][] X = [[0.5, -1.2], [1.5, 0.3], [-0.7, 0.8], [0.1, 0.1], [2.0, -0.4]];
    private static readonly double[] Y = [0.2, -0.5, 0.9, 0.0, 0.4];

    [Theory]
    [InlineData(Activation.Tanh, Activation.Identity)]
    [InlineData(Activation.Relu, Activation.Identity)]
    [InlineData(Activation.Sigmoid, Activation.Tanh)]
    public void Two_layer_network_gives_the_same_loss_and_gradients_in_double(Activation hidden, Activation output)
    {
        var mlp = new Mlp(2, [4, 1], new Random(7), hidden, output);
        var network = mlp.ToSequential<double>();

        var (scalarLoss, scalarGrads) = ScalarLossAndGradients(mlp);
        var (batchedLoss, batchedGrads) = BatchedLossAndGradients(network);

        Assert.Equal(scalarLoss, batchedLoss, 1e-12);
        Assert.Equal(scalarGrads.Length, batchedGrads.Length);
        for (int i = 0; i < scalarGrads.Length; i++)
            Assert.True(Math.Abs(scalarGrads[i] - batchedGrads[i]) < 1e-9,
                $"gradient {i}: scalar {scalarGrads[i]} vs batched {batchedGrads[i]}");
    }

    [Fact]
    public void Float_batched_level_agrees_to_float_precision()
    {
        var mlp = new Mlp(2, [4, 1], new Random(3), Activation.Tanh, Activation.Identity);
        var (scalarLoss, scalarGrads) = ScalarLossAndGradients(mlp);
        var (floatLoss, floatGrads) = BatchedLossAndGradients(mlp.ToSequential<float>());

        Assert.Equal(scalarLoss, floatLoss, 1e-5);
        for (int i = 0; i < scalarGrads.Length; i++)
            Assert.True(Math.Abs(scalarGrads[i] - floatGrads[i]) < 1e-4);
    }

    [Fact]
    public void Conversion_copies_weights_and_biases_to_their_places()
    {
        var mlp = new Mlp(3, [2], new Random(1), Activation.Tanh, Activation.Tanh);
        var dense = (Dense<double>)mlp.ToSequential<double>().Layers[0];
        Assert.Equal(mlp.Layers[0].Neurons[1].Weights[2].Data, dense.Weights[2, 1]);
        Assert.Equal(mlp.Layers[0].Neurons[0].Bias.Data, dense.Bias[0, 0]);
    }

    private static (double Loss, double[] Gradients) ScalarLossAndGradients(Mlp mlp)
    {
        mlp.ZeroGrad();
        var predictions = X.Select(x => mlp.Forward(x)[0]).ToArray();
        var loss = ScalarLosses.MeanSquaredError(predictions, Y);
        loss.Backward();
        // Batched order: per Dense layer, W row-major (input i, neuron j), then b; the scalar Mlp is per neuron.
        var grads = new List<double>();
        foreach (var layer in mlp.Layers)
        {
            for (int i = 0; i < layer.Inputs; i++)
            for (int j = 0; j < layer.Outputs; j++)
                grads.Add(layer.Neurons[j].Weights[i].Grad);
            grads.AddRange(layer.Neurons.Select(n => n.Bias.Grad));
        }
        return (loss.Data, grads.ToArray());
    }

    private static (double Loss, double[] Gradients) BatchedLossAndGradients<T>(Sequential<T> network)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var loss = new MeanSquaredError<T>();
        var x = Tensor<T>.FromRows(X);
        var y = Tensor<T>.FromColumn(Y);
        network.ZeroGrad();
        var predictions = network.Forward(x);
        double value = loss.Loss(predictions, y);
        network.Backward(loss.Gradient(predictions, y));
        var grads = network.Parameters().SelectMany(p => p.Gradient.Span.ToArray().Select(g => double.CreateChecked(g))).ToArray();
        return (value, grads);
    }
}
