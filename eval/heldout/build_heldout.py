"""Build the held-out evaluation set (articles + gold CSVs).

Written blind to framing/attribution.py, tests/ and the other eval data.
Run: python eval/heldout/build_heldout.py   (re-writes articles/ and gold/)
"""
import csv
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

ARTICLES = {}
GOLD = {}

# ---------------------------------------------------------------- ar-h1 ---
ARTICLES["ar-h1-syria"] = """\
تعهدات بسبعة مليارات دولار في ختام مؤتمر إعادة إعمار سوريا
اختتم مؤتمر إعادة إعمار سوريا أعماله في دمشق مساء الثلاثاء بتعهدات مالية تجاوزت سبعة مليارات دولار، وسط مشاركة واسعة من دول عربية وأوروبية ومؤسسات تمويل دولية. واستمر المؤتمر يومين، وناقش المشاركون خلاله مشاريع في قطاعات الكهرباء والمياه والإسكان والنقل.
وقال وزير الاقتصاد السوري سامر الحلبي لوكالة رويترز على هامش المؤتمر إن الحكومة تحتاج إلى «ما لا يقل عن خمسين مليار دولار خلال السنوات الخمس المقبلة» لإعادة تشغيل البنية التحتية الأساسية. وأضاف الحلبي أن الأولوية ستكون لمحطات توليد الكهرباء، لأنه «لا صناعة ولا عودة للاجئين من دون كهرباء».
وذكرت صحيفة وول ستريت جورنال أن دولاً خليجية اشترطت إنشاء صندوق ائتماني يديره البنك الدولي قبل تحويل أي أموال، تفادياً لتكرار تجارب سابقة شابها الفساد وسوء الإدارة. وأضافت الصحيفة أن المفاوضات حول هذا الشرط استمرت حتى ساعة متأخرة من ليل الاثنين.
في المقابل، نقلت وكالة أسوشيتد برس عن دبلوماسي أوروبي شارك في الجلسات المغلقة قوله إن «جزءاً كبيراً من التعهدات هو إعادة تدوير لأموال أُعلن عنها في مؤتمرات سابقة». وأشار الدبلوماسي، الذي طلب عدم الكشف عن هويته، إلى أن الاتحاد الأوروبي لن يرفع ما تبقى من العقوبات القطاعية قبل الصيف.
وبحسب وكالة الصحافة الفرنسية، بلغت تعهدات المملكة العربية السعودية وحدها نحو ملياري دولار، في حين قدّرت صحيفة واشنطن بوست إجمالي التعهدات الخليجية بأكثر من أربعة مليارات دولار. وكتب وزير الدولة القطري للتعاون الدولي فهد العطية على منصة إكس أن بلاده «ستقف إلى جانب الشعب السوري في كل مراحل التعافي».
وأفادت الوكالة العربية السورية للأنباء (سانا) بأن الحكومة السورية وقّعت على هامش المؤتمر اثنتي عشرة مذكرة تفاهم مع شركات تركية وأردنية وخليجية. ووفقاً لبيان صادر عن وزارة الطاقة، تتعلق ثلاث من هذه المذكرات بإعادة تأهيل محطات كهرباء في حلب وحمص ودير الزور.
وشارك في تغطية المؤتمر أكثر من مئتي صحافي، بينهم فرق من قناة سي إن إن وهيئة الإذاعة البريطانية.
مخاوف من عقبات التمويل
وقال مسؤول في البنك الدولي لصحيفة نيويورك تايمز إن المؤسسة «مستعدة لإدارة الصندوق، لكنها تحتاج إلى ضمانات واضحة بشأن الشفافية والرقابة المستقلة». وتابعت الصحيفة أن البنك أرسل فريقاً فنياً إلى دمشق الشهر الماضي لتقييم احتياجات قطاع المياه.
ونقلت صحيفة هآرتس الإسرائيلية عن مصدر أمني قوله إن إسرائيل أبلغت الجانب الأميركي تحفظها على مشاريع بنية تحتية قرب خط فض الاشتباك في محافظة القنيطرة.
من جهتها، حذّرت منظمة العفو الدولية في بيان من أن عمليات هدم المباني المتضررة في بعض أحياء حمص تجري «من دون تعويض عادل للسكان أو إشراكهم في القرار».
ويرى محللون تحدثوا لوكالة الصحافة الفرنسية أن نجاح المؤتمر سيُقاس بسرعة صرف الأموال على الأرض لا بحجم التعهدات المعلنة. ومن المقرر أن تُعقد جولة متابعة في عمّان خلال الخريف المقبل لمراجعة ما تحقق من التعهدات.
"""
GOLD["ar-h1-syria"] = [
    ("تعهدات بسبعة مليارات دولار", "", "narrator"),
    ("اختتم مؤتمر إعادة إعمار سوريا", "", "narrator"),
    ("واستمر المؤتمر يومين", "", "narrator"),
    ("وقال وزير الاقتصاد السوري", "reuters", "official"),
    ("وأضاف الحلبي أن الأولوية", "reuters", "official"),
    ("وذكرت صحيفة وول ستريت جورنال", "wsj", "outlet"),
    ("وأضافت الصحيفة أن المفاوضات", "wsj", "outlet"),
    ("في المقابل، نقلت وكالة أسوشيتد برس", "ap", "anonymous"),
    ("وأشار الدبلوماسي، الذي طلب", "ap", "anonymous"),
    ("وبحسب وكالة الصحافة الفرنسية", "afp", "outlet"),
    ("في حين قدّرت صحيفة واشنطن بوست", "wapo", "outlet"),
    ("وكتب وزير الدولة القطري", "x", "official"),
    ("وأفادت الوكالة العربية السورية", "sana", "outlet"),
    ("ووفقاً لبيان صادر عن وزارة الطاقة", "", "official"),
    ("وشارك في تغطية المؤتمر", "", "narrator"),
    ("مخاوف من عقبات التمويل", "", "narrator"),
    ("وقال مسؤول في البنك الدولي", "nyt", "anonymous"),
    ("وتابعت الصحيفة أن البنك", "nyt", "outlet"),
    ("ونقلت صحيفة هآرتس الإسرائيلية", "haaretz", "anonymous"),
    ("من جهتها، حذّرت منظمة العفو", "", "organization"),
    ("ويرى محللون تحدثوا لوكالة", "afp", "anonymous"),
    ("ومن المقرر أن تُعقد جولة", "", "narrator"),
]

