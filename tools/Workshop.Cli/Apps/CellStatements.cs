namespace Workshop.Cli.Apps;

public enum StatementKind
{
    /// <summary>using X; using static X; using A = X; (C# wants them at the top of a program).</summary>
    UsingDirective,
    /// <summary>class, record, struct, interface, enum, delegate (C# wants them after the top-level statements).</summary>
    TypeDeclaration,
    /// <summary>A local function: Type Name(…) { … } or => …;</summary>
    Function,
    /// <summary>A local variable declaration: var x = …; double a = …, b;  var (a, b) = …;</summary>
    Declaration,
    /// <summary>if, for, foreach, while, switch, try, lock, using (…), a { block }.</summary>
    Block,
    /// <summary>An expression without a semicolon at the end of the cell: the value the notebook displays.</summary>
    TrailingExpression,
    Other,
}

/// <summary>One top-level statement of a cell: tokens First..Last and, for declarations, the tokens that name what it declares.</summary>
public sealed record Statement(StatementKind Kind, int First, int Last, IReadOnlyList<int> Names);

/// <summary>
/// Splits a cell's tokens into its top-level statements and finds the names they declare. A script allows what a program
/// does not (usings and types anywhere, a bare expression at the end, the same name declared again in a later cell);
/// knowing the statements is what lets <see cref="NotebookToApp"/> move and rename the few things that need it.
/// </summary>
public static class CellStatements
{
    static readonly HashSet<string> BlockKeywords = ["if", "for", "foreach", "while", "switch", "try", "lock", "unsafe", "fixed", "checked", "unchecked", "{"];
    static readonly HashSet<string> TypeKeywords = ["class", "struct", "interface", "enum", "record", "delegate"];
    static readonly HashSet<string> Modifiers = ["public", "private", "protected", "internal", "static", "sealed", "abstract", "partial", "readonly", "file", "unsafe", "async", "extern", "new"];

    /// <summary>Words that start or continue an expression or statement, so they are never a type or a declared name.</summary>
    static readonly HashSet<string> NotNames =
    [
        "return", "await", "new", "throw", "yield", "else", "case", "goto", "break", "continue", "in", "is", "as", "out", "ref",
        "typeof", "default", "this", "base", "null", "true", "false", "checked", "unchecked", "sizeof", "nameof", "when", "with",
        "and", "or", "not", "do", "using", "const", "static",
    ];

    /// <summary>Words that start a statement that has no value, so a cell ending with one shows nothing.</summary>
    static readonly HashSet<string> StatementStarts = ["return", "throw", "break", "continue", "goto", "yield", "do", "else", "case", "using", "const"];

    public static List<Statement> Split(IReadOnlyList<Token> tokens)
    {
        var statements = new List<Statement>();
        var i = 0;
        while (i < tokens.Count)
        {
            var kind = Classify(tokens, i);
            var (last, terminated) = FindEnd(tokens, i, kind);
            if (!terminated && kind == StatementKind.Other && !StatementStarts.Contains(tokens[i].Text))
                kind = StatementKind.TrailingExpression;
            var names = kind switch
            {
                StatementKind.Declaration => DeclaredNames(tokens, i, last),
                StatementKind.Function => [FunctionName(tokens, i)!.Value],
                _ => (IReadOnlyList<int>)[],
            };
            statements.Add(new Statement(kind, i, last, names));
            i = last + 1;
        }
        return statements;
    }

    static StatementKind Classify(IReadOnlyList<Token> t, int s)
    {
        var first = t[s].Text;
        if (first == "using" && IsUsingDirective(t, s)) return StatementKind.UsingDirective;
        if (first == "using" && At(t, s + 1) == "(") return StatementKind.Block;
        if (first == "await" && At(t, s + 1) is "foreach" or "using" && At(t, s + 2) == "(") return StatementKind.Block;
        if (BlockKeywords.Contains(first)) return StatementKind.Block;
        var j = s;
        while (j < t.Count && Modifiers.Contains(t[j].Text)) j++;
        if (j < t.Count && TypeKeywords.Contains(t[j].Text) && (t[j].Text != "record" || t.Count > j + 1 && t[j + 1].Kind == TokenKind.Word))
            return StatementKind.TypeDeclaration;
        if (FunctionName(t, s) is not null) return StatementKind.Function;
        if (DeclaredNames(t, s, t.Count - 1).Count > 0) return StatementKind.Declaration;
        return StatementKind.Other;
    }

    /// <summary>using [static] A.B.C;  or  using Alias = A.B;  but not  using var x = …;  or  using (…).</summary>
    static bool IsUsingDirective(IReadOnlyList<Token> t, int s)
    {
        var j = s + 1;
        if (At(t, j) == "static") j++;
        if (At(t, j) == "var" || t.Count <= j || t[j].Kind != TokenKind.Word) return false;
        if (At(t, j + 1) == "=") j += 2;
        for (; j < t.Count; j++)
        {
            if (t[j].Is(";")) return true;
            if (t[j].Kind != TokenKind.Word && t[j].Text is not ("." or "::" or "<" or ">" or "," or "?" or "[" or "]")) return false;
            if (t[j].Kind == TokenKind.Word && j + 1 < t.Count && t[j + 1].Kind == TokenKind.Word) return false;   // using Type name = …;
        }
        return false;
    }

