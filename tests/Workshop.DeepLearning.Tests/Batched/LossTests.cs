namespace Workshop.DeepLearning.Tests.Batched;

public class LossTests
{
    [Fact]
    public void MeanSquaredError_matches_hand_values()
    {
        var loss = new MeanSquaredError<double>();
        var p = Tensor<double>.FromColumn([1.0, 2.0]);
        var y = Tensor<double>.FromColumn([0.0, 4.0]);
        // ((1 − 0)² + (2 − 4)²) / 2 = 2.5; ∂J/∂ŷ = 2(ŷ − y)/n = [1, −2].
        Assert.Equal(2.5, loss.Loss(p, y), 12);
        var g = loss.Gradient(p, y);
        Assert.Equal(1.0, g[0, 0], 12);
        Assert.Equal(-2.0, g[1, 0], 12);
    }

    [Fact]
    public void BinaryCrossEntropy_matches_hand_values()
    {
        var loss = new BinaryCrossEntropy<double>();
        var p = Tensor<double>.FromColumn([0.9, 0.2]);
        var y = Tensor<double>.FromColumn([1.0, 0.0]);
        // −(ln 0.9 + ln 0.8) / 2; ∂J/∂ŷ = −1/(2·0.9) and 1/(2·0.8).
        Assert.Equal(0.164252033486018, loss.Loss(p, y), 12);
        var g = loss.Gradient(p, y);
        Assert.Equal(-1 / 1.8, g[0, 0], 12);
        Assert.Equal(1 / 1.6, g[1, 0], 12);
    }

    [Fact]
    public void BinaryCrossEntropy_clamps_so_certainty_that_is_wrong_stays_finite()
    {
        var p = Tensor<float>.FromColumn([0.0, 1.0]);
        var y = Tensor<float>.FromColumn([1.0, 0.0]);
        var loss = new BinaryCrossEntropy<float>();
        double value = loss.Loss(p, y);
        Assert.True(double.IsFinite(value) && value > 10, $"loss {value}");
        var g = loss.Gradient(p, y);
        Assert.True(float.IsFinite(g[0, 0]) && g[0, 0] < 0);
        Assert.True(float.IsFinite(g[1, 0]) && g[1, 0] > 0);
    }

    [Fact]
    public void SoftmaxCrossEntropy_matches_hand_values_with_indices_and_one_hot()
    {
        var loss = new SoftmaxCrossEntropy<double>();
        var z = Tensor<double>.FromRows([[1.0, 2.0, 3.0]]);
        // log Σ e^z − z₂ = ln(e⁻² + e⁻¹ + 1).
        Assert.Equal(0.4076059644443806, loss.Loss(z, Tensor<double>.FromColumn([2.0])), 12);
        Assert.Equal(2.4076059644443806, loss.Loss(z, Tensor<double>.FromColumn([0.0])), 12);
        Assert.Equal(0.4076059644443806, loss.Loss(z, Tensor<double>.FromRows([[0.0, 0.0, 1.0]])), 12);

        double[] softmax = [0.09003057317038046, 0.24472847105479764, 0.6652409557748219];
        foreach (var target in new[] { Tensor<double>.FromColumn([2.0]), Tensor<double>.FromRows([[0.0, 0.0, 1.0]]) })
        {
            var g = loss.Gradient(z, target);
            Assert.Equal(softmax[0], g[0, 0], 12);
            Assert.Equal(softmax[1], g[0, 1], 12);
            Assert.Equal(softmax[2] - 1, g[0, 2], 12);
        }
    }

    [Fact]
    public void SoftmaxCrossEntropy_is_a_mean_over_the_batch_and_stable_for_huge_logits()
    {
        var loss = new SoftmaxCrossEntropy<float>();
        var z = Tensor<float>.FromRows([[1.0, 2.0, 3.0], [0.5, -0.5, 0.0]]);
        // (0.40761 + (ln(1 + e⁻¹ + e^−0.5) … computed for row 2 with class 0.
        double row2 = Math.Log(Math.Exp(0.5) + Math.Exp(-0.5) + 1) - 0.5;
        Assert.Equal((0.4076059644443806 + row2) / 2, loss.Loss(z, Tensor<float>.FromColumn([2.0, 0.0])), 5);

        var huge = Tensor<float>.FromRows([[1000.0, 0.0]]);
        Assert.Equal(0.0, loss.Loss(huge, Tensor<float>.FromColumn([0.0])), 6);
        Assert.Equal(1000.0, loss.Loss(huge, Tensor<float>.FromColumn([1.0])), 3);
        var g = loss.Gradient(huge, Tensor<float>.FromColumn([1.0]));
        Assert.Equal(1f, g[0, 0], 5);
        Assert.Equal(-1f, g[0, 1], 5);
    }

    [Fact]
    public void Losses_name_the_shapes_they_expected()
    {
        var p = Tensor<double>.Zeros(4, 1);
        var e = Assert.Throws<ArgumentException>(() => new MeanSquaredError<double>().Loss(p, Tensor<double>.Zeros(4, 2)));
        Assert.StartsWith("MeanSquaredError got targets of shape 4×2; expected 4×1 like the predictions.", e.Message);

        e = Assert.Throws<ArgumentException>(() => new BinaryCrossEntropy<double>().Gradient(p, Tensor<double>.Zeros(3, 1)));
        Assert.StartsWith("BinaryCrossEntropy got targets of shape 3×1; expected 4×1 like the predictions.", e.Message);

        var logits = Tensor<double>.Zeros(2, 3);
        e = Assert.Throws<ArgumentException>(() => new SoftmaxCrossEntropy<double>().Loss(logits, Tensor<double>.Zeros(2, 2)));
        Assert.StartsWith("SoftmaxCrossEntropy got targets of shape 2×2; expected 2×3 (one-hot) or 2×1 (class indices).", e.Message);

        e = Assert.Throws<ArgumentException>(() => new SoftmaxCrossEntropy<double>().Loss(logits, Tensor<double>.FromColumn([0.0, 3.0])));
        Assert.StartsWith("SoftmaxCrossEntropy: target at row 1 is 3; expected a class index 0…2.", e.Message);

        e = Assert.Throws<ArgumentException>(() => new SoftmaxCrossEntropy<double>().Loss(p, p));
        Assert.Contains("needs at least 2 logits per example", e.Message);
    }
}
