using Workshop.DeepLearning;

namespace Workshop.DeepLearning.Tests.Scalar;

public class ScalarLossesTests
{
    private const double Tolerance = 1e-12;

    private static Value[] Values(params double[] xs) => xs.Select(x => new Value(x)).ToArray();

    [Fact]
    public void MeanSquaredError_HandComputed()
    {
        var p = Values(1.0, 2.0);
        var loss = ScalarLosses.MeanSquaredError(p, [0.0, 4.0]); // (1 + 4) / 2
        loss.Backward();
        Assert.Equal(2.5, loss.Data, Tolerance);
        Assert.Equal(1.0, p[0].Grad, Tolerance);  // 2(1 − 0)/2
        Assert.Equal(-2.0, p[1].Grad, Tolerance); // 2(2 − 4)/2
    }

    [Fact]
    public void BinaryCrossEntropy_HandComputed()
    {
        var p = Values(0.8, 0.25);
        var loss = ScalarLosses.BinaryCrossEntropy(p, [1.0, 0.0]);
        loss.Backward();
        Assert.Equal(-(Math.Log(0.8) + Math.Log(0.75)) / 2, loss.Data, Tolerance);
        Assert.Equal(-1 / 0.8 / 2, p[0].Grad, Tolerance);
        Assert.Equal(1 / 0.75 / 2, p[1].Grad, Tolerance);
    }

    [Fact]
    public void BinaryCrossEntropy_OfCertainWrongAnswers_StaysFinite()
    {
        var p = Values(0.0, 1.0);
        var loss = ScalarLosses.BinaryCrossEntropy(p, [1.0, 0.0]);
        loss.Backward();
        Assert.Equal(-Math.Log(ScalarLosses.Epsilon), loss.Data, 1e-9);
        Assert.True(double.IsFinite(p[0].Grad) && double.IsFinite(p[1].Grad));
    }

    [Fact]
    public void MaxMargin_HandComputed()
    {
        var s = Values(2.0, 0.5, -0.25);
        var loss = ScalarLosses.MaxMargin(s, [1.0, 1.0, 1.0]); // relu(−1), relu(0.5), relu(1.25), mean
        loss.Backward();
        Assert.Equal((0 + 0.5 + 1.25) / 3, loss.Data, Tolerance);
        Assert.Equal(0, s[0].Grad, Tolerance);
        Assert.Equal(-1.0 / 3, s[1].Grad, Tolerance);
        Assert.Equal(-1.0 / 3, s[2].Grad, Tolerance);

        var t = Values(-0.5);
        var negative = ScalarLosses.MaxMargin(t, [-1.0]); // relu(1 − 0.5)
        negative.Backward();
        Assert.Equal(0.5, negative.Data, Tolerance);
        Assert.Equal(1, t[0].Grad, Tolerance);
    }

    [Fact]
    public void L2_IsAlphaTimesSumOfSquares()
    {
        var w = Values(3.0, -4.0);
        var loss = ScalarLosses.L2(w, 0.5);
        loss.Backward();
        Assert.Equal(12.5, loss.Data, Tolerance);
        Assert.Equal(3.0, w[0].Grad, Tolerance);
        Assert.Equal(-4.0, w[1].Grad, Tolerance);
    }

    [Fact]
    public void EveryLoss_MatchesFiniteDifferences()
    {
        var p = Values(0.3, 0.9, 0.55);
        double[] y01 = [0, 1, 1];
        double[] ypm = [-1, 1, 1];
        Assert.True(FiniteDifference.WorstRelativeError(p, () => ScalarLosses.MeanSquaredError(p, y01)) < 1e-6);
        Assert.True(FiniteDifference.WorstRelativeError(p, () => ScalarLosses.BinaryCrossEntropy(p, [0.2, 1, 0])) < 1e-6);
        Assert.True(FiniteDifference.WorstRelativeError(p, () => ScalarLosses.MaxMargin(p, ypm)) < 1e-6);
        Assert.True(FiniteDifference.WorstRelativeError(p, () => ScalarLosses.L2(p, 1e-2)) < 1e-6);
    }

    [Fact]
    public void BadInputs_GiveClearMessages()
    {
        Assert.StartsWith("MeanSquaredError got 2 predictions and 3 targets; expected one target per prediction.",
            Assert.Throws<ArgumentException>(() => ScalarLosses.MeanSquaredError(Values(1, 2), [1, 2, 3])).Message);
        Assert.StartsWith("MeanSquaredError needs at least one prediction; got none.",
            Assert.Throws<ArgumentException>(() => ScalarLosses.MeanSquaredError([], [])).Message);
        Assert.StartsWith("BinaryCrossEntropy needs predictions that are probabilities in [0, 1] (a sigmoid output); prediction 1 is 1.5.",
            Assert.Throws<ArgumentException>(() => ScalarLosses.BinaryCrossEntropy(Values(0.5, 1.5), [0, 1])).Message);
        Assert.StartsWith("BinaryCrossEntropy needs targets in [0, 1]; target 0 is -1.",
            Assert.Throws<ArgumentException>(() => ScalarLosses.BinaryCrossEntropy(Values(0.5), [-1])).Message);
        Assert.StartsWith("MaxMargin needs labels −1 or +1; label 0 is 0.",
            Assert.Throws<ArgumentException>(() => ScalarLosses.MaxMargin(Values(0.5), [0])).Message);
        Assert.StartsWith("MaxMargin got 1 predictions and 2 labels; expected one label per prediction.",
            Assert.Throws<ArgumentException>(() => ScalarLosses.MaxMargin(Values(0.5), [1, -1])).Message);
        Assert.StartsWith("L2 needs a finite alpha ≥ 0; got -0.1.",
            Assert.Throws<ArgumentException>(() => ScalarLosses.L2(Values(1), -0.1)).Message);
    }
}
