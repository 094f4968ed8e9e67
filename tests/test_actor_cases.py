"""The team's table of mention -> actor cases, on the SHIPPED knowledge base (data files under
flashpoint/data). Every sentence here was written for this table.

A case is (sentence or None, mention, article date or None, expected code or None, expected org).
With a sentence the mention is resolved in it (the phrase around it counts); without, alone.
Expected ``None``: nothing may be resolved (no guessing a country).
"""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.actors import find_actors, load_kb, resolve_text

D = dt.date.fromisoformat


@pytest.fixture(scope="module")
def kb():
    kb = load_kb()
    if not kb.countries or not kb.titles or not kb.sector_nouns or not kb.orgs or not kb.people:
        pytest.skip("the shipped actor data files are not all present yet")
    return kb


# -- countries: names, abbreviations, demonyms -----------------------------------------------------
COUNTRIES = [
    ("Kenya", "KEN"), ("Russia", "RUS"), ("the United States", "USA"), ("U.S.", "USA"), ("US", "USA"),
    ("America", "USA"), ("Britain", "GBR"), ("UK", "GBR"), ("United Kingdom", "GBR"),
    ("Ivory Coast", "CIV"), ("Côte d'Ivoire", "CIV"), ("DRC", "COD"), ("North Korea", "PRK"),
    ("DPRK", "PRK"), ("South Korea", "KOR"), ("Burma", "MMR"), ("Myanmar", "MMR"), ("Czechia", "CZE"),
    ("Czech Republic", "CZE"), ("Russian Federation", "RUS"), ("UAE", "ARE"), ("PRC", "CHN"),
    ("Kosovo", "XKX"), ("Taiwan", "TWN"), ("Palestine", "PSE"), ("Western Sahara", "ESH"),
    ("Hong Kong", "HKG"), ("Turkey", "TUR"), ("Türkiye", "TUR"), ("Iran", "IRN"), ("Syria", "SYR"),
    ("Germany", "DEU"), ("France", "FRA"), ("India", "IND"), ("Pakistan", "PAK"), ("Israel", "ISR"),
    ("Venezuela", "VEN"), ("Sudan", "SDN"), ("South Sudan", "SSD"), ("Ethiopia", "ETH"),
    ("Somalia", "SOM"), ("Yemen", "YEM"), ("Libya", "LBY"), ("Mali", "MLI"), ("Niger", "NER"),
    ("Nigeria", "NGA"), ("Afghanistan", "AFG"), ("Iraq", "IRQ"), ("Lebanon", "LBN"),
    ("Georgia", "GEO"), ("Armenia", "ARM"), ("Azerbaijan", "AZE"), ("Belarus", "BLR"),
    ("Egypt", "EGY"), ("Colombia", "COL"), ("Haiti", "HTI"), ("Mexico", "MEX"), ("Brazil", "BRA"),
    ("Japan", "JPN"), ("Australia", "AUS"), ("Canada", "CAN"), ("Saudi Arabia", "SAU"),
    ("Qatar", "QAT"), ("Jordan", "JOR"), ("Poland", "POL"), ("Hungary", "HUN"), ("Serbia", "SRB"),
    ("Democratic Republic of the Congo", "COD"), ("Bosnia", "BIH"), ("Macedonia", "MKD"),
    ("North Macedonia", "MKD"), ("East Timor", "TLS"), ("Vatican", "VAT"),
]
DEMONYMS = [
    ("Kenyan", "KEN"), ("American", "USA"), ("British", "GBR"), ("Chinese", "CHN"), ("Turkish", "TUR"),
    ("Kosovar", "XKX"), ("Ukrainian", "UKR"), ("Israeli", "ISR"), ("Iranian", "IRN"),
    ("Pakistani", "PAK"), ("Indian", "IND"), ("Nigerian", "NGA"), ("Somali", "SOM"),
    ("Ethiopian", "ETH"), ("Yemeni", "YEM"), ("Saudi", "SAU"), ("Emirati", "ARE"), ("Filipino", "PHL"),
    ("Colombian", "COL"), ("Venezuelan", "VEN"), ("Brazilian", "BRA"), ("Germans", "DEU"),
    ("Americans", "USA"), ("Palestinians", "PSE"), ("Afghans", "AFG"), ("Syrians", "SYR"),
    ("Briton", "GBR"), ("Congolese", "COD"), ("Sudanese", "SDN"), ("South Korean", "KOR"),
]


