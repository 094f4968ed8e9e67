"""Happenings h01-h07 (shelling, air and drone strikes, attacks, a car bomb) and their distractors."""
from lib import H, R

# ---------------------------------------------------------------- h01 Kharkiv shelling
H("h01", "2023-04-11", "194", ("RUS", "MIL"), ("UKR", None), "Kharkiv", "UKR",
  "Russian artillery shelled residential districts of Kharkiv, killing 12 to 14 civilians.",
  [
    R("Lodestar Wire", 0, "Russian shelling kills at least 12 in Kharkiv", """
      KHARKIV, Ukraine, {PD} (Lodestar) - Russian forces shelled residential districts of Kharkiv on {DOW}, killing at least 12 civilians and wounding 31 others, the regional governor said.

      Shells hit two apartment blocks and a bus stop in the city's northern Saltivka area shortly after 9 a.m., according to the governor, Oleh Marchenko.

      "The Russians are deliberately targeting people's homes," Marchenko wrote on Telegram.

      Emergency workers pulled at least four people alive from the rubble of a five-storey building, and rescuers were still searching for others late in the day, the state emergency service said. Residents of Saltivka, many of whom had returned to the district after Ukrainian forces pushed Russian troops back from the city's outskirts in 2022, said the shelling was the heaviest in weeks.

      Kharkiv, Ukraine's second-largest city, lies about 30 km from the Russian border.
    """, killed=12, injured=31),
    R("Daily Meridian", 1, "Fourteen dead as Russian guns pound Kharkiv", """
      Russian artillery pounded the north-eastern Ukrainian city of Kharkiv on {DOW}, leaving 14 people dead, officials said on {PDOW}.

      Rescue workers spent the night pulling bodies from the rubble of a nine-storey building in the Saltivka district, the state emergency service said. Among the dead were two teenagers.

      The death toll rose overnight from an earlier figure of 12. Moscow did not comment on the strike.
    """, killed=14),
    R("The Northern Ledger", 1, "Artillery barrage hits apartment blocks in Ukraine's second city", """
      A dozen people were killed when an artillery barrage fired by the Russian army hit apartment blocks and a bus stop in Kharkiv on {DOW}, Ukrainian officials said.

      Thirty-one others were wounded, several of them critically, according to the regional administration.

      Residents said the shelling began without warning during the morning rush hour. Russia launched its full-scale invasion of Ukraine in February 2022.
    """, killed=12, injured=31),
    R("Coastal Post", 0, "Moscow's troops bombard Kharkiv, 14 killed", """
      By Irina Sokolenko

      Moscow's troops bombarded Kharkiv with heavy artillery on {DOW} morning, killing 14 people, according to the city's mayor, Ihor Tkach.

      The shells slammed into a residential area in the Saltivka district, setting cars ablaze and tearing the facade off a nine-storey block, the mayor said.

      "The Russians are deliberately targeting people's homes," the regional governor said in a statement.

      The Kremlin has repeatedly denied targeting civilians.
    """, killed=14),
  ])

# ---------------------------------------------------------------- h02 Marib air strikes
H("h02", "2021-09-20", "195", ("SAU", "MIL"), ("YEM", "REB"), "Marib", "YEM",
  "Saudi-led coalition warplanes struck Houthi positions around Marib, killing 20 to 25 fighters.",
  [
    R("Continental Press Agency", 0, "Coalition air strikes kill 25 Houthi fighters near Marib", """
      MARIB, Yemen, {PD} (CPA) - The Saudi-led military coalition said its warplanes struck Houthi positions around the city of Marib on {DOW}, killing 25 rebel fighters and destroying eight military vehicles.

      The coalition said in a statement carried by Saudi state media that the strikes targeted reinforcements heading to the front south of the city.

      The coalition said the reinforcements had been moving towards the front line in the Al-Jubah district south of the city when they were hit, and that all the targets were military. Aid agencies say the fighting around Marib has displaced tens of thousands of people, many of whom were already living in camps after fleeing earlier offensives.

      The Houthis did not immediately comment on the toll.
    """, killed=25),
    R("Gulf Courier", 0, "Saudi jets hit Houthis as battle for Marib intensifies", """
      Saudi warplanes bombed Houthi rebels on the outskirts of Marib on {DOW}, killing at least 20 fighters, military sources in the government-held city said.

      The raids hit rebel positions in the Al-Jubah and Rahabah districts, the sources said, as the Iran-aligned movement pressed its months-long offensive on the city.

      Marib is the last major stronghold of the internationally recognised government in northern Yemen.
    """, killed=20),
    R("Evening Sentinel", 1, "Air raids kill two dozen rebels in Yemen", """
      Air raids by the Saudi-led coalition killed 24 Houthi fighters in Yemen on {DOW}, the coalition said.

      The strikes targeted vehicles carrying reinforcements and weapons, according to a coalition statement that gave no further details on the location.

      The coalition intervened in Yemen's war in 2015 on the side of the government. Its figures could not be independently verified.

      A Houthi spokesman accused the coalition of striking civilian areas and said the movement would keep fighting.
    """, killed=24),
  ])

