"""Happenings h28-h37 (visits, summits, talks, ceasefires, a release of hostages) and distractors."""
from lib import H, R

# ---------------------------------------------------------------- h28 Turkish FM in Athens
H("h28", "2023-09-05", "042", ("TUR", "GOV"), ("GRC", "GOV"), "Athens", "GRC",
  "Turkey's foreign minister visited Athens and held talks with his Greek counterpart on improving ties.",
  [
    R("Danube Review", 0, "Turkish foreign minister visits Athens in sign of thaw", """
      Turkey's foreign minister held talks with his Greek counterpart in Athens on {DOW}, the first visit by a Turkish foreign minister to Greece in more than two years.

      The two ministers agreed to set up working groups on trade, tourism and migration, the Greek foreign ministry said.

      "We have chosen the path of dialogue," the Greek minister told a joint news conference.

      The Turkish minister also met the Greek prime minister, and the two governments announced that they would revive a high-level cooperation council that has not met since 2016.
    """),
    R("Northstar News Agency", 0, "Greece and Turkey pledge dialogue as Ankara's top diplomat visits", """
      ATHENS, {PD} (Northstar) - Greece and Turkey pledged to keep talking about their disputes as Turkey's foreign minister met Greece's foreign minister in Athens on {DOW}.

      The neighbours and NATO allies have long been at odds over maritime borders, energy exploration and the divided island of Cyprus.

      Relations have improved since Greece sent rescuers to Turkey after the earthquakes in February.
    """),
    R("The Capital Observer", 1, "Ankara and Athens talk after years of tension", """
      Turkey's top diplomat met Greek Foreign Minister Yorgos Kalandris in Athens on {DOW} for talks aimed at mending ties between the two neighbours.

      "We have chosen the path of dialogue," Kalandris said after the meeting, adding that differences over the Aegean would not be solved overnight.

      The visit is meant to prepare a meeting of the two countries' leaders later this year.
    """),
  ])

# ---------------------------------------------------------------- h29 Seoul-Tokyo summit
H("h29", "2023-10-24", "042", ("KOR", "GOV"), ("JPN", "GOV"), "Tokyo", "JPN",
  "South Korea's president visited Tokyo and held a summit with Japan's prime minister.",
  [
    R("Pacific Rim Report", 0, "South Korean president meets Japanese PM in Tokyo", """
      South Korea's president held talks with Japan's prime minister in Tokyo on {DOW}, and the two leaders agreed to expand security cooperation in the face of North Korea's missile launches.

      They also agreed to restart a financial dialogue suspended since 2016, officials said.

      The South Korean leader was greeted with a guard of honour at the prime minister's office before the talks, and the two leaders were due to attend a dinner with business leaders from both countries later in the evening.

      Relations between the two neighbours have long been strained by disputes over Japan's 1910-45 colonial rule of the Korean peninsula.
    """),
    R("Lodestar Wire", 0, "Seoul and Tokyo leaders vow closer ties at summit", """
      TOKYO, {PD} (Lodestar) - The leaders of South Korea and Japan met in Tokyo on {DOW} and vowed to deepen cooperation on security and the economy, the latest sign of warming ties.

      "Our two countries face common challenges," the Japanese prime minister said at a joint news conference.

      It was the South Korean leader's third visit to Japan this year.
    """),
    R("Eastern Standard", 1, "Seoul leader's Tokyo visit cements thaw with Japan", """
      South Korea's leader visited Tokyo on {DOW} for a summit with Japan's prime minister, with the two sides agreeing to share real-time data on North Korean missile launches.

      "Our two countries face common challenges," the Japanese leader said.

      The two leaders also discussed economic security and supply chains, officials said.

      The United States has encouraged its two Asian allies to put aside historical disputes.
    """),
  ])

