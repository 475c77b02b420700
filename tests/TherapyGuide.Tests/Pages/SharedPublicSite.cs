namespace TherapyGuide.Tests.Pages;

/// <summary>The test classes that share one <see cref="PublicSite"/>; xunit runs them one after another.</summary>
[CollectionDefinition(PublicSite.Collection)]
public sealed class SharedPublicSite : ICollectionFixture<PublicSite>;
