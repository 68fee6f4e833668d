using Plotly.NET;

namespace Workshop.Charts.Tests;

public class TrainingCurvesTests
{
    private static readonly TrainingPoint[] History =
    [
        new(1, 0.9, 0.5, 1.0, 0.4),
        new(2, 0.5, 0.7, 0.6, null),
        new(3, 0.2, 0.9, 0.4, 0.8),
    ];

    [Fact]
    public void TrainingCurves_draws_loss_left_and_accuracy_right_for_training_and_validation()
    {
        var chart = Charts.TrainingCurves(History);
        var traces = Figure.Traces(chart);
        Assert.Equal(["training loss", "validation loss", "training accuracy", "validation accuracy"], traces.Select(t => t.Name()));
        Assert.Equal([1.0, 2, 3], traces[0].GetProperty("x").Numbers());
        Assert.Equal([0.9, 0.5, 0.2], traces[0].GetProperty("y").Numbers());
        Assert.Equal("x2", traces[2].GetProperty("xaxis").GetString());
        Assert.Equal([1.0, 3], traces[3].GetProperty("x").Numbers()); // the missing validation accuracy is skipped
        Assert.Equal([0.4, 0.8], traces[3].GetProperty("y").Numbers());
    }

    [Fact]
    public void TrainingCurves_without_accuracy_is_a_single_loss_plot()
    {
        var chart = Charts.TrainingCurves([new(1, 2.0), new(2, 1.0)]);
        Assert.Single(Figure.Traces(chart));
        Assert.False(Figure.Layout(chart).TryGetProperty("grid", out _));
    }

    [Fact]
    public void TrainingCurves_names_the_epoch_where_the_run_diverged()
    {
        var e = Assert.Throws<ArgumentException>(() => Charts.TrainingCurves([new(1, 1.0), new(2, double.NaN)]));
        Assert.Contains("Epoch 2", e.Message);
        Assert.Contains("smaller learning rate", e.Message);
    }

    [Fact]
    public void Live_curves_draw_the_first_epoch_then_throttle_by_epochs_and_time()
    {
        var now = TimeSpan.Zero;
        var drawn = new List<GenericChart>();
        var live = new LiveTrainingCurves(drawn.Add, everyEpochs: 3, minInterval: TimeSpan.FromSeconds(0.5), clock: () => now);
        live.Report(1, 1.0);
        Assert.Single(drawn);                        // the first epoch shows at once
        live.Report(2, 0.9);
        live.Report(3, 0.8);
        now = TimeSpan.FromSeconds(0.1);
        live.Report(4, 0.7);                         // 3 new epochs, but only 0.1 s later
        Assert.Single(drawn);
        now = TimeSpan.FromSeconds(1);
        live.Report(5, 0.6);                         // 4 new epochs and 1 s later
        Assert.Equal(2, drawn.Count);
        Assert.Equal([1.0, 2, 3, 4, 5], Figure.Traces(drawn[^1])[0].GetProperty("x").Numbers());
        now = TimeSpan.FromSeconds(5);
        live.Report(6, 0.5);                         // time passed but only 1 new epoch
        Assert.Equal(2, drawn.Count);
        live.Complete();                             // the held-back epoch is drawn at the end
        Assert.Equal(3, drawn.Count);
        Assert.Equal(6, Figure.Traces(drawn[^1])[0].GetProperty("x").Numbers().Length);
        live.Complete();
        Assert.Equal(3, live.Updates);
    }

    [Fact]
    public void Live_curves_reject_epochs_that_go_backwards()
    {
        var live = new LiveTrainingCurves(_ => { }, clock: () => TimeSpan.Zero);
        live.Report(5, 1.0);
        var e = Assert.Throws<ArgumentException>(() => live.Report(5, 0.9));
        Assert.Contains("epoch 5 after epoch 5", e.Message);
    }
}
