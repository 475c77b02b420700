using TherapyGuide.Web.Commands;

namespace TherapyGuide.Tests.Hosting;

public sealed class OperatorCommandTests
{
    [Theory]
    [InlineData("user", "add")]
    [InlineData("backups")]
    [InlineData("serve")]
    [InlineData("Users", "list")]
    public void A_bare_word_that_names_no_command_is_refused(params string[] args) =>
        Assert.True(OperatorCommand.IsUnknown(args));

    [Theory]
    [InlineData]
    [InlineData("--urls", "http://127.0.0.1:5000")]
    [InlineData("--environment", "Staging")]
    [InlineData("--urls=http://127.0.0.1:5000")]
    [InlineData("/urls", "http://127.0.0.1:5000")]
    [InlineData("TherapyGuide:SeedOnStart=false")]
    [InlineData("users", "list")]
    [InlineData("backup", "--to", "/tmp/x.db")]
    [InlineData("export", "--to", "/tmp/content")]
    [InlineData("healthcheck")]
    public void Host_options_and_known_commands_are_not_refused(params string[] args) =>
        Assert.False(OperatorCommand.IsUnknown(args));

    [Fact]
    public async Task A_refusal_names_the_word_and_lists_every_command_with_exit_code_2()
    {
        var error = new StringWriter();

        var code = await OperatorCommand.RefuseUnknownAsync(["backups"], error);

        Assert.Equal(2, code);
        Assert.Contains("Unknown command 'backups'", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("users add", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("backup --to", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("export --to", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("healthcheck", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_site_refuses_a_mistyped_command_instead_of_starting()
    {
        var database = TestSite.NewDatabasePath();
        try
        {
            var (code, output) = await SiteProcess.RunCommandAsync(database, "", "user", "add", "--email", "a@example.org");

            Assert.Equal(2, code);
            Assert.Contains("Unknown command 'user'", output, StringComparison.Ordinal);
            Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
        }
        finally
        {
            TestSite.DeleteDatabase(database);
        }
    }
}
