namespace Workshop.DeepLearning.Tests.Lessons;

public class RealDataSplitsTests
{
    [Fact]
    public void Shuffled_digits_keep_every_image_once_and_mix_the_file_order()
    {
        var (train, test) = RealDataSplits.ShuffledDigits(seed: 1);
        var (fileTrain, fileTest) = RealData.Digits();

        Assert.Equal(1797, train.Count + test.Count);
        Assert.Equal(359, test.Count);
        static string Key(double[] row) => string.Join(",", row);
        var shuffled = train.Features.Concat(test.Features).Select(Key).Order().ToArray();
        var original = fileTrain.Features.Concat(fileTest.Features).Select(Key).Order().ToArray();
        Assert.Equal(original, shuffled);
        // Some test images come from the file's first 1 437 (the fixed split's training part).
        var firstPart = fileTrain.Features.Select(Key).ToHashSet();
        Assert.Contains(test.Features, row => firstPart.Contains(Key(row)));
    }

    [Fact]
    public void The_same_seed_gives_the_same_split_and_another_seed_another()
    {
        var a = RealDataSplits.ShuffledDigits(seed: 1).Test;
        var b = RealDataSplits.ShuffledDigits(seed: 1).Test;
        var c = RealDataSplits.ShuffledDigits(seed: 2).Test;

        Assert.Equal(a.Targets, b.Targets);
        Assert.Equal(a.Features.Select(r => r.Sum()), b.Features.Select(r => r.Sum()));
        Assert.NotEqual(a.Features.Select(r => r.Sum()), c.Features.Select(r => r.Sum()));
    }
}
