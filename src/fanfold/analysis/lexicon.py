"""The word lists behind the content notes: written for Fanfold, in plain English.

Each cue is a word form (lower case) that can point at a content note, with a weight
(how strongly it points there on its own, 0..1) and, for words that are only a cue in
some senses, a `needs` pattern that must match near the word ("shot" only counts with
someone shot or a gun about). Figures of speech and innocent senses are listed as
`EXCEPT` patterns: a cue inside one of their matches does not count ("dead tired",
"blood pudding", "shot a glance"). Negation and hypotheticals are handled in
`notes.py`, for every cue alike.

One section per note. Besides single words, most cues are phrases ("the ale was in him",
"took the belt to him"), keyed on their rarest word and checked by an `after` pattern
anchored at its end, or a `needs` pattern around it, so that the commonest words ("in",
"not", "been") are not cue words and cost no check. Every phrase added here comes with a
sentence in `tests/analysis/test_phrasings.py`, and its innocent look-alike.

Weights: 0.9 names the thing itself ("stabbed", "corpse", "suicide"); 0.6 is a strong
sign; 0.35 a sign that needs company; 0.2 only adds to others. A sentence's score for a
note is 1 - prod(1 - w) over its cues, a text's is the same over its sentences' scores,
and a note is suggested from 0.5.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Cue:
    label: str
    weight: float
    needs: re.Pattern[str] | None = None
    # Ideation and intent count for these cues (suicidal thoughts are suicide notes);
    # for everything else a modal ("would have", "wanted to") makes the cue hypothetical.
    modal_ok: bool = False
    # The `needs` pattern already holds the negation ("did not wake"): don't deny it again.
    negation_ok: bool = False
    # A pattern that must match right after the word ("hit" + "him").
    after: re.Pattern[str] | None = None


# Pronoun / person objects: "shot him", "hit the boy", "stabbed Harker".
PERSON = (
    r"(?:him|her|them|me|you|us|it|himself|herself|themselves|myself|yourself|"
    r"his|the (?:man|woman|boy|girl|child|guard|soldier|thief|fellow|stranger|attendant|"
    r"constable|footman|coachman|beast|creature|count|vampire|intruder)|[A-Z][a-z]+)"
)

_CUES: dict[str, list[Cue]] = {}


def _add(
    label: str,
    weight: float,
    words: str,
    needs: str | None = None,
    after: str | None = None,
    **kw: bool,
) -> None:
    pattern = re.compile(needs, re.IGNORECASE) if needs else None
    # Matched against the sentence as written, so "[A-Z]" means a capital (a name).
    following = re.compile(after) if after else None
    for word in words.split():
        _CUES.setdefault(word, []).append(Cue(label, weight, pattern, after=following, **kw))


# ---- shared: the labels and the patterns several notes use -----------------------------
V = "violence"
# Words of striking and wounding: weak alone ("hit the gold", "cut the ham"), strong when
# someone is on the receiving end ("hit him", "cut Harker", "shot the coachman").
_DIRECTED = (
    "hit hits hitting struck strike strikes striking kicked kicks kick kicking punched punch "
    "punches punching slapped slaps slap slapping shoved shoves shove shoving choked chokes "
    "seized pinned cuffed clawed raked crushed beat beats beaten beating battered smashed "
    "thrashed hurled flung shot shoots shoot shooting cut cuts tore bit bites attacked attacks "
    "attacking wounded pummelled pummeled hacked dragged boxes boxed rapped chained stabbed "
    "swung slashed slammed threw throws whipped lashed killed kill kills killing tear tears "
    "flogged wrenches wrenched strangles"
)
G = "graphic-violence"
D = "death"
S = "sexual-content"

SV = "sexual-violence"
SH = "self-harm"
SU = "suicide"
A = "abuse"
CA = "child-abuse"
_CHILD = (
    r"\b(?:child|children|baby|babies|infant|boy|boys|girl|girls|son|sons|daughter|"
    r"daughters|lad|lass|little (?:one|ones)|kid|kids|smallest|orphans?|grew up|growing up|"
    r"aged (?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-2])\b|"
    r"(?:[2-9]|1[0-2])-year-old|"
    r"when (?:he|she|i|you|they|we) (?:was|were) (?:small|little|young|tiny|a (?:kid|child|boy|"
    r"girl|baby|toddler))|was (?:six|"
    r"seven|eight|nine|ten|eleven|twelve|five|four)|(?:six|seven|eight|nine|ten|eleven|"
    r"twelve)-year-old)\b"
)
SB = "substance-use"
L = "strong-language"
_WEAPON = r"(?:knife|blade|sword|dagger|spear|stake|bayonet|lance|dirk|axe|sickle|harpoon|arrow)"
# Who can take a blow ("clocked him", "decked the guy"), and where ("across the jaw").
_PERSON_OBJECT = (
    r"(?:him|her|them|me|you|us|the (?:man|woman|boy|girl|kid|guy|bloke|lad|guard|officer|"
    r"cop|soldier|thief|stranger|intruder|bouncer|thug|attacker|driver|other (?:man|boy|guy))|"
    r"[A-Z][a-z]+)"
)
_BODY = (
    r"(?:jaw|face|head|nose|mouth|teeth|throat|neck|chest|stomach|gut|ribs|side|back|temple|"
    r"cheek|eye|ear|skull|kidneys?|groin|knees?|shins?|legs?|arms?|shoulders?|spine|belly)"
)
_BODY_PART = (
    r"(?:finger|fingers|hand|hands|ear|ears|arm|arms|leg|legs|head|nose|thumb|thumbs|toes?|"
    r"foot|feet|tongue|eye|eyes)"
)


# ---- violence -------------------------------------------------------------------------------
_add(
    V,
    0.9,
    "stab stabs stabbed stabbing stabbings strangle strangles strangled strangling "
    "throttled throttling bludgeoned bludgeoning beheaded beheading decapitated mauled "
    "massacre tortured torturing torture disembowelled disemboweled eviscerated murdered "
    "murdering murderer impaled impaling knifed garrotted flogged flogging horsewhipped "
    "gunned",
)

_add(V, 0.6, "slaughtered slaughtering massacred", after=r"(?! (?:them|us|you) at)")

_add(V, 0.3, _DIRECTED)

_add(
    V,
    0.6,
    _DIRECTED,
    after=r"(?: at| into| across| down on| upon| on)? (?:(?:him|her|them|me|you|us|himself|"
    r"herself)\b(?! (?:a|an) (?:glance|look|letter|note|smile))|(?:(?:poor|old|young|little) )?"
    r"[A-Z][a-z]+(?:'s)?\b|(?:the |his |her |their |my |your |its |a |an )(?:[a-z]+ )?"
    r"(?:[A-Z][a-z]+'s |[a-z]+'s )?(?:man|woman|boy|girl|child|guard|"
    r"soldier|thief|fellow|stranger|attendant|constable|footman|coachman|beast|creature|count|vampire|"
    r"intruder|jaw|face|head|throat|chest|stomach|ribs?|neck|mouth|nose|arm|shoulders?|"
    r"knuckles|ears?|cheek|back|belly|side|skull|leg|thigh|baby|infant|lad|wife|husband|son|"
    r"daughter|sister|brother|mother|father|servant|maid|slave|prisoner|officer|lion)\b)",
)

_add(
    V,
    0.6,
    "struck beaten kicked punched slapped shoved stabbed shot whipped flogged hit "
    "attacked wounded thrown beat caned",
    needs=r"\b(?:was|were|been|being|got|get|gets) "
    r"(?:\w+ )?(?:struck|beaten|kicked|punched|slapped|shoved|stabbed|shot|whipped|flogged|"
    r"hit|attacked|wounded|thrown|beat|caned)\b",
)

_add(
    V,
    0.6,
    "fought brawl brawling scuffle scuffled grapple grappled grappling wrestled wrestles "
    "injured injuries wounds bleeding duel",
)

_add(V, 0.6, "thrown", after=r" (?:against|into|across|down|from|off|to the (?:ground|floor))\b")

_add(
    V,
    0.3,
    "blood bloodied bruise bruised bruises fight fighting squeezing reeling spits "
    "staggered battle war mob screamed screams blow blows fist fists violently violence bled "
    "lunged lunges",
)

_add(
    V,
    0.25,
    "knife knives dagger sword blade spear axe arrow arrows bullet bullets pistol "
    "revolver gun guns rifle musket stake mallet cudgel truncheon truncheons staves poker "
    "harpoon sickle",
)

_add(
    V,
    0.3,
    "bloody",
    after=r"(?:[\s,;.!?]*$|[,;.] |(?: (?:teeth|nose|lip|lips|hands?|"
    r"knuckles|corpse|body|face|rag|knife|wound|stump|footprints?|sword|murder|battle)))",
)

_add(
    V,
    0.6,
    "violently violence",
    needs=r"\b(?:shook|shake|shakes|beat|beats|struck|"
    r"hit|attack)\b",
)

# Violence: blows and wounds in the words fan writers use most.
_add(
    V,
    0.9,
    "pistol-whipped headbutted elbowed kneed backhanded bludgeon shanked stabbing "
    "gunshot gunshots gunfire ambushed assaulting mugged beating beatings",
)

_add(
    V,
    0.6,
    "punches kicks slaps shoves attacker attackers assailant wound wounds wounded "
    "bruised bleeding bloodied",
    after=r"(?! (?:the|a|an) (?:news|silence|spell|record|"
    r"bank|ice|rules?|habit|fast|bread|seal|code|tie|deal|bad news|good news)\b)",
)

_add(V, 0.6, "fire", needs=r"\bopen(?:ed|s)? fire\b")

_add(
    V,
    0.6,
    "shot",
    needs=r"\b(?:was|were|got|been|had been|is) shot\b|\bshot (?:him|her|them|me|"
    r"you|at|dead|through)\b",
)

_add(V, 0.6, "fists", needs=r"\b(?:traded|swinging|swung|raised|pounding) (?:\w+ )?fists\b")

_add(
    V,
    0.6,
    "nose",
    needs=r"\b(?:broke|broken|bloody|bloodied|smashed) (?:his|her|their|my|your|a) "
    r"nose\b",
)

_add(V, 0.6, "ribs", needs=r"\b(?:broke|broken|cracked|bruised) (?:\w+ )?ribs?\b")

_add(
    V,
    0.45,
    "fight fighting fought",
    needs=r"\b(?:fist|fists|punch|punches|knife|blows?|brawl|"
    r"kick|kicked|blood|bleeding)\b",
)

_add(V, 0.6, "bled", after=r" out\b")

_add(
    V,
    0.9,
    "knife blade sword dagger spear stake bayonet lance dirk axe sickle harpoon arrow",
    needs=r"\b(?:drove|drives|plunged|plunges|thrust|thrusts|sank|sinks|buried|rammed|jammed|"
    r"ran|put|stuck) (?:the|his|her|my|your|a|their|its) (?:\w+ )?" + _WEAPON + r"s? (?:\w+ )?"
    r"(?:into|through|in|between)\b|\b" + _WEAPON + r"s? (?:had )?(?:went|goes|gone|slid|slides|"
    r"sank|sinks|"
    r"plunged|bit|bites|took (?:him|her)) (?:\w+ )?(?:in|into|through|deep)\b",
)

_add(
    V,
    0.9,
    "hand",
    needs=r"\bheld (?:your|her|his|my|their) hand (?:over|in|into|against) "
    r"(?:the|a) (?:candle|flame|fire|stove|grate|kettle)\b",
)

# Slang blows: a person must take them ("clocked him", "decked the guy").
_add(
    V,
    0.6,
    "clocked socked decked smacked whacked thumped walloped belted bashed clubbed "
    "jabbed slugged cracked headbutted elbowed tackled clobbered smashed",
    after=r"(?: (?:\w+ )?(?:over|across|in|on|into)(?: the| his| her| their| my| your)? "
    + _BODY
    + r"\b| "
    + _PERSON_OBJECT
    + r"(?!'s)\b(?! (?:up|a (?:smile|grin|joke|look))\b))",
)

_add(
    V,
    0.9,
    "roughed beat beaten beating",
    needs=r"\b(?:roughed|beat|beaten|beating) (?:\w+ )?up\b(?! (?:the (?:eggs|batter|cream)|"
    r"(?:on )?(?:himself|herself|myself|yourself)))|\bbeat (?:him|her|them|me|you) "
    r"(?:senseless|unconscious|bloody|to a pulp|black and blue|half to death)\b",
)

_add(V, 0.6, "chokehold headlock stranglehold", after=r"(?! on (?:the|a) (?:market|industry))")

_add(
    V,
    0.9,
    "shootout shoot-out gunfight firefight fistfight fist-fight knife-fight gunfights "
    "shootouts firefights",
)

_add(
    V,
    0.6,
    "fight fights brawl",
    needs=r"\b(?:bar|street|fist|knife|gang|pub|school ?yard|playground|prison|dog) "
    r"(?:fight|fights|brawl)\b|\bfight broke out\b",
)

_add(
    V,
    0.6,
    "trigger",
    needs=r"\b(?:pulled|pulls|pulling|squeezed|squeezes) the trigger\b(?! on\b)",
)

_add(
    V,
    0.45,
    "blood bleeding",
    needs=r"\b(?:blood|bleeding) (?:ran |poured |streamed |dripped |trickled |gushed )?"
    r"(?:from|out of) (?:his|her|my|your|their|the) (?:nose|mouth|lip|lips|head|scalp|ear|"
    r"forehead|temple|brow|eyebrow)\b",
)

_add(
    V,
    0.45,
    "broke broken breaking cracked fractured shattered dislocated snapped",
    after=r" (?:\w+ )?(?:fingers?|arm|wrist|leg|collarbone|cheekbone|kneecap|jaw|shin)\b",
)

_add(V, 0.45, "concussion concussed")

_add(
    V,
    0.6,
    "knocked",
    after=r" (?:him|her|them|me|you|the \w+|[A-Z][a-z]+) (?:out|unconscious|senseless|cold|flat|"
    r"down|to the (?:ground|floor))\b",
)

_add(
    V,
    0.6,
    "knocked",
    needs=r"\b(?:was|were|got|been|being) knocked (?:out|unconscious|senseless|cold)\b",
)

_add(
    V,
    0.6,
    "bullet bullets",
    needs=r"\b(?:took|taken|caught|catch|got|stopped) a bullet\b(?! for)|\bbullet (?:wound|"
    r"wounds|hole|holes)\b|\bbullets? (?:hit|struck|tore|caught|went|ripped|grazed|lodged)\b",
)

_add(V, 0.6, "ambush")

_add(V, 0.25, "club clubs bat crowbar bayonet machete cleaver")

_add(
    V,
    0.6,
    "shot bullet blast",
    needs=r"\bthe (?:shot|bullet|blast) (?:took|tore|blew|caught|hit|struck|ripped)\b",
)

_add(
    V,
    0.6,
    "opened",
    needs=r"\b(?:knife|blade|bayonet|sword|claws?|dagger|machete|razor)\b.{0,40}\bopened "
    r"(?:him|her|them|his|her|their) (?:up|throat|belly|side|arm|chest|face)\b|\bopened "
    r"(?:him|her|them) up with (?:a|the|his|her) (?:knife|blade|bayonet|sword|claws?|dagger)\b",
)

_add(
    V,
    0.9,
    "neck",
    needs=r"\b(?:snapped|snaps|snap|broke|breaks) (?:the |his |her |their |\w+'s )"
    r"(?:\w+'s )?neck\b",
)

_add(
    V,
    0.45,
    "knuckles",
    needs=r"\b(?:raw|bloody|bloodied|split|bruised|skinned|busted|scraped) knuckles\b|"
    r"\bknuckles (?:were |was )?(?:raw|split|bloody|bloodied|bruised)\b",
)

_add(V, 0.6, "split busted fat bloody bloodied", after=r" lip\b")

_add(V, 0.6, "black", after=r" eyes?\b(?! (?:peas|beans|susan))")

_add(
    V, 0.6, "twisted twisting twists", after=r" (?:his|her|my|your|their) arm (?:behind|up|back)\b"
)

_add(
    V,
    0.6,
    "throat collar neck scruff",
    needs=r"\b(?:grabbed|seized|caught|took|had) (?:him|her|them|me|you|[A-Z][a-z]+) by the "
    r"(?:throat|collar|neck|scruff)\b|\bhands? (?:around|round|about) (?:his|her|my|your|"
    r"their|\w+'s) (?:throat|neck)\b",
)

_add(V, 0.6, "grabbed seized", after=r" (?:him|her|them|me|you|[A-Z][a-z]+) by the hair\b")

_add(
    V,
    0.6,
    "knife gun blade pistol revolver",
    needs=r"\b(?:knife|gun|blade|pistol|revolver) (?:to|against|at) (?:his|her|my|your|their|"
    r"the \w+'s|\w+'s) (?:throat|head|neck|temple|back|ribs|chest)\b",
)

_add(V, 0.6, "fired", after=r" (?:at|on|into|again|twice|three times|a shot|two shots|wildly)\b")

_add(V, 0.6, "assault assaulted assaulting", after=r"(?! (?:on the (?:senses|ears|nose)|course))")

_add(
    V,
    0.6,
    "bottle",
    needs=r"\b(?:smashed|broke|brought) (?:a |the )?bottle (?:over|across|on|into)\b",
)

_add(
    V,
    0.9,
    "cigarette cigarettes",
    needs=r"\b(?:put|stubbed|pressed|ground) (?:a |his |her |the )?cigarettes? out on "
    r"(?:his|her|my|your|their) (?:arm|skin|hand|neck|back|leg|chest)\b|\bcigarette burns\b",
)

_add(V, 0.9, "flayed dismembered mutilated gouged dismembering mutilating")

_add(
    V,
    0.45,
    "blood",
    needs=r"\bblood (?:sprayed|spurted|gushed|pumped|fountained|sheeted|splattered|spattered)\b|"
    r"\b(?:sprayed|spattered|splattered|soaked|drenched) (?:\w+ )?(?:with|in) (?:\w+ )?blood\b",
)

_add(
    V,
    0.9,
    "throat throats",
    needs=r"\b(?:slit|cut|slashed|tore|torn|ripped) (?:out )?(?:his|her|their|the \w+'s|\w+'s|"
    r"the) throats?\b|\bthroats? (?:slit|cut|slashed|torn out|ripped out)\b",
)

_add(V, 0.9, "blunt", after=r"[- ]force\b")

_add(V, 0.6, "jumped", needs=r"\b(?:got|get|gets|getting|was|were|been) jumped\b")

_add(
    V,
    0.9,
    "beat beats beating kicked knocked",
    after=r" the (?:shit|hell|crap|living daylights|stuffing|snot) out of\b",
)

_add(V, 0.6, "lacerations laceration")

_add(V, 0.45, "contusions abrasions")

_add(
    V,
    0.6,
    "threw throws hurled flung chucked lobbed",
    after=r" (?:a|an|the|his|her|my) (?!(?:ball|frisbee|glance|look|smile|wink|kiss|grin|pillow|"
    r"cushion|snowball|sweet|party|tantrum|fit)\b)\w+ at (?:him|her|me|them|you|us|[A-Z][a-z]+|"
    r"(?:his|her|my|your|their) (?:head|face))\b",
)

_add(
    V,
    0.9,
    "took taken take takes taking",
    after=r" (?:a|the|his|her) (?:\w+ )?(?:bat|belt|knife|hammer|crowbar|cane|whip|poker|axe|club|"
    r"stick|pipe|strap|fists?) to (?:him|her|them|me|us|you|his|her|my|their|[A-Z][a-z]+)\b",
)

_add(
    V,
    0.6,
    "smashed broke",
    after=r" (?:a|the) (?:[\w-]+ )?(?:bottle|chair|glass|plate|vase|pan|stool|bowl|mixing-bowl|jug|"
    r"tankard) (?:over|across|on) (?:his|her|my|your|their|(?:\w+ ){0,2}\w+'s) (?:head|back|"
    r"skull)\b",
)

_add(
    V,
    0.6,
    "hacked chopped cut sawed sawn sliced bit bitten tore torn ripped blown took",
    after=r" (?:clean )?off (?:his|her|their|\w+'s|the \w+'s) " + _BODY_PART + r"\b",
)

_add(V, 0.6, "dragged", after=r" (?:her|him|me|you|them) (?:\w+ )?by (?:the|her|his|my) hair\b")

# Violence: war and its machines, and killing without a blade.
_add(
    V,
    0.6,
    "airstrike airstrikes grenade grenades shelled shelling lynched lynching lynch waterboarded",
)

_add(V, 0.45, "bombing bombings explosion explosions riot riots kidnapped abducted")

_add(
    V,
    0.9,
    "suffocated smothered",
    after=r" (?:him|her|them|me|the \w+|[A-Z][a-z]+)\b(?! (?:in|with) (?:kisses|love|attention|"
    r"butter|gravy|sauce|cream|blankets))",
)

_add(V, 0.9, "head", needs=r"\bheld (?:his|her|their|\w+'s) head under(?: the)? water\b")

_add(V, 0.6, "ran", after=r" (?:him|her|them) (?:over|down)\b(?! (?:the|a) (?:list|plan|details))")

_add(
    V,
    0.6,
    "cuff clout thump smack slap hiding thrashing beating whipping walloping",
    needs=r"\bgave (?:him|her|me|them|us|the (?:\w+ ){0,2}\w+) a (?:good |sound |right |hard )?"
    r"(?:cuff|clout|thump|smack|slap|hiding|thrashing|beating|whipping|walloping)\b",
)

_add(V, 0.6, "pierced", after=r" (?:the )?(?:infant|child|baby|boy|girl|him|her)\b")

_add(V, 0.6, "burst", after=r" (?:out )?through (?:his|her|their|the) (?:back|chest|belly|ribs)\b")

_add(
    V,
    0.6,
    "took",
    after=r" (?:off )?(?:the|his|her|their|\w+'s) (?:leg|legs|arm|arms|hand|foot|head) (?:off "
    r")?at the "
    r"(?:knees?|elbow|wrist|ankle|neck|shoulder|thigh)\b",
)

_add(V, 0.45, "shell shells shellfire mortar mortars artillery")

_add(
    V,
    0.6,
    "shell mortar grenade bomb",
    after=r" (?:burst|exploded|landed|hit|struck|went off)\b",
)

_add(
    V,
    0.6,
    "laid split torn ripped sliced slashed",
    after=r" (?:his|her|their|the \w+'s|\w+'s) (?:forearm|arm|leg|thigh|back|side|brow|brows|cheek|"
    r"belly|scalp|face) open\b",
)

_add(
    V,
    0.6,
    "dragged dragging drags hauled hauling yanked yanking jerked",
    after=r" (?:her|him|me|them|the \w+)(?: \w+){0,4} by (?:her|his|my|their|the) (?:wrist|wrists|"
    r"arm|arms|hair|collar|throat|neck|hood|ear|scruff)\b",
)

_add(
    V,
    0.6,
    "fingers hand hands fist",
    after=r" (?:closed |tightened |clamped )?(?:round|around) (?:the back of )?(?:her|his|my|"
    r"their) "
    r"(?:neck|throat)\b",
)

_add(V, 0.6, "used gave", after=r"(?: (?:her|him|me|them))? the back of (?:his|her) hand\b")

_add(
    V,
    0.9,
    "hand",
    needs=r"\b(?:put|held|pressed|forced) (?:\w+'s|her|his|my|their|your) hand (?:on|onto|"
    r"against|to|"
    r"over|into) the (?:hob|stove|iron|kettle|grate|fire|flame|candle|hotplate)\b",
)

_add(
    V,
    0.6,
    "pushed shoved",
    after=r" (?:her|him|me|them) (?:hard )?(?:against|into|down|over|off|through|onto) (?:a|"
    r"the|his|"
    r"her|my)\b",
)

_add(V, 0.6, "grabbed seized", after=r" (?:her|him|me|them) from behind\b")

_add(
    V,
    0.45,
    "snapped broken shattered fractured",
    needs=r"\b(?:wrist|arm|neck|leg|jaw|nose|fingers?|collarbone|ankle) (?:was |got |had been "
    r"|were )?"
    r"(?:snapped|broken|shattered|fractured)\b",
)

_add(
    V,
    0.9,
    "came comes coming",
    after=r" at (?:him|her|me|them|us|you) with (?:a|the|his|her) (?:\w+ )?(?:knife|bottle|axe|"
    r"hammer|bat|poker|razor|machete|broken glass|club|pipe|crowbar)\b",
)

_add(V, 0.6, "tasered taser tasering")

_add(
    V,
    0.45,
    "threw hurled flung",
    after=r" (?:a|the|his|her) \w+ (?:at the wall|in (?:his|"
    r"her|my) direction)\b",
)


# ---- graphic violence: what makes violence graphic ------------------------------------------
_add(
    G,
    0.9,
    "guts entrails intestines innards gore disembowelled disemboweled eviscerated "
    "severed decapitated mangled cartilage gargling brains",
)

_add(
    G,
    0.45,
    "gushing gushed gushes spurting spurted jetting sheeted pumping fountains "
    "dripping spilling splitting marrow pulp splattered spattered",
)

_add(
    G,
    0.3,
    "bone bones skull flesh sinew spray sprayed splashed pooled ruin tore torn tear "
    "split crunch crack welled splinter shards peeling gaping mask liver",
)

_add(G, 0.9, "apart", needs=r"\b(?:tear|tore|torn|ripped|rip|rips|tears) (?:\w+ )?apart\b")

_add(G, 0.9, "hilt", needs=r"\bred to the hilt\b")

_add(
    G,
    0.6,
    "head",
    needs=r"\bhead (?:comes? away|came away|rolls?|rolled)\b|\bhead "
    r"from (?:his|her|its) (?:shoulders|neck|body)\b",
)

_add(G, 0.6, "gut", needs=r"\b(?:loops?|ropes?|coils?) of gut\b|\bgut (?:him|her|them)\b")

_add(G, 0.2, "blood")

# Gore, said the way stories say it.
_add(
    G,
    0.9,
    "flayed dismembered mutilated dismembering mutilating viscera gouged",
)

_add(
    G,
    0.6,
    "blood",
    needs=r"\bblood (?:sprayed|spurted|gushed|pumped|fountained|sheeted|splattered|spattered|"
    r"bubbled|gurgled|poured)\b|\b(?:sprayed|spattered|splattered|soaked|drenched|slick|"
    r"covered|painted) (?:\w+ )?(?:with|in) (?:\w+ )?blood\b|\bpools? of (?:\w+ )?blood\b|"
    r"\bblood-soaked\b|\bchok(?:ed|ing|es) on (?:his|her|their|my) own blood\b",
)

_add(
    G,
    0.9,
    "bone bones",
    needs=r"\bbones? (?:had |was |were )?(?:come|came|jutting|jutted|poking|poked|sticking|"
    r"stuck|showed|"
    r"showing) (?:out )?(?:through|out of|from)\b",
)

_add(
    G,
    0.6,
    "half",
    after=r" of (?:his|her|their|the) face\b| (?:his|her|their) face (?:was )?(?:gone|missing|"
    r"caved|away|off)\b",
)

_add(
    G,
    0.6,
    "ear",
    needs=r"\bfrom ear to ear\b",
)

_add(
    G,
    0.6,
    "throat throats",
    needs=r"\b(?:slit|cut|slashed|tore|torn|ripped) (?:out )?(?:his|her|their|the \w+'s|\w+'s|"
    r"the) throats?\b|\bthroats? (?:slit|cut|slashed|torn out|ripped out)\b",
)

_add(G, 0.6, "pulp pulped", needs=r"\b(?:beaten|beat|smashed|crushed) to (?:a )?pulp\b|\bpulped\b")

_add(
    G,
    0.6,
    "open",
    needs=r"\b(?:skull|head|belly|stomach|chest|throat|face|cheek|scalp|gut|guts) (?:was |had "
    r"been |lay )?(?:split|ripped|torn|cracked|sliced|laid|burst|gaping|hanging) open\b|\b(?:split|"
    r"ripped|tore|torn|cracked|sliced|slit|laid) (?:his|her|their|the \w+'s|\w+'s) (?:skull|head|"
    r"belly|stomach|chest|throat|face|cheek|scalp|gut) open\b",
)

_add(
    G,
    0.6,
    "wound hole gash",
    needs=r"\b(?:gaping|ragged|sucking|open) (?:chest )?(?:wound|hole|gash)\b",
)

_add(
    G,
    0.6,
    "ribbons",
    needs=r"\b(?:cut|torn|ripped|slashed|shredded|hung|hanging) (?:\w+ )?(?:to|in|into) ribbons\b",
)

_add(
    G,
    0.6,
    "teeth",
    needs=r"\bteeth (?:scattered|skittered|spilled|clattered|on the (?:floor|ground|pavement|"
    r"tiles))|\bspat (?:out )?(?:a |two |three |his |her |blood and )?(?:\w+ )?teeth\b|\bknocked "
    r"(?:his|her|their|\w+'s) teeth (?:out|in|loose)\b",
)

_add(
    G,
    0.9,
    "hacked chopped cut sawed sawn sliced bit bitten tore torn ripped blown took",
    after=r" (?:clean )?off (?:his|her|their|\w+'s|the \w+'s) " + _BODY_PART + r"\b",
)

_add(
    G,
    0.9,
    "hacked chopped sawed sawn sliced bitten torn ripped blown",
    needs=r"\b" + _BODY_PART + r" (?:was |were |had been |came )?(?:hacked|chopped|cut|sawed|sawn|"
    r"sliced|bitten|torn|ripped|blown) (?:clean )?off\b",
)

_add(
    G,
    0.6,
    "bone bones",
    needs=r"\b(?:exposed|splintered|shattered|jagged|white) bones?\b(?! china)|\bbones? "
    r"(?:showed|showing|gleamed|gleaming|visible|glinting) (?:through|in|white)\b",
)

_add(
    G,
    0.6,
    "eyeball eyeballs eye-socket socket",
    needs=r"\b(?:gouged|hanging|burst|popped|ruptured|empty|bloody) (?:eye-?)?(?:ball|balls|"
    r"socket)s?\b|\beyeballs?\b",
)

_add(
    G,
    0.6,
    "blood",
    needs=r"\bblood (?:everywhere|pooling|pooled|spreading|spread|bubbling|frothing)\b|\b(?:river|"
    r"rivers|lake|puddle|puddles|sheet|sheets|spray|arc|gout|gouts|fountain) of (?:\w+ )?blood\b",
)

_add(G, 0.45, "stump stumps", needs=r"\b(?:blood|bleeding|spurting|cauteri[sz]ed|ragged|raw)\b")

_add(G, 0.6, "organs", needs=r"\borgans (?:spilled|spilling|slid|hanging|exposed|glistening)\b")

_add(
    G,
    0.9,
    "legs arms face hands eyes jaw feet foot leg arm hand eye",
    after=r" had been\b",
    needs=r"\bwhere (?:his|her|their|its) (?:legs?|arms?|face|hands?|eyes?|jaw|feet|foot) had "
    r"been\b",
)

_add(
    G,
    0.6,
    "bone",
    needs=r"\b(?:open|opened|opening|laid open|split|slashed|gashed|sliced|torn|flayed)\b.{0,30}"
    r"\bto the bone\b",
)

_add(
    G,
    0.6,
    "open",
    needs=r"\b(?:laid|split|torn|ripped|sliced|slashed) (?:his|her|their|the \w+'s|\w+'s) "
    r"(?:forearm|"
    r"arm|leg|thigh|back|side|brow|brows|cheek|belly|scalp) open\b|\b(?:forearm|arm|leg|thigh|"
    r"cheek|belly|scalp|brows?) (?:was |were )?(?:laid|torn|ripped|sliced|split) open\b",
)

_add(
    G,
    0.6,
    "tendons tendon sinews",
    needs=r"\b(?:tendons?|sinews?) (?:showing|showed|visible|white|sliding|exposed|gleaming)\b|"
    r"\b(?:showing|exposed|see) (?:the )?(?:\w+ )?(?:tendons?|sinews?)\b",
)

_add(
    G,
    0.9,
    "strip thread flap",
    needs=r"\b(?:hung|hanging|dangling) by a (?:strip|thread|flap) of (?:skin|gristle|hide|flesh|"
    r"sinew|muscle|cartilage)\b",
)

_add(G, 0.6, "flap strip", after=r" of (?:her |his |their |\w+'s )?(?:scalp|skin|flesh|cheek)\b")

_add(
    G,
    0.9,
    "peeled flayed",
    needs=r"\b(?:scalp|skin|face) (?:had been |was |were )?(?:peeled|flayed|torn) (?:\w+ )?(?:back|"
    r"off|away)\b",
)

_add(G, 0.45, "mouth mouthful", needs=r"\bmouth(?:ful)? (?:full )?of blood\b")

_add(
    G,
    0.6,
    "burst",
    after=r" (?:out )?through (?:his|her|their|the) (?:back|chest|belly|ribs|throat|neck|skull)\b",
)

_add(
    G,
    0.9,
    "took",
    after=r" (?:off )?(?:the|his|her|their|\w+'s) (?:leg|legs|arm|arms|hand|foot|head) (?:off "
    r")?at the "
    r"(?:knees?|elbow|wrist|ankle|neck|shoulder|thigh)\b",
)

_add(
    G,
    0.6,
    "torn ripped bitten",
    needs=r"\b(?:ear|nose|lip|finger|scalp|cheek) (?:half |partly )?(?:torn|ripped|bitten) (?:away|"
    r"off|through)\b|\bbitten through (?:his|her|the) (?:ear|nose|lip|finger)\b",
)

_add(G, 0.6, "gums", needs=r"\bsplit (?:open )?to the gums\b")

_add(G, 0.6, "red", after=r" to the (?:knuckles|wrist|wrists|elbow|elbows)\b")

_add(G, 0.6, "skin", needs=r"\bstrip of (?:her|his|their|\w+'s) skin\b")

_add(G, 0.45, "wet", after=r" (?:pop|crunch|tearing|rip|snap|crack)\b")

_add(G, 0.6, "stove", after=r" in\b")


# ---- death ----------------------------------------------------------------------------------
_add(
    D,
    0.9,
    "died dies corpse corpses killed murdered murder murders murdering slain "
    "perished drowned hanged executed dead deceased funerals coffin buried "
    "burial deathbed slaughtered massacred beheaded decapitated strangled "
    "lifeless killing kill kills suicide",
)

_add(
    D,
    0.6,
    "die dying death deaths grave graves graveside mourning mourned funeral "
    "widow widowed bury burying stillborn",
)

_add(D, 0.35, "body bodies")

_add(D, 0.35, "cold crumbled slack gone")

_add(D, 0.6, "wake", needs=r"\b(?:did not|didn't|never|not) wake\b", negation_ok=True)

_add(D, 0.6, "passed", needs=r"\bpassed (?:away|on|in (?:her|his|their) sleep)\b")

_add(D, 0.9, "last", needs=r"\b(?:breathed|drew) (?:his|her|their) last\b")

_add(D, 0.6, "breathing", needs=r"\b(?:stopped|no longer|not) breathing\b", negation_ok=True)

_add(D, 0.6, "light", after=r" went out of\b")

_add(
    D,
    0.45,
    "cooling cold stiff stiffening",
    needs=r"\b(?:hands?|body|skin|cheeks?|face|lips|fingers) (?:was |were |had )?(?:already |"
    r"gone |grown |growing |turning )?(?:cooling|cold|stiff|stiffening)\b",
)

_add(D, 0.45, "still", needs=r"\b(?:was|lay|went|grew) still(?=\s*[,.;]|\s*$)")

# A suicide told as done is a death too.
_add(
    D,
    0.9,
    "himself herself themselves",
    needs=r"\b(?:killed|kills|hanged|hangs|hung|shot|"
    r"shoots|drowned|drowns|poisoned|poisons) (?:himself|herself|themselves)\b|\bthrew "
    r"(?:himself|herself) (?:from|off)\b|\bsword to (?:himself|herself)\b",
)

_add(D, 0.9, "sword", needs=r"\b(?:falls|fell) (?:on|upon) (?:his|her) (?:own )?sword\b")

_add(
    D,
    0.6,
    "head",
    needs=r"\bhead (?:comes? away|came away|rolls?|rolled)\b|\bhead "
    r"from (?:his|her|its) (?:shoulders|neck|body)\b",
)

_add(D, 0.6, "apart", needs=r"\b(?:tear|tore|torn) (?:\w+ )?apart\b")

_add(
    D,
    0.6,
    "throat",
    needs=r"\bthrough the throat\b|\bthroat was a red ruin\b|\bthroat and "
    r"crushed\b",
)

_add(D, 0.6, "brains skull", needs=r"\bbrains\b|\bskull had been (?:beaten|smashed|stove) in\b")

# Death: how a death is told, not only named.
_add(D, 0.9, "killed", needs=r"\b(?:was|were|got|been|is|are) killed\b")

_add(D, 0.9, "died", after=r"(?! (?:down|away|out|off)\b)")

_add(
    D,
    0.9,
    "survive survived",
    needs=r"\b(?:didn't|did not|never|wouldn't|would not|couldn't|"
    r"could not) survive\b",
    negation_ok=True,
)

_add(
    D,
    0.6,
    "loss",
    needs=r"\b(?:the )?loss of (?:his|her|their|my|your|our) (?:\w+ )?(?:wife|"
    r"husband|son|daughter|child|mother|father|brother|sister|friend)\b",
)

_add(D, 0.6, "passing", needs=r"\b(?:his|her|their|my|your) (?:\w+'s )?passing\b")

_add(D, 0.6, "mourners mourn mourning eulogy obituary")

_add(D, 0.3, "headstone tombstone cemetery churchyard")

_add(
    D,
    0.45,
    "gone",
    needs=r"\b(?:was|is) gone\b.{0,40}\b(?:forever|for good|never|grave|body|"
    r"buried|funeral)\b",
)

_add(D, 0.9, "bled", after=r" (?:out|to death)\b")

_add(D, 0.9, "bury", needs=r"\bnothing (?:left )?to bury\b", negation_ok=True)

_add(
    D,
    0.6,
    "lived",
    after=r" (?:only |just |barely )?(?:an hour|a day|a week|(?:a few|two|three|"
    r"four|five|six|seven|\d+) (?:hours|days|weeks))\b",
)

_add(D, 0.6, "closed", needs=r"\b(?:sea|water|waves|river|lake) closed over\b")

_add(D, 0.6, "throat", needs=r"\bthrough (?:the|his|her|\w+'s) throat\b")

_add(
    D,
    0.45,
    "neck spine",
    needs=r"\b(?:neck|spine) (?:bent wrong|twisted|snapped|broken)\b|"
    r"\bbroke (?:his|her) neck\b",
)

_add(D, 0.45, "eyes", needs=r"\beyes (?:open and )?(?:fixed|glassy|unseeing|sightless)\b")

_add(
    D,
    0.6,
    "neck",
    needs=r"\b(?:snapped|snaps|snap) (?:the |his |her |their |\w+'s )(?:\w+'s )?neck\b",
)

# Death, in the words of hospitals, police and grief.
_add(D, 0.9, "flatlined flatlining")

_add(D, 0.9, "death", needs=r"\btime of death\b")

_add(
    D,
    0.6,
    "make",
    needs=r"\b(?:didn't|did not|never|wasn't going to|won't|isn't going to) make it\s*"
    r"(?:[.;!]|$|,? (?:the doctors?|they said|she said|he said))",
    negation_ok=True,
)

_add(
    D,
    0.6,
    "body",
    needs=r"\b(?:found|find|finds|identified|identify|recovered|dumped|buried|hid|disposed of|"
    r"washed up|pulled) (?:\w+ )?(?:his|her|their|the|a) (?:dead )?body\b(?! (?:arched|pressed|"
    r"against|under|beneath|over))|\bbody (?:was|had been|were) (?:found|discovered|recovered|"
    r"identified|dumped|washed)\b|\bdead body\b",
)

_add(
    D,
    0.6,
    "stopped",
    needs=r"\b(?:his|her|their|the) heart (?:had )?stopped(?: beating)?\b(?!.{0,20}\b(?:when|at "
    r"the sight))",
)

_add(
    D,
    0.6,
    "ashes urn",
    needs=r"\b(?:his|her|their|my|our|your|\w+'s) ashes\b|\bscatter(?:ed|ing)? (?:the )?ashes\b|"
    r"\burn (?:of|with) (?:his|her|their) ashes\b",
)

_add(D, 0.6, "casket caskets hearse pallbearers pallbearer cremated cremation mortuary morgue")

_add(D, 0.6, "autopsy post-mortem postmortem")

_add(D, 0.45, "coroner coroner's")

_add(
    D,
    0.9,
    "succumbed",
    after=r" to (?:his|her|their|the) (?:wounds|injuries|illness|fever|cancer|disease|burns|"
    r"infection)\b",
)

_add(D, 0.9, "last final", after=r" breaths?\b(?! of (?:air|summer|fresh|spring))")

_add(
    D,
    0.6,
    "plague fever cholera consumption typhoid smallpox influenza war sea cancer illness "
    "disease sickness flu pox heroin drugs drink covid",
    after=r" took (?:him|her|them|half|most|all|both|\w+ (?:of|in))\b",
)

_add(
    D,
    0.6,
    "lost",
    after=r" (?:his|her|their|my|our|your) (?:\w+ )?(?:wife|husband|son|daughter|child|"
    r"children|baby|mother|father|mum|mom|dad|brother|sister|parents|twin|grandmother|"
    r"grandfather|partner) (?:to (?:cancer|the war|the sea|the fever|illness|a \w+|an \w+)|in "
    r"(?:the war|the fire|the crash|the accident|childbirth|the flood))\b",
)

_add(
    D,
    0.6,
    "support",
    needs=r"\b(?:turned|switched|taken|took) (?:off )?(?:the |his |her )?life support\b",
)

_add(
    D,
    0.6,
    "remains",
    needs=r"\b(?:his|her|their|human|the) remains\b(?! (?:of (?:the|a|his|her) (?:day|meal|"
    r"fire|feast)|to be seen))",
)

_add(D, 0.45, "widower grieving bereaved bereavement orphaned")

_add(D, 0.9, "killed", after=r" (?:instantly|outright|in action|on impact)\b")

_add(
    D,
    0.6,
    "fatal fatally fatalities",
    after=r"(?! (?:flaw|mistake|error|attraction|blow to (?:his|her|the) (?:pride|hopes)))",
)

_add(
    D,
    0.9,
    "hanging",
    needs=r"\bfound (?:him|her|them|[A-Z][a-z]+) hanging\b|\bhanging (?:from|by) (?:a|the|his|"
    r"her) (?:beam|rafters?|banister|bannister|tree|hook|ceiling|neck|rope)\b",
)

# Death: memorials, funerals and condolences.
_add(D, 0.9, "loving", after=r" memory of\b")

_add(
    D,
    0.9,
    "laid lay lays",
    after=r" (?:(?:him|her|them|[A-Z][a-z]+) )?to rest\b(?! (?:on|in the (?:cot|crib)))",
)

_add(
    D,
    0.6,
    "wake",
    needs=r"\b(?:the|his|her|their|a|at the) wake\b(?! of\b)(?!.{0,40}\b(?:boat|ship|ferry|"
    r"steamer|vessel|rocked|behind|up|early)\b)",
    negation_ok=True,
)

_add(D, 0.9, "loss", needs=r"\bsorry for (?:your|his|her|their) loss\b")

_add(D, 0.6, "condolences sympathies")

# Death: euphemism and the body's aftermath.
_add(D, 0.6, "memorial", after=r" (?:service|for)\b")

_add(
    D,
    0.6,
    "alive",
    needs=r"\b(?:last|final) time (?:i|we|she|he|they|anyone) saw (?:him|her|them) alive\b",
)

_add(D, 0.9, "embalmed embalming epitaph")

_add(D, 0.9, "rigor", after=r" mortis\b")

_add(D, 0.6, "decomposed decomposing decomposition")

_add(D, 0.9, "state", needs=r"\blying in state\b")

_add(
    D,
    0.6,
    "slipped",
    after=r" away (?:in the night|peacefully|in (?:her|his|their) sleep|at dawn|before)\b",
)

_add(D, 0.6, "gunned", after=r" down\b")

_add(D, 0.9, "flat", needs=r"\b(?:monitor|line|heart monitor|ecg) (?:went|goes|going) flat\b")

_add(D, 0.45, "moving", needs=r"\b(?:had )?(?:already )?stopped moving\b")

_add(D, 0.6, "bought", after=r" it (?:yesterday|today|last|at|in|on|this)\b")

_add(D, 0.6, "cooled", needs=r"\buntil (?:it|she|he|they) (?:cooled|went cold|grew cold)\b")

_add(D, 0.6, "loss", needs=r"\b(?:tragic|sudden|untimely|devastating) loss of\b")


# ---- sexual content -------------------------------------------------------------------------
_add(
    S,
    0.9,
    "sex sexual intercourse orgasm orgasms climaxed lovemaking aroused arousal "
    "erection nipples nipple bedded cock clit clitoris cunt cum semen",
)

# "Fuck you" is a curse; "fucked him" is sex.
_add(S, 0.9, "fucked fucking", after=r" (?:him|her|me|you|them|us|each other)\b")

_add(S, 0.9, "penetrated", after=r" (?:him|her|me|you)\b")

_add(S, 0.6, "penetration")

_add(
    S,
    0.6,
    "legs",
    needs=r"\bbetween (?:her|his|my|your|their) legs\b|\b(?:her|his|my|your) "
    r"legs (?:around|round) (?:him|her|me|you)\b",
)

_add(
    S,
    0.9,
    "inside",
    needs=r"\b(?:fingers?|him|himself|herself|tongue|cock) inside "
    r"(?:her|him|me|you|them)\b",
)

_add(S, 0.9, "entered", after=r" (?:her|him|me|you)\b")

_add(S, 0.9, "behind", needs=r"\btook (?:him|her|me|you) from behind\b")

_add(
    S,
    0.6,
    "stroked stroking strokes",
    after=r" (?:him|her|me|you|his (?:cock|length|shaft)|"
    r"her (?:clit|breasts?|thighs?))\b",
)

_add(S, 0.45, "licks licked licking sucking sucked sucks")

_add(
    S,
    0.45,
    "comes came coming",
    after=r"(?: (?:untouched|apart|undone|hard|again|with "
    r"(?:his|her|my|your) name)|[,.;])",
)

_add(S, 0.45, "hard", needs=r"\b(?:was|is|grew|got|already|until he was) hard\b")

_add(
    S,
    0.45,
    "honeymoon bedroom",
    needs=r"\b(?:honeymoon|bedroom)\b.{0,80}\b(?:door|room|"
    r"bed|collar|undo|undoing|rarely left)\b",
)

_add(S, 0.45, "night", needs=r"\bwedding night\b")

_add(S, 0.25, "wet spilled undoing slicked unbuckled mounted rides riding")

_add(S, 0.9, "strap-on")

_add(S, 0.6, "thighs", needs=r"\bbetween (?:her|his|my|your|their) thighs\b")

_add(S, 0.6, "hand", needs=r"\btook (?:him|her) in hand\b")

_add(
    S,
    0.6,
    "mouth",
    needs=r"\b(?:put|puts|pressed) (?:her|his|my|your) mouth to (?:her|him|me|you)\b|"
    r"\btook (?:me|him|her) in (?:his|her|my) mouth\b",
)

_add(
    S,
    0.6,
    "undressed undresses undressing unlaced unlace unbuttoned unbuttons naked nude "
    "thrust thrusts thrusting moaned moaning moans lust straddled",
)

_add(
    S,
    0.25,
    "bed thighs breasts breast bodice tangled desire hips gasps gasped shirt "
    "waistcoat chemise stockings petticoats sheets clothes undid buttons skin heat touch "
    "bare",
)

_add(S, 0.15, "kisses kissed kissing mouth")

_add(S, 0.9, "love", needs=r"\bmade love\b|\bmaking love\b|\bmake love\b")

_add(S, 0.9, "slept", after=r" (?:with|together)\b")

_add(S, 0.6, "together", needs=r"\b(?:lay|lie|lain|went to bed|in bed|sleeping|slept) together\b")

_add(
    S,
    0.4,
    "bed",
    needs=r"\b(?:into|in|to) (?:his|her|their|my|your|the (?:great|marriage|"
    r"bridal)) bed\b",
)

# Sexual content: how a scene goes when nothing is named.
_add(S, 0.6, "kissed kissing", after=r" (?:his|her|their|my|your) way (?:down|up|along)\b")

_add(S, 0.3, "arched arching groaned groans groaning")

_add(
    S,
    0.6,
    "hand hands fingers",
    after=r" (?:into|inside|down(?: the front of)?) (?:his|her|my|your) (?:jeans|trousers|pants|"
    r"knickers|underwear|boxers|briefs|panties|breeches|skirt)\b(?! pocket)",
)

# Sexual content, named plainly.
_add(
    S,
    0.9,
    "blowjob blowjobs handjob handjob foreplay orgasmed climaxing post-coital shagged "
    "shagging shag boner hard-on condom condoms lube fingering fingered cumming rimming",
)

_add(S, 0.9, "went goes going", after=r" down on (?:him|her|me|you)\b")

_add(S, 0.9, "eat eating ate eats", after=r" (?:her|him|me|you) out\b(?! (?:of|to|at|for))")

_add(S, 0.9, "dick dicks pussy", needs=r"\b(?:his|my|your|her|their) (?:\w+ )?(?:dick|pussy)\b")

_add(
    S,
    0.9,
    "screwed screwing",
    after=r" (?:her|him|me|you|each other)\b(?! (?:over|up|around))",
)

_add(S, 0.6, "hooked", after=r" up with (?:him|her|me|you|a|some|each other|[A-Z][a-z]+)\b")

_add(S, 0.9, "one-night")

_add(S, 0.6, "throes", after=r" of (?:passion|pleasure|ecstasy)\b")

_add(
    S,
    0.6,
    "off",
    needs=r"\b(?:took|taking|take|takes|peeled|stripped) (?:everything|it all|"
    r"every stitch)(?: else)? off (?:me|her|him|you)\b",
)

_add(
    S,
    0.6,
    "bed bedroom",
    needs=r"\b(?:didn't|did not|never|barely|hardly) (?:make|made) it (?:as far as |to )the "
    r"(?:bed|bedroom)\b",
    negation_ok=True,
)

_add(
    S,
    0.45,
    "bra",
    needs=r"\b(?:unhooked|unclasped|undid|undoing|unhooking|unclasping) "
    r"(?:her|my|the) bra\b",
)

_add(S, 0.25, "bra")

_add(
    S,
    0.6,
    "drew pulled pushed tugged drags dragged",
    after=r" (?:him|her|me|you) down (?:onto|on to|into|on) (?:the|his|her|my) (?:bed|sheets|furs|"
    r"mattress|pillows|sofa|couch|blankets)\b",
)

_add(
    S,
    0.45,
    "south lower",
    needs=r"\b(?:travelling|traveling|travelled|traveled|moving|moved|kissing|kissed|kissed his "
    r"way|kissed her way) (?:further |lower |ever )?(?:south|lower)\b",
)

_add(
    S,
    0.45,
    "night",
    needs=r"\bnight of (?:his|her|their) wedding\b|\bfirst night of "
    r"(?:their|the) marriage\b",
)

_add(S, 0.45, "bed", needs=r"\bin (?:our|my|his|her) bed (?:the whole|all)\b")


# ---- sexual violence (and coercion, which makes sexual content sexual violence) -------------
# Named even when denied ("it wasn't rape", "he didn't call it rape"): the topic is there.
_add(
    SV,
    0.9,
    "rape raped raping rapist rapes molested molesting molestation non-con "
    "noncon nonconsensual non-consensual",
    negation_ok=True,
    modal_ok=True,  # "a husband could rape a wife": the subject is on the page
)

_add(
    SV,
    0.9,
    "forced",
    after=r" (?:her|him|me|you|them)\b(?! (?:to|open|back|out|down|"
    r"inside|into|through|up|away|off|aside|apart|on)\b)",
)

_add(SV, 0.9, "force", needs=r"\b(?:took|take|takes|taken|had) (?:her|him|me|you) by force\b")

_add(
    SV,
    0.9,
    "stop",
    needs=r"\b(?:didn't|did not|would not|wouldn't|won't) stop when "
    r"(?:i|she|he|you|they) (?:said|told|asked|begged|cried)\b",
    negation_ok=True,
    modal_ok=True,
)

_add(
    SV,
    0.6,
    "stop",
    needs=r"\bwhen (?:i|she|he|you|they) (?:said|told (?:him|her)) "
    r"(?:to )?stop\b",
    negation_ok=True,
)

_add(SV, 0.9, "right", needs=r"\b(?:his|her) rights? as (?:a|her|his) husband\b")

_add(
    SV,
    0.6,
    "taken took take",
    after=r" (?:her|him|me|you)\b.{0,60}\b(?:while (?:she|he|i|"
    r"you) (?:cried|begged|wept|slept|screamed)|whether (?:she|he|i|you) would or no|"
    r"against)\b",
)

_add(
    SV,
    0.6,
    "assault assaulted",
    needs=r"\b(?:dressing-room|bedroom|bed|slept|sleep|asleep|"
    r"drugged|court|counsellor|clinic|nurse|police|alleged|consent|lodgers|women|describe)\b",
)

_add(
    SV,
    0.45,
    "top",
    needs=r"\bon top of (?:her|him|me|you)\b.{0,60}\b(?:asleep|woken|"
    r"woke|pushed|couldn't|could not)\b|\b(?:asleep|woken|woke)\b.{0,80}\bon top of "
    r"(?:her|him|me|you)\b",
)

_add(
    SV,
    0.6,
    "want",
    needs=r"\b(?:told|said|say) (?:him|her|them) (?:you|she|he|i) "
    r"(?:didn't|did not) want to\b",
    negation_ok=True,
)

_add(SV, 0.6, "tired", needs=r"\b(?:told|telling) (?:him|her) (?:i|she|he) was too tired\b")

# Coercion words: with sexual content in the same sentence they make it sexual violence.
_add(
    "_coercion",
    1.0,
    "coerced coerce coercing threatening threatened drugged blackmailed unwilling helpless begged",
    negation_ok=True,
)

_add(SV, 0.9, "against", after=r" (?:her|his|their|my|your) will\b")

_add(
    SV,
    0.9,
    "consent",
    needs=r"\b(?:without|no|never|didn't|did not|couldn't|could not) "
    r"(?:\w+ )?consent\b",
)

_add(SV, 0.9, "forced", needs=r"\bforced (?:himself|herself|themselves) (?:on|upon)\b")

_add(
    SV,
    0.6,
    "assaulted assault",
    needs=r"\bsexual(?:ly)? assault|\bassault(?:ed)? (?:her|him)\b"
    r".{0,80}\b(?:skirts?|bed|clothes|undress|naked|touch)",
)

_add(SV, 0.35, "forced coerced pinned unwilling agony")

# Sexual violence: groping, drugging, pressure and its aftermath.
_add(SV, 0.9, "groped groping gropes grope", after=r" (?:her|him|me|you|them|[A-Z][a-z]+)\b")

_add(SV, 0.9, "roofied roofies rohypnol")

_add(
    SV,
    0.6,
    "spiked",
    after=r" (?:her|his|my|your|their|\w+'s) (?:drink|drinks|glass|wine|coffee|juice|cocktail)\b",
)

_add(
    SV,
    0.9,
    "stop",
    needs=r"\b(?:i|she|he|you|they) (?:said|told (?:him|her)) no\b.{0,40}\b(?:didn't|did not|"
    r"wouldn't|would not) stop\s*(?:[.;!]|$)",
    negation_ok=True,
)

_add(
    SV,
    0.9,
    "touched touching touches",
    after=r" (?:her|him|me|you|them) without (?:asking|permission|(?:her|his|my|your|their) "
    r")?(?:consent|permission|asking)\b",
)

_add(
    SV,
    0.9,
    "advantage",
    needs=r"\btook advantage of (?:her|him|me|you)\b.{0,60}\b(?:drunk|asleep|unconscious|passed "
    r"out|couldn't|could not|out of it)\b",
)

_add(
    SV,
    0.9,
    "made",
    after=r" (?:her|him|me|you) (?:sleep with|have sex with|touch) (?:him|her|me|you)\b",
)

_add(SV, 0.9, "harassment harassed harassing", needs=r"\bsexual(?:ly)? harass")

# Sexual violence.
_add(SV, 0.9, "date-rape date-raped gang-raped")

_add(
    SV,
    0.9,
    "consent",
    needs=r"\b(?:too drunk|unconscious|asleep|passed out|too young|too out of it|too high) to "
    r"consent\b",
    negation_ok=True,
)

_add(
    SV,
    0.9,
    "inappropriately",
    needs=r"\btouch(?:ed|ing|es)? (?:her|him|me|them|you) inappropriately\b",
)

_add(SV, 0.6, "exposed", after=r" (?:himself|herself) to\b")

_add(SV, 0.9, "survivor survivors", after=r" of (?:sexual (?:assault|abuse|violence)|rape)\b")

_add(SV, 0.9, "abuse abused", needs=r"\bsexual(?:ly)? abus")

_add("_coercion", 1.0, "struggled", negation_ok=True)

_add(
    "_coercion",
    1.0,
    "held",
    after=r" (?:her|him|me|you) down\b",
    negation_ok=True,
)

# Sexual violence: refusal ignored, pressure, waking to it.
_add(
    SV,
    0.6,
    "listen care listening",
    needs=r"\b(?:said|told (?:him|her)) no\b.{0,60}\b(?:(?:didn't|did not|wouldn't|would not) "
    r"(?:listen|care)|stopped listening|kept going|carried on|went on anyway)\b",
    negation_ok=True,
)

_add(
    SV,
    0.9,
    "pressured pushed",
    after=r" (?:her|him|me|you|them|us) into (?:sex|sexual|sleeping with|bed|having sex|it)\b",
)

_add(
    SV,
    0.6,
    "say",
    after=r" no\b",
    needs=r"\b(?:couldn't|could not|too scared to|too afraid to|didn't dare|did not dare) say no\b"
    r".{0,80}\b(?:bed|sex|touch|touched|kiss|kissed|clothes|undress|slept|hands)\b",
    negation_ok=True,
)

_add(
    SV,
    0.9,
    "woke",
    after=r" (?:up )?(?:to find|to feel|to|and found|and felt) (?:him|her|someone|a man|a "
    r"stranger|the \w+) (?:touching|on top of|inside|undressing|in (?:her|his|my) bed)\b",
)

_add(SV, 0.6, "unwanted", after=r" (?:advances|touching|touch|attention|kiss|kisses|hands)\b")

_add(SV, 0.6, "violated", after=r" (?:her|him|me|you)\b")

_add("_coercion", 1.0, "froze")

_add("_coercion", 1.0, "drunk", needs=r"\bgot (?:her|him|me) drunk\b")

_add(
    "_coercion",
    1.0,
    "want",
    needs=r"\b(?:didn't|did not|don't|do not) want (?:it|this|to|him|her)\b",
    negation_ok=True,
)

_add(
    SV,
    0.9,
    "condom",
    needs=r"\b(?:took|taken|taking|takes|slipped|pulled) (?:the|his) condom off\b",
)

_add(
    SV,
    0.9,
    "state",
    needs=r"\b(?:in no state|too drunk|too out of it|too high) to (?:say yes|consent|say no)\b",
    negation_ok=True,
)

_add(
    SV,
    0.6,
    "didn't",
    needs=r"\b(?:he|she) wanted (?:it|to) and (?:she|he|i) didn't\b",
    negation_ok=True,
)

_add(
    SV,
    0.45,
    "stop",
    needs=r"\b(?:said|told (?:him|her)) (?:i|she|he) wanted to stop\b",
    negation_ok=True,
)

_add(SV, 0.9, "favours favors", needs=r"\bsexual (?:favours|favors)\b")

_add(
    SV,
    0.9,
    "say",
    after=r" no\b",
    needs=r"\b(?:wives|a wife|husbands|a husband) (?:did not|didn't|don't|do not|can't|cannot) "
    r"(?:get to )?say no\b",
    negation_ok=True,
)

_add(
    SV,
    0.9,
    "mean",
    needs=r"\bmarried (?:doesn't|does not|didn't|did not) mean "
    r"yes\b",
    negation_ok=True,
)

_add(
    SV,
    0.9,
    "unless",
    needs=r"\b(?:pictures|photos|pics|nudes|video|videos)\b.{0,60}\bunless (?:you|u|she|he)\b",
    modal_ok=True,
)

_add(
    SV,
    0.9,
    "kept carried",
    after=r" (?:going|on)\b",
    needs=r"\b(?:said|told (?:him|her)) no\b.{0,60}\b(?:kept going|carried on)\b",
    negation_ok=True,
)


# ---- self-harm ------------------------------------------------------------------------------
_add(SH, 0.9, "self-harm self-harmed self-harming self-injury", modal_ok=True)

_add(
    SH,
    0.9,
    "herself himself myself yourself themselves",
    needs=r"\b(?:cut|cuts|cutting|burn(?:s|ed|t|ing)?|hurt(?:s|ing)?|harm(?:s|ed|ing)?|"
    r"scratch(?:es|ed|ing)?|starv(?:e|es|ed|ing)|bit|bites|pricked|punish(?:es|ed|ing)?) "
    r"(?:herself|himself|myself|yourself|themselves)\b|"
    r"\bmade (?:herself|himself|myself|yourself) sick\b",
)

_add(
    SH,
    0.6,
    "cuts scars marks",
    needs=r"\b(?:fresh|old|neat|deliberate|white|raised|thin)\b"
    r".{0,30}\b(?:cuts|scars|marks)\b.{0,40}\b(?:arms?|wrists?|thighs?|forearms?|skin)\b|"
    r"\b(?:cuts|scars|marks) (?:on|along|across) (?:her|his|my|your|their) "
    r"(?:arms?|wrists?|thighs?|forearms?)\b",
)

_add(
    SH,
    0.9,
    "cut",
    needs=r"\burge to cut\b|\bcut (?:again|herself|himself|myself|yourself)\b",
    modal_ok=True,
)

_add(
    SH,
    0.9,
    "own",
    needs=r"\b(?:at|into) (?:her|his|my|your|their) own (?:face|arms?|skin|"
    r"flesh|finger|wrists?|hands?|thighs?|palms?|hair|lips|nails)\b|"
    r"\b(?:pricked|cut|burned|scratched|bit|tore at|pulled out) (?:her|his|my|your|their) own\b",
)

_add(
    SH,
    0.6,
    "wrists",
    needs=r"\b(?:scratch|scratched|scratches|cut|cuts|slit|sliced) "
    r"(?:at )?(?:her|his|my|your|their) wrists\b",
)

_add(
    SH,
    0.6,
    "purpose",
    needs=r"\bon purpose\b.{0,20}$|\b(?:burns?|burned|cuts?|hurts?) "
    r"(?:herself|himself|myself|yourself) .{0,40}on purpose\b",
)

_add(SH, 0.6, "hurt", needs=r"\bhurt (?:myself|herself|himself|yourself) again\b")

_add(SH, 0.25, "razor relapse urge clean scalpel")

_add(
    SH,
    0.45,
    "blade blades",
    needs=r"\b(?:hid|hides|hidden|hiding|kept|keeps|stashed) (?:a |the |her |his |my |their )?"
    r"(?:razor ?)?blades?\b|\brazor ?blades?\b.{0,40}\b(?:hid|hidden|hiding|stash|tin|box|case)\b",
)

_add(
    SH,
    0.9,
    "purpose",
    needs=r"\b(?:burn|burned|burnt|burns|cut|cuts|hurt|bit|scratched|bang|bangs|banged|punch|"
    r"punched) (?!(?:me|him|them|us|you|it)\b|her (?:on|with|again|hard)\b)[^.;!?]{0,50}"
    r"\bon purpose\b",
)

_add(
    SH,
    0.9,
    "head",
    needs=r"\b(?:bang(?:s|ed|ing)?|strike|strikes|striking|struck|beat|beats|beating|hit|hits|"
    r"hitting) (?:my|his|her|your|their) (?:own )?head (?:against|on)\b",
)

_add(SH, 0.9, "nails", needs=r"\bdug (?:his|her|my|your|their) nails in")

_add(
    SH,
    0.6,
    "lines scars cuts",
    needs=r"\b(?:healed|thin|white|fresh|neat|old|raised) "
    r"(?:healed )?(?:lines|cuts|scars)\b",
)

_add(
    SH,
    0.6,
    "wall",
    needs=r"\bpunch(?:es|ed|ing)? (?:the|a) (?:brick |stone )?wall\b(?! (?:next to|beside|by|"
    r"inches from|near) (?:her|his|my|your) (?:head|face))",
)

# Self-harm: the words people use about it.
_add(
    SH,
    0.9,
    "self-injury self-harming self-inflicted cutting",
    needs=r"\bself-|\bcutting "
    r"(?:herself|himself|myself|yourself|again|(?:her|his|my|your) "
    r"(?:arms?|wrists?|thighs?|skin))\b",
    modal_ok=True,
)

_add(
    SH,
    0.45,
    "razor razors blade",
    needs=r"\b(?:razor|blade)s?\b.{0,60}\b(?:skin|wrists?|arms?|"
    r"thighs?|forearms?)\b|\b(?:skin|wrists?|arms?|thighs?|forearms?)\b.{0,60}\b(?:razor|blade)s?\b",
)

_add(SH, 0.6, "relapse relapsed", needs=r"\b(?:cut|cutting|harm|hurt|razor|blade|scars?)\b")

_add(
    SH,
    0.6,
    "scars",
    needs=r"\b(?:scars?|cuts|burns) (?:on|along|across|up) (?:her|his|my|your|their|\w+'s) "
    r"(?:arms?|wrists?|thighs?|forearms?|stomach|hips?)\b",
)

_add(
    SH,
    0.45,
    "sleeves",
    needs=r"\blong sleeves?\b.{0,60}\b(?:hide|hid|hiding|cover|covered|"
    r"summer|july|august|heat)\b",
)

_add(
    SH,
    0.6,
    "starving purging purged",
    needs=r"\b(?:starving|purging|purged) "
    r"(?:herself|himself|myself|yourself)\b|\bmade (?:herself|himself|myself) (?:sick|throw up)\b",
)

# Self-harm: marks, habits and the words of recovery.
_add(
    SH,
    0.6,
    "wrists wrist",
    needs=r"\b(?:bandages?|bandaged|gauze|scars?|cuts|marks) (?:on|around|over|across|up) "
    r"(?:her|his|my|your|their) (?:\w+ )?wrists?\b|\bbandaged wrists\b",
)

_add(
    SH,
    0.9,
    "cutting",
    needs=r"\b(?:started|stopped|quit|began|begun|been|keeps?|kept|go back to|went back to) "
    r"cutting(?:\s*[,.;!?]|\s*$| (?:when|since|after|for|at|in|again|herself|himself|myself))",
    modal_ok=True,
)

_add(
    SH,
    0.6,
    "skin scabs",
    needs=r"\bpick(?:ed|ing|s)? at (?:her|his|my|your|their) (?:skin|arms?|scabs?|cuticles?) "
    r"until (?:it|they) bled\b|\bskin[- ]picking\b",
)

_add(
    SH,
    0.9,
    "herself himself myself yourself themselves",
    needs=r"\bmade (?:herself|himself|myself|yourself|themselves) (?:throw up|vomit|be sick)\b|"
    r"\b(?:hit|hits|hitting|punch(?:ed|es|ing)?|slap(?:ped|s|ping)?|smack(?:ed|s|ing)?) "
    r"(?:herself|himself|myself|yourself|themselves)\b.{0,40}\b(?:over and over|again and "
    r"again|until|repeatedly|harder)\b",
)

_add(
    SH,
    0.6,
    "scratched scratching scratches",
    needs=r"\bscratch(?:ed|es|ing)? (?:at )?(?:her|his|my|your|their) (?:own )?(?:arms?|skin|"
    r"wrists?|legs?|face|thighs?) (?:raw|bloody|until (?:it|they) bled)\b",
)

_add(SH, 0.9, "disorder disorders", needs=r"\beating disorders?\b")

_add(SH, 0.9, "anorexia anorexic bulimia bulimic")

_add(SH, 0.6, "relapse relapsed relapsing", needs=r"\bcuts\b|\bscars?\b|\bblades?\b")

# Self-harm: streaks and marks.
_add(
    SH,
    0.35,
    "clean",
    needs=r"\b(?:day|days) \d+ clean\b|\b\d+ days clean\b|\bclean for (?:\d+|\w+) (?:days|weeks|"
    r"months)\b",
    negation_ok=True,
)

_add(
    SH,
    0.6,
    "rows",
    after=r" of (?:\w+ )?(?:cuts|scars|lines|scratches|burns)\b",
)

# Self-harm and suicide, plainly.
_add(SH, 0.9, "harm harmed harming", needs=r"\bself harm(?:ed|ing)?\b", modal_ok=True)

_add(SH, 0.9, "purged purging", needs=r"\bbinge(?:d|ing)? and purg")

# Self-harm: the hiding and the tools.
_add(
    SH,
    0.6,
    "marks scars cuts lines",
    needs=r"\b(?:hide|hid|hiding|hides|cover|covered|covering|covers) (?:up )?(?:the |her |his |"
    r"my |their )?(?:fresh |new |old )?(?:marks|scars|cuts|lines)\b(?! (?:on|in) (?:the|a) "
    r"(?:table|desk|floor|wall|wood|door|paint|bar|counter))",
)

_add(
    SH,
    0.6,
    "sharpener sharpeners",
    needs=r"\b(?:took|taken|taking|prised|pried|broke) (?:apart |open )?(?:a |the |her |his |my )?"
    r"(?:pencil )?sharpeners?\b|\bsharpener blades?\b",
)

_add(
    SH,
    0.6,
    "nails fingernails",
    needs=r"\b(?:nails|fingernails) (?:dug |digging |bit |biting )?into (?:her|his|my|your|their) "
    r"(?:palms?|skin|arms?|wrists?|thighs?) until (?:it|they|the skin) (?:bled|broke)\b",
)

_add(
    SH,
    0.9,
    "herself himself myself yourself themselves",
    needs=r"\b(?:stabbed|jabbed) (?:herself|himself|myself|yourself|themselves)\b",
)

_add(SH, 0.45, "laxatives")

_add(SH, 0.35, "calories", needs=r"\bcount(?:ed|ing|s)? (?:every |the )?calories?\b")

# (tests/data/analysis_eval/dev: written to be learned from; the held-out sets are not.)
# Self-harm: what is done to one's own body, and its traces.
_add(
    SH,
    0.9,
    "own",
    needs=r"\b(?:raked|raking|clawed|clawing|worried|pinched|pinching|picked|picking|gouged|"
    r"gouging|scratching|pricking|cutting|burning|hitting|punching|tearing) (?:at )?(?:her|his|my|"
    r"your|their) own (?:cheeks?|face|skin|arms?|forearms?|wrists?|palms?|hands?|thighs?|legs?|"
    r"back|eyes)\b|\b(?:to|at|into) (?:her|his|my|your|their) own (?:forearms?|cheeks?|back|"
    r"legs?|knees?|eyes|body|flesh|skin)\b",
)

_add(
    SH,
    0.6,
    "raw",
    needs=r"\bskin (?:of|on) (?:her|his|my|their) (?:forearms?|arms?|wrists?|hands?|legs?) raw\b",
)

_add(
    SH,
    0.6,
    "lines",
    needs=r"\b(?:newest|new|pink|red|silver|silvery) lines\b.{0,60}\b(?:arms?|wrists?|thighs?|"
    r"cuffs?|sleeves?|skin)\b|\b(?:cuffs?|sleeves?)\b.{0,60}\b(?:newest|new|pink|red) lines\b",
)

_add(
    SH,
    0.9,
    "herself himself myself yourself themselves",
    needs=r"\b(?:hit|hits|hitting|punch(?:ed|es|ing)?|slap(?:ped|s|ping)?|smack(?:ed|s|ing)?) "
    r"(?:herself|himself|myself|yourself|themselves)\b.{0,40}\b(?:twice|three times|again)\b",
)

_add(
    SH,
    0.6,
    "deserve",
    needs=r"\b(?:didn't|did not|don't|do not) deserve to (?:eat|be fed|have food)\b",
    negation_ok=True,
)

_add(
    SH,
    0.6,
    "dug dragged pressed drew ran pulled",
    after=r" (?:the|a) (?:razor ?)?(?:blade|razor|compass|scissors|shard|pin) (?:into|across|along|"
    r"over|down) (?:his|her|my|their|your) (?:own )?(?:forearm|arm|wrist|thigh|skin|stomach|"
    r"hip)s?\b",
)

_add(
    SH,
    0.6,
    "lines",
    needs=r"\b(?:cuffs?|sleeves?)\b.{0,60}\b(?:old|silver|silvery|pale|white) lines\b",
)

_add(
    SH,
    0.9,
    "own",
    needs=r"\b(?:punched|struck|hit|beat|bit|bitten|burned|burnt|scalded|pinched) (?:the "
    r"inside of )?"
    r"(?:her|his|my|your|their) own (?:thighs?|legs?|arms?|wrists?|hands?|stomach|face|cheeks?)\b",
)

_add(SH, 0.6, "row", needs=r"\b(?:burns|cuts|scars|marks) in a (?:neat )?row\b")

_add(
    SH,
    0.6,
    "marks",
    needs=r"\b(?:neat|parallel|straight) (?:parallel )?marks on (?:the|her|his|my) (?:hip|"
    r"hips|thigh|"
    r"thighs|arm|arms|wrist|wrists|stomach|forearm)\b",
)


# ---- suicide --------------------------------------------------------------------------------
_add(SU, 0.9, "suicide suicidal", modal_ok=True)

_add(
    SU,
    0.9,
    "life",
    needs=r"\b(?:take|took|taking|takes|end|ended|ending|ends) "
    r"(?:my|his|her|your|their) (?:own )?life\b",
    modal_ok=True,
)

_add(
    SU,
    0.9,
    "himself herself myself yourself themselves",
    needs=r"\b(?:kill(?:s|ed|ing)?|hang(?:s|ed|ing)?|drown(?:s|ed|ing)?|"
    r"poison(?:s|ed|ing)?|shoot(?:s|ing)?|shot) (?:himself|herself|myself|yourself|themselves)\b|"
    r"\bthrew (?:himself|herself|myself) (?:from|off|into)\b|\bletting (?:himself|herself|"
    r"myself) (?:drop|fall)\b",
    modal_ok=True,
)

_add(
    SU,
    0.9,
    "die dying dead",
    needs=r"\b(?:want(?:ed|s)? to|wish(?:ed)? (?:i|he|she|they) "
    r"(?:was|were)|thought (?:about|of)|think(?:ing)? (?:about|of)|longed to|ready to|"
    r"rather be) (?:die|dying|dead)\b",
    modal_ok=True,
)

_add(SU, 0.9, "end ended ending ends", after=r" it all\b", modal_ok=True)

_add(
    SU,
    0.9,
    "note",
    needs=r"\b(?:wrote|left) (?:the|a|her|his) (?:suicide |last |farewell |goodbye )?"
    r"note\b(?! (?:for|to (?:remind|say|tell|ask|the)|on the (?:fridge|door)|about|saying|of|in "
    r"(?:the|his|her) (?:margin|diary|book)))|\bsuicide note\b",
)

_add(
    SU,
    0.9,
    "alive",
    needs=r"\b(?:don't|do not|didn't|did not|no longer) want to be alive\b",
    modal_ok=True,
    negation_ok=True,
)

_add(
    SU,
    0.9,
    "cliff bridge roof tower",
    needs=r"\b(?:leap|leapt|leaps|jumped|jumps|threw "
    r"(?:himself|herself|myself)) (?:from|off) (?:the|a) (?:\w+ )?(?:cliff|bridge|roof|tower)\b",
)

_add(SU, 0.6, "edge", needs=r"\bstood (?:too )?(?:near|close to) the edge\b")

_add(
    SU,
    0.6,
    "fade",
    needs=r"\b(?:stop eating|let (?:herself|himself|myself) (?:fade|die|"
    r"waste))\b",
    modal_ok=True,
)

_add(
    SU,
    0.6,
    "bottle",
    needs=r"\bmeaning to drink all of it\b|\b(?:laudanum|poison|pills)\b"
    r".{0,60}\b(?:all of it|the whole bottle)\b",
    modal_ok=True,
)

_add(SU, 0.6, "sword", needs=r"\b(?:falls?|fell) (?:on|upon) (?:his|her) (?:own )?sword\b")

_add(
    SU,
    0.6,
    "pyre",
    needs=r"\b(?:climbs?|climbed|build|built|mounts?) (?:the|his|her|"
    r"(?:his|her) own) pyre\b",
    modal_ok=True,
)

_add(SU, 0.6, "noose overdose", modal_ok=True)

_add(SU, 0.6, "living", needs=r"\b(?:not worth|no point|no reason) (?:in )?living\b", modal_ok=True)

_add(
    SU,
    0.9,
    "living",
    needs=r"\b(?:no|any|lost (?:the|all)) (?:\w+ ){0,2}(?:wish|will|reason|desire|point) "
    r"(?:\w+ )?to "
    r"(?:go on |keep )living\b",
    modal_ok=True,
    negation_ok=True,
)

_add(SU, 0.6, "wake", needs=r"\b(?:not|never) (?:to )?wake up\b", modal_ok=True, negation_ok=True)

# Suicide: attempts, plans and wishes.
_add(
    SU,
    0.9,
    "attempt attempted",
    needs=r"\bsuicide attempt\b|\battempted suicide\b|\b(?:tried|"
    r"try|trying) to (?:kill|end|hang|drown|poison|shoot) (?:herself|himself|myself|yourself|"
    r"themselves|(?:her|his|my|your|their) (?:own )?life)\b",
    modal_ok=True,
)

_add(
    SU,
    0.9,
    "tried trying",
    needs=r"\b(?:tried|trying) to (?:kill|end|hang|drown|poison|shoot) "
    r"(?:herself|himself|myself|yourself|themselves|(?:her|his|my|your|their) (?:own )?life)\b",
    modal_ok=True,
)

_add(
    SU,
    0.9,
    "live",
    needs=r"\b(?:didn't|did not|don't|do not|no longer) want(?:ed|s)? to live\b|"
    r"\bnothing (?:left )?to live for\b|\bno reason to live\b",
    modal_ok=True,
    negation_ok=True,
)

_add(SU, 0.9, "without", needs=r"\bbetter off without (?:me|him|her|them|you)\b", modal_ok=True)

_add(
    SU,
    0.6,
    "pills",
    needs=r"\b(?:all|every one) of (?:the|her|his|my|your|those) pills\b|\b"
    r"(?:swallowed|took) (?:a |the )?(?:whole |entire )?(?:handful|bottle|fistful) of "
    r"(?:\w+ )?pills\b",
    modal_ok=True,
)

_add(SU, 0.6, "ledge", needs=r"\b(?:stood|standing|sat|sitting|stepped) (?:on|onto|at) the ledge\b")

_add(
    SU,
    0.6,
    "goodbye",
    needs=r"\bgoodbye (?:notes?|letters?)\b|\bgoodnight "
    r"forever\b",
    modal_ok=True,
)

# Taking a lethal dose, or meaning to: suicide.
_add(
    SU,
    0.9,
    "bottle laudanum pills poison overdose",
    needs=r"\b(?:took|swallowed|drank) (?:the )?(?:whole|entire|all)\b.{0,40}\b(?:never|not) "
    r"to wake\b|\bmeaning (?:never|not) to wake\b",
    modal_ok=True,
    negation_ok=True,
)

_add(
    SU,
    0.9,
    "purpose",
    needs=r"\b(?:revolver|pistol|gun|rope|razor)\b.{0,60}\bfor one "
    r"purpose\b",
    modal_ok=True,
)

_add(SU, 0.6, "pistol revolver", needs=r"\bloaded (?:pistol|revolver) on the table\b")

# Suicide: wishes, plans, attempts and their aftermath.
_add(
    SU,
    0.9,
    "want",
    after=r" to be here (?:any ?more|anymore)\b",
    modal_ok=True,
    negation_ok=True,
)

_add(
    SU,
    0.6,
    "stop",
    needs=r"\bwant(?:ed|s)? (?:it all|everything) to stop\b",
    modal_ok=True,
)

_add(
    SU,
    0.9,
    "dead",
    needs=r"\bbetter off (?:if (?:i|he|she) (?:was|were) |with (?:me|him|her) )dead\b|"
    r"\bbetter off dead\b",
    modal_ok=True,
)

_add(
    SU,
    0.6,
    "ending end",
    needs=r"\b(?:thinking|thought|think|thinks) (?:about|of) (?:ending|end) it\b(?! (?:with|"
    r"between))|\b(?:going|ready|decided|planning|wanted|want) to end it\b(?! (?:with|between))",
    modal_ok=True,
)

_add(
    SU,
    0.9,
    "stepped jumped leapt leaped threw",
    after=r" (?:(?:himself|herself|myself) )?(?:off|from) (?:the|a) (?:\w+ )?(?:roof|bridge|"
    r"ledge|cliff|tower|building|platform)\b(?! (?:into|onto|and (?:landed|rolled|ran)))",
    modal_ok=True,
)

_add(SU, 0.6, "hanging", needs=r"\bfound (?:him|her|them|[A-Z][a-z]+) hanging\b")

_add(
    SU,
    0.6,
    "attempt attempts",
    needs=r"\b(?:after|since|before|survived) (?:his|her|their|my|your|the) (?:first |second "
    r"|third |last )?attempts?\b(?! (?:at|to|on|of))",
    modal_ok=True,
)

_add(
    SU,
    0.6,
    "crisis samaritans prevention",
    after=r" (?:line|hotline|helpline)\b",
    modal_ok=True,
)

_add(SU, 0.6, "hotline helpline", needs=r"\bsuicide (?:hotline|helpline)\b", modal_ok=True)

_add(SU, 0.9, "pact", needs=r"\bsuicide pact\b")

# Suicide: ideation as people text it, and the plans.
_add(
    SU,
    0.9,
    "alive",
    needs=r"\b(?:dont|didnt|don't|do not) want to be alive\b",
    modal_ok=True,
    negation_ok=True,
)

_add(
    SU,
    0.6,
    "pills",
    needs=r"\bcounted out (?:the |all the |his |her |my )?pills\b|\bpills counted out\b|\blined "
    r"up (?:the |all the |his |her |my )?pills\b",
    modal_ok=True,
)

_add(
    SU,
    0.9,
    "driving jumping walking stepping swerving",
    needs=r"\b(?:think|thinking|thought|thinks) about (?:just )?(?:driving|jumping|walking|"
    r"stepping|swerving) (?:into|off|in front of|under)\b",
    modal_ok=True,
)

_add(SU, 0.6, "wrists", needs=r"\bsl(?:it|ashed) (?:her|his|my|your|their) wrists\b", modal_ok=True)

_add(SU, 0.9, "unalive unalived unaliving")

_add(
    SU,
    0.9,
    "exist existing",
    needs=r"\b(?:don't|didn't|dont|didnt|do not|did not) want to exist\b|\bstop existing\b",
    modal_ok=True,
    negation_ok=True,
)

# Suicide: the goodbyes and the plans.
_add(
    SU,
    0.9,
    "reading",
    needs=r"\bif you(?:'re| are) reading this\b.{0,60}\b(?:gone|dead|not here|won't be|"
    r"no longer)\b",
    modal_ok=True,
    negation_ok=True,
)

_add(
    SU,
    0.9,
    "gone dead",
    needs=r"\bbetter off (?:if (?:i|he|she) (?:was|were) )?(?:gone|dead)\b",
    modal_ok=True,
)

_add(
    SU,
    0.6,
    "miss notice care",
    needs=r"\b(?:nobody|no one|no-one) would (?:even )?(?:miss|notice|care)\b.{0,30}\b"
    r"(?:me|if (?:i|he|she) (?:was|were) gone|if (?:i|he|she) died)\b",
    modal_ok=True,
    negation_ok=True,
)

_add(
    SU,
    0.6,
    "stockpiled stockpiling hoarded hoarding",
    after=r" (?:\w+ )?(?:pills|tablets|sleeping pills|painkillers)\b",
    modal_ok=True,
)

_add(
    SU,
    0.9,
    "front",
    needs=r"\b(?:threw|throw|throws|throwing) (?:himself|herself|myself|themselves) in front of\b",
    modal_ok=True,
)

_add(
    SU,
    0.6,
    "front",
    needs=r"\b(?:stepped|steps|step|walked|walks) (?:out )?in front of (?:a|the) "
    r"(?:train|bus|lorry|truck|tube)\b",
    modal_ok=True,
)

_add(SU, 0.6, "stones", needs=r"\bstones in (?:her|his|my|their) pockets\b")

_add(
    SU,
    0.6,
    "rope",
    needs=r"\brope (?:over|from|around|round) (?:the|a) (?:beam|rafter|banister|bannister|"
    r"branch|hook)\b",
)

# Suicide: waking as a disappointment, ending oneself, trying to die.
_add(
    SU,
    0.6,
    "woken woke",
    needs=r"\bdisappoint(?:ed|ment)\b.{0,40}\b(?:had |has )?(?:woken|woke) up\b",
    modal_ok=True,
)

_add(
    SU,
    0.9,
    "mind",
    needs=r"\b(?:wouldn't|would not) mind if (?:i|she|he) (?:didn't|did not|never) (?:wake|woke) "
    r"up\b|\b(?:wouldn't|would not) mind (?:dying|not waking)\b",
    modal_ok=True,
    negation_ok=True,
)

_add(
    SU,
    0.9,
    "end",
    after=r" to (?:himself|herself|myself|yourself|themselves|(?:his|her|my|your|their) (?:own )?"
    r"(?:life|existence|misery))\b",
    modal_ok=True,
)

_add(SU, 0.9, "die", needs=r"\b(?:tried|try|trying|attempted) to die\b", modal_ok=True)

_add(
    SU,
    0.9,
    "sea river lake pond water",
    after=r"(?:,)? and (?:did not|didn't|never|not) (?:walk|come|walked|came) out(?: again)?\b",
    modal_ok=True,
)

_add(SU, 0.6, "wish", needs=r"\bdeath wish\b", modal_ok=True)

_add(
    SU,
    0.6,
    "hit",
    needs=r"\b(?:bus|car|train|truck|lorry) (?:hit|hits|ran over|runs over) me\b.{0,40}\b"
    r"(?:relieved|"
    r"glad|wouldn't mind|would not mind|fine with it)\b",
    modal_ok=True,
)

_add(
    SU,
    0.9,
    "lives",
    needs=r"\b(?:take|took|taken|taking|takes|end|ended|ending|ends) (?:their|our) (?:own "
    r")?lives\b",
    modal_ok=True,
)

_add(
    SU,
    0.9,
    "stop",
    needs=r"\bwish(?:ed|es)? (?:that )?(?:my|his|her|their) (?:own )?heart would (?:just |"
    r"simply )?stop\b",
    modal_ok=True,
)

_add(SU, 0.9, "self-murder self-destruction self-slaughter")

_add(
    SU,
    0.9,
    "throw throwing throws",
    after=r" (?:himself|herself|myself|themselves) (?:in|into) the (?:river|sea|canal|lake|well|"
    r"thames|water)\b",
    modal_ok=True,
)

_add(SU, 0.45, "finish", after=r" it\b", needs=r"\blet (?:him|her|me) finish it\b", modal_ok=True)

_add(
    SU,
    0.45,
    "plan",
    needs=r"\b(?:my|her|his|a) safety plan\b|\b(?:whether|if) (?:i|she|he) "
    r"had a plan\b",
)


# ---- abuse ----------------------------------------------------------------------------------
_add(A, 0.9, "abuse abused abuser abusive gaslighting gaslit battered")

_add(
    A,
    0.6,
    "taunted taunting belittled belittles belittling controlling manipulated manipulates "
    "bullied bullying cowered cowers tyrant isolates isolating",
)

# Signs that need company: a cruel word, a flinch or a sneer is not yet abuse.
_add(
    A,
    0.35,
    "humiliated humiliates cruelty cruel flinch flinches flinched withholding isolated mocks "
    "mocked mocking sneers sneered forbids forbade chained terror threatened threatens",
)

_add(
    A,
    0.6,
    "threatened threatens",
    after=r" (?:her|him|me|you|them)\b(?! with (?:a|the) (?:cold|storm|rain))",
)

_add(
    A,
    0.6,
    "flinched flinches flinch",
    needs=r"\b(?:raised|lifted|moved|reached|came near|hand|hands|voice|shout|yell)\b",
)

# Insults count when someone is told them ("he called you hysterical"), not as words.
_add(
    A,
    0.6,
    "stupid worthless hysterical dramatic sickly useless",
    needs=r"\b(?:called|calls|call|calling) (?:her|him|me|you|them)(?: an?)? (?:\w+ )?"
    r"(?:stupid|worthless|hysterical|dramatic|sickly|useless)\b|\b(?:was|were|is|are|am|"
    r"being) (?:so |too |such an? )?(?:\w+ and )?(?:stupid|worthless|hysterical|dramatic|"
    r"sickly|useless)\b",
)

_add(A, 0.6, "locks locked", after=r" (?:her|him|me|you|them|us|[A-Z][a-z]+) (?:in|into|out)\b")

_add(
    A,
    0.9,
    "else",
    needs=r"\bno one else (?:would|will|could) (?:ever )?(?:have|want|love)\b",
    negation_ok=True,
    modal_ok=True,
)

_add(
    A,
    0.6,
    "imagined trusted wrong",
    needs=r"\byou imagined\b|\bcan't be trusted\b|"
    r"\byou always get things wrong\b|\btold you had dreamed\b",
    negation_ok=True,
)

_add(A, 0.45, "punishment", needs=r"\bas (?:a )?punishment\b")

_add(A, 0.45, "threatening")

_add(
    A,
    0.6,
    "read reads",
    after=r" (?:\w+'s |every |all |my |her |his |your )letters?\b| them, rewrites?\b",
)

_add(
    A,
    0.6,
    "count counts counted",
    after=r" every penny\b",
)

_add(A, 0.6, "may", needs=r"\bwhat (?:he|she|you|I) may and may not\b")

_add(
    A,
    0.6,
    "slapped shoves shoved struck cursed driven",
    needs=r"\b(?:husband|wife|"
    r"father|mother|keeper|master|mistress|drunk|servants|front of|every door)\b",
)

_add(A, 0.35, "corrected cried speak forbade forbid allowed punished punishment")

# Abuse: control, fear and contempt at home.
_add(A, 0.9, "domestic", after=r" (?:violence|abuse|abuser)\b")

_add(
    A,
    0.6,
    "hits hit beat beats beaten",
    needs=r"\b(?:husband|wife|boyfriend|girlfriend|partner|"
    r"father|mother|dad|mum|mom|stepfather|stepmother)\b.{0,40}\b(?:hits?|beat|beats|beaten)\b",
)

_add(A, 0.6, "eggshells", needs=r"\bwalk(?:ed|ing|s)? on eggshells\b")

_add(
    A,
    0.6,
    "afraid scared terrified frightened",
    needs=r"\b(?:afraid|scared|terrified|frightened) "
    r"of (?:him|her|his temper|her temper|what he|what she)\b",
)

_add(
    A,
    0.6,
    "temper",
    needs=r"\b(?:his|her|\w+'s) temper\b.{0,60}\b(?:hit|struck|threw|broke|bruises?|"
    r"screamed|shouted|afraid|flinch)\b",
)

_add(A, 0.6, "names", needs=r"\bcalled (?:her|him|me|you) names\b")

_add(
    A,
    0.6,
    "allowed allow let",
    needs=r"\b(?:wasn't|was not|weren't|were not|isn't|is not|never) "
    r"(?:allowed|let) to (?:see|leave|go|speak|talk|call|visit|have|eat|work)\b",
    negation_ok=True,
)

_add(A, 0.45, "yelled screamed shouted", after=r" at (?:her|him|me|you|them)\b")

_add(
    A,
    0.6,
    "pathetic disgusting ungrateful",
    needs=r"\b(?:you're|you are|she's|she is|he's|he is|"
    r"you were|called (?:her|him|me|you)) (?:so |such a |an? )?(?:pathetic|disgusting|ungrateful|"
    r"worthless|useless|stupid|nothing)\b",
)

_add(
    A,
    0.6,
    "told",
    after=r" (?:you|her|him|me|them) (?:every day|daily|again and again|over "
    r"and over|every morning|every night)\b",
)

_add(
    A,
    0.6,
    "bread",
    needs=r"\b(?:gave|fed|kept) (?:her|him|them|me|you) (?:only |nothing but )?"
    r"(?:on )?bread and water\b",
)

# Abuse: the habits of control.
_add(
    A,
    0.45,
    "checked checks checking tracked tracks tracking",
    after=r" (?:her|his|my|your) (?:phone|messages|texts|emails|location)\b",
)

_add(
    A,
    0.6,
    "checked checks checking tracked tracks tracking",
    after=r" (?:her|his|my|your) (?:phone|messages|texts|emails|location) (?:every|each|"
    r"whenever|while (?:she|he|i) slept)\b",
)

_add(
    A,
    0.6,
    "controlled controls controlling",
    after=r" (?:the|all the|her|his|my|our|your) (?:money|finances|bank|accounts?|cards?|"
    r"food|phone|car|keys|friends|clothes)\b",
)

_add(
    A,
    0.9,
    "made make",
    after=r" me do\b",
    needs=r"\blook (?:at )?what you (?:made|make) me do\b",
    negation_ok=True,
)

_add(
    A,
    0.6,
    "bruises bruise",
    needs=r"\b(?:cover(?:ed|ing|s)?|hid|hide|hiding|hides|conceal(?:ed|ing)?) (?:the |her |his "
    r"|my |your )?bruises?\b",
)

_add(A, 0.45, "walked", after=r" into a door\b")

_add(
    A,
    0.6,
    "without",
    needs=r"\b(?:you're|you are|she was|she's|he's|he was|i'm|i was|i am|you were) nothing "
    r"without (?:me|him|her)\b",
    negation_ok=True,
)

_add(
    A,
    0.6,
    "imagining",
    needs=r"\byou(?:'re| are) imagining (?:things|it)\b",
    negation_ok=True,
)

_add(
    A,
    0.6,
    "doubt doubted doubting questioned questioning",
    after=r" (?:her|his|my|your) (?:own )?(?:memory|sanity|mind)\b",
    negation_ok=True,
)

_add(A, 0.6, "restraining protective", after=r" orders?\b")

_add(A, 0.45, "shelter", needs=r"\b(?:women's|domestic violence|battered women's) shelter\b")

_add(A, 0.6, "raised", after=r" (?:his|her) (?:hand|fist) to (?:her|him|me|you|them)\b")

_add(
    A, 0.9, "harassed harassing harassment", needs=r"\b(?:stalk(?:ed|ing)?|harass(?:ed|ing|ment))\b"
)

_add(A, 0.6, "stalked stalking stalker", after=r"(?! (?:off|out|away|the (?:deer|stag|prey)))")

_add(A, 0.6, "threatened threatens", after=r" to (?:kill|hurt|leave|take|tell|throw|burn|ruin)\b")

# Abuse: wrecked phones, slurs, the wall beside her head.
_add(
    A,
    0.6,
    "smashed broke took hid snatched",
    after=r" (?:her|his|my|your) (?:phone|keys|car keys|passport)\b",
)

_add(
    A,
    0.6,
    "whore slut tart bitch cunt trollop",
    needs=r"\b(?:called|calls|calling) (?:her|him|me|you|his wife|her husband) (?:a |an "
    r")?(?:\S+ ){0,2}"
    r"(?:whore|slut|tart|bitch|cunt|trollop)\b",
)

_add(
    A,
    0.6,
    "wall",
    needs=r"\bpunch(?:ed|es|ing)? (?:the|a) wall (?:next to|beside|by|inches from|near) (?:her|"
    r"his|my|your) (?:head|face)\b",
)

_add(A, 0.6, "love-bombed love-bombing lovebombing love-bomb")

_add(
    A,
    0.6,
    "broke broken burned bruised fractured",
    needs=r"\b(?:father|dad|mother|mum|mom|stepfather|stepdad|stepmother|husband|wife|boyfriend|"
    r"girlfriend|partner)\b.{0,20}\b(?:broke|broken|burned|bruised|fractured) (?:her|his|my|your) "
    r"(?:\w+ )?(?:arm|wrist|nose|jaw|ribs?|fingers?|hand|collarbone|leg)\b",
)

_add(
    A,
    0.9,
    "kill",
    needs=r"\b(?:he'd|he would|she'd|she would|i'll|i will|he'll|she'll|he said he'd|he'd) kill "
    r"(?:her|you|me|him|them)\b.{0,20}\bif (?:she|you|i|he) (?:ever )?(?:left|leave|told|tell|"
    r"went|go)\b",
    modal_ok=True,
    negation_ok=True,
)

_add(
    A,
    0.6,
    "believe",
    after=r" (?:you|her|him|me)\b",
    needs=r"\bno(?: one|-one|body) (?:will|would|is going to|'s going to) (?:ever )?believe "
    r"(?:you|her|him|me)\b",
    modal_ok=True,
    negation_ok=True,
)

_add(
    A,
    0.6,
    "apologised apologized apologising apologizing",
    after=r" for (?:things|something|everything) (?:she|he|i|you) (?:hadn't|had not|didn't|did "
    r"not|never) (?:done|do|said)\b",
    negation_ok=True,
)

_add(
    A,
    0.6,
    "cut kept",
    after=r" (?:her|him|me|you|them) (?:off )?from (?:seeing )?(?:her|his|my|your|their) "
    r"(?:friends|family|sister|brother|mother|father|mum|mom|dad|parents)\b",
)

_add(A, 0.6, "silent", after=r" treatment\b")

_add(
    A,
    0.6,
    "let",
    needs=r"\b(?:wouldn't|would not|won't|will not|never|didn't|did not|doesn't|does not) let "
    r"(?:her|him|me|you) (?:leave|go out|see|work|have|call|talk|speak|eat|sleep|out of his "
    r"sight)\b",
    negation_ok=True,
    modal_ok=True,
)

_add(A, 0.6, "manipulative")

_add(A, 0.9, "coercive", after=r" control\b")

_add(A, 0.45, "narcissist narcissistic toxic", after=r"(?! (?:waste|fumes|gas|chemicals?|spill))")

_add(
    A,
    0.6,
    "promised swore promises",
    after=r" (?:it|this|that) would never happen again\b",
    negation_ok=True,
    modal_ok=True,
)

_add(
    A,
    0.6,
    "feel",
    needs=r"\bmade (?:her|him|me|you) feel (?:crazy|mad|worthless|small|stupid|useless|like "
    r"nothing)\b",
)

_add(
    A,
    0.6,
    "front",
    needs=r"\b(?:humiliated|belittled|mocked|shamed) (?:her|him|me|you) in front of\b",
)

_add(
    A, 0.6, "fists fist", needs=r"\b(?:father|dad|mother|mum|husband|stepfather|old man)'s fists?\b"
)

# Abuse: permission, fear and blame.
_add(
    A,
    0.6,
    "better",
    needs=r"\bknew better than to (?:argue|answer back|ask|speak|talk back|complain|cry|say no|"
    r"disagree|question)\b",
)

_add(
    A,
    0.6,
    "permission",
    needs=r"\bask(?:ed|s)? (?:his |him for )?permission to (?:go|see|leave|spend|buy|use|eat|call|"
    r"visit|work|speak)\b",
)

_add(
    A,
    0.6,
    "took",
    after=r" (?:her|his|my) (?:bank ?cards?|cards|wages|money|paycheck|pay|salary|passport|"
    r"car keys)\b",
)

_add(
    A,
    0.6,
    "chose picked decided",
    after=r" what (?:she|he|i|you) (?:wore|could wear|would wear|ate|could eat|said)\b",
)

_add(
    A, 0.45, "accused", after=r" (?:her|him|me|you) of (?:cheating|flirting|lying|sleeping with)\b"
)

_add(A, 0.6, "jealous", after=r" rages?\b")

_add(A, 0.45, "degrading degraded demeaning demeaned stonewalled")

_add(
    A,
    0.6,
    "fault",
    needs=r"\b(?:it's|it is|it was|this is|that's) (?:all )?your fault (?:i|that i|he|that he) "
    r"(?:hit|hurt|yelled|lost|get|got|have to|had to|lose)\b",
    modal_ok=True,
)

_add(A, 0.6, "made", after=r" me (?:hit|hurt|lose my temper|so angry)\b")

_add(
    A,
    0.6,
    "yelled screamed shouted",
    after=r" at (?:her|him|me|you) (?:every day|every night|for hours|until (?:she|he|i|you) "
    r"(?:cried|shook|wept))\b",
)

# Abuse: control of money, movement and memory; threats over the children; hidden bruises.
_add(
    A,
    0.6,
    "struck slapped punched kicked shoved pushed grabbed choked",
    needs=r"\b(?:husband|wife|boyfriend|girlfriend|partner|bf|gf|fiancé|fiance)\b.{0,40}\b(?:struck|"
    r"slapped|punched|kicked|shoved|pushed|grabbed|choked)\b",
)

_add(
    A,
    0.6,
    "goes went going go",
    after=r" through (?:her|his|my|your) (?:phone|messages|bag|things|emails|post|texts|"
    r"receipts)\b",
)

_add(A, 0.6, "tells told tell", after=r" (?:me|her|him|you) what to (?:wear|eat|say|think)\b")

_add(
    A,
    0.6,
    "happen happened",
    needs=r"\b(?:remembering|imagining|making up|inventing) things that (?:didn't|did not|never) "
    r"happen(?:ed)?\b",
    negation_ok=True,
)

_add(
    A,
    0.6,
    "trust",
    needs=r"\bcan(?:'t|not) trust (?:your|her|my|his) own (?:head|memory|mind)\b",
    negation_ok=True,
)

_add(
    A,
    0.6,
    "never",
    after=r" see (?:them|the kids|the children|your kids|your children) again\b",
    needs=r"\b(?:you'll|you will|she'll|she will) never see (?:them|the kids|the children|your "
    r"kids|your children) again\b",
    negation_ok=True,
    modal_ok=True,
)

_add(
    A,
    0.6,
    "passports",
    needs=r"\b(?:kept|took|keeps|takes|held|holds) (?:our|their|her|his|my|the workers') "
    r"passports\b",
)

_add(
    A,
    0.6,
    "beyond past outside",
    needs=r"\b(?:i am|i'm|she was|she is|she's|i was) not (?:to|allowed to) (?:go|leave|walk|"
    r"step) (?:beyond|past|outside)\b",
    negation_ok=True,
)

_add(A, 0.6, "name-calling")

_add(A, 0.6, "fist", after=r" (?:through|into) (?:the|a) (?:\w+ )?(?:door|wall|window)\b")

_add(
    A,
    0.6,
    "going",
    after=r" out (?:dressed |looking )?like that\b",
    needs=r"\b(?:not|n't) going out (?:dressed |looking )?like that\b",
    negation_ok=True,
)

_add(A, 0.6, "poisoning poisoned", after=r" (?:me|her|him|you) against (?:him|me|her)\b")

_add(
    A,
    0.45,
    "loved",
    needs=r"\bif you (?:really )?loved me,? you(?:'d| would| wouldn't)\b",
    modal_ok=True,
)

_add(
    A,
    0.6,
    "angry hit shout yell",
    needs=r"\b(?:wouldn't|would not) have to (?:get so angry|hit|shout|yell|hurt)\b",
    negation_ok=True,
    modal_ok=True,
)

_add(
    A,
    0.6,
    "show",
    needs=r"\bwhere (?:the |a )?bruises? (?:wouldn't|won't|would not|didn't|did not) show\b",
    negation_ok=True,
)

_add(A, 0.6, "flinched flinches flinch", needs=r"\b(?:door|banged|slammed|footsteps|every time)\b")

_add(A, 0.6, "walked", after=r" into (?:a|the) (?:\w+ )?door\b")

_add(A, 0.45, "injunction gps")

_add(
    A,
    0.6,
    "cow bitch trollop",
    needs=r"\b(?:stupid|useless|fat|silly|dumb|ugly|lazy|worthless) (?:cow|bitch|trollop)\b",
)

_add(
    A,
    0.6,
    "decided chose",
    after=r" which (?:of )?(?:her|my|his|your|their) friends\b",
)

_add(
    A,
    0.45,
    "influence",
    needs=r"\b(?:friends|family|sister|mother|mum|mom) (?:were|are|was|"
    r"is) (?:a )?bad influence\b",
)

_add(
    A,
    0.45,
    "tore",
    after=r" up (?:her|his|my) (?:\w+ )?(?:letter|passport|photos|"
    r"photographs|diary|application)\b",
)

_add(
    A,
    0.6,
    "bruises bruise",
    after=r" (?:came|come) from (?:the|a) (?:\w+ )?(?:door|cupboard|stairs|fall|wardrobe)\b",
)

_add(A, 0.45, "loved", needs=r"\bif (?:you|u) (?:really )?loved me,? (?:you|u)\b", modal_ok=True)


# ---- child abuse ----------------------------------------------------------------------------
_add(
    CA,
    0.9,
    "swallows swallowed beat beats beaten belt strap caned cane whipped "
    "shook shakes tossed locked locks shuts starved starves supper food cupboard cellar "
    "cuffed bruises burned hit hits slapped kicked neglect neglected",
    needs=_CHILD,
)

# Child abuse: a parent's harm told of a childhood.
_add(
    CA,
    0.9,
    "beat beats hit hits whipped belted slapped kicked burned locked",
    needs=r"\b(?:(?:his|her|my|their|your|our) )?(?:father|dad|mother|mum|mom|stepfather|"
    r"stepdad|stepmother|stepmum|parents|old man)\b.{0,40}\bused to (?:beat|hit|whip|belt|"
    r"slap|kick|burn|lock)\b",
)

_add(
    CA,
    0.9,
    "alone",
    needs=r"\bleft (?:the |her |his |their |my )?(?:baby|babies|child|children|kids?|toddler|"
    r"infant|little ones?) (?:alone|on (?:her|his|their) own|unattended|home alone|by "
    r"(?:himself|herself|themselves))\b",
)

# Child abuse: the household instruments of it.
_add(
    CA,
    0.9,
    "belt strap cane switch spoon slipper hairbrush",
    needs=r"\b(?:took|take|takes|taking) (?:the|a|his|her) (?:wooden )?(?:belt|strap|cane|switch|"
    r"spoon|slipper|hairbrush) to (?:him|her|me|us|them)\b|\b(?:(?:his|her|my|their|your|our) )?"
    r"(?:father|dad|mother|mum|mom|stepfather|stepdad|stepmother|old man)\b.{0,40}\b(?:hit|beat|"
    r"whipped|belted) (?:him|her|me|us|them) with (?:the|a|his|her) (?:wooden )?(?:belt|strap|"
    r"cane|switch|spoon|slipper|hairbrush)\b",
)

_add(CA, 0.45, "social", after=r" services\b")

_add(CA, 0.6, "malnourished underfed", needs=_CHILD)

# Child abuse: hunger and hiding, and what was done to a child's body.
_add(
    CA,
    0.6,
    "hungry",
    needs=r"\b(?:kids|children|we|they|the boys|the girls) (?:often |always )?went hungry\b",
)

_add(
    CA,
    0.6,
    "scars",
    after=r" (?:on|across) (?:his|her|my) back from (?:his|her|my) (?:father|mother|dad|mum|mom|"
    r"stepfather|stepmother)\b",
)

_add(
    CA,
    0.45,
    "groomed grooming",
    after=r" (?:her|him|me|them|the (?:boy|girl|child|children))\b(?! (?:hair|coat|mane|horse|for "
    r"(?:the|a) (?:job|role|part|position)))",
)

_add(
    CA,
    0.6,
    "alone",
    needs=r"\b(?:home|house|flat) alone\b.{0,80}"
    + _CHILD
    + r"|"
    + _CHILD
    + r".{0,80}\b(?:home|house|"
    r"flat) alone\b",
)

_add(
    CA,
    0.6,
    "kept",
    after=r" in (?:a|the|his|her|their) (?:bedroom|room|cupboard|cellar|shed|attic|closet|"
    r"wardrobe)",
    needs=_CHILD,
)

_add(
    CA,
    0.6,
    "made",
    after=r" (?:me|him|her|us|them) (?:stand|sit|kneel|stay) (?:in|on|outside|by)\b",
    needs=r"\bwhen (?:i|he|she|we) (?:was|were) (?:little|small|a child|a kid|\w+)\b|" + _CHILD,
)

_add(CA, 0.6, "faltering failure", after=r" (?:growth|to thrive)\b")


# ---- substance use --------------------------------------------------------------------------
_add(
    SB,
    0.9,
    "drunk drunken drunkenly intoxicated tipsy inebriated hungover hangover "
    "laudanum opium morphine morphia cocaine heroin chloral absinthe syringe hypodermic "
    "joint marijuana cannabis stoned overdose slivovitz whisky whiskey brandy gin rum "
    "vodka bourbon scotch tequila hookah dosed snorts snorted snorting",
)

_add(SB, 0.6, "dose tonic drank drinking pills")

_add(
    SB,
    0.45,
    "wine ale beer port claret sherry champagne liquor spirits mead drink drinks "
    "pint pints tankard needle plunger",
)

_add(SB, 0.3, "bottle smoke smoking cigarette cigar pipe snuff sober")

# Substance use.
_add(
    SB,
    0.9,
    "cocaine coke meth methamphetamine ecstasy mdma lsd acid heroin crack opioids "
    "oxy oxycodone xanax valium ketamine shrooms amphetamines",
)

_add(SB, 0.9, "drunk", after=r"(?! (?:on|with) (?:love|power|joy|happiness|success))")

_add(
    SB,
    0.6,
    "beers shots wasted hammered smashed plastered tipsy buzzed",
    needs=r"\b(?:drank|drinking|drunk|drinks|bottles?|glass|glasses|bar|pub|party|hangover|"
    r"poured|beer|pints?|booze|vodka|wine|whisky|whiskey|gin|rum|cocktails?|tequila)\b",
)

_add(
    SB,
    0.6,
    "smoked smoking smoke",
    needs=r"\b(?:weed|joint|blunt|spliff|hash|opium|crack|pipe of)\b|\bsmok(?:e|ed|ing|es) pot\b",
)

_add(SB, 0.6, "overdose overdosed od'd", modal_ok=True)

_add(
    SB,
    0.6,
    "sober sobriety rehab withdrawal",
    needs=r"\b(?:drink|drinking|drunk|drugs?|pills|"
    r"using|clean|relapse|rehab|withdrawal|sober|sobriety|aa|meetings?)\b",
)

# Substance use: habits, aftermath and the slang of it.
_add(SB, 0.9, "marks", needs=r"\btrack marks\b")

_add(
    SB,
    0.9,
    "speed",
    needs=r"\b(?:on|taking|took|take|did|bag of|line of|lines of|some|snorted|dealing) speed\b"
    r"(?! (?:of|limit|camera|bump|boat|dial|and))",
)

_add(SB, 0.9, "alcoholic alcoholics alcoholism boozing boozed")

_add(SB, 0.6, "booze boozy")

_add(SB, 0.45, "alcohol painkillers percocet vicodin fentanyl oxycontin")

_add(
    SB,
    0.9,
    "high",
    needs=r"\b(?:i|he|she|we|they|you) (?:was|were|am|is|are|got|get|gets|getting|'m|'re) "
    r"(?:all |so |really |completely |still |pretty |too |very )?high\b(?! (?:up|above|in|over|on "
    r"(?:the|a)|and (?:dry|mighty)|school|street)\b)|\bhigh as (?:a kite|kites|hell|fuck)\b",
)

_add(
    SB,
    0.6,
    "flask",
    needs=r"\bhip[- ]flask\b|\bflask of (?:whisky|whiskey|gin|brandy|rum|vodka|bourbon|scotch)\b",
)

_add(
    SB,
    0.6,
    "shot shooting shoot",
    needs=r"\b(?:shot|shooting|shoot) up\b.{0,60}\b(?:needle|vein|heroin|smack|junk|spoon|fix|"
    r"nodded off|dealer|tourniquet)\b|\b(?:needle|vein|heroin|smack|junk|spoon|fix|dealer|"
    r"tourniquet)\b.{0,60}\b(?:shot|shooting|shoot) up\b|\bshot up (?:in|behind) the\b",
)

_add(SB, 0.6, "line lines", after=r" of (?:coke|cocaine|speed|powder)\b")

# Substance use: party slang and relapse.
_add(
    SB,
    0.9,
    "molly",
    needs=r"\b(?:rolling on|dropped|dropping|took some|on some|bit of) molly\b",
)

_add(
    SB,
    0.9,
    "xanax xans bars lean edibles",
    needs=r"\b(?:popped|popping|pop|took|taking|sipping|ate|eating|on) (?:\w+ )?(?:xanax|xans|"
    r"bars|lean|edibles)\b",
)

_add(SB, 0.9, "blackout", after=r" drunk\b")

_add(
    SB,
    0.9,
    "shitfaced trashed",
    needs=r"\b(?:got|get|getting|was|were|am|is|are|so|completely) (?:shitfaced|trashed)\b",
)

_add(
    SB,
    0.6,
    "using",
    needs=r"\b(?:been|was|is|started|start|stop|stopped|quit|caught (?:him|her) ) using(?: again)?"
    r"\b(?! (?:the|a|an|my|his|her|your|their|it|them|this|that|words?|\w+ing)\b)",
)

_add(
    SB,
    0.6,
    "shots",
    needs=r"\b(?:throwing back|threw back|knocked back|downed|downing|doing|did|lined up) "
    r"(?:\w+ )?shots\b",
)

_add(
    SB, 0.9, "weed", needs=r"\b(?:smoked|smoking|smoke|bag of|some|rolled|roll|selling|sold) weed\b"
)

# Drink and drugs, plainly.
_add(
    SB,
    0.9,
    "drugs",
    needs=r"\b(?:took|take|takes|taking|do|does|did|doing|on|using|buy|bought|sell|selling|sold|"
    r"dealing|hard|recreational|party|street|illegal) drugs\b",
)

_add(
    SB,
    0.9,
    "drug",
    after=r" (?:addict|addicts|addiction|habit|dealer|dealers|deal|deals|use|user|users|den|"
    r"problem|runs?)\b",
)

_add(SB, 0.9, "junkie junkies crackhead")

_add(
    SB,
    0.6,
    "addict addicts addiction addicted",
    needs=r"\b(?:drug|drugs|heroin|crack|meth|alcohol|opioids?|opiates?|cocaine|coke|pills|"
    r"painkillers?|morphine|laudanum|opium|booze|drink)\b",
)

_add(SB, 0.9, "pub bar", after=r" crawl\b")

_add(SB, 0.6, "few", after=r" (?:too many )?(?:drinks|beers|pints|shots|glasses of wine)\b")

_add(
    SB,
    0.6,
    "downed downing",
    after=r" (?:his|her|the|a|another|my|their) (?:\w+ )?(?:drink|pint|glass|shot|beer|whisky|"
    r"whiskey|wine|vodka|gin)\b",
)

_add(SB, 0.9, "tripping", after=r" (?:on )?(?:acid|shrooms|mushrooms|balls)\b")

# Substance use: the smell of it, the quantities, the slang.
_add(
    SB,
    0.6,
    "smelled smelt reeked stank",
    after=r" of (?:alcohol|booze|whisky|whiskey|gin|beer|wine|drink|brandy|rum|vodka|weed|"
    r"cannabis)\b",
)

_add(SB, 0.9, "wine-drunk half-cut")

_add(SB, 0.9, "sheets", after=r" to the wind\b")

_add(SB, 0.6, "twelve-step")

_add(
    SB,
    0.45,
    "cocktail cocktails martini martinis margarita margaritas mojito mojitos prosecco cider "
    "lager lagers stout sake soju negroni",
)

# Substance use: the bottle as a way of life, quantities, the needle.
_add(
    SB,
    0.6,
    "bottle",
    needs=r"\b(?:on|with|hit|hitting|hits|took to|taken to|fond of|crawled into|back on|off) the "
    r"bottle\b",
)

_add(
    SB,
    0.6,
    "ale drink wine gin whisky whiskey beer rum liquor booze",
    after=r" (?:was|is) in (?:him|her|them)\b",
)

_add(SB, 0.45, "drink", needs=r"\b(?:second|third|fourth|fifth|sixth) drink\b")

_add(
    SB,
    0.6,
    "much",
    needs=r"\b(?:i'd|she'd|he'd|we'd|they'd|i had|she had|he had|we had) had (?:way |far |much )?"
    r"too much\b",
)

_add(SB, 0.45, "bought", after=r" (?:her|him|me|them) (?:a )?(?:drink|drinks|shots|pints|beers)\b")

_add(SB, 0.9, "needle", needs=r"\b(?:took|take|taking|takes) the needle\b")

_add(
    SB,
    0.6,
    "swore sworn swearing went going",
    after=r" off the (?:stuff|drink|booze|sauce|gear|bottle|pills|juice)\b",
)

_add(
    SB,
    0.45,
    "bowls cups glasses bottles jugs flagons skins tankards",
    after=r" of (?:the )?(?:\w+ )?(?:wine|ale|beer|gin|whisky|whiskey|rum|brandy|mead|spirits|"
    r"vodka)\b",
)

_add(
    SB,
    0.6,
    "belt tourniquet",
    after=r" (?:still )?(?:slack |tight )?(?:around|round) (?:his|her|my|their) arm\b",
)

_add(SB, 0.45, "adderall ritalin modafinil")

_add(
    SB,
    0.6,
    "something",
    needs=r"\b(?:he|she|they|you)(?:'s| was| is| were| are|'re) on something\b",
)


# ---- strong language ------------------------------------------------------------------------
_add(
    L,
    0.9,
    "fuck fucks fucked fucking fucker motherfucker shit shits shitty bullshit "
    "bastard bastards bitch bitches goddamn goddammit goddamned asshole arsehole cunt "
    "bollocks piss pissed prick wanker dickhead twat",
    modal_ok=True,
)

_add(L, 0.6, "damn damned hell christ arse crap bugger sodding cow swore swear", modal_ok=True)

_add(
    L,
    0.6,
    "bloody",
    after=r"(?! (?:teeth|nose|lips?|hands?|knuckles|corpse|body|face|rag|"
    r"knife|wound|stump|footprints?|sword|murder|battle|mess|bandages?|water|snow|floor))",
    modal_ok=True,
)

_add(L, 0.6, "whore whores slut sluts")

CUES: dict[str, tuple[Cue, ...]] = {w: tuple(c) for w, c in _CUES.items()}

# Figures of speech and innocent senses. A cue whose word lies inside a match does not
# count. Matched case-insensitively against the sentence.
_EXCEPTIONS: list[str] = [
    # death
    r"\bdead (?:tired|beat|set|serious|on(?! (?:arrival|the (?:scene|spot|floor|ground|table|"
    r"road)))|end|ringer|weight|of (?:night|winter)|"
    r"centre|center|heat|giveaway|silent|quiet|still|certain|straight|easy|right|wrong|shot|"
    r"eye)\b",
    r"\bdrop[- ]dead\b",
    r"\b(?:dying|died) (?:to|for|of (?:embarrassment|shame|laughter|boredom|curiosity))\b",
    r"\bdying (?:a slow )?death\b|\ba slow death\b",
    r"\b(?:lord|god|gods|land|realm|house|river|kingdom|day|king|queen|city|book) of the "
    r"dead\b|\bthe dead of (?:night|winter)\b",
    r"\bin (?:his|her|my|their) own tears\b",
    r"\bdrown (?:himself|herself|myself|yourself) in (?:his|her|my|your) own tears\b",
    r"\bslaughtered (?:them|us|you) at\b",
    r"\b(?:bored|scared|frightened|worried|tickled|starving|freezing|sick|laughed|"
    r"worked|loved|talked|done|flogged) (?:\w+ ){0,2}to death\b",
    r"\bthe death of (?:me|us|you|him|her)\b",
    r"\bkill(?:ing|s|ed)? (?:it|time|me|the (?:mood|lights|engine))\b",
    r"\b(?:feet|back|head|shoes|legs) (?:are|is|were|was) killing\b",
    r"\bkill(?:ing)? (?:for|two birds)\b",
    r"\bmurder (?:a|for a|for) (?:cup|pint|drink|sandwich|pie|bun|biscuit)",
    r"\b(?:phone|battery|engine|conversation|joke|jokes|fire|plant|plants|"
    r"party|lights) (?:\w+ )?(?:died|dead|is dead|was dead|dying)\b",
    r"\bdeadline\b",
    r"\bstrangled (?:little |small |half-)?(?:noise|sound|cry|cries|laugh|sob|gasp|voice|"
    r"whisper|yelp|squeak|croak|moan|groan|snort|giggle|breath|note)\b",
    r"\bscotch (?:air|airs|reel|reels|song|songs|tune|broth|eggs?|mist|pine|terrier|tape|"
    r"bonnet|lass|man|accent|ballad|plaid|cap|girl|woman|border|estate|moor|moors|cattle)\b",
    r"\b(?:light|sun|sunlight|moonlight|lamplight|firelight|rain|wind|snow|cold|heat|"
    r"lightning|idea|notion|sound|music|scent|smell) (?:\w+ )?(?:hit|hits|struck|strikes|"
    r"striking) (?:her|him|me|them|us|you|his|her|my|the)\b",
    r"\bpinned (?:at|to|on) (?:the|her|his|my) (?:throat|collar|breast|lapel|shoulder|hat|"
    r"bodice)\b|\b(?:sleeves?|hair) pinned\b|\bpinned (?:back|up)\b",
    r"\bwound (?:itself|himself|herself|themselves|up|round|around|through|down|tight)\b|"
    r"\bwound (?:the |a |an |her |his |my |their )?(?:\w+ )?(?:clock|clocks|watch|spring|yarn|"
    r"wool|thread|skein|ball|bandage|string|rope|line|cord|ribbon|bobbin|reel|key|mechanism)"
    r"\b|\bwound (?:her|his|its|their|my) way\b",
    r"\b(?:a|the|his|her|that|this|small|deep|shallow|long|little|shaving) (?:cut|cuts) (?:on|"
    r"across|to|in|above|below) (?:a |the |his |her |my )?(?:\w+ )?(?:\w+'s )?(?:arm|hand|"
    r"finger|thumb|knee|leg|chin|lip|cheek|forehead|brow|palm|shin|foot)\b",
    r"\bkill(?:ing|s|ed)? (?:myself|yourself|himself|herself|ourselves|themselves) "
    r"(?:laughing|with laughter)\b",
    r"\bsuicide (?:squeeze|doors?|mission|missions|run|blonde)\b",
    r"\b(?:dying|died|die) (?:up there|on stage|out there|a death on stage)\b",
    r"\b(?:comedian|comic|band|act|performer|singer|speaker|she|he|they|you) "
    r"(?:absolutely |totally |really )?(?:killed|slayed|slays)\s*(?:[,.!]|$| out there| up "
    r"there| on stage| tonight)",
    r"\bwake[- ]up call\b|\bwake the (?:house|baby|children|dead|household)\b",
    r"\bstill (?:life|water)\b",
    r"\bcold (?:tea|supper|water|hands|morning|night|wind|air|feet|toast|soup)\b",
    r"\bgone (?:to|for|out|home|cold)\b",
    r"\b(?:was|is|had) gone\b(?! (?:from us|before))",
    # violence
    r"\b(?:shot|shoot)(?:s|ing)? (?:\w+ )?(?:a |an |her |him |me |you |them )?(?:glance|look|"
    r"glare|smile|grin|question|photograph|photo|film|scene|pictures?|hoops?|the breeze)\b",
    r"\b(?:espresso|whisky|whiskey|vodka|tequila) shots?\b|\bshots? of\b",
    r"\bblood (?:pudding|sausage|orange|oranges|moon|relative|relatives|brother|"
    r"sister|type|test|sample|pressure|bank|donor|line|lines)\b",
    r"\bsample of (?:the )?(?:\w+'s )?blood\b",
    r"\bpunch ?(?:line|lines|bowl|card)\b|\bpunchline\b",
    r"\bbeat (?:the (?:eggs|batter|cream|rush|odds|clock|heat)|a retreat|him to it|"
    r"her to it|them to it|time|around the bush)\b",
    r"\b(?:fight|fought|fighting) (?:off (?:a|the) (?:cold|flu|sleep|urge)|back "
    r"(?:tears|a laugh|a smile|a yawn)|the urge)\b",
    r"\b(?:took|take|takes|taking) a stab\b",
    r"\b(?:fought|fight|fighting|squabbled) over (?:the (?:last|remote|bathroom|front seat|"
    r"blanket|covers|best)|who)\b",
    r"\b(?:news|truth|realisation|realization|reality|words|memory|grief|smell|thought|"
    r"idea|loss|silence|cold|heat|exhaustion|tiredness|homesickness) (?:\w+ )?(?:hit|hits|"
    r"struck|strikes) (?:her|him|me|them|us|you)\b",
    r"\bcut (?:himself|herself|myself|yourself|themselves) (?:a|an|some|another|the) "
    r"(?:slice|piece|wedge|chunk|hunk|bit|sliver|length|hunk)\b",
    r"\b(?:heart|panic|anxiety|asthma) attack\b|\battack of (?:nerves|giggles|"
    r"conscience|the)\b",
    r"\bstr(?:uck|ike|ikes) (?:a (?:match|pose|chord|bargain|deal|balance|note)|up|"
    r"(?:him|her|me|them) as|(?:him|her|me|them) (?:dumb|silent))\b",
    r"\bhits? (?:the (?:road|hay|books|sack|spot|jackpot)|it off)\b",
    r"\bcut (?:the (?:cake|bread|cards|deck|engine|meat|hendl|cheese|pie)|corners|"
    r"(?:him|her|them) off(?! from)|(?:him|her|me) short|a (?:fine|dashing) figure|to the chase|"
    r"to the bone)\b",
    r"\b(?:cut|cuts|cutting) (?:\w+ )?(?:to the bone|deep)\b",
    r"\bstrikes? and strikes\b|\bhammers?\b",
    r"\b(?:gun|guns|pistol) (?:salute|dog|smoke)\b",
    r"\bcrashed and burned\b|\bbombed\b",
    r"\bstab(?:s|bed|bing)? at (?:the|his|her|my|your) (?:keyboard|food|plate|buttons|"
    r"screen|eggs|fire|embers|page|paper)\b",
    r"\bcut (?:\w+ )?(?:ham|hendl|beef|mutton|bread|cake|pie|meat|cheese|joint|roast|"
    r"flowers|roses|string|ribbon|paper|cloth|hair)\b",
    r"\b(?:shot|shoots|shoot) (?:an|the|her|his) arrows? (?:into|at) the (?:\w+ )?"
    r"(?:target|butts)\b|\bhit the (?:gold|target|bullseye|mark)\b",
    r"\bold (?:wounds?|injur(?:y|ies)|scars?)\b(?! (?:on|along|across|up) (?:her|his|my|your|"
    r"their) (?:arms?|wrists?|thighs?|forearms?|stomach|hips?))",
    r"\blanded like a bullet\b|\blike a (?:bullet|shot|knife|pistol)\b",
    r"\bscream(?:ed|s|ing)? (?:with|of) (?:laughter|delight|joy)\b",
    r"\bbloodhound\b",
    r"\bblood and sawdust\b",
    # sexual senses that are not
    r"\bin bed with (?:a|the) (?:cold|flu|fever|chill|headache)\b",
    r"\b(?:sleeping|slept) together in (?:the|one|a)\b",
    r"\bmade love to (?:his|her|the|a) (?:violin|camera|piano|microphone|audience|"
    r"crowd)\b",
    r"\bclimax of\b",
    r"\bthe heat of (?:the )?(?:day|summer|noon|argument|the moment)\b",
    r"\bhard on (?:himself|herself|myself|yourself)\b",
    # substance senses that are not
    r"\bdrunk (?:on|with) (?:love|power|joy|happiness|success|victory|the)\b",
    r"\b(?:drink|drinks|drank|drinking) (?:\w+ ){0,3}(?:tea|coffee|water|milk|cocoa|"
    r"chocolate|lemonade|broth|soup|juice|cup after cup|from the)\b",
    r"\bfood and drink\b|\bmy pills\b|\bpills? for (?:my|his|her|your) \w+",
    r"\bport (?:of|town|city|side|authority|royal)\b|\bthe port\b",
    r"\bhigh (?:spirits|tide|street|noon|ground|road|table|time|society|hopes)\b",
    r"\bhigh on life\b",
    r"\bcock(?:s)? (?:crowed|crows|crowing|crow|pheasant|robin|sparrow|and bull)\b|\bweather "
    r"?cock\b|"
    r"\bcocked (?:his|her|an?|the|its) (?:head|ear|eyebrow|gun|pistol|hat|rifle)\b|\bhalf-cocked\b",
    r"\bshag (?:carpet|carpets|rug|pile)\b|\bcum laude\b",
    r"\bsocial intercourse\b|\bintercourse (?:was |were )?(?:confined to|with (?:the|society)|of "
    r"(?:letters|society))\b|\b(?:sex|sexing) (?:the|a) (?:day-old )?(?:chicks?|birds?|fish|"
    r"eggs)\b",
    r"\bnaked (?:eye|ambition|truth|flame|flames|bulb|light|greed|aggression|fear|hostility|"
    r"steel)\b|\bbare (?:logic|minimum|bones|essentials|facts|walls|floor|branches|licks)\b",
    r"\bbreast pocket\b|\b(?:fuck|screw) (?:you|this|that|them|off|it)\b",
    r"\b(?:paper|exam|test|question|weather|wind|rain|game|heat|landlord|boss|customer)s? "
    r"(?:\w+ )?(?:abused|abuses|bullied|bullies|bullying|gaslighting|gaslit)\b",
    r"\bgaslight(?:ing|ed|s)? (?:me|us|you|him|her) about (?:the|a|my|his|her|our)\b",
    r"\bbully(?:ing)? the (?:fire|dinghy|boat|engine|dough|ball|goose|geese)\b",
    r"\bcontrolling (?:interest|stake|share|shareholder|mind|idea)\b",
    r"\bgrave (?:mistake|error|danger|concern|concerns|voice|face|look|expression|tone|doubts?|"
    r"matter|news|situation|risk|consequences|offence|offense|insult|manner|courtesy|nod)\b|"
    r"\b(?:looked|sounded|seemed|very|most|so|more) grave\b|\bgravely\b",
    r"\bshelling (?:peas|beans|nuts|prawns)\b",
    r"\bacid (?:rain|reflux|test|tongue|wit|attack|burns?|bath|jazz|house|green|yellow|drops?)"
    r"\b|\b(?:citric|sulphuric|sulfuric|hydrochloric|battery|stomach|amino|lactic|nitric|"
    r"carbolic|prussic) acid\b",
    r"\b(?:knee|hip|elbow|shoulder|finger|ankle|wrist|jaw) joints?\b|\bjoints? (?:in|of) "
    r"(?:her|his|my|your|the) (?:knees?|hips?|elbows?|shoulders?|fingers?|ankles?|wrists?|legs?|"
    r"arms?|jaw)\b|\bjoint (?:account|venture|effort|custody|statement|pain|pains|of (?:beef|"
    r"lamb|pork|mutton|meat|ham))\b|\b(?:roast|sunday) joint\b",
    r"\bpipe (?:organ|band|dream|cleaner)\b",
    r"\b(?:needle|needles) and thread\b|\bneedlework\b|\bknitting\b",
    # language
    r"\bhell(?:'s)? (?:of a|for leather)\b",
    r"\bholy cow\b|\bcash cow\b|\bcow(?:s)? (?:in|on|at) the\b",
]

_GLUE = frozenset(
    "the her him his and for you them with from out off its into that this are was were "
    "had has not".split()
)


def _exceptions_by_word() -> dict[str, re.Pattern[str]]:
    """Each cue word with only the exceptions that can hold it (those whose pattern names
    the word or its stem), so a sentence is searched for a handful of patterns, not all."""
    stems: list[tuple[set[str], str]] = []
    for source in _EXCEPTIONS:
        words = set(re.findall(r"[a-z][a-z-]{2,}", re.sub(r"\\[a-zA-Z]", " ", source)))
        stems.append((words - _GLUE, source))
    table: dict[str, re.Pattern[str]] = {}
    for word in CUES:
        mine = [src for words, src in stems if any(word.startswith(w) for w in words)]
        if mine:
            table[word] = re.compile("|".join(mine), re.IGNORECASE)
    return table


EXCEPT_BY_WORD = _exceptions_by_word()

# Words that, inside the clause before a cue, deny it ("he did not kill her").
NEGATORS = frozenset(
    [
        "not",
        "never",
        "no",
        "nobody",
        "nothing",
        "none",
        "neither",
        "nor",
        "without",
        "didn't",
        "don't",
        "doesn't",
        "isn't",
        "wasn't",
        "weren't",
        "won't",
        "wouldn't",
        "couldn't",
        "can't",
        "cannot",
        "hadn't",
        "hasn't",
        "haven't",
        "shouldn't",
        "mustn't",
        "aren't",
        "ain't",
        "n't",
        # as messages are typed
        "dont",
        "didnt",
        "doesnt",
        "isnt",
        "wasnt",
        "werent",
        "wouldnt",
        "couldnt",
        "cant",
        "hadnt",
        "havent",
        "shouldnt",
    ]
)
# "no one": two words; checked as a phrase.
# Words that make the rest of their clause unreal ("if he had fired", "would have died").
HYPOTHETICAL = frozenset(
    [
        "if",
        "unless",
        "would",
        "could",
        "might",
        "should",
        "may",
        "will",
        "shall",
        "imagine",
        "imagined",
        "imagines",
        "imagining",
        "suppose",
        "supposing",
        "perhaps",
        "whether",
        "wonder",
        "wondered",
        "wonders",
        "feared",
        "fears",
        "insisted",
        "claimed",
        "pretended",
        "pretend",
        "dreamed",
        "dreamt",
        "predicted",
        "want",
        "wanted",
        "wants",
        "wish",
        "wished",
    ]
)
# Words that end a clause for negation and hypotheticals.
CLAUSE_BREAKS = frozenset(
    [
        "but",
        "and",
        "then",
        "so",
        "yet",
        "when",
        "while",
        "after",
        "before",
        "because",
        "until",
        "instead",
    ]
)

# Words that make sexual content explicit rather than implied (the step from Mature to
# Explicit on AO3's scale).
EXPLICIT = frozenset(
    [
        "cock",
        "cocks",
        "cunt",
        "clit",
        "clitoris",
        "orgasm",
        "orgasms",
        "climaxed",
        "erection",
        "semen",
        "cum",
        "penetrated",
        "penetration",
        "fucked",
        "fucking",
        "fuck",
        "fucks",
        "nipples",
        "nipple",
        "thrusting",
        "thrust",
        "thrusts",
        "wetness",
        "dick",
        "pussy",
        "shaft",
        "lubricant",
        "condom",
        "inside",
        "entered",
        "behind",
        "stroked",
        "stroking",
        "strokes",
        "licks",
        "licked",
        "licking",
        "sucking",
        "sucked",
        "sucks",
        "comes",
        "came",
        "coming",
        "hard",
        "legs",
        "wet",
        "strap-on",
        "thighs",
        "hand",
        "mouth",
        "mounted",
        "rides",
        *("blowjob", "blowjobs", "handjob", "orgasmed", "climaxing", "boner", "hard-on"),
        *("fingering", "fingered", "cumming", "rimming", "dicks", "went", "goes", "going"),
        *("eat", "eating", "ate", "eats", "screwed", "screwing", "screw", "shagged", "shagging"),
    ]
)

# After a number, what makes it a time or a measure, not an age: "it was three in the
# morning", "was twelve o'clock", "were four miles off".
NOT_A_TIME = (
    r"(?!\s*(?:in the|at night|o'?clock|hours?|minutes?|days?|weeks?|months?|times|am\b|pm\b|"
    r"a\.m|p\.m|of|or|to|feet|foot|inches|miles|pounds|stone|drinks|glasses|shots|sheets|[:.]\d))"
)

# A death told in passing (a parent long dead, an old dog): General Audiences on AO3.
PASSING_DEATH = re.compile(
    r"\b(?:when (?:i|he|she|we|they) (?:was|were)|years? ago|long (?:dead|ago)|"
    r"(?:of|from) (?:the |a )?(?:fever|old age|consumption|illness|influenza|cancer|a cold)|"
    r"in (?:the )?(?:spring|summer|autumn|winter)|last year|old (?:dog|hound|hounds|cat|horse)|"
    r"the (?:last )?of the old|in (?:her|his) sleep)\b",
    re.IGNORECASE,
)


class _Trie(dict[str, "_Trie"]):
    """Letters to the rest of the words; the key "" marks a word's end."""


def _trie_pattern(words: list[str]) -> str:
    """An alternation shaped as a trie ("st(?:ab(?:bed|s)?|rangled)"): the regex engine
    follows one branch per letter instead of trying every word in turn."""
    trie = _Trie()
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, _Trie())
        node[""] = _Trie()

    def build(node: _Trie) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


# Words that are a cue only with their `needs` or `after` pattern ("all" in "end it all"):
# checked on the chapter's text straight away, before any sentence is split.
CONDITIONAL: dict[str, tuple[Cue, ...]] = {
    word: cues
    for word, cues in CUES.items()
    if all(c.needs is not None or c.after is not None for c in cues)
}


# Every cue word as a whole word (a possessive "'s" allowed after it), in one pattern.
CUE_WORDS = re.compile(r"(?<![a-z-])(" + _trie_pattern(sorted(CUES)) + r")(?:['’]s)?(?![a-z'’-])")
