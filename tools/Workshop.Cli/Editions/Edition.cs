namespace Workshop.Cli.Editions;

/// <summary>Which copy of the notebooks to make from the instructor's sources.</summary>
public enum Edition
{
    /// <summary>For attendees: each solution becomes a TODO and a NotImplementedException, MISTAKE lines are dropped.</summary>
    Student,

    /// <summary>For instructors and the tests: each solution becomes its typical wrong answer (the uncommented MISTAKE lines).</summary>
    Mistakes,
}
