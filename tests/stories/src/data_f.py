"""Happenings h38-h48 (sanctions, expulsions, threats, a deployment, aid, kidnappings) and distractors."""
from lib import H, R

# ---------------------------------------------------------------- h38 US sanctions on Iran oil network
H("h38", "2025-03-20", "163", ("USA", "GOV"), ("IRN", None), "Washington", "USA",
  "The US Treasury imposed sanctions on shipping companies and tankers that carry Iranian oil.",
  [
    R("Lodestar Wire", 0, "US imposes new sanctions on Iran's oil shipping network", """
      WASHINGTON, {PD} (Lodestar) - The United States imposed sanctions on {DOW} on 16 companies and 17 tankers that it said carried Iranian oil to buyers in Asia, the Treasury Department said.

      The Treasury said the companies, based in the United Arab Emirates, Hong Kong and Liberia, had helped Iran earn hundreds of millions of dollars.

      Those designated include the operators of tankers that the Treasury said had switched off their tracking systems and carried out ship-to-ship transfers off the coast of Malaysia to hide the origin of the oil.

      "We will continue to use all our tools to cut off the revenue that funds Iran's destabilising activities," a senior Treasury official said.
    """),
    R("Gulf Courier", 0, "Washington targets tankers in new Iran sanctions", """
      Washington slapped sanctions on a fleet of tankers and the firms that run them on {DOW}, accusing them of shipping Iranian crude in breach of US restrictions.

      The measures freeze any US assets of the companies and bar Americans from dealing with them.

      The Treasury said the firms were based in the United Arab Emirates, Hong Kong and Liberia.

      Iran's foreign ministry called the sanctions "illegal" and said they would not stop its oil exports.
    """),
    R("The Capital Observer", 1, "Treasury sanctions 'shadow fleet' carrying Iranian crude", """
      The US Treasury Department on {DOW} blacklisted 16 shipping firms and 17 vessels it accused of moving Iranian oil, stepping up pressure on Tehran's economy.

      "We will continue to use all our tools to cut off the revenue that funds Iran's destabilising activities," a Treasury official said in a statement.

      The United States has sanctioned hundreds of Iranian oil and shipping entities since 2018.
    """),
  ])

# ---------------------------------------------------------------- h39 EU sanctions on Belarus
H("h39", "2021-06-28", "163", ("IGO", None), ("BLR", "GOV"), "Brussels", "BEL",
  "The European Union imposed economic sanctions on Belarus, targeting its potash and petroleum exports.",
  [
    R("Danube Review", 0, "EU hits Belarus with sanctions on potash and oil products", """
      The European Union imposed economic sanctions on Belarus on {DOW}, banning imports of Belarusian potash and petroleum products and cutting the government's access to EU capital markets.

      EU foreign ministers approved the measures at a meeting in Brussels, officials said.

      The measures also bar the sale of equipment that could be used to monitor or intercept communications, and prohibit EU companies from providing insurance and reinsurance to the Belarusian government and its agencies.

      The sanctions follow the forced landing of a passenger plane in Minsk in May and the arrest of a dissident journalist on board.
    """),
    R("Continental Press Agency", 0, "EU adopts first economic sanctions against Minsk", """
      BRUSSELS, {PD} (CPA) - The EU adopted its first sectoral economic sanctions against Belarus on {DOW}, targeting the country's main export industries, the bloc's Council said.

      "The regime will pay a price for its behaviour," the EU's foreign policy chief told reporters.

      The measures ban imports of Belarusian potash and petroleum products.

      Minsk said it would respond with "asymmetric" measures.
    """),
    R("The Northern Ledger", 1, "Brussels strikes at Belarus economy", """
      The 27-nation European Union slapped sanctions on Belarus's potash and oil industries on {DOW}, the bloc's toughest measures yet against the government in Minsk.

      "The regime will pay a price for its behaviour," the EU's foreign policy chief said.

      The measures also bar Belarusian state banks from raising money in EU markets. EU foreign ministers approved them at a meeting in Brussels.

      Potash is one of Belarus's biggest sources of foreign currency.
    """),
  ])