@pytest.mark.parametrize("text,iso3", COUNTRIES + DEMONYMS)
def test_country_names_and_demonyms(nlp, kb, text, iso3):
    actor = resolve_text(text, kb, nlp=nlp)
    assert actor is not None and actor.country == iso3 and actor.org is None


# -- capitals and metonyms (with the sector they imply) ------------------------------------------
METONYMS = [
    ("Washington", "USAGOV"), ("Moscow", "RUSGOV"), ("Kyiv", "UKRGOV"), ("Kiev", "UKRGOV"),
    ("Beijing", "CHNGOV"), ("Tehran", "IRNGOV"), ("the White House", "USAGOV"),
    ("the Pentagon", "USAMIL"), ("the State Department", "USAGOV"), ("the Kremlin", "RUSGOV"),
    ("Downing Street", "GBRGOV"), ("the Elysee", "FRAGOV"), ("the Élysée", "FRAGOV"),
    ("the Quai d'Orsay", "FRAGOV"), ("Foggy Bottom", "USAGOV"), ("Zhongnanhai", "CHNGOV"),
    ("the Knesset", "ISRLEG"), ("Capitol Hill", "USALEG"), ("the Bundestag", "DEULEG"),
    ("the State Duma", "RUSLEG"), ("the IDF", "ISRMIL"), ("Mossad", "ISRSPY"), ("the CIA", "USASPY"),
    ("the FBI", "USACOP"), ("the FSB", "RUSSPY"), ("MI6", "GBRSPY"), ("the IRGC", "IRNMIL"),
    ("the PLA", "CHNMIL"), ("the Verkhovna Rada", "UKRLEG"), ("Whitehall", "GBRGOV"),
    ("Ankara", "TURGOV"), ("Nairobi", "KENGOV"), ("Pyongyang", "PRKGOV"), ("Seoul", "KORGOV"),
]


@pytest.mark.parametrize("text,code", METONYMS)
def test_capitals_and_metonyms(nlp, kb, text, code):
    actor = resolve_text(text, kb, nlp=nlp)
    assert actor is not None and actor.code == code


# -- country + sector word / title, possessives ---------------------------------------------------
SECTORED = [
    ("Kenyan police", "KENCOP"), ("Russian troops", "RUSMIL"), ("Ukraine's army", "UKRMIL"),
    ("the Russian government", "RUSGOV"), ("U.S. officials", "USAGOV"), ("Israeli soldiers", "ISRMIL"),
    ("the Chinese navy", "CHNMIL"), ("Turkish prosecutors", "TURJUD"), ("Iranian lawmakers", "IRNLEG"),
    ("French riot police", "FRACOP"), ("Sudanese rebels", "SDNREB"), ("Syrian refugees", "SYRREF"),
    ("Nigerian students", "NGAEDU"), ("Egyptian journalists", "EGYJRN"),
    ("the Venezuelan opposition", "VENOPP"), ("the Pakistani military", "PAKMIL"),
    ("the Indian air force", "INDMIL"), ("the German parliament", "DEULEG"),
    ("a Brazilian court", "BRAJUD"), ("Kenyan protesters", "KENOPP"), ("Colombian rebels", "COLREB"),
    ("Mexican police", "MEXCOP"), ("Afghan civilians", "AFGCVL"), ("Ethiopia's army", "ETHMIL"),
    ("Japan's coast guard", "JPNMIL"), ("Ukrainian villagers", "UKRCVL"),
    ("Polish activists", "POLOPP"), ("Israeli security forces", "ISRMIL"),
    ("Kenya's police chief", "KENCOP"), ("Montenegro's prime minister", "MNEGOV"),
    ("the Turkish president", "TURGOV"), ("the Indian foreign minister", "INDGOV"),
    ("US Congress", "USALEG"), ("the Russian Foreign Ministry", "RUSGOV"),
    ("Iraqi insurgents", "IRQREB"), ("Somali militants", "SOMREB"), ("Serbian demonstrators", "SRBOPP"),
    ("Ugandan opposition", "UGAOPP"), ("Pakistan's judges", "PAKJUD"), ("Peruvian workers", "PERLAB"),
    ("the Lebanese cabinet", "LBNGOV"), ("a Canadian judge", "CANJUD"),
    ("Chilean government officials", "CHLGOV"), ("Belarusian riot police", "BLRCOP"),
]


