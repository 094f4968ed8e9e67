"""Trigger words of wire copy the lexicon lacked (round 13): verb classes taken from the
PETRARCH-2 verb dictionary's synonym sets and from the verbs of news the lexicon had no row for,
each coded with its CAMEO base code and a guard (a target actor, a required object, a
to-clause or a that-clause) where the word has other uses. Every class has sentences of its own
in several forms (tense, voice, word order, countries) and uses of the same words that are no
political event (sport, business, weather, private life)."""

from __future__ import annotations

import pytest


def _events(pipeline, text):
    return [e.to_dict() for e in pipeline.code_text(text, published="2001-12-15")]


def _coded(pipeline, text):
    return {(d["cameo"], d["trigger"]["text"]) for d in _events(pipeline, text)}


def _parties(pipeline, text, trigger):
    return {((d["source"] or {}).get("code"), (d["target"] or {}).get("code"))
            for d in _events(pipeline, text) if d["trigger"]["text"] == trigger}


@pytest.mark.parametrize("text, cameo, trigger", [
    # criticism in words (111): the speaker's verb with an actor as its object
    ("The Iranian president denigrated the United Nations in a speech on Tuesday.", "111", "denigrated"),
    ("Chinese state media vilified the Dalai Lama as a separatist.", "111", "vilified"),
    ("The Pakistani president was vilified by Indian newspapers.", "111", "vilified"),
    ("Venezuela's foreign minister excoriated the United States at the summit.", "111", "excoriated"),
    ("Pakistani officials have impugned the integrity of the Indian investigators.", "111", "impugned"),
    ("Russia's defence minister mocked NATO during a televised address.", "111", "mocked"),
    ("North Korea insulted the South Korean president in a broadcast.", "111", "insulted"),
    ("The Syrian government lashed out at Turkey over the border shooting.", "111", "lashed"),
    ("Opposition leaders railed against the Zimbabwean government on Sunday.", "111", "railed"),
    ("Egyptian newspapers pilloried the Israeli prime minister.", "111", "pilloried"),
    ("Cuba scorned the European Union's offer.", "111", "scorned"),
    ("Hamas taunted Israel after the attack.", "111", "taunted"),
    ("The Kenyan president upbraided Britain for its colonial record.", "111", "upbraided"),
    ("The French president maligned the Italian government.", "111", "maligned"),
    ("The Russian foreign minister savaged the American plan for missile defence.", "111", "savaged"),
    # disapproval (110) by verb or predicate adjective, accusation (112)
    ("Japan disagreed with China over the disputed islands.", "110", "disagreed"),
    ("The Indian government objected to the visit of the Pakistani general.", "110", "objected"),
    ("Indonesia is angry at Australia over the asylum-seeker boats.", "110", "angry"),
    ("The Malaysian Prime Minister was furious with Singapore over the water deal.", "110", "furious"),
    ("Vietnam is furious at China over the oil rig.", "110", "furious"),
    ("Thailand is unhappy with Cambodia's decision to close the border.", "110", "unhappy"),
    ("The Indonesian president is said to be unhappy with the Australian prime minister.", "110", "unhappy"),
    ("The Philippine government said it was disappointed with the Chinese ruling.", "110", "disappointed"),
    ("Seoul is hostile to the Japanese proposal.", "110", "hostile"),
    # praise (051), appeals (020), condolence (018), assurance (030)
    ("The Afghan interim leader paid tribute to the American troops.", "051", "tribute"),
    ("The Indian Prime Minister paid tribute to the Nepalese king.", "051", "tribute"),
    ("The Sri Lankan government is grateful to Norway for its mediation.", "051", "grateful"),
    ("The Ugandan president credited Tanzanian troops with ending the war.", "051", "credited"),
    ("Pakistan's leader admires the Chinese president, his spokesman said.", "051", "admires"),
    ("Washington persuaded Uzbekistan to open its air bases.", "020", "persuaded"),
    ("The Iraqi Kurds petitioned the United Nations for protection.", "020", "petitioned"),
    ("The French foreign minister expressed condolences to the Algerian government.", "018", "expressed"),
    ("Beijing gave assurances to Washington that it would not sell missiles to Iran.", "030", "assurances"),
    ("The Saudi King assured the American president that the kingdom would help.", "030", "assured"),
    # coercion, legal acts, defiance
    ("Voters in Zimbabwe were intimidated by ruling party militias.", "170", "intimidated"),
    ("The Chinese government coerced Tibetan monks into signing the statement.", "170", "coerced"),
    ("Sudanese militias terrorised villagers in Darfur.", "180", "terrorised"),
    ("The Burmese junta banished the opposition leader.", "174", "banished"),
    ("Iraqi police arraigned three men on charges of spying.", "173", "arraigned"),
    ("Chinese police locked up two Tibetan monks.", "173", "locked"),
    ("Burmese soldiers have locked up the opposition leader.", "173", "locked"),
    ("Israeli police quizzed the Palestinian suspects.", "090", "quizzed"),
    ("The Indonesian police impounded the Australian boat.", "1711", "impounded"),
    ("Zimbabwe expropriated white-owned farms.", "1711", "expropriated"),
    ("Gunmen commandeered an Indian Airlines jet.", "181", "commandeered"),
    ("North Korea flouted the United Nations resolutions.", "128", "flouted"),
    ("Protesters defied the curfew and disobeyed the Thai police.", "128", "disobeyed"),
    # violence: thrown weapons and stones, wounds, rockets, blows, fights, property
    ("Palestinian gunmen threw grenades at Israeli soldiers.", "183", "threw"),
    ("Grenades were thrown at Israeli soldiers by Palestinian gunmen.", "183", "thrown"),
    ("Protesters hurled stones at the Indonesian police.", "145", "hurled"),
    ("Youths threw rocks at the Israeli troops in Hebron.", "145", "threw"),
    ("The bomb maimed several Israeli soldiers.", "190", "maimed"),
    ("Hezbollah rocketed northern Israel on Sunday.", "194", "rocketed"),
    ("The Tamil Tigers are rocketing Sri Lankan army positions.", "194", "rocketing"),
    ("Indian police punched the Kashmiri protesters.", "182", "punched"),
    ("Serbian soldiers bludgeoned the Albanian villagers.", "182", "bludgeoned"),
    ("A gunfight between Indian troops and Kashmiri militants killed four.", "193", "gunfight"),
    ("A shootout between Colombian police and drug traffickers left six dead.", "193", "shootout"),
    ("The Russian navy sank a Japanese fishing boat.", "190", "sank"),
    ("Israeli tanks damaged the Palestinian police headquarters.", "171", "damaged"),
    ("The Palestinian police headquarters was damaged by Israeli tank fire.", "171", "damaged"),
    ("Palestinian militants dug up the road to the Israeli settlement.", "1712", "dug"),
    ("Israeli bulldozers ploughed up the runway of the Palestinian airport.", "1712", "ploughed"),
    # agreements and ties (057, 050), yielding (08x)
    ("Israel and Jordan sealed a peace treaty in 1994.", "057", "sealed"),
    ("The Indian Prime Minister clinched an agreement with the Bangladeshi government.", "057", "clinched"),
    ("Egypt forged an alliance with Saudi Arabia.", "050", "forged"),
    ("Turkey and Greece mended ties after the earthquake.", "050", "mended"),
    ("Ethiopia and Eritrea patched up their differences.", "050", "patched"),
    ("The Irish Republican Army decommissioned its weapons.", "0873", "decommissioned"),
    ("The Afghan government disbanded the militia.", "0873", "disbanded"),
    ("The American government unfroze Afghan assets.", "085", "unfroze"),
    ("The Chinese government loosened restrictions on foreign journalists.", "081", "loosened"),
    ("The Indonesian government backtracked on the plan to deploy troops.", "080", "backtracked"),
    ("The Israeli government softened its stance on a Palestinian state.", "080", "softened"),
    ("The Russian government bowed to pressure from the United States.", "080", "bowed"),
    # aid, arms, force posture, reduced relations, blockade, rejection, strikes
    ("The United States airdropped food to Afghan refugees.", "073", "airdropped"),
    ("Britain rushed aid to the flood victims in Bangladesh.", "073", "rushed"),
    ("India rushed troops to the Pakistani border.", "154", "rushed"),
    ("The Philippine army rushed reinforcements to the southern island of Jolo.", "154", "rushed"),
    ("Russia sold fighter jets to India.", "062", "sold"),
    ("China bought submarines from Russia.", "062", "bought"),
    ("Saudi Arabia channelled money to the Afghan rebels.", "071", "channelled"),
    ("Iran shipped weapons to the Lebanese militants.", "072", "shipped"),
    ("Syria is believed to have shipped arms to Hezbollah.", "072", "shipped"),
    ("Pakistan amassed troops on the Indian border.", "154", "amassed"),
    ("Taiwan scrambled fighter jets.", "152", "scrambled"),
    ("The United States withheld aid from Pakistan.", "162", "withheld"),
    ("Britain wrote off the Ugandan debt.", "071", "wrote"),
    ("The Israeli army sealed off the Palestinian town of Jenin.", "191", "sealed"),
    ("Washington tore up the missile treaty with Russia.", "120", "tore"),
    ("Indian nurses staged a stoppage in Delhi.", "143", "stoppage"),
    # second set: refusal, bars and confinement, distrust, destruction, alert, casualties, resettlement
    ("Australia baulked at signing the Kyoto treaty.", "120", "baulked"),
    ("The Japanese government balked at the Chinese demand.", "120", "balked"),
    ("Malaysia barred the opposition leader from leaving the country.", "172", "barred"),
    ("Students campaigned against the Indonesian government.", "140", "campaigned"),
    ("Thousands of East Timorese clamoured for independence.", "100", "clamoured"),
    ("Israeli tanks have confined Yasser Arafat to his headquarters in Ramallah.", "191", "confined"),
    ("Pakistan deeply distrusts India.", "110", "distrusts"),
    ("Many Afghans mistrust the Pakistani government.", "110", "mistrust"),
    ("Israeli bulldozers flattened Palestinian homes in Rafah.", "1712", "flattened"),
    ("The Philippine police heightened security in Manila.", "151", "heightened"),
    ("American bombers inflicted heavy casualties on the Taliban.", "190", "inflicted"),
    ("India's supreme court overruled the Indian government.", "120", "overruled"),
    ("The Pakistani government pointed the finger at India.", "112", "pointed"),
    ("The Israeli foreign ministry rebutted the Palestinian allegations.", "016", "rebutted"),
    ("Canada will resettle refugees from Afghanistan.", "075", "resettle"),
    ("The Australian Prime Minister rang the American president on Tuesday.", "041", "rang"),
    ("Protesters scuffled with Indonesian police outside the embassy.", "145", "scuffled"),
    ("The Indian government shelved the plan to build the dam.", "120", "shelved"),
    ("The Thai government succumbed to American pressure.", "080", "succumbed"),
    ("The United States waived sanctions against Pakistan.", "085", "waived"),
    ("The Northern Alliance wrested control of Kunduz from the Taliban.", "192", "wrested"),
    # nouns of events with a light verb or their own actor, and nouns of the new verbs' action
    ("American planes made airdrops of food to Afghan villagers.", "073", "airdrops"),
    ("The Iranian president launched a tirade against the United States.", "111", "tirade"),
    ("The Venezuelan president launched a broadside at the American government.", "111", "broadside"),
    ("The hijacking of the Indian Airlines jet ended in Kandahar.", "181", "hijacking"),
    ("Pakistani hijackers carried out the hijacking of the Indian jet.", "181", "hijacking"),
    ("The Spanish court issued an indictment against the Chilean general.", "115", "indictment"),
    ("The Israeli government made overtures to Syria.", "030", "overtures"),
    ("The Russian government announced the pullout of its troops from Chechnya.", "087", "pullout"),
    ("The opposition condemned the intimidation of voters by Zimbabwean militias.", "170", "intimidation"),
    ("The Zimbabwean government's expropriation of white-owned farms continued.", "1711", "expropriation"),
    ("Human rights groups criticised the Chinese government's coercion of Tibetan monks.", "170", "coercion"),
    # a vow, promise or pledge of violence is a threat of force (138), as "threatened attacks" is
    ("Islamic Jihad vowed revenge against Israel after the raid.", "138", "vowed"),
    ("The Chechen rebels vowed fresh attacks on Russian troops.", "138", "vowed"),
    ("Palestinian militants have promised more suicide bombings.", "138", "promised"),
    ("Hezbollah has promised retaliation for the Israeli air strike.", "138", "promised"),
    ("The Taliban pledged retaliation against the United States.", "138", "pledged"),
    ("Reprisals were vowed by the Tamil Tigers after the massacre.", "138", "vowed"),
    # troops moved, fire exchanged (the noun), force in response to aggression
    ("India has moved troops and missiles closer to the border.", "154", "moved"),
    ("Russia moved two armoured divisions into Chechnya.", "154", "moved"),
    ("There were exchanges of fire between Indian and Pakistani troops in Kashmir.", "190", "exchanges"),
    ("Israeli troops pulled their tanks back, and Israel moved its forces out of Nablus.", "087", "moved"),
    ("Pakistan says it will respond to any Indian aggression.", "138", "respond"),
])
def test_a_trigger_of_the_class_is_coded(pipeline, text, cameo, trigger):
    assert (cameo, trigger) in _coded(pipeline, text)


