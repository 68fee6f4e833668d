using System.IO.Compression;

namespace Workshop.DeepLearning.Tests.Data;

public class IdxLoaderTests
{
    // Three 2×2 images with pixels 0..11, in IDX: 00 00 08 03, then 3, 2, 2 as big-endian int32.
    private static byte[] Images() =>
        [0, 0, 8, 3, 0, 0, 0, 3, 0, 0, 0, 2, 0, 0, 0, 2, 0, 51, 102, 255, 4, 5, 6, 7, 8, 9, 10, 11];

    private static byte[] Labels() => [0, 0, 8, 1, 0, 0, 0, 3, 2, 0, 1];

    private static byte[] Gzip(byte[] raw)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(raw);
        return output.ToArray();
    }

    [Fact]
    public void Reads_raw_and_gzip_files_alike()
    {
        foreach (var bytes in new[] { Images(), Gzip(Images()) })
        {
            var idx = IdxLoader.Read(bytes, "images");
            Assert.Equal([3, 2, 2], idx.Dimensions);
            Assert.Equal(3, idx.Count);
            Assert.Equal(4, idx.ItemSize);
            Assert.Equal(Images()[16..], idx.Values);
        }
    }

    [Fact]
    public void Loads_images_and_labels_as_a_dataset_scaled_to_0_1()
    {
        using var temp = new TempFolder();
        File.WriteAllBytes(temp.File("images.gz"), Gzip(Images()));
        File.WriteAllBytes(temp.File("labels"), Labels());
        var data = IdxLoader.LoadDataset(temp.File("images.gz"), temp.File("labels"), 3, "tiny");
        Assert.Equal("tiny: 3 examples, 4 features, 3 classes", data.ToString());
        Assert.Equal([0.0, 0.2, 0.4, 1.0], data.Features[0]);
        Assert.Equal([2, 0, 1], data.Labels);
    }

    [Fact]
    public void A_truncated_file_says_how_much_is_missing()
    {
        var raw = Images()[..^3];
        foreach (var bytes in new[] { raw, Gzip(raw) })
        {
            var e = Assert.Throws<InvalidDataException>(() => IdxLoader.Read(bytes, "cut.idx"));
            Assert.Equal("cut.idx is truncated: the header says 3×2×2 = 12 bytes of data; the file has 9.", e.Message);
        }
        var header = Assert.Throws<InvalidDataException>(() => IdxLoader.Read(Images()[..10], "short"));
        Assert.Contains("short is truncated: 10 bytes, shorter than its 16-byte header", header.Message);
    }

    [Fact]
    public void A_cut_gzip_stream_is_refused()
    {
        var gz = Gzip(Images());
        var e = Assert.ThrowsAny<InvalidDataException>(() => IdxLoader.Read(gz[..(gz.Length / 2)], "half.gz"));
        Assert.StartsWith("half.gz", e.Message);
    }

    [Fact]
    public void Wrong_magic_type_and_extra_bytes_are_refused()
    {
        var bytes = Images();
        bytes[0] = 0x50;
        var e = Assert.Throws<InvalidDataException>(() => IdxLoader.Read(bytes, "photo.png"));
        Assert.Contains("photo.png is not an IDX file", e.Message);

        bytes = Images();
        bytes[2] = 0x0D;
        e = Assert.Throws<InvalidDataException>(() => IdxLoader.Read(bytes, "floats"));
        Assert.Contains("IDX type 0x0d", e.Message);

        e = Assert.Throws<InvalidDataException>(() => IdxLoader.Read([.. Images(), 1, 2], "long"));
        Assert.Contains("2 bytes after the 3×2×2 data", e.Message);
    }

    [Fact]
    public void Images_and_labels_must_match()
    {
        using var temp = new TempFolder();
        File.WriteAllBytes(temp.File("images"), Images());
        File.WriteAllBytes(temp.File("labels"), [0, 0, 8, 1, 0, 0, 0, 2, 0, 1]);
        var e = Assert.Throws<InvalidDataException>(() => IdxLoader.LoadDataset(temp.File("images"), temp.File("labels"), 3, "x"));
        Assert.Contains("images has 3 images but labels has 2 labels", e.Message);

        File.WriteAllBytes(temp.File("labels"), Labels());
        e = Assert.Throws<InvalidDataException>(() => IdxLoader.LoadDataset(temp.File("images"), temp.File("labels"), 2, "x"));
        Assert.Contains("label 2 at position 0; expected 0..1", e.Message);
    }
}
