using System.Globalization;

namespace Workshop.DeepLearning;

/// <summary>How well one class was recognised: how many examples it has, precision, recall and F1.</summary>
public sealed record ClassScore(int Class, string Name, int Support, double Precision, double Recall, double F1);

/// <summary>
/// Accuracy, per-class precision/recall/F1, macro-F1 and the confusion matrix of any classifier, computed from two
/// lists of class indices. It does not care where the predictions came from, so the workshop's network and an
/// ML.NET model are scored by the same code.
/// </summary>
/// <remarks>
/// A class that was never predicted has precision 0; a class with no examples has recall 0; F1 is 0 when precision
/// and recall are both 0. Macro-F1 is the plain mean of the per-class F1 over all classes, so a rare class counts as
/// much as a common one (scikit-learn's defaults give the same numbers).
/// </remarks>
public sealed class ClassificationReport
{
    private ClassificationReport(int[,] confusion, IReadOnlyList<string> classNames, int[] misclassified)
    {
        Confusion = confusion;
        ClassNames = classNames;
        Misclassified = misclassified;
        Classes = confusion.GetLength(0);
        for (int t = 0; t < Classes; t++)
        for (int p = 0; p < Classes; p++)
        {
            Count += confusion[t, p];
            if (t == p) Correct += confusion[t, p];
        }

        var scores = new ClassScore[Classes];
        for (int c = 0; c < Classes; c++)
        {
            int support = 0, predicted = 0;
            for (int k = 0; k < Classes; k++)
            {
                support += confusion[c, k];
                predicted += confusion[k, c];
            }
            int hits = confusion[c, c];
            double precision = predicted == 0 ? 0 : (double)hits / predicted;
            double recall = support == 0 ? 0 : (double)hits / support;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            scores[c] = new ClassScore(c, classNames[c], support, precision, recall, f1);
        }
        PerClass = scores;
    }

    public int Classes { get; }

    /// <summary>Examples scored.</summary>
    public int Count { get; }

    /// <summary>Examples whose predicted class is the true one.</summary>
    public int Correct { get; }

    public double Accuracy => (double)Correct / Count;

    /// <summary>The mean F1 over all classes (every class weighs the same, however many examples it has).</summary>
    public double MacroF1 => PerClass.Average(s => s.F1);

    /// <summary>Confusion[true class, predicted class] = how many examples of the true class got that prediction.</summary>
    public int[,] Confusion { get; }

    public IReadOnlyList<string> ClassNames { get; }

    public IReadOnlyList<ClassScore> PerClass { get; }

    /// <summary>Positions (in the scored lists) of the examples predicted wrong, in order.</summary>
    public IReadOnlyList<int> Misclassified { get; }

    /// <summary>Scores <paramref name="predicted"/> against <paramref name="truth"/> (both class indices 0..classes−1).</summary>
    public static ClassificationReport From(IReadOnlyList<int> truth, IReadOnlyList<int> predicted, int classes,
        IReadOnlyList<string>? classNames = null)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(predicted);
        if (classes < 2)
            throw new ArgumentException($"A classification report needs at least 2 classes; got {classes}.", nameof(classes));
        if (truth.Count == 0)
            throw new ArgumentException("A classification report needs at least one example; got none.", nameof(truth));
        if (predicted.Count != truth.Count)
            throw new ArgumentException(
                $"A classification report got {predicted.Count} predictions for {truth.Count} true labels; expected one prediction per example.",
                nameof(predicted));
        if (classNames is not null && classNames.Count != classes)
            throw new ArgumentException($"A classification report got {classNames.Count} class names for {classes} classes.", nameof(classNames));

        var confusion = new int[classes, classes];
        var wrong = new List<int>();
        for (int i = 0; i < truth.Count; i++)
        {
            int t = truth[i], p = predicted[i];
            if (t < 0 || t >= classes)
                throw new ArgumentException($"A classification report got true label {t} at example {i}; expected a class index 0..{classes - 1}.", nameof(truth));
            if (p < 0 || p >= classes)
                throw new ArgumentException($"A classification report got prediction {p} at example {i}; expected a class index 0..{classes - 1}.", nameof(predicted));
            confusion[t, p]++;
            if (t != p) wrong.Add(i);
        }
        var names = classNames ?? Enumerable.Range(0, classes).Select(c => c.ToString(CultureInfo.InvariantCulture)).ToArray();
        return new ClassificationReport(confusion, names, wrong.ToArray());
    }

    /// <summary>"accuracy 97.2 %, macro-F1 0.972 (350 of 360 right)".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"accuracy {Accuracy:P1}, macro-F1 {MacroF1:F3} ({Correct} of {Count} right)");
}
