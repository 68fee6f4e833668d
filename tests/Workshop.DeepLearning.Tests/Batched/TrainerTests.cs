namespace Workshop.DeepLearning.Tests.Batched;

public class TrainerTests
{
    private static (Tensor<T> X, Tensor<T> Y) Moons<T>(int count = 200) where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
    {
        var (x, y) = TestData.Moons(count, noise: 0.1, seed: 3);
        return (Tensor<T>.FromRows(x), Tensor<T>.FromColumn(y));
    }

    private static Trainer<T> MoonsTrainer<T>(TrainerOptions options, int networkSeed = 5) where T : unmanaged, System.Numerics.IFloatingPointIeee754<T> =>
        new(Sequential<T>.Mlp([2, 8, 1], Activation.Tanh, Activation.Sigmoid, new Random(networkSeed)), new BinaryCrossEntropy<T>(), options);

    [Fact]
    public void Same_seed_gives_identical_weights_and_history()
    {
        var options = new TrainerOptions(LearningRate: 0.3, Epochs: 5, BatchSize: 16, Seed: 7, ValidationSplit: 0.25, Optimizer: "momentum");
        var (x, y) = Moons<double>();
        var a = MoonsTrainer<double>(options);
        var b = MoonsTrainer<double>(options);

        var historyA = a.Fit(x, y);
        var historyB = b.Fit(x, y);

        Assert.Equal(historyA.Epochs, historyB.Epochs);
        for (int p = 0; p < a.Network.Parameters().Count; p++)
            Assert.Equal(a.Network.Parameters()[p].Value.Span.ToArray(), b.Network.Parameters()[p].Value.Span.ToArray());

        // A different shuffling seed takes a different path.
        var c = MoonsTrainer<double>(options with { Seed = 8 });
        Assert.NotEqual(historyA.Last.Loss, c.Fit(x, y).Last.Loss);
    }

    [Fact]
    public void Float_and_double_versions_agree_to_float_precision()
    {
        var options = new TrainerOptions(LearningRate: 0.2, Epochs: 10, BatchSize: 20, Seed: 2);
        var (xd, yd) = Moons<double>();
        var (xf, yf) = Moons<float>();
        var d = MoonsTrainer<double>(options);
        var f = MoonsTrainer<float>(options);

        for (int p = 0; p < d.Network.Parameters().Count; p++)
        {
            var wd = d.Network.Parameters()[p].Value.Span.ToArray();
            var wf = f.Network.Parameters()[p].Value.Span.ToArray();
            for (int i = 0; i < wd.Length; i++) Assert.Equal((float)wd[i], wf[i]);
        }

        var historyD = d.Fit(xd, yd);
        var historyF = f.Fit(xf, yf);

        for (int e = 0; e < options.Epochs; e++)
            Assert.Equal(historyD.Epochs[e].Loss, historyF.Epochs[e].Loss, 4);
        for (int p = 0; p < d.Network.Parameters().Count; p++)
        {
            var wd = d.Network.Parameters()[p].Value.Span.ToArray();
            var wf = f.Network.Parameters()[p].Value.Span.ToArray();
            for (int i = 0; i < wd.Length; i++) Assert.Equal(wd[i], wf[i], 3);
        }
    }

    [Fact]
    public void Callbacks_see_every_step_and_epoch_and_the_last_batch_is_smaller()
    {
        var (x, y) = Moons<float>(100);
        var trainer = MoonsTrainer<float>(new TrainerOptions(Epochs: 3, BatchSize: 32));
        var steps = new List<StepMetrics>();
        var epochs = new List<EpochMetrics>();
        trainer.OnStep = steps.Add;
        trainer.OnEpoch = epochs.Add;

        var history = trainer.Fit(x, y);

        Assert.Equal(3 * 4, steps.Count);
        Assert.Equal([32, 32, 32, 4], steps.Take(4).Select(s => s.BatchSize));
        Assert.Equal(Enumerable.Range(1, 12), steps.Select(s => s.GlobalStep));
        Assert.Equal(history.Epochs, epochs);
        Assert.Equal([1, 2, 3], epochs.Select(e => e.Epoch));
        // The epoch loss is the example-weighted mean of its batch losses.
        var first = steps.Take(4).ToList();
        Assert.Equal(first.Sum(s => s.Loss * s.BatchSize) / 100, epochs[0].Loss, 10);
        Assert.All(epochs, e => Assert.Null(e.ValidationLoss));
    }