# ---------------------------------------------------------------- ar-h2 ---
ARTICLES["ar-h2-egypt"] = """\
صندوق النقد يقرّ شريحة جديدة لمصر وسط ضغوط على الجنيه
أقرّ المجلس التنفيذي لصندوق النقد الدولي يوم الجمعة صرف شريحة جديدة بقيمة 1.2 مليار دولار لمصر، بعد استكمال المراجعة الخامسة لبرنامج الإصلاح الاقتصادي المتفق عليه بين الجانبين. ويأتي القرار بعد أشهر من المفاوضات الشاقة حول وتيرة بيع حصص الدولة في الشركات العامة.
وقال الصندوق في بيان إن «الاقتصاد المصري أظهر مرونة ملحوظة في مواجهة الصدمات الخارجية»، لكنه شدد على ضرورة «تسريع تقليص دور الدولة في النشاط الاقتصادي وتكافؤ الفرص أمام القطاع الخاص».
وقال وزير المالية المصري هشام عبد الرحيم لوكالة رويترز إن الحكومة ملتزمة بخفض الدين العام إلى أقل من ثمانين في المئة من الناتج المحلي الإجمالي بحلول نهاية العام المالي المقبل. وأضاف أن «الطروحات الحكومية ستمضي وفق الجدول المتفق عليه، ولن تكون هناك مفاجآت للمستثمرين».
وذكرت صحيفة وول ستريت جورنال، نقلاً عن أشخاص مطلعين على المحادثات، أن الصندوق ضغط لإدراج شركتين تابعتين لجهات سيادية ضمن برنامج الطروحات. وأشارت الصحيفة إلى أن القاهرة وافقت على طرح حصة في إحداهما فقط خلال العام الجاري.
في المقابل، نفى مصدر حكومي مصري لوكالة أسوشيتد برس وجود أي خلاف مع الصندوق بشأن هذا الملف، مؤكداً أن «قائمة الشركات حُددت منذ البداية ولم يطرأ عليها أي تغيير».
وكان موقع أكسيوس قد أفاد الشهر الماضي بأن الإدارة الأميركية دعمت داخل المجلس التنفيذي للصندوق تسريع صرف الشريحة، في إطار تقديرها لدور القاهرة في ملفات إقليمية عدة.
الجنيه تحت الضغط
وتراجع الجنيه المصري بنحو ثلاثة في المئة أمام الدولار خلال الشهر الماضي، وفق بيانات البنك المركزي المصري. وبحسب وكالة بلومبرغ، سحب المستثمرون الأجانب نحو ملياري دولار من أدوات الدين المحلية خلال أسبوعين فقط.
ونقلت وكالة الصحافة الفرنسية عن تجار في سوق العتبة وسط القاهرة أن أسعار السلع المستوردة ارتفعت بنسب تراوحت بين عشرة وعشرين في المئة منذ مطلع العام. وقال أحدهم للوكالة إن «الزبائن باتوا يشترون نصف ما كانوا يشترونه قبل عام».
وأوردت بي بي سي عربي في تقرير من الإسكندرية أن مكاتب الصرافة شهدت إقبالاً متزايداً من المواطنين الراغبين في تحويل مدخراتهم إلى الدولار أو الذهب.
وأعلنت وزيرة التخطيط والتنمية الاقتصادية رانيا الشافعي في مؤتمر صحافي بالقاهرة أن معدل النمو بلغ 4.2 في المئة خلال الربع الأخير، وهو الأعلى منذ ثلاث سنوات. ويرى خبراء اقتصاديون أن التحدي الأكبر يبقى في ارتفاع فاتورة خدمة الدين، التي تستهلك أكثر من نصف إيرادات الدولة.
وكانت السلطات قد رفضت في وقت سابق من العام تجديد اعتماد مراسل لصحيفة نيويورك تايمز في القاهرة، في خطوة انتقدتها منظمات معنية بحرية الصحافة. ومن المنتظر أن تبدأ المراجعة السادسة للبرنامج في سبتمبر/أيلول المقبل.
"""
GOLD["ar-h2-egypt"] = [
    ("صندوق النقد يقرّ شريحة", "", "narrator"),
    ("أقرّ المجلس التنفيذي لصندوق", "", "narrator"),
    ("ويأتي القرار بعد أشهر", "", "narrator"),
    ("وقال الصندوق في بيان", "", "organization"),
    ("وقال وزير المالية المصري", "reuters", "official"),
    ("وأضاف أن «الطروحات", "reuters", "official"),
    ("وذكرت صحيفة وول ستريت جورنال، نقلاً", "wsj", "anonymous"),
    ("وأشارت الصحيفة إلى أن القاهرة", "wsj", "outlet"),
    ("في المقابل، نفى مصدر حكومي", "ap", "anonymous"),
    ("وكان موقع أكسيوس قد أفاد", "axios", "outlet"),
    ("الجنيه تحت الضغط", "", "narrator"),
    ("وتراجع الجنيه المصري", "", "official"),
    ("وبحسب وكالة بلومبرغ", "bloomberg", "outlet"),
    ("ونقلت وكالة الصحافة الفرنسية عن تجار", "afp", "anonymous"),
    ("وقال أحدهم للوكالة", "afp", "anonymous"),
    ("وأوردت بي بي سي عربي", "bbc", "outlet"),
    ("وأعلنت وزيرة التخطيط", "", "official"),
    ("ويرى خبراء اقتصاديون", "", "anonymous"),
    ("وكانت السلطات قد رفضت", "", "narrator"),
    ("ومن المنتظر أن تبدأ", "", "narrator"),
]