# ---------------------------------------------------------------- h03 Nabatieh drone strike
H("h03", "2024-02-14", "195", ("ISR", "MIL"), ("LBN", "REB"), "Nabatieh", "LBN",
  "An Israeli drone struck a car in Nabatieh, killing two or three Hezbollah members.",
  [
    R("Northstar News Agency", 0, "Israeli drone strike on car kills two Hezbollah members in south Lebanon", """
      BEIRUT, {PD} (Northstar) - An Israeli drone struck a car in the southern Lebanese city of Nabatieh on {DOW}, killing two members of Hezbollah, security sources said.

      The car was hit on a road at the edge of the city, about 12 km from the border, the sources said.

      Footage circulated on social media showed the burned-out shell of a car on a road lined with shops, with civil defence workers hosing down the wreckage as a crowd gathered nearby.

      The Israeli military said its aircraft had struck "Hezbollah terrorists" in the Nabatieh area.
    """, killed=2),
    R("Crescent Daily", 0, "Three killed as Israel strikes vehicle in Nabatieh", """
      Three people were killed when the Israeli army targeted a vehicle with a drone in Nabatieh, south Lebanon, on {DOW} afternoon, Lebanon's state news agency reported.

      Hezbollah later mourned two of its fighters, without saying where they were killed. The identity of the third victim was not immediately known.

      Witnesses said the vehicle burst into flames on a busy road near a petrol station.
    """, killed=3),
    R("The Capital Observer", 1, "Israel says it hit Hezbollah operatives in Nabatieh", """
      Israeli forces carried out a drone strike on a car in Nabatieh on {DOW}, killing two Hezbollah militants, the Israeli military said.

      The army said the two men had been involved in launching anti-tank missiles at northern Israel. Lebanese security sources confirmed two deaths.

      Nabatieh, one of the largest cities in south Lebanon, had largely been spared from strikes until recent weeks.

      Israel and Hezbollah have exchanged near-daily fire across the border since October 2023.
    """, killed=2),
  ])

# ---------------------------------------------------------------- h04 Damboa base attack
H("h04", "2021-06-14", "190", ("NGA", "REB"), ("NGA", "MIL"), "Damboa", "NGA",
  "ISWAP insurgents attacked a Nigerian army base in Damboa, killing seven to nine soldiers.",
  [
    R("Savanna Times", 0, "Jihadists storm army base in Borno, kill seven soldiers", """
      Islamic State West Africa Province (ISWAP) militants attacked a military base in Damboa, in Nigeria's Borno state, on {DOW}, killing seven soldiers, two military sources said.

      The fighters arrived in gun trucks at dusk and fought troops for nearly two hours before withdrawing, the sources said.

      "We lost seven men and two armoured vehicles," one officer said, asking not to be named.
    """, killed=7),
    R("Lodestar Wire", 1, "Nigerian army says troops repelled attack in Damboa", """
      MAIDUGURI, Nigeria, {PD} (Lodestar) - Insurgents stormed an army base in the north-eastern Nigerian town of Damboa on {DOW}, killing nine soldiers, security sources told Lodestar.

      An army spokesman said troops had "repelled" the attack and killed several militants, but did not give figures for military losses.

      Damboa lies about 85 km south-west of Maiduguri, the Borno state capital. The Islamist insurgency in the north-east has killed tens of thousands of people since 2009.
    """, killed=9),
    R("Daily Meridian", 1, "Seven troops killed as insurgents hit Nigerian base", """
      Jihadists from the ISWAP group raided a Nigerian army base in Damboa on {DOW} evening and killed seven soldiers, military sources said on {PDOW}.

      The attackers burned two armoured vehicles and made off with weapons and ammunition before withdrawing into the bush, the sources said.

      Residents said they heard heavy gunfire for about two hours.

      "We lost seven men and two armoured vehicles," an officer told the newspaper by phone from Maiduguri, asking not to be named.
    """, killed=7),
  ])

