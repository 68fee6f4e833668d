using Microsoft.ML;
using Microsoft.ML.Data;
using Workshop.DeepLearning;

namespace Workshop.MLNet.Tests;

public class NetworkTests
{
    private static readonly TrainerOptions Quick = new(LearningRate: 0.05, Epochs: 30, BatchSize: 16, Seed: 1, Optimizer: "adam");

    [Fact]
    public void Our_network_learns_blobs_and_is_scored_like_an_MLNet_model()
    {
        var (train, test) = TestSets.Blobs(3);
        var network = Sequential<float>.Mlp([2, 8, 3], Activation.Relu, Activation.Identity, new Random(1));

        var model = NetworkClassifier.Fit(network, train, Quick);
        var result = Comparison.Score(model, test);

        Assert.True(result.Report.Accuracy >= 0.95, result.Report.ToString());
        Assert.Equal(30, model.History.Epochs.Count);
        Assert.Equal(result.Report.Accuracy, result.Row.Accuracy);
        Assert.Equal(result.Report.MacroF1, result.Row.MacroF1);
        Assert.Equal("our MLP", result.Row.Model);
    }

    [Fact]
    public void A_sigmoid_network_gives_a_probability_over_the_plane()
    {
        var (train, _) = TestSets.Blobs(2);
        var network = Sequential<float>.Mlp([2, 4, 1], Activation.Tanh, Activation.Sigmoid, new Random(1));
        var model = NetworkClassifier.Fit(network, train, Quick);
        var p = model.ProbabilityFunction();

        var predicted = model.Predict(train);
        for (int i = 0; i < train.Count; i++)
            Assert.Equal(predicted[i], p(train.Features[i][0], train.Features[i][1]) >= 0.5 ? 1 : 0);
    }

    [Fact]
    public void An_output_size_that_does_not_fit_the_classes_is_refused()
    {
        var (train, _) = TestSets.Blobs(3);
        var network = Sequential<float>.Mlp([2, 4, 2], Activation.Relu, Activation.Identity, new Random(1));

        var e = Assert.Throws<ArgumentException>(() => NetworkClassifier.Fit(network, train, Quick));
        Assert.Contains("2 output(s)", e.Message);
        Assert.Contains("3 classes", e.Message);
    }

    [Fact]
    public void Inside_an_MLNet_pipeline_MLNets_evaluator_gives_our_accuracy()
    {
        var (train, test) = TestSets.Blobs(3);
        var network = Sequential<float>.Mlp([2, 8, 3], Activation.Relu, Activation.Identity, new Random(1));
        var ours = NetworkClassifier.Fit(network, train, Quick);
        var ml = new MLContext(seed: 1);
        var testView = DataViews.FromDataset(ml, test);

        var scored = ml.Transforms.Network(network).Fit(testView).Transform(testView);
        var metrics = ml.MulticlassClassification.Evaluate(scored);

        Assert.Equal(Comparison.Score(ours, test).Report.Accuracy, metrics.MicroAccuracy, 12);
        var probabilities = scored.GetColumn<float[]>("Score").First();
        Assert.Equal(1.0, probabilities.Sum(), 5);
    }

    [Fact]
    public void The_pipeline_step_needs_one_logit_per_class()
    {
        var ml = new MLContext(seed: 1);
        var oneOutput = Sequential<float>.Mlp([2, 1], Activation.Relu, Activation.Sigmoid, new Random(1));

        Assert.Throws<ArgumentException>(() => ml.Transforms.Network(oneOutput));
    }
}