# ---------------------------------------------------------------- en-h1 ---
ARTICLES["en-h1-libya"] = """\
Libya's oil output slumps as eastern blockade enters second week
TRIPOLI, March 9 - Libya's crude production has fallen to its lowest level in almost two years after armed groups aligned with the country's eastern-based administration shut down major export terminals, deepening a standoff over how the country's oil revenue is shared.
Output dropped to about 620,000 barrels per day on Sunday, down from roughly 1.3 million bpd before the shutdown, the National Oil Corporation (NOC) said in a statement. The state-owned company has declared force majeure on loadings from Es Sider and Ras Lanuf, two of the country's largest ports.
"Every day of closure costs the Libyan people more than 80 million dollars," Oil Minister Khalifa Abdel Salam told Reuters in a telephone interview. "We are asking all parties to keep oil out of politics." He added that the government in Tripoli had not been informed in advance of the closures.
The blockade began after the eastern-based parliament accused the Tripoli government of mismanaging oil revenue, a charge the government denies. Salem al-Obeidi, an adviser to the parliament's speaker, told CNN on Sunday that the terminals would reopen "only when a fair distribution of revenue is guaranteed".
Three engineers at the Es Sider terminal told AFP that tankers had been turned away on Thursday and that onshore storage tanks were nearly full. According to the Associated Press, at least two tankers chartered by European buyers have since been diverted to Algerian ports.
The Wall Street Journal reported, citing Western diplomats, that the United States and Italy had privately urged eastern commanders to lift the blockade. The paper added that the talks had stalled over demands for a new revenue-sharing mechanism overseen by an international committee.
Libyan state TV, which is run from Tripoli, reported that the Presidential Council would hold an emergency session on Monday.
Oil prices rose about 1% on Monday, with Brent crude trading near $78 a barrel. "The market had largely priced out Libyan disruption, and this is a reminder that it shouldn't have," said an oil analyst at a London-based consultancy, who asked not to be named because he was not authorised to speak publicly.
Bloomberg reported on Sunday that the NOC was considering shifting some exports to the western Zawiya terminal. A senior NOC official, speaking on condition of anonymity, told The Washington Post that the Zawiya refinery could not absorb more than 100,000 extra barrels per day.
Television crews from CNN and the BBC who tried to reach Ras Lanuf on Saturday were turned back at a checkpoint outside the town.
The United Nations Support Mission in Libya said in a statement that it was "deeply concerned" by the closures and called on all sides to return to dialogue.
Libya has been split between rival administrations in the east and west for most of the past decade, and oil has repeatedly been used as leverage in their disputes. The last major blockade, in 2020, cut output to under 100,000 bpd and lasted eight months, Reuters calculations show.
"""
GOLD["en-h1-libya"] = [
    ("Libya's oil output slumps", "", "narrator"),
    ("TRIPOLI, March 9", "", "narrator"),
    ("Output dropped to about", "", "organization"),
    ("The state-owned company has declared", "", "narrator"),
    ('"Every day of closure', "reuters", "official"),
    ('"We are asking all parties', "reuters", "official"),
    ("He added that the government", "reuters", "official"),
    ("The blockade began after", "", "narrator"),
    ("Salem al-Obeidi, an adviser", "cnn", "official"),
    ("Three engineers at the Es Sider", "afp", "anonymous"),
    ("According to the Associated Press", "ap", "outlet"),
    ("The Wall Street Journal reported", "wsj", "anonymous"),
    ("The paper added that", "wsj", "outlet"),
    ("Libyan state TV, which", "", "outlet"),
    ("Oil prices rose about 1%", "", "narrator"),
    ('"The market had largely', "", "anonymous"),
    ("Bloomberg reported on Sunday", "bloomberg", "outlet"),
    ("A senior NOC official", "wapo", "anonymous"),
    ("Television crews from CNN", "", "narrator"),
    ("The United Nations Support Mission", "", "organization"),
    ("Libya has been split between", "", "narrator"),
    ("The last major blockade", "reuters", "outlet"),
]

