namespace Workshop.Cli;

/// <summary>A mistake the user can fix (a wrong path, a file that is not a notebook): shown as one line, exit code 2.</summary>
public sealed class UserError(string message) : Exception(message);
