namespace TherapyGuide.Web.Content;

/// <summary>
/// Where a therapy stands for a disease, as far as our sources say.
/// Stored by name; the numbers are written out so that an added value never shifts the others.
/// </summary>
public enum TreatmentStatus
{
    Standard = 0,
    AfterOtherTreatments = 1,
    ClinicalTrials = 2,
    NotCovered = 3,
}
