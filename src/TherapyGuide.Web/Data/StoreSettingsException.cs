namespace TherapyGuide.Web.Data;

/// <summary>
/// The store cannot be used as configured (an unknown store, a missing or malformed connection string, a server that
/// cannot be reached or refuses the account). The message tells the operator what to put right; the program prints
/// it, not a stack trace.
/// </summary>
public sealed class StoreSettingsException : Exception
{
    public StoreSettingsException()
    {
    }

    public StoreSettingsException(string message)
        : base(message)
    {
    }

    public StoreSettingsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