# ---------------------------------------------------------------- h40 Poland expels Russian diplomats
H("h40", "2023-05-19", "166", ("POL", "GOV"), ("RUS", "GOV"), "Warsaw", "POL",
  "Poland expelled five Russian diplomats, accusing them of activities incompatible with their status.",
  [
    R("Danube Review", 0, "Poland expels five Russian diplomats", """
      Poland expelled five Russian diplomats on {DOW}, accusing them of "activities incompatible with their diplomatic status", the foreign ministry in Warsaw said.

      The diplomats, who worked at the embassy in Warsaw, were given five days to leave the country.

      Poland has expelled dozens of Russian diplomats since February 2022. The ministry did not say what the diplomats were accused of doing.

      Russia's embassy said Moscow would respond.
    """, expelled=5),
    R("Lodestar Wire", 0, "Warsaw orders Russian diplomats out", """
      WARSAW, {PD} (Lodestar) - Poland ordered five Russian diplomats to leave the country on {DOW}, a foreign ministry spokesman said, in the latest expulsion since Russia invaded Ukraine.

      The spokesman said the diplomats had engaged in "activities incompatible with their diplomatic status", a phrase often used to describe spying.

      The diplomats were given five days to leave.

      Poland expelled 45 Russian diplomats in March 2022.
    """, expelled=5),
    R("Steppe Observer", 1, "Moscow vows response after Polish expulsions", """
      Russia said on {PDOW} it would retaliate after Poland expelled a group of Russian diplomats on {DOW}.

      Warsaw accused the diplomats of working against Polish security, without giving details.

      The diplomats were given five days to leave the country. Russia's foreign ministry said Moscow's response would be "proportionate".

      Relations between the two countries are at their lowest point in decades.
    """),
  ])

# ---------------------------------------------------------------- h41 Germany expels Iranian diplomats
H("h41", "2024-09-18", "166", ("DEU", "GOV"), ("IRN", "GOV"), "Berlin", "DEU",
  "Germany expelled two Iranian diplomats after a plot against Iranian exiles in Germany was uncovered.",
  [
    R("Daily Meridian", 0, "Germany expels two Iranian diplomats over plot against exiles", """
      Germany expelled two Iranian diplomats on {DOW} after prosecutors uncovered what they called a plot to spy on and intimidate Iranian exiles in the country, the foreign ministry in Berlin said.

      The ministry summoned Iran's ambassador and told him the two men had 72 hours to leave.

      According to prosecutors, the plot involved gathering information on the homes and daily movements of prominent critics of the Iranian government in Berlin, Hamburg and Frankfurt, some of whom had received threatening messages.

      "We will not tolerate the persecution of Iranian dissidents on German soil," Germany's foreign minister said.
    """, expelled=2),
    R("Northstar News Agency", 0, "Berlin orders out Iranian embassy staff", """
      BERLIN, {PD} (Northstar) - The German government ordered two members of Iran's embassy in Berlin to leave the country on {DOW}, declaring them persona non grata.

      German prosecutors said last month that they had charged a man with spying on Iranian opposition figures on behalf of Iran's intelligence service.

      The foreign ministry summoned Iran's ambassador to inform him of the decision.

      Iran's foreign ministry called the decision "unjustified".
    """, expelled=2),
    R("The Atlas Tribune", 1, "Iran's diplomats kicked out of Germany", """
      Germany has kicked out two Iranian diplomats, the foreign ministry said on {DOW}, accusing Tehran of targeting exiles living in the country.

      "We will not tolerate the persecution of Iranian dissidents on German soil," the foreign minister said.

      The two diplomats have 72 hours to leave, officials said. The expulsions followed charges against a man accused of spying on Iranian opposition figures.

      Tehran summoned Germany's ambassador in response.
    """, expelled=2),
  ])