# ---------------------------------------------------------------- h30 Nile dam talks in Cairo
H("h30", "2022-10-12", "046", ("EGY", "GOV"), ("ETH", "GOV"), "Cairo", "EGY",
  "Egyptian and Ethiopian water ministers negotiated in Cairo over the operation of Ethiopia's Nile dam.",
  [
    R("Savanna Times", 0, "Egypt and Ethiopia resume Nile dam talks in Cairo", """
      Egyptian and Ethiopian officials held talks in Cairo on {DOW} on the filling and operation of Ethiopia's huge dam on the Blue Nile, Egypt's water ministry said.

      The two days of negotiations were the first in more than a year, the ministry said.

      Ethiopia's delegation was led by its water minister, who told reporters on arrival that his country wanted an agreement that was fair to all three countries that share the Blue Nile, including Sudan.

      Egypt relies on the Nile for nearly all its fresh water and fears the dam will cut its share.
    """),
    R("Gulf Courier", 0, "Cairo hosts new round of dam negotiations with Addis Ababa", """
      Egypt's water minister met an Ethiopian delegation in Cairo on {DOW} for a new round of negotiations on the Grand Ethiopian Renaissance Dam, officials said.

      "We want a binding agreement, not just statements," the Egyptian minister said.

      Ethiopia says the dam is vital to provide electricity to millions of its people.

      Talks have stalled repeatedly since Ethiopia began filling the reservoir in 2020.
    """),
    R("Continental Press Agency", 1, "Egypt, Ethiopia negotiators meet over disputed dam", """
      CAIRO, {PD} (CPA) - Negotiators from Egypt and Ethiopia met in Cairo on {DOW} to discuss rules for filling the reservoir of Ethiopia's Blue Nile dam, both sides said.

      Egypt's minister told reporters Cairo wanted "a binding agreement, not just statements".

      The talks were due to continue for a second day.

      Sudan, the third country on the river, did not take part in this round.
    """),
  ])

# ---------------------------------------------------------------- h31 Argentine president in Brasilia
H("h31", "2024-11-14", "042", ("ARG", "GOV"), ("BRA", "GOV"), "Brasilia", "BRA",
  "Argentina's president visited Brasilia and met Brazil's president for talks on trade and Mercosur.",
  [
    R("Andes Herald", 0, "Argentine president visits Brasilia for talks with Brazil's leader", """
      Argentina's president flew to Brasilia on {DOW} for talks with Brazilian President Luiz Cardoso on trade, energy and the future of the Mercosur bloc.

      The two leaders, who have clashed in public, shook hands for the cameras at the Planalto presidential palace.

      They also discussed a gas pipeline project from Argentina's Vaca Muerta field, a Brazilian official said.

      Brazil is Argentina's largest trading partner.
    """),
    R("Lodestar Wire", 0, "Brazil and Argentina leaders meet, seek to mend ties", """
      BRASILIA, {PD} (Lodestar) - The presidents of Brazil and Argentina met in Brasilia on {DOW} in an effort to put months of frosty relations behind them, officials said.

      They discussed a gas pipeline project and Mercosur's trade talks with the European Union, a Brazilian official said.

      The meeting at the Planalto presidential palace lasted more than two hours, longer than scheduled, and ended with the two presidents posing for photographers and promising to meet again at the next Mercosur summit.

      "We do not have to agree on everything to work together," Cardoso said afterwards.
    """),
    R("Plains Chronicle", 1, "South America's two biggest economies hold summit", """
      Argentina's leader held talks with his Brazilian counterpart in Brasilia on {DOW}, their first bilateral meeting since he took office.

      "We do not have to agree on everything to work together," the Brazilian president told reporters.

      The two leaders discussed trade, energy and Mercosur's negotiations with the European Union, officials said.

      The two presidents have traded insults in the past.

      Argentina's economy is recovering from a deep recession.
    """),
  ])

