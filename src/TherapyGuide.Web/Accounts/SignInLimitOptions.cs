namespace TherapyGuide.Web.Accounts;

/// <summary>
/// How wrong passwords are held back ("TherapyGuide:SignIn"). Holds are per account and client address, so that an
/// outsider who types a named editor's email with wrong passwords holds back only their own address; the account as a
/// whole is locked only at a much higher count, which takes many addresses to reach.
/// </summary>
public sealed class SignInLimitOptions
{
    /// <summary>Wrong passwords for one account from one address before that address is held back from it.</summary>
    public int FailuresPerClient { get; set; } = 5;

    /// <summary>How long a hold lasts, and the window the failures are counted in.</summary>
    public TimeSpan HoldBack { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Wrong passwords for one account, from anywhere, before the account itself is locked for <see cref="HoldBack"/>.</summary>
    public int FailuresPerAccount { get; set; } = 50;
}
