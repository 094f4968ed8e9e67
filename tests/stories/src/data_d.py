"""Happenings h20-h27 (protests and riots with tear gas) and their distractors."""
from lib import H, R

# ---------------------------------------------------------------- h20 Paris pension riot
H("h20", "2023-03-23", "145", ("FRA", "CVL"), ("FRA", "GOV"), "Paris", "FRA",
  "Protests against the pension reform turned into rioting in Paris; police fired tear gas and arrested 80 to 103 people.",
  [
    R("Daily Meridian", 0, "Paris pension protest turns violent as police fire tear gas", """
      Protesters opposed to the government's pension reform clashed with police in central Paris on {DOW}, setting fire to rubbish bins and smashing shop windows, and officers responded with tear gas.

      The Paris police chief said 103 people had been arrested in the capital by late evening.

      The reform raises the state pension age from 62 to 64. The government pushed it through parliament without a final vote last week.
    """, arrested=103),
    R("Continental Press Agency", 0, "Clashes erupt in Paris during ninth day of pension protests", """
      PARIS, {PD} (CPA) - Rioters torched piles of rubbish and threw projectiles at police near the Place de la Bastille on {DOW}, as a march against the president's pension reform descended into violence.

      Police fired volleys of tear gas and made about 80 arrests, a police source said.

      Clouds of tear gas drifted over the square as protesters set up barricades of scooters and rubbish bins, and firefighters struggled to reach blazes in several side streets, a CPA reporter at the scene said.

      "We will not let a minority of thugs take over the streets," the interior minister said.
    """, arrested=80),
    R("The Northern Ledger", 1, "Fires and tear gas on the streets of Paris", """
      Black-clad demonstrators set fire to rubbish and street furniture in Paris on {DOW} as anger over the pension reform boiled over, and police used tear gas to disperse them.

      The interior minister said 103 people were arrested in Paris. "We will not let a minority of thugs take over the streets," he told a late-night news conference.

      Unions have called another day of strikes and protests for next week.
    """, arrested=103),
    R("Evening Sentinel", 1, "French pension protesters riot in capital", """
      French protesters rioted in Paris on {DOW} against the pension overhaul, hurling bottles and paving stones at police, who fired tear gas, according to police and witnesses.

      More than 100 people were detained in the capital, police said.

      A burning newspaper kiosk sent thick black smoke over the boulevards near the Opera.

      The reform raises the state pension age from 62 to 64.
    """, arrested=100),
  ])

# ---------------------------------------------------------------- h21 Nairobi tax protest
H("h21", "2024-07-02", "145", ("KEN", "CVL"), ("KEN", "GOV"), "Nairobi", "KEN",
  "Anti-tax protesters in central Nairobi looted shops and burned tyres; police fired tear gas and arrested 40 to 52 people.",
  [
    R("Savanna Times", 0, "Police fire tear gas as Nairobi tax protests turn violent", """
      Protesters in Nairobi looted shops, burned tyres and hurled stones at police on {DOW} as demonstrations against tax increases turned violent, and police fired tear gas to scatter them.

      Police said 52 people had been arrested in the capital.

      Shops along Moi Avenue were boarded up by the afternoon.

      Young Kenyans organised mainly on social media have led weeks of protests against the government's finance plans.
    """, arrested=52),
    R("Lodestar Wire", 0, "Kenyan anti-tax protesters clash with police in Nairobi", """
      NAIROBI, {PD} (Lodestar) - Kenyan protesters clashed with police in central Nairobi on {DOW}, burning tyres and looting shops along Moi Avenue, Lodestar witnesses said.

      Police fired tear gas and water cannon to disperse hundreds of demonstrators, most of them young people.

      Police did not give a figure for arrests.

      "We are tired of being taxed to death," said one protester, a 24-year-old student.
    """),
    R("Harbor Times", 1, "Dozens arrested after rioting in Kenya's capital", """
      Around 40 people were arrested in Nairobi on {DOW} after anti-government demonstrators rioted in the city centre, ransacking shops and setting up burning barricades.

      Police used tear gas against the crowds throughout the afternoon.

      Shops along Moi Avenue were looted and several were set on fire, witnesses said.

      "We are tired of being taxed to death," one demonstrator told local television.
    """, arrested=40),
  ])

