"""Named codes and sets of codes, defined once: the rules say ``VIOLENCE_ROOTS``, not ("18", "19", "20").

Statuses live in ``records`` (``STATUSES``, ``FACTUAL_STATUSES``) because the record defines them.
"""

from __future__ import annotations

#: Actor "country" codes that are not states: international and non-governmental organisations,
#: international militarised groups, international (religious or ethnic) movements, companies.
NON_STATE_CODES = frozenset({"IGO", "NGO", "IMG", "ISM", "MNC"})
#: The "country" of an international militarised group (al-Qaeda, Islamic State): armed by what it
#: is, with no sector of its own (PETRARCH-2's AL_QA'IDA is [IMGMUSALQ]).
ARMED_GROUP_CODE = "IMG"

#: CAMEO roots of physical violence: assault (18), fight (19), unconventional mass violence (20).
#: Events of these roots are one "violence" group when a sentence reports them twice.
VIOLENCE_ROOTS = frozenset({"18", "19", "20"})

#: CAMEO roots of physical material conflict: protest (14), force posture (15), coerce (17) and the
#: violence roots (reduce relations, 16, is QuadClass 4 too but moves no one in the street). A
#: participial result clause of such an event ("..., killing 12") belongs to it.
MATERIAL_CONFLICT_ROOTS = frozenset({"14", "15", "17"}) | VIOLENCE_ROOTS

#: CAMEO roots of verbal acts: saying them is doing them ("X said it condemned Y" is X condemning
#: Y): statement (01), appeal (02), intent (03), diplomatic cooperation (05), demand (10),
#: disapprove (11), reject (12), threaten (13).
VERBAL_ROOTS = frozenset({"01", "02", "03", "05", "10", "11", "12", "13"})

#: Roots of a governing verb's own generic event that the statement it makes replaces ("agreed to
#: send tanks" is an intent to give aid, not also a bare "agree"): statement (01), appeal (02),
#: intent (03), demand (10), reject (12), threaten (13).
REPLACED_BY_STATEMENT_ROOTS = frozenset({"01", "02", "03", "10", "12", "13"})

#: Roots of relational acts, done to a counterpart: appeal (02), intent (03), consult (04), demand
#: (10), reject (12), threaten (13). With no target named, the act of a party of a running story
#: is addressed to the one party it has been dealing with (``coding.counterpart``).
COUNTERPART_ROOTS = frozenset({"02", "03", "04", "10", "12", "13"})

#: Roots of the statements an appeal, an intent, a demand or a threat make (02, 03, 10, 13): a
#: governor whose own specific pattern codes one of these still makes its statement; any other
#: specific pattern ("declined to comment") says it all by itself.
STATEMENT_ROOTS = frozenset({"02", "03", "10", "13"})

#: Roots of a reaction to an act (praise or endorse 05, criticise 11, reject 12): "welcomed the
#: move" is aimed at whoever made it.
REACTION_ROOTS = frozenset({"05", "11", "12"})

#: Roots of asking (appeal 02, demand 10): who is asked is whom the thing asked for would come from
#: when no one is addressed ("appealed for intervention from the UN").
REQUEST_ROOTS = frozenset({"02", "10"})

#: Root of "express intent to cooperate": negated in its complement ("agreed not to ...") it is a
#: refusal.
INTENT_ROOT = "03"

#: Root of investigations: a team sent to investigate is investigating ("used only when
#: investigations are being or have been carried out", CAMEO 09).
INVESTIGATE_ROOT = "09"

#: Root of comments (pessimistic, optimistic, empathetic ...): saying so is the event, so a
#: comment said by a pundit ("the expert says he is pessimistic") is made, not a mere opinion.
COMMENT_ROOT = "01"

#: Root of meetings and visits (consult): one announced for the future is scheduled, whoever
#: announces it ("Trump will visit Britain in June, the palace announced" is an asserted 036).
CONSULT_ROOT = "04"
#: Visits made and hosted (042, 043): the place visited names the host, unlike a meeting's venue.
VISIT_CODES = frozenset({"042", "043"})

#: Root of threats: a threat with no target is addressed to whoever its condition names.
THREATEN_ROOT = "13"

#: "Reject, not specified": the refusal when the statement table has none for the action.
REJECT_CODE = "120"

#: "Accuse, not specified": a legal act (a charge) done by one who is no police, prosecutor or court.
ACCUSE_CODE = "112"
#: Sectors of the press (outlets, journalists): talking to them is a statement, not a consultation.
PRESS_SECTORS = frozenset({"MED", "JRN"})
#: "Criticize or denounce": a complaint, e.g. that a giver gave nothing ("very little delivered").
COMPLAINT_CODE = "111"
#: Sectors that do legal acts (charge, indict): the police, prosecutors and courts.
LEGAL_SECTORS = frozenset({"COP", "JUD"})

#: Codes whose events, when no target is named, are about the source's own country (CAMEO
#: convention: a protest, a curfew, an arrest with no named target is domestic). Prefixes.
DOMESTIC_CODE_PREFIXES = ("14", "172", "173", "175", "081", "082", "083", "0813", "0814", "1723", "1724")

#: Roots of what police do to their own people (coerce 17, assault 18, fight 19): with no target
#: named, the target is the police's own country.
POLICE_ACTION_ROOTS = frozenset({"17", "18", "19"})

#: Roots of what a state's courts do to people (charge, try, jail: coerce 17): like the police,
#: courts act on people within their own country's reach ("a Kenyan court charged twelve
#: protesters": Kenya's own, when nothing names another nationality).
COURT_ACTION_ROOTS = frozenset({"17"})

