using Workshop.Cli.Export;

namespace Workshop.Cli.Tests.Export;

public class MarkdownTests
{
    [Theory]
    [InlineData("# 02 · The perceptron", "<h1 id=\"02-the-perceptron\">02 · The perceptron</h1>\n")]
    [InlineData("## The sigmoid ##", "<h2 id=\"the-sigmoid\">The sigmoid</h2>\n")]
    [InlineData("## Deep learning in C#", "<h2 id=\"deep-learning-in-c\">Deep learning in C#</h2>\n")]
    [InlineData("one\ntwo\n\nthree", "<p>one\ntwo</p>\n<p>three</p>\n")]
    [InlineData("**bold** and *italic* and _also_", "<p><strong>bold</strong> and <em>italic</em> and <em>also</em></p>\n")]
    [InlineData("use `a * b * c` here", "<p>use <code>a * b * c</code> here</p>\n")]
    [InlineData("see [the docs](https://example.org/a_b_c)", "<p>see <a href=\"https://example.org/a_b_c\">the docs</a></p>\n")]
    [InlineData("[x](javascript:alert(1))", "<p><a href=\"#\">x</a>)</p>\n")]
    [InlineData("the loss $J(W) = \\frac{1}{n} \\sum_i L_i * w_i$ falls", "<p>the loss <span class=\"math\">$J(W) = \\frac{1}{n} \\sum_i L_i * w_i$</span> falls</p>\n")]
    [InlineData("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n")]
    [InlineData("a  \nb", "<p>a<br>\nb</p>\n")]
    [InlineData("---", "<hr>\n")]
    [InlineData("> a quote", "<blockquote>\n<p>a quote</p>\n</blockquote>\n")]
    public void Converts_one_construct(string markdown, string html) => Assert.Equal(html, Markdown.ToHtml(markdown));

    [Fact]
    public void Bullet_and_numbered_lists_with_nesting_and_continuation()
    {
        var html = Markdown.ToHtml("Learning objectives:\n- compute a **weighted sum**\n  that continues\n- apply g:\n  1. sigmoid\n  2. ReLU\n\n3. third\n4. fourth");
        Assert.Equal(
            "<p>Learning objectives:</p>\n<ul>\n<li>compute a <strong>weighted sum</strong>\nthat continues</li>\n<li>apply g:\n<ol>\n<li>sigmoid</li>\n<li>ReLU</li>\n</ol>\n</li>\n</ul>\n<ol start=\"3\">\n<li>third</li>\n<li>fourth</li>\n</ol>\n",
            html);
    }

    [Fact]
    public void Code_fences_keep_their_text_escaped_and_unformatted()
    {
        var html = Markdown.ToHtml("```csharp\nif (a < b && *p*) { }\n```\nafter");
        Assert.Equal("<pre><code class=\"language-csharp\">if (a &lt; b &amp;&amp; *p*) { }</code></pre>\n<p>after</p>\n", html);
    }

    [Fact]
    public void Tables_with_alignment_inline_markup_and_escaped_pipes()
    {
        var html = Markdown.ToHtml("| id | formula | n |\n|:---|:---:|---:|\n| S20 | `a \\| b` | **1** |\n| S21 | $y^2$ |");
        Assert.Equal(
            "<table>\n<thead><tr><th style=\"text-align:left\">id</th><th style=\"text-align:center\">formula</th><th style=\"text-align:right\">n</th></tr></thead>\n<tbody>\n" +
            "<tr><td style=\"text-align:left\">S20</td><td style=\"text-align:center\"><code>a | b</code></td><td style=\"text-align:right\"><strong>1</strong></td></tr>\n" +
            "<tr><td style=\"text-align:left\">S21</td><td style=\"text-align:center\"><span class=\"math\">$y^2$</span></td><td style=\"text-align:right\"></td></tr>\n" +
            "</tbody>\n</table>\n",
            html);
    }

    [Fact]
    public void A_paragraph_ends_where_a_heading_or_list_begins()
    {
        Assert.Equal("<p>text</p>\n<h2 id=\"next\">Next</h2>\n<ul>\n<li>item</li>\n</ul>\n", Markdown.ToHtml("text\n## Next\n- item"));
    }

    [Fact]
    public void Snake_case_words_and_lone_stars_are_not_emphasis()
    {
        Assert.Equal("<p>learning_rate_decay and 2 * 3 * 4</p>\n", Markdown.ToHtml("learning_rate_decay and 2 * 3 * 4"));
    }
}
