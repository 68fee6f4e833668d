using System.Diagnostics;
using System.Globalization;
using Workshop.DeepLearning;

namespace Workshop.MLNet;

/// <summary>One line of the comparison table: a model on a data set, its test scores and its times.</summary>
public sealed record ComparisonRow(string Model, string Data, double Accuracy, double MacroF1, double FitSeconds, double PredictMilliseconds)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Model} on {Data}: accuracy {Accuracy:P1}, macro-F1 {MacroF1:F3}, fit {FitSeconds:F2} s, predict {PredictMilliseconds:F0} ms");
}

/// <summary>A model's predictions on a test set with their report and the table row that sums them up.</summary>
public sealed record ComparisonResult(ComparisonRow Row, ClassificationReport Report, int[] Predictions);

/// <summary>Scores any <see cref="IClassifier"/> on a test set the same way: one timed Predict, then one report.</summary>
public static class Comparison
{
    public static ComparisonResult Score(IClassifier model, Dataset test, IReadOnlyList<string>? classNames = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(test);
        if (test.Classes != model.Classes)
            throw new ArgumentException($"{model.Name} knows {model.Classes} classes but '{test.Name}' has {test.Classes}.", nameof(test));
        var watch = Stopwatch.StartNew();
        int[] predictions = model.Predict(test);
        watch.Stop();
        var report = ClassificationReport.From(test.Labels, predictions, test.Classes, classNames);
        var row = new ComparisonRow(model.Name, test.Name, report.Accuracy, report.MacroF1, model.FitTime.TotalSeconds, watch.Elapsed.TotalMilliseconds);
        return new ComparisonResult(row, report, predictions);
    }
}