# ---------------------------------------------------------------- h22 Nis student rally
H("h22", "2025-03-08", "141", ("SRB", "EDU"), ("SRB", "GOV"), "Nis", "SRB",
  "Tens of thousands of students and supporters rallied in Nis against government corruption.",
  [
    R("Danube Review", 0, "Tens of thousands join student-led rally in Serbia's Nis", """
      Tens of thousands of people joined a student-led rally against corruption in the southern Serbian city of Niš on {DOW} — the latest in months of protests against the government.

      Students who had walked for days from Belgrade and Novi Sad were greeted with applause and flowers as they entered the city.

      Residents lined the streets and handed out food, water and blankets to students who had spent the night in sports halls across the city, and many shopkeepers closed early to join the crowd in the main square.

      The protests began after the collapse of a railway station canopy in Novi Sad killed 15 people in November.
    """),
    R("Continental Press Agency", 0, "Serbian students lead huge anti-graft protest in Nis", """
      NIS, Serbia, {PD} (CPA) - Serbian university students led a protest by about 20,000 people, according to a police estimate, in the city of Nis on {DOW}, demanding accountability for corruption they blame for a deadly accident last year.

      Organisers put the crowd at close to 50,000.

      Students who walked for days from Belgrade and Novi Sad were welcomed by residents with food and flowers.

      The government has said the protests are being manipulated from abroad.
    """, participants=20000),
    R("The Capital Observer", 1, "Student protest movement fills streets of Nis", """
      Students demonstrated in Nis on {DOW} against what they call a corrupt government, drawing a crowd organisers estimated at 50,000.

      Protesters blew whistles and held up banners reading "Corruption kills" in the city centre.

      Serbia's president has rejected calls for early elections.

      The rally passed off peacefully. Students said they would keep protesting until their demands were met, including the release of documents about the collapse of the Novi Sad station canopy.
    """, participants=50000),
  ])

# ---------------------------------------------------------------- h23 Tbilisi riot
H("h23", "2024-12-02", "145", ("GEO", "CVL"), ("GEO", "GOV"), "Tbilisi", "GEO",
  "Pro-EU protesters outside parliament in Tbilisi threw fireworks at police, who fired tear gas and water cannon and detained about 40 to 48 people.",
  [
    R("Danube Review", 0, "Georgian police use tear gas as protesters hurl fireworks in Tbilisi", """
      Protesters angry at the government's decision to suspend talks on joining the European Union hurled fireworks and stones at police outside parliament in Tbilisi on {DOW}, and riot police responded with tear gas and water cannon.

      The interior ministry said 48 people were detained.

      Protesters built barricades on Rustaveli Avenue and set them on fire.

      It was the fifth straight night of protests in the Georgian capital.
    """, arrested=48),
    R("Northstar News Agency", 1, "Fifth night of clashes in Georgian capital", """
      TBILISI, {PD} (Northstar) - Pro-European demonstrators clashed with riot police on Rustaveli Avenue in Tbilisi on {DOW} night, firing fireworks at officers who pushed them back with water cannon and tear gas.

      About 40 people were detained, rights groups said.

      The interior ministry said several police officers were injured.

      The ruling Georgian Dream party has accused the opposition of trying to stage a revolution.
    """, arrested=40),
    R("Steppe Observer", 1, "Georgia protest turns violent outside parliament", """
      Thousands of pro-EU protesters in Georgia's capital, Tbilisi, rioted outside the parliament building on {DOW}, setting barricades on fire and shooting fireworks at police lines.

      Police fired tear gas and detained 48 people, the interior ministry said.

      "We will not give up our European future," one protester said. The ruling party accuses the opposition of trying to stage a revolution.

      The protests erupted after the government froze EU accession talks until 2028.
    """, arrested=48),
  ])

