using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace TherapyGuide.Web.Hosting;

/// <summary>
/// Each page answers only the methods it has handlers for: GET and HEAD always (a page always shows), POST and the
/// like only with a matching handler. Otherwise Razor Pages would show the page for PUT, DELETE or any made-up
/// method as if for GET; with the methods in its endpoint metadata, routing answers them 405 with an Allow header.
/// A page marked <see cref="AcceptsAnyMethodAttribute"/> (the error page) is left open.
/// </summary>
public sealed class PageMethods : IPageApplicationModelConvention
{
    public void Apply(PageApplicationModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.HandlerType.IsDefined(typeof(AcceptsAnyMethodAttribute), inherit: false))
        {
            return;
        }

        var methods = new List<string> { HttpMethods.Get, HttpMethods.Head };
        foreach (var handler in model.HandlerMethods)
        {
            var method = HttpMethods.GetCanonicalizedValue(handler.HttpMethod.ToUpperInvariant());
            if (!methods.Contains(method, StringComparer.OrdinalIgnoreCase))
            {
                methods.Add(method);
            }
        }

        model.EndpointMetadata.Add(new HttpMethodMetadata(methods));
    }
}