@pytest.mark.parametrize("text, trigger, source, target", [
    ("Venezuela's foreign minister excoriated the United States at the summit.", "excoriated", "VENGOV", "USA"),
    ("Indonesia is angry at Australia over the asylum-seeker boats.", "angry", "IDN", "AUS"),
    ("The Indian Prime Minister paid tribute to the Nepalese king.", "tribute", "INDGOV", "NPLGOV"),
    ("The United States withheld aid from Pakistan.", "withheld", "USA", "PAK"),
    ("Israeli tanks have confined Yasser Arafat to his headquarters in Ramallah.", "confined", "ISRMIL", "PSEGOV"),
    ("The Northern Alliance wrested control of Kunduz from the Taliban.", "wrested", "AFGMIL", "AFGREB"),
    ("China bought submarines from Russia.", "bought", "CHN", "RUS"),
    ("Palestinian gunmen threw grenades at Israeli soldiers.", "threw", "PSEUAF", "ISRMIL"),
    ("The Taliban pledged retaliation against the United States.", "pledged", "AFGREB", "USA"),
])
def test_the_parties_are_those_of_the_sentence(pipeline, text, trigger, source, target):
    assert (source, target) in _parties(pipeline, text, trigger)


@pytest.mark.parametrize("text, codes", [
    ("The coach mocked the referee after the match.", {"111"}),
    ("The striker insulted the crowd.", {"111"}),
    ("The singer lashed out at critics in an interview.", {"111"}),
    ("Fans taunted the goalkeeper.", {"111"}),
    ("He became angry during the match.", {"110"}),
    ("The company branded its new product as cheaper.", {"112"}),
    ("The players disagreed about the result.", {"110"}),
    ("The crowd paid tribute to the band.", {"051"}),
    ("Fans were grateful to the club.", {"051"}),
    ("He assured reporters that the game would go ahead.", {"030"}),
    ("The man locked up his shop.", {"173"}),
    ("The singer flouted fashion rules.", {"128"}),
    ("The batsman threw the ball at the stumps.", {"183", "145"}),
    ("The rival mobs threw stones at each other.", {"145", "175"}),
    ("The storm damaged homes in Queensland.", {"171"}),
    ("Shares rocketed on Wall Street.", {"194"}),
    ("The ship sank in a storm off Tasmania.", {"190"}),
    ("Farmers ploughed up the field.", {"1712"}),
    ("The company sealed a deal with its suppliers.", {"057", "191"}),
    ("The cook sealed the jar.", {"057", "191"}),
    ("Qantas scrambled to find new planes.", {"152"}),
    ("The farmer sold his tractors.", {"062"}),
    ("The club withheld payments to the players.", {"162"}),
    ("The horse balked at the fence.", {"120"}),
    ("The bell rang at noon.", {"041"}),
    ("The patient was confined to bed.", {"191"}),
    ("The company shelved the product.", {"120"}),
    ("The referee overruled the linesman.", {"120"}),
    ("Players scuffled on the pitch.", {"145"}),
    ("He pointed the finger at the umpire.", {"112"}),
    ("The comedian launched a tirade against his critics.", {"111"}),
    ("The hijacking film opened in cinemas.", {"181"}),
    ("The coach vowed revenge after the cup defeat.", {"138"}),
    ("The company moved its headquarters to Sydney.", {"154"}),
    ("Israeli tanks returned to the village after the raid.", {"0842"}),
    ("The players exchanged shots in the final.", {"190"}),
    ("The minister responded to the criticism on radio.", {"190", "138"}),
    ("The minister promised an assault on unemployment.", {"138"}),
    ("The Indian government promised aid to the flood victims.", {"138"}),
    ("The striker pledged to attack from the first whistle.", {"138"}),
])
def test_other_uses_of_the_words_are_no_event_of_the_class(pipeline, text, codes):
    assert not {c for c, _ in _coded(pipeline, text)} & codes
