namespace TherapyGuide.Web.Content.Review;

/// <summary>The site's review setting in words, for the dashboard and the review pages.</summary>
public static class ReviewSettingText
{
    public static string Describe(ReviewApproval approval) => approval switch
    {
        ReviewApproval.Off => "Review is off on this site: every change goes live when it is published, without a reviewer. (Setting TherapyGuide:Review:Approval = Off.)",
        ReviewApproval.Every => "Every change needs a reviewer’s approval before readers see it, except a minor one within the site’s limit. (Setting TherapyGuide:Review:Approval = Every.)",
        _ => "Changes to safety advice (a side effect’s urgency or how it is managed, the urgent-help block, a new side effect) need a reviewer’s approval before readers see them; other changes go live when published. (Setting TherapyGuide:Review:Approval = SafetyCritical.)",
    };
}
