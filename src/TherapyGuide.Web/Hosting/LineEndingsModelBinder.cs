using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace TherapyGuide.Web.Hosting;

/// <summary>
/// Text from a form is stored with LF line ends. Browsers post a text box's line breaks as CR LF (the HTML standard
/// says so), so without this an editor's save would differ from the same text in the content files, and a text box
/// showing stored CRs would carry them back as character references.
/// </summary>
public sealed class LineEndingsModelBinder(IModelBinder inner) : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        await inner.BindModelAsync(bindingContext);
        if (bindingContext.Result is { IsModelSet: true, Model: string text } && text.Contains('\r', StringComparison.Ordinal))
        {
            bindingContext.Result = ModelBindingResult.Success(Normalize(text));
        }
    }

    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }
}

/// <summary>Puts <see cref="LineEndingsModelBinder"/> in front of the framework's binder for every string bound from a request.</summary>
public sealed class LineEndingsModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Metadata.ModelType == typeof(string)
            ? new LineEndingsModelBinder(new SimpleTypeModelBinder(typeof(string), context.Services.GetRequiredService<ILoggerFactory>()))
            : null;
    }
}
