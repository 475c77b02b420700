using TherapyGuide.Web;
using TherapyGuide.Web.Hosting;

namespace TherapyGuide.Tests.Hosting;

/// <summary>A publisher contact that readers could not write to stops the start, with a message naming the setting.</summary>
public sealed class PublisherSettingsTests
{
    [Fact]
    public void A_contact_email_that_is_not_an_email_stops_the_start_with_a_message_naming_the_setting()
    {
        using var site = new TestSite();
        site.Settings["TherapyGuide:Publisher:ContactEmail"] = "editors at example";

        var failure = Assert.ThrowsAny<Exception>(() => site.Services);

        Assert.Contains("TherapyGuide:Publisher:ContactEmail must be an email address", Messages(failure), StringComparison.Ordinal);
        Assert.Contains("\"editors at example\"", Messages(failure), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Started_from_the_command_line_a_bad_contact_email_prints_one_clear_line_and_no_stack_trace()
    {
        var store = TestSite.NewDatabasePath();
        try
        {
            var (exitCode, output) = await SiteProcess.RunCommandAsync(
                store, "", "--TherapyGuide:Publisher:ContactEmail=not-an-email", "--urls", "http://127.0.0.1:0");

            Assert.Equal(1, exitCode);
            Assert.Contains("TherapyGuide cannot start: TherapyGuide:Publisher:ContactEmail must be an email address", output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        }
        finally
        {
            TestSite.DeleteDatabase(store);
        }
    }

    [Theory]
    [InlineData("editors@example.org", true)]
    [InlineData("first.last+site@mail.example.co.uk", true)]
    [InlineData("", false)]
    [InlineData("editors", false)]
    [InlineData("editors@localhost", false)]
    [InlineData("Editors <editors@example.org>", false)]
    [InlineData("editors@example.org?subject=hi", false)]
    [InlineData("two words@example.org", false)]
    public void Only_a_bare_email_address_counts_as_a_contact(string value, bool accepted) =>
        Assert.Equal(accepted, PublisherOptionsValidation.IsEmailAddress(value));

    [Fact]
    public void A_publisher_web_address_must_be_http_or_https()
    {
        var options = new TherapyGuideOptions { Publisher = { ContactEmail = "editors@example.org", Url = "javascript:alert(1)" } };

        var result = new PublisherOptionsValidation().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("TherapyGuide:Publisher:Url", result.FailureMessage, StringComparison.Ordinal);
    }

    private static string Messages(Exception exception) =>
        exception is AggregateException aggregate
            ? string.Join(" ", aggregate.InnerExceptions.Select(Messages))
            : exception.Message + (exception.InnerException is { } inner ? " " + Messages(inner) : "");
}