# ---------------------------------------------------------------- h42 North Korea threatens US
H("h42", "2023-08-17", "138", ("PRK", "GOV"), ("USA", None), "Pyongyang", "PRK",
  "North Korea threatened the United States with an overwhelming military response to planned joint drills with South Korea.",
  [
    R("Pacific Rim Report", 0, "North Korea threatens 'overwhelming' response to US drills", """
      North Korea threatened the United States on {DOW} with an "overwhelming" military response to joint exercises that Washington and Seoul plan to begin next week, state media said.

      A spokesman for North Korea's defence ministry said the drills were a rehearsal for nuclear war and that Pyongyang would take "all necessary measures".

      The statement, carried by the official news agency, accused the United States of bringing strategic bombers and an aircraft carrier to the peninsula and said Washington would bear full responsibility for any escalation.

      The annual exercises involve tens of thousands of troops.
    """),
    R("Lodestar Wire", 0, "Pyongyang warns Washington over upcoming military exercises", """
      SEOUL, {PD} (Lodestar) - Pyongyang warned Washington on {DOW} that it would face an "overwhelming" response if it went ahead with joint military drills with South Korea, according to the North's official news agency.

      "The U.S. will be held responsible for the consequences," the statement said.

      North Korea has test-fired a record number of missiles over the past two years.
    """),
    R("Eastern Standard", 1, "North Korea warns US of military retaliation", """
      North Korea's defence ministry threatened the United States with military retaliation on {DOW}, days before Washington and Seoul begin large-scale drills.

      "The U.S. will be held responsible for the consequences," the ministry said in a statement carried by state media.

      The exercises, which are held every year, are set to begin next week.

      South Korea's military said it was watching the North closely.
    """),
  ])

# ---------------------------------------------------------------- h43 Russia threatens Finland
H("h43", "2022-05-12", "138", ("RUS", "GOV"), ("FIN", "GOV"), "Moscow", "RUS",
  "Russia threatened Finland with military-technical retaliation if it joins NATO.",
  [
    R("Steppe Observer", 0, "Russia threatens Finland with retaliation over NATO bid", """
      Russia threatened on {DOW} to take "military-technical" retaliatory steps if Finland joins NATO, the foreign ministry in Moscow said.

      "Russia will be forced to take retaliatory steps, both of a military-technical and other nature," the ministry said in a statement.

      The ministry said Finland's membership would cause serious damage to relations between the two countries and to stability and security in northern Europe, and accused NATO of seeking to open a new front against Russia.

      Finland's president and prime minister said earlier in the day that the country should apply to join the alliance "without delay".
    """),
    R("Northstar News Agency", 0, "Moscow warns Helsinki of response to NATO membership", """
      MOSCOW, {PD} (Northstar) - The Kremlin warned Finland on {DOW} that its membership of NATO would be a threat to Russia and that Moscow would respond.

      The foreign ministry said Russia would be "forced to take retaliatory steps, both of a military-technical and other nature".

      Finland's leaders said earlier on {DOW} the country should apply to join NATO without delay.

      Finland shares a 1,340-km border with Russia.
    """),
    R("The Global Dispatch", 1, "Kremlin vows retaliation as Finland moves towards NATO", """
      Russia warned Finland of retaliation on {DOW}, saying it would take unspecified "military-technical" measures if its neighbour joined the Western military alliance.

      Finland stayed out of NATO throughout the Cold War.

      "Russia will be forced to take retaliatory steps," the foreign ministry said. Finland's leaders said the country should apply to join NATO without delay.

      Sweden is expected to decide on its own application within days.
    """),
  ])

