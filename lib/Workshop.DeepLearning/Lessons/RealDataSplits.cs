namespace Workshop.DeepLearning;

/// <summary>Other ways to split the real data sets than the fixed splits of <see cref="RealData"/>.</summary>
public static class RealDataSplits
{
    /// <summary>
    /// All 1 797 digits shuffled with the seed, then <paramref name="testFraction"/> of them put aside for testing.
    /// <see cref="RealData.Digits"/> keeps the file's order, so its test set is the last 360 images, written by people
    /// who wrote none of the training images: a harder test, on which a small MLP scores a few points lower.
    /// Shuffled, both sets mix the same writers, as most published digits results do.
    /// </summary>
    public static (Dataset Train, Dataset Test) ShuffledDigits(int seed, double testFraction = 0.2, string? dataFolder = null)
    {
        var (train, test) = RealData.Digits(dataFolder);
        var all = new Dataset([.. train.Features, .. test.Features], [.. train.Targets, .. test.Targets], train.Classes, "digits");
        return all.Split(testFraction, seed);
    }
}
