"""Happenings h14-h19 (arrests of activists, journalists, protesters, an opposition figure) and distractors."""
from lib import H, R

# ---------------------------------------------------------------- h14 Minsk arrests
H("h14", "2021-04-13", "173", ("BLR", "COP"), ("BLR", "OPP"), "Minsk", "BLR",
  "Belarusian police detained seven to nine opposition activists in raids on their homes in Minsk.",
  [
    R("Danube Review", 0, "Belarus police detain nine opposition activists in Minsk raids", """
      Belarusian police detained nine opposition activists in a series of raids on homes in Minsk on {DOW}, a human rights group said.

      Officers seized computers, phones and leaflets from the flats, the group said, adding that the detainees faced charges of "organising actions that grossly violate public order".

      Among those detained was a 62-year-old retired teacher who had helped organise neighbourhood rallies in the summer of 2020, according to the group, which said several of the detainees had been beaten during the arrests.

      The authorities have arrested thousands of people since mass protests against the president began in August 2020.
    """, arrested=9),
    R("Lodestar Wire", 0, "Seven activists held as Minsk police search homes", """
      MINSK, {PD} (Lodestar) - Police in Belarus detained seven members of an opposition campaign group in Minsk on {DOW} after searching their homes, the group's exiled leadership said.

      The interior ministry confirmed "procedural actions" against several people but gave no number.

      Those detained face up to four years in prison if convicted, lawyers said.

      A spokeswoman for the group, speaking from Vilnius, called the arrests "an act of revenge".
    """, arrested=7),
    R("Steppe Observer", 1, "Crackdown in Belarus: activists rounded up in capital", """
      Security police in Minsk rounded up at least seven activists of the opposition on {DOW} in early-morning raids, according to rights monitors.

      Rights monitors said the detainees were taken to the Okrestina detention centre.

      Officers seized computers and phones during the searches, according to the monitors.

      The United States and the European Union have imposed several rounds of sanctions on Belarus over the crackdown.
    """, arrested=7),
  ])

# ---------------------------------------------------------------- h15 Tehran arrests
H("h15", "2023-01-17", "173", ("IRN", "COP"), ("IRN", "CVL"), "Tehran", "IRN",
  "Iranian police arrested four or five women's rights activists at a gathering in Tehran.",
  [
    R("Gulf Courier", 0, "Iran arrests five women's rights activists in Tehran", """
      Iranian police arrested five women's rights activists at a private gathering in northern Tehran on {DOW}, a rights group said.

      The activists had met to plan a campaign against compulsory hijab rules, the group said.

      Security forces have arrested thousands of people since the protests began.

      Iran has been shaken by protests since the death of a young woman in the custody of the morality police in September 2022.
    """, arrested=5),
    R("The Northern Ledger", 1, "Women activists detained in Iranian capital", """
      Four prominent campaigners for women's rights were detained by police in Tehran on {DOW}, their relatives said.

      "They were taken away in handcuffs without any warrant being shown," the sister of one of the women said in a message.

      The women had gathered at a private home in northern Tehran, the relatives said. All four had been detained before for their activism.

      Iran's judiciary did not comment on the arrests.
    """, arrested=4),
    R("Continental Press Agency", 1, "Rights group says Iranian security forces detain activists", """
      DUBAI, {PD} (CPA) - Iranian security forces detained five women's rights activists in Tehran on {DOW}, a Norway-based rights group said.

      The group said the arrests took place at a private home where the women had gathered.

      The activists had been planning a campaign against compulsory hijab rules, the group said, adding that they were taken to Evin prison.

      There was no immediate comment from Iranian authorities.
    """, arrested=5),
  ])

# ---------------------------------------------------------------- h16 Istanbul journalists
H("h16", "2025-01-14", "173", ("TUR", "COP"), ("TUR", "JRN"), "Istanbul", "TUR",
  "Turkish police detained eight to ten journalists in dawn raids in Istanbul.",
  [
    R("Danube Review", 0, "Turkish police detain 10 journalists in Istanbul raids", """
      Turkish police detained 10 journalists in dawn raids on their homes in Istanbul on {DOW}, a press freedom group said.

      The journalists worked for two opposition news websites and were accused of "spreading disinformation", the group said.

      Police seized computers and phones during the raids on the journalists' homes, colleagues said. The prosecutor's office said warrants had been issued for 10 people.

      "Journalism is not a crime," the group said in a statement.
    """, arrested=10),
    R("Lodestar Wire", 0, "Istanbul prosecutors order detention of journalists", """
      ISTANBUL, {PD} (Lodestar) - Police in Istanbul detained eight journalists on {DOW} as part of an investigation into what prosecutors called a disinformation campaign, state media reported.

      The chief prosecutor's office said warrants had been issued for 10 people, two of whom were abroad.

      The detained journalists include an editor of a news website that has published reports on corruption in municipal contracts, colleagues said, and a reporter who covered the 2023 earthquakes in the south-east of the country.

      Turkey is among the countries that jail the most journalists, according to press freedom groups.
    """, arrested=8),
    R("The Atlas Tribune", 1, "Press freedom groups condemn detention of reporters in Turkey", """
      Press freedom organisations on {PDOW} condemned the detention of 10 reporters by police in Istanbul on {DOW}.

      Officers raided the reporters' homes before dawn and seized computers and phones, colleagues said.

      Prosecutors accuse them of spreading disinformation. Turkey is among the countries that jail the most journalists, according to press freedom groups.

      "Journalism is not a crime," one group said, calling for their immediate release.
    """, arrested=10),
  ])