# ---------------------------------------------------------------- h44 Poland sends troops to Belarus border
H("h44", "2023-08-10", "154", ("POL", "MIL"), ("BLR", None), "Bialystok", "POL",
  "Poland's army deployed 1,000 to 2,000 extra troops to the Podlaskie border region near Bialystok facing Belarus.",
  [
    R("Danube Review", 0, "Poland sends extra troops to Belarus border", """
      Poland began deploying about 2,000 additional troops to its border with Belarus on {DOW}, the defence ministry said, citing the presence of Wagner mercenaries in Belarus.

      The soldiers are being sent to the Podlaskie region around Bialystok, the ministry said.

      "We will not allow any provocation on our border," the defence minister said.

      Poland has built a 5.5-metre steel fence along part of the border to stop migrants crossing.
    """, deployed=2000),
    R("Continental Press Agency", 0, "Polish army reinforces eastern frontier", """
      WARSAW, {PD} (CPA) - The Polish army moved more soldiers to the frontier with Belarus on {DOW}, with 1,000 troops setting off in the first wave, a defence ministry spokesman said.

      "We will not allow any provocation on our border," the defence minister said.

      The soldiers are being sent to the Podlaskie region around Bialystok.

      Belarus is a close ally of Russia.
    """, deployed=1000),
    R("Highland Courier", 1, "Warsaw beefs up border force amid Wagner fears", """
      Poland deployed 2,000 more soldiers to the border with Belarus on {DOW}, reinforcing the units already stationed there.

      "We will not allow any provocation on our border," the Polish defence minister said.

      The soldiers are being sent to the Podlaskie region, where most of the border with Belarus runs. Poland has cited the presence of Wagner mercenaries in Belarus as a threat.

      Minsk accused Warsaw of stoking tension.
    """, deployed=2000),
  ])

# ---------------------------------------------------------------- h45 WFP convoy reaches Nyala
H("h45", "2024-08-28", "073", ("IGO", None), ("SDN", "CVL"), "Nyala", "SDN",
  "A World Food Programme convoy of 15 to 17 trucks delivered food aid to civilians in Nyala, South Darfur.",
  [
    R("Savanna Times", 0, "WFP convoy brings food to Nyala", """
      A World Food Programme convoy of 15 trucks carrying sorghum, pulses and oil reached Nyala, the capital of Sudan's South Darfur state, on {DOW}, the UN agency said.

      The food, about 500 tonnes, is enough to feed 50,000 people for a month, the WFP said.

      "People are desperate. This is a lifeline, but we need much more," a WFP official said.

      Nyala is controlled by the Rapid Support Forces.
    """, trucks=15, tonnes=500),
    R("Northstar News Agency", 0, "UN food aid reaches South Darfur capital", """
      NAIROBI, {PD} (Northstar) - The UN's food agency delivered aid to Nyala in Sudan's South Darfur on {DOW}, after a convoy of 17 trucks crossed from Chad, the agency said.

      "People are desperate. This is a lifeline, but we need much more," the WFP's country director said.

      The food is enough to feed tens of thousands of people for a month.

      Famine has been confirmed in a camp near El Fasher.
    """, trucks=17),
    R("The Global Dispatch", 1, "Aid trucks reach Darfur city after long journey", """
      A WFP aid convoy of 15 trucks arrived in Nyala on {DOW}, delivering food for civilians cut off by the war, the World Food Programme said.

      "People are desperate. This is a lifeline, but we need much more," the agency's Sudan director said.

      The convoy took two weeks to travel from the Chadian border.

      Nyala is controlled by the RSF.
    """, trucks=15),
  ])