    static (int Last, bool Terminated) FindEnd(IReadOnlyList<Token> t, int s, StatementKind kind)
    {
        var endsAtBrace = kind is StatementKind.Block or StatementKind.TypeDeclaration or StatementKind.Function;
        var depth = 0;
        for (var j = s; j < t.Count; j++)
        {
            var text = t[j].Kind == TokenKind.Symbol ? t[j].Text : "";
            if (text is "(" or "[" or "{") depth++;
            else if (text is ")" or "]" or "}") depth--;
            if (depth != 0) continue;
            var next = At(t, j + 1);
            if (text == ";")
            {
                if (next == "else" && kind == StatementKind.Block) continue;
                return (j, true);
            }
            if (text == "}" && endsAtBrace)
            {
                if (next is "else" or "catch" or "finally") continue;
                if (kind == StatementKind.Block && t[s].Is("do")) continue;
                return next == ";" ? (j + 1, true) : (j, true);
            }
        }
        return (t.Count - 1, false);
    }

    /// <summary>
    /// The name token of a local function: [modifiers] Type Name(parameters) followed by { or =>. Null when the statement
    /// is anything else (a call like Console.WriteLine(…) has no type before the name; return F(x); has no body after).
    /// </summary>
    public static int? FunctionName(IReadOnlyList<Token> t, int s)
    {
        var j = s;
        while (j < t.Count && Modifiers.Contains(t[j].Text)) j++;
        var typeStart = j;
        var angle = 0;
        var paren = 0;
        for (; j < t.Count; j++)
        {
            var token = t[j];
            if (paren == 0 && angle == 0 && token.Is("(") && j - typeStart >= 2 && IsName(t[j - 1]) && EndsType(t[j - 2]))
            {
                var close = Matching(t, j);
                if (close is null) return null;
                var after = At(t, close.Value + 1);
                return after is "{" or "=>" or "where" ? j - 1 : null;
            }
            if (!IsTypeToken(token)) return null;
            if (token.Is("<")) angle++;
            else if (token.Is(">")) angle--;
            else if (token.Is("(")) paren++;
            else if (token.Is(")")) paren--;
            if (token.Is(",") && angle == 0 && paren == 0) return null;
        }
        return null;
    }

    /// <summary>
    /// The name tokens a local declaration declares: Type a = …, b, c = …; or var (a, b) = …; (a leading using or const is
    /// allowed). Empty when the statement is not a declaration.
    /// </summary>
    public static IReadOnlyList<int> DeclaredNames(IReadOnlyList<Token> t, int s, int last)
    {
        var j = s;
        if (At(t, j) == "await" && At(t, j + 1) == "using") j++;
        if (At(t, j) is "using" or "const") j++;
        if (At(t, j) == "var" && At(t, j + 1) == "(")
        {
            var close = Matching(t, j + 1);
            if (close is null || At(t, close.Value + 1) != "=") return [];
            return Enumerable.Range(j + 2, close.Value - j - 2).Where(k => IsName(t[k]) && At(t, k + 1) is "," or ")").ToList();
        }
        var typeStart = j;
        var angle = 0;
        var paren = 0;
        for (; j <= last; j++)
        {
            var token = t[j];
            if (angle == 0 && paren == 0 && token.Text is "=" or ";" or ",")
            {
                if (j - typeStart < 2 || !IsName(t[j - 1]) || !EndsType(t[j - 2])) return [];
                return [j - 1, .. MoreDeclarators(t, j, last)];
            }
            if (!IsTypeToken(token)) return [];
            if (token.Is("<")) angle++;
            else if (token.Is(">")) angle--;
            else if (token.Is("(")) paren++;
            else if (token.Is(")")) paren--;
        }
        return [];
    }

    /// <summary>After the first declarator: each top-level comma followed by Name and =, a comma or ; declares one more.</summary>
    static IEnumerable<int> MoreDeclarators(IReadOnlyList<Token> t, int j, int last)
    {
        var depth = 0;
        for (; j <= last; j++)
        {
            var text = t[j].Kind == TokenKind.Symbol ? t[j].Text : "";
            if (text is "(" or "[" or "{") depth++;
            else if (text is ")" or "]" or "}") depth--;
            else if (text == ";" && depth == 0) yield break;
            else if (text == "," && depth == 0 && j + 2 <= last + 1 && IsName(t[j + 1]) && At(t, j + 2) is "=" or "," or ";")
                yield return j + 1;
        }
    }

    /// <summary>The index of the bracket that closes the one at <paramref name="open"/>.</summary>
    public static int? Matching(IReadOnlyList<Token> t, int open)
    {
        var depth = 0;
        for (var j = open; j < t.Count; j++)
        {
            if (t[j].Kind != TokenKind.Symbol) continue;
            if (t[j].Text is "(" or "[" or "{") depth++;
            else if (t[j].Text is ")" or "]" or "}" && --depth == 0) return j;
        }
        return null;
    }

    public static bool IsName(Token token) => token.Kind == TokenKind.Word && !NotNames.Contains(token.Text) && !Modifiers.Contains(token.Text);

    static bool IsTypeToken(Token token) =>
        token.Kind == TokenKind.Word ? !NotNames.Contains(token.Text) : token.Text is "." or "::" or "<" or ">" or "," or "?" or "[" or "]" or "(" or ")" or "*";

    static bool EndsType(Token token) => IsName(token) || token.Text is ">" or "]" or "?" or ")" or "*";

    static string? At(IReadOnlyList<Token> t, int i) => i >= 0 && i < t.Count ? t[i].Text : null;
}
