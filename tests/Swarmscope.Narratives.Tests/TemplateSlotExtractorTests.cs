namespace Swarmscope.Narratives.Tests;

public class TemplateSlotExtractorTests
{
    [Fact]
    public void PronounSlotAndNameSlotAreFoundAndTheRestIsFixed()
    {
        string?[] members =
        [
            "I made a choice for the new Kazakhstan! Our family gives 4 votes. Aigerim",
            "We made a choice for the new Kazakhstan! Our family gives 4 votes. Nurlan",
            "I made a choice for the new Kazakhstan! Our family gives 4 votes. Dana",
            "We made a choice for the new Kazakhstan! Our family gives 4 votes. Askar",
            "I made a choice for the new Kazakhstan! Our family gives 4 votes. Timur",
            "We made a choice for the new Kazakhstan! Our family gives 4 votes. Saule",
            "I made a choice for the new Kazakhstan! Our family gives 4 votes. Bolat",
        ];
        var (text, slots) = TemplateSlotExtractor.Extract(members, 0);
        Assert.Equal("{I|We} made a choice for the new Kazakhstan! Our family gives 4 votes. {name}", text);
        Assert.Equal(2, slots.Count);
        Assert.Equal(4, slots[0].Variants.Single(v => v.Value == "I").Count);
        Assert.Equal(3, slots[0].Variants.Single(v => v.Value == "We").Count);
        Assert.Equal(7, slots[1].DistinctVariants);
    }

    [Fact]
    public void NumbersAndOptionalWordsBecomeSlots()
    {
        string?[] members =
        [
            "Our family gives 4 votes for Tokayev",
            "Our family gives 2 votes for Tokayev",
            "Our big family gives 6 votes for Tokayev",
            "Our family gives 3 votes for Tokayev",
            "Our family gives 5 votes for Tokayev",
            "Our family gives 7 votes for Tokayev",
        ];
        var (text, slots) = TemplateSlotExtractor.Extract(members, 0);
        Assert.Equal("Our {–|big} family gives {number} votes for Tokayev", text);
        Assert.Equal(2, slots.Count);
    }

    [Fact]
    public void CyrillicAndLatinCopiesAlignWordByWord()
    {
        string?[] members =
        [
            "Мен жаңа Қазақстан үшін таңдау жасадым",
            "Men jańa Qazaqstan úshin tańdaý jasadym",   // 2018 Latin
            "Біз жаңа Қазақстан үшін таңдау жасадық",
            "Men jaña Qazaqstan üşın tañdau jasadym",     // 2021 Latin
            "Biz jańa Qazaqstan úshin tańdaý jasadyq",
            "Мен жаңа Қазақстан үшін таңдау жасадым",
            "Bız jaña Qazaqstan üşın tañdau jasadyq",
        ];
        var (text, slots) = TemplateSlotExtractor.Extract(members, 0);
        // Every word but the pronoun and the verb's person ending is fixed, whatever the script.
        Assert.Equal("{Мен|Біз} жаңа Қазақстан үшін таңдау {жасадым|жасадық}", text);
        Assert.Equal(2, slots.Count);
        Assert.Equal(4, slots[0].Variants[0].Count);
    }
}
