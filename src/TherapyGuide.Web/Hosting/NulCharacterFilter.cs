using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Primitives;

namespace TherapyGuide.Web.Hosting;

/// <summary>
/// Answers 400 (the readable error page) to a page request whose address, query or form holds the character U+0000.
/// No browser sends one from a form and nobody types one; PostgreSQL can neither store nor compare it (its text
/// cannot hold it), so on that store a single %00 would otherwise end in a server error instead of a refusal.
/// </summary>
/// <remarks>Runs after model binding, so the form it reads is the one already read within the page's size limit.</remarks>
public sealed class NulCharacterFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (!context.ActionDescriptor.EndpointMetadata.OfType<TakesAnyTextAttribute>().Any() && HoldsNul(context.HttpContext))
        {
            context.Result = new BadRequestResult();
            return;
        }

        await next();
    }

    private static bool HoldsNul(HttpContext http) =>
        http.Request.Query.Any(HasNul)
        || http.Request.RouteValues.Values.Any(value => value is string text && text.Contains('\0', StringComparison.Ordinal))
        || (http.Features.Get<IFormFeature>()?.Form is { } form && form.Any(HasNul));

    private static bool HasNul(KeyValuePair<string, StringValues> field) =>
        field.Key.Contains('\0', StringComparison.Ordinal) || field.Value.Any(value => value is not null && value.Contains('\0', StringComparison.Ordinal));
}

/// <summary>
/// A page that reads its input as words, or checks it against the addresses it knows, and never hands it to the store as
/// it came (search, print packs): it takes any text, U+0000 included, and answers it with its own page (results, or its
/// own readable refusal) instead of <see cref="NulCharacterFilter"/>'s.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class TakesAnyTextAttribute : Attribute;