# ---------------------------------------------------------------- h46 Jordanian aid to Aleppo
H("h46", "2023-02-09", "073", ("JOR", "GOV"), ("SYR", None), "Aleppo", "SYR",
  "Jordan flew a plane of earthquake relief supplies into Aleppo.",
  [
    R("Crescent Daily", 0, "Jordanian aid plane lands in quake-hit Aleppo", """
      A Jordanian plane carrying earthquake relief supplies landed in Aleppo on {DOW}, Jordan's state news agency said, the first aid flight from Amman to the Syrian city since the disaster.

      The plane carried tents, blankets, food and medicine, the agency said.

      A Jordanian official said more flights would follow.

      The earthquake earlier this week killed thousands of people in Turkey and Syria.
    """),
    R("Gulf Courier", 0, "Amman sends relief to Syria's Aleppo", """
      Jordan delivered 15 tonnes of aid to Aleppo on {DOW}, flying tents, blankets and medical supplies into the city's airport to help survivors of the earthquake.

      A Jordanian official said more flights would follow.

      The plane landed at Aleppo's international airport, where Syrian officials received the cargo, state media said. Thousands of people in the city were left homeless by the quake.

      Jordan and Syria share a long border.
    """, tonnes=15),
    R("Bay Bulletin", 1, "Jordan flies quake aid into Syria", """
      Jordan sent a cargo plane of relief supplies to Syria on {DOW} for people hit by the earthquake, Jordanian state media reported.

      The plane carried 15 tonnes of tents, blankets and medicine, officials said.

      Syrian officials received the cargo at the airport, state media said. More flights are planned, a Jordanian official said.

      Rescue teams are still searching for survivors under the rubble.
    """, tonnes=15),
  ])

# ---------------------------------------------------------------- h47 Zaria school kidnapping
H("h47", "2024-03-12", "181", ("NGA", "UAF"), ("NGA", "EDU"), "Zaria", "NGA",
  "Gunmen abducted 87 to 95 students from a secondary school near Zaria in Kaduna state.",
  [
    R("Savanna Times", 0, "Gunmen abduct dozens of students near Zaria", """
      Gunmen abducted at least 87 students from a secondary school on the outskirts of Zaria in Nigeria's Kaduna state on {DOW} morning, police and a teacher said.

      The attackers arrived on motorcycles as pupils were assembling for lessons and marched them into the bush, the teacher said.

      It was the largest abduction from a school in the state in recent years, and the governor cut short a trip abroad to return to Kaduna, his office said.

      Security forces have been deployed to search for the students, a police spokesman said.
    """, abducted=87),
    R("Lodestar Wire", 0, "Nigeria: more than 90 pupils kidnapped from Kaduna school", """
      KADUNA, Nigeria, {PD} (Lodestar) - Armed men kidnapped 95 students from a school near the northern Nigerian city of Zaria on {DOW}, a local government official said.

      "They came shooting in the air and took the children away," a resident said.

      Police said security forces were searching the forests around the school.

      Kidnappings for ransom by armed gangs are common in the north-west of the country.
    """, abducted=95),
    R("The Global Dispatch", 1, "Bandits seize schoolchildren in Nigeria", """
      Bandits seized 87 schoolchildren in Nigeria's Kaduna state on {DOW}, police said, in the latest mass abduction from a school in the country's north.

      "They came shooting in the air and took the children away," one villager said.

      Police said the gunmen arrived on motorcycles as students were gathering for morning lessons.

      The governor has vowed to bring the children home safely.
    """, abducted=87),
    R("Daily Meridian", 1, "Nigeria school abduction: 87 students missing", """
      Armed gangs abducted 87 students from a school near Zaria on {DOW}, Kaduna state police said on {PDOW}.

      Parents gathered at the school gates seeking news of their children.

      The gunmen arrived on motorcycles and marched the students into the bush, a teacher said. Security forces are searching the surrounding forests.

      More than 1,400 students have been kidnapped from Nigerian schools since 2014, according to a children's charity.
    """, abducted=87),
  ])

