"""Happenings h08-h13 (drone strike, border fire, rebel attacks, ambush, bombing) and their distractors."""
from lib import H, R

# ---------------------------------------------------------------- h08 Gondar drone strike
H("h08", "2024-10-08", "195", ("ETH", "MIL"), ("ETH", "REB"), "Gondar", "ETH",
  "An Ethiopian military drone strike hit Fano militia fighters in Gondar, killing five to seven people.",
  [
    R("Savanna Times", 0, "Army drone strike kills five Fano fighters in Gondar", """
      An Ethiopian military drone struck a group of Fano militia fighters in the northern city of Gondar on {DOW}, killing five of them, a local official and a resident said.

      The strike hit a house on the edge of the Azezo neighbourhood where the fighters had gathered, the resident said.

      The federal army has been fighting the Fano, an ethnic Amhara militia, since August 2023.
    """, killed=5),
    R("Continental Press Agency", 0, "Ethiopia drone strike in Amhara's Gondar kills seven", """
      ADDIS ABABA, {PD} (CPA) - A drone strike by Ethiopia's armed forces killed seven people in Gondar, in the Amhara region, on {DOW}, two residents and a health worker said.

      A Fano spokesman said the dead included five of its fighters and two civilians who lived nearby.

      One resident, who asked not to be named for fear of reprisals, said the drone struck a compound where the fighters had been staying for several days, and that two neighbours who ran to help were also killed.

      The government's communication service did not respond to a request for comment.
    """, killed=7),
    R("The Atlas Tribune", 1, "Federal forces target Amhara militia from the air", """
      Ethiopian government forces carried out a drone strike on Fano militiamen in Gondar on {DOW}, killing at least five, according to residents.

      "We heard a loud explosion and then saw smoke rising from the Azezo area," one resident said.

      A regional official said the strike had destroyed two houses.

      Internet access in much of the Amhara region remains restricted, making it hard to verify reports.
    """, killed=5),
  ])

# ---------------------------------------------------------------- h09 Jermuk border fire
H("h09", "2023-03-28", "193", ("AZE", "MIL"), ("ARM", "MIL"), "Jermuk", "ARM",
  "Azerbaijani troops fired on Armenian army positions near Jermuk, killing two Armenian soldiers.",
  [
    R("Danube Review", 0, "Two Armenian soldiers killed in border shooting", """
      Azerbaijani troops opened fire on Armenian army positions near the spa town of Jermuk on {DOW}, killing two Armenian soldiers, Armenia's defence ministry said.

      The ministry said Azerbaijani units used small arms and grenade launchers in the attack, which lasted about 40 minutes.

      Baku accused Armenian forces of firing first.

      The two countries fought a war over Nagorno-Karabakh in 2020, and talks on a peace treaty have made little progress.
    """, killed=2),
    R("Steppe Observer", 0, "Yerevan accuses Baku's forces of deadly attack on border", """
      Armenia said on {DOW} that Azerbaijan's armed forces had shot dead two of its soldiers on the border between the two countries, the latest flare-up in a decades-old conflict.

      The Armenian defence ministry said its troops had returned fire. Azerbaijan's defence ministry said it had responded to a "provocation" by Armenian units.

      The two countries fought a war over Nagorno-Karabakh in 2020.
    """, killed=2),
    R("Lodestar Wire", 1, "Armenia says two troops killed by Azerbaijani fire near Jermuk", """
      YEREVAN, {PD} (Lodestar) - Two Armenian soldiers were killed when Azerbaijani forces fired on their positions near Jermuk on {DOW}, Armenia's defence ministry said.

      "The Azerbaijani side used small arms and grenade launchers," the ministry said in a statement.

      Baku's defence ministry denied starting the exchange and said Armenian troops had fired first.

      Jermuk, a spa town, lies a few kilometres from the border.
    """, killed=2),
  ])