# ---------------------------------------------------------------- h17 Hong Kong arrests
H("h17", "2021-07-06", "173", ("HKG", "COP"), ("HKG", "OPP"), "Hong Kong", "HKG",
  "Hong Kong's national security police arrested five members of a pro-democracy student group.",
  [
    R("Pacific Rim Report", 0, "Hong Kong police arrest five student activists under security law", """
      Hong Kong's national security police arrested five members of a pro-democracy student group on {DOW} on suspicion of inciting subversion, police said.

      The five, aged between 18 and 22, were detained at their homes in Kowloon and the New Territories, a senior superintendent told reporters.

      Police froze HK$160,000 in the group's bank accounts.

      The group said on social media that it had "done nothing wrong".
    """, arrested=5),
    R("Northstar News Agency", 0, "Five held in latest national security sweep in Hong Kong", """
      HONG KONG, {PD} (Northstar) - Police in Hong Kong arrested five young pro-democracy activists on {DOW}, accusing them of publishing material that incited hatred of the government.

      The arrests were made by the force's national security department, which was set up after Beijing imposed the law in June 2020.

      Police said the group had posted articles and videos calling for a boycott of the city's institutions, and that officers had seized computers, mobile phones and promotional materials from the five homes.

      The student group said on social media that it had "done nothing wrong".
    """, arrested=5),
    R("Eastern Standard", 1, "Student group members detained in Hong Kong", """
      Officers from Hong Kong's national security unit detained five members of a student activist group on {DOW}, the latest arrests under the sweeping security law.

      A senior superintendent said the group had posted articles online "glorifying violence".

      Police froze HK$160,000 in the group's bank accounts, the superintendent said.

      Critics say the law has been used to crush the city's opposition.
    """, arrested=5),
  ])

# ---------------------------------------------------------------- h18 Moscow anti-war detentions
H("h18", "2022-03-06", "173", ("RUS", "COP"), ("RUS", "CVL"), "Moscow", "RUS",
  "Moscow police detained 300 to 350 people at an unauthorised anti-war rally in central Moscow.",
  [
    R("Lodestar Wire", 0, "Police detain hundreds at anti-war protest in Moscow", """
      MOSCOW, {PD} (Lodestar) - Russian police detained more than 300 people at an anti-war protest in central Moscow on {DOW}, an independent monitoring group said.

      Riot police in helmets dragged protesters into buses on Manezhnaya Square, near the Kremlin, Lodestar reporters saw.

      Protesters chanted "No to war" before officers moved in.

      The interior ministry said the rally had not been authorised.
    """, arrested=300),
    R("Steppe Observer", 0, "Moscow riot police round up anti-war demonstrators", """
      Riot police in Moscow rounded up at least 350 people who had gathered on {DOW} to protest against the war in Ukraine, according to a monitoring group.

      Protesters chanted "No to war" before officers moved in, witnesses said.

      Many of those detained were young people, the monitoring group said.

      Russian law bans unauthorised public gatherings.

      Those detained face fines or short jail terms.
    """, arrested=350),
    R("Daily Meridian", 1, "Hundreds arrested in Russian capital over anti-war rally", """
      More than 300 people were arrested by police in Moscow on {DOW} as they tried to protest against Russia's military offensive in Ukraine, monitors said.

      Riot police dragged protesters into buses on Manezhnaya Square, near the Kremlin, video footage showed.

      Protesters chanted "No to war" before the police moved in, monitors said.

      Those detained face fines or short jail terms.
    """, arrested=300),
  ])

