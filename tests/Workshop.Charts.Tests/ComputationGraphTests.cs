namespace Workshop.Charts.Tests;

public class ComputationGraphTests
{
    // L = (a·b) + c with a = 2, b = −3, c = 10, after backward.
    private static readonly GraphNode[] Nodes =
    [
        new("a", "", 2, -3), new("b", "", -3, 2), new("c", "", 10, 1), new("e", "*", -6, 1), new("L", "+", 4, 1),
    ];
    private static readonly GraphEdge[] Edges = [new(0, 3), new(1, 3), new(3, 4), new(2, 4)];

    [Fact]
    public void Nodes_are_placed_by_depth_and_show_op_data_and_grad()
    {
        var chart = Charts.ComputationGraph(Nodes, Edges);
        var trace = Figure.Traces(chart)[0];
        Assert.Equal([0.0, 0, 0, 1, 2], trace.GetProperty("x").Numbers());
        Assert.Equal([1.0, 0, -1, 0, 0], trace.GetProperty("y").Numbers());
        var text = trace.GetProperty("text").Strings();
        Assert.Equal("<b>e = *</b><br>data -6<br>grad 1", text[3]);
        Assert.Equal("<b>a</b><br>data 2<br>grad -3", text[0]);
        var annotations = Figure.Layout(chart).GetProperty("annotations").EnumerateArray().ToArray();
        Assert.Equal(Edges.Length + Nodes.Length, annotations.Length);
        var arrow = annotations[2];  // e → L
        Assert.Equal(1.0, arrow.GetProperty("ax").GetDouble());
        Assert.Equal(2.0, arrow.GetProperty("x").GetDouble());
    }

    [Fact]
    public void Depth_is_the_longest_path_from_an_input()
    {
        // x feeds both y = x² and z = y + x: z sits after y, not beside it.
        var depth = Charts.GraphDepths(3, [new(0, 1), new(0, 2), new(1, 2)]);
        Assert.Equal([0, 1, 2], depth);
    }

    [Fact]
    public void A_cycle_or_a_bad_index_is_reported()
    {
        Assert.Contains("cycle", Assert.Throws<ArgumentException>(() => Charts.ComputationGraph(Nodes, [new(3, 4), new(4, 3)])).Message);
        Assert.Contains("outside the 5 nodes", Assert.Throws<ArgumentException>(() => Charts.ComputationGraph(Nodes, [new(0, 7)])).Message);
    }
}
