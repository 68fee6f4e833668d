namespace Workshop.Benchmarks;

static class Fill
{
    /// <summary>Seeded uniform values in [-0.5, 0.5).</summary>
    public static float[] Floats(Random random, int length)
    {
        var values = new float[length];
        for (int i = 0; i < length; i++) values[i] = (float)random.NextDouble() - 0.5f;
        return values;
    }
}
