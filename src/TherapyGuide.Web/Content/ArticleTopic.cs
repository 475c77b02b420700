namespace TherapyGuide.Web.Content;

public enum ArticleTopic
{
    Basics,
    Cancer,
    TreatmentExperience,
    Autoimmune,
}
