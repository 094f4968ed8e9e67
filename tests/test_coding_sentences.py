"""The coder end to end on sentences written for these tests (none come from a gold set).

Each case: a sentence and the events it must produce, as (source country, CAMEO code prefix,
target country, status). The prefix is a root ("19") or a full code ("163"); target "*" means any
target (or none), None means no target. A case with no expected events must produce no factual
event. Run through the real Pipeline, so actor resolution is part of what is checked.
"""

from __future__ import annotations

import pytest

A, R, F, C, H, D, HI = "asserted", "reported", "future", "conditional", "hypothetical", "denied", "historical"

CASES: list[tuple[str, list[tuple]]] = [
    # --- 01 statements: only explicit comment acts
    ("The Kremlin declined to comment on the report.", [("RUS", "011", "*", A)]),
    ("Germany expressed concern about the fighting in Sudan.", [("DEU", "012", "*", A)]),
    ("Japan expressed optimism about the trade talks with China.", [("JPN", "013", "*", A)]),
    ("Egypt expressed condolences to Morocco after the earthquake.", [("EGY", "018", "MAR", A)]),
    ("The rebels claimed responsibility for the bombing in Kabul.", [("AFG", "015", "*", A)]),  # country: the place
    ("Brazil said on Monday that the economy was growing.", []),
    ("The French president said the weather was fine.", []),
    # --- 02 appeals
    ("Kenya appealed to Uganda for calm along the border.", [("KEN", "02", "UGA", A)]),
    ("Pakistan urged India to resume talks.", [("PAK", "02", "IND", A)]),
    ("Chile called on Peru to release the fishermen.", [("CHL", "0253", "PER", A)]),
    ("Haiti asked Canada for humanitarian aid.", [("HTI", "02", "CAN", A)]),
    ("Lebanon sought aid from France after the explosion.", [("LBN", "023", "*", A)]),
    ("Sweden appealed for a ceasefire in Yemen.", [("SWE", "0256", "*", A)]),
    # --- 03 intent to cooperate
    ("Norway and Iceland agreed to cooperate on fisheries.", [("NOR", "03", "ISL", A), ("ISL", "03", "NOR", A)]),
    ("Japan offered aid to Nepal after the floods.", [("JPN", "033", "NPL", A)]),
    ("Turkey pledged to send humanitarian aid to Syria.", [("TUR", "033", "SYR", A), ("TUR", "07", "SYR", F)]),
    ("Russia agreed to send tanks to Serbia.", [("RUS", "0332", "SRB", A), ("RUS", "072", "SRB", F)]),
    ("Vietnam promised to release the Chinese fishermen.", [("VNM", "0353", "*", A)]),
    ("Qatar is ready to mediate between Israel and Hamas.", [("QAT", "03", "*", A)]),
    ("Greece said it would allow inspectors into the port.", [("GRC", "03", "*", A)]),
    ("Ghana will host Nigeria's president next week.", [("GHA", "03", "NGA", A), ("GHA", "043", "NGA", F)]),
    ("Mexico has accepted the proposal from Guatemala.", [("MEX", "03", "*", A)]),
    # a noun modifier names what is sent; "pay" carries a visit; issuing a statement is one
    ("Egypt sent a condolence message to Morocco after the earthquake.", [("EGY", "018", "MAR", A)]),
    ("China sent a protest note to Japan over the visit.", [("CHN", "114", "JPN", A)]),
    ("The Kenyan foreign minister paid a courtesy visit to the Ugandan president.", [("KEN", "042", "UGA", A)]),
    ("The Brazilian government issued a statement on the elections.", [("BRA", "010", "*", A)]),
    # a bout or number noun stands for the event noun it counts
    ("Iran and France held a new round of talks in Paris.", [("IRN", "040", "FRA", A), ("FRA", "040", "IRN", A)]),
    ("Israel launched a wave of air strikes on Gaza.", [("ISR", "195", "PSE", A)]),
    # trade and aid in the words of real copy
    ("China reduced tariffs on American soybeans.", [("CHN", "085", "USA", A)]),
    ("Germany gave 352 million euros to Ethiopia.", [("DEU", "071", "ETH", A)]),
    ("The United States handed over medical equipment to Ethiopia.", [("USA", "07", "ETH", A)]),
    ("Japan provided financial assistance to Nepal after the earthquake.", [("JPN", "07", "NPL", A)]),
    ("The Taliban handed over weapons to the Pakistani militants.", [("AFG", "072", "*", A)]),
    # "call for" anything is an appeal; "asking help from" a request for aid
    ("Russia called for an inquiry into the crash.", [("RUS", "02", "*", A)]),
    ("Russia called for the withdrawal of foreign forces from Syria.", [("RUS", "025", "*", A)]),
    ("The Red Cross is asking help from the Philippine army to rescue the villagers.", [("IGO", "023", "PHL", A)]),
    # ending talks or mediation halts them; holding people as human shields (CAMEO 184)
    ("France ended talks with Algeria on Thursday.", [("FRA", "164", "DZA", A)]),
    ("The Norwegian envoy ended mediation efforts between Sudan and the rebels.", [("NOR", "165", "SDN", A)]),
    ("Boko Haram fighters held hundreds of Nigerian villagers as human shields.", [("NGA", "184", "NGA", A)]),
    # hoping for something is an optimistic comment; for talks an appeal to meet (PETRARCH-2 HOPE)
    ("Japan hopes for a quick end to the crisis in Sudan.", [("JPN", "013", "*", A)]),
    # defending a policy or against claims is verbal (052); defending a town is not
    ("The Chinese ambassador defended China's expansion of the reefs.", [("CHN", "052", "*", A)]),
    ("The Iranian foreign minister defended Syria over claims of chemical attacks.", [("IRN", "052", "SYR", A)]),
    # a group responsible for killings did them (a predicate adjective)
    ("The Lord's Resistance Army is responsible for mass killings and abductions in Uganda.", [("UGA", "18", "*", A)]),
    # what the actor itself says it might do on a condition is a threat (or an offer)
    ("Russia said it could cut gas supplies to Ukraine if Kyiv did not pay.", [("RUS", "13", "UKR", A),
                                                                              ("RUS", "162", "UKR", C)]),
    # a noun's own by-phrase names its doer, even hung on the of-object
    ("The Pentagon confirmed the capture of two Afghan commanders by Pakistani troops.", [("PAK", "17", "AFG", A)]),
    # failing to agree is a rejection that happened; "did not fail to" is the act itself
    ("Chile and Peru failed to reach agreement on the border.", [("CHL", "12", "PER", A), ("PER", "12", "CHL", A)]),
    ("Iran did not fail to reach a deal with France.", [("IRN", "03", "FRA", A)]),
    # "told X to" asks; "told reporters that" reports
    ("The Chilean president told Peru to release the fishermen.", [("CHL", "02", "PER", A)]),
    # a verbal act announced with "will" is made by announcing it
    ("The European Union will propose a peace plan to Israel.", [("IGO", "020", "ISR", A)]),
    # hosting a visitor, joining someone for talks
    ("The French foreign minister received the Iranian ambassador to discuss trade.", [("FRA", "043", "IRN", A)]),
    ("The Chilean foreign minister joined the Peruvian foreign minister for a meeting in Lima.", [("CHL", "040", "PER", A)]),
    # a clause verb the entity recogniser took for a time is still a trigger
    ("Saudi Arabia eased curfew hours in several cities.", [("SAU", "081", "*", A)]),
    ("Ukraine and Moldova reached an agreement on border controls.", [("UKR", "03", "MDA", A)]),
    ("Cuba vowed not to return the embassy to the United States.", [("CUB", "12", "*", A)]),
    # --- 04 consult
    ("The Iranian foreign minister met his Iraqi counterpart in Baghdad.", [("IRN", "04", "IRQ", A)]),
    ("Germany and France held talks on energy.", [("DEU", "04", "FRA", A), ("FRA", "04", "DEU", A)]),
    ("Israel held talks with Egypt on Sunday.", [("ISR", "04", "EGY", A), ("EGY", "04", "ISR", A)]),
    ("The Indian prime minister visited Japan.", [("IND", "042", "JPN", A)]),
    ("Spain hosted the Moroccan king on Tuesday.", [("ESP", "043", "MAR", A)]),
    ("Colombia negotiated with Venezuela over the border.", [("COL", "046", "VEN", A)]),
    ("Norway mediated between Colombia and the rebels.", [("NOR", "045", "COL", A)]),
    ("The ministers of Kenya and Ethiopia will meet on Friday.", [("KEN", "036", "ETH", A), ("ETH", "036", "KEN", A)]),
    ("Poland, Lithuania and Latvia met in Warsaw.", [("POL", "04", "LTU", A), ("LTU", "04", "LVA", A)]),
    # --- 05 diplomatic cooperation
    ("The United States praised Ghana for the peaceful election.", [("USA", "051", "GHA", A)]),
    ("Argentina apologized to Chile for the incident.", [("ARG", "055", "CHL", A)]),
    ("Italy and Albania signed a treaty on migration.", [("ITA", "057", "ALB", A), ("ALB", "057", "ITA", A)]),
    ("Bhutan established diplomatic relations with Bahrain.", [("BTN", "05", "BHR", A)]),
    ("Kosovo welcomed the decision by Germany.", [("XKX", "051", "DEU", A)]),
    ("Portugal recognized the independence of Timor.", [("PRT", "054", "*", A)]),
    ("Belgium endorsed the French plan.", [("BEL", "051", "FRA", A)]),
    # --- 06 material cooperation
    ("France and Egypt cooperated on counterterrorism.", [("FRA", "06", "EGY", A)]),
    ("Zambia extradited the suspect to Britain.", [("ZMB", "063", "GBR", A)]),
    ("Jordan shared intelligence with Iraq about the plot.", [("JOR", "064", "IRQ", A)]),
    ("India and Singapore held joint naval exercises.", [("IND", "062", "SGP", A)]),
    # --- 07 aid
    ("Japan provided emergency food to North Korea.", [("JPN", "073", "PRK", A)]),
    ("The United States supplied weapons to Ukraine.", [("USA", "072", "UKR", A)]),
    ("Germany granted asylum to the Russian journalist.", [("DEU", "075", "*", A)]),
    ("Saudi Arabia donated 10 million dollars to Yemen.", [("SAU", "07", "YEM", A)]),
    ("Britain sent peacekeepers to Cyprus.", [("GBR", "074", "CYP", A)]),
    ("Canada will send medical supplies to Haiti.", [("CAN", "033", "HTI", A), ("CAN", "073", "HTI", F)]),
    # --- 08 yield, retreat
    ("Israel released 20 Palestinian prisoners on Monday.", [("ISR", "0841", "PSE", A)]),
    ("Serbia lifted the curfew in Montenegro.", [("SRB", "081", "MNE", A)]),
    ("The European Union eased sanctions on Belarus.", [("IGO", "085", "BLR", A)]),
    ("Russian troops withdrew from Georgia.", [("RUS", "087", "GEO", A)]),
    ("Armenia declared a ceasefire with Azerbaijan.", [("ARM", "0871", "AZE", A)]),
    ("The Bolivian president resigned on Sunday.", [("BOL", "08", "*", A)]),
    ("The union called off the strike in Nigeria.", []),
    ("Ethiopia allowed aid convoys into Tigray.", [("ETH", "0863", "*", A)]),
    # --- 09 investigate
    ("Italy investigated the Egyptian police over the killing.", [("ITA", "09", "EGY", A)]),
    ("Brazil opened an investigation into the Argentine company.", [("BRA", "09", "ARG", A)]),
    # --- 10 demand
    ("China demanded that Japan apologize.", [("CHN", "10", "JPN", A)]),
    ("Iran demanded the release of its diplomats from Iraq.", [("IRN", "1053", "*", A)]),
    ("Turkey demanded the withdrawal of Greek troops.", [("TUR", "10", "GRC", A)]),
    ("Britain said Libya must hand over the suspects.", [("GBR", "10", "LBY", A)]),
    ("The Philippines demanded compensation from China.", [("PHL", "10", "CHN", A)]),
    # --- 11 disapprove
    ("France condemned the attack on the Iraqi embassy.", [("FRA", "111", "*", A)]),
    ("Germany criticized Hungary over the new media law.", [("DEU", "111", "HUN", A)]),
    ("Venezuela accused Colombia of spying.", [("VEN", "112", "COL", A)]),
    ("Lebanon complained to the Security Council about Israeli air raids.", [("LBN", "114", "ISR", A)]),
    ("Ukraine sued Russia at the international court.", [("UKR", "115", "RUS", A)]),
    ("Serbia blamed Croatia for the riots.", [("SRB", "112", "HRV", A)]),
    ("India denounced Pakistan's support for the militants.", [("IND", "111", "PAK", A)]),
    # --- 12 reject
    ("Greece rejected the Turkish proposal.", [("GRC", "12", "TUR", A)]),
    ("Iran rejected an offer of talks from the United States.", [("IRN", "12", "USA", A)]),
    ("Hungary refused to accept refugees from Syria.", [("HUN", "12", "*", A)]),
    ("Russia vetoed the resolution on Syria.", [("RUS", "129", "*", A)]),
    ("Syria says it will not accept more refugees from Iraq.", [("SYR", "12", "*", A)]),
    ("North Korea violated the ceasefire with South Korea.", [("PRK", "196", "KOR", A)]),
    # --- 13 threaten
    ("Iran threatened to close the strait to American ships.", [("IRN", "13", "*", A)]),
    ("Russia threatened to cut diplomatic ties with Ukraine.", [("RUS", "1313", "UKR", A), ("RUS", "161", "UKR", F)]),
    ("China warned Taiwan against declaring independence.", [("CHN", "13", "TWN", A)]),
    ("Peru issued an ultimatum to Ecuador.", [("PER", "139", "ECU", A)]),
    ("The United States threatened to impose sanctions on Turkey.", [("USA", "1312", "TUR", A)]),
    ("Israel will bomb Iran if it enriches uranium.", [("ISR", "19", "IRN", C)]),
    ("North Korea vowed to attack South Korea.", [("PRK", "13", "KOR", A), ("PRK", "19", "KOR", F)]),
    # --- 14 protest
    ("Thousands of Algerians demonstrated against the government in Algiers.", [("DZA", "14", "*", A)]),
    ("Kenyan students staged a protest against the Ugandan embassy.", [("KEN", "14", "UGA", A)]),
    ("Algerian workers began a hunger strike on Monday.", [("DZA", "142", "*", A)]),
    ("Chilean miners went on strike.", [("CHL", "143", "CHL", A)]),
    ("French farmers blocked roads near the border with Spain.", [("FRA", "144", "*", A)]),
    ("Protesters rioted in Lagos, Nigerian police said.", [("NGA", "145", "*", R)]),  # country: the place
    # --- 15 force posture
    ("Russia mobilized troops along the border with Ukraine.", [("RUS", "15", "UKR", A)]),
    ("China deployed warships near Taiwan.", [("CHN", "15", "TWN", A)]),
    ("About 150,000 Russian troops massed on the border with Ukraine.", [("RUS", "15", "UKR", A)]),
    ("North Korea tested a ballistic missile on Sunday.", [("PRK", "15", "*", A)]),
    # --- 16 reduce relations, sanction
    ("The United States imposed sanctions on Iran.", [("USA", "163", "IRN", A)]),
    ("Morocco cut diplomatic ties with Iran.", [("MAR", "161", "IRN", A)]),
    ("Japan halted economic aid to Myanmar.", [("JPN", "162", "MMR", A)]),
    ("Poland expelled three Russian diplomats.", [("POL", "166", "RUS", A)]),
    ("Burundi expelled the UN inspectors.", [("BDI", "1662", "*", A)]),
    ("Australia recalled its ambassador from France.", [("AUS", "161", "FRA", A)]),
    ("Colombia suspended talks with the rebels.", [("COL", "164", "*", A)]),
    # --- 17 coerce
    ("Turkish police arrested 12 Syrian migrants.", [("TUR", "173", "SYR", A)]),
    ("Egypt detained the British journalist.", [("EGY", "173", "GBR", A)]),
    ("Uganda banned opposition rallies.", [("UGA", "172", "*", A)]),
    ("Sri Lanka imposed a curfew in Colombo.", [("LKA", "1723", "*", A)]),
    ("Thailand declared a state of emergency in Bangkok.", [("THA", "1724", "*", A)]),
    ("Israel demolished Palestinian homes in the West Bank.", [("ISR", "17", "PSE", A)]),
    ("Russia annexed Crimea.", [("RUS", "192", "*", A)]),
    ("Iran seized a British tanker.", [("IRN", "17", "GBR", A)]),
    ("Belarus deported two Polish journalists.", [("BLR", "174", "POL", A)]),
    ("Russian hackers attacked Estonian government websites.", [("RUS", "19", "EST", A)]),
    # --- 18 unconventional violence
    # an unnamed perpetrator stands for unidentified armed forces of the country where it happened
    ("Gunmen kidnapped two Italian engineers in Niger.", [("NER", "181", "ITA", A)]),
    ("Three Kenyan soldiers were killed by a roadside bomb in Somalia.", [("SOM", "19", "KEN", A)]),
    ("The flood in Kenya killed twelve people.", []),
    ("Nigerian rebels abducted 20 Chinese workers.", [("NGA", "181", "CHN", A)]),
    ("Syrian guards tortured Lebanese prisoners.", [("SYR", "1822", "LBN", A)]),
    ("A Palestinian suicide bomber blew himself up in Tel Aviv.", [("PSE", "183", "*", A)]),
    ("Colombian rebels assassinated the governor.", [("COL", "186", "*", A)]),
    # --- 19 fight
    ("Russia attacked Ukraine, killing at least 12 people.", [("RUS", "19", "UKR", A)]),
    ("Ukraine was attacked by Russia on Monday.", [("RUS", "19", "UKR", A)]),
    ("Israeli jets bombed Gaza overnight.", [("ISR", "195", "PSE", A)]),
    ("Saudi Arabia launched air strikes against Yemen.", [("SAU", "195", "YEM", A)]),
    ("Indian and Pakistani troops clashed in Kashmir.", [("IND", "19", "PAK", A), ("PAK", "19", "IND", A)]),
    ("Armenia and Azerbaijan fought over the disputed region.", [("ARM", "19", "AZE", A)]),
    ("Turkish artillery shelled Kurdish positions in Syria.", [("TUR", "194", "SYR", A)]),
    ("Iraqi forces retook the town from Islamic State militants.", [("IRQ", "19", "*", A)]),
    ("Ethiopia invaded Somalia in 2006.", [("ETH", "19", "SOM", HI)]),
    ("Sudanese rebels fired rockets at Juba.", [("SDN", "19", "*", A)]),
    ("Four civilians were killed in an Israeli air strike in Gaza.", [("ISR", "19", "PSE", A)]),
    # police gunfire with no death said is crowd control (175), as the team codes it
    ("Afghan police opened fire on protesters in Kabul.", [("AFG", "175", "*", A)]),
    # --- 20 mass violence
    ("Serbian forces massacred Bosnian civilians.", [("SRB", "20", "BIH", A)]),
    # --- modality
    ("Russia did not attack Ukraine on Monday.", []),
    ("Russia never invaded Finland.", []),
    ("Russia denied attacking Georgia.", []),
    ("Iran denied that it had attacked the Saudi tanker.", []),
    ("Pakistan rejected claims that it had attacked India.", [("PAK", "016", "*", A)]),
    ("If Russia recognises the rebels, the United States will respond.", []),
    ("Russia could attack Ukraine next month.", []),
    ("China might impose sanctions on Lithuania.", []),
    ("Kenya plans to invade Somalia.", [("KEN", "13", "SOM", A)]),
    ("Kenya is expected to invade Somalia.", []),
    ("Egypt will meet Sudan on Friday.", [("EGY", "036", "SDN", A)]),
    ("Ukrainian officials said Russian missiles struck Kyiv.", [("RUS", "19", "UKR", R)]),
    ("The United States said Russia attacked Ukraine.", [("RUS", "19", "UKR", R)]),
    ("Russia attacked Ukraine, Ukrainian officials said.", [("RUS", "19", "UKR", R)]),
    ("According to Kenya, Somalia attacked the border town.", [("SOM", "19", "*", R)]),
    ("Iran accused Israel of attacking its nuclear site.", [("IRN", "112", "ISR", A)]),
    ("Libya failed to release the Tunisian hostages.", []),
    ("India hopes to sign a trade deal with Australia.", []),
    ("No talks were held between Armenia and Turkey.", []),
    # --- passives
    ("The Kenyan convoy was ambushed by Somali militants.", [("SOM", "19", "KEN", A)]),
    ("Two Chinese diplomats were expelled by India.", [("IND", "166", "CHN", A)]),
    ("The sanctions were imposed on Syria by the European Union.", [("IGO", "163", "SYR", A)]),
    ("Three Indian soldiers were killed by Pakistani troops.", [("PAK", "19", "IND", A)]),
    # --- no events (boilerplate, background, bare statements)
    ("Copyright 2024 Reuters. All rights reserved.", []),
    ("The weather in Paris was sunny on Tuesday.", []),
    ("The summit will take place in Geneva.", []),
    ("Analysts say the economy of Brazil is slowing down.", []),
    ("The meeting between the two presidents lasted two hours.", []),
    ("After two days of fighting, the town was quiet.", []),
    # --- more of each root, in other wordings
    ("Chinese President Xi Jinping held talks with his Brazilian counterpart in Beijing.",
     [("CHN", "040", "BRA", A), ("BRA", "040", "CHN", A)]),
    ("The Turkish foreign minister telephoned his Iranian counterpart.", [("TUR", "041", "IRN", A)]),
    ("Norway brokered talks between Sri Lanka and the rebels.", [("NOR", "045", "LKA", A)]),
    ("The French president arrived in Algiers for a state visit.", [("FRA", "042", "DZA", A)]),
    ("Vietnamese troops began withdrawing from Cambodia on Monday.", [("VNM", "087", "KHM", A)]),
    ("The Syrian government allowed UN inspectors to visit the site.", [("SYR", "0862", "IGO", A)]),
    ("Kenya released 30 Somali fishermen after the court ruling.", [("KEN", "0841", "SOM", A)]),
    ("Britain handed over the suspect to Spanish authorities.", [("GBR", "063", "ESP", A)]),
    ("Indonesia and Australia conducted joint naval patrols.", [("IDN", "062", "AUS", A), ("AUS", "062", "IDN", A)]),
    ("Qatar sent food and medicine to Gaza.", [("QAT", "073", "PSE", A)]),
    ("Moroccan troops fired on Algerian border guards.", [("MAR", "19", "DZA", A)]),
    ("Yemeni rebels launched a drone attack on a Saudi oil facility.", [("YEM", "19", "SAU", A)]),
    ("Egyptian authorities sentenced 12 members of the Muslim Brotherhood.", [("EGY", "173", "*", A)]),
    ("Uzbek police detained dozens of protesters in Tashkent.", [("UZB", "173", "UZB", A)]),
    ("The Russian foreign ministry summoned the British ambassador.", [("RUS", "114", "GBR", A)]),
    ("Algeria recalled its ambassador to Morocco.", [("DZA", "161", "MAR", A)]),
    ("Iranian leaders threatened to retaliate against Israel.", [("IRN", "13", "ISR", A)]),
    ("Ukrainian farmers blocked border crossings with Poland.", [("UKR", "144", "POL", A)]),
    ("South African workers went on strike over wages.", [("ZAF", "143", "ZAF", A)]),
    ("The Lebanese army deployed troops along the border with Israel.", [("LBN", "154", "ISR", A)]),
    ("Saudi Arabia and Iran restored diplomatic relations.", [("SAU", "050", "IRN", A), ("IRN", "050", "SAU", A)]),
    ("Venezuela expelled the Spanish ambassador on Friday.", [("VEN", "166", "ESP", A)]),
    ("Japan and South Korea agreed to share military intelligence.",
     [("JPN", "0314", "KOR", A), ("KOR", "0314", "JPN", A), ("JPN", "064", "KOR", F)]),
    ("Egypt refused to open the crossing to Palestinian refugees.", [("EGY", "12", "PSE", A)]),
    ("Colombia's government and the rebels signed a peace agreement in Havana.", [("COL", "057", "COL", A)]),
    ("The Chinese navy held drills near Taiwan on Monday.", [("CHN", "150", "TWN", A)]),
    ("Germany will provide 500 million euros in aid to Ukraine.", [("DEU", "033", "UKR", A)]),
    ("Ukraine received tanks from Germany.", [("DEU", "072", "UKR", A)]),
    ("The United States presented evidence against Russia.", [("USA", "112", "RUS", A)]),
    ("The Kenyan envoy walked out of the talks with Somalia.", [("KEN", "164", "*", A)]),
    ("Brazil gave its support to the Argentine proposal.", [("BRA", "051", "ARG", A)]),
    ("Turkey sent troops to Syria to fight the Kurdish militia.", [("TUR", "154", "SYR", A)]),
    ("Rebels rejected a deadline set by Mali for them to surrender.", [(None, "12", "*", A)]),  # no country said
    ("Nigerian police opened fire to disperse the protesters.", [("NGA", "175", "NGA", A)]),
    ("The Iraqi army continued to shell Kurdish positions.", [("IRQ", "194", "*", A)]),
    ("North Korea warned that it would retaliate against any attack by South Korean forces.",
     [("PRK", "13", "KOR", A)]),
    ("The IMF warned that the economy of Greece could shrink.", []),
    ("Russia said it would respond with force if Ukraine joined the alliance.", [("RUS", "138", "UKR", A)]),
    ("Bosnian Serbs said their forces had completed their withdrawal from Gorazde.", [("BIH", "087", "*", R)]),
    ("Syrian forces used chemical weapons against civilians in Ghouta.", [("SYR", "2041", "*", A)]),
    ("The United States threatened sanctions against Venezuela.", [("USA", "1312", "VEN", A)]),
    ("The UN will investigate the Israeli air strike.", [("IGO", "093", "ISR", F)]),
    ("Iran threatened a crackdown on Kurdish protesters.", [("IRN", "137", "*", A)]),
    ('"Israel attacked our positions last night," a Hezbollah spokesman said.', [("ISR", "19", "LBN", R)]),
    ('"We are ready to talk to Washington," the Iranian foreign minister said.', [("IRN", "036", "USA", A)]),
    ("The Chinese foreign ministry said it condemned the Japanese visit.", [("CHN", "111", "JPN", A)]),
    ("Indian and Pakistani troops exchanged fire on Sunday.", [("IND", "19", "PAK", A), ("PAK", "19", "IND", A)]),
    ("Analysts believe China could impose sanctions on Australia.", []),
    ("The talks are expected to focus on trade and security.", []),
    ("Officials in Moscow said the situation remained tense.", []),
    ("Critics say the government must do more to protect civilians.", []),
    ("The minister will travel to Paris next week.", [(None, "036", "FRA", A)]),  # no country said
    ("Israel has long been accused of violating international law.", []),
    ("Cuban officials denied that they had detained the American diplomat.", []),
    ("The Pakistani army said it would not tolerate any violation of its airspace.", []),
    # --- precision on ordinary wire copy: words that are no event in this use (stop patterns)
    ("Canadian firefighters battled a forest fire overnight.", []),
    ("Chilean doctors are fighting the disease in the north.", []),
    ("The Japanese rocket blasted off from Tanegashima on Tuesday.", []),
    ("New Zealand beat England by 40 runs in the final.", []),
    ("The Kenyan army released the videotape of the raid.", []),
    ("The Brazilian minister called in to Lisbon on his way home.", []),
    ("Our operations are yielding results, the Israeli minister said.", []),
    ("The Greek opposition attacked the budget.", [("GRC", "111", "*", A)]),
    ("Turkish jets blasted Syrian army positions overnight.", [("TUR", "19", "SYR", A)]),
    ("The Ethiopian envoy said both sides want a Sudanese cease-fire.", []),
    # --- precision: arguments and modality
    ("Kenya and Uganda held talks on Somalia.", [("KEN", "04", "UGA", A), ("UGA", "04", "KEN", A)]),
    ("A Turkish army spokesman said the Syrian rebels were crossing the river when they opened fire on "
     "Turkish troops.", [("SYR", "19", "TUR", R)]),
    ("Iraqi troops arrested the Kurdish leader and killed two Turkish soldiers.", [("IRQ", "19", "TUR", A)]),
    ("Egyptian border guards chased smugglers who shot at them near the Libyan border.", [(None, "19", "*", A)]),
    # an unnamed bomber in a city: unidentified forces of its country (the perpetrator phrase)
    ("Two were hurt after a bombing in Kabul that killed five Afghan soldiers.", [("AFG", "19", "AFG", A)]),
    ("The Kenyan minister insisted that the rebels would not surrender.", []),
    ("The IMF says several factors should help the recovery next year.", []),
    ('"I understand that he wanted to attack Chile," the Peruvian minister said.', []),
    # the attack noun of a passive with no agent names who did it (a presupposed event is factual)
    ("The Afghan villagers, wounded in earlier American bombing of the airport, were taken to hospital.",
     [("USA", "19", "AFG", A)]),
    ("The Nigerian envoy told reporters that the rebels should surrender their weapons.", [("NGA", "10", "*", A)]),
]

