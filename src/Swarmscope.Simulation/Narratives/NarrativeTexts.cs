namespace Swarmscope.Simulation.Narratives;

/// <summary>
/// Invented texts for the narrative tactics: praise, attack and neutral replies in Russian, Kazakh and English
/// (built from words any stance lexicon knows), and a Kazakh template written in Cyrillic and in the 2018 and 2021
/// Latin alphabets. No real person is quoted.
/// </summary>
internal sealed class NarrativeTexts(Random random)
{
    private static readonly string[] Praise =
    [
        "Поддерживаю {0}! Настоящий лидер, спасибо за стабильность",
        "{0} — достойный и честный человек, голосую за него",
        "Гордимся вами, {0}! Так держать",
        "{0} нағыз көшбасшы, қолдаймын!",
        "Рахмет {0}, біз сізді қолдаймыз, керемет жұмыс",
        "{0} лайықты және адал азамат, жасасын!",
        "Proud to support {0}, a wise and honest leader",
        "Thank you {0}, great work for stability and prosperity",
        "{0} is the best choice. Well done!",
    ];

    private static readonly string[] Attack =
    [
        "{0} — предатель и лжец, позор!",
        "Долой {0}, продажный провокатор и клоун",
        "{0} вор и коррупционер, в отставку!",
        "{0} сатқын, ұят! Масқара",
        "{0} өтірікші және жемқор, кетсін!",
        "{0} арандатушы, қуыршақ",
        "{0} is a traitor and a liar. Shame!",
        "{0} is a corrupt puppet, resign now",
        "What a disgrace, {0}. Pathetic fraud",
    ];

    private static readonly string[] Neutral =
    [
        "Что думаете про {0}? Интересно услышать мнения",
        "{0} сегодня выступил на форуме в Астане",
        "{0} туралы жаңалықтарды оқыдым",
        "Has anyone seen what {0} said this morning?",
        "{0} will speak at the conference next week",
    ];

    private static readonly string[] Organic =
    [
        "Сегодня в Алматы снова пробки, еду на работу час",
        "Кто знает хорошее кафе возле Абая?",
        "Бүгін ауа райы жақсы, тауға барамыз",
        "Жаңа кітап оқып жатырмын, ұсынамын",
        "Great match last night, what a goal",
        "Prices for rent keep going up in Astana",
        "Погода отличная, идём в горы на выходных",
        "Балаларға арналған жаңа саябақ ашылды",
        "Working from home today, coffee number three",
        "Новый сериал вышел, кто смотрел?",
    ];

    public string PraiseOf(string target) => string.Format(Praise[random.Next(Praise.Length)], target);
    public string AttackOf(string target) => string.Format(Attack[random.Next(Attack.Length)], target);
    public string NeutralOf(string target) => string.Format(Neutral[random.Next(Neutral.Length)], target);
    public string Everyday() => Organic[random.Next(Organic.Length)] + (random.Next(3) == 0 ? " " + random.Next(100) : "");

    /// <summary>Kazakh template number <paramref name="template"/> in a random alphabet, with its pronoun and number slots filled.</summary>
    public (string Text, bool Latin) KazakhTemplate(int template)
    {
        var we = random.Next(2) == 0;
        var votes = random.Next(2, 7);
        var alphabet = random.Next(3); // 0 Cyrillic, 1 Latin 2018, 2 Latin 2021
        var name = Signatures[random.Next(Signatures.Length)];
        string text = (template % 2, alphabet) switch
        {
            (0, 0) => $"{(we ? "Біз" : "Мен")} жаңа Қазақстан үшін таңдау {(we ? "жасадық" : "жасадым")}! Біздің отбасымыз {votes} дауыс береді. Таңдауымыз дұрыс және саналы. {name}",
            (0, 1) => $"{(we ? "Biz" : "Men")} jańa Qazaqstan úshin tańdaý {(we ? "jasadyq" : "jasadym")}! Bizdiń otbasymyz {votes} daýys beredi. Tańdaýymyz durys jáne sanaly. {name}",
            (0, _) => $"{(we ? "Bız" : "Men")} jaña Qazaqstan üşın tañdau {(we ? "jasadyq" : "jasadym")}! Bızdıñ otbasymyz {votes} dauys beredı. Tañdauymyz dūrys jäne sanaly. {name}",
            (_, 0) => $"{(we ? "Біз" : "Мен")} Президенттің бағытын қолдаймын, елімізде тұрақтылық пен бейбітшілік бар. {votes} жыл бойы біз алға жүрдік! {name}",
            (_, 1) => $"{(we ? "Biz" : "Men")} Prezidenttiń baǵytyn qoldaımyn, elimizde turaqtylyq pen beıbitshilik bar. {votes} jyl boıy biz alǵa júrdik! {name}",
            (_, _) => $"{(we ? "Bız" : "Men")} Prezidenttıñ bağytyn qoldaimyn, elımızde tūraqtylyq pen beibıtşılık bar. {votes} jyl boiy bız alğa jürdık! {name}",
        };
        return (text, alphabet > 0);
    }

    private static readonly string[] Signatures = ["", "", "#ЖаңаҚазақстан", "#QazaqstanAlga", "🇰🇿", "Айгерим", "Nurlan", "Дана", "Askar"];
}