@pytest.mark.parametrize("text,code", SECTORED)
def test_country_with_sector(nlp, kb, text, code):
    actor = resolve_text(text, kb, nlp=nlp)
    assert actor is not None and actor.code == code


# -- organisations (dated status where it changed) ------------------------------------------------
ORGS = [
    ("the United Nations", None, "IGO", "UN"), ("U.N.", None, "IGO", "UN"), ("NATO", None, "IGO", "NATO"),
    ("Nato", None, "IGO", "NATO"), ("the European Union", None, "IGO", "EU"), ("EU", None, "IGO", "EU"),
    ("the African Union", None, "IGO", "AU"), ("ASEAN", None, "IGO", "ASEAN"), ("OSCE", None, "IGO", "OSCE"),
    ("the Arab League", None, "IGO", "ARABLEAGUE"), ("the IMF", None, "IGO", "IMF"),
    ("the World Bank", None, "IGO", "WORLDBANK"), ("the IAEA", None, "IGO", "IAEA"),
    ("the World Health Organization", None, "IGO", "WHO"), ("UNHCR", None, "IGO", "UNHCR"),
    ("the International Criminal Court", None, "IGO", "ICC"),
    ("Amnesty International", None, "NGO", "AMNESTY"), ("Human Rights Watch", None, "NGO", "HRW"),
    ("Doctors Without Borders", None, "NGO", "MSF"),
    ("Islamic State", None, "IMG", "ISIS"), ("ISIS", None, "IMG", "ISIS"), ("ISIL", None, "IMG", "ISIS"),
    ("Daesh", None, "IMG", "ISIS"), ("al-Qaeda", None, "IMG", "ALQAEDA"),
    ("Boko Haram", None, "NGA", "BOKOHARAM"), ("Hezbollah", None, "LBN", "HEZBOLLAH"),
    ("Hizbollah", None, "LBN", "HEZBOLLAH"), ("the Houthis", None, "YEM", "HOUTHIS"),
    ("Ansar Allah", None, "YEM", "HOUTHIS"), ("Hamas", None, "PSE", "HAMAS"),
    ("the Rapid Support Forces", None, "SDN", "RSF"), ("M23", None, "COD", "M23"), ("PKK", None, "TUR", "PKK"),
    ("Wagner", None, "RUS", "WAGNER"),
    ("the Taliban", "2020-06-01", "AFG", "TALIBAN"), ("the Taliban", "2022-06-01", "AFG", "TALIBAN"),
    ("Hayat Tahrir al-Sham", "2023-06-01", "SYR", "HTS"),
]


@pytest.mark.parametrize("text,as_of,country,org", ORGS)
def test_organisations(nlp, kb, text, as_of, country, org):
    actor = resolve_text(text, kb, as_of=D(as_of) if as_of else None, nlp=nlp)
    assert actor is not None and (actor.country, actor.org) == (country, org)
    if country in ("IGO", "NGO", "IMG"):
        assert actor.code == country + org


@pytest.mark.parametrize("text,as_of,sectors", [
    ("The Taliban seized the city.", "2020-06-01", ["REB"]),
    ("The Taliban seized the city.", "2022-06-01", ["GOV"]),
    ("Hamas militants fired rockets.", None, ["REB"]),
    ("Hayat Tahrir al-Sham fighters advanced.", "2023-06-01", ["REB"]),
])
def test_dated_org_status(nlp, kb, text, as_of, sectors):
    mentions = find_actors(nlp(text), kb, as_of=D(as_of) if as_of else None)
    assert mentions and mentions[0].actor.sectors == sectors