#: Events that must NOT be coded (source, code prefix, target; "*" = any): the systematic errors
#: found by reading the coder's output on ordinary news copy.
WRONG: list[tuple[str, list[tuple]]] = [
    # "told reporters that" is no request; a message sent is no aid
    ("Japan sent a message to China on Monday.", [("JPN", "07", "CHN")]),
    ("The Pentagon denied the capture of two Afghan commanders by Pakistani troops.", [("PAK", "17", "*")]),
    ("Analysts said Russia could cut gas supplies to Ukraine if Kyiv did not pay.", [("RUS", "13", "*")]),
    ("The Peruvian minister is responsible for the budget.", [("PER", "1", "*")]),
    ("Ukrainian troops defended the town of Bakhmut against a Russian attack.", [("UKR", "05", "*")]),
    ("The Chinese ministry provided details of the plan to Japan.", [("CHN", "07", "*")]),
    ("After two days of fighting, Chad and Sudan held talks.", [("TCD", "19", "*"), ("SDN", "19", "*")]),
    ("The Peruvian minister told reporters that Chile had attacked the border post.", [("PER", "02", "*")]),
    # a topic or venue of talks is not a party
    ("Ministers from Peru and Chile will meet in Lima for talks on Bolivia.", [("*", "0", "BOL"), ("BOL", "0", "*")]),
    ("Kenya and Uganda held talks on Somalia.", [("*", "04", "SOM"), ("SOM", "04", "*")]),
    # a relative pronoun is not resolved to whatever actor came before
    ("Egyptian police chased gunmen who fired on them near the border.", [("EGY", "19", "*")]),
    ("The raid followed an ambush on a convoy in Chad, that killed six Nigerian soldiers.", [("TCD", "19", "*")]),
    # "they" refers to the unnamed police of its own sentence, not to the actor of the last one
    ("The Iraqi president spoke on Monday. Twelve people were hurt when the police clashed with protesters "
     "as they tried to arrest a journalist.", [("IRQ", "17", "*")]),
    # a plural pronoun does not refer to a singular sayer
    ("A Turkish army spokesman said the Syrian rebels were crossing the river when they opened fire on "
     "Turkish troops.", [("TUR", "19", "TUR")]),
    # the fallback target never reaches into another clause or a participle phrase
    ("Iraqi troops arrested the Kurdish leader and killed two Turkish soldiers.", [("IRQ", "17", "TUR")]),
    # "called on his allies to freeze": the allies would act, not the caller
    ("The Japanese prime minister called on his allies to freeze the assets of two charities.", [("JPN", "16", "*")]),
    # "insisted that X would ...": a statement, not a demand
    ("The Kenyan minister insisted that the rebels would not surrender.", [("KEN", "10", "*")]),
    # "we must ...": the speaker's own resolve, not a demand
    ('The American president spoke on Tuesday. "We must protect Canada and our friends against terror," he said.',
     [("*", "10", "*")]),
    # "we" is the speaker, never the last actor named
    ('"Some Taliban commanders have fled to the hills after we overran their bases."', [("AFG", "19", "*")]),
    # a concrete target makes "blast" an attack, not a criticism
    ("Turkish jets blasted Syrian army positions overnight.", [("TUR", "11", "*")]),
    ("Nigerian police arrested dozens of men accused of attacking the Chadian embassy.", [("NGA", "17", "TCD")]),
    # "accused X of ... by shelling": the accusation is the event, and X (not the accuser) is named
    ("Sudan has accused Chad of escalating tensions by shelling Sudanese villages.", [("SDN", "19", "*")]),
    # a named attacker in the place phrase is not "unidentified forces" of the place
    ("Nine civilians were injured in bombing raids by Russian warplanes in Idlib province.", [("RUS", "19", "RUS")]),
]


