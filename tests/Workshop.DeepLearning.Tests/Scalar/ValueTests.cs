using Workshop.DeepLearning;

namespace Workshop.DeepLearning.Tests.Scalar;

public class ValueTests
{
    private const double Tolerance = 1e-12;

    private static (Value Result, Value X) Unary(double x, Func<Value, Value> f)
    {
        var input = new Value(x, "x");
        var result = f(input);
        result.Backward();
        return (result, input);
    }

    private static (Value Result, Value A, Value B) Binary(double a, double b, Func<Value, Value, Value> f)
    {
        var va = new Value(a, "a");
        var vb = new Value(b, "b");
        var result = f(va, vb);
        result.Backward();
        return (result, va, vb);
    }

    [Fact]
    public void Add_SumsAndPassesTheGradientToBoth()
    {
        var (r, a, b) = Binary(2, -3, (a, b) => a + b);
        Assert.Equal(-1, r.Data, Tolerance);
        Assert.Equal(1, a.Grad, Tolerance);
        Assert.Equal(1, b.Grad, Tolerance);
        Assert.Equal("+", r.Op);
    }

    [Fact]
    public void Subtract_GivesMinusOneToTheRightSide()
    {
        var (r, a, b) = Binary(2, -3, (a, b) => a - b);
        Assert.Equal(5, r.Data, Tolerance);
        Assert.Equal(1, a.Grad, Tolerance);
        Assert.Equal(-1, b.Grad, Tolerance);
        Assert.Equal("-", r.Op);
    }

    [Fact]
    public void Negate_FlipsValueAndGradient()
    {
        var (r, x) = Unary(2.5, x => -x);
        Assert.Equal(-2.5, r.Data, Tolerance);
        Assert.Equal(-1, x.Grad, Tolerance);
        Assert.Single(r.Children);
    }

    [Fact]
    public void Multiply_GivesEachSideTheOther()
    {
        var (r, a, b) = Binary(2, -3, (a, b) => a * b);
        Assert.Equal(-6, r.Data, Tolerance);
        Assert.Equal(-3, a.Grad, Tolerance);
        Assert.Equal(2, b.Grad, Tolerance);
        Assert.Equal("*", r.Op);
    }

    [Fact]
    public void Divide_DerivativesAreOneOverBAndMinusAOverBSquared()
    {
        var (r, a, b) = Binary(3, 2, (a, b) => a / b);
        Assert.Equal(1.5, r.Data, Tolerance);
        Assert.Equal(0.5, a.Grad, Tolerance);
        Assert.Equal(-0.75, b.Grad, Tolerance);
        Assert.Equal("/", r.Op);
    }

    [Fact]
    public void Doubles_WorkOnEitherSide()
    {
        var x = new Value(4);
        Assert.Equal(6, (x + 2).Data);
        Assert.Equal(6, (2 + x).Data);
        Assert.Equal(2, (x - 2).Data);
        Assert.Equal(-2, (2 - x).Data);
        Assert.Equal(8, (x * 2).Data);
        Assert.Equal(8, (2 * x).Data);
        Assert.Equal(2, (x / 2).Data);
        Assert.Equal(0.5, (2 / x).Data);
        Value fromDouble = 1.5;
        Assert.Equal(1.5, fromDouble.Data);
        Assert.Equal("", fromDouble.Op);
        Assert.Empty(fromDouble.Children);
    }

    [Fact]
    public void Pow_DerivativeIsNTimesXToTheNMinusOne()
    {
        var (r, x) = Unary(3, x => x.Pow(3));
        Assert.Equal(27, r.Data, Tolerance);
        Assert.Equal(27, x.Grad, Tolerance); // 3·3²
        Assert.Equal("pow", r.Op);

        var (inverse, y) = Unary(2, x => x.Pow(-1));
        Assert.Equal(0.5, inverse.Data, Tolerance);
        Assert.Equal(-0.25, y.Grad, Tolerance);
    }