# ---------------------------------------------------------------- h24 Lima march
H("h24", "2023-01-19", "141", ("PER", "CVL"), ("PER", "GOV"), "Lima", "PER",
  "Thousands of protesters from southern Peru marched in Lima demanding the president's resignation.",
  [
    R("Andes Herald", 0, "Thousands march on Lima demanding president's resignation", """
      Thousands of protesters, many of them from Peru's southern Andes, marched through central Lima on {DOW} demanding the resignation of the president and early elections.

      Demonstrators carried Peruvian flags and banners with the names of people killed in earlier unrest.

      Police blocked access to the Congress building with metal barriers.

      "We want new elections now," said one protester who had travelled from Puno. Police said the march was largely peaceful.
    """),
    R("Lodestar Wire", 0, "'Take over Lima' march brings thousands to Peru's capital", """
      LIMA, {PD} (Lodestar) - Thousands of Peruvians converged on the capital on {DOW} to protest against the government of the president, in what organisers called the "takeover of Lima".

      Many had travelled for days by bus from the Puno and Cusco regions.

      "We want her to go, and we want new elections now," said a protester from Juliaca.

      Police closed off access to Congress with metal barriers.
    """),
    R("Plains Chronicle", 1, "Protesters flood Peruvian capital", """
      Demonstrators opposed to the government marched in Peru on {DOW} in their thousands, calling on the president to step down.

      "We want her to go, and we want new elections now," one marcher said.

      Many of the protesters had travelled from the southern Andes. Police said the march was largely peaceful.

      Peru has been rocked by protests since the ousting of the former president in December.
    """),
  ])

# ---------------------------------------------------------------- h25 Tel Aviv rally
H("h25", "2023-07-15", "141", ("ISR", "CVL"), ("ISR", "GOV"), "Tel Aviv", "ISR",
  "About 100,000 to 160,000 Israelis rallied in Tel Aviv against the government's judicial overhaul.",
  [
    R("Crescent Daily", 0, "Tens of thousands rally in Tel Aviv against judicial overhaul", """
      More than 100,000 Israelis rallied in Tel Aviv on {DOW} night against the government's plan to curb the powers of the Supreme Court, Israeli media reported.

      Protesters waving blue-and-white flags filled Kaplan Street and blocked the Ayalon highway for more than an hour.

      Police used water cannon to clear protesters from the highway.

      It was the 28th consecutive week of protests against the overhaul.
    """, participants=100000),
    R("Lodestar Wire", 1, "Israelis keep up weekly protests against government's court plan", """
      TEL AVIV, {PD} (Lodestar) - Israelis protested in huge numbers in Tel Aviv on {DOW} against the prime minister's judicial overhaul, with organisers saying 160,000 people took part.

      Police used water cannon to clear protesters who had blocked the Ayalon highway.

      Protesters filled Kaplan Street waving blue-and-white Israeli flags.

      The government says the changes are needed to rein in activist judges.
    """, participants=160000),
    R("The Global Dispatch", 1, "Mass protest against judicial changes in Israel", """
      Around 100,000 protesters demonstrated in Tel Aviv on {DOW} evening against the Israeli government's judicial reform plan, according to crowd estimates cited by local media.

      "This is a fight for the character of the country," said a reservist pilot who addressed the crowd on Kaplan Street.

      Speakers at the rally included former security chiefs and a retired Supreme Court justice, who warned that the overhaul would leave the country without checks on the government and urged the crowd to keep up the pressure.

      Parliament is expected to vote next week on the first part of the plan.
    """, participants=100000),
  ])

