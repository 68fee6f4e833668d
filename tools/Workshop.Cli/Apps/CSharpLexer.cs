namespace Workshop.Cli.Apps;

public enum TokenKind { Word, Number, Literal, Symbol }

/// <summary>A token of a code cell: its kind, text and place in the cell (comments and whitespace are not tokens).</summary>
public sealed record Token(TokenKind Kind, string Text, int Start, bool SpansLines = false)
{
    public int End => Start + Text.Length;
    public bool Is(string text) => Text == text;
}

/// <summary>
/// Just enough of a C# lexer to move a notebook cell into a program: it tells code from strings and comments, and it lexes
/// the code inside interpolation holes ($"{w0:F2}"), so a variable renamed there is renamed everywhere. Keywords are Words.
/// </summary>
public static class CSharpLexer
{
    static readonly string[] Operators =
        ["<<=", "??=", "...", "=>", "==", "!=", "<=", ">=", "&&", "||", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "??", "?.", "::", "->", ".."];

    public static List<Token> Tokenize(string code)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (SkipTrivia(code, ref i) && i < code.Length)
            Lex(code, ref i, tokens);
        return tokens;
    }

    /// <summary>Skips whitespace, comments and preprocessor lines; false at the end.</summary>
    static bool SkipTrivia(string code, ref int i)
    {
        while (i < code.Length)
        {
            var c = code[i];
            if (char.IsWhiteSpace(c)) i++;
            else if (c == '/' && At(code, i + 1) == '/') i = LineEnd(code, i);
            else if (c == '/' && At(code, i + 1) == '*')
            {
                var end = code.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? code.Length : end + 2;
            }
            else if (c == '#' && LineStartsAt(code, i)) i = LineEnd(code, i);
            else break;
        }
        return true;
    }

    static void Lex(string code, ref int i, List<Token> tokens)
    {
        var start = i;
        var c = code[i];
        if (char.IsLetter(c) || c == '_' || (c == '@' && (char.IsLetter(At(code, i + 1)) || At(code, i + 1) == '_')))
        {
            i++;
            while (i < code.Length && (char.IsLetterOrDigit(code[i]) || code[i] == '_')) i++;
            tokens.Add(new Token(TokenKind.Word, code[start..i], start));
            return;
        }
        if (char.IsDigit(c) || (c == '.' && char.IsDigit(At(code, i + 1))))
        {
            i++;
            while (i < code.Length && (char.IsLetterOrDigit(code[i]) || code[i] == '_' || (code[i] == '.' && char.IsDigit(At(code, i + 1))))) i++;
            tokens.Add(new Token(TokenKind.Number, code[start..i], start));
            return;
        }
        if (c == '\'')
        {
            i++;
            while (i < code.Length && code[i] != '\'' && code[i] != '\n') i += code[i] == '\\' ? 2 : 1;
            i = Math.Min(i + 1, code.Length);
            tokens.Add(new Token(TokenKind.Literal, code[start..i], start));
            return;
        }
        if (c is '"' or '$' or '@' && StringPrefix(code, i) is { } literal)
        {
            LexString(code, ref i, tokens, literal.Dollars, literal.Verbatim, literal.Quotes, literal.PrefixLength);
            return;
        }
        foreach (var op in Operators)
            if (string.CompareOrdinal(code, i, op, 0, op.Length) == 0)
            {
                i += op.Length;
                tokens.Add(new Token(TokenKind.Symbol, op, start));
                return;
            }
        i++;
        tokens.Add(new Token(TokenKind.Symbol, c.ToString(), start));
    }

    /// <summary>Recognises "…", @"…", $"…", $@"…", @$"…" and raw """…""" strings with any number of $.</summary>
    static (int Dollars, bool Verbatim, int Quotes, int PrefixLength)? StringPrefix(string code, int i)
    {
        var j = i;
        var dollars = 0;
        var verbatim = false;
        while (j < code.Length && (code[j] == '$' || code[j] == '@'))
        {
            if (code[j] == '$') dollars++; else verbatim = true;
            j++;
        }
        if (At(code, j) != '"') return null;
        var quotes = 0;
        while (At(code, j + quotes) == '"') quotes++;
        if (quotes < 3) quotes = 1;   // "" is an empty string, not a raw one
        return (dollars, verbatim, quotes, j - i);
    }

    static void LexString(string code, ref int i, List<Token> tokens, int dollars, bool verbatim, int quotes, int prefixLength)
    {
        var pieceStart = i;
        i += prefixLength + quotes;
        var raw = quotes >= 3;
        var holeBraces = Math.Max(dollars, 1);
        while (i < code.Length)
        {
            var c = code[i];
            if (!raw && !verbatim && c == '\\') { i += 2; continue; }
            if (c == '"')
            {
                if (raw)
                {
                    var run = 0;
                    while (At(code, i + run) == '"') run++;
                    if (run >= quotes) { i += run; break; }
                    i += run;
                    continue;
                }
                if (verbatim && At(code, i + 1) == '"') { i += 2; continue; }
                i++;
                break;
            }
            if (!raw && !verbatim && c == '\n') break;   // unterminated: the compiler will say so
            if (dollars > 0 && c == '{')
            {
                var run = 0;
                while (At(code, i + run) == '{') run++;
                if (!raw && run >= 2 && dollars == 1) { i += 2; continue; }   // {{ is a literal brace
                if (run < holeBraces) { i += run; continue; }
                i += run;
                AddPiece(code, pieceStart, i, tokens);
                LexHole(code, ref i, tokens);
                pieceStart = i;
                continue;
            }
            i++;
        }
        AddPiece(code, pieceStart, Math.Min(i, code.Length), tokens);
    }

    static void AddPiece(string code, int start, int end, List<Token> tokens)
    {
        if (end <= start) return;
        var text = code[start..end];
        tokens.Add(new Token(TokenKind.Literal, text, start, text.Contains('\n')));
    }

    /// <summary>Lexes the code of an interpolation hole up to its closing brace; a format (:F2) or alignment ends the code.</summary>
    static void LexHole(string code, ref int i, List<Token> tokens)
    {
        var depth = 0;
        while (SkipTrivia(code, ref i) && i < code.Length)
        {
            var c = code[i];
            if (depth == 0 && c == '}')
            {
                while (At(code, i) == '}') i++;
                return;
            }
            if (depth == 0 && (c == ':' && At(code, i + 1) != ':' || c == ','))
            {
                while (i < code.Length && code[i] != '}') i++;
                continue;
            }
            var before = tokens.Count;
            Lex(code, ref i, tokens);
            var text = tokens[before].Text;
            if (tokens[before].Kind == TokenKind.Symbol && text is "(" or "[" or "{") depth++;
            if (tokens[before].Kind == TokenKind.Symbol && text is ")" or "]" or "}") depth--;
        }
    }

    static char At(string code, int i) => i >= 0 && i < code.Length ? code[i] : '\0';

    static int LineEnd(string code, int i)
    {
        var end = code.IndexOf('\n', i);
        return end < 0 ? code.Length : end;
    }

    static bool LineStartsAt(string code, int i)
    {
        for (var j = i - 1; j >= 0 && code[j] != '\n'; j--)
            if (!char.IsWhiteSpace(code[j])) return false;
        return true;
    }
}
