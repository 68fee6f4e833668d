using Workshop.DeepLearning;

namespace Workshop.MLNet;

/// <summary>A trained classifier as the comparison sees it: a name, how long it took to train, and a class for every example.</summary>
public interface IClassifier
{
    string Name { get; }

    int Classes { get; }

    /// <summary>Wall-clock time the training took (Stopwatch).</summary>
    TimeSpan FitTime { get; }

    /// <summary>The predicted class index (0..Classes−1) of every example of <paramref name="data"/>.</summary>
    int[] Predict(Dataset data);
}