# ---------------------------------------------------------------- h26 Bangkok riot
H("h26", "2021-08-10", "145", ("THA", "EDU"), ("THA", "GOV"), "Bangkok", "THA",
  "Student-led protesters in Bangkok threw firecrackers and set fires near the prime minister's residence; police used tear gas, rubber bullets and water cannon and arrested 30 to 48.",
  [
    R("Pacific Rim Report", 0, "Thai police fire tear gas as student protesters clash near PM's residence", """
      Student-led protesters demanding the resignation of Thailand's prime minister threw firecrackers and burned tyres near his residence in Bangkok on {DOW}, and police fired tear gas, rubber bullets and water cannon to push them back.

      Police said 48 people were arrested.

      Police said the protesters had set fire to a police booth near the Din Daeng intersection.

      The protesters blame the government for its handling of the COVID-19 pandemic.
    """, arrested=48),
    R("Northstar News Agency", 0, "Bangkok clashes as youth protesters defy virus rules", """
      BANGKOK, {PD} (Northstar) - Young anti-government demonstrators clashed with riot police in Bangkok on {DOW}, setting fire to a police booth near the Din Daeng intersection.

      Police responded with tear gas and rubber bullets. About 30 people were detained, a police spokesman said.

      The protesters demanded the prime minister's resignation over his handling of the pandemic.

      Gatherings of more than five people are banned under coronavirus rules.
    """, arrested=30),
    R("Eastern Standard", 1, "Thai students riot in capital, dozens arrested", """
      Students and other young protesters rioted in the Thai capital on {DOW}, hurling rocks and firecrackers at police lines on the road to the prime minister's residence.

      Police fired tear gas and made 48 arrests, a police spokesman said.

      A police booth near the Din Daeng intersection was set on fire.

      The protest movement emerged in 2020, calling for the prime minister's resignation and reform of the monarchy.
    """, arrested=48),
  ])

# ---------------------------------------------------------------- h27 Colombo protest
H("h27", "2022-05-03", "141", ("LKA", "CVL"), ("LKA", "GOV"), "Colombo", "LKA",
  "Thousands of Sri Lankans protested outside the Presidential Secretariat in Colombo demanding the president resign over the economic crisis.",
  [
    R("Pacific Rim Report", 0, "Thousands protest in Colombo as economic crisis deepens", """
      Thousands of Sri Lankans demonstrated outside the Presidential Secretariat in Colombo on {DOW}, demanding that the president resign over the country's worst economic crisis in decades.

      Protesters chanted "Go home, go home" and waved national flags along the seafront.

      Sri Lanka has run short of fuel, food and medicine as its foreign reserves dwindled.

      The protesters have camped on the Galle Face seafront for weeks.
    """),
    R("Continental Press Agency", 0, "Sri Lankan protesters keep up pressure on president", """
      COLOMBO, {PD} (CPA) - Protesters rallied in their thousands near the president's office in Colombo on {DOW}, demanding he step down over shortages of fuel and food.

      The demonstrators, many of them young professionals, have camped on the Galle Face seafront for weeks.

      "We cannot buy fuel, we cannot buy medicine," said a 29-year-old engineer. Police watched the protest but did not intervene.

      The president has refused to resign.
    """),
    R("Bay Bulletin", 1, "Protesters demand Sri Lankan leader quit", """
      Crowds of protesters gathered in Sri Lanka on {DOW} to demand the resignation of the president, chanting "Go home, go home".

      The country defaulted on its foreign debt last month.

      "We cannot buy fuel, we cannot buy medicine," one protester said. Many of the demonstrators were young professionals who had never protested before.

      Opposition parties have threatened a no-confidence motion in parliament.
    """),
  ])

# ================================================================ distractors of h20-h27

H("h65", "2023-03-23", "145", ("FRA", "CVL"), ("FRA", "GOV"), "Bordeaux", "FRA",
  "Pension protesters in Bordeaux smashed bank windows and clashed with police, who fired tear gas and arrested 12.",
  [
    R("Continental Press Agency", 0, "Protesters smash bank windows in Bordeaux", """
      BORDEAUX, France, {PD} (CPA) - Protesters against the pension reform smashed the windows of two banks and clashed with police in the centre of Bordeaux on {DOW}, and officers fired tear gas, the local prefecture said.

      Twelve people were arrested, the prefecture said.

      The violence broke out near the city's cathedral at the end of a march by several thousand people. Several officers were slightly injured, police said.
    """, arrested=12),
    R("Harbor Times", 1, "Violence in Bordeaux during pension march", """
      Demonstrators in Bordeaux threw stones at police and broke bank windows on {DOW} as a pension march in the south-western city turned violent, and police responded with tear gas.

      The trouble started at the end of a march by several thousand people near the cathedral. Firefighters put out several rubbish fires.

      Several officers were hurt by flying stones, the prefecture said.

      Police arrested 12 people in Bordeaux.
    """, arrested=12),
  ], distractor_of="h20")