@pytest.fixture(scope="module")
def pipeline(nlp):
    from flashpoint.pipeline import Pipeline

    return Pipeline(nlp=nlp)


def _matches(event, src: str, code: str, tgt, status: str) -> bool:
    target = event.target.country if event.target is not None else None
    return (event.source is not None and event.source.country == src and event.cameo.startswith(code)
            and (tgt == "*" or target == tgt) and event.modality.status == status
            and not event.modality.negated)


def _show(events) -> str:
    return "; ".join(f"{e.source.country if e.source else None}-{e.cameo}-"
                     f"{e.target.country if e.target else None}/{e.modality.status}"
                     f"{'/neg' if e.modality.negated else ''}" for e in events)


XFAIL = {
    # parser or resolver limits, kept visible rather than hidden
}


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_sentence(pipeline, text, expected):
    if text in XFAIL:
        pytest.xfail(XFAIL[text])
    events = pipeline.code_text(text, published="2024-03-15")
    if not expected:
        factual = [e for e in events if e.factual]
        assert not factual, f"expected no factual event, got {_show(factual)}"
        return
    for src, code, tgt, status in expected:
        assert any(_matches(e, src, code, tgt, status) for e in events), (
            f"missing {src}-{code}-{tgt}/{status}; got {_show(events)}")


