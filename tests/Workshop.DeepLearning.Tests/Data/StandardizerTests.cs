using MathNet.Numerics.Statistics;

namespace Workshop.DeepLearning.Tests.Data;

public class StandardizerTests
{
    [Fact]
    public void Transformed_training_data_has_mean_0_and_std_1()
    {
        var data = Datasets.Blobs(50, 3, spread: 2.0, seed: 5);
        var (train, _) = data.Split(0.25, seed: 1);
        var scaled = Standardizer.Fit(train.Features).Transform(train);
        for (int j = 0; j < scaled.FeatureCount; j++)
        {
            var column = scaled.Features.Select(r => r[j]).ToArray();
            Assert.Equal(0, column.Mean(), 1e-12);
            Assert.Equal(1, column.PopulationStandardDeviation(), 1e-12);
        }
        Assert.Same(train.Targets, scaled.Targets);
    }

    [Fact]
    public void Test_data_is_transformed_with_the_training_numbers()
    {
        double[][] train = [[0, 10], [2, 10], [4, 10]];
        double[][] test = [[6, 11]];
        var standardizer = Standardizer.Fit(train);
        Assert.Equal([2.0, 10.0], standardizer.Means);
        Assert.Equal(Math.Sqrt(8.0 / 3), standardizer.StandardDeviations[0], 1e-12);
        Assert.Equal(1, standardizer.StandardDeviations[1]); // constant column: centred, not divided by 0

        var result = standardizer.Transform(test);
        Assert.Equal(4 / Math.Sqrt(8.0 / 3), result[0][0], 1e-12);
        Assert.Equal(1, result[0][1], 1e-12);
        Assert.Equal([6.0, 11], test[0]); // input untouched
    }

    [Fact]
    public void Wrong_width_is_named()
    {
        var standardizer = Standardizer.Fit([[1.0, 2, 3], [4, 5, 6]]);
        var e = Assert.Throws<ArgumentException>(() => standardizer.Transform([[1.0, 2]]));
        Assert.Contains("Standardizer fitted on 3 features got 2 features in example 0; expected 3", e.Message);
        Assert.Throws<ArgumentException>(() => Standardizer.Fit([]));
        Assert.Throws<ArgumentException>(() => Standardizer.Fit([[1.0, double.NaN]]));
    }
}
