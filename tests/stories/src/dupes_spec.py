"""Near-duplicate copies: republished versions of reports, edited as a republisher would.

Paragraph indexes in swap/add_at count the body paragraphs (a "By ..." byline line is not counted).
"""
from lib import C

# h01 Kharkiv (wire copy picked up twice, and a syndicated paper story)
C("h01-r1", "Portside Daily", 0, title="At least 12 killed as Russia shells Kharkiv homes",
  byline="By Lodestar staff",
  boiler="(c) 2023 Portside Daily. Reporting by Lodestar Wire.")
C("h01-r1", "Metro Digest", 1, title="Kharkiv: Russian shelling kills 12, wounds 31",
  cut_last=True, reword=[("Shells hit two apartment blocks", "Shells struck two apartment blocks")])
C("h01-r4", "The Valley Express", 0, title="Russian shelling kills 14 in Kharkiv",
  byline="By Irina Sokolenko, Coastal Post",
  boiler="This story was originally published by Coastal Post and is republished with permission.")

# h02 Marib
C("h02-r1", "Global Briefing", 0, title="Saudi-led strikes kill 25 Houthis near Marib - coalition",
  add="Yemen's war has killed tens of thousands of people and pushed millions to the brink of famine.",
  boiler="Follow Global Briefing on social media for more updates.")

# h03 Nabatieh
C("h03-r1", "NewsRoundup Hub", 0, byline="By Northstar reporters", swap=(1, 2))

# h04 Damboa
C("h04-r2", "Portside Daily", 1, title="Nine soldiers killed in attack on Nigerian base - sources",
  cut_last=True)

# h05 Mogadishu
C("h05-r1", "Harbor Times", 0, title="Al-Shabaab car bomb kills six at Mogadishu checkpoint",
  byline="By CPA correspondent", boiler="(c) 2023 Harbor Times")
C("h05-r1", "Metro Digest", 1,
  reword=[("exploded at a police checkpoint", "went off at a police checkpoint")],
  boiler="Copyright 2023 Metro Digest. All rights reserved.")

# h06 El Fasher
C("h06-r1", "Global Briefing", 0, title="Paramilitary shelling kills 15 in besieged El Fasher",
  add="The United Nations has warned that people trapped in the city face famine.",
  boiler="Follow Global Briefing on social media for more updates.")

# h07 Loikaw (the wire report that names no town)
C("h07-r2", "The Valley Express", 1, title="Eleven civilians killed in Myanmar air strike",
  reword=[("rescue workers said", "rescuers said")])

# h09 Jermuk
C("h09-r3", "Eastern Standard", 0, title="Two Armenian troops killed in border fire - ministry",
  byline="By Lodestar staff", cut_last=True)

# h10 Sake
C("h10-r2", "NewsRoundup Hub", 0, title="M23 attack on Sake kills six - hospital source",
  swap=(1, 2), boiler="Sign up for our Africa newsletter to get the day's top stories.")

# h11 Timbuktu
C("h11-r2", "Portside Daily", 1, title="Jihadist raid kills 14 Malian soldiers - sources",
  add="The attack was one of the deadliest on the Malian army this year.", add_at=2)

# h12 Djibo
C("h12-r1", "Metro Digest", 0, byline="By CPA reporters in Ouagadougou",
  boiler="Copyright 2023 Metro Digest. All rights reserved.")

# h13 Cucuta
C("h13-r2", "Bay Bulletin", 0, title="ELN blamed for deadly Cucuta police station bombing",
  cut_last=True)

# h14 Minsk
C("h14-r2", "Riverside Gazette", 0, title="Belarus detains seven activists in Minsk raids",
  reword=[("called the arrests", "described the arrests as")],
  boiler="Riverside Gazette uses material from Lodestar Wire.")

# h16 Istanbul (a paper story syndicated)
C("h16-r1", "The Valley Express", 0, title="Ten journalists detained in Istanbul",
  byline="By Danube Review staff", boiler="Originally published by Danube Review.")

# h18 Moscow
C("h18-r1", "Portside Daily", 0, title="Hundreds detained at Moscow anti-war protest",
  byline="By Lodestar staff")
C("h18-r1", "Global Briefing", 1, cut_last=True,
  add="Russia's parliament has passed laws punishing what it calls false information about the armed forces.")

# h20 Paris
C("h20-r1", "The Valley Express", 0, title="Tear gas in Paris as pension protest turns violent",
  byline="By Claire Dumont, Daily Meridian",
  boiler="This story was originally published by Daily Meridian and is republished with permission.")
C("h20-r2", "Metro Digest", 0, title="Paris clashes during pension protests", swap=(1, 2))

# h21 Nairobi
C("h21-r2", "Portside Daily", 0, title="Nairobi protesters loot shops, police fire tear gas",
  byline="By Lodestar correspondent", cut_last=True)

# h22 Nis
C("h22-r1", "Global Briefing", 1, title="Students lead mass anti-corruption rally in Serbia",
  add="Serbia is a candidate for membership of the European Union.",
  boiler="Follow Global Briefing on social media for more updates.")

