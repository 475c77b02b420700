using TherapyGuide.Web.Content.Search;

namespace TherapyGuide.Tests.Content.Search;

public sealed class SpellingVariantsTests
{
    public static TheoryData<string, string> Pairs() => new()
    {
        { "leukemia", "leukaemia" }, { "anemia", "anaemia" }, { "anemic", "anaemic" }, { "septicemia", "septicaemia" },
        { "hemoglobin", "haemoglobin" }, { "hematology", "haematology" }, { "hemorrhage", "haemorrhage" },
        { "pediatric", "paediatric" }, { "orthopedic", "orthopaedic" }, { "anesthetic", "anaesthetic" }, { "gynecology", "gynaecology" },
        { "diarrhea", "diarrhoea" }, { "dyspnea", "dyspnoea" }, { "edema", "oedema" }, { "esophagus", "oesophagus" },
        { "estrogen", "oestrogen" }, { "fetus", "foetus" }, { "fetal", "foetal" }, { "celiac", "coeliac" }, { "feces", "faeces" },
        { "tumor", "tumour" }, { "tumors", "tumours" }, { "color", "colour" }, { "colorful", "colourful" }, { "behavior", "behaviour" },
        { "behavioral", "behavioural" }, { "neighborhood", "neighbourhood" }, { "rigors", "rigours" },
        { "center", "centre" }, { "centers", "centres" }, { "centered", "centred" }, { "fiber", "fibre" }, { "liter", "litre" },
        { "milliliter", "millilitre" }, { "gray", "grey" }, { "counseling", "counselling" }, { "signaling", "signalling" },
        { "enrollment", "enrolment" }, { "aging", "ageing" }, { "defense", "defence" },
        { "organize", "organise" }, { "organization", "organisation" }, { "specialized", "specialised" }, { "recognizing", "recognising" },
        { "analyze", "analyse" }, { "paralyzed", "paralysed" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void American_and_British_spellings_each_give_the_other(string american, string british)
    {
        Assert.Contains(british, SpellingVariants.Of(american));
        Assert.Contains(american, SpellingVariants.Of(british));
    }

    [Theory]
    [InlineData("for")]
    [InlineData("four")]
    [InlineData("your")]
    [InlineData("our")]
    [InlineData("hour")]
    [InlineData("does")]
    [InlineData("goes")]
    [InlineData("shoe")]
    [InlineData("poet")]
    [InlineData("poem")]
    [InlineData("them")]
    [InlineData("chemo")]
    [InlineData("chemotherapy")]
    [InlineData("hemisphere")]
    [InlineData("speed")]
    [InlineData("size")]
    [InlineData("prize")]
    [InlineData("seize")]
    [InlineData("raise")]
    [InlineData("noise")]
    [InlineData("rise")]
    [InlineData("disease")]
    [InlineData("diseases")]
    [InlineData("crisis")]
    [InlineData("crises")]
    [InlineData("citizen")]
    [InlineData("filing")]
    [InlineData("feeling")]
    [InlineData("check")]
    [InlineData("meter2")]
    [InlineData("lupus")]
    [InlineData("cancer")]
    [InlineData("fever")]
    [InlineData("t")]
    [InlineData("ünïcödé")]
    public void Common_words_get_no_other_spelling(string word)
    {
        Assert.Equal([word], SpellingVariants.Of(word));
    }

    [Fact]
    public void The_word_as_typed_comes_first_and_the_forms_are_bounded()
    {
        var forms = SpellingVariants.Of("anaesthetise");

        Assert.Equal("anaesthetise", forms[0]);
        Assert.Equal(["anaesthetise", "anaesthetize", "anesthetise", "anesthetize"], forms.Order(StringComparer.Ordinal));
        Assert.Equal(SpellingVariants.MaxPerWord, forms.Count);
    }
}
