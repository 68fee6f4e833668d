using Workshop.DeepLearning;

namespace Workshop.MLNet.Tests;

public class MLNetClassifierTests
{
    private static readonly MLNetOptions Small = new(Seed: 1, Trees: 20, Leaves: 4, MinimumExamplesPerLeaf: 3, MaximumIterations: 50);

    [Theory]
    [InlineData(MLNetAlgorithm.LogisticRegression, 2)]
    [InlineData(MLNetAlgorithm.Sdca, 2)]
    [InlineData(MLNetAlgorithm.FastTree, 2)]
    [InlineData(MLNetAlgorithm.LightGbm, 2)]
    [InlineData(MLNetAlgorithm.LogisticRegression, 3)]
    [InlineData(MLNetAlgorithm.Sdca, 3)]
    [InlineData(MLNetAlgorithm.FastTree, 3)]
    [InlineData(MLNetAlgorithm.LightGbm, 3)]
    public void Every_trainer_separates_well_separated_blobs(MLNetAlgorithm algorithm, int classes)
    {
        var (train, test) = TestSets.Blobs(classes);

        var model = MLNetClassifier.Fit(algorithm, train, Small);
        var result = Comparison.Score(model, test);

        Assert.True(result.Report.Accuracy >= 0.95, $"{model.Name}: {result.Report}");
        Assert.True(model.FitTime > TimeSpan.Zero);
        Assert.Equal(classes, model.Classes);
    }

    [Fact]
    public void Names_say_which_trainer_ran()
    {
        var (train, _) = TestSets.Blobs(3);

        Assert.Equal("ML.NET FastTree one-versus-all", MLNetClassifier.Fit(MLNetAlgorithm.FastTree, train, Small).Name);
        Assert.Equal("ML.NET L-BFGS maximum entropy", MLNetClassifier.Fit(MLNetAlgorithm.LogisticRegression, train, Small).Name);
    }

    [Fact]
    public void The_same_seed_gives_the_same_predictions()
    {
        var moons = Datasets.TwoMoons(200, seed: 2);

        var a = MLNetClassifier.Fit(MLNetAlgorithm.LightGbm, moons, Small).Predict(moons);
        var b = MLNetClassifier.Fit(MLNetAlgorithm.LightGbm, moons, Small).Predict(moons);

        Assert.Equal(a, b);
    }

    [Fact]
    public void The_probability_function_is_high_on_class_1_and_low_on_class_0()
    {
        var (train, _) = TestSets.Blobs(2);
        var model = MLNetClassifier.Fit(MLNetAlgorithm.LogisticRegression, train, Small);
        var p = model.ProbabilityFunction();

        double[] centre0 = Centre(train, 0), centre1 = Centre(train, 1);

        Assert.True(p(centre1[0], centre1[1]) > 0.9);
        Assert.True(p(centre0[0], centre0[1]) < 0.1);
        // It agrees with Predict at the training points.
        var predicted = model.Predict(train);
        for (int i = 0; i < train.Count; i++)
            Assert.Equal(predicted[i], p(train.Features[i][0], train.Features[i][1]) >= 0.5 ? 1 : 0);
    }

    [Fact]
    public void Wrong_inputs_are_refused_with_a_reason()
    {
        var (train, _) = TestSets.Blobs(3);
        var model = MLNetClassifier.Fit(MLNetAlgorithm.LightGbm, train, Small);

        Assert.Throws<InvalidOperationException>(() => model.ProbabilityFunction());
        var e = Assert.Throws<ArgumentException>(() => model.Predict(new Dataset([[1.0, 2, 3]], [0], 3, "wide")));
        Assert.Contains("trained on 2 features", e.Message);
        Assert.Throws<ArgumentException>(() => MLNetClassifier.Fit(MLNetAlgorithm.FastTree, train, Small with { Trees = 0 }));
    }

    private static double[] Centre(Dataset data, int label)
    {
        var rows = data.Features.Where((_, i) => data.Labels[i] == label).ToArray();
        return [rows.Average(r => r[0]), rows.Average(r => r[1])];
    }
}