def _is(value: str | None, want: str) -> bool:
    return want == "*" or value == want


@pytest.mark.parametrize("text,forbidden", WRONG, ids=[c[0][:50] for c in WRONG])
def test_no_wrong_event(pipeline, text, forbidden):
    events = pipeline.code_text(text, published="2024-03-15")
    for src, code, tgt in forbidden:
        bad = [e for e in events if _is(e.source.country if e.source else None, src) and e.cameo.startswith(code)
               and _is(e.target.country if e.target else None, tgt)]
        assert not bad, f"unexpected {src}-{code}-{tgt}; got {_show(events)}"


def test_enough_cases():
    assert len(CASES) >= 150
    roots = set()
    for _, expected in CASES:
        roots.update(code[:2] for _, code, _, _ in expected)
    assert roots >= {f"{i:02d}" for i in range(1, 21)}
    statuses = {status for _, expected in CASES for *_, status in expected}
    statuses |= {case[4] for case in NON_FACTUAL}
    assert statuses >= {A, R, F, C, H, D, HI}


#: Non-factual events are kept and marked: (sentence, source, code prefix, target, status, negated).
NON_FACTUAL = [
    ("Russia denied attacking Georgia.", "RUS", "19", "GEO", D, False),
    ("Pakistan rejected claims that it had attacked India.", "PAK", "19", "IND", D, False),
    ("Russia could attack Ukraine next month.", "RUS", "19", "UKR", H, False),
    ("China urged Japan to release the fishermen.", "JPN", "0841", "*", H, False),
    ("If Russia recognises the rebels, the United States will impose sanctions on Russia.",
     "USA", "163", "RUS", C, False),
    ("Egypt will meet Sudan on Friday.", "EGY", "04", "SDN", F, False),
    ("Russia did not attack Ukraine on Monday.", "RUS", "19", "UKR", A, True),
    ("No talks were held between Armenia and Turkey.", "ARM", "04", "TUR", A, True),
    ("Hungary refused to accept refugees from Syria.", "HUN", "075", "*", F, True),
    ("The Chilean president told Peru to release the fishermen.", "PER", "08", "*", H, False),
]


