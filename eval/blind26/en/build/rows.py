"""Gold attribution labels for the blind26/en set (docs/attribution.md).

ROWS maps each article stem to a list of (prefix, outlet, speaker_type) in text order. The prefix is the
start of the passage (a sentence, or a clause where the attribution changes inside a sentence); it is
searched for from the previous row onwards, and build.py turns it into the shortest unique 20-40 character
fragment of the article.
"""

N, O, OF, A, ORG, S = "narrator", "outlet", "official", "anonymous", "organization", "social_post"

ROWS = {
    "en-v01-libya-sharara-protest": [
        ("Libya's Sharara oilfield halted", "", N),
        ("TRIPOLI, May 14 (Reuters)", "reuters", A),
        ("The field had been pumping", "reuters", A),
        ("The protesters, who say", "reuters", A),
        ("Libya's oil ministry did not", "", OF),
        ("The Tripoli-based Government", "", OF),
        ("Brent crude futures rose", "", ORG),
        ("Sharara has been shut", "", N),
        ("Reuters could not immediately", "", N),
        ("(Reporting by Khaled", "", N),
    ],
    "en-v02-sudan-camp-drone": [
        ("Drone strike on Sudan", "", N),
        ("Port Sudan (AFP)", "afp", A),
        ('"Most of the dead', "afp", A),
        ("The army-aligned government", "", OF),
        ("The RSF, at war", "telegram", ORG),
        ("The International Organization", "", ORG),
        ("AFP was unable", "", N),
        ("Sudan's war has killed", "", ORG),
        ("burs-ser/dcp", "", N),
    ],
    "en-v03-syria-quneitra-incursion": [
        ("Israeli army pushes into", "", N),
        ("Rania Darwish", "", N),
        ("DAMASCUS (AA)", "sana", O),
        ("The agency said an Israeli", "sana", O),
        ("According to its correspondent", "sana", O),
        ("The Israeli army did not", "", OF),
        ("Syria's Foreign Ministry", "", OF),
        ("A spokesperson for the UN", "", ORG),
        ("Local sources told Anadolu", "anadolu", A),
        ("Israel has carried out", "", N),
    ],
    "en-v04-kuwait-oman-red-sea": [
        ("Kuwait, Oman discuss", "", N),
        ("KUWAIT, May 12 (KUNA)", "", N),
        ("During the meeting", "", OF),
        ("The ministry added", "", OF),
        ("An informed source told KUNA", "kuna", A),
        ("Separately, the Gulf", "", ORG),
        ("Meanwhile, the Kuwait Ports", "", OF),
    ],
    "en-v05-egypt-fuel-prices": [
        ("Egypt raises fuel prices again", "", N),
        ("Government says rise", "", N),
        ("Hana Mourad in Cairo", "", N),
        ("Tue 13 May 2025", "", N),
        ("Egypt has raised fuel prices", "", N),
        ("The petroleum ministry said", "", OF),
        ("The IMF has repeatedly", "", ORG),
        ("Annual urban inflation", "", OF),
        ("“Every time they raise", "", A),
        ("“We are eating less meat", "", A),
        ("Analysts at the brokerage", "", ORG),
        ("The independent news site Mada Masr", "mada_masr", A),
        ("The cabinet denied", "", OF),
    ],
    "en-v06-israel-lebanon-strikes": [
        ("IDF strikes Hezbollah sites", "", N),
        ("Lebanese state media reports", "", N),
        ("By Noa Shalev", "", N),
        ("13 May 2025, 4:12 pm", "", N),
        ("The Israel Defense Forces said", "", OF),
        ("No injuries were reported", "", N),
        ("According to the military", "", OF),
        ("Lebanon's state-run National", "nna", O),
        ("Channel 12 news reported", "channel_12", A),
        ("The Prime Minister's Office", "", OF),
        ("The ceasefire that ended", "", N),
        ("A Lebanese official told", "al_hadath", A),
    ],
    "en-v07-houthi-red-sea-carrier": [
        ("Houthis claim attack on bulk", "", N),
        ("UAE condemns strike", "", N),
        ("Layla Hassan in Abu Dhabi", "", N),
        ("May 13, 2025, 5:40 PM", "", N),
        ("Yemen's Houthi rebels said", "", ORG),
        ("The UK Maritime Trade", "", OF),
        ("In a televised statement", "al_masirah", ORG),
        ("The UAE foreign ministry", "wam", OF),
        ("War-risk premiums", "lloyds_list", O),
        ("The shipping journal said", "lloyds_list", O),
        ("British security firm Ambrey", "", ORG),
    ],
    "en-v08-iran-iaea-report": [
        ("Tehran rejects IAEA report", "", N),
        ("Political Desk | May 13", "", N),
        ("TEHRAN – Iran has dismissed", "", OF),
        ("At his weekly press conference", "", OF),
        ("The confidential report, seen by Reuters", "reuters", ORG),
        ("Meanwhile, the Wall Street Journal", "wsj", A),
        ("Iran's mission to the United", "irna", OF),
        ("The mission added", "irna", OF),
        ("The Israeli regime has long", "", N),
    ],
    "en-v09-us-iran-muscat-talks": [
        ("Scoop: U.S. and Iran plan", "", N),
        ("Dana Klein", "", N),
        ("The U.S. and Iran plan to hold", "", A),
        ("Why it matters:", "", N),
        ("Driving the news:", "", OF),
        ("• One U.S. official said", "", A),
        ("• The Wall Street Journal first", "wsj", O),
        ("The Journal said it would", "wsj", O),
        ("The other side:", "tasnim", A),
        ("• The agency added", "tasnim", O),
        ("• The White House declined", "", OF),
        ("Between the lines:", "", A),
    ],
    "en-v10-iraq-kurdistan-pipeline": [
        ("Iraq-Turkey pipeline restart", "", N),
        ("Talks between Baghdad, Erbil", "", N),
        ("Karwan Aziz | May 13", "", N),
        ("ERBIL — Efforts to restart", "", N),
        ("Iraq's Oil Ministry said", "", OF),
        ("The Association of the Petroleum", "", ORG),
        ("A senior official in the KRG", "", A),
        ('"The problem is in Baghdad', "", A),
        ("The stoppage has cost", "", ORG),
        ("Kurdish outlet Rudaw reports", "rudaw", O),
        ("The outlet, citing an Iraqi", "rudaw", A),
    ],
    "en-v11-tunisia-journalists-jailed": [
        ("Tunisia jails two journalists", "", N),
        ("By Amira Saleh, BBC News", "", N),
        ("A court in Tunisia has sentenced", "", N),
        ("The pair were convicted", "", A),
        ('"They were doing their jobs', "", A),
        ("Tunisia's justice ministry", "", OF),
        ("The official TAP news agency", "tap", O),
        ("The National Union of Tunisian", "", ORG),
        ("Human Rights Watch says", "", ORG),
        ("Decree 54 was introduced", "", N),
    ],
    "en-v12-saudi-neom-cuts": [
        ("Saudi Arabia scales back Neom", "", N),
        ("Contractors report delayed", "", N),
        ("By MEE correspondent", "", N),
        ("Published date:", "", N),
        ("Saudi Arabia has ordered", "", A),
        ("One of the sources, a consultant", "", A),
        ("MEE could not independently", "", N),
        ("The cuts come after the Financial", "financial_times", O),
        ("According to figures compiled by", "bloomberg", O),
        ("A Neom spokesperson rejected", "", ORG),
        ("The official Saudi Press Agency", "spa", O),
    ],
}

# outlet ids used above that are not in build.py's BRIEF_OUTLETS
EXTRA_OUTLETS = {
    "telegram",      # messaging platform (RSF statement posted there)
    "sana",          # Syrian Arab News Agency, described in the text as "Syria's official news agency"
    "kuna",          # Kuwait News Agency
    "mada_masr",     # Egyptian independent news site
    "nna",           # Lebanon's state-run National News Agency
    "channel_12",    # Israeli Channel 12 News
    "al_hadath",     # Saudi-owned Al-Hadath channel
    "al_masirah",    # Houthi-run Al Masirah TV
    "wam",           # Emirates News Agency (Wam)
    "lloyds_list",   # shipping journal Lloyd's List
    "rudaw",         # Erbil-based Kurdish outlet
    "tap",           # Tunis Afrique Presse
    "spa",           # Saudi Press Agency
}
