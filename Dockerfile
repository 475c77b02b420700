# syntax=docker/dockerfile:1
# TherapyGuide: build with the SDK, run on the smaller ASP.NET runtime image as a non-root user.
# The SQLite store lives on the /data volume so that it outlives the container.

FROM mcr.microsoft.com/dotnet/sdk:10.0.401 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig TherapyGuide.sln ./
COPY src/TherapyGuide.Web/TherapyGuide.Web.csproj src/TherapyGuide.Web/
RUN dotnet restore src/TherapyGuide.Web/TherapyGuide.Web.csproj
COPY src/ src/
COPY wwwroot/ wwwroot/
COPY data/content/ data/content/
RUN dotnet publish src/TherapyGuide.Web/TherapyGuide.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0.12 AS runtime
WORKDIR /app
COPY --from=build /app ./
RUN mkdir -p /data && chown "$APP_UID" /data
ENV ASPNETCORE_URLS=http://+:8080 \
    ConnectionStrings__TherapyGuide="Data Source=/data/therapyguide.db"
VOLUME /data
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "TherapyGuide.Web.dll"]
