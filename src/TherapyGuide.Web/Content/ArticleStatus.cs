namespace TherapyGuide.Web.Content;

public enum ArticleStatus
{
    Draft,
    Published,
}