# ---------------------------------------------------------------- h48 Port-au-Prince kidnapping
H("h48", "2022-11-12", "181", ("HTI", "CRM"), ("HTI", "CVL"), "Port-au-Prince", "HTI",
  "A gang kidnapped 12 to 15 bus passengers in Port-au-Prince.",
  [
    R("Bay Bulletin", 0, "Gang kidnaps bus passengers in Haitian capital", """
      Gang members kidnapped 12 passengers from a bus in the Martissant area of Port-au-Prince on {DOW}, a human rights group said.

      The gunmen forced the bus to stop at a makeshift roadblock and took the passengers away, the group said.

      The passengers were taken to an area controlled by the gang, the group said. Their relatives have been asked for ransoms.

      Gangs control much of the Haitian capital.
    """, abducted=12),
    R("Continental Press Agency", 0, "Haiti: gunmen seize 15 from bus in Port-au-Prince", """
      PORT-AU-PRINCE, {PD} (CPA) - Armed gangs abducted 15 people from a public bus in Port-au-Prince on {DOW}, police sources said.

      The kidnappers have demanded ransoms for the passengers, relatives said.

      The gunmen stopped the bus at a makeshift roadblock in the Martissant area, the sources said.

      Police said they were working to locate the hostages.

      Haiti has one of the highest kidnapping rates in the world.
    """, abducted=15),
    R("Plains Chronicle", 1, "Bus passengers taken by gang in Haiti", """
      A Haitian gang took 12 bus passengers hostage in the capital Port-au-Prince on {DOW}, according to a local rights organisation.

      The gunmen forced the bus to stop at a roadblock, witnesses said.

      The UN has called for an international force to help Haiti's police.

      The passengers were taken to an area controlled by the gang, the organisation said.

      The kidnappers demanded ransoms from the passengers' families.
    """, abducted=12),
  ])

# ================================================================ distractors of h38-h48

H("h73", "2023-10-10", "166", ("POL", "GOV"), ("RUS", "GOV"), "Warsaw", "POL",
  "Poland expelled one Russian diplomat accused of spying, months after the May expulsions.",
  [
    R("Danube Review", 0, "Poland expels Russian diplomat over spying", """
      Poland expelled a Russian diplomat on {DOW}, accusing him of spying for Moscow's military intelligence, the foreign ministry in Warsaw said.

      He was given three days to leave Poland.

      The ministry said the diplomat had collected information on military sites in eastern Poland. Russia's embassy called the decision "a provocation" and said Moscow would respond in kind. Warsaw has expelled dozens of Russian diplomats since the start of the war in Ukraine.
    """, expelled=1),
  ], distractor_of="h40")

H("h74", "2023-08-23", "138", ("PRK", "GOV"), ("USA", None), "Pyongyang", "PRK",
  "North Korea again threatened the United States with military retaliation as the joint drills began.",
  [
    R("Pacific Rim Report", 0, "North Korea renews threats as drills begin", """
      North Korea threatened the United States on {DOW} with "merciless" retaliation as the allies' joint drills got under way, state media said.

      The statement came from the North's foreign ministry.

      It said the United States was "playing with fire" by holding the drills near its border. South Korea's military said it had not detected unusual activity in the North. The drills are due to last 11 days.
    """),
  ], distractor_of="h42")

H("h75", "2024-03-20", "181", ("NGA", "UAF"), ("NGA", "EDU"), "Zaria", "NGA",
  "Gunmen abducted 12 pupils from an Islamic school near Zaria, eight days after the mass school abduction.",
  [
    R("Savanna Times", 0, "Twelve pupils abducted from Islamic school near Zaria", """
      Gunmen abducted 12 pupils from an Islamic boarding school near Zaria on {DOW}, police said, eight days after dozens of students were kidnapped from a secondary school in the same area.

      The attackers struck at night, police said.

      The school's principal said the attackers came on motorcycles and fired into the air. Security forces were sent to the area, a police spokesman said.
    """, abducted=12),
  ], distractor_of="h47")

H("h76", "2024-09-04", "073", ("IGO", None), ("SDN", "CVL"), "Nyala", "SDN",
  "A second WFP convoy of 10 trucks delivered food to Nyala, a week after the first.",
  [
    R("Savanna Times", 0, "Second WFP convoy reaches Nyala", """
      A second WFP convoy, of 10 trucks, reached Nyala in South Darfur on {DOW}, the UN agency said, a week after the first.

      The trucks carried food for about 30,000 people.

      Nyala is controlled by the Rapid Support Forces.

      The convoy crossed from Chad through the Adre border crossing, the WFP said. The agency said it hoped to send more convoys before roads become impassable.
    """, trucks=10),
  ], distractor_of="h45")
