using Workshop.DeepLearning;

namespace Workshop.Charts.Tests;

public class BatchedAdapterTests
{
    private static Sequential<double> Network(int outputs, ILayer<double> last) =>
        new(new Dense<double>(2, 4, new Random(2)), new Tanh<double>(), new Dense<double>(4, outputs, new Random(3)), last);

    [Fact]
    public void DecisionBoundary_of_a_Sequential_predicts_the_grid_and_splits_a_sigmoid_at_one_half()
    {
        var network = Network(1, new Sigmoid<double>());
        var traces = Figure.Traces(Charts.DecisionBoundary(network, ScatterTests.Points, ScatterTests.Labels, resolution: 5));
        var x = traces[0].GetProperty("x").Numbers();
        var y = traces[0].GetProperty("y").Numbers();
        var expected = network.Predict(Tensor<double>.FromRows([[x[3], y[1]]]))[0, 0];
        Assert.Equal(expected, traces[0].GetProperty("z").Matrix()[1][3], 12);
        Assert.Equal(0.5, traces[1].GetProperty("contours").GetProperty("start").GetDouble());
    }

    [Fact]
    public void DecisionBoundary_of_a_multi_class_Sequential_shows_the_arg_max()
    {
        var network = Network(3, new Softmax<double>());
        var heat = Figure.Traces(Charts.DecisionBoundary(network, ScatterTests.Points, ScatterTests.Labels, resolution: 4))[0];
        var x = heat.GetProperty("x").Numbers();
        var y = heat.GetProperty("y").Numbers();
        var p = network.Predict(Tensor<double>.FromRows([[x[2], y[3]]])).ToRows()[0];
        Assert.Equal(Array.IndexOf(p, p.Max()), heat.GetProperty("z").Matrix()[3][2]);
    }

    [Fact]
    public void NetworkDiagram_of_a_Sequential_draws_its_Dense_weights()
    {
        var network = Network(1, new Sigmoid<double>());
        var dense = network.Layers.OfType<Dense<double>>().First();
        var weights = Charts.ToArray(dense.Weights);
        Assert.Equal(dense.Weights[1, 2], weights[1, 2]);
        var chart = Charts.NetworkDiagram(network);
        Assert.Equal(["input (2)", "hidden 1 (4)", "output (1)"], Figure.Traces(chart).Select(t => t.Name()));
        Assert.Equal(2 * 4 + 4 * 1, Figure.Layout(chart).GetProperty("shapes").GetArrayLength());
    }

    [Fact]
    public void NetworkTable_of_a_Sequential_lists_its_summary()
    {
        var network = Network(1, new Sigmoid<double>());
        var html = Display.NetworkTable(network);
        foreach (var row in network.Summary())
            Assert.Contains($"<td>{System.Net.WebUtility.HtmlEncode(row.Layer)}</td><td>{System.Net.WebUtility.HtmlEncode(row.OutputShape)}</td>", html);
        Assert.Contains($"<b>{network.ParameterCount:N0}</b>", html);
    }

    [Fact]
    public void TrainingCurves_and_live_curves_take_the_trainers_metrics()
    {
        var history = new List<EpochMetrics> { new(1, 0.7, 0.5, 0.8, 0.4), new(2, 0.3, 0.9, null, null) };
        var drawn = 0;
        var live = new LiveTrainingCurves(_ => drawn++, clock: () => TimeSpan.Zero);
        Action<EpochMetrics> onEpoch = live.Report;   // what a notebook assigns to trainer.OnEpoch
        history.ForEach(onEpoch);
        live.Complete();
        Assert.Equal(2, drawn);
        var traces = Figure.Traces(live.Chart());
        Assert.Equal([0.7, 0.3], traces[0].GetProperty("y").Numbers());
        Assert.Equal([0.8], traces[1].GetProperty("y").Numbers());
        Assert.Equal([0.5, 0.9], traces[2].GetProperty("y").Numbers());
    }
}

public class DatasetAdapterTests
{
    private static readonly Dataset Data = new([[0, 0], [1, 0], [0, 1], [1, 1]], [0, 1, 1, 0], 2, "xor");

    [Fact]
    public void Scatter_of_a_Dataset_uses_its_labels_and_name()
    {
        var chart = Charts.Scatter(Data);
        var traces = Figure.Traces(chart);
        Assert.Equal([0.0, 1], traces[0].GetProperty("x").Numbers());
        Assert.Equal([1.0, 0], traces[1].GetProperty("x").Numbers());
        Assert.Equal("xor", Figure.Layout(chart).GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void DecisionBoundary_of_a_function_over_a_Dataset()
    {
        var traces = Figure.Traces(Charts.DecisionBoundary((a, b) => a * b, Data, resolution: 3));
        var x = traces[0].GetProperty("x").Numbers();
        Assert.Equal(x[2] * x[2], traces[0].GetProperty("z").Matrix()[2][2], 12);
        Assert.Equal(4, traces.Skip(2).Sum(t => t.GetProperty("x").GetArrayLength()));
    }
}

public class ImageDatasetAdapterTests
{
    [Fact]
    public void ImageGrid_of_a_Dataset_finds_the_square_image_size()
    {
        var pixels = Enumerable.Range(0, 3).Select(i => Enumerable.Range(0, 16).Select(p => (double)(p == i ? 1 : 0)).ToArray()).ToArray();
        var data = new Dataset(pixels, [0, 1, 2], 3, "tiny digits");
        var chart = Charts.ImageGrid(data, predicted: [0, 2, 2]);
        var z = Figure.Traces(chart)[0].GetProperty("z");
        // 4×4 images: 3 label rows above, 1 gap column after each; image 1 starts at column 5 with its pixel 1 lit.
        Assert.Equal(1.0, z[3][5 + 1].GetDouble());
        Assert.Equal(0.0, z[3][5].GetDouble());
        var labels = Figure.Layout(chart).GetProperty("annotations").EnumerateArray().Select(a => a.GetProperty("text").GetString()!).ToArray();
        Assert.Equal(new[] { "0", "2 ≠ 1", "2" }, labels);
        Assert.Contains("13 features", Assert.Throws<ArgumentException>(() => Charts.ImageGrid(new Dataset([new double[13]], [0], 1, "odd")))
            .Message);
    }
}