#: Roots whose object is the source's own forces ("mobilized troops", "deployed warships"), never
#: its target: the target is where they are sent or whom they face.
OWN_FORCES_ROOTS = frozenset({"15"})

#: Police gunfire: crowd control ("use tactics of violent repression") when nobody died, a killing
#: with small arms when someone did.
CROWD_FORCE_CODE = "175"
KILLING_FIRE_CODE = "193"

#: What an act of protest is when police do it: blocking streets is repression (175), not a
#: blockade by protesters (144).
POLICE_VARIANTS = {"144": CROWD_FORCE_CODE, "145": CROWD_FORCE_CODE}

#: Sector code of police.
POLICE_SECTOR = "COP"
#: The government sector ("his government": the antecedent's state's government).
GOVERNMENT_SECTOR = "GOV"
#: The sector of courts: who does a legal act that no one is named doing.
JUDICIARY_SECTOR = "JUD"

#: Codes of police work: arrest or detain (173) and crowd control (175). Forces that are police
#: or army by what they do ("security forces") are police when they do these.
POLICE_WORK_CODES = frozenset({"173", "175"})
#: Arrest or detain: police work when no one is named doing it ("some of the gunmen have been arrested").
ARREST_CODE = "173"

#: Roots of what is still news when nobody is named as the doer ("five people were arrested",
#: "15,000 people have been killed", "prisoners were freed"): yield (08), reject (12), protest (14),
#: force posture (15), reduce relations (16), coerce (17) and the violence roots. An agentless event
#: of another root is kept only when its target is named.
AGENTLESS_ROOTS = frozenset({"08", "12", "14", "15", "16", "17"}) | VIOLENCE_ROOTS

#: Roots of acts on something someone said or did, whose author is their target ("rejected a
#: request from X", "criticised a decision by X"): disapprove (11) and reject (12); and the code
#: of a denial ("denied charges by X").
AUTHOR_TARGET_ROOTS = frozenset({"11", "12"})
DENY_CODE = "016"

#: Roots of acts done to a place ("shelled Kharkiv", "imposed a curfew on the city"): a place named
#: as the target stands for its country as such, not for its government.
PLACE_TARGET_ROOTS = frozenset({"17"}) | VIOLENCE_ROOTS

#: Roots of material help (cooperate 06, aid 07): with no doer named, an event only when its
#: target is ("aid was delivered to Gaza").
MATERIAL_HELP_ROOTS = frozenset({"06", "07"})

#: Sector of the armed forces: their arrests and captures are acts of war, never domestic by default.
MILITARY_SECTOR = "MIL"

#: Sectors of a state's own apparatus: government, head of government's office, legislature,
#: judiciary, military, police, intelligence. Reports of one happening name the same state actor
#: by any of them ("Russian police" / "the Russian authorities"); rebels, opposition or civilians
#: are other actors.
STATE_APPARATUS_SECTORS = frozenset({"GOV", "PRM", "LEG", "JUD", "MIL", "COP", "SPY"})

#: Sectors of the civilian population, as reports name one crowd or group of people: people,
#: protesters, activists, campaigners, students, workers ("police detained nine opposition
#: activists" / "four campaigners for women's rights were detained"). Reports of one happening name
#: the same people by any of them; journalists, clergy, rebels or business are other actors.
CIVILIAN_SECTORS = frozenset({"CVL", "EDU", "LAB", "OPP", "NGO"})

#: Sectors of the people a state's police, army or courts act on at home: rebels, opposition,
#: civilians, criminals, unidentified gunmen ("Pakistani police arrested two dozen militants": Pakistan's).
HOME_TARGET_SECTORS = frozenset({"REB", "OPP", "CVL", "CRM", "UAF", "LAB", "JRN"})

#: Roots whose object is a patient even when it is people of no country ("deported 300 migrants to
#: Guatemala": the migrants, not the place they were sent to).
PATIENT_OBJECT_ROOTS = frozenset({"17"})

#: Sectors of people who fight: those an attack on a land killed were what it was aimed at.
ARMED_SECTORS = frozenset({"MIL", "REB", "UAF"})

#: Sectors of fighters of no state: a leader's name owns them ("bin Laden's fighters" are his
#: group's, "Putin's army" his state's).
NON_STATE_ARMED_SECTORS = frozenset({"REB", "UAF", "INS"})

#: Sectors that say the actor is not known (unidentified armed forces, unknown): no more than a
#: country without a sector.
UNKNOWN_SECTORS = frozenset({"UAF", "UNK"})

#: Sector (and code suffix) of unidentified armed forces: the perpetrator of violence no one is
#: named for, by the CAMEO/PLOVER convention.
UNIDENTIFIED_FORCES = "UAF"


def is_state_country(code: str | None) -> bool:
    """Whether ``code`` is a three-letter country code of a state (not a non-state code)."""
    return bool(code) and len(code) == 3 and code not in NON_STATE_CODES


#: Codes of fighting that coerce rather than hurt (besiege 191, occupy territory 192; PLOVER COERCE):
#: "invaded Crimea and later annexed it" is two events, not one.
COERCIVE_FIGHT_CODES = ("191", "192")


def event_group(cameo: str) -> str:
    """The group two events of one sentence must share to be one happening: their root, except that
    assault, fight and mass violence are one group ("attacked ..., killing 12"), but for a siege or
    an occupation."""
    root = cameo[:2]
    if cameo.startswith(COERCIVE_FIGHT_CODES):
        return cameo[:3]
    return "violence" if root in VIOLENCE_ROOTS else root
