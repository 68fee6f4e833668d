using System.Globalization;
using Plotly.NET;

namespace Workshop.Charts;

/// <summary>A node of a computational graph: its label (may be empty), the operation that made it ("" for an input), its data and grad.</summary>
public sealed record GraphNode(string Label, string Op, double Data, double Grad);

/// <summary>An edge from an operand (<paramref name="From"/>) to the node computed from it (<paramref name="To"/>), as indices into the node list.</summary>
public sealed record GraphEdge(int From, int To);

public static partial class Charts
{
    /// <summary>
    /// A scalar expression's graph, inputs on the left and the result on the right (column = longest path from an input),
    /// each node a box with its operation, data and grad: the picture of the backpropagation notebook.
    /// </summary>
    public static GenericChart ComputationGraph(IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphEdge> edges, string title = "Computational graph")
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(edges);
        if (nodes.Count == 0) throw new ArgumentException("A computational graph needs at least one node; got none.", nameof(nodes));
        foreach (var e in edges)
            if (e.From < 0 || e.From >= nodes.Count || e.To < 0 || e.To >= nodes.Count)
                throw new ArgumentException($"Edge {e.From}→{e.To} points outside the {nodes.Count} nodes.", nameof(edges));

        var depth = GraphDepths(nodes.Count, edges);
        var x = new double[nodes.Count];
        var y = new double[nodes.Count];
        foreach (var column in Enumerable.Range(0, nodes.Count).GroupBy(i => depth[i]))
        {
            var members = column.ToArray();
            for (int k = 0; k < members.Length; k++)
            {
                x[members[k]] = column.Key;
                y[members[k]] = NeuronY(k, members.Length);
            }
        }
        var text = nodes.Select(NodeText).ToArray();

        var annotations = new List<object>();
        // Arrows first, so the boxes drawn after them sit on top.
        foreach (var e in edges)
            annotations.Add(Plot.Obj(("x", x[e.To]), ("y", y[e.To]), ("ax", x[e.From]), ("ay", y[e.From]), ("xref", "x"), ("yref", "y"),
                ("axref", "x"), ("ayref", "y"), ("text", ""), ("showarrow", true), ("arrowhead", 2), ("arrowsize", 1.2),
                ("standoff", 28), ("startstandoff", 28), ("arrowcolor", "#666666")));
        for (int i = 0; i < nodes.Count; i++)
            annotations.Add(Plot.Obj(("x", x[i]), ("y", y[i]), ("text", text[i]), ("showarrow", false), ("align", "center"),
                ("bgcolor", nodes[i].Op.Length == 0 ? "#eeeeee" : "#ffffff"), ("bordercolor", "#333333"), ("borderwidth", 1), ("borderpad", 4),
                ("font", Plot.Obj(("size", 11)))));

        var trace = Plot.Trace("scatter", ("name", "nodes"), ("mode", "markers"), ("x", x), ("y", y), ("text", text),
            ("hoverinfo", "text"), ("marker", Plot.Obj(("size", 1), ("color", "rgba(0,0,0,0)"))), ("showlegend", false));
        var axis = Plot.Obj(("visible", false), ("showgrid", false), ("zeroline", false));
        int columns = depth.Max() + 1, rows = Enumerable.Range(0, nodes.Count).GroupBy(i => depth[i]).Max(g => g.Count());
        var layout = Plot.Layout(("title", Plot.Obj(("text", title))), ("annotations", annotations.ToArray()),
            ("xaxis", Plot.Obj(("visible", false), ("range", new[] { -0.5, columns - 0.5 }))), ("yaxis", axis),
            ("plot_bgcolor", "white"), ("width", Math.Max(400, 170 * columns)), ("height", Math.Max(300, 90 * rows + 100)));
        return Plot.Chart([trace], layout);
    }

    internal static string NodeText(GraphNode node)
    {
        string head = (node.Label, node.Op) switch
        {
            ("", "") => "input",
            (var l, "") => l,
            ("", var o) => o,
            (var l, var o) => $"{l} = {o}",
        };
        return string.Create(CultureInfo.InvariantCulture, $"<b>{head}</b><br>data {node.Data:0.####}<br>grad {node.Grad:0.####}");
    }

    /// <summary>Longest path from an input to each node (Kahn's order, iterative so deep graphs are fine).</summary>
    internal static int[] GraphDepths(int count, IReadOnlyList<GraphEdge> edges)
    {
        var depth = new int[count];
        var incoming = new int[count];
        var outgoing = new List<int>[count];
        for (int i = 0; i < count; i++) outgoing[i] = [];
        foreach (var e in edges)
        {
            incoming[e.To]++;
            outgoing[e.From].Add(e.To);
        }
        var ready = new Queue<int>(Enumerable.Range(0, count).Where(i => incoming[i] == 0));
        int seen = 0;
        while (ready.Count > 0)
        {
            int n = ready.Dequeue();
            seen++;
            foreach (int m in outgoing[n])
            {
                depth[m] = Math.Max(depth[m], depth[n] + 1);
                if (--incoming[m] == 0) ready.Enqueue(m);
            }
        }
        if (seen != count) throw new ArgumentException("The computational graph has a cycle; an expression's graph cannot.", nameof(edges));
        return depth;
    }
}
