"""Write eval/gold/*.csv from the hand labels below and check them.

Each fragment must occur exactly once in its article, be >= 12 characters,
and the outlet must be '' or a config outlet id.
"""
import csv
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
TYPES = {"outlet", "official", "organization", "anonymous", "social_post", "narrator"}
N = ""  # no outlet

GOLD = {
"ar-01-ceasefire": [
    ("مفاوضات القاهرة: تقدم حذر", N, "narrator"),
    ("استأنف وفدا إسرائيل وحركة", N, "narrator"),
    ("وتتركز النقاشات على ثلاثة", N, "narrator"),
    ("وذكرت صحيفة «هآرتس» الإسرائيلية", "haaretz", "outlet"),
    ("وأضافت الصحيفة أن رئيس الوزراء", "haaretz", "outlet"),
    ("ونقلت «يديعوت أحرونوت» عن مسؤول", "yedioth", "anonymous"),
    ("في المقابل، قال القيادي في «حماس»", "afp", "official"),
    ("وأضاف أن أي اتفاق نهائي", "afp", "official"),
    ("وبحسب موقع «أكسيوس» الأميركي", "axios", "outlet"),
    ("ونقل الموقع عن مسؤولَين أميركيين", "axios", "anonymous"),
    ("ونشر ويتكوف في وقت لاحق تدوينة", "x", "official"),
    ("Productive day of talks in Cairo.", "x", "social_post"),
    ("Grateful to our Egyptian", "x", "social_post"),
    ("We are closer than we have been", "x", "social_post"),
    ("— Steve Witkoff (@EnvoyWitkoff)", "x", "social_post"),
    ("ووفقاً لصحيفة «وول ستريت جورنال»", "wsj", "outlet"),
    ("من جهته، أكد المتحدث باسم وزارة الخارجية المصرية", N, "official"),
    ("أما الرئيس الأميركي دونالد ترمب", N, "official"),
    ("الوضع الإنساني", N, "narrator"),
    ("ولا تزال مئات الشاحنات", N, "narrator"),
    ("قالت منظمات إغاثة دولية", N, "organization"),
    ("وأفاد تقرير لمكتب الأمم المتحدة", N, "organization"),
    ("وعلى الأرض، أعلن الدفاع المدني", N, "official"),
    ("في حين قال الجيش الإسرائيلي", N, "official"),
    ("ونقلت وكالة «أسوشييتد برس» عن دبلوماسي", "ap", "anonymous"),
    ("وأضاف الدبلوماسي، الذي طلب", "ap", "anonymous"),
    ("وكانت صحيفة «نيويورك تايمز» قد تعرضت", N, "narrator"),
    ("ومن المقرر أن تستمر المحادثات", N, "narrator"),
],
"ar-02-iran-sanctions": [
    ("عقوبات أميركية جديدة على طهران", N, "narrator"),
    ("أعلنت وزارة الخزانة الأميركية", N, "official"),
    ("وتأتي الخطوة قبل أيام", N, "narrator"),
    ("وقال وزير الخارجية الأميركي ماركو روبيو", N, "official"),
    ("في المقابل، نقلت وكالة الجمهورية", "irna", "official"),
    ("وأضاف بقائي أن بلاده", "irna", "official"),
    ("من جانبها، ذكرت وكالة «تسنيم»", "tasnim", "outlet"),
    ("وتابعت الوكالة أن الوفد", "tasnim", "outlet"),
    ("أما عراقجي فقال للتلفزيون الرسمي", "iran_state_tv", "official"),
    ("وأوضح أن إيران «ستذهب", "iran_state_tv", "official"),
    ("ونشر عراقجي لاحقاً رسالة", "x", "official"),
    ("Iran has never walked away", "x", "social_post"),
    ("Sanctions imposed on the eve", "x", "social_post"),
    ("We will go to Muscat", "x", "social_post"),
    ("— Seyed Abbas Araghchi (@araghchi)", "x", "social_post"),
    ("وفي واشنطن، نقل موقع «إكسيوس»", "axios", "anonymous"),
    ("ووفقاً لصحيفة «وول ستريت جورنل»", "wsj", "outlet"),
    ("وأشارت الصحيفة إلى أن المقترح", "wsj", "outlet"),
    ("وقال دبلوماسي أوروبي لوكالة «رويترز»", "reuters", "anonymous"),
    ("وارتفعت أسعار خام برنت", N, "narrator"),
    ("بدورها، نقلت وكالة مهر للأنباء", "mehr", "official"),
    ("واعتبر موقع «نورنيوز»", "nournews", "outlet"),
    ("وأكد وزير الخارجية العماني", "ona", "official"),
    ("الداخل الإيراني", N, "narrator"),
    ("وعلى صعيد آخر، أفادت وكالة «هرانا»", "hrana", "outlet"),
    ("ورأى معهد دراسة الحرب", "isw", "outlet"),
    ("وتعاني إيران من تضخم", N, "narrator"),
],
"ar-03-lebanon-election": [
    ("لبنان: جدل اقتراع المغتربين", N, "narrator"),
    ("أرجأ رئيس مجلس النواب اللبناني", N, "narrator"),
    ("ويدور الخلاف حول ما إذا", N, "narrator"),
    ("ونقلت الوكالة الوطنية للإعلام", "nna", "official"),
    ("غير أن مصدراً نيابياً قال", "asharq_al_awsat", "anonymous"),
    ("وذكرت صحيفة «هآرتس» الإسرائيلية، الأسبوع", "haaretz", "outlet"),
    ("أما صحيفة «الأخبار» اللبنانية", "al_akhbar", "outlet"),
    ("وأضافت الصحيفة أن هذه الرسائل", "al_akhbar", "outlet"),
    ("وفي مقابلة مع «بي بي سي عربي»", "bbc", "official"),
    ("ووفقاً لأرقام وزارة الخارجية", N, "official"),
    ("أما رئيس الحكومة نواف سلام", "lbci", "official"),
    ("ونقلت وكالة الصحافة الفرنسية عن مصدر", "afp", "anonymous"),
    ("وفي الجنوب، ذكر موقع «تايمز أوف إسرائيل»", "times_of_israel", "outlet"),
    ("وأضاف الموقع أن الجيش يعتبر", "times_of_israel", "outlet"),
    ("وقالت قوات الأمم المتحدة المؤقتة", N, "organization"),
    ("وقال النائب عن «حزب الله»", N, "official"),
    ("المال الانتخابي والرقابة", N, "narrator"),
    ("وفي سياق متصل، أفادت وكالة «رويترز»", "reuters", "anonymous"),
    ("ويرى محللون أن نتائج", N, "anonymous"),
    ("وتحظى الانتخابات بمتابعة", N, "narrator"),
    ("وحذرت هيئة الإشراف على الانتخابات", N, "official"),
],
"en-01-shipping": [
    ("Shipping lines weigh cautious", N, "narrator"),
    ("Major container lines are drawing", N, "narrator"),
    ("The shift would cut roughly", N, "narrator"),
    ("Maersk is preparing to send", "reuters", "anonymous"),
    ("The people, who declined to be named", "reuters", "anonymous"),
    ("We are looking at a phased return", N, "organization"),
    ("The company added that it would", N, "organization"),
    ("Suez Canal Authority chairman", N, "official"),
    ("Canal revenue fell by more", N, "official"),
    ("The Houthis have not claimed", N, "official"),
    ("But the group's leader", N, "official"),
    ("Houthi military spokesman Yahya Saree", "x", "official"),
    ("The Wall Street Journal reported last week", "wsj", "outlet"),
    ("The paper, citing brokers in London", "wsj", "anonymous"),
    ("Lloyd's List, a shipping industry", "lloyds_list", "outlet"),  # an outlet type carries its id (codebook; listed since 2026-12-05)
    ("The numbers are moving in the right", N, "official"),
    ("In an interview with CNN", "cnn", "official"),
    ("He added that American warships", "cnn", "official"),
    ("Freight rates on the Asia-Europe", N, "organization"),
    ("An Egyptian official, who spoke", N, "anonymous"),
    ("Yemen's internationally recognized", "ap", "official"),
    ("Press TV, Iran's English-language", N, "narrator"),
    ("Before the crisis, about 12%", N, "narrator"),
],
"en-02-oil": [
    ("Oil slips as OPEC+ signals", N, "narrator"),
    ("Oil prices fell on Monday after", N, "narrator"),
    ("Brent crude futures were down", N, "narrator"),
    ("Eight OPEC+ members agreed", N, "organization"),
    ("Saudi Arabia's energy ministry said", N, "official"),
    ("Kazakhstan and Iraq, which have", "reuters", "anonymous"),
    ("One of the sources said the schedules", "reuters", "anonymous"),
    ("Demand is holding up better", "reuters", "official"),
    ("It is the supply side that", "reuters", "official"),
    ("Russian Deputy Prime Minister Alexander Novak", "tass", "official"),
    ("Tankers loaded about 1.6 million", N, "organization"),
    ("Tasnim news agency quoted Oil Minister", "tasnim", "official"),
    ("Bloomberg News reported on Friday", "bloomberg", "anonymous"),
    ("China's crude imports rose 4%", N, "official"),
    ("Axios reported, citing two sources", "axios", "anonymous"),
    ("The White House declined to comment", N, "narrator"),
    ("According to The New York Times", "nyt", "outlet"),
    ("The newspaper added that Saudi officials", "nyt", "outlet"),
    ("U.S. crude inventories rose", N, "official"),
    ("Goldman Sachs said in a note", N, "organization"),
    ("The bank added that it expected", N, "organization"),
    ("The comments came as executives", N, "narrator"),
    ("Ship-tracking data compiled by LSEG", N, "organization"),
    ("Some analysts said the market", N, "anonymous"),
    ("Oil prices have fallen about 8%", N, "narrator"),
],
"en-03-sudan": [
    ("Fighting intensifies around El Obeid", N, "narrator"),
    ("Fighting between Sudan's army", N, "narrator"),
    ("At least 40 civilians were killed", N, "organization"),
    ("Reuters could not independently verify", N, "narrator"),
    ("The RSF denied targeting civilians", N, "organization"),
    ("Two Sudanese military officials", N, "anonymous"),
    ("In an interview with AFP", "afp", "official"),
    ("An AFP correspondent in Port Sudan", "afp", "outlet"),
    ("A resident of El Obeid told the BBC", "bbc", "anonymous"),
    ("We hear the drones every night", "bbc", "anonymous"),
    ("Famine spreads", N, "narrator"),
    ("The United Nations said on Monday", N, "organization"),
    ("U.N. aid chief Tom Fletcher", "x", "official"),
    ("Aid workers told The Associated Press", "ap", "anonymous"),
    ("One of them, who asked not to be named", "ap", "anonymous"),
    ("We are running out of time", N, "official"),
    ("If the roads do not open", N, "official"),
    ("The Washington Post, citing U.S. intelligence", "wapo", "anonymous"),
    ("The paper said the assessment", "wapo", "outlet"),
    ("The New York Times reported in February", "nyt", "outlet"),
    ("The United Arab Emirates' foreign ministry", N, "official"),
    ("Secretary of State Marco Rubio", N, "official"),
    ("Officials said a new round", N, "anonymous"),
    ("The war, which began in April 2023", N, "organization"),
    ("Aid groups say the rainy season", N, "organization"),
],
}


