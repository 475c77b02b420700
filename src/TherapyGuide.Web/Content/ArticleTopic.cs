namespace TherapyGuide.Web.Content;

/// <summary>
/// What an article is about. Stored by name; the number is the topic's place in reading order, which the article
/// list's computed TopicRank column is built from (see ArticleConfiguration), so it is written out, never implied by position.
/// </summary>
public enum ArticleTopic
{
    Basics = 0,
    Cancer = 1,
    TreatmentExperience = 2,
    Autoimmune = 3,
}