# ---------------------------------------------------------------- h32 Armenia-Azerbaijan talks in Almaty
H("h32", "2024-05-10", "044", ("ARM", "GOV"), ("AZE", "GOV"), "Almaty", "KAZ",
  "The foreign ministers of Armenia and Azerbaijan held peace talks in Almaty, hosted by Kazakhstan.",
  [
    R("Steppe Observer", 0, "Armenian and Azerbaijani ministers hold peace talks in Almaty", """
      The foreign ministers of Armenia and Azerbaijan began two days of talks on a peace treaty in Almaty on {DOW}, Kazakhstan's foreign ministry said.

      Kazakhstan's president greeted the two ministers before the talks but did not take part, officials said.

      A joint statement is expected at the end of the talks.

      The two countries have fought two wars over the Nagorno-Karabakh region.
    """),
    R("Continental Press Agency", 0, "Kazakhstan hosts Armenia-Azerbaijan negotiations", """
      ALMATY, Kazakhstan, {PD} (CPA) - Armenia's and Azerbaijan's top diplomats met in the Kazakh city of Almaty on {DOW} for a new round of negotiations on a peace deal.

      A joint statement is expected at the end of the talks, a Kazakh official said.

      Kazakhstan's president greeted the ministers before the talks.

      Azerbaijan took full control of Karabakh in a lightning offensive last September.
    """),
    R("Danube Review", 1, "Yerevan and Baku negotiate peace treaty in Kazakhstan", """
      Armenia and Azerbaijan held negotiations in Kazakhstan on {DOW} on a treaty to end decades of conflict, with both sides describing the talks as "constructive".

      The ministers discussed border delimitation and the reopening of transport links, diplomats said.

      The talks were held behind closed doors, and no statement was issued on the first day.

      It was the first round of talks hosted by Kazakhstan.
    """),
  ])

# ---------------------------------------------------------------- h33 Indonesian president in Hanoi
H("h33", "2025-03-11", "042", ("IDN", "GOV"), ("VNM", "GOV"), "Hanoi", "VNM",
  "Indonesia's president made a state visit to Hanoi and held talks with Vietnam's leaders.",
  [
    R("Pacific Rim Report", 0, "Indonesian president visits Hanoi, talks trade and sea", """
      Indonesia's president held talks with Vietnam's leaders in Hanoi on {DOW} during a two-day state visit, and the two sides agreed to raise bilateral trade to $18 billion.

      They also discussed maritime cooperation in the South China Sea, where both countries have overlapping claims with China, officials said.

      The Indonesian president was welcomed with a 21-gun salute at the Presidential Palace and laid a wreath at a war memorial before the talks began, Vietnamese state media reported.

      Indonesia and Vietnam are the two most populous members of ASEAN after the Philippines.
    """),
    R("Northstar News Agency", 1, "Vietnam and Indonesia upgrade ties during state visit", """
      HANOI, {PD} (Northstar) - Vietnam and Indonesia upgraded their relations to a comprehensive strategic partnership as Indonesia's president visited Hanoi on {DOW}, Vietnam's foreign ministry said.

      The two countries signed agreements on fisheries, energy and digital trade.

      The two sides also agreed to raise trade to $18 billion.

      It was the Indonesian leader's first visit to Vietnam since taking office in October.
    """),
    R("Bay Bulletin", 1, "Jakarta's leader in Vietnam for state visit", """
      Indonesia's president arrived in Hanoi on {DOW} and met Vietnam's Communist Party chief and president, state media reported.

      The leaders agreed to raise two-way trade to $18 billion, according to a joint statement.

      A ceremony was held at the Presidential Palace.

      The visit was the Indonesian leader's first to Vietnam as president.

      The two sides also discussed the South China Sea, where both have overlapping claims with China.
    """),
  ])

# ---------------------------------------------------------------- h34 Sudan truce agreed in Jeddah
H("h34", "2023-06-10", "0871", ("SDN", "MIL"), ("SDN", "REB"), "Jeddah", "SAU",
  "Sudan's army and the Rapid Support Forces agreed at talks in Jeddah to a 24-hour nationwide ceasefire.",
  [
    R("Gulf Courier", 0, "Sudan's warring sides agree 24-hour ceasefire at Jeddah talks", """
      Sudan's army and the paramilitary Rapid Support Forces agreed on {DOW} to a 24-hour ceasefire across the country, Saudi Arabia and the United States said in a joint statement from Jeddah.

      The mediators said the truce would allow aid to be delivered and would start on Sunday morning.

      Previous ceasefires brokered in Jeddah were repeatedly violated.

      The army and the RSF have fought for control of Sudan since April.
    """),
    R("Lodestar Wire", 0, "Sudan army, RSF accept one-day truce", """
      JEDDAH, Saudi Arabia, {PD} (Lodestar) - Sudan's army and the RSF have agreed to a one-day ceasefire, Saudi and U.S. mediators said on {DOW}, after talks in Jeddah.

      The mediators said they expected both sides to "refrain from prohibited movements, attacks and use of aircraft".

      A Sudanese army official confirmed the agreement.

      Fighting in Khartoum and Darfur has killed hundreds of civilians since mid-April.
    """),
    R("Savanna Times", 1, "Sudan's generals sign up to 24-hour truce", """
      Sudan's army and its paramilitary rival have agreed to a 24-hour truce, mediators in Jeddah announced on {DOW}.

      Residents of Khartoum said they hoped to use the pause to buy food and leave the city.

      The mediators said the truce would allow aid to be delivered. Previous ceasefires brokered in Jeddah collapsed within hours.

      The army and the RSF have fought for control of the country since April.
    """),
  ])

