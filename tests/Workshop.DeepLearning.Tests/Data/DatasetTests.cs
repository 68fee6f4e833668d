namespace Workshop.DeepLearning.Tests.Data;

public class DatasetTests
{
    private static Dataset Small() =>
        new([[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]], [0, 1, 2, 1, 0], 3, "small");

    [Fact]
    public void Properties_describe_the_table()
    {
        var data = Small();
        Assert.Equal(5, data.Count);
        Assert.Equal(2, data.FeatureCount);
        Assert.Equal([0, 1, 2, 1, 0], data.Labels);
        Assert.Equal("small: 5 examples, 2 features, 3 classes", data.ToString());
    }

    [Fact]
    public void ToString_of_regression_says_so()
    {
        var data = new Dataset([[1.0], [2.0]], [0.5, -1.5], 0, "curve");
        Assert.Equal("curve: 2 examples, 1 feature, regression target", data.ToString());
        var e = Assert.Throws<InvalidOperationException>(() => data.Labels);
        Assert.Contains("regression", e.Message);
    }

    [Fact]
    public void Constructor_refuses_inconsistent_tables()
    {
        var e = Assert.Throws<ArgumentException>(() => new Dataset([[1, 2], [3]], [0, 1], 2, "bad"));
        Assert.Contains("example 1 has 1 features; expected 2", e.Message);
        e = Assert.Throws<ArgumentException>(() => new Dataset([[1, 2]], [0, 1], 2, "bad"));
        Assert.Contains("1 examples but 2 targets", e.Message);
        e = Assert.Throws<ArgumentException>(() => new Dataset([[1, 2]], [2], 2, "bad"));
        Assert.Contains("target 2; expected a class index 0..1", e.Message);
        e = Assert.Throws<ArgumentException>(() => new Dataset([[1, 2]], [0.5], 2, "bad"));
        Assert.Contains("target 0.5", e.Message);
        Assert.Throws<ArgumentException>(() => new Dataset([], [], 2, "empty"));
    }

    [Fact]
    public void Take_picks_rows_in_the_given_order()
    {
        var part = Small().Take([4, 0, 2]);
        Assert.Equal([[9.0, 10], [1, 2], [5, 6]], part.Features);
        Assert.Equal([0.0, 0, 2], part.Targets);
        Assert.Equal(3, part.Classes);
        var e = Assert.Throws<ArgumentException>(() => Small().Take([5]));
        Assert.Contains("index 5; expected 0..4", e.Message);
    }

    [Fact]
    public void Split_is_seeded_disjoint_and_complete()
    {
        var data = Datasets.TwoMoons(100, seed: 3);
        var (train, test) = data.Split(0.2, seed: 7);
        Assert.Equal(80, train.Count);
        Assert.Equal(20, test.Count);
        Assert.Equal("two moons (train): 80 examples, 2 features, 2 classes", train.ToString());

        // Rows are shared, so reference identity shows which example went where.
        var all = train.Features.Concat(test.Features).ToHashSet(ReferenceEqualityComparer.Instance);
        Assert.Equal(100, all.Count);
        Assert.All(data.Features, row => Assert.Contains(row, all));

        var (again, _) = data.Split(0.2, seed: 7);
        Assert.Equal(train.Features, again.Features);
        var (other, _) = data.Split(0.2, seed: 8);
        Assert.NotEqual(train.Features, other.Features);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void Split_refuses_a_bad_fraction(double fraction)
    {
        var e = Assert.Throws<ArgumentException>(() => Small().Split(fraction, 1));
        Assert.Contains("expected a number between 0 and 1", e.Message);
    }

    [Fact]
    public void OneHot_encodes_and_decodes()
    {
        var rows = OneHot.Encode([2, 0, 1], 3);
        Assert.Equal([[0.0, 0, 1], [1, 0, 0], [0, 1, 0]], rows);
        Assert.Equal([2, 0, 1], OneHot.Decode(rows));
        Assert.Equal([1, 0], OneHot.Decode([[0.1, 0.7, 0.2], [0.5, 0.5, 0.0]]));
        Assert.Equal(OneHot.Encode(Small().Labels, 3), Small().OneHotTargets());
    }

    [Fact]
    public void OneHot_names_a_label_out_of_range()
    {
        var e = Assert.Throws<ArgumentException>(() => OneHot.Encode([0, 3, 1], 3));
        Assert.Contains("label 3 at position 1; expected a class index 0..2 for 3 classes", e.Message);
        Assert.Throws<ArgumentException>(() => OneHot.Encode([-1], 3));
        Assert.Throws<ArgumentException>(() => OneHot.Decode([[1.0], []]));
    }
}
