namespace Workshop.Cli.Apps;

/// <summary>A name declared inside a block or loop of a cell, and the tokens where that declaration is in force.</summary>
public sealed record ScopedName(int NameToken, int ScopeStart, int ScopeEnd);

/// <summary>
/// Finds declarations below a cell's top level (loop variables, locals in blocks and lambdas, catch variables). In a
/// notebook each cell is its own submission, so `foreach (var x …)` may reuse a name an earlier cell declared; in one
/// program that is error CS0136, so <see cref="NotebookToApp"/> renames them within their scope.
/// </summary>
public static class NestedDeclarations
{
    public static List<ScopedName> Find(IReadOnlyList<Token> t, Statement statement)
    {
        var found = new List<ScopedName>();
        for (var k = statement.First; k <= statement.Last; k++)
        {
            var text = t[k].Kind == TokenKind.Symbol ? "" : t[k].Text;
            if (text is "foreach" or "for" or "catch" && k + 1 <= statement.Last && t[k + 1].Is("("))
            {
                var close = CellStatements.Matching(t, k + 1) ?? statement.Last;
                var scopeEnd = BodyEnd(t, close, statement.Last);
                var names = text switch
                {
                    "foreach" => ForeachName(t, k + 2, close),
                    "catch" => close - 1 > k + 2 && CellStatements.IsName(t[close - 1]) ? [close - 1] : [],
                    _ => CellStatements.DeclaredNames(t, k + 2, close),
                };
                found.AddRange(names.Select(n => new ScopedName(n, k, scopeEnd)));
            }
            else if (t[k].Is("out") && k + 2 <= statement.Last && CellStatements.IsName(t[k + 2]) && t[k + 1].Kind == TokenKind.Word)
            {
                found.Add(new ScopedName(k + 2, k, EnclosingBlockEnd(t, k, statement)));
            }
            else if (k > statement.First && t[k - 1].Text is "{" or ";" or "}" && InsideBraces(t, statement.First, k))
            {
                var names = CellStatements.DeclaredNames(t, k, statement.Last);
                var end = EnclosingBlockEnd(t, k, statement);
                found.AddRange(names.Select(n => new ScopedName(n, k, end)));
            }
        }
        return found;
    }

    static IReadOnlyList<int> ForeachName(IReadOnlyList<Token> t, int start, int close)
    {
        for (var j = start; j < close; j++)
            if (t[j].Is("in"))
                return j - 1 > start && CellStatements.IsName(t[j - 1]) ? [j - 1] : [];
        return [];
    }

    /// <summary>The last token of a loop's or catch's body: its block, or its single statement up to the semicolon.</summary>
    static int BodyEnd(IReadOnlyList<Token> t, int close, int last)
    {
        if (close + 1 <= last && t[close + 1].Is("{")) return CellStatements.Matching(t, close + 1) ?? last;
        var depth = 0;
        for (var j = close + 1; j <= last; j++)
        {
            if (t[j].Text is "(" or "[" or "{") depth++;
            else if (t[j].Text is ")" or "]" or "}") depth--;
            else if (t[j].Is(";") && depth == 0) return j;
        }
        return last;
    }

    static bool InsideBraces(IReadOnlyList<Token> t, int first, int k)
    {
        var depth = 0;
        for (var j = first; j < k; j++)
        {
            if (t[j].Is("{")) depth++;
            else if (t[j].Is("}")) depth--;
        }
        return depth > 0;
    }

    /// <summary>The closing brace of the innermost block around token k (the statement's end when there is none).</summary>
    static int EnclosingBlockEnd(IReadOnlyList<Token> t, int k, Statement statement)
    {
        var depth = 0;
        for (var j = k - 1; j >= statement.First; j--)
        {
            if (t[j].Is("}")) depth++;
            else if (t[j].Is("{") && depth-- == 0) return CellStatements.Matching(t, j) ?? statement.Last;
        }
        return statement.Last;
    }
}