# ---------------------------------------------------------------- h35 Kyrgyz-Tajik ceasefire
H("h35", "2022-09-19", "0871", ("KGZ", "GOV"), ("TJK", "GOV"), "Batken", "KGZ",
  "Kyrgyz and Tajik security chiefs signed a ceasefire protocol at a border meeting in Batken region after deadly clashes.",
  [
    R("Steppe Observer", 0, "Kyrgyzstan and Tajikistan sign ceasefire after border clashes", """
      Kyrgyzstan and Tajikistan signed a ceasefire protocol on {DOW} after several days of deadly fighting along their disputed border, Kyrgyz officials said.

      The heads of the two countries' security services signed the document at a meeting on the border in the Batken region, the Kyrgyz security service said.

      Under the protocol, both sides are to pull back troops and heavy weapons from the frontier and set up a hotline between their border guard commanders to prevent new incidents, the security service said.

      Dozens of people were killed on both sides in the clashes last week.
    """),
    R("Northstar News Agency", 0, "Central Asian neighbours agree truce on disputed frontier", """
      BISHKEK, {PD} (Northstar) - Kyrgyz and Tajik security chiefs agreed to a ceasefire and the pull-back of troops from their border on {DOW}, the Kyrgyz government said.

      "The sides agreed to withdraw additional forces and equipment," a government statement said.

      Dozens of people were killed on both sides in the fighting last week.

      Much of the 970-km border between the two former Soviet republics has never been demarcated.
    """),
    R("Danube Review", 1, "Kyrgyz, Tajik officials ink border ceasefire", """
      Officials from Kyrgyzstan and Tajikistan agreed on {DOW} to halt fighting along their border, signing a protocol in Batken, the Kyrgyz state security committee said.

      The agreement provides for joint monitoring of the withdrawal of troops.

      Dozens of people were killed on both sides in clashes last week, officials from the two countries said. Thousands of residents fled border villages.

      Tajikistan's government did not comment immediately.
    """),
  ])

# ---------------------------------------------------------------- h36 Colombia-ELN ceasefire in Havana
H("h36", "2023-06-12", "0871", ("COL", "GOV"), ("COL", "REB"), "Havana", "CUB",
  "Colombia's government and the ELN rebels agreed at talks in Havana on a six-month bilateral ceasefire.",
  [
    R("Andes Herald", 0, "Colombia and ELN rebels agree six-month ceasefire in Havana", """
      Colombia's government and the National Liberation Army (ELN) agreed to a six-month bilateral ceasefire on {DOW} at the end of a round of peace talks in Havana, the two delegations said.

      The ceasefire will take full effect in August after a preparation period, they said.

      "This is the most important step we have taken," the government's chief negotiator said at a ceremony in the Cuban capital.

      Under the agreement, the two sides will set up a monitoring mechanism with the participation of the United Nations and the Catholic Church, and the rebels have committed to halting kidnappings during the ceasefire, negotiators said.
    """),
    R("Lodestar Wire", 0, "Colombia, ELN sign ceasefire deal in Cuba", """
      HAVANA, {PD} (Lodestar) - The Colombian government and ELN guerrillas signed a bilateral ceasefire agreement in Havana on {DOW}, a breakthrough in talks to end nearly six decades of conflict.

      The president of Colombia flew to the Cuban capital for the signing ceremony.

      The ceasefire will take full effect in August after a preparation period, negotiators said.

      The ELN, founded in 1964, has an estimated 5,000 fighters.
    """),
    R("The Lantern", 1, "Colombian government reaches truce with rebels", """
      Colombia's government and the country's last major guerrilla group reached a ceasefire deal on {DOW}.

      "This is the most important step we have taken," the chief government negotiator said.

      The six-month ceasefire was agreed at the end of a round of talks in Cuba and will take full effect in August. The ELN has an estimated 5,000 fighters.

      Previous attempts to negotiate with the ELN collapsed after rebel attacks.
    """),
  ])

