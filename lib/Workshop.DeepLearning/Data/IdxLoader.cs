using System.Buffers.Binary;
using System.IO.Compression;

namespace Workshop.DeepLearning;

/// <summary>The contents of an IDX file: its dimensions (e.g. 10 000 × 28 × 28) and its bytes in row-major order.</summary>
public sealed record IdxData(int[] Dimensions, byte[] Values)
{
    /// <summary>The first dimension: number of images or labels.</summary>
    public int Count => Dimensions[0];

    /// <summary>Bytes per item: 784 for a 28×28 image, 1 for a label.</summary>
    public int ItemSize => Dimensions.Skip(1).Aggregate(1, (a, b) => a * b);
}

/// <summary>
/// Reads the IDX format of MNIST and Fashion-MNIST (gzip-compressed or not, recognised by the first bytes).
/// Layout: two zero bytes, a type byte (0x08 = unsigned byte), the number of dimensions, then each
/// dimension as a big-endian 32-bit integer, then the data.
/// </summary>
public static class IdxLoader
{
    private const byte UnsignedByte = 0x08;

    /// <summary>Reads an IDX file (e.g. train-images-idx3-ubyte.gz).</summary>
    public static IdxData Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
            throw new FileNotFoundException($"IDX file not found: {Path.GetFullPath(path)}", path);
        return Read(File.ReadAllBytes(path), Path.GetFileName(path));
    }

    /// <summary>Reads IDX content already in memory; <paramref name="name"/> is used in error messages.</summary>
    public static IdxData Read(byte[] bytes, string name)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        byte[] raw = IsGzip(bytes) ? Gunzip(bytes, name) : bytes;

        if (raw.Length < 4)
            throw new InvalidDataException($"{name} is truncated: {raw.Length} bytes; an IDX file starts with a 4-byte magic number.");
        if (raw[0] != 0 || raw[1] != 0)
            throw new InvalidDataException(
                $"{name} is not an IDX file: its magic number starts {raw[0]:x2} {raw[1]:x2}; expected 00 00 (then the type 08 and the number of dimensions).");
        if (raw[2] != UnsignedByte)
            throw new InvalidDataException($"{name} holds IDX type 0x{raw[2]:x2}; only unsigned bytes (0x08, as in MNIST) are supported.");
        int rank = raw[3];
        if (rank == 0)
            throw new InvalidDataException($"{name} declares 0 dimensions; expected at least 1.");

        int headerSize = 4 + 4 * rank;
        if (raw.Length < headerSize)
            throw new InvalidDataException($"{name} is truncated: {raw.Length} bytes, shorter than its {headerSize}-byte header ({rank} dimensions).");
        var dimensions = new int[rank];
        long expected = 1;
        for (int d = 0; d < rank; d++)
        {
            dimensions[d] = BinaryPrimitives.ReadInt32BigEndian(raw.AsSpan(4 + 4 * d, 4));
            if (dimensions[d] < 0)
                throw new InvalidDataException($"{name} declares dimension {d} as {dimensions[d]}; expected a size ≥ 0.");
            expected *= dimensions[d];
        }

        long actual = raw.Length - headerSize;
        string shape = string.Join("×", dimensions);
        if (actual < expected)
            throw new InvalidDataException($"{name} is truncated: the header says {shape} = {expected} bytes of data; the file has {actual}.");
        if (actual > expected)
            throw new InvalidDataException($"{name} has {actual - expected} bytes after the {shape} data it declares; the file is damaged or not IDX.");

        return new IdxData(dimensions, raw[headerSize..]);
    }

    /// <summary>
    /// Reads an images file and its labels file into a data set: one row of pixels per image, scaled from 0..255 to [0, 1].
    /// </summary>
    public static Dataset LoadDataset(string imagesPath, string labelsPath, int classes, string name)
    {
        var images = Read(imagesPath);
        var labels = Read(labelsPath);
        return ToDataset(images, labels, classes, name, Path.GetFileName(imagesPath), Path.GetFileName(labelsPath));
    }

    internal static Dataset ToDataset(IdxData images, IdxData labels, int classes, string name, string imagesName, string labelsName)
    {
        if (images.Dimensions.Length < 2)
            throw new InvalidDataException($"{imagesName} has {images.Dimensions.Length} dimension; expected images (count × height × width).");
        if (labels.Dimensions.Length != 1)
            throw new InvalidDataException($"{labelsName} has {labels.Dimensions.Length} dimensions; expected labels (1 dimension).");
        if (images.Count != labels.Count)
            throw new InvalidDataException($"{imagesName} has {images.Count} images but {labelsName} has {labels.Count} labels; expected the same count.");

        int size = images.ItemSize;
        var features = new double[images.Count][];
        for (int i = 0; i < features.Length; i++)
        {
            var row = new double[size];
            var pixels = images.Values.AsSpan(i * size, size);
            for (int j = 0; j < size; j++) row[j] = pixels[j] / 255.0;
            features[i] = row;
        }
        var targets = new double[labels.Count];
        for (int i = 0; i < targets.Length; i++)
        {
            if (labels.Values[i] >= classes)
                throw new InvalidDataException($"{labelsName} has label {labels.Values[i]} at position {i}; expected 0..{classes - 1}.");
            targets[i] = labels.Values[i];
        }
        return new Dataset(features, targets, classes, name);
    }

    private static bool IsGzip(byte[] bytes) => bytes.Length >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b;

    private static byte[] Gunzip(byte[] bytes, string name)
    {
        try
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var output = new MemoryStream();
            gzip.CopyTo(output);
            return output.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{name} is a damaged or truncated gzip file: {e.Message}", e);
        }
    }
}