    [Fact]
    public void Validation_split_holds_out_the_requested_fraction()
    {
        var (x, y) = Moons<double>(100);
        var trainer = MoonsTrainer<double>(new TrainerOptions(Epochs: 2, BatchSize: 100, ValidationSplit: 0.2));
        var steps = new List<StepMetrics>();
        trainer.OnStep = steps.Add;

        var history = trainer.Fit(x, y);

        Assert.Equal(80, steps[0].BatchSize);
        Assert.NotNull(history.Last.ValidationLoss);
        Assert.InRange(history.Last.ValidationAccuracy!.Value, 0, 1);
    }

    [Fact]
    public void Explicit_validation_data_is_evaluated_every_epoch()
    {
        var (x, y) = Moons<double>(100);
        var (vx, vy) = Moons<double>(40);
        var trainer = MoonsTrainer<double>(new TrainerOptions(Epochs: 3, BatchSize: 25));
        var history = trainer.Fit(x, y, vx, vy);
        var (loss, accuracy) = trainer.Evaluate(vx, vy);
        Assert.Equal(loss, history.Last.ValidationLoss!.Value, 12);
        Assert.Equal(accuracy, history.Last.ValidationAccuracy!.Value, 12);
    }

    [Fact]
    public void Early_stopping_ends_a_run_that_no_longer_improves()
    {
        // Small noisy batches on a regression: the epoch loss soon stops improving.
        var (x, y) = Moons<double>(100);
        var trainer = new Trainer<double>(Sequential<double>.Mlp([2, 4, 1], Activation.Tanh, Activation.Identity, new Random(1)),
            new MeanSquaredError<double>(), new TrainerOptions(LearningRate: 0.05, Epochs: 500, BatchSize: 10, EarlyStoppingPatience: 3));
        var history = trainer.Fit(x, y);
        Assert.True(history.StoppedEarly, history.ToString());
        Assert.True(history.Epochs.Count < 500);
        var losses = history.Epochs.Select(e => e.Loss).ToList();
        double best = losses.Take(losses.Count - 3).Min();
        Assert.All(losses.Skip(losses.Count - 3), l => Assert.True(l >= best));
    }

    [Fact]
    public void L2_shrinks_the_weights()
    {
        var (x, y) = Moons<double>(100);
        double Norm(Trainer<double> t) => t.Network.Parameters().Where(p => !p.IsBias).Sum(p => p.Value.Span.ToArray().Sum(w => w * w));
        var plain = MoonsTrainer<double>(new TrainerOptions(LearningRate: 0.5, Epochs: 20));
        var decayed = MoonsTrainer<double>(new TrainerOptions(LearningRate: 0.5, Epochs: 20, L2: 0.05));
        plain.Fit(x, y);
        decayed.Fit(x, y);
        Assert.True(Norm(decayed) < Norm(plain), $"{Norm(decayed)} vs {Norm(plain)}");
    }