# ---------------------------------------------------------------- h05 Mogadishu car bomb
H("h05", "2023-05-23", "1832", ("SOM", "REB"), ("SOM", "COP"), "Mogadishu", "SOM",
  "An al-Shabaab car bomb hit a police checkpoint in Mogadishu, killing six to eight people.",
  [
    R("Continental Press Agency", 0, "Car bomb at Mogadishu police checkpoint kills six", """
      MOGADISHU, {PD} (CPA) - An al-Shabaab car bomb exploded at a police checkpoint in the Somali capital Mogadishu on {DOW}, killing six people, four of them police officers, a police spokesman said.

      The blast hit the checkpoint on the road leading to the city's port during the morning rush hour, the spokesman, Abdi Hassan Warsame, said.

      The al-Qaeda-linked group said in a statement on its radio station that it had carried out the attack.

      Witnesses said the explosion set fire to several minibuses waiting at the checkpoint and shattered the windows of shops along the road, and ambulances took the wounded to Madina hospital. The government has vowed to drive al-Shabaab out of its remaining strongholds in central and southern Somalia, and the group has responded with a wave of bombings in the capital.
    """, killed=6),
    R("Savanna Times", 0, "Al-Shabaab bombing kills 8 near Mogadishu port", """
      At least eight people were killed when a car packed with explosives blew up at a police checkpoint near Mogadishu's port on {DOW}, witnesses and a hospital official said.

      Al-Shabaab militants claimed responsibility for the bombing, saying they had targeted "apostate police forces".

      "The explosion was so strong it shattered windows across the street," said a shopkeeper who gave his name as Farah.
    """, killed=8),
    R("The Global Dispatch", 1, "Somali police targeted in deadly car bombing", """
      Islamist militants of al-Shabaab bombed a police checkpoint in Mogadishu on {DOW}, killing six people, including four officers, police said.

      Police spokesman Abdi Hassan Warsame said a suicide bomber drove the vehicle into the checkpoint after being ordered to stop.

      Ambulances ferried the wounded to Madina hospital, where doctors appealed for blood donations. The checkpoint guards the road leading to the city's port.

      Al-Shabaab has fought Somalia's federal government since 2006.
    """, killed=6),
    R("Evening Sentinel", 1, "Seven dead in Somalia car bomb", """
      A car bomb attack claimed by the al-Shabaab group killed seven people at a checkpoint manned by police in Somalia on {DOW}, officials said.

      The attack was the latest in a string of bombings by the militants, who are under pressure from a government offensive in the centre of the country.

      A hospital official said 11 wounded people had been admitted.
    """, killed=7, injured=11),
  ])

# ---------------------------------------------------------------- h06 El Fasher shelling
H("h06", "2024-09-03", "194", ("SDN", "REB"), ("SDN", "CVL"), "El Fasher", "SDN",
  "Rapid Support Forces shelling hit a market and homes in El Fasher, killing 15 to 18 civilians.",
  [
    R("Northstar News Agency", 0, "RSF shelling kills 15 civilians in Sudan's El Fasher", """
      PORT SUDAN, {PD} (Northstar) - Shelling by Sudan's paramilitary Rapid Support Forces killed 15 civilians in El Fasher, the capital of North Darfur, on {DOW}, a local resistance committee and a medical source said.

      Shells fell on the city's main livestock market and on homes in the Abu Shouk area, the committee said.

      A member of the committee said volunteers had buried most of the dead before nightfall because of the danger of further shelling, and that several of the wounded could not reach the hospital because the roads were under fire.

      The RSF has besieged El Fasher, the army's last major foothold in Darfur, since May.
    """, killed=15),
    R("Savanna Times", 1, "Eighteen dead as paramilitaries bombard El Fasher", """
      The Rapid Support Forces bombarded El Fasher with artillery on {DOW}, killing 18 civilians and wounding dozens, doctors at the city's only functioning hospital said.

      "Most of the wounded are women and children who were at the market," a doctor at the Saudi Hospital said.

      The RSF did not respond to a request for comment. It has previously denied targeting civilians.
    """, killed=18),
    R("The Atlas Tribune", 1, "Market hit as RSF shells besieged Darfur city", """
      An artillery barrage by the RSF paramilitary group struck a crowded market in El Fasher on {DOW}, leaving at least 15 civilians dead, local activists said.

      The shelling also damaged homes in the Abu Shouk displacement camp on the city's northern edge.

      "Most of the wounded are women and children who were at the market," a doctor at the city's Saudi Hospital told reporters by satellite phone.

      Sudan's war between the army and the RSF broke out in April 2023.
    """, killed=15),
  ])

