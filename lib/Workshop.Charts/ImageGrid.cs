using System.Globalization;
using Plotly.NET;

namespace Workshop.Charts;

public static partial class Charts
{
    /// <summary>
    /// Small grayscale images in a grid (8×8 digits, 28×28 Fashion-MNIST), each with its label; with predictions,
    /// each shows the predicted label and the wrong ones are framed and labelled in red ("predicted ≠ true").
    /// </summary>
    /// <param name="images">Row-major pixels, <paramref name="width"/>·<paramref name="height"/> per image, ink high.</param>
    public static GenericChart ImageGrid(IReadOnlyList<double[]> images, int width, int height, IReadOnlyList<int>? truth = null,
        IReadOnlyList<int>? predicted = null, IReadOnlyList<string>? classNames = null, int columns = 8, int maxImages = 64, string title = "Images")
    {
        ArgumentNullException.ThrowIfNull(images);
        if (width < 1 || height < 1) throw new ArgumentException($"Image size must be positive; got {width}×{height}.", nameof(width));
        if (columns < 1) throw new ArgumentException($"An image grid needs 1 or more columns; got {columns}.", nameof(columns));
        if (images.Count == 0) throw new ArgumentException("An image grid needs at least one image; got none.", nameof(images));
        if (truth is not null && truth.Count != images.Count) throw new ArgumentException($"Got {images.Count} images but {truth.Count} true labels.", nameof(truth));
        if (predicted is not null && predicted.Count != images.Count) throw new ArgumentException($"Got {images.Count} images but {predicted.Count} predictions.", nameof(predicted));
        for (int i = 0; i < images.Count; i++)
            if (images[i]?.Length != width * height)
                throw new ArgumentException($"Image {i} has {images[i]?.Length ?? 0} pixels; a {width}×{height} image has {width * height}.", nameof(images));

        int count = Math.Min(images.Count, maxImages), rows = (count + columns - 1) / columns;
        int gap = Math.Max(1, width / 8), label = Math.Max(3, height / 3);  // room between tiles and for the label above each
        int tileW = width + gap, tileH = height + label;
        var z = new double?[rows * tileH][];
        for (int r = 0; r < z.Length; r++) z[r] = new double?[columns * tileW];

        string Name(int c) => classNames is not null && c >= 0 && c < classNames.Count ? classNames[c] : c.ToString(CultureInfo.InvariantCulture);
        var annotations = new List<object>();
        var shapes = new List<object>();
        for (int n = 0; n < count; n++)
        {
            int top = n / columns * tileH + label, left = n % columns * tileW;
            for (int py = 0; py < height; py++)
                for (int px = 0; px < width; px++)
                    z[top + py][left + px] = images[n][py * width + px];
            if (truth is null && predicted is null) continue;
            bool wrong = truth is not null && predicted is not null && truth[n] != predicted[n];
            string text = wrong ? $"{Name(predicted![n])} ≠ {Name(truth![n])}" : Name((predicted ?? truth)![n]);
            annotations.Add(Plot.Obj(("x", left + (width - 1) / 2.0), ("y", top - label / 2.0), ("text", text), ("showarrow", false),
                ("font", Plot.Obj(("size", 11), ("color", wrong ? Palette.Negative : "#222222")))));
            if (wrong)
                shapes.Add(Plot.Obj(("type", "rect"), ("x0", left - 0.5), ("x1", left + width - 0.5), ("y0", top - 0.5), ("y1", top + height - 0.5),
                    ("line", Plot.Obj(("color", Palette.Negative), ("width", 2)))));
        }
        double zmax = images.Take(count).SelectMany(i => i).Max();
        var trace = Plot.Trace("heatmap", ("name", "images"), ("z", z), ("colorscale", new object[] { new object[] { 0.0, "white" }, new object[] { 1.0, "black" } }),
            ("zmin", 0.0), ("zmax", zmax > 0 ? zmax : 1.0), ("showscale", false), ("hoverongaps", false));
        string subtitle = predicted is null ? "" : truth is null ? " — predicted labels" : " — predicted label; red: predicted ≠ true";
        var axis = Plot.Obj(("visible", false), ("showgrid", false), ("zeroline", false));
        var yaxis = Plot.Obj(("visible", false), ("showgrid", false), ("zeroline", false), ("autorange", "reversed"), ("scaleanchor", "x"));
        var layout = Plot.Layout(("title", Plot.Obj(("text", title + subtitle))), ("xaxis", axis), ("yaxis", yaxis),
            ("annotations", annotations.ToArray()), ("shapes", shapes.ToArray()), ("plot_bgcolor", "white"),
            ("width", Math.Min(1100, columns * 90 + 80)), ("height", Math.Min(1100, rows * 100 + 120)));
        return Plot.Chart([trace], layout);
    }
}
