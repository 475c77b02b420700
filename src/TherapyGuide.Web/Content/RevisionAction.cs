namespace TherapyGuide.Web.Content;

public enum RevisionAction
{
    Created,
    Updated,
    Restored,
    Deleted,
}