# ---------------------------------------------------------------- h07 Myanmar air strike near Loikaw
H("h07", "2022-03-15", "195", ("MMR", "MIL"), ("MMR", "CVL"), "Loikaw", "MMR",
  "A Myanmar military air strike hit a village market on the edge of Loikaw, killing nine to 11 civilians.",
  [
    R("Pacific Rim Report", 0, "Junta air strike kills nine at market near Loikaw", """
      A Myanmar military jet bombed a village market on the outskirts of Loikaw, the capital of Kayah state, on {DOW}, killing nine civilians, a local relief group said.

      Two bombs hit the market as villagers were buying food in the late morning, a member of the group said by phone.

      Among the dead were a woman and her two daughters who sold vegetables at the market, a relative said.

      The junta's spokesman did not answer calls seeking comment.
    """, killed=9),
    R("Lodestar Wire", 1, "Myanmar air raid kills 11 civilians, rescuers say", """
      YANGON, {PD} (Lodestar) - An air strike by Myanmar's army killed 11 civilians, including three children, in eastern Myanmar on {DOW}, rescue workers said.

      The military has increasingly used air power against villages it accuses of sheltering resistance fighters since it seized power in a coup in February 2021.

      Rescue workers said the dead, including a woman and her two daughters, were buried the same evening. The junta did not respond to requests for comment.

      Lodestar could not independently confirm the toll.
    """, killed=11),
    R("Eastern Standard", 1, "Bombs fall on market outside Kayah state capital", """
      Myanmar's armed forces carried out an air strike on a market near Loikaw on {DOW}, killing at least nine people, residents and a relief worker said.

      "There were no fighters there, only farmers and traders," one resident said.

      A member of a local relief group said two bombs hit the market in the late morning, when it was busiest.

      Kayah state has seen heavy fighting between the army and local resistance groups.
    """, killed=9),
  ])

# ================================================================ distractors of h01-h07

H("h49", "2023-04-11", "194", ("RUS", "MIL"), ("UKR", None), "Zaporizhzhia", "UKR",
  "Russian artillery hit a residential street in Zaporizhzhia, killing three people.",
  [
    R("Lodestar Wire", 0, "Russian shells kill three in Zaporizhzhia", """
      ZAPORIZHZHIA, Ukraine, {PD} (Lodestar) - Russian forces shelled a residential street in the southern Ukrainian city of Zaporizhzhia on {DOW}, killing three people and wounding five, the regional military administration said.

      The shells damaged a school and several private houses, the administration said.

      Zaporizhzhia lies about 40 km from the front line in the south.

      "There was a whistle and then the whole street shook," said a woman whose house lost its roof.
    """, killed=3, injured=5),
    R("Harbor Times", 0, "Three dead after shelling in Zaporizhzhia", """
      Three civilians were killed when Russian artillery hit houses in Zaporizhzhia on {DOW} afternoon, the city council said.

      Five others were taken to hospital with shrapnel wounds, it said.

      The shells landed in the city's Shevchenkivskyi district, the council said. "There was a whistle and then the whole street shook," one resident told local television.

      A school building near the impact site was also damaged.
    """, killed=3, injured=5),
  ], distractor_of="h01")

H("h50", "2023-04-17", "194", ("RUS", "MIL"), ("UKR", None), "Kharkiv", "UKR",
  "Russian shelling of Kharkiv's Kyivskyi district killed two people, six days after the deadly strike on Saltivka.",
  [
    R("Coastal Post", 0, "Two killed as Russian shells hit Kharkiv again", """
      Russian troops shelled Kharkiv's Kyivskyi district on {DOW} evening, killing two people and wounding nine, regional governor Oleh Marchenko said.

      A shell hit a grocery store and another damaged a tram depot, he said.

      Emergency workers put out a fire at the store, the governor said. Kharkiv's mayor urged residents to stay in shelters during air raid alerts.

      The city has come under fire almost every day since the start of the war.
    """, killed=2, injured=9),
  ], distractor_of="h01")

