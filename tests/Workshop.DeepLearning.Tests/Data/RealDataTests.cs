using System.Text.RegularExpressions;

namespace Workshop.DeepLearning.Tests.Data;

public class RealDataTests
{
    [Fact]
    public void Digits_load_1797_images_of_64_pixels_in_0_1()
    {
        var (train, test) = RealData.Digits();
        Assert.Equal("digits (train): 1437 examples, 64 features, 10 classes", train.ToString());
        Assert.Equal("digits (test): 360 examples, 64 features, 10 classes", test.ToString());
        Assert.All(train.Features.Concat(test.Features), row => Assert.All(row, v => Assert.InRange(v, 0.0, 1.0)));
        Assert.Equal(1.0, train.Features.Max(r => r.Max())); // 16 ink pixels → 1
        Assert.All(Enumerable.Range(0, 10), d => Assert.InRange(test.Labels.Count(l => l == d), 33, 37));
        Assert.Equal(0, train.Labels[0]); // the file's first image is a 0
        Assert.Equal(10, RealData.DigitClassNames.Count);
    }

    [Fact]
    public void Fashion_mnist_loads_30k_train_and_10k_test_images_of_784_pixels()
    {
        var (train, test) = RealData.FashionMnist();
        Assert.Equal("fashion-mnist (train): 30000 examples, 784 features, 10 classes", train.ToString());
        Assert.Equal("fashion-mnist (test): 10000 examples, 784 features, 10 classes", test.ToString());
        Assert.All(Enumerable.Range(0, 10), c => Assert.Equal(1000, test.Labels.Count(l => l == c)));
        Assert.InRange(train.Features[0].Max(), 0.9, 1.0);
        Assert.Equal("Ankle boot", RealData.FashionMnistClassNames[train.Labels[0]]); // the first training image is an ankle boot
    }

    [Fact]
    public void The_data_folder_is_found_from_the_test_folder()
    {
        string folder = RealData.FindDataFolder();
        Assert.Equal("data", Path.GetFileName(folder));
        Assert.True(File.Exists(Path.Combine(folder, "README.md")));
        RealData.Verify(folder);
    }

    [Fact]
    public void Checksums_in_code_equal_data_README_and_SHA256SUMS()
    {
        string folder = RealData.FindDataFolder();
        string readme = File.ReadAllText(Path.Combine(folder, "README.md"));
        var rows = Regex.Matches(readme, @"^\| (\S+) \| (\d+) \| ([0-9a-f]{64}) \|$", RegexOptions.Multiline)
            .Select(m => new DataFile(m.Groups[1].Value, long.Parse(m.Groups[2].Value), m.Groups[3].Value))
            .ToList();
        Assert.Equal(RealData.Files, rows);

        var sums = File.ReadAllLines(Path.Combine(folder, "SHA256SUMS"))
            .Select(l => l.Split("  "))
            .ToDictionary(p => p[1], p => p[0]);
        Assert.Equal(RealData.Files.ToDictionary(f => f.FileName, f => f.Sha256), sums);
    }

    [Fact]
    public void An_altered_file_gives_the_expected_and_actual_checksum()
    {
        using var temp = CopyOfData();
        var bytes = File.ReadAllBytes(temp.File(RealData.DigitsFile));
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(temp.File(RealData.DigitsFile), bytes);

        var e = Assert.Throws<InvalidDataException>(() => RealData.Digits(temp.Path));
        var expected = RealData.Files.Single(f => f.FileName == RealData.DigitsFile).Sha256;
        Assert.Contains($"{temp.File(RealData.DigitsFile)} is altered", e.Message);
        Assert.Contains($"expected SHA-256 {expected}", e.Message);
        Assert.Matches("actual SHA-256 [0-9a-f]{64}", e.Message);
        Assert.Contains("Re-run data/make-data.sh or git checkout data/", e.Message);
    }

    [Fact]
    public void A_truncated_file_is_called_truncated()
    {
        using var temp = CopyOfData();
        string path = temp.File(RealData.DigitsFile);
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..1000]);
        var e = Assert.Throws<InvalidDataException>(() => RealData.Digits(temp.Path));
        Assert.Contains($"{path} is truncated", e.Message);
        Assert.Contains("(53589 bytes), actual SHA-256", e.Message);
        Assert.Contains("(1000 bytes)", e.Message);
        Assert.Contains("Re-run data/make-data.sh or git checkout data/", e.Message);
    }

    [Fact]
    public void A_missing_file_is_named_with_its_checksum()
    {
        using var temp = CopyOfData();
        File.Delete(temp.File(RealData.FashionTrainImagesFile));
        var e = Assert.Throws<FileNotFoundException>(() => RealData.FashionMnist(temp.Path));
        var expected = RealData.Files.Single(f => f.FileName == RealData.FashionTrainImagesFile).Sha256;
        Assert.Contains($"{temp.File(RealData.FashionTrainImagesFile)} is missing (expected SHA-256 {expected})", e.Message);
        Assert.Contains("Re-run data/make-data.sh or git checkout data/", e.Message);
        Assert.Throws<FileNotFoundException>(() => RealData.Verify(temp.Path));
    }

    // The small files only (digits and the label files); the image files are not needed by these tests.
    private static TempFolder CopyOfData()
    {
        var temp = new TempFolder();
        string source = RealData.FindDataFolder();
        foreach (var name in new[] { RealData.DigitsFile, RealData.FashionTrainLabelsFile, RealData.FashionTestLabelsFile })
            File.Copy(Path.Combine(source, name), temp.File(name));
        return temp;
    }
}
