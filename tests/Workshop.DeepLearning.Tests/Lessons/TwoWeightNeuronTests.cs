namespace Workshop.DeepLearning.Tests.Lessons;

public class TwoWeightNeuronTests
{
    // y = 1 + 0.5·x exactly, so least squares ends at (w0, w1) = (1, 0.5).
    private static readonly double[] Xs = [-2, -1, 0, 1, 2, 3];
    private static Tensor<double> X => Tensor<double>.FromColumn(Xs);
    private static Tensor<double> Y => Tensor<double>.FromColumn(Xs.Select(x => 1 + 0.5 * x).ToArray());

    [Fact]
    public void Starts_at_the_given_weights_and_predicts_w0_plus_w1_x()
    {
        var neuron = new TwoWeightNeuron(0.3, -2);
        Assert.Equal((0.3, -2.0), (neuron.W0, neuron.W1));
        Assert.Equal([(0.3, -2.0)], neuron.Path);
        var prediction = neuron.Network.Predict(Tensor<double>.FromColumn([4.0]));
        Assert.Equal(0.3 - 2 * 4, prediction[0, 0], 12);
    }

    [Fact]
    public void Records_one_point_per_step_and_gradient_descent_reaches_the_least_squares_weights()
    {
        var neuron = new TwoWeightNeuron(-2, 2);
        neuron.Train(X, Y, new MeanSquaredError<double>(), new TrainerOptions(LearningRate: 0.1, Epochs: 300, BatchSize: 6));
        Assert.Equal(301, neuron.Path.Count);
        Assert.Equal((neuron.W0, neuron.W1), neuron.Path[^1]);
        Assert.Equal(1.0, neuron.W0, 6);
        Assert.Equal(0.5, neuron.W1, 6);
        // The first step is the talk's W ← W − η ∂J/∂W with ∂J/∂w0 = mean 2(ŷ − y), ∂J/∂w1 = mean 2(ŷ − y)·x.
        double g0 = Xs.Average(x => 2 * (-2 + 2 * x - (1 + 0.5 * x)));
        double g1 = Xs.Average(x => 2 * (-2 + 2 * x - (1 + 0.5 * x)) * x);
        Assert.Equal(-2 - 0.1 * g0, neuron.Path[1].W0, 12);
        Assert.Equal(2 - 0.1 * g1, neuron.Path[1].W1, 12);
    }

    [Fact]
    public void A_too_large_learning_rate_throws_the_divergence_message_and_keeps_the_path_so_far()
    {
        var neuron = new TwoWeightNeuron(-2, 2);
        var e = Assert.Throws<TrainingDivergedException>(() =>
            neuron.Train(X, Y, new MeanSquaredError<double>(), new TrainerOptions(LearningRate: 1.0, Epochs: 5000, BatchSize: 6)));
        Assert.Contains("smaller learning rate", e.Message);
        Assert.True(neuron.Path.Count > 10);
        Assert.True(Math.Abs(neuron.Path[10].W1) > Math.Abs(neuron.Path[1].W1));
    }

    [Fact]
    public void Random_draws_both_weights_from_the_seeded_normal()
    {
        var a = TwoWeightNeuron.Random(2.0, new Random(5));
        var b = TwoWeightNeuron.Random(2.0, new Random(5));
        Assert.Equal((a.W0, a.W1), (b.W0, b.W1));
        Assert.NotEqual(a.W0, a.W1);
        Assert.Throws<ArgumentException>(() => TwoWeightNeuron.Random(0, new Random(1)));
        Assert.Throws<ArgumentException>(() => new TwoWeightNeuron(1, 1).Train(
            Tensor<double>.Zeros(3, 2), Tensor<double>.Zeros(3, 1), new MeanSquaredError<double>(), new TrainerOptions()));
    }
}