# -- people as of the article date ----------------------------------------------------------------
PEOPLE = [
    ("Mark Rutte", "2023-05-01", "NLDGOV", None), ("Mark Rutte", "2025-05-01", "IGONATO", "NATO"),
    ("Antony Blinken", "2022-05-01", "USAGOV", None), ("Antony Blinken", "2026-05-01", "USAELI", None),
    ("Vladimir Putin", "2005-05-01", "RUSGOV", None), ("Vladimir Putin", "2010-05-01", "RUSGOV", None),
    ("Dmitry Medvedev", "2010-05-01", "RUSGOV", None),
    ("Donald Trump", "2018-05-01", "USAGOV", None), ("Donald Trump", "2022-05-01", "USAELI", None),
    ("Donald Trump", "2025-05-01", "USAGOV", None),
    ("Joe Biden", "2022-05-01", "USAGOV", None), ("Joe Biden", "2026-05-01", "USAELI", None),
    ("Boris Johnson", "2020-05-01", "GBRGOV", None), ("Boris Johnson", "2023-05-01", "GBRELI", None),
    ("Angela Merkel", "2015-05-01", "DEUGOV", None), ("Angela Merkel", "2023-05-01", "DEUELI", None),
    ("Olaf Scholz", "2023-05-01", "DEUGOV", None), ("Friedrich Merz", "2025-08-01", "DEUGOV", None),
    ("Keir Starmer", "2025-05-01", "GBRGOV", None), ("Rishi Sunak", "2023-05-01", "GBRGOV", None),
    ("Volodymyr Zelenskyy", "2023-05-01", "UKRGOV", None), ("Zelensky", "2023-05-01", "UKRGOV", None),
    ("Benjamin Netanyahu", "2024-05-01", "ISRGOV", None), ("Naftali Bennett", "2022-01-10", "ISRGOV", None),
    ("Recep Tayyip Erdogan", "2020-05-01", "TURGOV", None), ("Erdoğan", "2020-05-01", "TURGOV", None),
    ("Xi Jinping", "2020-05-01", "CHNGOV", None), ("Narendra Modi", "2020-05-01", "INDGOV", None),
    ("Emmanuel Macron", "2020-05-01", "FRAGOV", None),
    ("Bashar al-Assad", "2020-05-01", "SYRGOV", None), ("Bashar al-Assad", "2025-05-01", "SYRELI", None),
    ("Ahmed al-Sharaa", "2025-05-01", "SYRGOV", None), ("Sergei Lavrov", "2020-05-01", "RUSGOV", None),
    ("Lloyd Austin", "2022-05-01", "USAGOV", None), ("Marco Rubio", "2025-05-01", "USAGOV", None),
    ("Antonio Guterres", "2020-05-01", "IGOUN", "UN"),
    ("Ursula von der Leyen", "2022-05-01", "IGOEC", "EC"),
    ("Jens Stoltenberg", "2020-05-01", "IGONATO", "NATO"), ("Kim Jong Un", "2020-05-01", "PRKGOV", None),
    ("Lula", "2024-05-01", "BRAGOV", None), ("MBS", "2023-05-01", "SAUGOV", None),
    ("Javier Milei", "2024-05-01", "ARGGOV", None), ("Shigeru Ishiba", "2025-01-15", "JPNGOV", None),
    ("Sanae Takaichi", "2026-01-15", "JPNGOV", None), ("Imran Khan", "2020-05-01", "PAKGOV", None),
    ("Imran Khan", "2024-05-01", "PAKELI", None), ("Abiy Ahmed", "2021-05-01", "ETHGOV", None),
    ("Nicolas Maduro", "2020-05-01", "VENGOV", None), ("Hassan Rouhani", "2016-05-01", "IRNGOV", None),
    ("Hassan Rouhani", "2022-05-01", "IRNELI", None),
]


@pytest.mark.parametrize("text,as_of,code,org", PEOPLE)
def test_people_as_of(nlp, kb, text, as_of, code, org):
    actor = resolve_text(text, kb, as_of=D(as_of), nlp=nlp)
    assert actor is not None and (actor.code, actor.org) == (code, org)
    assert actor.resolved_by == "kb" and actor.kb_id


