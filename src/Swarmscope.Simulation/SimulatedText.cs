using System.Text;

namespace Swarmscope.Simulation;

/// <summary>
/// Word banks and sentence makers for synthetic posts. Organic text is random words from a Zipf-weighted mixed
/// English/Russian vocabulary (so organic posts rarely look alike); planted templates imitate the farm comments in
/// the seed documents and are varied by the small edits farms make (pronoun, name, number swaps, look-alike letters).
/// </summary>
internal sealed class SimulatedText
{
    private static readonly string[] Words =
    [
        "the", "a", "and", "to", "of", "in", "is", "for", "on", "with", "this", "that", "it", "today", "people", "city",
        "new", "good", "time", "year", "day", "work", "news", "road", "school", "price", "bread", "water", "winter",
        "spring", "football", "match", "team", "concert", "music", "film", "book", "coffee", "friends", "family", "kids",
        "weekend", "mountains", "lake", "trip", "train", "bus", "traffic", "weather", "snow", "rain", "sun", "market",
        "shop", "salary", "rent", "bank", "tenge", "dollar", "phone", "internet", "game", "university", "exam", "doctor",
        "hospital", "park", "dinner", "lunch", "tea", "beshbarmak", "baursak", "holiday", "nauryz", "wedding", "birthday",
        "photo", "video", "story", "think", "know", "love", "like", "want", "need", "going", "went", "saw", "read", "watch",
        "really", "very", "so", "just", "still", "again", "finally", "why", "how", "what", "who", "where", "when", "never",
        "always", "maybe", "great", "bad", "funny", "tired", "happy", "late", "early", "cold", "hot", "long", "short",
        "сегодня", "завтра", "погода", "снег", "город", "работа", "дом", "семья", "друзья", "чай", "кофе", "футбол",
        "матч", "концерт", "музыка", "кино", "книга", "учеба", "экзамен", "цены", "хлеб", "аренда", "зарплата", "тенге",
        "дорога", "пробки", "автобус", "поезд", "горы", "озеро", "праздник", "наурыз", "свадьба", "день", "рождения",
        "очень", "просто", "опять", "наконец", "почему", "как", "что", "где", "когда", "всегда", "никогда", "хорошо",
        "плохо", "смешно", "устал", "рад", "поздно", "рано", "холодно", "жарко", "бауырсак", "той", "ауыл", "мектеп",
    ];

    private static readonly string[] Names = ["Nurlan", "Aigerim", "Dias", "Aruzhan", "Yerlan", "Madina", "Askar", "Dana", "Timur", "Saule", "Bolat", "Zhanna"];
    private static readonly string[] Cities = ["Almaty", "Astana", "Shymkent", "Karaganda", "Aktobe", "Taraz", "Pavlodar", "Oskemen", "Semey", "Kostanay", "Atyrau", "Turkistan"];

    /// <summary>Templates in the style of the farm comments; {name} {city} {n} {I} are filled per post.</summary>
    public static readonly string[] Templates =
    [
        "{I} made a choice for the new Kazakhstan! Vote #Tokayev",
        "{name} from {city} says the new president keeps every promise he made",
        "Our {city} got {n} new schools this year. Thank you, Mr President! #JanaQazaqstan",
        "Only together we will build a strong and fair Kazakhstan. Everyone to the polls! #Saylau2024",
        "{I} support the reforms because my family in {city} finally feels the change #Reforms",
        "Я сделал выбор за новый Казахстан! Голосуй #Токаев {n}",
        "Жители {city} поддерживают курс президента, {n} новых дорог за год!",
        "Stability and growth: {n} percent more jobs in {city}. Facts, not opinions. #Progress",
        "{name}: the opposition has no plan, only noise. {I} trust the president #Stability",
        "Foreign media lie about Kazakhstan again. {I} see the truth in {city} every day",
        "Pensions up by {n} percent, salaries up too. Who else did that? Nobody! #Tokayev2024",
        "Молодёжь {city} за новый Казахстан, мы с вами! #Молодежь",
    ];

    /// <summary>Replies a swarm posts under a critic's posts ("insulting a critic all at once").</summary>
    public static readonly string[] Insults =
    [
        "who pays you to lie about our country? Shame on you",
        "another fake from a foreign agent, nobody believes you",
        "stop spreading lies, you are a traitor to your own people",
        "go back to your western sponsors, we know who you work for",
        "your so-called journalism is pure propaganda, delete this",
    ];

    public static readonly string[] NewsDomains =
    [
        "tengrinews.kz", "zakon.kz", "nur.kz", "informburo.kz", "vlast.kz", "kursiv.media", "inbusiness.kz", "kazinform.kz",
        "azattyq.org", "bbc.com", "reuters.com", "lenta.ru", "ria.ru", "orda.kz", "kapital.kz", "forbes.kz",
    ];

    private readonly Random _random;
    private readonly double[] _wordCumulative;
    private readonly StringBuilder _sb = new();

    public SimulatedText(Random random)
    {
        _random = random;
        _wordCumulative = Zipf.Cumulative(Words.Length, 1.0);
    }

    /// <summary>A random organic sentence of 5–22 words; now and then with a comma, a quote or a line break (tests CSV quoting).</summary>
    public string Sentence()
    {
        _sb.Clear();
        var n = 5 + _random.Next(18);
        for (var i = 0; i < n; i++)
        {
            if (i > 0) _sb.Append(_random.Next(12) == 0 ? ", " : " ");
            _sb.Append(Words[Zipf.Sample(_wordCumulative, _random)]);
        }
        switch (_random.Next(40))
        {
            case 0: _sb.Append(" \"really\""); break;
            case 1: _sb.Append("\nP.S. ").Append(Words[_random.Next(Words.Length)]); break;
            case 2: _sb.Append(" 😂"); break;
        }
        _sb.Append(_random.Next(3) == 0 ? "!" : ".");
        if (_sb.Length > 0) _sb[0] = char.ToUpperInvariant(_sb[0]);
        return _sb.ToString();
    }

    /// <summary>A variant of template <paramref name="template"/> with the small edits farms make.</summary>
    public string TemplateVariant(string template)
    {
        var text = template
            .Replace("{I}", _random.Next(2) == 0 ? "I" : "We")
            .Replace("{name}", Names[_random.Next(Names.Length)])
            .Replace("{city}", Cities[_random.Next(3)]) // a group reuses a few cities
            .Replace("{n}", (10 + _random.Next(90)).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Obfuscate(text);
    }

    /// <summary>An insulting reply variant.</summary>
    public string InsultVariant(int index)
    {
        var text = Insults[index % Insults.Length];
        if (_random.Next(3) == 0) text = text.Replace("you", "u");
        return Obfuscate(text);
    }

    /// <summary>Look-alike letters, emoji and punctuation noise, as used to slip past exact-match filters.</summary>
    private string Obfuscate(string text)
    {
        _sb.Clear().Append(text);
        if (_random.Next(3) == 0)
        {
            for (var i = 0; i < _sb.Length; i++)
            {
                if (_random.Next(8) != 0) continue;
                _sb[i] = _sb[i] switch { 'a' => 'а', 'e' => 'е', 'o' => 'о', 'c' => 'с', 'p' => 'р', 'x' => 'х', var c => c };
            }
        }
        switch (_random.Next(5))
        {
            case 0: _sb.Append(" 🇰🇿"); break;
            case 1: _sb.Append('!'); break;
            case 2: _sb.Append(" 👍"); break;
        }
        return _sb.ToString();
    }
}
