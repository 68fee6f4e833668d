using System.Text.Json;
using Plotly.NET;

namespace Workshop.Charts.Tests;

/// <summary>Reads a chart back as the JSON plotly.js receives, so tests check the numbers that get drawn.</summary>
internal static class Figure
{
    public static JsonElement Json(GenericChart chart) => JsonDocument.Parse(GenericChart.toJson(chart)).RootElement;

    public static JsonElement[] Traces(GenericChart chart) => Json(chart).GetProperty("data").EnumerateArray().ToArray();

    public static JsonElement Layout(GenericChart chart) => Json(chart).GetProperty("layout");

    public static double[] Numbers(this JsonElement e) => e.EnumerateArray().Select(v => v.GetDouble()).ToArray();

    public static string[] Strings(this JsonElement e) => e.EnumerateArray().Select(v => v.GetString()!).ToArray();

    public static double[][] Matrix(this JsonElement e) => e.EnumerateArray().Select(Numbers).ToArray();

    public static string Name(this JsonElement trace) => trace.GetProperty("name").GetString()!;
}