# -- phrases in sentences: titles, appositions, conjunctions, coreference, negatives -------------
IN_CONTEXT = [
    ("Russian President Vladimir Putin met envoys on Monday.", "Russian President Vladimir Putin",
     "2023-02-01", "RUSGOV"),
    ("Secretary of State Antony Blinken flew to Cairo.", "Secretary of State Antony Blinken",
     "2023-02-01", "USAGOV"),
    ("French Foreign Minister Jean Dupont arrived in Rome.", "French Foreign Minister Jean Dupont",
     None, "FRAGOV"),
    ("Nigerian General Musa Bello visited the front.", "Nigerian General Musa Bello", None, "NGAMIL"),
    ("Brazilian Senator Ana Souza opposed the bill.", "Brazilian Senator Ana Souza", None, "BRALEG"),
    ("Former Bolivian President Jorge Mamani was detained.", "Bolivian President Jorge Mamani", None,
     "BOLELI"),
    ("Jean Dupont, France's foreign minister, called for calm.", "Jean Dupont", None, "FRAGOV"),
    ("Antony Blinken, the U.S. Secretary of State, called for calm.", "Antony Blinken", "2022-03-01",
     "USAGOV"),
    ("The president of Armenia received the delegation.", "president of Armenia", None, "ARMGOV"),
    ("Rebels in Mozambique ambushed a convoy.", "Rebels", None, "MOZREB"),
    ("Officials in Kyiv welcomed the decision.", "Officials", None, "UKRGOV"),
    ("Peacekeepers in Lebanon came under fire.", "Peacekeepers", None, None),
    ("Refugees in Jordan protested.", "Refugees", None, None),
    ("Troops from Chad crossed the border.", "Troops", None, "TCDMIL"),
    ("Chad Miller, a lawyer, spoke to reporters.", "Chad", None, None),
    ("Erdogan's government denied the report.", "Erdogan's government", "2020-01-01", "TURGOV"),
    ("Putin's spokesman denied the report.", "Putin's spokesman", "2020-01-01", "RUSGOV"),
    ("The Trump administration imposed tariffs.", "Trump administration", "2019-01-01", "USAGOV"),
    ("Queen Elizabeth Hospital opened a ward.", "Queen Elizabeth", "2019-01-01", None),
    ("Iran-backed Houthis fired a missile.", "Houthis", None, "YEMREB"),
    ("Israeli troops left the Syrian-held village.", "Israeli troops", None, "ISRMIL"),
    ("Afghan rebel leaders met in Peshawar.", "Afghan rebel leaders", None, "AFGREB"),
    ("Russian military officials denied it.", "Russian military officials", None, "RUSMIL"),
    ("They met U.N. mediator Diego Cordovez.", "Diego Cordovez", None, "IGOUN"),
    ("Hungarian and Romanian officials met in Budapest.", "Hungarian", None, "HUNGOV"),
    ("Hungarian and Romanian officials met in Budapest.", "Romanian officials", None, "ROUGOV"),
    ("Polish, Czech and Slovak troops joined the exercise.", "Polish", None, "POLMIL"),
    ("Polish, Czech and Slovak troops joined the exercise.", "Czech", None, "CZEMIL"),
    ("Russia and China vetoed the draft.", "Russia", None, "RUS"),
    ("Russia and China vetoed the draft.", "China", None, "CHN"),
    ("Hamas militants fired rockets at Israel.", "Hamas militants", None, "PSEREB"),
    ("NATO troops patrolled the border.", "NATO troops", None, "IGONATO"),
    ("Israeli troops raided a village in the West Bank.", "Israeli troops", None, "ISRMIL"),
    ("Russian troops in Ukraine shelled Kharkiv.", "Russian troops", None, "RUSMIL"),
    ("A prominent anti-Syria journalist was killed.", "journalist", None, None),
    ("Pro-Russian separatists seized a building.", "separatists", None, None),
    ("Officials said the talks failed.", "Officials", None, None),
    ("The government announced new taxes.", "government", None, None),
    ("Police arrested two men on Sunday.", "Police", None, None),
    ("Protesters gathered outside the palace.", "Protesters", None, None),
    ("The minister resigned on Friday.", "minister", None, None),
    ("Let us know if the turkey is ready.", "us", None, None),
    ("Let us know if the turkey is ready.", "turkey", None, None),
    ("He met Kenyan police and Ugandan soldiers.", "Ugandan soldiers", None, "UGAMIL"),
    ("Ukraine's defence minister visited Washington.", "Ukraine's defence minister", None, "UKRGOV"),
    ("The White House said the Pentagon would comment.", "the Pentagon", None, "USAMIL"),
    ("Former President Donald Trump spoke in Ohio.", "Donald Trump", "2023-03-01", "USAELI"),
    ("President Donald Trump spoke in Ohio.", "President Donald Trump", "2019-03-01", "USAGOV"),
    ("Bashar al-Assad fled to Moscow.", "Bashar al-Assad", "2024-12-20", "SYRELI"),
    ("Vladimir Putin met Xi Jinping in Beijing.", "Xi Jinping", "2024-05-16", "CHNGOV"),
    ("Prime Minister Mark Rutte resigned.", "Prime Minister Mark Rutte", "2023-07-08", "NLDGOV"),
    ("NATO chief Mark Rutte visited Kyiv.", "Mark Rutte", "2025-04-15", "IGONATO"),
    ("UN Secretary-General Antonio Guterres urged restraint.", "Antonio Guterres", "2023-01-01", "IGOUN"),
]