H("h51", "2021-09-24", "195", ("SAU", "MIL"), ("YEM", "REB"), "Marib", "YEM",
  "Saudi-led coalition air strikes near Marib killed nine Houthi fighters, four days after an earlier round.",
  [
    R("Gulf Courier", 0, "Coalition says raids kill nine Houthis near Marib", """
      The Saudi-led coalition said on {DOW} its aircraft had struck Houthi fighters west of Marib, killing nine and destroying three armoured vehicles.

      The raids targeted the Sirwah front, where government forces have been trying to halt the rebels' advance, the coalition said in a statement.

      The Houthis said the strikes hit farmland.

      A Houthi-run television channel said one of the raids damaged a water pump in Sirwah district.
    """, killed=9),
  ], distractor_of="h02")

H("h52", "2024-02-15", "195", ("ISR", "MIL"), ("LBN", "REB"), "Bint Jbeil", "LBN",
  "An Israeli drone strike on a motorcycle in Bint Jbeil killed one Hezbollah fighter.",
  [
    R("Crescent Daily", 0, "Hezbollah fighter killed in Israeli strike on Bint Jbeil", """
      An Israeli drone struck a motorcycle in the border town of Bint Jbeil on {DOW} morning, killing a Hezbollah fighter, Lebanese security sources said.

      Hezbollah announced the death of one of its members in a statement but did not say where he was killed.

      The Israeli army said it had struck a "terrorist" in the Bint Jbeil area.

      Bint Jbeil lies about 4 km from the border with Israel.
    """, killed=1),
  ], distractor_of="h03")

H("h53", "2021-06-18", "190", ("NGA", "REB"), ("NGA", "MIL"), "Damboa", "NGA",
  "Insurgents attacked an army checkpoint outside Damboa, killing three soldiers, four days after the base attack.",
  [
    R("Savanna Times", 0, "Three soldiers killed in new attack near Damboa", """
      Insurgents attacked an army checkpoint on the outskirts of Damboa on {DOW}, killing three soldiers, a local militia leader said.

      The attackers came on motorcycles and set fire to a patrol vehicle before fleeing, he said.

      The checkpoint guards the main road from Damboa to Maiduguri, which convoys use to bring food to the town. Residents said many families had fled to the town centre after the attack.

      The army did not immediately comment.
    """, killed=3),
  ], distractor_of="h04")

H("h54", "2023-05-30", "1832", ("SOM", "REB"), ("SOM", "COP"), "Mogadishu", "SOM",
  "An al-Shabaab suicide car bomb hit a police station in Mogadishu's Hodan district, killing four.",
  [
    R("Continental Press Agency", 0, "Suicide car bomb hits Mogadishu police station, four dead", """
      MOGADISHU, {PD} (CPA) - A suicide bomber drove a car laden with explosives into a police station in Mogadishu's Hodan district on {DOW}, killing four people, police said.

      Al-Shabaab said it carried out the attack.

      The blast was heard across the capital, and a plume of smoke rose over the district, witnesses said.

      It was the second attack on police in the capital in a week.
    """, killed=4),
    R("The Global Dispatch", 1, "Al-Shabaab attacks police in Somali capital again", """
      Al-Shabaab militants attacked a police station in the Hodan district of Mogadishu with a car bomb on {DOW}, killing four people, including two officers, police said.

      The blast destroyed part of the station's perimeter wall, witnesses said.

      The attack came a week after a car bomb killed several people at a checkpoint near the city's port. Al-Shabaab said on its radio station that it had targeted the station because officers there had arrested its members.
    """, killed=4),
  ], distractor_of="h05")

H("h55", "2024-09-03", "194", ("SDN", "REB"), ("SDN", "CVL"), "Omdurman", "SDN",
  "RSF shells hit homes in the Karari area of Omdurman, killing five civilians.",
  [
    R("Northstar News Agency", 0, "RSF shelling kills five in Omdurman", """
      KHARTOUM, {PD} (Northstar) - Artillery fire by the Rapid Support Forces killed five civilians in the Karari area of Omdurman, across the Nile from Khartoum, on {DOW}, a local volunteer group said.

      Several homes were destroyed, the group said.

      Volunteers said the dead included two children. The RSF has regularly shelled the army-held parts of the city from positions across the river.

      The army controls most of Omdurman.
    """, killed=5),
  ], distractor_of="h06")
