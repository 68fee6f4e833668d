using Plotly.NET;
using Workshop.DeepLearning;

namespace Workshop.Charts;

// The charts take plain arrays and functions; these overloads feed them from the workshop library's own types.
public static partial class Charts
{
    /// <summary>The graph below <paramref name="root"/> (usually the loss), each node with its operation, data and grad.</summary>
    public static GenericChart ComputationGraph(Value root, string title = "Computational graph")
    {
        ArgumentNullException.ThrowIfNull(root);
        var graph = root.Graph();
        var index = new Dictionary<Value, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < graph.Nodes.Count; i++) index[graph.Nodes[i]] = i;
        var nodes = graph.Nodes.Select(v => new GraphNode(v.Label ?? "", v.Op, v.Data, v.Grad)).ToArray();
        var edges = graph.Edges.Select(e => new GraphEdge(index[e.From], index[e.To])).ToArray();
        return ComputationGraph(nodes, edges, title);
    }

    /// <summary>The scalar network's neurons and weights (inputs × outputs per layer, read from each neuron's weights).</summary>
    public static GenericChart NetworkDiagram(Mlp network, int maxNeuronsPerLayer = 12, string title = "Network")
    {
        ArgumentNullException.ThrowIfNull(network);
        return NetworkDiagram(Weights(network), maxNeuronsPerLayer, title);
    }

    /// <summary>
    /// A scalar network's decision boundary. One output: its value over the grid, split at the output's natural
    /// threshold (0.5 after a sigmoid, 0 otherwise, as with ±1 targets). Several outputs: the class with the largest output.
    /// </summary>
    public static GenericChart DecisionBoundary(Mlp network, IReadOnlyList<double[]> points, IReadOnlyList<int> labels, int resolution = 50,
        string title = "Decision boundary")
    {
        ArgumentNullException.ThrowIfNull(network);
        if (network.Inputs != 2)
            throw new ArgumentException($"A decision boundary is drawn for 2 features; {network} takes {network.Inputs}.", nameof(network));
        if (network.Outputs > 1)
            return DecisionRegions((a, b) => ArgMax(network.Predict(a, b)), points, labels, resolution, title);
        double threshold = network.Layers[^1].Activation == DeepLearning.Activation.Sigmoid ? 0.5 : 0.0;
        return DecisionBoundary((a, b) => network.Predict(a, b)[0], points, labels, resolution, threshold, title);
    }

    /// <summary>An activation function of the library and its derivative, both computed by the scalar autograd.</summary>
    public static GenericChart Activation(Activation activation, double from = -5, double to = 5) =>
        Activation(activation.ToString(), z => new Value(z).Apply(activation).Data, z => Derivative(activation, z), from, to);

    /// <summary>Several of the library's activation functions side by side, each with its derivative.</summary>
    public static GenericChart Activations(params Activation[] activations) =>
        Activations(-5, 5, activations.Select(a => (a.ToString(), (Func<double, double>)(z => new Value(z).Apply(a).Data), (Func<double, double>)(z => Derivative(a, z)))).ToArray());

    internal static List<double[,]> Weights(Mlp network)
    {
        var weights = new List<double[,]>();
        foreach (var layer in network.Layers)
        {
            var w = new double[layer.Inputs, layer.Outputs];
            for (int j = 0; j < layer.Outputs; j++)
                for (int i = 0; i < layer.Inputs; i++)
                    w[i, j] = layer.Neurons[j].Weights[i].Data;
            weights.Add(w);
        }
        return weights;
    }

    private static double Derivative(Activation activation, double z)
    {
        var input = new Value(z);
        input.Apply(activation).Backward();
        return input.Grad;
    }

    private static int ArgMax(double[] values)
    {
        int best = 0;
        for (int i = 1; i < values.Length; i++)
            if (values[i] > values[best]) best = i;
        return best;
    }
}

public static partial class Display
{
    /// <summary>The scalar network as a table: one row per layer with its output size and parameter count.</summary>
    public static string NetworkTable(Mlp network)
    {
        ArgumentNullException.ThrowIfNull(network);
        return NetworkTable(network.Layers.Select(l => ($"Layer {l.Inputs}→{l.Outputs} ({l.Activation})", $"[{l.Outputs}]", l.Parameters().Count)), network.ToString());
    }
}
