using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace TherapyGuide.Tests.Security;

// Readers' forms over 64 KB, sized or chunked, are answered 413.
public sealed partial class ProbeFindingsTests
{
    [Theory]
    [InlineData("/feedback")]
    [InlineData("/articles/choosing-a-treatment/share")]
    public async Task A_readers_form_over_64_KB_is_answered_413_with_a_readable_page(string address)
    {
        using var client = shared.App.CreateClient(new() { AllowAutoRedirect = false });
        using var content = OversizedReadersForm(chunked: false);

        var response = await client.PostAsync(address, content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("That was too much to send", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await ReaderVoices.InStoreAsync(shared.App, db => db.PageFeedback.CountAsync()));
        Assert.Equal(0, await ReaderVoices.InStoreAsync(shared.App, db => db.SharedExperiences.CountAsync()));
    }

    /// <summary>Through the real server (Kestrel), which alone measures a body of unknown length; the test server does not.</summary>
    [Fact]
    public async Task A_chunked_readers_form_over_64_KB_is_answered_413_with_a_readable_page_and_nothing_is_saved()
    {
        var database = TestSite.NewDatabasePath();
        try
        {
            using (var server = await SiteProcess.StartAsync(database))
            using (var client = new HttpClient { BaseAddress = new Uri(server.BaseAddress) })
            {
                foreach (var address in new[] { "/feedback", "/articles/choosing-a-treatment/share" })
                {
                    using var content = OversizedReadersForm(chunked: true);

                    var response = await client.PostAsync(address, content);

                    Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
                    Assert.Contains("That was too much to send", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
                }
            }

            using var stopped = new TestSite(database);
            Assert.Equal(0, await ReaderVoices.InStoreAsync(stopped, db => db.PageFeedback.CountAsync()));
            Assert.Equal(0, await ReaderVoices.InStoreAsync(stopped, db => db.SharedExperiences.CountAsync()));
        }
        finally
        {
            TestSite.DeleteDatabase(database);
        }
    }

    /// <summary>Both readers' forms' fields, one of them far over the forms' 64 KB limit.</summary>
    private static HttpContent OversizedReadersForm(bool chunked)
    {
        var body = Encoding.UTF8.GetBytes("Helpful=no&DisplayName=Ann&Text=" + new string('b', 10) + "&Comment=" + new string('a', 70_000));
        HttpContent content = chunked ? new UnknownLengthContent(body) : new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        return content;
    }

    /// <summary>A body sent without Content-Length (chunked), as a client that streams it would.</summary>
    private sealed class UnknownLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
