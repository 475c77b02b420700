using System.Net;
using TherapyGuide.Web.Content.Links;

namespace TherapyGuide.Tests.Content;

public sealed class LinkAddressTests
{
    private static readonly HashSet<string> _siteHosts = new(["therapyguide.example"], StringComparer.OrdinalIgnoreCase);

    [Theory]
    [InlineData("/articles/fever", "/articles/fever", "")]
    [InlineData("fever#signs", "/articles/fever", "signs")]
    [InlineData("../glossary/Antigen/", "/glossary/antigen", "")]
    [InlineData("https://TherapyGuide.example/Compare#cost", "/compare", "cost")]
    [InlineData("#top", "/articles/here", "top")]
    public void Addresses_inside_the_site_are_read_as_a_browser_on_the_article_would(string address, string path, string fragment) =>
        Assert.Equal(new LinkTarget.Internal(path, fragment), LinkAddress.Read("/articles/here", address, _siteHosts));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("vbscript:x")]
    [InlineData("http://[::1")]
    [InlineData("http://")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("file:///etc/passwd")]
    public void Hostile_or_malformed_addresses_are_broken_and_never_throw(string address) =>
        Assert.IsType<LinkTarget.Broken>(LinkAddress.Read("/articles/here", address, _siteHosts));

    [Fact]
    public void A_very_long_address_is_reported_without_being_parsed() =>
        Assert.Equal(new LinkTarget.Broken("the address is too long"), LinkAddress.Read("/", "/" + new string('a', 100_000), _siteHosts));

    [Theory]
    [InlineData("mailto:team@example.org")]
    [InlineData("tel:+441234567890")]
    public void Mail_and_phone_links_are_not_pages_to_check(string address) =>
        Assert.IsType<LinkTarget.NotAPage>(LinkAddress.Read("/", address, _siteHosts));

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.0.0.5", true)]
    [InlineData("172.20.1.1", true)]
    [InlineData("192.168.1.1", true)]
    [InlineData("169.254.169.254", true)]
    [InlineData("100.64.0.1", true)]
    [InlineData("0.0.0.0", true)]
    [InlineData("::1", true)]
    [InlineData("fe80::1", true)]
    [InlineData("fd12:3456::1", true)]
    [InlineData("::ffff:10.0.0.1", true)]
    [InlineData("93.184.215.14", false)]
    [InlineData("2606:4700::1111", false)]
    [InlineData("172.32.0.1", false)]
    public void Private_loopback_and_link_local_addresses_are_recognised(string address, bool isPrivate) =>
        Assert.Equal(isPrivate, PrivateAddresses.Contains(IPAddress.Parse(address)));
}
