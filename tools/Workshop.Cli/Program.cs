// The `workshop` command. Verbs are added by the runner, student, export and bench issues.
Console.Error.WriteLine("usage: workshop <run|doctor|student|export|bench> ...");
return 2;