# h23 Tbilisi
C("h23-r2", "NewsRoundup Hub", 1, title="Tbilisi: fireworks, tear gas and water cannon on fifth night",
  reword=[("Pro-European demonstrators", "Pro-EU demonstrators")],
  boiler="Read more world news on NewsRoundup Hub.")

# h25 Tel Aviv
C("h25-r2", "Metro Digest", 0, title="160,000 protest in Tel Aviv, organisers say",
  byline="By Lodestar staff")
C("h25-r2", "Riverside Gazette", 1, cut_last=True,
  reword=[("protested in huge numbers", "protested in vast numbers")])

# h26 Bangkok
C("h26-r2", "Bay Bulletin", 0, title="Bangkok youth protest ends in tear gas and arrests",
  swap=(2, 3))

# h28 Athens
C("h28-r2", "Portside Daily", 0, title="Turkish foreign minister in Athens as neighbours seek thaw",
  add="Greece and Turkey came close to war over an uninhabited Aegean islet in 1996.")

# h29 Tokyo
C("h29-r2", "The Valley Express", 1, title="South Korea, Japan leaders hold Tokyo summit",
  byline="By Lodestar staff", cut_last=True)

# h32 Almaty
C("h32-r2", "Global Briefing", 0, title="Armenia and Azerbaijan resume peace talks in Kazakhstan",
  boiler="Follow Global Briefing on social media for more updates.")

# h34 Jeddah
C("h34-r2", "Crescent Daily", 0, title="Sudan's warring parties agree 24-hour truce - mediators",
  byline="By Lodestar correspondents")
C("h34-r2", "Metro Digest", 1, cut_last=True,
  boiler="Copyright 2023 Metro Digest. All rights reserved.")

# h36 Havana
C("h36-r2", "Plains Chronicle", 0, title="Colombia and ELN guerrillas sign ceasefire in Havana",
  reword=[("signed a bilateral ceasefire agreement", "signed a two-way ceasefire deal")],
  boiler="(c) 2023 Plains Chronicle")

# h38 Washington
C("h38-r1", "Portside Daily", 0, title="US sanctions 16 firms, 17 tankers over Iranian oil",
  add="Oil prices were little changed after the announcement.")

# h39 Brussels (a paper story syndicated)
C("h39-r1", "The Valley Express", 1, title="EU slaps economic sanctions on Belarus",
  byline="By Danube Review correspondent in Brussels",
  boiler="Originally published by Danube Review.")

# h40 Warsaw
C("h40-r2", "NewsRoundup Hub", 0, title="Poland expels five Russian diplomats", cut_last=True)

# h41 Berlin
C("h41-r1", "Riverside Gazette", 0, title="Berlin expels Iranian diplomats over plot against dissidents",
  swap=(1, 2), boiler="Riverside Gazette uses material from Daily Meridian.")

# h42 Pyongyang
C("h42-r2", "Metro Digest", 0, title="North Korea warns US of 'overwhelming' response to drills",
  byline="By Lodestar staff")
C("h42-r2", "Global Briefing", 1, cut_last=True,
  add="The United States keeps about 28,500 troops in South Korea.")

# h43 Moscow
C("h43-r2", "Portside Daily", 0, title="Russia warns Finland it will retaliate if it joins NATO",
  reword=[("The Kremlin warned Finland", "Russia warned Finland")])

# h45 Nyala (a paper story syndicated)
C("h45-r1", "NewsRoundup Hub", 1, byline="By Savanna Times reporter", cut_last=True,
  boiler="Read more world news on NewsRoundup Hub.")

# h47 Zaria
C("h47-r2", "Portside Daily", 0, title="Gunmen kidnap 95 students near Nigeria's Zaria",
  byline="By Lodestar staff")
C("h47-r2", "The Valley Express", 1,
  reword=[("Armed men kidnapped 95 students", "Armed men abducted 95 students")],
  swap=(1, 2), boiler="Follow us on social media for the latest news.")

# h48 Port-au-Prince
C("h48-r2", "Metro Digest", 0, title="Gang abducts 15 bus passengers in Haiti's capital",
  cut_last=True)

# copies of distractor reports (they belong with the distractor, not with its look-alike)
C("h49-r1", "Portside Daily", 0, title="Three killed in Russian shelling of Zaporizhzhia",
  byline="By Lodestar staff")
C("h54-r1", "Harbor Times", 0, title="Four dead as suicide car bomb hits Mogadishu police",
  boiler="(c) 2023 Harbor Times")
C("h65-r1", "Metro Digest", 0, title="Bordeaux bank windows smashed in pension protest",
  cut_last=True)
C("h63-r1", "Global Briefing", 0, title="Police detain 200 at St Petersburg anti-war rally",
  byline="By Steppe Observer staff")
C("h70-r1", "Portside Daily", 0, title="Greek and Turkish foreign ministers meet in New York",
  boiler="(c) 2023 Portside Daily. Reporting by Northstar News Agency.")