# -- second pass: gaps found after the first evaluation (each a general rule) ----------------------
GAPS = [
    # weapons and craft stand for the armed forces that use them
    ("Turkish helicopters struck the ridge at dawn.", "Turkish helicopters", None, "TURMIL"),
    ("Two Indian warships sailed into the harbour.", "Indian warships", None, "INDMIL"),
    ("Iranian gunboats shadowed the tanker.", "Iranian gunboats", None, "IRNMIL"),
    ("Syrian jets pounded the hills.", "Syrian jets", None, "SYRMIL"),
    ("Greek aircraft intercepted the drones.", "Greek aircraft", None, "GRCMIL"),
    # abbreviated ranks and titles
    ("Kenyan Maj. Gen. Daniel Otieno toured the camp.", "Kenyan Maj. Gen. Daniel Otieno", None, "KENMIL"),
    ("Lt. Gen. Omar Haddad of the Jordanian army resigned.", "Lt. Gen. Omar Haddad", None, "JORMIL"),
    ("Col. Pablo Rojas of Bolivia's army was arrested.", "Col. Pablo Rojas", None, "BOLMIL"),
    ("Chilean Adm. Rodrigo Vidal inspected the fleet.", "Chilean Adm. Rodrigo Vidal", None, "CHLMIL"),
    ("Nigerian Sen. Ada Okafor criticised the plan.", "Nigerian Sen. Ada Okafor", None, "NGALEG"),
    ("A Norwegian mediator, Ola Berg, met both sides.", "Norwegian mediator", None, "NORGOV"),
    # aliases
    ("Settlers moved into East Jerusalem overnight.", "East Jerusalem", None, "PSE"),
    ("The Islamic Salvation Front called a general strike.", "Islamic Salvation Front", "1991-06-01",
     "DZAREB"),
    ("The Liberation Tigers of Tamil Eelam shelled a base.", "Liberation Tigers of Tamil Eelam",
     "2000-04-01", "LKAREB"),
    # "America" inside the name of a continent or region is not the United States
    ("Storms battered Central America this week.", "America", None, None),
    ("Latin American leaders gathered in Panama.", "Latin American leaders", None, None),
    ("South American ministers signed the accord.", "South American ministers", None, None),
    ("American diplomats left Caracas.", "American diplomats", None, "USAGOV"),
    # "pro-X", "anti-X": X is what the actor supports or opposes, never its country
    ("Pro-Russian separatists took over the town hall.", "separatists", "2014-04-20", None),
    ("Pro-Russian separatists in eastern Ukraine took the airport.",
     "separatists in eastern Ukraine", "2014-05-26", "UKRREB"),
    ("Anti-American students burned flags in Lahore.", "students", None, "PAKEDU"),
    ("Anti-American students burned flags.", "students", None, None),
    ("Anti-American students in Pakistan burned flags.", "students in Pakistan", None, "PAKEDU"),
    ("Pro-Russian gunmen shelled a school near Luhansk.", "gunmen", "2014-08-01", "UKRUAF"),
    ("Anti-French protesters marched through Bamako.", "protesters", "2022-02-01", "MLIOPP"),
    ("Pro-Iranian militias fired on U.S. troops in Syria and in Iraq.", "militias", None, None),
    # Darfur is in Sudan (a gazetteer entry under another name is not Darfur)
    ("Rebels in Darfur ambushed a supply convoy.", "Rebels in Darfur", "2004-03-01", "SDNREB"),
    ("Darfur rebels ambushed a supply convoy.", "Darfur rebels", "2004-03-01", "SDNREB"),
    # places that changed sovereignty follow the article date
    ("Officials in Juba denied the report.", "Officials in Juba", "2006-02-01", "SDNGOV"),
    ("Officials in Juba denied the report.", "Officials in Juba", "2013-02-01", "SSDGOV"),
    ("Army shells fell on Juba overnight.", "Juba", "1992-06-01", "SDN"),
    ("Police in Pristina detained two men.", "Police in Pristina", "2004-03-18", "SRBCOP"),
    ("Police in Pristina detained two men.", "Police in Pristina", "2012-03-18", "XKXCOP"),
    ("Militias burned houses in Dili.", "Dili", "1999-09-05", "IDN"),
    ("Officials in Dili welcomed the vote.", "Officials in Dili", "2007-05-01", "TLSGOV"),
    ("Troops moved into Crimea.", "Crimea", "2014-03-01", "UKR"),
    # a "former" title with a country gives ELI, even for a person the knowledge base lacks
    ("Former Peruvian President Luis Ramos spoke in Lima.", "Peruvian President Luis Ramos", None,
     "PERELI"),
    ("Luis Ramos, the former Peruvian president, spoke in Lima.", "Luis Ramos", None, "PERELI"),
    ("Former Peruvian leader Luis Ramos spoke in Lima.", "Peruvian leader Luis Ramos", None, "PERELI"),
    ("Former President Luis Ramos returned to Peru.", "Former President Luis Ramos", None, "PERELI"),
    # a country-less sector word stays unresolved
    ("Rebels shelled the town at night.", "Rebels", None, None),
    ("Police fired tear gas at the crowd.", "Police", None, None),
    # surnames that are ordinary words
    ("Rice prices rose sharply in Asia.", "Rice", "2006-01-01", None),
    ("Power cuts hit the capital.", "Power", "2015-01-01", None),
    ("Elections will be held in May.", "May", "2017-01-01", None),
    # leaders added in the second pass
    ("Abdelaziz Bouteflika met Nadir Larbaoui.", "Nadir Larbaoui", "2024-01-01", "DZAGOV"),
    ("Ahmed Ouyahia visited Tunis.", "Ahmed Ouyahia", "2010-01-01", "DZAGOV"),
    ("Ahmed Ouyahia visited Tunis.", "Ahmed Ouyahia", "2020-01-01", "DZAELI"),
    ("Hakainde Hichilema visited Lusaka.", "Hakainde Hichilema", "2022-01-01", "ZMBGOV"),
    ("Dina Boluarte spoke to reporters.", "Dina Boluarte", "2023-06-01", "PERGOV"),
    ("Alberto Fujimori spoke to reporters.", "Alberto Fujimori", "2010-06-01", "PERELI"),
    ("Nguyen Phu Trong received the envoy.", "Nguyen Phu Trong", "2015-06-01", "VNMGOV"),
    ("Sanna Marin spoke in Helsinki.", "Sanna Marin", "2021-06-01", "FINGOV"),
    ("Mette Frederiksen spoke in Copenhagen.", "Mette Frederiksen", "2021-06-01", "DNKGOV"),
    ("Kaja Kallas met Gitanas Nauseda.", "Gitanas Nauseda", "2021-06-01", "LTUGOV"),
    ("Andrej Plenkovic met Aleksandar Vucic.", "Andrej Plenkovic", "2021-06-01", "HRVGOV"),
    ("Nicos Anastasiades met Kyriakos Mitsotakis.", "Nicos Anastasiades", "2019-09-01", "CYPGOV"),
    ("Gaafar Nimeiry flew to Cairo.", "Gaafar Nimeiry", "1980-01-01", "SDNGOV"),
    ("Salva Kiir met Omar al-Bashir.", "Salva Kiir", "2008-01-01", "SDNGOV"),
    ("Salva Kiir met Omar al-Bashir.", "Salva Kiir", "2013-01-01", "SSDGOV"),
    ("Aziz Akhannouch met the envoy.", "Aziz Akhannouch", "2022-01-01", "MARGOV"),
]