# ---------------------------------------------------------------- h19 Caracas arrest
H("h19", "2024-08-20", "173", ("VEN", "SPY"), ("VEN", "OPP"), "Caracas", "VEN",
  "Venezuelan intelligence agents arrested opposition campaign coordinator Marcela Quintero in Caracas.",
  [
    R("Andes Herald", 0, "Venezuelan intelligence agents arrest opposition coordinator", """
      Agents of Venezuela's SEBIN intelligence service arrested Marcela Quintero, a national coordinator of the opposition's presidential campaign, in Caracas on {DOW}, her party said.

      Quintero was detained as she left a meeting in the Chacao district by men in civilian clothes who put her into an unmarked van, the party said.

      The government has not commented on the arrest.

      Her lawyers said they had not been allowed to see her.
    """, arrested=1),
    R("Continental Press Agency", 0, "Venezuelan opposition says campaign official detained", """
      CARACAS, {PD} (CPA) - Venezuela's intelligence police detained opposition campaign official Marcela Quintero on {DOW}, the opposition coalition said.

      "They are hunting down everyone who defended the vote," an opposition leader wrote on social media.

      Quintero was detained as she left a meeting in the Chacao district, the coalition said.

      Hundreds of people have been arrested since the disputed presidential election in July.
    """, arrested=1),
    R("The Lantern", 1, "Opposition figure seized by Venezuelan agents", """
      Plain-clothes agents of the Venezuelan intelligence service SEBIN seized opposition politician Marcela Quintero in the capital on {DOW}, her colleagues said.

      They said she had been taken to the El Helicoide detention centre.

      Quintero, 46, was a national coordinator of the opposition's presidential campaign. The government did not comment.

      Rights groups have accused the government of a campaign of arrests after the July election.
    """, arrested=1),
    R("Coastal Post", 1, "Venezuelan intelligence police arrest opposition organiser", """
      Venezuela's feared intelligence police detained Marcela Quintero, a senior organiser for the opposition, on {DOW}, according to her party.

      The party said she was seized "as she left a meeting" and that her whereabouts were unknown.

      Quintero coordinated the opposition's campaign nationally and had kept a low profile since the election, colleagues said.

      The United States called for her immediate release.
    """, arrested=1),
  ])

# ================================================================ distractors of h14-h19

H("h61", "2021-04-22", "173", ("BLR", "COP"), ("BLR", "OPP"), "Minsk", "BLR",
  "Minsk police detained five opposition activists at a flat, nine days after the earlier raids.",
  [
    R("Danube Review", 0, "Five more opposition activists detained in Minsk", """
      Police in Minsk detained five opposition activists at a flat in the city's Frunzensky district on {DOW}, a human rights group said.

      The activists were accused of taking part in unauthorised protests last year, the group said.

      Officers searched the flat and took away phones and computers, the group said. The detentions were the second wave of arrests of activists in the city this month.
    """, arrested=5),
  ], distractor_of="h14")

H("h62", "2025-01-14", "173", ("TUR", "COP"), ("TUR", "JRN"), "Diyarbakir", "TUR",
  "Police in Diyarbakir detained four journalists of a Kurdish news agency.",
  [
    R("Lodestar Wire", 0, "Four Kurdish journalists detained in Diyarbakir", """
      DIYARBAKIR, Turkey, {PD} (Lodestar) - Turkish police detained four journalists working for a Kurdish news agency in the south-eastern city of Diyarbakir on {DOW}, their lawyer said.

      The lawyer said the detentions were part of a terrorism investigation and were not connected with other cases.

      The agency said police had searched its office in the city and seized cameras and computers. Journalists' unions condemned the detentions.
    """, arrested=4),
  ], distractor_of="h16")

H("h63", "2022-03-06", "173", ("RUS", "COP"), ("RUS", "CVL"), "Saint Petersburg", "RUS",
  "St Petersburg police detained about 200 anti-war protesters.",
  [
    R("Steppe Observer", 0, "About 200 detained at anti-war protest in St Petersburg", """
      Police in St Petersburg detained about 200 people who had gathered near Gostiny Dvor on Nevsky Prospekt on {DOW} to protest against the war in Ukraine, a monitoring group said.

      Police used batons to disperse the crowd, witnesses said.

      Some protesters carried blank sheets of paper.

      Many of those detained were students, the group said. The city authorities had refused to approve the rally.
    """, arrested=200),
    R("Daily Meridian", 1, "St Petersburg police break up anti-war rally", """
      Riot police in St Petersburg broke up an anti-war rally on Nevsky Prospekt on {DOW} and detained some 200 protesters, according to monitors.

      Police used batons against some of the demonstrators, witnesses said.

      Video posted online showed officers carrying protesters to police vans. The monitors said those detained had been taken to police stations across the city. The rally had not been authorised by the city.
    """, arrested=200),
  ], distractor_of="h18")

H("h64", "2024-08-26", "173", ("VEN", "SPY"), ("VEN", "OPP"), "Caracas", "VEN",
  "SEBIN agents arrested opposition lawmaker Julio Barrios in Caracas, six days after another opposition arrest.",
  [
    R("Andes Herald", 0, "Second opposition figure in a week detained in Caracas", """
      Venezuelan intelligence agents detained former opposition lawmaker Julio Barrios at his home in Caracas on {DOW}, his wife said.

      Barrios had worked as a witness at polling stations during the July election, the opposition said.

      His wife said masked agents took him away in an unmarked car and did not show a warrant. Government officials did not respond to requests for comment.
    """, arrested=1),
  ], distractor_of="h19")
