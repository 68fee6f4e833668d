using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Workshop.DeepLearning;

/// <summary>
/// Trains a <see cref="Sequential{T}"/> with mini-batch gradient descent. Every step has the same four beats:
/// forward, zero the gradients, backward, update. Batches are shuffled each epoch with Fisher–Yates on
/// Random(options.Seed), so the same seed gives the same run. After the first steps a step allocates nothing.
/// </summary>
public sealed class Trainer<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private Tensor<T>? lossGradient;

    public Trainer(Sequential<T> network, ILoss<T> loss, TrainerOptions options)
        : this(network, loss, options, CreateOptimizer(options))
    {
    }

    /// <summary>Uses the given optimiser instead of the one named in <paramref name="options"/> (its learning rate wins).</summary>
    public Trainer(Sequential<T> network, ILoss<T> loss, TrainerOptions options, IOptimizer<T> optimizer)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(loss);
        ArgumentNullException.ThrowIfNull(optimizer);
        Check(options);
        if (network.Layers.Count == 0) throw new ArgumentException("Trainer got a network with no layers.", nameof(network));
        CheckLossFitsOutput(network, loss);
        Network = network;
        Loss = loss;
        Options = options;
        Optimizer = optimizer;
    }

    public Sequential<T> Network { get; }
    public ILoss<T> Loss { get; }
    public TrainerOptions Options { get; }
    public IOptimizer<T> Optimizer { get; }

    /// <summary>Called after every epoch (for live charts and progress).</summary>
    public Action<EpochMetrics>? OnEpoch { get; set; }

    /// <summary>Called after every optimisation step.</summary>
    public Action<StepMetrics>? OnStep { get; set; }

    /// <summary>
    /// Trains for <see cref="TrainerOptions.Epochs"/> epochs on (x, y). Validation data is either given here or, with
    /// <see cref="TrainerOptions.ValidationSplit"/>, held out from the end of a seeded shuffle of (x, y) — not both.
    /// </summary>
    public TrainingHistory Fit(Tensor<T> x, Tensor<T> y, Tensor<T>? validationX = null, Tensor<T>? validationY = null)
    {
        CheckData("training", x, y);
        if ((validationX is null) != (validationY is null))
            throw new ArgumentException("Trainer.Fit got only one of validationX and validationY; give both or neither.");
        if (validationX is not null && Options.ValidationSplit > 0)
            throw new ArgumentException(
                $"Trainer.Fit got validation data and ValidationSplit = {Options.ValidationSplit}; use one or the other.", nameof(validationX));
        if (validationX is not null) CheckData("validation", validationX, validationY!);

        var random = new Random(Options.Seed);
        int[] indices = Enumerable.Range(0, x.Rows).ToArray();
        int trainCount = x.Rows;
        if (Options.ValidationSplit > 0)
        {
            Shuffle(indices, random);
            int validationCount = (int)Math.Round(x.Rows * Options.ValidationSplit);
            trainCount = x.Rows - validationCount;
            if (validationCount < 1 || trainCount < 1)
                throw new ArgumentException(
                    $"ValidationSplit = {Options.ValidationSplit} of {x.Rows} examples leaves {trainCount} for training and {validationCount} for validation; both need at least 1.",
                    nameof(x));
            validationX = Gather(x, indices.AsSpan(trainCount), null);
            validationY = Gather(y, indices.AsSpan(trainCount), null);
        }
        int[] train = indices[..trainCount];

        var history = new TrainingHistory();
        var xBatch = Tensor<T>.Zeros(Math.Min(Options.BatchSize, trainCount), x.Cols);
        var yBatch = Tensor<T>.Zeros(Math.Min(Options.BatchSize, trainCount), y.Cols);
        bool classification = Loss is not MeanSquaredError<T>;
        double bestMonitored = double.PositiveInfinity;
        int epochsWithoutImprovement = 0;
        int globalStep = 0;

        for (int epoch = 1; epoch <= Options.Epochs; epoch++)
        {
            Shuffle(train, random);
            double lossSum = 0;
            int correct = 0, step = 0;
            for (int start = 0; start < trainCount; start += Options.BatchSize)
            {
                var batch = train.AsSpan(start, Math.Min(Options.BatchSize, trainCount - start));
                Gather(x, batch, xBatch);
                Gather(y, batch, yBatch);
                double loss = Step(xBatch, yBatch, epoch, out int batchCorrect, classification);
                lossSum += loss * batch.Length;
                correct += batchCorrect;
                step++;
                globalStep++;
                OnStep?.Invoke(new StepMetrics(epoch, step, globalStep, batch.Length, loss));
            }

            double? validationLoss = null, validationAccuracy = null;
            if (validationX is not null)
            {
                var (vl, va) = Evaluate(validationX, validationY!);
                if (!double.IsFinite(vl)) throw Diverged(epoch, vl, "on the validation data");
                (validationLoss, validationAccuracy) = (vl, va);
            }
            var metrics = new EpochMetrics(epoch, lossSum / trainCount,
                classification ? (double)correct / trainCount : double.NaN, validationLoss, validationAccuracy);
            history.Add(metrics);
            OnEpoch?.Invoke(metrics);

            if (Options.EarlyStoppingPatience is int patience)
            {
                double monitored = validationLoss ?? metrics.Loss;
                if (monitored < bestMonitored) (bestMonitored, epochsWithoutImprovement) = (monitored, 0);
                else if (++epochsWithoutImprovement >= patience && epoch < Options.Epochs)
                {
                    history.StoppedEarly = true;
                    break;
                }
            }
        }
        return history;
    }

    /// <summary>
    /// One optimisation step on one batch: forward, zero the gradients, backward, update. Returns the batch loss
    /// (before the update).
    /// </summary>
    public double Step(Tensor<T> x, Tensor<T> y) => Step(x, y, epoch: 0, out _, countCorrect: false);

    /// <summary>Mean loss and accuracy (NaN for regression) of the network on (x, y), without training.</summary>
    public (double Loss, double Accuracy) Evaluate(Tensor<T> x, Tensor<T> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var predictions = Network.Forward(x, training: false);
        double loss = Loss.Loss(predictions, y);
        double accuracy = Loss is MeanSquaredError<T> ? double.NaN : Metrics.Accuracy(predictions, y);
        return (loss, accuracy);
    }

    private double Step(Tensor<T> x, Tensor<T> y, int epoch, out int correct, bool countCorrect)
    {
        var predictions = Network.Forward(x, training: true);
        double loss = Loss.Loss(predictions, y);
        if (!double.IsFinite(loss)) throw Diverged(epoch, loss, "on a training batch");
        correct = countCorrect ? Metrics.CountCorrect(predictions, y) : 0;

        Network.ZeroGrad();
        lossGradient = Tensor<T>.Reuse(lossGradient, predictions.Rows, predictions.Cols);
        Loss.Gradient(predictions, y, lossGradient);
        Network.BackwardParameters(lossGradient);

        var parameters = Network.Parameters();
        if (Options.L2 > 0) AddWeightDecay(parameters, T.CreateChecked(Options.L2));
        Optimizer.Step(parameters);
        return loss;
    }

    // The gradient of (L2/2)·ΣW² is L2·W; biases are left alone.
    private static void AddWeightDecay(IReadOnlyList<Parameter<T>> parameters, T l2)
    {
        for (int p = 0; p < parameters.Count; p++)
        {
            if (parameters[p].IsBias) continue;
            ReadOnlySpan<T> w = parameters[p].Value.Span;
            var g = parameters[p].Gradient.Span;
            for (int i = 0; i < w.Length; i++) g[i] += l2 * w[i];
        }
    }

    private TrainingDivergedException Diverged(int epoch, double loss, string where)
    {
        string rate = Optimizer.LearningRate.ToString(CultureInfo.InvariantCulture);
        string smaller = (Optimizer.LearningRate / 10).ToString(CultureInfo.InvariantCulture);
        string when = epoch > 0 ? $"in epoch {epoch}" : "in this step";
        return new TrainingDivergedException(epoch,
            $"Training diverged {when}: the loss became {loss.ToString(CultureInfo.InvariantCulture)} {where}. " +
            $"Try a smaller learning rate than {rate}, for example {smaller}.");
    }

    // Catch the two classic mismatches early: probabilities fed to a loss that wants logits, and the reverse.
    private static void CheckLossFitsOutput(Sequential<T> network, ILoss<T> loss)
    {
        var last = network.Layers[^1];
        if (loss is SoftmaxCrossEntropy<T> && last is Softmax<T>)
            throw new ArgumentException(
                $"{loss.Name} works on logits and applies the softmax itself; remove the network's final Softmax layer.", nameof(loss));
        if (loss is BinaryCrossEntropy<T> && last is Dense<T> or Identity<T> or Tanh<T> or Relu<T> or LeakyRelu<T>)
            throw new ArgumentException(
                $"{loss.Name} needs probabilities between 0 and 1, so the network should end with a Sigmoid; it ends with {last.Name}.",
                nameof(loss));
    }

    private void CheckData(string what, Tensor<T> x, Tensor<T> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Rows == 0) throw new ArgumentException($"Trainer got no {what} examples (0 rows).", nameof(x));
        if (x.Rows != y.Rows)
            throw new ArgumentException($"Trainer got {x.Rows} {what} examples but {y.Rows} targets; expected one target row per example.", nameof(y));
        if (Network.InputSize is int inputs && x.Cols != inputs)
            Network.Layers.First(l => l is Dense<T>).OutputSize(x.Cols);
        CheckFinite($"{what} data", x, "has");
        CheckFinite($"{what} targets", y, "have");
    }

    private static void CheckFinite(string what, Tensor<T> t, string has)
    {
        ReadOnlySpan<T> s = t.Span;
        // Fast path over the whole data set (it is checked at every Fit): v − v is 0 for a finite v and NaN for NaN or ±∞.
        int start = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var vectors = MemoryMarshal.Cast<T, Vector<T>>(s);
            while (start < vectors.Length && Vector.EqualsAll(vectors[start] - vectors[start], Vector<T>.Zero)) start++;
            start *= Vector<T>.Count;
        }
        for (int i = start; i < s.Length; i++)
            if (!T.IsFinite(s[i]))
            {
                string value = T.IsNaN(s[i]) ? "NaN" : "∞";
                throw new ArgumentException($"The {what} {has} {value} at row {i / t.Cols}, column {i % t.Cols}; clean or drop it before training.");
            }
    }

    private static void Check(TrainerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!(options.LearningRate > 0) || !double.IsFinite(options.LearningRate))
            throw new ArgumentException($"Trainer: the learning rate η must be > 0; got {options.LearningRate}.", nameof(options));
        if (options.Epochs < 1)
            throw new ArgumentException($"Trainer: the number of epochs must be ≥ 1; got {options.Epochs}.", nameof(options));
        if (options.BatchSize < 1)
            throw new ArgumentException($"Trainer: the batch size must be ≥ 1; got {options.BatchSize}.", nameof(options));
        if (!(options.ValidationSplit >= 0 && options.ValidationSplit < 1))
            throw new ArgumentException($"Trainer: ValidationSplit must be in [0, 1); got {options.ValidationSplit}.", nameof(options));
        if (!(options.L2 >= 0) || !double.IsFinite(options.L2))
            throw new ArgumentException($"Trainer: L2 must be ≥ 0; got {options.L2}.", nameof(options));
        if (options.EarlyStoppingPatience is < 1)
            throw new ArgumentException($"Trainer: EarlyStoppingPatience must be ≥ 1 epoch; got {options.EarlyStoppingPatience}.", nameof(options));
    }

    private static IOptimizer<T> CreateOptimizer(TrainerOptions options)
    {
        Check(options);
        return (options.Optimizer ?? "").Trim().ToLowerInvariant() switch
        {
            "sgd" => new Sgd<T>(options.LearningRate),
            "momentum" => new Momentum<T>(options.LearningRate),
            "adam" => new Adam<T>(options.LearningRate),
            _ => throw new ArgumentException(
                $"Trainer: unknown optimiser \"{options.Optimizer}\"; expected \"sgd\", \"momentum\" or \"adam\".", nameof(options)),
        };
    }

    private static void Shuffle(Span<int> indices, Random random)
    {
        for (int i = indices.Length - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (indices[i], indices[j]) = (indices[j], indices[i]);
        }
    }

    /// <summary>Copies the chosen rows of <paramref name="source"/> into <paramref name="into"/> (resized) or a new tensor.</summary>
    private static Tensor<T> Gather(Tensor<T> source, ReadOnlySpan<int> rows, Tensor<T>? into)
    {
        into ??= Tensor<T>.Zeros(rows.Length, source.Cols);
        into.Resize(rows.Length);
        int cols = source.Cols;
        ReadOnlySpan<T> from = source.Span;
        var to = into.Span;
        for (int i = 0; i < rows.Length; i++) from.Slice(rows[i] * cols, cols).CopyTo(to.Slice(i * cols, cols));
        return into;
    }
}