# ---------------------------------------------------------------- h10 Sake attack
H("h10", "2024-02-07", "194", ("COD", "REB"), ("COD", "MIL"), "Sake", "COD",
  "M23 rebels attacked Congolese army positions in Sake with mortars and heavy weapons, killing four to six people.",
  [
    R("Savanna Times", 0, "M23 rebels shell army positions in Sake", """
      M23 rebels pounded Congolese army positions in the town of Sake with mortars on {DOW}, killing four soldiers, a military source and local officials said.

      Sake, about 25 km west of Goma, is the last major town on the road into the North Kivu provincial capital.

      Thousands of residents fled towards Goma as the fighting intensified, the officials said.

      Hospitals in Goma were struggling to cope with the wounded, aid groups said.
    """, killed=4),
    R("Northstar News Agency", 0, "Fighting rages as M23 attacks Congo army in Sake", """
      GOMA, Democratic Republic of Congo, {PD} (Northstar) - M23 rebels attacked Congolese troops defending Sake on {DOW} with heavy weapons, killing six people, a hospital source said.

      The army said it had pushed the rebels back from the town's western hills.

      "The bombs were falling on the town all morning," a resident said by phone.

      Congo accuses Rwanda of backing the M23, a charge Kigali denies.
    """, killed=6),
    R("The Global Dispatch", 1, "Congo's army under fire as rebels close in on Goma", """
      The M23 rebel group launched a heavy assault on the Congolese army in Sake on {DOW}, leaving at least four soldiers dead, local sources said.

      "The bombs were falling on the town all morning," said a resident reached by phone in Goma.

      The army has sent reinforcements to defend the town, a military source said.

      The rebels have seized large areas of North Kivu province since late 2021.
    """, killed=4),
    R("Frontline Herald", 1, "Mortar barrage hits Congo troops near Goma", """
      Rebels of the M23 movement fired a mortar barrage at Congolese military positions near Goma on {DOW}, killing five people, a provincial lawmaker said.

      The lawmaker said two of the dead were civilians sheltering in a church.

      Congolese troops answered with artillery fire from positions on the road to Goma, witnesses said. Aid groups said thousands of families were on the move.

      The army did not publish a toll.
    """, killed=5),
  ])

# ---------------------------------------------------------------- h11 Timbuktu camp attack
H("h11", "2022-11-10", "190", ("MLI", "REB"), ("MLI", "MIL"), "Timbuktu", "MLI",
  "JNIM jihadists attacked an army camp outside Timbuktu, killing 10 to 14 Malian soldiers.",
  [
    R("Savanna Times", 0, "Jihadists attack army camp near Timbuktu, 10 soldiers killed", """
      Jihadists linked to al-Qaeda attacked a Malian army camp on the outskirts of Timbuktu on {DOW}, killing 10 soldiers, the army said in a statement.

      The army said its troops had "neutralised" 17 assailants in the fighting and recovered weapons and motorbikes.

      A local official said the attackers had used a car bomb to breach the camp's wall.

      The Group for the Support of Islam and Muslims (JNIM) claimed the attack.
    """, killed=10),
    R("Lodestar Wire", 1, "Mali says 14 soldiers killed in jihadist raid", """
      BAMAKO, {PD} (Lodestar) - Islamist militants killed 14 Malian soldiers in an attack on an army camp in northern Mali on {DOW}, two security sources said.

      The army earlier gave a toll of 10 dead.

      One of the sources said the attackers arrived in pickup trucks and on motorbikes shortly before dawn and held part of the camp for several hours.

      Mali's junta, which took power in 2020, has turned to Russian military contractors to help fight the insurgency.
    """, killed=14),
    R("Evening Sentinel", 1, "Deadly raid on Malian army base", """
      Fighters of the JNIM group stormed a military camp near Timbuktu on {DOW}, killing at least 10 soldiers, the Malian armed forces said.

      The attackers used a car bomb to breach the camp's wall before opening fire, according to a local official.

      JNIM said in a statement that it had seized weapons and vehicles.

      The city of Timbuktu has been under a partial blockade by jihadist groups for months.
    """, killed=10),
  ])

