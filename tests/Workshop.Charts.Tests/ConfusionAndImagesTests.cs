namespace Workshop.Charts.Tests;

public class ConfusionAndImagesTests
{
    [Fact]
    public void ConfusionMatrix_counts_true_rows_against_predicted_columns_and_writes_each_count()
    {
        int[] truth = [0, 0, 1, 1, 1, 2];
        int[] predicted = [0, 1, 1, 1, 2, 2];
        var chart = Charts.ConfusionMatrix(truth, predicted, ["cat", "dog", "fox"]);
        var heat = Figure.Traces(chart)[0];
        Assert.Equal([[1.0, 1, 0], [0, 2, 1], [0, 0, 1]], heat.GetProperty("z").Matrix());
        Assert.Equal(["cat", "dog", "fox"], heat.GetProperty("x").Strings());
        var layout = Figure.Layout(chart);
        var texts = layout.GetProperty("annotations").EnumerateArray().Select(a => a.GetProperty("text").GetString()!).ToArray();
        Assert.Equal(new[] { "1", "1", "0", "0", "2", "1", "0", "0", "1" }, texts);
        Assert.Contains("accuracy 66.7%", layout.GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void ConfusionCounts_rejects_labels_outside_the_classes()
    {
        var e = Assert.Throws<ArgumentException>(() => Charts.ConfusionCounts([0, 3], [0, 1], 2));
        Assert.Contains("Example 1", e.Message);
    }

    [Fact]
    public void ImageGrid_tiles_the_pixels_and_marks_wrong_predictions()
    {
        // Two 2×2 images: a diagonal and a full square.
        double[][] images = [[1, 0, 0, 1], [1, 1, 1, 1]];
        var chart = Charts.ImageGrid(images, 2, 2, truth: [3, 8], predicted: [3, 1], columns: 2);
        var z = Figure.Traces(chart)[0].GetProperty("z");
        // Each tile has 3 label rows above it and 1 gap column after it: image 0 starts at (3, 0), image 1 at (3, 3).
        Assert.Equal(1.0, z[3][0].GetDouble());
        Assert.Equal(0.0, z[3][1].GetDouble());
        Assert.Equal(1.0, z[4][1].GetDouble());
        Assert.Equal(1.0, z[4][4].GetDouble());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, z[3][2].ValueKind); // the gap stays empty
        var layout = Figure.Layout(chart);
        var labels = layout.GetProperty("annotations").EnumerateArray().ToArray();
        Assert.Equal("3", labels[0].GetProperty("text").GetString());
        Assert.Equal("1 ≠ 8", labels[1].GetProperty("text").GetString());
        Assert.Equal(Palette.Negative, labels[1].GetProperty("font").GetProperty("color").GetString());
        var frame = Assert.Single(layout.GetProperty("shapes").EnumerateArray());
        Assert.Equal(2.5, frame.GetProperty("x0").GetDouble());
    }

    [Fact]
    public void ImageGrid_checks_the_pixel_count()
    {
        var e = Assert.Throws<ArgumentException>(() => Charts.ImageGrid([new double[63]], 8, 8));
        Assert.Contains("63 pixels; a 8×8 image has 64", e.Message);
    }
}
