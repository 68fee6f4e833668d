using Microsoft.ML;
using Microsoft.ML.Data;
using Workshop.DeepLearning;

namespace Workshop.MLNet.Tests;

public class DataViewsTests
{
    private static readonly MLContext Ml = new(seed: 1);

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void A_dataset_survives_the_round_trip_through_an_IDataView(int classes)
    {
        var data = Datasets.Blobs(5, classes, seed: 3);

        var back = DataViews.ToDataset(DataViews.FromDataset(Ml, data), "back");

        Assert.Equal(data.Classes, back.Classes);
        Assert.Equal(data.Targets, back.Targets);
        for (int i = 0; i < data.Count; i++)
            Assert.Equal(data.Features[i].Select(v => (double)(float)v), back.Features[i]);
    }

    [Fact]
    public void Features_are_a_fixed_size_float_vector_and_labels_bool_or_key()
    {
        var binary = DataViews.FromDataset(Ml, Datasets.Blobs(3, 2, seed: 1)).Schema;
        var multi = DataViews.FromDataset(Ml, RealDataLike()).Schema;

        Assert.Equal(new VectorDataViewType(NumberDataViewType.Single, 2), binary[DataViews.Features].Type);
        Assert.IsType<BooleanDataViewType>(binary[DataViews.Label].Type);
        Assert.Equal(new VectorDataViewType(NumberDataViewType.Single, 4), multi[DataViews.Features].Type);
        Assert.Equal(new KeyDataViewType(typeof(uint), 3), multi[DataViews.Label].Type);
    }

    [Fact]
    public void Class_k_becomes_key_k_plus_one()
    {
        var view = DataViews.FromDataset(Ml, RealDataLike());

        var keys = view.GetColumn<uint>(DataViews.Label).ToArray();

        Assert.Equal([1u, 2u, 3u], keys);
    }

    [Fact]
    public void Problems_are_named()
    {
        var regression = Datasets.RegressionCurve(5, seed: 1);
        Assert.Contains("2 or more classes", Assert.Throws<ArgumentException>(() => DataViews.FromDataset(Ml, regression)).Message);

        var noLabel = Ml.Data.LoadFromEnumerable(new[] { new { Features = new float[] { 1 } } });
        var e = Assert.Throws<ArgumentException>(() => DataViews.ToDataset(noLabel, "x"));
        Assert.Contains("no 'Label' column", e.Message);
    }

    private static Dataset RealDataLike() =>
        new([[0, 0.5, 1, 0], [1, 1, 0, 0], [0, 0, 0, 1]], [0, 1, 2], 3, "three images");
}