# ---------------------------------------------------------------- h12 Djibo convoy ambush
H("h12", "2023-09-05", "193", ("BFA", "REB"), ("BFA", "MIL"), "Djibo", "BFA",
  "Jihadists ambushed an army supply convoy near Djibo, killing 17 to 20 soldiers.",
  [
    R("Continental Press Agency", 0, "Seventeen soldiers killed in Burkina ambush near Djibo", """
      OUAGADOUGOU, {PD} (CPA) - Jihadist fighters ambushed a military supply convoy near Djibo in northern Burkina Faso on {DOW}, killing 17 soldiers, the army said.

      The army said 36 attackers were killed when troops counter-attacked with air support.

      The convoy, made up of dozens of trucks escorted by soldiers and volunteer fighters, was carrying food and fuel to the town when it was attacked about 20 km to the south, a security source said.

      Djibo, which is home to tens of thousands of displaced people, has been under blockade by armed groups since early 2022.
    """, killed=17),
    R("Savanna Times", 1, "Convoy to besieged Djibo attacked, 20 troops dead", """
      Islamist militants attacked an army convoy taking food and fuel to the besieged town of Djibo on {DOW}, killing 20 soldiers, security sources said.

      The attackers had planted explosives on the road before opening fire on the lead vehicles, one source said.

      The army said troops had killed dozens of the attackers when they counter-attacked with air support.

      Burkina Faso's military government has not commented on the higher toll.
    """, killed=20),
    R("Morning Compass", 1, "Burkina army loses 17 men in jihadist attack", """
      Burkina Faso's army said 17 soldiers were killed when jihadists ambushed one of its convoys near Djibo on {DOW}.

      "The terrorists paid a heavy price," the army said in a statement, claiming 36 attackers were killed.

      Attacks by groups linked to al-Qaeda and Islamic State have killed thousands in the country since 2015.

      The convoy was carrying food and fuel to Djibo, where residents have been cut off for months.
    """, killed=17),
  ])

# ---------------------------------------------------------------- h13 Cucuta police station bomb
H("h13", "2022-07-19", "183", ("COL", "REB"), ("COL", "COP"), "Cucuta", "COL",
  "ELN rebels set off an explosive device at a police station in Cucuta, killing one officer and wounding five to seven.",
  [
    R("Andes Herald", 0, "Bomb at Cucuta police station kills officer, wounds six", """
      An explosive device blew up outside a police station in the Colombian border city of Cúcuta on {DOW}, killing one officer and wounding six, police said.

      Police blamed the attack on the National Liberation Army (ELN), the country's largest remaining rebel group.

      The blast damaged the station's facade and shattered windows in nearby shops.

      "This was a cowardly attack against men and women who protect the city," the mayor said.
    """, killed=1, injured=6),
    R("Lodestar Wire", 0, "Colombia blames ELN rebels for Cucuta police station blast", """
      BOGOTA, {PD} (Lodestar) - ELN guerrillas bombed a police station in Cucuta, near the Venezuelan border, on {DOW}, killing a police officer and injuring seven people, Colombia's defence ministry said.

      The ministry said the explosives had been left on a motorcycle parked at the station's entrance.

      The ELN did not immediately claim responsibility.

      The wounded were taken to the city's main hospital, police said.
    """, killed=1, injured=7),
    R("The Capital Observer", 1, "Police officer killed in Colombia bombing", """
      Colombian rebels from the ELN attacked a police station in Cucuta with explosives on {DOW}, killing one officer and wounding five others, authorities said.

      The mayor called it "a cowardly attack against men and women who protect the city".

      The explosives were left on a motorcycle parked at the station's entrance, the defence ministry said.

      The ELN has carried out several attacks on security forces in the Norte de Santander region this year.
    """, killed=1, injured=5),
  ])

# ================================================================ distractors of h08-h13