# ---------------------------------------------------------------- h37 Zaria students freed
H("h37", "2024-04-02", "0841", ("NGA", "UAF"), ("NGA", "EDU"), "Zaria", "NGA",
  "Gunmen released 80 to 82 students abducted three weeks earlier from a school near Zaria.",
  [
    R("Savanna Times", 0, "Kidnapped Zaria students freed after three weeks", """
      Gunmen released 82 students who were abducted three weeks ago from a school near Zaria in northern Nigeria's Kaduna state, the state governor said on {DOW}.

      The students were handed over to security forces in a forest on the border with Zamfara state and taken to hospital for checks, the governor said.

      He said no ransom had been paid.

      Parents gathered at the school gates to wait for the children.
    """, released=82),
    R("Continental Press Agency", 0, "Nigeria says abducted schoolchildren released", """
      KADUNA, Nigeria, {PD} (CPA) - Armed men freed more than 80 pupils they had kidnapped from a school near the northern Nigerian city of Zaria, the Kaduna state government said on {DOW}.

      "Our children are home," the governor wrote on social media.

      The children were handed over to security forces in a forest, officials said.

      Kidnappings for ransom by armed gangs, known locally as bandits, are common in north-western Nigeria.
    """, released=80),
    R("Evening Sentinel", 1, "Nigerian bandits free school pupils", """
      Bandits in Nigeria have released 82 schoolchildren they seized last month, officials said on {DOW}.

      "Our children are home," the state governor said.

      The children were abducted from a school near the city of Zaria in Kaduna state on March 12. The governor said no ransom had been paid.

      Parents gathered at the school to wait for the buses carrying the children.
    """, released=82),
  ])

# ================================================================ distractors of h28-h37

H("h70", "2023-09-25", "044", ("TUR", "GOV"), ("GRC", "GOV"), "New York", "USA",
  "The Turkish and Greek foreign ministers met again on the sidelines of the UN General Assembly in New York.",
  [
    R("Northstar News Agency", 0, "Greek, Turkish ministers meet at UN to prepare summit", """
      NEW YORK, {PD} (Northstar) - The foreign ministers of Turkey and Greece met on the sidelines of the UN General Assembly in New York on {DOW} to prepare a summit between their leaders, Greek officials said.

      It was their second meeting in three weeks.

      The two ministers discussed migration and maritime issues, a Greek diplomat said. Turkey's foreign ministry called the meeting "positive".
    """),
  ], distractor_of="h28")

H("h71", "2022-10-27", "046", ("EGY", "GOV"), ("ETH", "GOV"), "Addis Ababa", "ETH",
  "Egyptian and Ethiopian officials negotiated over the Nile dam again, this time in Addis Ababa, two weeks after the Cairo round.",
  [
    R("Savanna Times", 0, "Dam talks move to Addis Ababa", """
      Egyptian and Ethiopian negotiators met in Addis Ababa on {DOW} for the second round in a month of talks on the Blue Nile dam, Ethiopia's foreign ministry said.

      The talks ended without agreement, a diplomat said.

      Ethiopia's delegation was led by its water minister. Egypt said it would keep seeking a binding agreement on the dam's operation. Sudan did not attend.
    """),
  ], distractor_of="h30")

H("h72", "2024-05-20", "044", ("ARM", "GOV"), ("AZE", "GOV"), "Almaty", "KAZ",
  "Armenian and Azerbaijani deputy ministers met again in Almaty, ten days after the ministers' talks.",
  [
    R("Steppe Observer", 0, "Armenia, Azerbaijan experts meet again in Almaty", """
      Deputy foreign ministers of Armenia and Azerbaijan met in Almaty on {DOW} to work on the text of a peace treaty, ten days after their ministers held talks in the city.

      The deputy ministers discussed border delimitation and transport links, Kazakh officials said. They are expected to report to their ministers.

      Diplomats described the atmosphere as constructive.

      The meeting was closed to the press.
    """),
  ], distractor_of="h32")
