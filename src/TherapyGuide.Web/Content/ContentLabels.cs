namespace TherapyGuide.Web.Content;

/// <summary>The words readers see for each kind, level and status.</summary>
public static class ContentLabels
{
    public static string For(ArticleTopic topic) => topic switch
    {
        ArticleTopic.Basics => "The basics",
        ArticleTopic.Cancer => "Cancer treatment",
        ArticleTopic.TreatmentExperience => "Having treatment",
        ArticleTopic.Autoimmune => "Autoimmune diseases",
        _ => topic.ToString(),
    };

    public static string For(Therapy therapy) => therapy switch
    {
        Therapy.Immunotherapy => "Immunotherapy",
        Therapy.CarT => "CAR-T cell therapy",
        Therapy.Both => "Both treatments",
        _ => therapy.ToString(),
    };

    public static string For(Urgency urgency) => urgency switch
    {
        Urgency.NextContact => "Tell your care team at your next contact",
        Urgency.ContactNow => "Contact your care team now",
        Urgency.Emergency => "Emergency: get help straight away",
        _ => urgency.ToString(),
    };

    /// <summary>What to do, in a sentence or two, for each level of urgency.</summary>
    public static string AdviceFor(Urgency urgency) => urgency switch
    {
        Urgency.NextContact =>
            "Mention it at your next appointment or phone call. If it gets worse or you are worried, contact your care team sooner.",
        Urgency.ContactNow =>
            "Phone your care team now, even if it is the evening or weekend. Do not wait for your next appointment.",
        Urgency.Emergency =>
            "For trouble breathing, collapse, new confusion or trouble speaking, call 999 (112 in Europe, 911 in the US and Canada). For anything else on this card, call your treatment centre's 24-hour number now, day or night, and 999 if you cannot get through.",
        _ => "",
    };

    /// <summary>A few words for the level, beside its shape in lists ("What are you noticing?").</summary>
    public static string ShortFor(Urgency urgency) => urgency switch
    {
        Urgency.NextContact => "Next contact",
        Urgency.ContactNow => "Contact now",
        Urgency.Emergency => "Emergency",
        _ => urgency.ToString(),
    };

    public static string CssClass(Urgency urgency) => urgency switch
    {
        Urgency.NextContact => "care-card--routine",
        Urgency.ContactNow => "care-card--urgent",
        Urgency.Emergency => "care-card--emergency",
        _ => "",
    };

    public static string For(TreatmentStatus status) => status switch
    {
        TreatmentStatus.Standard => "Used for this illness",
        TreatmentStatus.AfterOtherTreatments => "Usually after other treatments",
        TreatmentStatus.ClinicalTrials => "Being tested in clinical trials",
        TreatmentStatus.NotCovered => "Our sources don't say — ask your care team",
        _ => status.ToString(),
    };

    public static string For(ConditionKind kind) => kind switch
    {
        ConditionKind.Cancer => "Cancers",
        ConditionKind.Autoimmune => "Autoimmune diseases",
        _ => kind.ToString(),
    };
}