H("h66", "2023-03-28", "145", ("FRA", "CVL"), ("FRA", "GOV"), "Paris", "FRA",
  "Pension protesters clashed with police in Paris again, five days after the earlier riot; 27 arrested.",
  [
    R("Daily Meridian", 0, "New clashes in Paris on tenth day of pension protests", """
      Protesters clashed with police in Paris again on {DOW}, throwing bottles at officers near the Place de la Nation on the tenth day of nationwide action against the pension reform.

      Police fired tear gas and arrested 27 people in the capital.

      Several shop windows were smashed along the route, police said.

      Riot police used a water cannon near the end of the march, witnesses said.

      Turnout was lower than last week, unions said.
    """, arrested=27),
  ], distractor_of="h20")

H("h67", "2024-07-02", "145", ("KEN", "CVL"), ("KEN", "GOV"), "Mombasa", "KEN",
  "Anti-tax protesters in Mombasa blocked roads and burned tyres; police fired tear gas and arrested 15.",
  [
    R("Savanna Times", 0, "Mombasa protesters burn tyres, police fire tear gas", """
      Anti-tax protesters in the Kenyan port city of Mombasa blocked roads with burning tyres and stoned police vehicles on {DOW}, and police fired tear gas, local officials said.

      Fifteen people were arrested in Mombasa.

      Police said several officers were hurt by stones.

      The protesters blocked the main road to the port for several hours, local officials said. Traders in the old town closed their shops early.
    """, arrested=15),
  ], distractor_of="h21")

H("h68", "2024-12-02", "145", ("GEO", "CVL"), ("GEO", "GOV"), "Batumi", "GEO",
  "Pro-EU protesters in Batumi threw stones at police outside the regional government building; six detained.",
  [
    R("Steppe Observer", 0, "Protesters clash with police in Georgia's Batumi", """
      Pro-EU protesters in the Black Sea city of Batumi threw stones at police outside the regional government building on {DOW}, and police detained six people, local media reported.

      The protesters gathered outside the building of the Adjara regional government in the evening and chanted pro-EU slogans. Several officers were injured, police said.

      The protest was smaller than the one in the capital.
    """, arrested=6),
  ], distractor_of="h23")

H("h69", "2023-07-22", "141", ("ISR", "CVL"), ("ISR", "GOV"), "Tel Aviv", "ISR",
  "Tens of thousands rallied in Tel Aviv against the judicial overhaul a week later, on the eve of a Knesset vote.",
  [
    R("Crescent Daily", 0, "Tel Aviv protesters rally again on eve of key vote", """
      Tens of thousands of Israelis rallied in Tel Aviv on {DOW} night against the judicial overhaul, a day before parliament was due to vote on a key part of the plan.

      It was the 29th week of protests.

      Protesters blocked roads around Kaplan Street, and some stayed until the early hours. Organisers said the turnout was among the biggest since the protests began.
    """),
    R("Lodestar Wire", 1, "Israelis protest in Tel Aviv ahead of court vote", """
      TEL AVIV, {PD} (Lodestar) - Israelis demonstrated in Tel Aviv on {DOW} in the 29th week of protests against the government's judicial plan, on the eve of a vote in the Knesset.

      Protesters marched from Habima Square to Kaplan Street.

      Police detained several protesters who blocked a highway. Organisers called for a general strike if the vote went ahead.
    """),
  ], distractor_of="h25")
