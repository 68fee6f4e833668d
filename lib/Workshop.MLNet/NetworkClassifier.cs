using System.Diagnostics;
using Workshop.DeepLearning;

namespace Workshop.MLNet;

/// <summary>
/// The workshop's own network on the comparison's side of the table: a <see cref="Sequential{T}"/> of floats trained
/// with <see cref="Trainer{T}"/>, timed the same way as the ML.NET models. A network that ends with a Sigmoid (one
/// output) trains with binary cross-entropy; one that ends with logits (one output per class) with softmax cross-entropy.
/// </summary>
public sealed class NetworkClassifier : IClassifier
{
    private NetworkClassifier(string name, Sequential<float> network, int classes, TrainingHistory history, TimeSpan fitTime)
    {
        Name = name;
        Network = network;
        Classes = classes;
        History = history;
        FitTime = fitTime;
    }

    public string Name { get; }

    public Sequential<float> Network { get; }

    public int Classes { get; }

    public TrainingHistory History { get; }

    public TimeSpan FitTime { get; }

    /// <summary>Trains <paramref name="network"/> on <paramref name="train"/>; <paramref name="onEpoch"/> sees every epoch (for live charts).</summary>
    public static NetworkClassifier Fit(Sequential<float> network, Dataset train, TrainerOptions options, string name = "our MLP",
        Action<EpochMetrics>? onEpoch = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(options);
        if (train.Classes < 2)
            throw new ArgumentException($"A classifier needs a data set with 2 or more classes; '{train.Name}' has {train.Classes}.", nameof(train));
        bool sigmoid = network.Layers.Count > 0 && network.Layers[^1] is Sigmoid<float>;
        int outputs = network.OutputSize ?? throw new ArgumentException("The network's output size is unknown; start it with a Dense layer.", nameof(network));
        if (sigmoid ? outputs != 1 || train.Classes != 2 : outputs != train.Classes)
            throw new ArgumentException(
                $"The network ends with {outputs} output(s){(sigmoid ? " after a Sigmoid" : "")} but '{train.Name}' has {train.Classes} classes; " +
                "expected one output per class (logits), or one Sigmoid output for two classes.", nameof(network));

        ILoss<float> loss = sigmoid ? new BinaryCrossEntropy<float>() : new SoftmaxCrossEntropy<float>();
        var trainer = new Trainer<float>(network, loss, options) { OnEpoch = onEpoch };
        var x = Tensor<float>.FromRows(train.Features);
        var y = Tensor<float>.FromColumn(train.Targets);
        var watch = Stopwatch.StartNew();
        var history = trainer.Fit(x, y);
        watch.Stop();
        return new NetworkClassifier(name, network, train.Classes, history, watch.Elapsed);
    }

    public int[] Predict(Dataset data) => RealDataNetworks.PredictClasses(Network, data);

    /// <summary>For a one-output Sigmoid network on two features: its output at (x, y), for the decision-boundary chart.</summary>
    public Func<double, double, double> ProbabilityFunction()
    {
        if (Network.OutputSize != 1 || Network.InputSize != 2 || Network.Layers[^1] is not Sigmoid<float>)
            throw new InvalidOperationException(
                $"{Name} is {Network}; a probability over the plane needs 2 inputs and one Sigmoid output.");
        var point = new Tensor<float>(1, 2);
        return (x, y) =>
        {
            lock (point)
            {
                point[0, 0] = (float)x;
                point[0, 1] = (float)y;
                return Network.Forward(point, training: false)[0, 0];
            }
        };
    }

    public override string ToString() => $"{Name}: {Network}, trained in {FitTime.TotalSeconds:F2} s";
}
