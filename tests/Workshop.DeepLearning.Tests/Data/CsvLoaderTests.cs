using System.IO.Compression;
using System.Text;

namespace Workshop.DeepLearning.Tests.Data;

public class CsvLoaderTests
{
    private const string Good = """"
        height,weight,colour,label
        1.5,60,"red, dark",1
        1.8,80.5,blue,0

        1.6,-7e-1,"say ""hi""",2
        """";

    [Fact]
    public void Reads_typed_columns()
    {
        using var temp = new TempFolder();
        var table = CsvLoader.Read(temp.Write("people.csv", Good),
            new CsvOptions(ColumnTypes: new Dictionary<string, CsvColumnType> { ["colour"] = CsvColumnType.String }));
        Assert.Equal(["height", "weight", "colour", "label"], table.ColumnNames);
        Assert.Equal(3, table.RowCount);
        Assert.Equal([1.5, 1.8, 1.6], table.Doubles("height"));
        Assert.Equal([60, 80.5, -0.7], table.Doubles("weight"));
        Assert.Equal(["red, dark", "blue", "say \"hi\""], table.Strings("colour"));
        Assert.Equal([1, 0, 2], table.Ints("label"));
        Assert.Equal(CsvColumnType.Int, table.TypeOf("label"));
        Assert.Throws<InvalidOperationException>(() => table.Ints("height"));
        var e = Assert.Throws<ArgumentException>(() => table.Doubles("age"));
        Assert.Contains("no column 'age'", e.Message);
    }

    [Fact]
    public void Loads_a_classification_dataset()
    {
        using var temp = new TempFolder();
        var data = CsvLoader.Load(temp.Write("people.csv", Good), new CsvOptions(FeatureColumns: ["height", "weight"]));
        Assert.Equal("people.csv: 3 examples, 2 features, 3 classes", data.ToString());
        Assert.Equal([1.8, 80.5], data.Features[1]);
        Assert.Equal([1, 0, 2], data.Labels);
    }

    [Fact]
    public void Loads_regression_and_text_classes_with_another_separator()
    {
        using var temp = new TempFolder();
        string path = temp.Write("flowers.csv", "x;y;species\n1;2.5;virginica\n3;4.5;setosa\n5;6.5;virginica\n");
        var regression = CsvLoader.Load(path, new CsvOptions(TargetColumn: "y", IsClassification: false, Separator: ';',
            FeatureColumns: ["x"], Name: "flowers"));
        Assert.Equal(0, regression.Classes);
        Assert.Equal([2.5, 4.5, 6.5], regression.Targets);

        var classes = CsvLoader.Load(path, new CsvOptions(TargetColumn: "species", Separator: ';',
            ColumnTypes: new Dictionary<string, CsvColumnType> { ["species"] = CsvColumnType.String }));
        Assert.Equal(2, classes.Classes);
        Assert.Equal([1, 0, 1], classes.Labels); // sorted names: setosa = 0, virginica = 1
    }

    [Fact]
    public void Reads_gzip_compressed_files()
    {
        using var temp = new TempFolder();
        string path = temp.File("tiny.csv.gz");
        using (var gzip = new GZipStream(File.Create(path), CompressionLevel.Optimal))
            gzip.Write(Encoding.UTF8.GetBytes("a,label\n0.5,1\n0.25,0\n"));
        var data = CsvLoader.Load(path);
        Assert.Equal([[0.5], [0.25]], data.Features);
        Assert.Equal([1, 0], data.Labels);
    }

    [Fact]
    public void A_bad_number_names_file_line_and_column()
    {
        using var temp = new TempFolder();
        var lines = new List<string> { "pixel_0,pixel_3,label" };
        for (int i = 0; i < 20; i++) lines.Add(i == 15 ? "1,abc,0" : "1,2,0");
        string path = temp.Write("digits.csv", string.Join("\n", lines));
        var e = Assert.Throws<InvalidDataException>(() => CsvLoader.Load(path));
        Assert.Equal("digits.csv line 17, column 'pixel_3': 'abc' is not a number.", e.Message);
    }

    [Fact]
    public void A_bad_class_and_an_empty_field_are_named()
    {
        using var temp = new TempFolder();
        var e = Assert.Throws<InvalidDataException>(() => CsvLoader.Load(temp.Write("a.csv", "x,label\n1,0\n2,1.5\n")));
        Assert.Equal("a.csv line 3, column 'label': '1.5' is not a whole number.", e.Message);
        e = Assert.Throws<InvalidDataException>(() => CsvLoader.Load(temp.Write("b.csv", "x,label\n,0\n")));
        Assert.Equal("b.csv line 2, column 'x': the field is empty; expected a number.", e.Message);
        e = Assert.Throws<InvalidDataException>(() => CsvLoader.Load(temp.Write("c.csv", "x,label\n1,-1\n")));
        Assert.Contains("class -1", e.Message);
    }

    [Fact]
    public void A_missing_column_is_named_with_the_columns_there_are()
    {
        using var temp = new TempFolder();
        string path = temp.Write("d.csv", "x,y\n1,2\n");
        var e = Assert.Throws<InvalidDataException>(() => CsvLoader.Load(path));
        Assert.Contains("d.csv: no target column 'label' in the header; the columns are 'x', 'y'", e.Message);
        e = Assert.Throws<InvalidDataException>(() => CsvLoader.Load(path, new CsvOptions(TargetColumn: "y", FeatureColumns: ["z"])));
        Assert.Contains("no column 'z'", e.Message);
    }

    [Fact]
    public void A_short_row_is_named()
    {
        using var temp = new TempFolder();
        var e = Assert.Throws<InvalidDataException>(() => CsvLoader.Load(temp.Write("e.csv", "x,y,label\n1,2,0\n1,2\n")));
        Assert.Equal("e.csv line 3 has 2 fields; expected 3 like the header.", e.Message);
    }

    [Fact]
    public void Empty_and_header_only_files_are_refused()
    {
        using var temp = new TempFolder();
        var e = Assert.Throws<InvalidDataException>(() => CsvLoader.Load(temp.Write("empty.csv", "")));
        Assert.Equal("empty.csv is empty; expected a header row with the column names.", e.Message);
        e = Assert.Throws<InvalidDataException>(() => CsvLoader.Load(temp.Write("header.csv", "x,label\n")));
        Assert.Contains("header.csv has a header but no data rows", e.Message);
        e = Assert.Throws<InvalidDataException>(() => CsvLoader.Load(temp.Write("twice.csv", "x,x,label\n1,2,0\n")));
        Assert.Contains("names column 'x' twice", e.Message);
    }

    [Fact]
    public void A_missing_file_gives_its_full_path()
    {
        using var temp = new TempFolder();
        var e = Assert.Throws<FileNotFoundException>(() => CsvLoader.Load(temp.File("nope.csv")));
        Assert.Contains(temp.File("nope.csv"), e.Message);
    }
}
