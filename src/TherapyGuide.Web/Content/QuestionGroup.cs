namespace TherapyGuide.Web.Content;

/// <summary>
/// A group of questions a reader can take to an appointment ("Why this treatment?"), shown in order on the printable
/// checklist at /questions, each question with a box to tick and room for the answer.
/// </summary>
public sealed class QuestionGroup : ContentItem
{
    public required string Heading { get; set; }

    public List<string> Questions { get; set; } = [];

    /// <summary>The group's place on the page: its place in questions.yml, or where an editor put it.</summary>
    public int Order { get; set; }

    public override void FollowOriginal(ContentItem original) => Order = ((QuestionGroup)original).Order;
}
