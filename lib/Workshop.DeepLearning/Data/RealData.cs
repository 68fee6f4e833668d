using System.Security.Cryptography;

namespace Workshop.DeepLearning;

/// <summary>A file in the repository's data/ folder with the size and SHA-256 it must have (as listed in data/README.md).</summary>
public sealed record DataFile(string FileName, long Bytes, string Sha256);

/// <summary>
/// The real data sets committed in data/ (see data/README.md for sources, licences and the script that makes them).
/// Every file is checked against its SHA-256 before it is read, so a damaged download never trains silently.
/// Pixels are scaled to [0, 1]; the train/test splits are fixed, so every notebook and every run sees the same ones.
/// </summary>
public static class RealData
{
    public const string DigitsFile = "digits.csv.gz";
    public const string FashionTrainImagesFile = "fashion-mnist-train-30k-images-idx3-ubyte.gz";
    public const string FashionTrainLabelsFile = "fashion-mnist-train-30k-labels-idx1-ubyte.gz";
    public const string FashionTestImagesFile = "fashion-mnist-t10k-images-idx3-ubyte.gz";
    public const string FashionTestLabelsFile = "fashion-mnist-t10k-labels-idx1-ubyte.gz";

    /// <summary>The digits split: the first 1 437 images train, the last 360 test (about 80/20; the file's order, no shuffle).</summary>
    public const int DigitsTrainCount = 1437;

    /// <summary>The expected files; the same numbers are in data/README.md and data/SHA256SUMS (a test checks they agree).</summary>
    public static IReadOnlyList<DataFile> Files { get; } =
    [
        new(DigitsFile, 53_589, "b75c3414ecb59cfd11b88c2d2a9e65f1c3dc09da1b1c8bc4c2dbff654488e25c"),
        new(FashionTrainImagesFile, 13_101_257, "8a9f6f3431141138dd443c144fd9e9c46299a95c54252534fc9b1faa4e15a130"),
        new(FashionTrainLabelsFile, 15_021, "563fa6b064fcde94ce396c7d52bdaf363aac167b3f95ef794698e81a739adbf8"),
        new(FashionTestImagesFile, 4_422_079, "cc1d090a38ace84dfa1aa66e3ada7c336ef481a96936906477e6dd344da56eaa"),
        new(FashionTestLabelsFile, 5_125, "8d3605d196f4be44669e46906da9733c8131fef761fdbfec72c424d5222f1a05"),
    ];

    public static IReadOnlyList<string> DigitClassNames { get; } = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

    public static IReadOnlyList<string> FashionMnistClassNames { get; } =
        ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"];

    /// <summary>
    /// The UCI 8×8 handwritten digits: 1 797 images of 64 pixels (0..16 ink counts, scaled to [0, 1]), 10 classes.
    /// Train: the first 1 437 images; test: the last 360 (each digit 33–37 times).
    /// </summary>
    /// <param name="dataFolder">The data/ folder; null finds it by looking upward from the working folder and from the program's folder.</param>
    public static (Dataset Train, Dataset Test) Digits(string? dataFolder = null)
    {
        string path = VerifiedPath(dataFolder, DigitsFile);
        var all = CsvLoader.Load(path, new CsvOptions(TargetColumn: "label", Name: "digits"));
        if (all.Count != 1797 || all.FeatureCount != 64 || all.Classes != 10)
            throw new InvalidDataException($"{path} holds {all}; expected 1797 examples, 64 features, 10 classes.");

        var scaled = new Dataset(
            Array.ConvertAll(all.Features, row => Array.ConvertAll(row, v => v / 16.0)), all.Targets, 10, "digits");
        var train = scaled.Take(Enumerable.Range(0, DigitsTrainCount).ToArray());
        var test = scaled.Take(Enumerable.Range(DigitsTrainCount, scaled.Count - DigitsTrainCount).ToArray());
        return (Rename(train, "digits (train)"), Rename(test, "digits (test)"));
    }

    /// <summary>
    /// Fashion-MNIST (Zalando): 28×28 greyscale clothing images, 784 pixels scaled to [0, 1], 10 classes
    /// (<see cref="FashionMnistClassNames"/>). Train: the first 30 000 of the official 60 000 training images;
    /// test: the official 10 000-image test set.
    /// </summary>
    /// <param name="dataFolder">The data/ folder; null finds it by looking upward from the working folder and from the program's folder.</param>
    public static (Dataset Train, Dataset Test) FashionMnist(string? dataFolder = null)
    {
        var train = LoadIdx(dataFolder, FashionTrainImagesFile, FashionTrainLabelsFile, "fashion-mnist (train)");
        var test = LoadIdx(dataFolder, FashionTestImagesFile, FashionTestLabelsFile, "fashion-mnist (test)");
        return (train, test);
    }

    /// <summary>Checks every file in <see cref="Files"/>; throws with the first problem found (for a set-up check).</summary>
    public static void Verify(string? dataFolder = null)
    {
        foreach (var file in Files) VerifiedBytes(dataFolder, file.FileName);
    }

    /// <summary>
    /// The folder named data that holds digits.csv.gz, looking in the working folder, then its parents, then in the
    /// program's folder and its parents; so it works from notebooks/, from tests and from tools.
    /// </summary>
    public static string FindDataFolder()
    {
        var starts = new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory };
        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "data");
                if (File.Exists(Path.Combine(candidate, DigitsFile))) return candidate;
            }
        }
        throw new DirectoryNotFoundException(
            $"Could not find the data folder (a folder 'data' holding {DigitsFile}) in or above {starts[0]} or {starts[1]}. " +
            "Run from inside the workshop repository, or pass the folder: RealData.Digits(dataFolder: \"path/to/data\").");
    }

    private static Dataset LoadIdx(string? dataFolder, string imagesFile, string labelsFile, string name)
    {
        var images = IdxLoader.Read(VerifiedBytes(dataFolder, imagesFile), imagesFile);
        var labels = IdxLoader.Read(VerifiedBytes(dataFolder, labelsFile), labelsFile);
        return IdxLoader.ToDataset(images, labels, 10, name, imagesFile, labelsFile);
    }

    private static string VerifiedPath(string? dataFolder, string fileName)
    {
        VerifiedBytes(dataFolder, fileName);
        return Path.Combine(dataFolder ?? FindDataFolder(), fileName);
    }

    private static byte[] VerifiedBytes(string? dataFolder, string fileName)
    {
        var expected = Files.Single(f => f.FileName == fileName);
        string path = Path.GetFullPath(Path.Combine(dataFolder ?? FindDataFolder(), fileName));
        const string fix = "Re-run data/make-data.sh or git checkout data/ to restore it.";
        if (!File.Exists(path))
            throw new FileNotFoundException($"Data file {path} is missing (expected SHA-256 {expected.Sha256}). {fix}", path);

        byte[] bytes = File.ReadAllBytes(path);
        string actual = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (actual != expected.Sha256)
        {
            string what = bytes.Length < expected.Bytes ? "truncated" : "altered";
            throw new InvalidDataException(
                $"Data file {path} is {what}: expected SHA-256 {expected.Sha256} ({expected.Bytes} bytes), " +
                $"actual SHA-256 {actual} ({bytes.Length} bytes). {fix}");
        }
        return bytes;
    }

    private static Dataset Rename(Dataset data, string name) => new(data.Features, data.Targets, data.Classes, name);
}
