namespace Workshop.DeepLearning.Tests.Batched;

public class TensorTests
{
    [Fact]
    public void Builders_and_conversions_keep_row_major_order()
    {
        var t = Tensor<float>.FromArray(new double[,] { { 1, 2, 3 }, { 4, 5, 6 } });
        Assert.Equal(2, t.Rows);
        Assert.Equal(3, t.Cols);
        Assert.Equal([1f, 2f, 3f, 4f, 5f, 6f], t.Span.ToArray());
        Assert.Equal(6f, t[1, 2]);
        Assert.Equal(new[] { new[] { 4.0, 5.0, 6.0 } }, t.Row(1).ToRows());
        Assert.Equal(5.0, t.ToMatrix()[1, 1]);
        Assert.Equal("Tensor<float> 2×3: [1, 2, 3], [4, 5, 6]", t.ToString());
        Assert.Equal(t.ToRows(), Tensor<float>.FromRows(t.ToRows()).ToRows());
        Assert.Equal([7.0, 8.0], Tensor<double>.FromColumn([7.0, 8.0]).Span.ToArray());
    }

    [Fact]
    public void Resize_reuses_the_array_for_fewer_rows()
    {
        var t = Tensor<double>.FromRows([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]);
        t.Resize(1);
        Assert.Equal(2, t.Span.Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => t[1, 0]);
        t.Resize(3);
        Assert.Equal(5.0, t[2, 0]);
    }

    [Fact]
    public void Ragged_rows_are_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => Tensor<double>.FromRows([[1.0, 2.0], [3.0]]));
        Assert.StartsWith("FromRows: row 1 has 1 values; expected 2 like row 0.", e.Message);
    }
}