@pytest.mark.parametrize("sentence,mention,as_of,code", GAPS)
def test_second_pass_gaps(nlp, kb, sentence, mention, as_of, code):
    actor = resolve_text(mention, kb, context=sentence, as_of=D(as_of) if as_of else None, nlp=nlp)
    assert (actor.code if actor else None) == code


#: (text, article date, later mention, expected code): surnames named alone after a full mention.
SURNAMES = [
    ("Kim Jong Un inspected a factory. Kim said output must double.", "2021-01-10", "Kim", "PRKGOV"),
    ("Moon Jae-in met the envoy. Moon said talks would resume.", "2019-01-10", "Moon", "KORGOV"),
    ("Xi Jinping met the envoy. Xi said trade would grow.", "2019-01-10", "Xi", "CHNGOV"),
    ("Theresa May met the envoy in London. May said the deal was fair.", "2018-06-10", "May",
     "GBRGOV"),
    ("Condoleezza Rice arrived in Cairo. Rice said the talks went well.", "2006-06-10", "Rice",
     "USAGOV"),
]


@pytest.mark.parametrize("text,as_of,mention,code", SURNAMES)
def test_surname_later_mentions(nlp, kb, text, as_of, mention, code):
    doc = nlp(text)
    later = [m for m in find_actors(doc, kb, as_of=D(as_of))
             if m.actor.text == mention and m.actor.span[0] > len(text) // 3]
    assert later and later[-1].actor.code == code


def test_common_word_is_no_later_surname(nlp, kb):
    text = "Condoleezza Rice arrived in Cairo. Rice prices rose after the talks."
    found = find_actors(nlp(text), kb, as_of=D("2006-06-10"))
    assert [m.actor.text for m in found if m.actor.text.startswith("Rice")] == []


@pytest.mark.parametrize("sentence,mention,as_of,code", IN_CONTEXT)
def test_in_context(nlp, kb, sentence, mention, as_of, code):
    actor = resolve_text(mention, kb, context=sentence, as_of=D(as_of) if as_of else None, nlp=nlp)
    assert (actor.code if actor else None) == code


COREFERENCE = [
    ("Russian President Vladimir Putin spoke on Monday. Putin said the talks would go on.",
     "2023-01-10", "Putin", "RUSGOV"),
    ("Kenya's Interior Ministry issued a statement. The ministry said the curfew would end.",
     None, "ministry", "KENGOV"),
    ("French Foreign Minister Jean Dupont landed in Doha. Later the minister met Qatari officials.",
     None, "minister", "FRAGOV"),
    ("Jean Dupont, France's foreign minister, landed in Doha. Dupont met Qatari officials.",
     None, "Dupont", "FRAGOV"),
    ("The Turkish president arrived in Baku. The president met Azerbaijani officials.",
     None, "president", "TURGOV"),
]


@pytest.mark.parametrize("text,as_of,mention,code", COREFERENCE)
def test_coreference(nlp, kb, text, as_of, mention, code):
    doc = nlp(text)
    later = [m for m in find_actors(doc, kb, as_of=D(as_of) if as_of else None)
             if m.actor.text == mention and m.actor.span[0] > len(text) // 3]
    assert later and later[-1].actor.code == code and later[-1].actor.resolved_by == "coreference"


def test_case_table_size():
    n = (len(COUNTRIES) + len(DEMONYMS) + len(METONYMS) + len(SECTORED) + len(ORGS) + 4 + len(PEOPLE)
         + len(IN_CONTEXT) + len(COREFERENCE) + len(GAPS) + len(SURNAMES))
    assert n >= 200


#: The gold-actor country figure of bench/actors.py must not fall below this (it is 91.2% now;
#: the margin absorbs data-file edits). Raise it when the figure rises.
GOLD_FLOOR = 0.90


def test_gold_actor_country_share(nlp, kb, shared_dir):
    import importlib.util
    from pathlib import Path

    path = shared_dir / "eval" / "plover_gsr_dev.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    bench = Path(__file__).resolve().parents[1] / "bench" / "actors.py"
    spec = importlib.util.spec_from_file_location("bench_actors", bench)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    right, total, _, misses = module.gold_country_share(path, kb=kb, nlp=nlp)
    assert total > 300 and right / total >= GOLD_FLOOR, "\n".join(misses[:20])
