using Workshop.DeepLearning;

namespace Workshop.DeepLearning.Tests.Lessons;

public class RealDataClassificationReportTests
{
    // truth:     0 0 0 1 1 2
    // predicted: 0 0 1 1 2 2
    // class 0: P = 2/2, R = 2/3, F1 = 0.8;  class 1: P = 1/2, R = 1/2, F1 = 0.5;  class 2: P = 1/2, R = 1/1, F1 = 2/3
    private static readonly int[] Truth = [0, 0, 0, 1, 1, 2];
    private static readonly int[] Predicted = [0, 0, 1, 1, 2, 2];

    [Fact]
    public void Accuracy_and_macro_f1_match_the_hand_computation()
    {
        var report = ClassificationReport.From(Truth, Predicted, 3);

        Assert.Equal(4.0 / 6, report.Accuracy, 12);
        Assert.Equal((0.8 + 0.5 + 2.0 / 3) / 3, report.MacroF1, 12);
        Assert.Equal([1.0, 0.5, 0.5], report.PerClass.Select(s => s.Precision));
        Assert.Equal(2.0 / 3, report.PerClass[0].Recall, 12);
        Assert.Equal([3, 2, 1], report.PerClass.Select(s => s.Support));
        Assert.Equal([2, 4], report.Misclassified);
    }

    [Fact]
    public void Confusion_rows_are_true_classes_and_columns_predictions()
    {
        var c = ClassificationReport.From(Truth, Predicted, 3).Confusion;

        Assert.Equal(new[,] { { 2, 1, 0 }, { 0, 1, 1 }, { 0, 0, 1 } }, c);
    }

    [Fact]
    public void A_class_that_never_appears_counts_as_f1_zero_in_the_macro_mean()
    {
        var report = ClassificationReport.From([0, 1], [0, 1], 3, ["a", "b", "c"]);

        Assert.Equal(1.0, report.Accuracy);
        Assert.Equal(2.0 / 3, report.MacroF1, 12);
        Assert.Equal("c", report.PerClass[2].Name);
        Assert.Equal(0, report.PerClass[2].F1);
    }

    [Fact]
    public void Mismatched_or_out_of_range_inputs_say_what_is_wrong()
    {
        var count = Assert.Throws<ArgumentException>(() => ClassificationReport.From([0, 1], [0], 2));
        Assert.Contains("1 predictions for 2 true labels", count.Message);
        var range = Assert.Throws<ArgumentException>(() => ClassificationReport.From([0, 1], [0, 5], 2));
        Assert.Contains("prediction 5 at example 1", range.Message);
        Assert.Throws<ArgumentException>(() => ClassificationReport.From([0], [0], 2, ["only one"]));
    }

    [Fact]
    public void ToString_gives_accuracy_and_macro_f1()
    {
        Assert.Equal("accuracy 66.7 %, macro-F1 0.656 (4 of 6 right)", ClassificationReport.From(Truth, Predicted, 3).ToString());
    }
}
