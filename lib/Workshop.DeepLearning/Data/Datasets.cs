using MathNet.Numerics.Distributions;

namespace Workshop.DeepLearning;

/// <summary>
/// Small synthetic data sets to see what a network learns: each one is drawn from a seeded random
/// generator, so the same seed always gives the same points. Examples come out shuffled, so any
/// prefix has all classes in it.
/// </summary>
public static class Datasets
{
    public const double DefaultMoonsNoise = 0.1;
    public const double DefaultCirclesNoise = 0.05;
    public const double DefaultCirclesFactor = 0.5;
    public const double DefaultSpiralsNoise = 0.2;
    public const double DefaultXorNoise = 0.15;
    public const double DefaultBlobsSpread = 1.0;
    public const double DefaultRegressionNoise = 0.1;

    /// <summary>Two interleaving half circles (class 0 on top, class 1 below): no straight line separates them.</summary>
    public static Dataset TwoMoons(int count, int seed) => TwoMoons(count, DefaultMoonsNoise, seed);

    /// <inheritdoc cref="TwoMoons(int, int)"/>
    public static Dataset TwoMoons(int count, double noise, int seed)
    {
        CheckCount("Two moons", count, 2);
        CheckNoise("Two moons", noise);
        var random = new Random(seed);
        int top = count / 2, bottom = count - top;
        var points = new List<(double X, double Y, int Label)>(count);
        for (int i = 0; i < top; i++)
        {
            double t = Math.PI * i / Math.Max(top - 1, 1);
            points.Add((Math.Cos(t), Math.Sin(t), 0));
        }
        for (int i = 0; i < bottom; i++)
        {
            double t = Math.PI * i / Math.Max(bottom - 1, 1);
            points.Add((1 - Math.Cos(t), 0.5 - Math.Sin(t), 1));
        }
        return Build(points, noise, random, classes: 2, "two moons");
    }

    /// <summary>A small circle (class 1) inside a big one (class 0): the classes share the same centre.</summary>
    public static Dataset Circles(int count, int seed) => Circles(count, DefaultCirclesNoise, DefaultCirclesFactor, seed);

    /// <param name="factor">Radius of the inner circle relative to the outer one (between 0 and 1).</param>
    public static Dataset Circles(int count, double noise, double factor, int seed)
    {
        CheckCount("Circles", count, 2);
        CheckNoise("Circles", noise);
        if (!(factor > 0 && factor < 1))
            throw new ArgumentException($"Circles got factor {factor}; expected the inner radius as a fraction between 0 and 1 (e.g. 0.5).", nameof(factor));
        var random = new Random(seed);
        int outer = count / 2, inner = count - outer;
        var points = new List<(double X, double Y, int Label)>(count);
        for (int i = 0; i < outer; i++)
        {
            double t = 2 * Math.PI * i / outer;
            points.Add((Math.Cos(t), Math.Sin(t), 0));
        }
        for (int i = 0; i < inner; i++)
        {
            double t = 2 * Math.PI * i / inner;
            points.Add((factor * Math.Cos(t), factor * Math.Sin(t), 1));
        }
        return Build(points, noise, random, classes: 2, "circles");
    }

    /// <summary>Spiral arms winding out from the centre, one arm per class (the CS231n toy problem).</summary>
    public static Dataset Spirals(int countPerClass, int classes, int seed) => Spirals(countPerClass, classes, DefaultSpiralsNoise, seed);

    /// <param name="noise">Standard deviation of the noise added to each point's angle (radians).</param>
    public static Dataset Spirals(int countPerClass, int classes, double noise, int seed)
    {
        CheckCount("Spirals", countPerClass, 2, "points per class");
        CheckClasses("Spirals", classes);
        CheckNoise("Spirals", noise);
        var random = new Random(seed);
        var normal = new Normal(0, 1, random);
        var points = new List<(double X, double Y, int Label)>(countPerClass * classes);
        for (int k = 0; k < classes; k++)
        {
            for (int i = 0; i < countPerClass; i++)
            {
                double r = (double)i / (countPerClass - 1);
                double t = 4.0 * (k + r) + noise * normal.Sample();
                points.Add((r * Math.Sin(t), r * Math.Cos(t), k));
            }
        }
        // The noise already went into the angle; no extra noise on the coordinates.
        return Build(points, 0, random, classes, "spirals");
    }

    /// <summary>The four XOR points: (0,0)→0, (0,1)→1, (1,0)→1, (1,1)→0. No straight line separates them.</summary>
    public static Dataset Xor() =>
        new([[0, 0], [0, 1], [1, 0], [1, 1]], [0, 1, 1, 0], 2, "xor");

    /// <summary>Noisy XOR: <paramref name="count"/> points scattered around the four corners, labelled like the corner.</summary>
    public static Dataset Xor(int count, int seed) => Xor(count, DefaultXorNoise, seed);

    /// <inheritdoc cref="Xor(int, int)"/>
    public static Dataset Xor(int count, double noise, int seed)
    {
        CheckCount("XOR", count, 4);
        CheckNoise("XOR", noise);
        var random = new Random(seed);
        var points = new List<(double X, double Y, int Label)>(count);
        for (int i = 0; i < count; i++)
        {
            int a = i % 2, b = (i / 2) % 2;
            points.Add((a, b, a ^ b));
        }
        return Build(points, noise, random, classes: 2, "xor (noisy)");
    }