    [Fact]
    public void Exp_IsItsOwnDerivative()
    {
        var (r, x) = Unary(1, x => x.Exp());
        Assert.Equal(Math.E, r.Data, Tolerance);
        Assert.Equal(Math.E, x.Grad, Tolerance);
        Assert.Equal("exp", r.Op);
    }

    [Fact]
    public void Log_DerivativeIsOneOverX()
    {
        var (r, x) = Unary(Math.E * Math.E, x => x.Log());
        Assert.Equal(2, r.Data, Tolerance);
        Assert.Equal(1 / (Math.E * Math.E), x.Grad, Tolerance);
        Assert.Equal("log", r.Op);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-2.0)]
    [InlineData(double.NaN)]
    public void Log_OfANonPositiveInput_SaysSo(double x)
    {
        var ex = Assert.Throws<ArgumentException>(() => new Value(x, "p").Log());
        Assert.StartsWith("Log needs a positive input; got ", ex.Message);
        Assert.Contains("'p'", ex.Message);
    }

    [Fact]
    public void Tanh_DerivativeIsOneMinusTanhSquared()
    {
        var (r, x) = Unary(0.5, x => x.Tanh());
        var t = (Math.Exp(1) - 1) / (Math.Exp(1) + 1); // tanh(0.5) = (e − 1)/(e + 1)
        Assert.Equal(t, r.Data, Tolerance);
        Assert.Equal(1 - t * t, x.Grad, Tolerance);
        Assert.Equal("tanh", r.Op);
    }

    [Fact]
    public void Sigmoid_OfZeroIsHalf_DerivativeIsSTimesOneMinusS()
    {
        var (r, x) = Unary(0, x => x.Sigmoid());
        Assert.Equal(0.5, r.Data, Tolerance);
        Assert.Equal(0.25, x.Grad, Tolerance);
        Assert.Equal("sigmoid", r.Op);

        var (s, y) = Unary(Math.Log(3), x => x.Sigmoid()); // 1/(1 + 1/3) = 0.75
        Assert.Equal(0.75, s.Data, Tolerance);
        Assert.Equal(0.1875, y.Grad, Tolerance);
    }

    [Fact]
    public void Sigmoid_StaysFiniteForLargeInputs()
    {
        Assert.Equal(0, new Value(-1000).Sigmoid().Data);
        Assert.Equal(1, new Value(1000).Sigmoid().Data);
    }

    [Theory]
    [InlineData(2.0, 2.0, 1.0)]
    [InlineData(-2.0, 0.0, 0.0)]
    public void Relu_PassesPositivesOnly(double x, double expected, double expectedGrad)
    {
        var (r, input) = Unary(x, v => v.Relu());
        Assert.Equal(expected, r.Data, Tolerance);
        Assert.Equal(expectedGrad, input.Grad, Tolerance);
        Assert.Equal("relu", r.Op);
    }

    [Theory]
    [InlineData(2.0, 2.0, 1.0)]
    [InlineData(-2.0, -0.02, 0.01)]
    public void LeakyRelu_LetsASmallSlopeThroughBelowZero(double x, double expected, double expectedGrad)
    {
        var (r, input) = Unary(x, v => v.LeakyRelu());
        Assert.Equal(expected, r.Data, Tolerance);
        Assert.Equal(expectedGrad, input.Grad, Tolerance);
    }

    [Fact]
    public void Apply_MapsEveryActivation()
    {
        var x = new Value(-0.5);
        Assert.Same(x, x.Apply(Activation.Identity));
        Assert.Equal(Math.Tanh(-0.5), x.Apply(Activation.Tanh).Data, Tolerance);
        Assert.Equal(1 / (1 + Math.Exp(0.5)), x.Apply(Activation.Sigmoid).Data, Tolerance);
        Assert.Equal(0, x.Apply(Activation.Relu).Data);
        Assert.Equal(-0.005, x.Apply(Activation.LeakyRelu).Data, Tolerance);
    }

    [Fact]
    public void MicrogradReadmeExample_GivesThePublishedNumbers()
    {
        var a = new Value(-4.0);
        var b = new Value(2.0);
        var c = a + b;
        var d = a * b + b.Pow(3);
        c += c + 1;
        c += 1 + c + (-a);
        d += d * 2 + (b + a).Relu();
        d += 3 * d + (b - a).Relu();
        var e = c - d;
        var f = e.Pow(2);
        var g = f / 2.0;
        g += 10.0 / f;
        g.Backward();

        Assert.Equal(24.7041, g.Data, 4);
        Assert.Equal(138.8338, a.Grad, 4);
        Assert.Equal(645.5773, b.Grad, 4);
    }

    [Fact]
    public void Backward_OnAChainOf100000Nodes_DoesNotOverflowTheStack()
    {
        var x = new Value(1.0, "x");
        var y = x;
        for (var i = 0; i < 100_000; i++)
            y = y * 1.0 + 0.0; // two nodes per step, derivative 1 all the way
        y.Backward();
        Assert.Equal(1.0, x.Grad, Tolerance);
        Assert.Equal(400_001, y.Graph().Nodes.Count); // x, and per step: two constants, * and +
    }

    [Fact]
    public void Backward_Twice_AccumulatesInTheLeaves()
    {
        var a = new Value(3);
        var b = new Value(-2);
        var h = a * b;
        var loss = h * h; // (ab)² : ∂/∂a = 2ab·b = 24, ∂/∂b = 2ab·a = -36
        loss.Backward();
        Assert.Equal(24, a.Grad, Tolerance);
        Assert.Equal(-36, b.Grad, Tolerance);
        loss.Backward();
        Assert.Equal(48, a.Grad, Tolerance);
        Assert.Equal(-72, b.Grad, Tolerance);
        Assert.Equal(-12, h.Grad, Tolerance); // an inner node shows this call's gradient, 2ab
    }

    [Fact]
    public void Backward_SumsTheGradientOfANodeUsedTwice()
    {
        var x = new Value(3);
        var y = x * x + x; // dy/dx = 2x + 1
        y.Backward();
        Assert.Equal(7, x.Grad, Tolerance);
    }

    [Fact]
    public void Graph_ListsNodesInputsFirstAndEdgesFromChildToConsumer()
    {
        var x = new Value(2, "x");
        var w = new Value(-1, "w");
        var product = x * w;
        var z = product + x;
        var y = z.Tanh();

        var graph = y.Graph();

        Assert.Equal(5, graph.Nodes.Count);
        Assert.Same(y, graph.Nodes[^1]);
        var position = new Dictionary<Value, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < graph.Nodes.Count; i++)
            position[graph.Nodes[i]] = i;
        Assert.Equal(5, position.Count); // each node once
        foreach (var edge in graph.Edges)
            Assert.True(position[edge.From] < position[edge.To], "a child comes before the node that uses it");
        Assert.Equal(5, graph.Edges.Count);
        Assert.Contains(new ValueEdge(x, product), graph.Edges);
        Assert.Contains(new ValueEdge(w, product), graph.Edges);
        Assert.Contains(new ValueEdge(product, z), graph.Edges);
        Assert.Contains(new ValueEdge(x, z), graph.Edges);
        Assert.Contains(new ValueEdge(z, y), graph.Edges);
    }

    [Fact]
    public void Identity_NotEqualData_MarksNodes()
    {
        var a = new Value(1);
        var b = new Value(1);
        var sum = a + b;
        sum.Backward();
        Assert.Equal(3, sum.Graph().Nodes.Count);
        Assert.Equal(1, a.Grad);
        Assert.Equal(1, b.Grad);
    }

    [Fact]
    public void ToString_ShowsDataAndGrad()
    {
        var x = new Value(2.5) { Grad = -0.125 };
        Assert.Equal("Value(data=2.5, grad=-0.125)", x.ToString());
    }

    [Fact]
    public void DataGradAndLabel_CanBeSet()
    {
        var x = new Value(1, "x") { Data = 2, Grad = 3, Label = "y" };
        Assert.Equal(2, x.Data);
        Assert.Equal(3, x.Grad);
        Assert.Equal("y", x.Label);
    }
}
