using Xunit.Abstractions;

namespace Workshop.DeepLearning.Tests.Batched;

/// <summary>Backprop against central finite differences, in double: every layer, every loss, a whole 3-layer network.</summary>
public class GradientCheckTests(ITestOutputHelper output)
{
    private const double Tolerance = 1e-6;

    public static TheoryData<string> ActivationLayers => ["Sigmoid", "Tanh", "ReLU", "LeakyReLU", "Identity", "Softmax"];

    [Theory]
    [MemberData(nameof(ActivationLayers))]
    public void Every_activation_layer_backpropagates_correctly(string name)
    {
        ILayer<double> activation = name switch
        {
            "Sigmoid" => new Sigmoid<double>(),
            "Tanh" => new Tanh<double>(),
            "ReLU" => new Relu<double>(),
            "LeakyReLU" => new LeakyRelu<double>(0.1),
            "Identity" => new Identity<double>(),
            _ => new Softmax<double>(),
        };
        var network = new Sequential<double>(new Dense<double>(3, 4, new Random(1)), activation);
        var x = TestData.Random(6, 3, seed: 2, scale: 2);
        var y = TestData.Random(6, 4, seed: 3);

        var result = GradientCheck.Run(network, new MeanSquaredError<double>(), x, y, includeInput: true);

        Assert.Equal(3 * 4 + 4 + 6 * 3, result.Rows.Count);
        output.WriteLine($"max relative error {result.MaxRelativeError:E2} at {result.Rows.MaxBy(r => r.RelativeError)}");
        Assert.True(result.MaxRelativeError < Tolerance, result.ToString());
    }

    [Fact]
    public void Dense_gradients_match_and_accumulate_until_zeroed()
    {
        var dense = new Dense<double>(4, 3, new Random(5), Initializers.Normal(0.5));
        var network = new Sequential<double>(dense);
        var x = TestData.Random(7, 4, seed: 6);
        var y = TestData.Random(7, 3, seed: 7);
        var result = GradientCheck.Run(network, new MeanSquaredError<double>(), x, y, includeInput: true);
        output.WriteLine($"max relative error {result.MaxRelativeError:E2} at {result.Rows.MaxBy(r => r.RelativeError)}");
        Assert.True(result.MaxRelativeError < Tolerance, result.ToString());
        Assert.Contains(result.Rows, r => r.Parameter == "Dense 4→3 weights");
        Assert.Contains(result.Rows, r => r.Parameter == "Dense 4→3 bias");

        // A second backward adds to the gradient: twice the first.
        var first = dense.Parameters[0].Gradient.Clone();
        network.Forward(x);
        network.Backward(new MeanSquaredError<double>().Gradient(network.Forward(x), y));
        for (int i = 0; i < first.Span.Length; i++) Assert.Equal(2 * first.Span[i], dense.Parameters[0].Gradient.Span[i], 12);
        network.ZeroGrad();
        Assert.All(dense.Parameters[0].Gradient.ToRows().SelectMany(r => r), v => Assert.Equal(0.0, v));
    }

    [Fact]
    public void Binary_cross_entropy_gradient_through_a_sigmoid()
    {
        var network = new Sequential<double>(new Dense<double>(3, 2, new Random(11)), new Sigmoid<double>());
        var result = GradientCheck.Run(network, new BinaryCrossEntropy<double>(),
            TestData.Random(8, 3, seed: 12), TestData.Bits(8, 2, seed: 13), includeInput: true);
        output.WriteLine($"max relative error {result.MaxRelativeError:E2} at {result.Rows.MaxBy(r => r.RelativeError)}");
        Assert.True(result.MaxRelativeError < Tolerance, result.ToString());
    }

    [Fact]
    public void Mean_squared_error_gradient()
    {
        var network = new Sequential<double>(new Dense<double>(2, 3, new Random(14)));
        var result = GradientCheck.Run(network, new MeanSquaredError<double>(),
            TestData.Random(5, 2, seed: 15), TestData.Random(5, 3, seed: 16), includeInput: true);
        output.WriteLine($"max relative error {result.MaxRelativeError:E2} at {result.Rows.MaxBy(r => r.RelativeError)}");
        Assert.True(result.MaxRelativeError < Tolerance, result.ToString());
    }

    [Fact]
    public void Softmax_cross_entropy_gradient_with_indices_and_one_hot_targets()
    {
        var network = new Sequential<double>(new Dense<double>(3, 4, new Random(17), Initializers.Normal(1.0)));
        var x = TestData.Random(9, 3, seed: 18);
        var indices = TestData.ClassIndices(9, 4, seed: 19);
        var loss = new SoftmaxCrossEntropy<double>();

        var withIndices = GradientCheck.Run(network, loss, x, indices, includeInput: true);
        var withOneHot = GradientCheck.Run(network, loss, x, TestData.OneHot(indices, 4), includeInput: true);

        Assert.True(withIndices.MaxRelativeError < Tolerance, withIndices.ToString());
        Assert.True(withOneHot.MaxRelativeError < Tolerance, withOneHot.ToString());
        for (int i = 0; i < withIndices.Rows.Count; i++)
            Assert.Equal(withIndices.Rows[i].Analytic, withOneHot.Rows[i].Analytic, 14);
    }

    [Theory]
    [InlineData(Activation.Tanh)]
    [InlineData(Activation.Relu)]
    [InlineData(Activation.Sigmoid)]
    [InlineData(Activation.LeakyRelu)]
    public void A_whole_three_layer_network(Activation hidden)
    {
        var network = Sequential<double>.Mlp([3, 5, 4, 2], hidden, Activation.Sigmoid, new Random(21));
        var result = GradientCheck.Run(network, new BinaryCrossEntropy<double>(),
            TestData.Random(10, 3, seed: 22, scale: 1.5), TestData.Bits(10, 2, seed: 23), includeInput: true);
        Assert.Equal(network.ParameterCount + 30, result.Rows.Count);
        output.WriteLine($"max relative error {result.MaxRelativeError:E2} at {result.Rows.MaxBy(r => r.RelativeError)}");
        Assert.True(result.MaxRelativeError < Tolerance, result.ToString());
    }

    [Fact]
    public void A_wrong_gradient_is_caught()
    {
        // A layer that claims its derivative is 1 (it is 2): the check must notice.
        var network = new Sequential<double>(new Dense<double>(2, 2, new Random(1)), new WrongDouble());
        var result = GradientCheck.Run(network, new MeanSquaredError<double>(), TestData.Random(3, 2, 2), TestData.Random(3, 2, 3));
        Assert.True(result.MaxRelativeError > 0.1, result.ToString());
    }

    private sealed class WrongDouble : ActivationLayer<double>
    {
        public override string Name => "Double";

        protected override void Apply(ReadOnlySpan<double> z, Span<double> y, int cols)
        {
            for (int i = 0; i < z.Length; i++) y[i] = 2 * z[i];
        }

        protected override void ApplyBackward(ReadOnlySpan<double> z, ReadOnlySpan<double> y, ReadOnlySpan<double> dy, Span<double> dz, int cols) =>
            dy.CopyTo(dz);
    }
}
