namespace TherapyGuide.BrowserTests;

/// <summary>
/// A test that needs the W3C Nu HTML Checker (vnu.jar, from npm, run with Java). On a machine without it the test is
/// skipped and says how to install it; where THERAPYGUIDE_REQUIRE_HTML_CHECKER=1 (CI sets it) it runs, and fails if the
/// checker is missing, so CI never skips it.
/// </summary>
public sealed class HtmlCheckerFactAttribute : FactAttribute
{
    public HtmlCheckerFactAttribute()
    {
        if (!File.Exists(HtmlValidityTests.CheckerJar) && Environment.GetEnvironmentVariable("THERAPYGUIDE_REQUIRE_HTML_CHECKER") != "1")
        {
            Skip = $"The Nu HTML Checker was not found at {HtmlValidityTests.CheckerJar}: run `npm ci` in tests/TherapyGuide.BrowserTests "
                + "(Java is needed too), or set VNU_JAR to a vnu.jar.";
        }
    }
}
