using System.Globalization;
using System.Text;

namespace Swarmscope.Simulation;

/// <summary>
/// A farm's pool of prepared texts, "along the lines of" one message as in the seed documents (English, Russian and
/// Kazakh praise of the president and attacks on critics), and the variants its operators post. Deterministic for a
/// given <see cref="Random"/>. Public so other components (narratives, tests) can produce the same kind of texts.
/// </summary>
public sealed class FarmTextPool
{
    /// <summary>Distinct messages available; pools of several farms in one world are disjoint while they last.</summary>
    public static int MaxPoolSize => Messages.Length;

    /// <summary>Prepared messages with slots {I} (I/We), {name}, {city}, {n}.</summary>
    private static readonly string[] Messages =
    [
        "{I} made a choice for the new Kazakhstan. Our family gives {n} votes for Tokayev",
        "The President cares and always thinks about people",
        "With enough professional qualification one can always find a decent salary and a good life in this country",
        "Our president provides the much-needed stability and peace",
        "My choice is right and conscious. {I} respect the political course and hope others will do the same",
        "{name} from {city} says the new president keeps every promise he made",
        "{city} got {n} new schools this year, thank you Mr President",
        "Only together we will build a strong and fair Kazakhstan, everyone to the polls",
        "Foreign media lie about Kazakhstan again, {I} see the truth in {city} every day",
        "Pensions are up by {n} percent and salaries too, who else did that",
        "The opposition has no plan, only noise. {I} trust the president",
        "Stability and growth, {n} percent more jobs in {city}, facts not opinions",
        "Do not listen to provocateurs, the reforms are working for ordinary families",
        "{I} support the reforms because my family in {city} finally feels the change",
        "Those who criticise have never done anything for {city}",
        "The new Kazakhstan is a country of opportunities for the young people of {city}",
        "Я сделал выбор за новый Казахстан, наша семья отдаёт {n} голосов за Токаева",
        "Президент заботится о людях и всегда думает о простом народе",
        "Наш президент обеспечивает стабильность и мир в стране",
        "Жители {city} поддерживают курс президента, {n} новых дорог за год",
        "Не слушайте провокаторов, реформы работают для простых семей",
        "Оппозиция ничего не предлагает, только шум и ложь",
        "{name} из города {city} говорит, что президент выполняет обещания",
        "Зарубежные СМИ опять врут про Казахстан, я вижу правду каждый день",
        "Пенсии выросли на {n} процентов, кто ещё это сделал",
        "Только вместе мы построим сильный и справедливый Казахстан",
        "Молодёжь города {city} за новый Казахстан, мы с вами",
        "Стабильность важнее всего, не дадим раскачать лодку",
        "Критики ничего не сделали для города {city}, а только болтают",
        "Мой выбор осознанный, я уважаю политический курс страны",
        "В городе {city} открыли {n} новых детских садов, спасибо президенту",
        "Новый Казахстан это страна возможностей для каждого",
        "Мен жаңа Қазақстан үшін таңдау жасадым, отбасымыз Тоқаевқа {n} дауыс береді",
        "Президент халықты үнемі ойлайды және қамқорлық жасайды",
        "Елімізде тұрақтылық пен бейбітшілік бар, бұл президенттің еңбегі",
        "{city} тұрғындары президенттің бағытын қолдайды",
        "Арандатушыларды тыңдамаңыздар, реформалар қарапайым отбасылар үшін жұмыс істейді",
        "Оппозицияның ешқандай жоспары жоқ, тек айқай мен өтірік",
        "{name} {city} қаласынан, президент уәдесін орындап жатыр дейді",
        "Шетел баспасөзі Қазақстан туралы тағы өтірік айтуда",
        "Зейнетақы {n} пайызға өсті, мұны тағы кім жасады",
        "Бірге ғана күшті және әділ Қазақстан құрамыз",
        "{city} жастары жаңа Қазақстан үшін аянбай еңбек етеді",
        "Тұрақтылық бәрінен маңызды, елді шайқалтуға жол бермейміз",
        "Сыншылар {city} үшін ештеңе істеген жоқ",
        "Менің таңдауым саналы, мен елдің саяси бағытын құрметтеймін",
        "{city} қаласында {n} жаңа балабақша ашылды, президентке рахмет",
        "Жаңа Қазақстан әркімге мүмкіндік беретін ел",
    ];

