using TherapyGuide.Web.Content.Files;

namespace TherapyGuide.Web.Content.Reading;

/// <summary>The questions to take to the care team, read once from data/content/questions.yml.</summary>
public sealed class QuestionList(ContentFolder folder)
{
    private readonly Lazy<IReadOnlyList<QuestionGroup>> _groups = new(folder.LoadQuestions);

    public IReadOnlyList<QuestionGroup> Groups => _groups.Value;
}