    /// <summary>Round Gaussian clouds, one per class, with centres evenly spaced on a circle of radius 4.</summary>
    public static Dataset Blobs(int countPerClass, int classes, int seed) => Blobs(countPerClass, classes, DefaultBlobsSpread, seed);

    /// <param name="spread">Standard deviation of each cloud around its centre.</param>
    public static Dataset Blobs(int countPerClass, int classes, double spread, int seed)
    {
        CheckCount("Blobs", countPerClass, 1, "points per class");
        CheckClasses("Blobs", classes);
        if (!(spread > 0) || double.IsInfinity(spread))
            throw new ArgumentException($"Blobs got spread {spread}; expected a positive standard deviation (e.g. 1.0).", nameof(spread));
        var random = new Random(seed);
        var points = new List<(double X, double Y, int Label)>(countPerClass * classes);
        for (int k = 0; k < classes; k++)
        {
            double angle = 2 * Math.PI * k / classes;
            for (int i = 0; i < countPerClass; i++)
                points.Add((4 * Math.Cos(angle), 4 * Math.Sin(angle), k));
        }
        return Build(points, spread, random, classes, "blobs");
    }

    /// <summary>
    /// The talk's green and red points, in the easy version: a straight line separates them (with a gap),
    /// so a single perceptron can learn it. Class 1 is green (above the line x₂ = 0.6·x₁ + 0.3), class 0 red.
    /// Points are uniform in the square [−2, 2]².
    /// </summary>
    public static Dataset GreenAndRed(int count, int seed)
    {
        CheckCount("Green and red", count, 2);
        var random = new Random(seed);
        const double gap = 0.15;
        var features = new double[count][];
        var targets = new double[count];
        for (int i = 0; i < count; i++)
        {
            // Alternate the colours so both are always present; reject points too close to the line.
            int label = i % 2 == 0 ? 1 : 0;
            double x, y, distance;
            do
            {
                x = 4 * random.NextDouble() - 2;
                y = 4 * random.NextDouble() - 2;
                distance = (y - 0.6 * x - 0.3) / Math.Sqrt(1 + 0.6 * 0.6);
            } while (label == 1 ? distance < gap : distance > -gap);
            features[i] = [x, y];
            targets[i] = label;
        }
        return new Dataset(features, targets, 2, "green and red");
    }

    /// <summary>Noisy samples y = f(x) + ε of a 1-D curve, x uniform on [−3, 3] and sorted (so a line chart draws them in order). The default f is sin.</summary>
    public static Dataset RegressionCurve(int count, int seed, Func<double, double>? f = null) =>
        RegressionCurve(count, DefaultRegressionNoise, seed, f);

    /// <inheritdoc cref="RegressionCurve(int, int, Func{double, double}?)"/>
    public static Dataset RegressionCurve(int count, double noise, int seed, Func<double, double>? f = null)
    {
        CheckCount("Regression curve", count, 1);
        CheckNoise("Regression curve", noise);
        f ??= Math.Sin;
        var random = new Random(seed);
        var normal = new Normal(0, 1, random);
        var xs = new double[count];
        for (int i = 0; i < count; i++) xs[i] = 6 * random.NextDouble() - 3;
        Array.Sort(xs);
        var features = new double[count][];
        var targets = new double[count];
        for (int i = 0; i < count; i++)
        {
            features[i] = [xs[i]];
            targets[i] = f(xs[i]) + noise * normal.Sample();
        }
        return new Dataset(features, targets, 0, "regression curve");
    }

    // Adds N(0, noise²) to both coordinates, shuffles, and packs the points into a Dataset.
    private static Dataset Build(List<(double X, double Y, int Label)> points, double noise, Random random, int classes, string name)
    {
        var normal = new Normal(0, 1, random);
        var order = Enumerable.Range(0, points.Count).ToArray();
        random.Shuffle(order);
        var features = new double[points.Count][];
        var targets = new double[points.Count];
        for (int i = 0; i < order.Length; i++)
        {
            var (x, y, label) = points[order[i]];
            features[i] = noise > 0 ? [x + noise * normal.Sample(), y + noise * normal.Sample()] : [x, y];
            targets[i] = label;
        }
        return new Dataset(features, targets, classes, name);
    }

    private static void CheckCount(string what, int count, int minimum, string unit = "points")
    {
        if (count < minimum)
            throw new ArgumentException($"{what} got {count} {unit}; expected at least {minimum}.", nameof(count));
    }

    private static void CheckClasses(string what, int classes)
    {
        if (classes < 2)
            throw new ArgumentException($"{what} got {classes} classes; expected at least 2.", nameof(classes));
    }

    private static void CheckNoise(string what, double noise)
    {
        if (!(noise >= 0) || double.IsInfinity(noise))
            throw new ArgumentException($"{what} got noise {noise}; expected a standard deviation ≥ 0 (e.g. 0.1).", nameof(noise));
    }
}