    /// <summary>Endings fixed per pool text. No hashtags: a farm hashtag would be one object across the whole pool.</summary>
    private static readonly string[] Closers = ["", "!", " 🇰🇿", "", ".", "!!"];
    private static readonly string[] Names = ["Nurlan", "Aigerim", "Dias", "Aruzhan", "Yerlan", "Madina", "Askar", "Dana", "Timur", "Saule", "Bolat", "Zhanna"];
    private static readonly string[] Cities = ["Almaty", "Astana", "Shymkent", "Karaganda", "Aktobe", "Taraz", "Pavlodar", "Oskemen", "Semey", "Kostanay", "Atyrau", "Turkistan"];

    /// <summary>Swaps farms make to dodge exact matching; each applies to a post with probability one half.</summary>
    private static readonly (string From, string To)[] Swaps =
    [
        ("always thinks", "constantly thinks"), ("cares", "worries"), ("stability", "calm"), ("country", "homeland"),
        ("My choice", "Our choice"), ("my family", "our family"), ("thank you", "thanks"), ("new schools", "new school buildings"),
        ("заботится", "переживает"), ("всегда", "постоянно"), ("Я сделал", "Мы сделали"), ("Мой выбор", "Наш выбор"), ("спасибо", "благодарим"),
        ("Мен жаңа", "Біз жаңа"), ("үнемі", "әрдайым"), ("рахмет", "алғыс"), ("Менің таңдауым", "Біздің таңдауымыз"),
    ];

    private readonly Random _random;
    private readonly TextVariation _variation;
    private readonly string[] _texts;
    private readonly StringBuilder _sb = new();

    /// <param name="first">Index of the first message in a fixed shuffle of the bank (farms of one world take consecutive ranges, so their pools are disjoint while the bank lasts).</param>
    public FarmTextPool(int size, TextVariation variation, Random random, int first = 0)
    {
        if (size < 1) throw new ArgumentOutOfRangeException(nameof(size));
        _random = random;
        _variation = variation;
        var order = BankOrder();
        _texts = new string[size];
        for (var i = 0; i < size; i++)
        {
            var text = Messages[order[(first + i) % order.Length]] + Closers[random.Next(Closers.Length)];
            // Without name slots every post of a text carries the same name, city and number.
            _texts[i] = (variation & TextVariation.NameSlots) != 0 ? text : FillSlots(text, random);
        }
    }

    /// <summary>The pool's prepared texts (slots unfilled when they vary per post).</summary>
    public IReadOnlyList<string> Texts => _texts;

    /// <summary>A post made from a random text of the pool.</summary>
    public string Post() => Post(_random.Next(_texts.Length));

    /// <summary>A post made from text <paramref name="index"/> of the pool, varied as configured.</summary>
    public string Post(int index)
    {
        var text = _texts[index];
        if ((_variation & TextVariation.NameSlots) != 0) text = FillSlots(text, _random);
        if ((_variation & TextVariation.WordSwaps) != 0)
        {
            foreach (var (from, to) in Swaps)
                if (text.Contains(from, StringComparison.Ordinal) && _random.Next(2) == 0) text = text.Replace(from, to, StringComparison.Ordinal);
            text = _random.Next(4) switch { 0 => text + " 👍", 1 => text + "!", _ => text };
        }
        if ((_variation & TextVariation.Script) != 0)
        {
            if (KazakhScript.IsKazakhCyrillic(text) && _random.Next(2) == 0) text = KazakhScript.ToLatin(text);
            if (_random.Next(3) == 0) text = LookAlikes(text);
        }
        return text;
    }

    private string LookAlikes(string text)
    {
        _sb.Clear().Append(text);
        for (var i = 0; i < _sb.Length; i++)
        {
            if (_random.Next(8) != 0) continue;
            _sb[i] = _sb[i] switch
            {
                'a' => 'а', 'e' => 'е', 'o' => 'о', 'c' => 'с', 'p' => 'р', 'x' => 'х',
                'а' => 'a', 'е' => 'e', 'о' => 'o', 'с' => 'c', 'р' => 'p', 'х' => 'x',
                var c => c,
            };
        }
        return _sb.ToString();
    }

    private static string FillSlots(string text, Random random) => text
        .Replace("{I}", random.Next(2) == 0 ? "I" : "We", StringComparison.Ordinal)
        .Replace("{name}", Names[random.Next(Names.Length)], StringComparison.Ordinal)
        .Replace("{city}", Cities[random.Next(Cities.Length)], StringComparison.Ordinal)
        .Replace("{n}", (10 + random.Next(90)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>A fixed interleaving of the bank (English, Russian, Kazakh in turn) so small pools mix languages.</summary>
    private static int[] BankOrder()
    {
        var third = Messages.Length / 3;
        var order = new int[Messages.Length];
        for (var i = 0; i < third; i++)
        {
            order[3 * i] = i;
            order[3 * i + 1] = third + i;
            order[3 * i + 2] = 2 * third + i;
        }
        return order;
    }
}
