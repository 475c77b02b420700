namespace TherapyGuide.Web.Content;

/// <summary>Where a therapy stands for a disease, as far as our sources say.</summary>
public enum TreatmentStatus
{
    Standard,
    AfterOtherTreatments,
    ClinicalTrials,
    NotCovered,
}
