namespace TherapyGuide.Testing;

/// <summary>A test of Unix file modes, which Windows does not have: skipped there.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Unix file modes only";
        }
    }
}