# ---------------------------------------------------------------- en-h2 ---
ARTICLES["en-h2-turkey"] = """\
Turkey and Kurdish party agree PKK disarmament timetable
ANKARA, April 14 - Turkish officials and the pro-Kurdish DEM Party agreed on Monday on a timetable for the next phase of a process aimed at ending the Kurdistan Workers Party's four-decade insurgency, a step that could see the first weapons handed over within weeks.
The agreement was reached after a five-hour meeting at the parliament in Ankara, the first since a cross-party commission overseeing the process submitted its interim report.
"We have a written calendar now, and that has never happened before," DEM Party co-chair Berfin Aydin told Reuters after the meeting. She said the first group of fighters would hand over their weapons in northern Iraq by the end of May, under the supervision of Iraqi Kurdish authorities.
A senior Turkish security official, speaking on condition of anonymity, told Reuters that intelligence agencies would verify each handover and keep an inventory of the weapons collected.
Justice Minister Kemal Yavuz said in a televised address that legal amendments allowing fighters without criminal convictions to return home would be submitted to parliament "within weeks". According to the Turkish newspaper Hurriyet, the draft law would also reduce sentences for some jailed members of the group.
The New York Times reported last week, citing two people who had read it, that jailed PKK founder Abdullah Ocalan had sent a new letter to the commission. The newspaper said the contents of the letter had not been made public.
The PKK said in a statement carried by the Firat news agency that it was "committed to the calendar as long as the state fulfils its obligations".
Officials in Ankara were quick to celebrate the outcome.
A terror-free Türkiye is no longer a slogan, it is a schedule. Today we took another concrete step together. pic.twitter.com/k3Yd81fQzr
— Selim Karaca (@selimkaraca) April 14, 2026
The process has faced deep scepticism among nationalist voters. A poll published last month by the Istanbul-based research firm Arel found that 54% of respondents opposed any early release of jailed PKK members.
In neighbouring Iran, Foreign Ministry spokesman Esmaeil Baghaei said Tehran welcomed any step that would strengthen stability along its borders, the IRNA news agency reported. The semi-official Mehr news agency, citing an unnamed security official, said Iranian border guards had nonetheless stepped up patrols in the northwest. Nournews, a website close to Iran's Supreme National Security Council, called the process "a test of Ankara's intentions toward Kurds across the region".
Syrian Kurdish-led forces, which Ankara regards as an offshoot of the PKK, have not said whether they will follow suit. A Kurdish official in Qamishli told AFP the group was "studying the text carefully" but would not disarm "while attacks on our areas continue".
The Associated Press reported in March that dozens of fighters had already withdrawn from positions in the Qandil mountains. The meeting in Ankara was closed to the press, and foreign media including AP and CNN waited outside the parliament building.
President Tayyip Erdogan is expected to address his party's lawmakers on Wednesday.
"""
GOLD["en-h2-turkey"] = [
    ("Turkey and Kurdish party agree", "", "narrator"),
    ("ANKARA, April 14", "", "narrator"),
    ("The agreement was reached", "", "narrator"),
    ('"We have a written calendar', "reuters", "official"),
    ("She said the first group", "reuters", "official"),
    ("A senior Turkish security official", "reuters", "anonymous"),
    ("Justice Minister Kemal Yavuz", "", "official"),
    ("According to the Turkish newspaper Hurriyet", "hurriyet", "outlet"),
    ("The New York Times reported last week", "nyt", "anonymous"),
    ("The newspaper said the contents", "nyt", "outlet"),
    ("The PKK said in a statement", "", "organization"),
    ("Officials in Ankara were quick", "", "narrator"),
    ("A terror-free Türkiye", "x", "social_post"),
    ("Today we took another", "x", "social_post"),
    ("— Selim Karaca (@selimkaraca)", "x", "social_post"),
    ("The process has faced deep", "", "narrator"),
    ("A poll published last month", "", "organization"),
    ("In neighbouring Iran", "irna", "official"),
    ("The semi-official Mehr", "mehr", "anonymous"),
    ("Nournews, a website close", "nournews", "outlet"),
    ("Syrian Kurdish-led forces", "", "narrator"),
    ("A Kurdish official in Qamishli", "afp", "anonymous"),
    ("The Associated Press reported in March", "ap", "outlet"),
    ("The meeting in Ankara was closed", "", "narrator"),
    ("President Tayyip Erdogan is expected", "", "narrator"),
]

TYPES = {"outlet", "official", "organization", "anonymous", "social_post", "narrator"}


def main() -> int:
    errors = []
    for stem, text in ARTICLES.items():
        (HERE / "articles" / f"{stem}.txt").write_text(text, encoding="utf-8")
        for frag, outlet, stype in GOLD[stem]:
            n = text.count(frag)
            if len(frag) < 12:
                errors.append(f"{stem}: fragment too short: {frag!r}")
            if n != 1:
                errors.append(f"{stem}: fragment occurs {n}x: {frag!r}")
            if stype not in TYPES:
                errors.append(f"{stem}: bad speaker_type {stype!r}")
        with open(HERE / "gold" / f"{stem}.csv", "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["fragment", "outlet", "speaker_type"])
            w.writerows(GOLD[stem])
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