H("h56", "2024-10-08", "195", ("ETH", "MIL"), ("ETH", "REB"), "Bahir Dar", "ETH",
  "An Ethiopian army drone strike hit Fano fighters in Bahir Dar, killing four.",
  [
    R("Savanna Times", 0, "Four Fano fighters killed in drone strike in Bahir Dar", """
      A drone operated by the Ethiopian military struck Fano militia members on a road on the southern edge of Bahir Dar on {DOW}, killing four, a resident said.

      The strike hit a pickup truck near a checkpoint, the resident said.

      Residents said the bodies were taken to the city's main hospital. The military did not comment on the strike.

      Bahir Dar is the capital of the Amhara region.
    """, killed=4),
  ], distractor_of="h08")

H("h57", "2023-04-03", "193", ("AZE", "MIL"), ("ARM", "MIL"), "Jermuk", "ARM",
  "Azerbaijani fire near Jermuk wounded one Armenian soldier, six days after two were killed there.",
  [
    R("Steppe Observer", 0, "Armenian soldier wounded by Azerbaijani fire near Jermuk", """
      Azerbaijani forces shot and wounded an Armenian soldier near Jermuk on {DOW}, Armenia's defence ministry said.

      The soldier was taken to hospital and his life was not in danger, the ministry said.

      The ministry said Azerbaijani troops opened fire with small arms on Armenian positions near the town in the early morning. Local residents said the shooting lasted about 20 minutes.

      Azerbaijan denied opening fire.
    """, injured=1),
  ], distractor_of="h09")

H("h58", "2024-02-12", "194", ("COD", "REB"), ("COD", "MIL"), "Sake", "COD",
  "M23 rebels shelled army positions in Sake again, killing three soldiers, five days after the earlier assault.",
  [
    R("Northstar News Agency", 0, "Renewed M23 shelling kills three soldiers in Sake", """
      GOMA, Democratic Republic of Congo, {PD} (Northstar) - M23 rebels shelled army positions in Sake on {DOW}, killing three Congolese soldiers, a military source said.

      The shelling forced more families to flee the town towards Goma, residents said.

      The army said its troops had held their positions. Sake has been the scene of repeated fighting between the rebels and the army this month.
    """, killed=3),
  ], distractor_of="h10")

H("h59", "2023-09-05", "193", ("BFA", "REB"), ("BFA", "MIL"), "Dori", "BFA",
  "Jihadists ambushed an army patrol near Dori, killing six soldiers.",
  [
    R("Savanna Times", 0, "Six soldiers killed in ambush near Dori", """
      Suspected jihadists ambushed an army patrol about 15 km from Dori, the main town of Burkina Faso's Sahel region, on {DOW}, killing six soldiers, a security source said.

      The patrol was returning to its base when it came under fire, the source said.

      The attackers took weapons and a vehicle before withdrawing, the source said. The army did not comment.
    """, killed=6),
  ], distractor_of="h12")

H("h60", "2022-07-19", "183", ("COL", "REB"), ("COL", "COP"), "Arauca", "COL",
  "ELN rebels detonated a roadside device against a police patrol in Arauca, wounding three officers.",
  [
    R("Andes Herald", 0, "Three police officers hurt in Arauca bomb attack", """
      A bomb planted by ELN rebels exploded as a police patrol passed through the city of Arauca on {DOW}, wounding three officers, the regional police commander said.

      The device was hidden at the side of a road in the city centre, police said. The ELN did not comment.

      Arauca, on the border with Venezuela, is one of the areas where the rebel group is strongest.
    """, injured=3),
    R("The Capital Observer", 1, "Colombian police patrol hit by explosive in Arauca", """
      Guerrillas of the ELN attacked a police patrol with an explosive device in Arauca city on {DOW}, leaving three officers wounded, police said.

      The patrol's vehicle was badly damaged.

      Officers said the bomb had been planted at the side of a road in the city centre. Two of the wounded were flown to hospital in Bogota, police said. The ELN did not comment.
    """, injured=3),
  ], distractor_of="h13")
