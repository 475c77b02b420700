using Microsoft.Extensions.Options;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Content.Files;
using TherapyGuide.Web.Content.Reading;
using TherapyGuide.Web.Content.Search;
using TherapyGuide.Web.Content.Voices;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Publishing;

namespace TherapyGuide.Web.Hosting;

/// <summary>The site's settings and the content core: reading, editing, search and readers' voices.</summary>
public static class ContentRegistration
{
    public static WebApplicationBuilder AddContentServices(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<TherapyGuideOptions>().BindConfiguration(TherapyGuideOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TherapyGuideOptions>, PublisherOptionsValidation>();
        services.AddSingleton(TimeProvider.System);

        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton(provider => new ContentFolder(
            StorePaths.ContentFolder(provider.GetRequiredService<IOptions<TherapyGuideOptions>>().Value.ContentPath, builder.Environment.ContentRootPath),
            provider.GetRequiredService<MarkdownRenderer>()));
        services.AddScoped<PublicContent>();
        services.AddScoped<ArticleExtras>();
        services.AddScoped<DiscoverabilityContent>();
        services.AddScoped<ReaderSubmissions>();
        services.AddSingleton<PublicAddress>();
        services.AddSingleton<LinkedArticles>();
        services.AddScoped<SearchIndex>();
        services.AddScoped<SiteSearch>();

        services.AddScoped<ContentStore>();
        services.AddScoped<ContentWriter>();
        services.AddSingleton<Content.Review.ReviewRule>();
        services.AddScoped<Content.Review.ContentDrafts>();
        services.AddScoped<Areas.Admin.Pages.EditingServices>();
        services.AddScoped<Accounts.ReviewerProfile>();
        services.AddScoped<RevisionLog>();
        // The content core's "this changed"; the caches that listen are registered with them (AddPublicCaching).
        services.AddSingleton<ContentChanges>();
        services.AddScoped<AuditLog>();
        services.AddScoped<ContentItems>();
        services.AddScoped<Areas.Admin.Translations.TranslationStates>();
        services.AddScoped<ContentFileVersions>();
        services.AddScoped<ContentFileHistory>();
        services.AddScoped<ContentFileComparison>();
        services.AddScoped<ContentFileListOrder>();
        services.AddScoped<ContentFileExport>();

        services.AddScoped<FeedbackPaths>();
        services.AddScoped<ExperienceModeration>();
        services.AddScoped<VoicesRetention>();
        services.AddHostedService<VoicesRetentionService>();
        services.AddHostedService<ScheduledPublishingService>();
        services.AddHttpContextAccessor();
        return builder;
    }
}