    [Fact]
    public void A_steady_state_step_allocates_nothing()
    {
        var (x, y) = Moons<float>(64);
        var small = Tensor<float>.FromSpan(x.Span[..20], 10, 2);
        var smallY = Tensor<float>.FromSpan(y.Span[..10], 10, 1);
        foreach (var optimizer in new[] { "sgd", "momentum", "adam" })
        {
            var trainer = new Trainer<float>(Sequential<float>.Mlp([2, 16, 16, 1], Activation.Relu, Activation.Sigmoid, new Random(1)),
                new BinaryCrossEntropy<float>(), new TrainerOptions(LearningRate: 0.01, Optimizer: optimizer, L2: 1e-4));
            long first = GC.GetAllocatedBytesForCurrentThread();
            trainer.Step(x, y);
            trainer.Step(small, smallY);
            // The first steps do allocate (buffers, optimiser state): proof that the measurement sees allocations.
            Assert.True(GC.GetAllocatedBytesForCurrentThread() - first > 0);

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 10; i++)
            {
                trainer.Step(x, y);
                trainer.Step(small, smallY);
            }
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.True(allocated == 0, $"{optimizer}: {allocated} bytes allocated in 20 steps");
        }
    }

    [Fact]
    public void Bad_options_are_refused_with_a_clear_message()
    {
        var network = Sequential<double>.Mlp([2, 1], Activation.Tanh, Activation.Sigmoid, new Random(1));
        var loss = new BinaryCrossEntropy<double>();
        ArgumentException Refused(TrainerOptions o) => Assert.Throws<ArgumentException>(() => new Trainer<double>(network, loss, o));

        Assert.StartsWith("Trainer: the learning rate η must be > 0; got 0.", Refused(new TrainerOptions(LearningRate: 0)).Message);
        Assert.StartsWith("Trainer: the learning rate η must be > 0; got -0.1.", Refused(new TrainerOptions(LearningRate: -0.1)).Message);
        Assert.StartsWith("Trainer: the batch size must be ≥ 1; got 0.", Refused(new TrainerOptions(BatchSize: 0)).Message);
        Assert.StartsWith("Trainer: the number of epochs must be ≥ 1; got 0.", Refused(new TrainerOptions(Epochs: 0)).Message);
        Assert.StartsWith("Trainer: ValidationSplit must be in [0, 1); got 1.", Refused(new TrainerOptions(ValidationSplit: 1)).Message);
        Assert.StartsWith("Trainer: L2 must be ≥ 0; got -1.", Refused(new TrainerOptions(L2: -1)).Message);
        Assert.StartsWith("Trainer: EarlyStoppingPatience must be ≥ 1 epoch; got 0.", Refused(new TrainerOptions(EarlyStoppingPatience: 0)).Message);
        Assert.StartsWith("Trainer: unknown optimiser \"rmsprop\"; expected \"sgd\", \"momentum\" or \"adam\".",
            Refused(new TrainerOptions(Optimizer: "rmsprop")).Message);

        Assert.StartsWith("SGD: the learning rate η must be > 0; got 0.", Assert.Throws<ArgumentException>(() => new Sgd<float>(0)).Message);
        Assert.StartsWith("Adam: beta1 must be in [0, 1); got 1.", Assert.Throws<ArgumentException>(() => new Adam<float>(beta1: 1)).Message);
    }

    [Fact]
    public void A_loss_that_does_not_fit_the_output_layer_is_refused()
    {
        var random = new Random(1);
        var e = Assert.Throws<ArgumentException>(() => new Trainer<double>(
            new Sequential<double>(new Dense<double>(2, 3, random), new Softmax<double>()), new SoftmaxCrossEntropy<double>(), new TrainerOptions()));
        Assert.StartsWith("SoftmaxCrossEntropy works on logits and applies the softmax itself; remove the network's final Softmax layer.", e.Message);
        e = Assert.Throws<ArgumentException>(() => new Trainer<double>(
            Sequential<double>.Mlp([2, 4, 1], Activation.Relu, Activation.Identity, random), new BinaryCrossEntropy<double>(), new TrainerOptions()));
        Assert.StartsWith("BinaryCrossEntropy needs probabilities between 0 and 1, so the network should end with a Sigmoid; it ends with Dense 4→1.", e.Message);
    }

    [Fact]
    public void A_training_step_gives_the_same_gradients_as_a_full_backward()
    {
        // The trainer skips ∂J/∂input of the first layer; the parameter gradients must not change.
        var x = TestData.Random(8, 3, seed: 1);
        var y = TestData.Bits(8, 1, seed: 2);
        var a = Sequential<double>.Mlp([3, 4, 1], Activation.Tanh, Activation.Sigmoid, new Random(3));
        var b = Sequential<double>.Mlp([3, 4, 1], Activation.Tanh, Activation.Sigmoid, new Random(3));
        var loss = new BinaryCrossEntropy<double>();
        a.Backward(loss.Gradient(a.Forward(x), y));
        var wBefore = b.Parameters()[0].Value.Clone();
        new Trainer<double>(b, loss, new TrainerOptions(LearningRate: 1)).Step(x, y);
        for (int p = 0; p < a.Parameters().Count; p++)
            Assert.Equal(a.Parameters()[p].Gradient.Span.ToArray(), b.Parameters()[p].Gradient.Span.ToArray());
        // And the step applied W ← W − η ∂J/∂W with η = 1.
        for (int i = 0; i < wBefore.Span.Length; i++)
            Assert.Equal(wBefore.Span[i] - a.Parameters()[0].Gradient.Span[i], b.Parameters()[0].Value.Span[i], 14);
    }

    [Fact]
    public void NaN_or_infinity_in_the_data_is_refused_before_training()
    {
        var x = TestData.Random(20, 4, seed: 1);
        var y = TestData.Bits(20, 1, seed: 2);
        var trainer = new Trainer<double>(Sequential<double>.Mlp([4, 1], Activation.Tanh, Activation.Sigmoid, new Random(1)),
            new BinaryCrossEntropy<double>(), new TrainerOptions());
        bool stepped = false;
        trainer.OnStep = _ => stepped = true;

        x[12, 3] = double.NaN;
        Assert.StartsWith("The training data has NaN at row 12, column 3;", Assert.Throws<ArgumentException>(() => trainer.Fit(x, y)).Message);
        x[12, 3] = 0;
        y[5, 0] = double.PositiveInfinity;
        Assert.StartsWith("The training targets have ∞ at row 5, column 0;", Assert.Throws<ArgumentException>(() => trainer.Fit(x, y)).Message);
        Assert.False(stepped);
    }

    [Fact]
    public void Mismatched_shapes_are_refused()
    {
        var trainer = new Trainer<double>(Sequential<double>.Mlp([4, 3, 1], Activation.Tanh, Activation.Sigmoid, new Random(1)),
            new BinaryCrossEntropy<double>(), new TrainerOptions());
        var e = Assert.Throws<ArgumentException>(() => trainer.Fit(Tensor<double>.Zeros(10, 5), Tensor<double>.Zeros(10, 1)));
        Assert.StartsWith("Dense 4→3 got 5 features per example; expected 4", e.Message);
        e = Assert.Throws<ArgumentException>(() => trainer.Fit(Tensor<double>.Zeros(10, 4), Tensor<double>.Zeros(9, 1)));
        Assert.StartsWith("Trainer got 10 training examples but 9 targets; expected one target row per example.", e.Message);
        e = Assert.Throws<ArgumentException>(() => trainer.Fit(Tensor<double>.Zeros(10, 4), Tensor<double>.Zeros(10, 2)));
        Assert.StartsWith("BinaryCrossEntropy got targets of shape 10×2; expected 10×1 like the predictions.", e.Message);
    }

    [Fact]
    public void A_huge_learning_rate_stops_with_the_epoch_and_a_hint()
    {
        var (x, y) = TestData.NoisySine(100, 0.1, seed: 1);
        var trainer = new Trainer<double>(Sequential<double>.Mlp([1, 16, 1], Activation.Relu, Activation.Identity, new Random(1)),
            new MeanSquaredError<double>(), new TrainerOptions(LearningRate: 10, Epochs: 50, BatchSize: 10));
        var epochs = new List<EpochMetrics>();
        trainer.OnEpoch = epochs.Add;

        var e = Assert.Throws<TrainingDivergedException>(() => trainer.Fit(Tensor<double>.FromColumn(x), Tensor<double>.FromColumn(y)));

        Assert.IsAssignableFrom<InvalidOperationException>(e);
        Assert.Equal(epochs.Count + 1, e.Epoch);
        Assert.StartsWith($"Training diverged in epoch {e.Epoch}: the loss became ", e.Message);
        Assert.EndsWith("Try a smaller learning rate than 10, for example 1.", e.Message);
    }
}
