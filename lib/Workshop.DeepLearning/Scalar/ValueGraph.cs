namespace Workshop.DeepLearning;

/// <summary>The nodes and edges of a <see cref="Value"/> graph, for drawing: nodes in topological order (inputs first, the root last).</summary>
public sealed record ValueGraph(IReadOnlyList<Value> Nodes, IReadOnlyList<ValueEdge> Edges);

/// <summary>An arrow of the graph: <paramref name="From"/> is an input of the operation that made <paramref name="To"/>.</summary>
public readonly record struct ValueEdge(Value From, Value To);
