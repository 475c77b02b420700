using TherapyGuide.Web.Content.Voices;

namespace TherapyGuide.Tests.Content;

public sealed class ReaderTextTests
{
    [Theory]
    [InlineData("a\u0007b\u0000c\u001Bd", "abcd")]
    [InlineData("left \u202Eright\u2066 \u200Bzero", "left right zero")]
    [InlineData("  spaced\tout  ", "spaced out")]
    [InlineData("family 👨\u200D👩\u200D👧", "family 👨\u200D👩\u200D👧")]
    [InlineData("e\u0301", "é")]
    public void Control_and_invisible_formatting_characters_are_removed(string text, string expected) =>
        Assert.Equal(expected, ReaderText.Clean(text, multiline: false));

    [Fact]
    public void A_lone_surrogate_is_dropped_without_an_error() =>
        Assert.Equal("lone surrogate", ReaderText.Clean("lone " + (char)0xD800 + "surrogate", multiline: true));

    [Fact]
    public void Line_breaks_are_kept_in_text_and_blank_lines_squeezed_but_a_name_is_one_line()
    {
        Assert.Equal("one\ntwo\n\nthree", ReaderText.Clean("one\r\ntwo\r\n\r\n\r\n  \n\rthree\n", multiline: true));
        Assert.Equal("one two", ReaderText.Clean("one\r\ntwo", multiline: false));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \u0007\u202E \n ")]
    public void Nothing_left_is_null(string? text) => Assert.Null(ReaderText.Clean(text, multiline: true));

    [Theory]
    [InlineData("me@example.org", true)]
    [InlineData("Sam (sam@mail.co)", true)]
    [InlineData("Sam @ home", false)]
    [InlineData("Zoë", false)]
    public void Email_addresses_are_recognised_as_names_to_refuse(string name, bool looksLikeEmail) =>
        Assert.Equal(looksLikeEmail, ReaderText.LooksLikeEmail(name));
}
