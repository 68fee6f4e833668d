using System.Globalization;

namespace Workshop.DeepLearning;

/// <summary>
/// One scalar in an autograd graph (micrograd's idea): it remembers the numbers and the operation that made it,
/// so <see cref="Backward"/> can send the gradient of the final result back to every input by the chain rule.
/// A class, not a record: a graph node is known by its identity, two nodes holding the same number are different nodes.
/// </summary>
public sealed class Value
{
    // The operation is stored as a small enum so Backward is a switch, not a delegate call and closure per node.
    private enum Kind : byte { Leaf, Add, Subtract, Negate, Multiply, Divide, Pow, Exp, Log, Tanh, Sigmoid, Relu, LeakyRelu }

    private readonly Kind _kind;
    private readonly Value? _a;
    private readonly Value? _b;
    private readonly double _parameter; // the exponent of Pow, the slope of LeakyRelu
    private int _mark;                   // stamp of the last topological sort that reached this node

    private static int s_lastStamp;
    [ThreadStatic] private static List<Value>? t_order;
    [ThreadStatic] private static Stack<(Value Node, bool Expanded)>? t_stack;

    /// <summary>A leaf: an input, a weight or a constant.</summary>
    public Value(double data, string? label = null)
    {
        Data = data;
        Label = label;
    }

    private Value(double data, Kind kind, Value a, Value? b = null, double parameter = 0)
    {
        Data = data;
        _kind = kind;
        _a = a;
        _b = b;
        _parameter = parameter;
    }

    /// <summary>The number this node holds (forward pass).</summary>
    public double Data { get; set; }

    /// <summary>∂(root)/∂(this node), filled in by <see cref="Backward"/> on the root.</summary>
    public double Grad { get; set; }

    /// <summary>A name shown when the graph is drawn, such as "w1" or "ŷ".</summary>
    public string? Label { get; set; }

    /// <summary>The operation that made this node: "" for a leaf; "+", "-" (one child: negation), "*", "/", "pow", "exp", "log", "tanh", "sigmoid", "relu", "leakyrelu".</summary>
    public string Op => _kind switch
    {
        Kind.Leaf => "",
        Kind.Add => "+",
        Kind.Subtract or Kind.Negate => "-",
        Kind.Multiply => "*",
        Kind.Divide => "/",
        Kind.Pow => "pow",
        Kind.Exp => "exp",
        Kind.Log => "log",
        Kind.Tanh => "tanh",
        Kind.Sigmoid => "sigmoid",
        Kind.Relu => "relu",
        Kind.LeakyRelu => "leakyrelu",
        _ => throw new InvalidOperationException($"Unknown operation {_kind}"),
    };

    /// <summary>The nodes this one was computed from (empty for a leaf; x*x lists x twice).</summary>
    public IReadOnlyList<Value> Children =>
        _a is null ? Array.Empty<Value>() : _b is null ? new[] { _a } : new[] { _a, _b };

    public static implicit operator Value(double data) => new(data);

    public static Value operator +(Value a, Value b) => new(a.Data + b.Data, Kind.Add, a, b);
    public static Value operator +(Value a, double b) => a + new Value(b);
    public static Value operator +(double a, Value b) => new Value(a) + b;

    public static Value operator -(Value a, Value b) => new(a.Data - b.Data, Kind.Subtract, a, b);
    public static Value operator -(Value a, double b) => a - new Value(b);
    public static Value operator -(double a, Value b) => new Value(a) - b;
    public static Value operator -(Value a) => new(-a.Data, Kind.Negate, a);

    public static Value operator *(Value a, Value b) => new(a.Data * b.Data, Kind.Multiply, a, b);
    public static Value operator *(Value a, double b) => a * new Value(b);
    public static Value operator *(double a, Value b) => new Value(a) * b;

    public static Value operator /(Value a, Value b) => new(a.Data / b.Data, Kind.Divide, a, b);
    public static Value operator /(Value a, double b) => a / new Value(b);
    public static Value operator /(double a, Value b) => new Value(a) / b;

    /// <summary>this^exponent, with a constant exponent (as in micrograd).</summary>
    public Value Pow(double exponent) => new(Math.Pow(Data, exponent), Kind.Pow, this, parameter: exponent);

    public Value Exp() => new(Math.Exp(Data), Kind.Exp, this);

    /// <summary>Natural logarithm; defined only for positive inputs, so anything else is refused rather than turned into NaN.</summary>
    public Value Log()
    {
        if (!(Data > 0))
            throw new ArgumentException(
                $"Log needs a positive input; got {Data.ToString(CultureInfo.InvariantCulture)}{LabelSuffix()}.");
        return new(Math.Log(Data), Kind.Log, this);
    }

    public Value Tanh() => new(Math.Tanh(Data), Kind.Tanh, this);

    public Value Sigmoid() => new(SigmoidOf(Data), Kind.Sigmoid, this);

    public Value Relu() => new(Data > 0 ? Data : 0, Kind.Relu, this);

