using Workshop.DeepLearning;

namespace Workshop.MLNet.Tests;

internal static class TestSets
{
    /// <summary>Well separated blobs: any sensible classifier gets (nearly) all of them right.</summary>
    public static (Dataset Train, Dataset Test) Blobs(int classes, int seed = 1) =>
        Datasets.Blobs(countPerClass: 60, classes, spread: 0.3, seed).Split(0.25, seed);
}
