using TherapyGuide.Web.Content;

namespace TherapyGuide.Web.Areas.Admin.Pages.Experiences;

/// <summary>A shared experience as the moderation pages list it.</summary>
public sealed record ExperienceRow(
    int Id,
    string ArticleSlug,
    string ArticleTitle,
    string DisplayName,
    string Text,
    ExperienceStatus Status,
    DateTime SubmittedUtc,
    DateTime? ModeratedUtc);
