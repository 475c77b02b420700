namespace TherapyGuide.Testing;

/// <summary>
/// Counts site starts: with THERAPYGUIDE_TEST_STARTS_LOG naming a file, every start appends a line to it saying what
/// started and on what store, so that how many sites a run starts (the suite's main cost) can be measured.
/// </summary>
public static class SiteStarts
{
    private static readonly Lock _writing = new();
    private static readonly string? _log = Environment.GetEnvironmentVariable("THERAPYGUIDE_TEST_STARTS_LOG");

    public static void Record(string what, string store)
    {
        if (string.IsNullOrEmpty(_log))
        {
            return;
        }

        lock (_writing)
        {
            File.AppendAllText(_log, $"{what} {store}{Environment.NewLine}");
        }
    }
}
