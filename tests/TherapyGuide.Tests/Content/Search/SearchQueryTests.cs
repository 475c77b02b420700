using Microsoft.Data.Sqlite;
using TherapyGuide.Tests.Pages;
using TherapyGuide.Web.Content.Search;

namespace TherapyGuide.Tests.Content.Search;

public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("what is a T cell?", new[] { "t", "cell" })]
    [InlineData("short of breath", new[] { "short", "breath" })]
    [InlineData("hot and shivery", new[] { "hot", "shivery" })]
    [InlineData("I feel hot and shivery", new[] { "hot", "shivery" })]
    [InlineData("can't breathe", new[] { "breathe" })]
    [InlineData("I can’t breathe", new[] { "breathe" })]
    [InlineData("cant breathe", new[] { "breathe" })]
    [InlineData("don't feel well", new[] { "well" })]
    [InlineData("my doctor's number", new[] { "doctor", "number" })]
    [InlineData("CAR-T's side effects", new[] { "car", "t", "side", "effects" })]
    [InlineData("Graves' disease", new[] { "graves", "disease" })]
    [InlineData("999", new[] { "999" })]
    [InlineData("feeling", new[] { "feeling" })]
    public void Terms_keep_the_words_that_carry_the_subject(string typed, string[] expected)
    {
        Assert.Equal(expected, SearchQuery.Terms(typed));
    }

    [Fact]
    public void One_word_is_a_prefix_in_each_of_its_spellings()
    {
        Assert.Equal("\"lupus\"*", SearchQuery.ToFts(["lupus"]));
        Assert.Equal("\"leukemia\"* OR \"leukaemia\"*", SearchQuery.ToFts(["leukemia"]));
        Assert.Equal("\"tumour\"* OR \"tumor\"*", SearchQuery.ToFts(["tumour"]));
    }

    [Fact]
    public void Several_words_are_a_phrase_all_the_words_or_the_words_run_together()
    {
        Assert.Equal("\"car t\" OR (\"car\" AND \"t\") OR \"cart\"", SearchQuery.ToFts(["car", "t"]));
        Assert.Equal("\"short breath\"* OR (\"short\" AND \"breath\"*) OR \"shortbreath\"", SearchQuery.ToFts(["short", "breath"]));
    }

    [Fact]
    public void The_postgresql_query_says_the_same_and_lists_each_phrase_fts5_scores()
    {
        var query = SearchQuery.ToTsQuery(["short", "breath"])!;

        Assert.Equal("(short <-> breath:*) | (short & breath:*) | shortbreath", query.Query);
        Assert.Equal(["(short <-> breath:*)", "short", "breath:*", "shortbreath"], query.Phrases);
        Assert.Equal(["(leukemia:*)", "(leukaemia:*)"], SearchQuery.ToTsQuery(["leukemia"])!.Phrases);
        Assert.Null(SearchQuery.ToTsQuery([]));
    }

    [Fact]
    public void Spellings_are_alternatives_inside_the_phrase_and_the_and()
    {
        Assert.Equal(
            "\"leukemia cells\"* OR \"leukaemia cells\"* OR ((\"leukemia\" OR \"leukaemia\") AND \"cells\"*) OR \"leukemiacells\"",
            SearchQuery.ToFts(["leukemia", "cells"]));
        Assert.Equal(
            "\"solid tumor\"* OR \"solid tumour\"* OR (\"solid\" AND (\"tumor\"* OR \"tumour\"*)) OR \"solidtumor\"",
            SearchQuery.ToFts(["solid", "tumor"]));
    }

    [Fact]
    public void The_number_of_quoted_strings_is_capped_however_many_spellings_the_words_have()
    {
        var terms = SearchQuery.Terms(string.Join(' ', Enumerable.Repeat("anaesthetise haematology", 20)));

        var fts = SearchQuery.ToFts(terms)!;

        Assert.Equal(SearchQuery.MaxTerms, terms.Count);
        var quoted = fts.Count(c => c == '"') / 2;
        Assert.True(quoted <= SearchQuery.MaxQuotedStrings, $"{quoted} quoted strings: {fts}");
        var phrases = fts.Split('"').Where((_, i) => i % 2 == 1).Where(quotedText => quotedText.Contains(' ', StringComparison.Ordinal)).ToList();
        Assert.Equal(SearchQuery.MaxPhrases, phrases.Count);
        Assert.Equal(string.Join(' ', terms), phrases[0]);
    }

    public static TheoryData<string> Typed()
    {
        var data = new TheoryData<string>();
        foreach (var row in SearchTests.HostileQueries())
        {
            data.Add(row);
        }

        foreach (var query in new[] { "leukemia", "tumour cells", "can't breathe", "hot and shivery", "anaesthetise haematology colour centre", "organisation's" })
        {
            data.Add(query);
        }

        return data;
    }

    /// <summary>Whatever is typed, the query runs on a real FTS5 table of the site's shape: it never throws.</summary>
    [Theory]
    [MemberData(nameof(Typed))]
    public void Every_query_built_from_typed_text_is_valid_fts5(string typed)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var create = connection.CreateCommand();
        create.CommandText = """
            CREATE VIRTUAL TABLE SearchEntries USING fts5(kind UNINDEXED, slug UNINDEXED, title, terms, body,
                tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3');
            INSERT INTO SearchEntries VALUES ('Glossary', 'leukaemia', 'Leukaemia', 'leukemia', 'A cancer of the blood. CAR-T cells, tumours, lupus.');
            """;
        create.ExecuteNonQuery();

        var fts = SearchQuery.ToFts(SearchQuery.Terms(typed));
        if (fts is null)
        {
            return;
        }

        using var search = connection.CreateCommand();
        search.CommandText = "SELECT count(*) FROM SearchEntries WHERE SearchEntries MATCH $match";
        search.Parameters.AddWithValue("$match", fts);
        Assert.True((long)search.ExecuteScalar()! >= 0);
    }
}
