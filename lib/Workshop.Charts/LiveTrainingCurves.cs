using System.Diagnostics;
using Plotly.NET;

namespace Workshop.Charts;

/// <summary>
/// Training curves that redraw while a cell trains, so the cell shows progress instead of looking frozen.
/// The library does not know the notebook kernel: the notebook passes what to do with each new chart, e.g.
/// <code>var shown = display("training…"); var live = new LiveTrainingCurves(chart => shown.Update(chart));</code>
/// Redraws are throttled: at most one per <c>minInterval</c>, and only after <c>everyEpochs</c> new epochs.
/// </summary>
public sealed class LiveTrainingCurves
{
    private readonly Action<GenericChart> _update;
    private readonly int _everyEpochs;
    private readonly TimeSpan _minInterval;
    private readonly Func<TimeSpan> _clock;
    private readonly List<TrainingPoint> _points = [];
    private readonly string _title;
    private int _sinceUpdate;
    private TimeSpan _lastUpdate;

    /// <param name="update">Called with the redrawn chart (e.g. a notebook display's Update).</param>
    /// <param name="everyEpochs">Redraw after at least this many new epochs.</param>
    /// <param name="minInterval">Never redraw more often than this; null means half a second.</param>
    /// <param name="clock">Elapsed time source; tests pass a fake one. Null means a stopwatch started now.</param>
    public LiveTrainingCurves(Action<GenericChart> update, int everyEpochs = 1, TimeSpan? minInterval = null, Func<TimeSpan>? clock = null, string title = "Training")
    {
        ArgumentNullException.ThrowIfNull(update);
        if (everyEpochs < 1) throw new ArgumentException($"Live training curves redraw every 1 or more epochs; got {everyEpochs}.", nameof(everyEpochs));
        _update = update;
        _everyEpochs = everyEpochs;
        _minInterval = minInterval ?? TimeSpan.FromSeconds(0.5);
        if (clock is null)
        {
            var watch = Stopwatch.StartNew();
            clock = () => watch.Elapsed;
        }
        _clock = clock;
        _title = title;
    }

    public IReadOnlyList<TrainingPoint> Points => _points;

    /// <summary>How many times the chart has been redrawn.</summary>
    public int Updates { get; private set; }

    /// <summary>Adds one epoch; redraws if enough epochs and time have passed since the last redraw (the first epoch always draws).</summary>
    public void Report(TrainingPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        if (_points.Count > 0 && point.Epoch <= _points[^1].Epoch)
            throw new ArgumentException($"Live training curves got epoch {point.Epoch} after epoch {_points[^1].Epoch}; epochs must increase.", nameof(point));
        _points.Add(point);
        _sinceUpdate++;
        var now = _clock();
        if (Updates == 0 || (_sinceUpdate >= _everyEpochs && now - _lastUpdate >= _minInterval)) Publish(now);
    }

    /// <summary>Adds one epoch of the trainer's metrics: <c>trainer.OnEpoch = live.Report;</c></summary>
    public void Report(Workshop.DeepLearning.EpochMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        Report(Charts.ToPoint(metrics));
    }

    public void Report(int epoch, double loss, double? accuracy = null, double? validationLoss = null, double? validationAccuracy = null) =>
        Report(new TrainingPoint(epoch, loss, accuracy, validationLoss, validationAccuracy));

    /// <summary>Draws the last epochs that the throttle held back; call it when training ends.</summary>
    public void Complete()
    {
        if (_sinceUpdate > 0) Publish(_clock());
    }

    /// <summary>The chart of everything reported so far.</summary>
    public GenericChart Chart() => Charts.TrainingCurves(_points, _title);

    private void Publish(TimeSpan now)
    {
        _update(Chart());
        Updates++;
        _sinceUpdate = 0;
        _lastUpdate = now;
    }
}
