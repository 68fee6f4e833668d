using Xunit.Abstractions;

namespace Workshop.DeepLearning.Tests.Batched;

/// <summary>The batched level actually learns: XOR, a noisy sine curve, two moons.</summary>
public class LearningTests(ITestOutputHelper output)
{
    [Fact]
    public void Xor_is_solved_by_a_2_2_1_network()
    {
        var x = Tensor<double>.FromRows([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]);
        var y = Tensor<double>.FromColumn([0.0, 1.0, 1.0, 0.0]);
        var network = Sequential<double>.Mlp([2, 2, 1], Activation.Tanh, Activation.Sigmoid, new Random(XorSeed));
        var trainer = new Trainer<double>(network, new BinaryCrossEntropy<double>(),
            new TrainerOptions(LearningRate: XorLearningRate, Epochs: XorEpochs, BatchSize: 4, Seed: 1));

        var history = trainer.Fit(x, y);

        var p = network.Predict(x);
        output.WriteLine($"{history}; predictions {p}");
        Assert.Equal(1.0, Metrics.Accuracy(p, y));
        Assert.Equal(1.0, history.Last.Accuracy);
        Assert.True(history.Last.Loss < 0.05, history.ToString());
    }

    // A 2-2-1 network can get stuck in a local minimum: with these settings seeds 1–20 solve XOR 15 times out of 20.
    private const int XorSeed = 1;
    private const double XorLearningRate = 0.5;
    private const int XorEpochs = 2000;

    [Fact]
    public void A_noisy_sine_curve_is_fitted_to_low_mse()
    {
        var (trainX, trainY) = TestData.NoisySine(400, noise: 0.1, seed: 1);
        var (testX, testY) = TestData.NoisySine(200, noise: 0.1, seed: 2);
        var network = Sequential<float>.Mlp([1, 16, 16, 1], Activation.Tanh, Activation.Identity, new Random(1));
        var trainer = new Trainer<float>(network, new MeanSquaredError<float>(),
            new TrainerOptions(LearningRate: 0.01, Epochs: 150, BatchSize: 32, Optimizer: "adam"));

        var history = trainer.Fit(Tensor<float>.FromColumn(trainX), Tensor<float>.FromColumn(trainY));

        var (testMse, accuracy) = trainer.Evaluate(Tensor<float>.FromColumn(testX), Tensor<float>.FromColumn(testY));
        double floor = testX.Zip(testY, (x, y) => (y - Math.Sin(x)) * (y - Math.Sin(x))).Average();
        output.WriteLine($"{history}; test MSE {testMse:F5} (the noise alone: {floor:F5})");
        Assert.True(double.IsNaN(accuracy));
        Assert.True(double.IsNaN(history.Last.Accuracy));
        // The noise alone gives MSE 0.1² = 0.01; a flat line would give about 0.5.
        Assert.True(testMse < 0.015, $"test MSE {testMse}");
    }

    [Fact]
    public void Two_moons_reach_97_percent_test_accuracy()
    {
        var (trainX, trainY) = TestData.Moons(600, noise: 0.15, seed: 1);
        var (testX, testY) = TestData.Moons(400, noise: 0.15, seed: 2);
        var network = Sequential<float>.Mlp([2, 16, 16, 1], Activation.Tanh, Activation.Sigmoid, new Random(1));
        var trainer = new Trainer<float>(network, new BinaryCrossEntropy<float>(),
            new TrainerOptions(LearningRate: 0.01, Epochs: 100, BatchSize: 32, Optimizer: "adam", ValidationSplit: 0.2));

        var history = trainer.Fit(Tensor<float>.FromRows(trainX), Tensor<float>.FromColumn(trainY));

        double accuracy = Metrics.Accuracy(network.Predict(Tensor<float>.FromRows(testX)), Tensor<float>.FromColumn(testY));
        output.WriteLine($"{history}; test accuracy {accuracy:P2}");
        Assert.NotNull(history.Last.ValidationAccuracy);
        Assert.True(accuracy >= 0.97, $"test accuracy {accuracy:P2}");
    }

    [Fact]
    public void Three_classes_with_softmax_cross_entropy()
    {
        // Three Gaussian blobs around the corners of a triangle; labels as class indices.
        var random = new Random(4);
        double[][] centres = [[0, 2], [-2, -1], [2, -1]];
        var rows = new List<double[]>();
        var labels = new List<double>();
        for (int i = 0; i < 300; i++)
        {
            int c = i % 3;
            rows.Add([centres[c][0] + random.NextDouble() - 0.5, centres[c][1] + random.NextDouble() - 0.5]);
            labels.Add(c);
        }
        var network = Sequential<double>.Mlp([2, 8, 3], Activation.Relu, Activation.Identity, new Random(2));
        var trainer = new Trainer<double>(network, new SoftmaxCrossEntropy<double>(),
            new TrainerOptions(LearningRate: 0.1, Epochs: 20, BatchSize: 16, Optimizer: "momentum"));

        var history = trainer.Fit(Tensor<double>.FromRows(rows), Tensor<double>.FromColumn(labels));

        output.WriteLine(history.ToString());
        Assert.Equal(1.0, history.Last.Accuracy);
    }
}
