using System.Net;
using Microsoft.AspNetCore.Http;
using TherapyGuide.Web.Protection;

namespace TherapyGuide.Tests.Hosting;

public sealed class ClientAddressTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    public void A_rate_limit_counts_an_IPv4_address_or_a_whole_IPv6_64_as_one_client(string address, string key)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);

        Assert.Equal(key, ClientAddress.RateLimitKey(context));
    }
}