def sentence_starts(text):
    """Rough sentence starts (line starts + after . ? ! followed by space)."""
    starts = []
    for m in re.finditer(r"^(?=\S)", text, re.M):
        starts.append(m.start())
    abbrev = re.compile(r"(U\.S|U\.N|Adm|Gen|Brig|Feb|Mr|Dr)\.$")
    for m in re.finditer(r"[.?!][\"»”]?\s+(?=\S)", text):
        before = text[max(0, m.start() - 5):m.start() + 1]
        if abbrev.search(before) or "\n" in m.group():
            continue
        starts.append(m.end())
    return sorted(set(starts))


def main():
    outlets = {o["id"] for o in yaml.safe_load((HERE.parent / "config.yaml").read_text())["outlets"]}
    ok = True
    per_outlet, per_type = Counter(), Counter()
    for stem, rows in GOLD.items():
        text = (HERE / "articles" / f"{stem}.txt").read_text(encoding="utf-8")
        positions = []
        for frag, outlet, stype in rows:
            n = text.count(frag)
            if n != 1 or len(frag) < 12 or stype not in TYPES or (outlet and outlet not in outlets):
                ok = False
                print(f"BAD {stem}: {frag!r} count={n} len={len(frag)} {outlet}/{stype}")
            positions.append(text.find(frag))
            per_outlet[outlet or "''"] += 1
            per_type[stype] += 1
        # coverage: every rough sentence start must be (just before) a fragment start
        for s in sentence_starts(text):
            if not any(0 <= p - s <= 2 for p in positions):
                ok = False
                print(f"UNCOVERED {stem}: {text[s:s+40]!r}")
        with open(HERE / "gold" / f"{stem}.csv", "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, quoting=csv.QUOTE_ALL)
            w.writerow(["fragment", "outlet", "speaker_type"])
            w.writerows(rows)
        sentences = len(sentence_starts(text))
        print(f"{stem}: {len(rows)} rows, ~{sentences} sentences")
    print("rows per outlet:", dict(sorted(per_outlet.items(), key=lambda kv: -kv[1])))
    print("rows per speaker_type:", dict(per_type))
    print("total rows:", sum(per_outlet.values()))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