    /// <summary>x for x &gt; 0, slope·x otherwise.</summary>
    public Value LeakyRelu(double slope = 0.01) => new(Data > 0 ? Data : slope * Data, Kind.LeakyRelu, this, parameter: slope);

    /// <summary>Applies the activation g of the talk's ŷ = g(z).</summary>
    public Value Apply(Activation activation) => activation switch
    {
        Activation.Identity => this,
        Activation.Sigmoid => Sigmoid(),
        Activation.Tanh => Tanh(),
        Activation.Relu => Relu(),
        Activation.LeakyRelu => LeakyRelu(),
        _ => throw new ArgumentException($"Unknown activation {activation}.", nameof(activation)),
    };

    /// <summary>
    /// Backpropagation: sets this node's gradient to 1 and applies the chain rule to every node below it, in reverse
    /// topological order. Leaves (weights, inputs) accumulate with +=, so call ZeroGrad between training steps;
    /// inner nodes are reset first, so their Grad always shows the gradient of this call.
    /// </summary>
    public void Backward()
    {
        var order = SortTopologically();
        foreach (var node in order)
            if (node._kind != Kind.Leaf)
                node.Grad = 0;
        Grad = 1;
        for (var i = order.Count - 1; i >= 0; i--)
            order[i].PropagateGrad();
        order.Clear(); // the buffer is reused; do not keep the graph alive
    }

    /// <summary>Every node and edge below (and including) this one, for drawing: nodes in topological order, inputs first, this node last.</summary>
    public ValueGraph Graph()
    {
        var order = SortTopologically();
        var nodes = order.ToArray();
        order.Clear();
        var edges = new List<ValueEdge>();
        foreach (var node in nodes)
        {
            if (node._a is not null) edges.Add(new ValueEdge(node._a, node));
            if (node._b is not null && !ReferenceEquals(node._b, node._a)) edges.Add(new ValueEdge(node._b, node));
        }
        return new ValueGraph(nodes, edges);
    }

    public override string ToString() =>
        $"Value(data={Data.ToString("G6", CultureInfo.InvariantCulture)}, grad={Grad.ToString("G6", CultureInfo.InvariantCulture)})";

    private string LabelSuffix() => Label is null ? "" : $" (at '{Label}')";

    private static double SigmoidOf(double x) =>
        x >= 0 ? 1 / (1 + Math.Exp(-x)) : Math.Exp(x) / (1 + Math.Exp(x)); // never exp of a large positive number

    // The local chain-rule step: add this node's gradient, times the local derivative, to each child.
    private void PropagateGrad()
    {
        var g = Grad;
        switch (_kind)
        {
            case Kind.Leaf:
                break;
            case Kind.Add:
                _a!.Grad += g;
                _b!.Grad += g;
                break;
            case Kind.Subtract:
                _a!.Grad += g;
                _b!.Grad -= g;
                break;
            case Kind.Negate:
                _a!.Grad -= g;
                break;
            case Kind.Multiply:
                _a!.Grad += _b!.Data * g;
                _b.Grad += _a.Data * g;
                break;
            case Kind.Divide:
                _a!.Grad += g / _b!.Data;
                _b.Grad -= g * _a.Data / (_b.Data * _b.Data);
                break;
            case Kind.Pow:
                _a!.Grad += _parameter * Math.Pow(_a.Data, _parameter - 1) * g;
                break;
            case Kind.Exp:
                _a!.Grad += Data * g;
                break;
            case Kind.Log:
                _a!.Grad += g / _a.Data;
                break;
            case Kind.Tanh:
                _a!.Grad += (1 - Data * Data) * g;
                break;
            case Kind.Sigmoid:
                _a!.Grad += Data * (1 - Data) * g;
                break;
            case Kind.Relu:
                _a!.Grad += _a.Data > 0 ? g : 0;
                break;
            case Kind.LeakyRelu:
                _a!.Grad += _a.Data > 0 ? g : _parameter * g;
                break;
        }
    }

    // Iterative depth-first search (an explicit stack, so a chain of 100 000 nodes cannot overflow the call stack).
    // A node's mark equal to this sort's stamp means "already reached": cheaper than a HashSet, and by identity.
    // The returned list is a per-thread buffer reused by the next sort.
    private List<Value> SortTopologically()
    {
        var stamp = Interlocked.Increment(ref s_lastStamp);
        var order = t_order ??= new List<Value>();
        var stack = t_stack ??= new Stack<(Value, bool)>();
        order.Clear();
        stack.Clear();
        stack.Push((this, false));
        while (stack.Count > 0)
        {
            var (node, expanded) = stack.Pop();
            if (expanded)
            {
                order.Add(node); // all its children are already in the order
                continue;
            }
            if (node._mark == stamp)
                continue;
            node._mark = stamp;
            stack.Push((node, true));
            if (node._b is not null && node._b._mark != stamp) stack.Push((node._b, false));
            if (node._a is not null && node._a._mark != stamp) stack.Push((node._a, false));
        }
        return order;
    }
}
