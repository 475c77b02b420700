using TherapyGuide.Web.Pictures;

namespace TherapyGuide.Web.Hosting;

/// <summary>Pictures editors upload: kept, checked, served and known to the Markdown renderer.</summary>
public static class PictureRegistration
{
    public static WebApplicationBuilder AddPictures(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<PictureCatalog>();
        builder.Services.AddScoped<PictureLibrary>();
        return builder;
    }
}