@pytest.mark.parametrize("text,src,code,tgt,status,negated", NON_FACTUAL, ids=[c[0][:50] for c in NON_FACTUAL])
def test_non_factual_event_is_marked(pipeline, text, src, code, tgt, status, negated):
    events = pipeline.code_text(text, published="2024-03-15")
    marked = [e for e in events if e.source and e.source.country == src and e.cameo.startswith(code)
              and (tgt == "*" or (e.target and e.target.country) == tgt)]
    assert any(e.modality.status == status and e.modality.negated == negated for e in marked), _show(events)
    assert not any(e.factual for e in marked), _show(events)


def test_every_event_matches_the_schema(pipeline):
    """All events of the tables (domestic defaults, unidentified forces, statements) are valid records."""
    from flashpoint.schema import validate_event

    texts = [text for text, _ in CASES] + [case[0] for case in NON_FACTUAL]
    count = 0
    for text in texts:
        for event in pipeline.code_text(text, published="2024-03-15"):
            validate_event(event.to_dict())
            assert 0.0 <= event.confidence <= 1.0 and event.evidence["why"]
            count += 1
    assert count > 200


@pytest.mark.parametrize("text,source_code", [
    ("The Kabul bombing killed five Afghan soldiers.", "AFGUAF"),  # the city is where, not who
    ("Moscow's strikes hit Aleppo.", "RUSGOV"),  # a possessive still names who
])
def test_city_modifier_of_an_attack_is_a_place(pipeline, text, source_code):
    events = [e for e in pipeline.code_text(text, published="2024-03-15") if e.cameo.startswith("19")]
    assert events and all(e.source.code == source_code for e in events), _show(events)
