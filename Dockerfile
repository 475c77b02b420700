# syntax=docker/dockerfile:1
# TherapyGuide: build with the SDK, run on the smaller ASP.NET runtime image as a non-root user.
# The SQLite store lives on the /data volume so that it outlives the container.
#
# Both images are pinned by version: the SDK named in global.json and the ASP.NET Core runtime the tests run on
# (10.0.12). Pin by digest as well (image@sha256:...) where the registry can be reached to read it.

FROM mcr.microsoft.com/dotnet/sdk:10.0.401 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig TherapyGuide.sln ./
COPY src/TherapyGuide.Web/TherapyGuide.Web.csproj src/TherapyGuide.Web/StaticBundles.targets src/TherapyGuide.Web/
RUN dotnet restore src/TherapyGuide.Web/TherapyGuide.Web.csproj -r linux-x64
COPY src/ src/
COPY wwwroot/ wwwroot/
COPY data/content/ data/content/
# Publishes the app, content/ (the source content it seeds from) and wwwroot/ with .br and .gz copies of each asset,
# for linux-x64 so that the code is compiled ahead of time (ReadyToRun) and the first request needs no JIT.
RUN dotnet publish src/TherapyGuide.Web/TherapyGuide.Web.csproj -c Release -r linux-x64 --self-contained false -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0.12 AS runtime
WORKDIR /app
COPY --from=build /app ./
# APP_UID (1654, user "app") comes with the image; /data is made before switching to it, and owned by it.
RUN mkdir -p /data && chown "$APP_UID" /data
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ConnectionStrings__TherapyGuide="Data Source=/data/therapyguide.db"
VOLUME /data
EXPOSE 8080
USER $APP_UID
# The runtime image has no curl or wget: the app asks its own /healthz (which checks the store) and exits 0 or 1.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["dotnet", "TherapyGuide.Web.dll", "healthcheck"]
# docker stop sends SIGTERM: the site finishes the requests under way and closes the store cleanly.
ENTRYPOINT ["dotnet", "TherapyGuide.Web.dll"]
