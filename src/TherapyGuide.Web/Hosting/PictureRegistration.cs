using TherapyGuide.Web.Pictures;

namespace TherapyGuide.Web.Hosting;

/// <summary>Pictures editors upload: checked, kept and served.</summary>
public static class PictureRegistration
{
    public static WebApplicationBuilder AddPictures(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<PictureLibrary>();
        return builder;
    }
}
