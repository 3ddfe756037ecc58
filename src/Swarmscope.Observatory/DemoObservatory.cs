using System.Reflection;
using Swarmscope.Core.Codebooks;
using Swarmscope.Observatory.Demo;
using Swarmscope.Observatory.Model;

namespace Swarmscope.Observatory;

/// <summary>
/// The demo observatory: the structure of the Unfreedom Monitor's Kazakhstan report (Global Voices Advox, 2023) —
/// two incidents, items drawn from the report and the seed documents, coded with the demo codebook. Some items are
/// double-coded so the agreement report has something to show. Dates are the documents' own where they give one.
/// </summary>
public static class DemoObservatory
{
    public static string CodebookText()
    {
        using var stream = typeof(DemoObservatory).Assembly.GetManifestResourceStream("Swarmscope.Observatory.Demo.kazakhstan.codebook.yaml")
            ?? throw new InvalidOperationException("the demo codebook is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static Codebook Codebook() => CodebookParser.Parse(CodebookText(), "kazakhstan.codebook.yaml");

    public static ObservatorySpace Space() => new()
    {
        Name = "Kazakhstan — Unfreedom Monitor (demo)",
        Country = "Kazakhstan",
        Theme = "Digital authoritarianism",
        PeriodStart = new DateOnly(2022, 1, 1),
        PeriodEnd = new DateOnly(2022, 12, 31),
        Description = "Demo after the Unfreedom Monitor's Kazakhstan country report: two incidents of 2022, media items coded for frames, context, subtext, reactions and civic impact.",
        DoubleCodingShare = 0.3,
    };

    public static IReadOnlyList<Incident> Incidents() =>
    [
        new()
        {
            Title = "Opposition leader Zhanbolat Mamay arrested for \"disinformation\" after the January 2022 events",
            StartDate = new DateOnly(2022, 1, 5), EndDate = new DateOnly(2022, 4, 1), Country = "Kazakhstan",
            Description = "The leader of the unregistered Democratic Party of Kazakhstan is charged with spreading deliberately false information, insulting officials and organising mass riots after the Qandy Qantar protests; the internet was shut down from 5 to 11 January.",
            Dimension = "speech", Motives = ["regime-security", "silence-dissent"], Methods = ["criminal-charges", "arrest", "shutdown", "state-media"],
            Responses = ["advocacy", "journalism"],
        },
        new()
        {
            Title = "Coordinated inauthentic behaviour before the November 2022 presidential election",
            StartDate = new DateOnly(2022, 9, 1), EndDate = new DateOnly(2022, 11, 20), Country = "Kazakhstan",
            Description = "Allegations of pro-Tokayev fake accounts and paid users posting pre-approved praise (\"I/We made a choice for the new Kazakhstan...\") in the run-up to the snap election.",
            Dimension = "information", Motives = ["election", "legitimacy"], Methods = ["bots-trolls", "state-media"],
            Responses = ["exposure", "journalism"],
        },
    ];

    public static IReadOnlyList<DemoItem> Items() =>
    [
        new(0, "Tokayev: terrorists numbering 20,000 carried out at least six waves of attacks in Almaty", "https://tass.ru/mezhdunarodnaya-panorama/13372907",
            "TASS", new DateOnly(2022, 1, 10), "website", "article", "ru", "Moscow",
            "President Tokayev describes the January protests as an armed aggression by 20,000 trained terrorists commanded from a special centre.",
            new(["protests", "disinformation"], ["security-over-rights", "foreign-coup", "protesters-criminals"], -3, "supportive",
                "Official justification for the state of emergency, shoot-to-kill orders and the CSTO deployment.",
                "Dissent is foreign aggression; whoever questions the official account sides with terrorists.",
                "Legitimises mass arrests and lethal force with a claim no evidence supports; wide reach through state media.", 250000),
            new(["protests"], ["security-over-rights", "foreign-coup"], -3, "supportive",
                "The President's address used to justify the CSTO mission.", "Protesters are not citizens but intruders.",
                "Justifies repression; repeated across state media.", 250000)),
        new(0, "The Role that Social and Media Platforms Played in the Events in Kazakhstan", null,
            "Vladimir Platov (New Eastern Outlook)", new DateOnly(2022, 1, 15), "website", "article", "en", null,
            "Claims the NEXTA Telegram channel, 'under the external supervision of Polish special services', coordinated the protests.",
            new(["protests", "disinformation"], ["security-over-rights", "foreign-coup"], -2, "mixed",
                "Pro-Kremlin outlet echoing the official foreign-plot narrative for foreign readers.",
                "Social media are a weapon of Western intelligence; independent channels are enemy assets.",
                "Spreads the foreign-coup frame and delegitimises independent Telegram reporting.")),
        new(0, "Kazakhstan: Release Opposition Party Leader: Zhanbolat Mamay", "https://www.amnesty.org.uk/urgent-actions/kazakhstan-release-opposition-party-leader-zhanbolat-mamay",
            "Amnesty International UK", new DateOnly(2022, 4, 1), "website", "report", "en", "London",
            "Urgent action calling for the release of the leader of the unregistered Democratic Party of Kazakhstan.",
            new(["opposition", "rights"], ["freedom-of-expression", "political-prisoner"], 2, "supportive",
                "Mamay was detained after the January protests and charged with spreading false information and insulting officials.",
                "The charges are a pretext to remove an opposition leader before he can register a party.",
                "Documents the case and mobilises international pressure."),
            new(["opposition", "rights"], ["freedom-of-expression", "political-prisoner"], 3, "supportive",
                "Amnesty urgent action on the Mamay case.", "The prosecution is political.",
                "Mobilises pressure with a documented case.")),
        new(0, "Mamay's Facebook post on the \"January massacre\"", null,
            "Zhanbolat Mamay", new DateOnly(2022, 2, 1), "facebook", "post", "kk", "Almaty",
            "After his arrest Mamay writes about the banality and normalisation of violence after the \"January massacre\" and calls for a political awakening.",
            new(["opposition", "protests"], ["freedom-of-expression"], 1, "mixed",
                "Written by the opposition leader while under prosecution for his online speech.",
                "The state's violence has been normalised; citizens must wake up.",
                "A dissenting voice that counters the official narrative, at personal risk.")),
        new(0, "Khabar 24 broadcasts the \"confession\" of Kyrgyz jazz musician Vikram Ruzakhunov", null,
            "Khabar 24", new DateOnly(2022, 1, 8), "tv", "video", "ru", "Almaty",
            "State television shows a detained Kyrgyz musician confessing to 'terrorist activities'; he later said he had been tortured.",
            new(["protests", "disinformation"], ["security-over-rights", "foreign-coup"], -3, "critical",
                "The confession was presented as proof of foreign terrorists; Kyrgyz relatives recognised him and demanded his release.",
                "Foreigners organised the riots; the security services are winning.",
                "Forced confession used as state disinformation with national reach."),
            new(["protests", "disinformation"], ["security-over-rights", "foreign-coup", "protesters-criminals"], -3, "critical",
                "State TV video of a forced confession.", "Foreign terrorists were behind the protests.",
                "State disinformation built on a coerced confession.")),
        new(0, "Kyrgyz jazz musician in Kazakhstan is being passed off as a rioter", "https://kloop.kg/blog/2022/01/09/kyrgyzskogo-dzhazovogo-muzykanta-v-kazakhstane-pytayutsya-vydat-za-uchastnika-pogromov/",
            "A. Irgebaeva (Kloop)", new DateOnly(2022, 1, 9), "website", "article", "ru", "Bishkek",
            "Independent Kyrgyz outlet identifies the man shown on Khabar 24 as a jazz musician and questions the confession.",
            new(["protests", "disinformation", "rights"], ["freedom-of-expression"], 2, "supportive",
                "Published a day after the broadcast; led to diplomatic pressure from Kyrgyzstan.",
                "State media fabricated evidence of foreign terrorists.",
                "Debunks state disinformation with evidence.")),
        new(0, "Telegram channel \"Protesting Kostanay\": police joined the protesters", null,
            "Protesting Kostanay (Telegram)", new DateOnly(2022, 1, 6), "telegram", "post", "ru", "Kostanay",
            "A resident writes that police officers joined the protest; he is later charged with spreading false information.",
            new(["protests", "disinformation"], ["security-over-rights", "disinformation-threat"], -1, "mixed",
                "Prosecutors called the claim dangerous and said it increased the unrest.",
                "Any account of the protests that differs from the official one is criminal.",
                "The prosecution, not the post, narrows speech; the post itself had small reach.")),
        new(1, "Tokayev's address to the people of Kazakhstan: a \"radical reboot\" of the political system", "https://kazpravda.kz/n/kasym-zhomart-tokaev-obratilsya-k-narodu-kazakhstana/",
            "Kazakhstanskaya Pravda", new DateOnly(2022, 9, 1), "website", "article", "ru", "Astana",
            "The President calls snap presidential elections necessary for a radical reboot of the entire political system.",
            new(["elections"], ["best-leader", "reform-reboot"], -1, "supportive",
                "Official justification of unscheduled elections after the January protests.",
                "Only the incumbent can deliver reform; the election is a formality of renewal.",
                "Frames an uncompetitive election as reform; state newspaper reach."),
            new(["elections"], ["best-leader", "reform-reboot"], -2, "supportive",
                "Announcement of the snap election.", "The leader is the reform.",
                "Presents a non-competitive vote as renewal.")),
        new(1, "Fake accounts and presidential elections in Kazakhstan", null,
            "Global Voices", new DateOnly(2022, 12, 1), "website", "article", "en", null,
            "Prevalent comments on Facebook: \"I/We made a choice for the new Kazakhstan. I/We participate in the upcoming presidential elections, our families provide four votes for Tokayev.\"",
            new(["elections", "bots"], ["freedom-of-expression", "fake-accounts-exposed"], 2, "supportive",
                "Documents 'nurbots' and templated praise under official news before the November 2022 election.",
                "The support seen online is manufactured.",
                "Exposes coordinated inauthentic behaviour with examples."),
            new(["elections", "bots"], ["fake-accounts-exposed"], 2, "supportive",
                "Article on fake accounts before the election.", "Online support is fake.",
                "Exposes templated comments.")),
        new(1, "\"I/We made a choice for the new Kazakhstan\" — templated comments under official posts", null,
            "many accounts", new DateOnly(2022, 11, 10), "facebook", "post", "ru", null,
            "I/We made a choice for the new Kazakhstan. I/We participate in the upcoming presidential elections, our families provide four votes for Tokayev. My/our choice is right and conscious.",
            new(["elections", "bots"], ["best-leader", "imitated-support"], -2, "none",
                "The same text posted by accounts without photos, posts or friends.",
                "Everyone supports the President; voting for him is the conscious choice.",
                "Imitates public consent and drowns genuine opinion."),
            new(["elections", "bots"], ["best-leader", "imitated-support"], -2, "none",
                "Copy-paste comments from empty accounts.", "Support is universal.",
                "Manufactured consent.")),
        new(1, "Bot farms in Kazakhstan (sequel): a former employee speaks", null,
            "Analytical Center for Central Asia (ACCA)", new DateOnly(2021, 3, 1), "website", "article", "en", null,
            "A former bot-farm employee describes accounts with no photos, no posts, no friends, swarms attacking critics, and farms switched off and on again.",
            new(["bots", "elections"], ["fake-accounts-exposed"], 3, "mixed",
                "Second interview after the first publication; the farm's leaders asked for the portal to be blocked.",
                "The state pays for an industry of fake opinion.",
                "First-hand evidence of how farms work; invites scrutiny of officials.")),
        new(1, "Who is recruiting bots against Tokayev?", "https://exk.kz/news/121510/kto-vierbuiet-botov-protiv-tokaieva",
            "A. Valentinov (Express K)", new DateOnly(2022, 11, 1), "website", "article", "ru", "Almaty",
            "Asks who is behind bots attacking the President online.",
            new(["bots", "elections"], ["best-leader"], -1, "mixed",
                "Pro-government daily; turns the bot question around onto the President's critics.",
                "Criticism of the President is itself inauthentic.",
                "Deflects attention from pro-regime farms.")),
        new(1, "OSCE/ODIHR: Early Presidential Election, 20 November 2022 — Statement of Preliminary Findings", "https://www.osce.org/odihr/elections/kazakhstan/531800",
            "OSCE/ODIHR", new DateOnly(2022, 11, 21), "website", "report", "en", "Astana",
            "Observers find the election lacked competition; access to information was limited by a restrictive legal framework and self-censorship.",
            new(["elections", "rights"], ["freedom-of-expression"], 2, "mixed",
                "International observers' statement the day after the vote.",
                "The vote was orderly but not a real choice.",
                "Independent assessment that informs the public and diplomats.")),
    ];
}
