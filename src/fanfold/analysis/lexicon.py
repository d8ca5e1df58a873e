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
and a note is suggested from 0.5 (in a long text, from one paragraph at 0.85 or two at
0.5: see `notes.decide`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from importlib import import_module
from typing import Any

# The parser behind `re` (its parsed form of a pattern: what `needed_strings` reads).
_parser: Any = import_module("re._parser")
_c: Any = import_module("re._constants")


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
    # A second pattern that must also be found near the word, before or after `needs`
    # ("a parent or a child" with "left alone for days").
    near: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class Near:
    """`pattern` with `context` somewhere in the same window, before it, after it or
    inside it ("my mother's hand"). Two searches: one pattern saying "context.*pattern or
    pattern with context ahead" costs the square of the window at every cue word."""

    context: str
    pattern: str

    def __add__(self, more: str) -> Near:
        return Near(self.context, self.pattern + more)


# Pronoun / person objects: "shot him", "hit the boy", "stabbed Harker".
PERSON = (
    r"(?:him|her|them|me|you|us|it|himself|herself|themselves|myself|yourself|"
    r"his|the (?:man|woman|boy|girl|child|guard|soldier|thief|fellow|stranger|attendant|"
    r"constable|footman|coachman|beast|creature|count|vampire|intruder)|[A-Z][a-z]+)"
)

_CUES: dict[str, list[Cue]] = {}


def lowered(source: str) -> re.Pattern[str]:
    """`source` compiled for lower-cased text: `needs`, `near` and exception patterns are
    only ever searched in `text.lower()`. Written as if case did not matter ("[A-Z]",
    "I"), they are lower-cased here rather than compiled with IGNORECASE, which makes
    Python's `re` try every case of every letter and costs a fifth of the engine's time
    on a long work (docs/benchmarks.md). Escapes (\\b, \\S, \\w) keep their case."""
    source = source.replace("A-Z", "a-z")
    return re.compile(re.sub(r"(?<!\\)[A-Z]", lambda m: m.group().lower(), source))


def _add(
    label: str,
    weight: float,
    words: str,
    needs: str | Near | None = None,
    after: str | None = None,
    **kw: bool,
) -> None:
    near = None
    if isinstance(needs, Near):
        near = lowered(needs.context)
        needs = needs.pattern
    pattern = lowered(needs) if needs else None
    # Matched against the sentence as written, so "[A-Z]" means a capital (a name).
    following = re.compile(after) if after else None
    for word in words.split():
        _CUES.setdefault(word, []).append(
            Cue(label, weight, pattern, after=following, near=near, **kw)
        )


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
    r"\b(?:child|children|baby|babies|infant|infants|toddlers?|newborns?|boy|boys|girl|girls|"
    r"son|sons|daughter|daughters|stepsons?|stepdaughters?|stepchild|stepchildren|"
    r"lad|lass|little (?:one|ones)|kid|kids|smallest|orphans?|grew up|growing up|"
    r"aged (?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-2])\b|"
    r"the age of (?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-2])\b|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-2]) years? old\b|"
    r"(?<!-)(?:[2-9]|1[0-2])-year-old|"
    r"when (?:he|she|i|you|they|we) (?:was|were) (?:small|little|young|tiny|a (?:kid|child|boy|"
    r"girl|baby|toddler))|was (?:six|"
    r"seven|eight|nine|ten|eleven|twelve|five|four)|(?<!-)(?:six|seven|eight|nine|ten|eleven|"
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
_V_NAMED = (
    "stab stabs stabbed stabbing stabbings strangle strangles strangled strangling "
    "throttled throttling bludgeoned bludgeoning beheaded beheading decapitated mauled "
    "massacre tortured torturing torture disembowelled disemboweled eviscerated murdered "
    "murdering murderer impaled impaling knifed garrotted flogged flogging horsewhipped "
    "gunned"
)
_add(
    V,
    0.9,
    _V_NAMED,
    # Not what an exam, a shift or the critics "murdered" or "mauled".
    needs=r"(?<!exam )(?<!test )(?<!shift )(?<!class )(?<!lecture )(?<!commute )(?<!workout )"
    r"(?<!meeting )(?<!interview )(?<!critics )(?<!reviewers )(?<!press )(?<!papers )"
    r"(?<!absolutely )(?<!totally )(?<!literally )\b(?:" + "|".join(_V_NAMED.split()) + r")\b"
    # ("it murdered me," she said of the exam)
    r"(?! (?:me|us)\s*(?:[,.!?;\"”]|$))",
    # Not an album mauled by critics, a budget strangled, a crumpet stabbed.
    after=r"(?! (?:(?:the|a|an|her|his|their|my|your|our|its|that|this) )?(?:\w+ )?(?:album|book|"
    r"novel|play|film|movie|revival|production|show|performance|review|reviews|budget|proposal|"
    r"plan|bill|song|debut|career|hopes|chances|exam|tune|speech|joke|accent|grammar|spreadsheet|"
    r"crumpet|toast|potato|sausage|steak|meat|salad|peas|egg|pancake|cake|food|dinner|plate|"
    r"button|buttons|keyboard|keys|air|paper|page|pillow|cushion)s?\b)",
)

# (not a side slaughtered in the final, a player beaten at chess)
_SPORT = (
    r"(?! (?:(?:in|at) (?:the )?(?:final|semi-final|semis|match|game|league|polls|election|cup|derb"
    r"y|"
    r"tournament|quiz|exam|debate|reviews|first half|second half|chess|cards|draughts|checkers|"
    r"tennis|golf|poker|scrabble|snooker|darts|football|rugby|cricket|five-a-side|ping-pong|table "
    r"tennis)|by (?:\d+|one|two|three|a (?:goal|point|length|whisker|nose|head|mile))|\d+[-–]\d+)\b"
    r")"
)

_add(
    V,
    0.6,
    "slaughtered slaughtering massacred",
    after=r"(?! (?:them|us|you) at)" + _SPORT,
    # (not what the critics or the papers slaughtered)
    needs=r"(?<!critics )(?<!reviewers )(?<!press )(?<!papers )(?<!reviews )\b(?:slaughtered|"
    r"slaughtering|massacred)\b",
)

# A blow word with nobody on the receiving end only adds to other signs: a door swung shut
# and bread torn open in the same scene are not a fight (the ordinary scenes).
_add(V, 0.2, _DIRECTED)

_add(
    V,
    0.6,
    _DIRECTED,
    # (Not "himself"/"herself": "flung himself into a chair", "kicked herself", "hit himself"
    # is self-harm's to say. Not "her" + a thing she holds: "rapped her cane on the floor".)
    after=r"(?<!nails raked)(?<!nails clawed)(?<!ngers raked)(?<!nails bit)"
    r"(?: at| into| across| down on| upon| on)? (?:(?:him|her|them|me|you|us)\b(?! (?:a|an) "
    r"(?:glance|look|letter|note|smile))(?! now\b| to the quick\b| dead with\b| up (?:at|on|in|by) "
    r"(?:the|a) (?:roundabout|lights|junction|motorway|lane|traffic|bend)\b)(?! (?:cane|stick|pen|"
    r"pencil|spoon|fork|glass|cup|mug|fan|"
    r"umbrella|gavel|ruler|fists?|knuckles|heels?|toes?|foot|feet|pointer|baton|whip) (?:on|"
    r"against|down)\b)"
    # (nor "her" as her own: "bit her lip", "threw her arms around him", "kicked her shoes off")
    r"(?! (?:own |\w+ )?(?:lip|lips|tongue|nails|fingernails|thumbnail|hair|gaze|eyes|stride|shoes|"
    r"boots|slippers|coat|jacket|cloak|scarf|hat|gloves|way|breath|bag|purse|keys|toast|apple|"
    r"sandwich|food|dinner|book|papers|pillow|heels|feet|toes)\b| (?:arms?|hands?) (?:around|"
    r"round|about|up|wide|"
    r"out|in|into|deep|through|over)\b| head (?:back|up|down|to (?:one|the) side|sideways|in "
    r"(?:her|his|their|my) hands|on (?:the|a)\b))"
    r"|(?:(?:poor|old|young|little) )?"
    r"[A-Z][a-z]+(?:'s)?\b|(?!(?:his|her|their|my|your|its) (?:head (?:back|up|down|to (?:one|the) "
    r"side|sideways|in (?:his|her|their|my) hands|on (?:the|a)\b)|arms? (?:around|round|about|up|"
    r"wide|out)\b|hands? (?:in|into|deep|through|over)\b|shoulders? (?:back|up)\b))"
    r"(?:the |his |her |their |my |your |its |a |an )(?:[a-z]+ )?"
    r"(?:[A-Z][a-z]+'s |[a-z]+'s )?(?:man|woman|boy|girl|child|guard|"
    r"soldier|thief|fellow|stranger|attendant|constable|footman|coachman|beast|creature|count|vampi"
    r"re|"
    r"intruder|jaw|face|head|throat|chest|stomach|ribs?|neck|mouth|nose|arm|shoulders?|"
    r"knuckles|ears?|cheek|back|belly|side|skull|leg|thigh|baby|infant|lad|wife|husband|son|"
    r"daughter|sister|brother|mother|father|servant|maid|slave|prisoner|officer|lion)\b)",
)

_add(
    V,
    0.6,
    "struck beaten kicked punched slapped shoved stabbed shot whipped flogged hit "
    "attacked wounded thrown beat caned",
    after=_SPORT,
    needs=r"\b(?:was|were|been|being|got|get|gets) "
    r"(?:\w+ )?(?:struck|beaten|kicked|punched|slapped|shoved|stabbed|shot|whipped|flogged|"
    r"hit|attacked|wounded|thrown|beat|caned)\b",
)

_add(
    V,
    0.6,
    "fought brawl brawling scuffle scuffled grapple grappled grappling wrestled wrestles "
    "injured injuries wounds bleeding duel",
    # (not quarrelling: "fought like an old married couple", "fought over every stapler")
    after=r"(?! like (?:an? )?(?:old )?(?:married couple|cat and dog|cats and dogs|siblings|brother"
    r"s|"
    r"sisters|an old couple)| (?:about|over) (?:every|money|the (?:bill|bills|remote|washing|dishes"
    r"|"
    r"chores|rota|seating|will|inheritance)))",
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
    "gunshot gunshots gunfire ambushed assaulting mugged",
)

# A beating at chess or in the second half is a defeat, not a blow; a heart, a pulse, wings,
# rain or a drum beating is no blow at all.
_add(
    V,
    0.9,
    "beating beatings",
    after=r"(?! (?:at|in) (?:chess|cards|draughts|checkers|tennis|golf|poker|backgammon|scrabble|"
    r"bridge|billiards|snooker|darts|football|cricket|rugby|the (?:polls|press|market|reviews|"
    r"first half|second half|final|semi-final|semis|match|game|league|election|ratings|box office))"
    r")",
)

_add(
    V,
    0.6,
    "punches kicks shoves attacker attackers assailant wounds bleeding bloodied",
    after=r"(?! (?:the|a|an) (?:news|silence|spell|record|"
    r"bank|ice|rules?|habit|fast|bread|seal|code|tie|deal|bad news|good news)\b)",
)

# A wound of the body, not words "designed to wound" or a man who "looked wounded"; a slap,
# not a playlist that "slaps".
_add(
    V,
    0.6,
    "wound wounded",
    needs=r"(?<!to )(?<!looked )(?<!look )(?<!looks )(?<!looking )(?<!sounded )(?<!feel )(?<!felt )"
    r"(?<!least )(?<!little )(?<!slightly )(?<!faintly )(?<!deeply )(?<!most )(?<!lay )(?<!pride )"
    r"(?<!feelings )(?<!vanity )(?<!one )(?<!old )(?<!fists )(?<!fingers )(?<!hands )"
    r"(?<!arms )(?<!hair )(?<!ribbons )(?<!ribbon )(?<!vines )(?<!ivy )(?<!rope )(?<!chain )"
    r"(?:(?<!was )(?<!were )(?<!been )(?<!is )(?<!are )(?=wound\b)|(?=wounded\b))"
    r"\bwound(?:ed)?\b(?! (?:pride|vanity|feelings|"
    r"look|expression|tone|air|dignity|ego|heart|silence)\b)",
    after=r"(?! (?:the|a|an) (?:news|silence|spell|record|bank|ice|rules?|habit|fast|bread|seal|cod"
    r"e|"
    r"tie|deal|bad news|good news)\b)",
)

# Bruised on a body, not a bruised sky, bruised apples or bruised pride.
_add(
    V,
    0.6,
    "bruised",
    after=r"(?! (?:purple|blue|black|yellow|green|grey|gray|violet|plum|colou?r|sky|clouds?|"
    r"light|fruit|apples?|pears?|peaches|plums|bananas?|petals?|leaves|herbs|mint|basil|garlic|"
    r"ginger|ego|pride|feelings|heart|dignity|reed|and split)\b)",
)

_add(V, 0.6, "slaps", after=r"(?!\s*[.!?,;]|\s*$| so hard\b| hard\b)")

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
    "jabbed slugged cracked headbutted elbowed tackled clobbered smashed lamped chinned nutted "
    "brained twatted kneecapped",
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
    # (not a penalty shoot-out)
    needs=r"(?<!penalty )\b(?:shoot-?outs?|gunfights?|firefights?|fist-?fights?|knife-fight)\b",
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
    after=r" (?:\w+ )?(?:[a-z]+-)?(?:fingers?|arm|wrist|leg|collarbone|cheekbone|kneecap|jaw|shin)"
    r"\b",
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

_add(V, 0.25, "crowbar bayonet machete cleaver")

# A club or a bat as a weapon, not a gentlemen's club or a cricket bat.
_add(
    V,
    0.25,
    "club clubs bat bats",
    needs=r"\b(?:with|swung|swinging|swings|raised|wielding|brandishing|grabbed|hefted) (?:a|the|"
    r"his|her|their|my) (?:\w+ )?(?:club|bat)s?\b|\bbaseball bats?\b|\b(?:club|bat)s? (?:came down|"
    r"connected|struck|hit|cracked)\b",
)

_add(
    V,
    0.6,
    "shot bullet blast",
    needs=r"\bthe (?:(?:first|second|third|next|last|one|other) )?(?:shot|bullet|blast) (?:took|"
    r"tore|blew|caught|hit|struck|ripped)\b",
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
    needs=r"\b(?:grabbed|seized|caught|took|had) (?:him|her|them|me|you|[A-Z][a-z]+|the (?:old |"
    r"young )?(?:man|woman|boy|girl|ferryman|guard|servant|clerk|boatman|sailor|soldier|"
    r"stranger|thief|driver|porter|landlord|priest|messenger|prisoner)) by the "
    r"(?:throat|collar|neck|scruff)\b|\bhands? (?:around|round|about) (?:his|her|my|your|"
    r"their|\w+'s) (?:throat|neck)\b",
)

_add(V, 0.6, "grabbed seized", after=r" (?:him|her|them|me|you|[A-Z][a-z]+) by the hair\b")

_add(
    V,
    0.6,
    "knife gun blade pistol revolver",
    needs=r"\b(?:knife|gun|blade|pistol|revolver) (?:to|against|at) (?:his|her|my|your|their|"
    r"the \w+'s|\w+'s) (?:throat|head|neck|temple|back|ribs|chest|cheek|face|belly)\b",
)

_add(
    V,
    0.6,
    "fired",
    after=r" (?:at|on|into|again|twice|three times|a shot|two shots|wildly|first|back|blindly|"
    r"point-blank|once)\b",
)

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
    r"the) throats?\b|\bthroats? (?:slit|cut|slashed|torn out|ripped out)\b|\b(?:slit|slashed|cut|"
    r"torn|gashed) throats?\b",
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
    "smashed broke broken",
    after=r" (?:a|the) (?:[\w-]+ )?(?:bottle|chair|glass|plate|vase|pan|stool|bowl|mixing-bowl|jug|"
    r"tankard) (?:over|across|on) (?:(?:his|her|my|your|their|(?:\w+ ){0,2}\w+'s) (?:head|back|"
    r"skull)\b|(?:him|her|them|me|the (?:\w+ ){1,3}(?:who|that|when|as)|[A-Z][a-z]+)\b)",
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
    after=r" (?:her|him|me|them|the \w+)(?: [\w'’]+){0,4} by (?:her|his|my|their|the) (?:wrist|wris"
    r"ts|"
    r"arm|arms|hair|collar|throat|neck|hood|ear|scruff)\b",
)

_add(
    V,
    0.6,
    "fingers hand hands fist",
    after=r" (?:(?:closed |tightened |clamped )?(?:round|around)|(?:closed|tightened|clamped) "
    r"(?:on|about)) (?:the back of )?(?:her|his|my|their) "
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

# Violence: beasts and monsters attacking (teeth, claws, horns on a person).
_add(V, 0.6, "gored savaged")

_add(
    V,
    0.6,
    "teeth fangs talons claws jaws tusks horns",
    needs=r"\b(?:sank|sinks|sunk|buried|drove|dug|raked|closed|clamped|snapped|locked) (?:its|his|"
    r"her|their) (?:teeth|fangs|talons|claws|jaws|tusks|horns) (?:\w+ )?(?:into|in|on|through|"
    r"across|round|around) (?:his|her|their|my|your|the \w+'s|[a-z]+'s) (?:\w+ )?(?:arms?|legs?|"
    r"hands?|shoulders?|neck|throat|calf|calves|thighs?|face|side|back|flesh|ankles?|wrists?|chest|"
    r"belly|hips?|foot|feet|fingers?|cheek|scalp|skull|ribs|gut|stomach)\b|\b(?:jaws|teeth|fangs|"
    r"talons|claws) (?:closed|clamped|sank|locked|tore|ripped|met) (?:\w+ )?(?:on|in|into|around|"
    r"round|through) (?:his|her|their|my|the \w+'s|[a-z]+'s) (?:\w+ )?(?:arms?|legs?|hands?|"
    r"shoulders?|neck|throat|calf|calves|thighs?|face|side|back|flesh|ankles?|wrists?|chest|belly|"
    r"hips?|foot|feet|fingers?|cheek|scalp|skull|ribs|gut|stomach)\b",
)

_add(
    V,
    0.6,
    "trampled clawed raked tramples claws rakes raking clawing",
    # (not nails down a lover's back)
    after=r"(?<!nails raked)(?<!nails rakes)(?<!nails clawed)(?<!nails claws)(?<!ngers raked)"
    r"(?<!ngers clawed) (?:at )?(?:him|her|them|me|you|the (?:man|woman|boy|girl|keeper|rider|child"
    r"|guard|"
    r"soldier)|[A-Z][a-z]+|(?:his|her|my|their|your) (?:face|chest|back|belly|throat|arm|legs?|"
    r"coat))\b",
)

# Violence: blows landed, told by what they landed with or where.
_add(
    V,
    0.6,
    "caught catches catching",
    after=r" (?:(?:him|her|them|me|you|[A-Z][a-z]+|the \w+) )?(?:a|one|the) (?:\w+ )?(?:baton|"
    r"truncheon|blow|punch|fist|boot|kick|elbow|headbutt|bottle|brick|stone|rock|club|rifle-butt|"
    r"backhander|haymaker|right hook|left hook|uppercut)\b",
)

_add(
    V,
    0.45,
    "caught",
    after=r" (?:him|her|them|me|you|[A-Z][a-z]+|the \w+) (?:\w+ )?(?:across|on|in) the (?:face|jaw|"
    r"mouth|nose|temple|side of the head|ribs|throat|kneecap|groin)\b(?! with (?:a|her|his) "
    r"(?:kiss|smile|look|glance|snowball|pillow|cushion|ball|water|splash|spray|hose|torch|"
    r"light|wet|sponge|flannel))",
)

_add(
    V,
    0.6,
    "caught",
    after=r" (?:him|her|them|me|you|[A-Z][a-z]+|the \w+) (?:\w+ )?(?:across|on|in) the (?:face|jaw|"
    r"mouth|nose|temple|side of the head|ribs|throat|kneecap|groin) with (?:a|an|the|his|her|"
    r"their|my) (?!(?:kiss|smile|look|glance|grin|wink|torch|light|beam|flash|snowball|pillow|"
    r"cushion|ball|water|splash|spray|hose|wet|sponge|flannel|tennis|football|frisbee)\b)",
)

_add(
    V,
    0.6,
    "dealt",
    after=r" (?:him|her|them|me|the \w+|[A-Z][a-z]+)(?: [\w'’]+)? (?:a|an|the) (?:\w+ )?(?:slap|blo"
    r"w|"
    r"blows|kick|punch|cuff|clout|backhander|buffet|thrashing)\b",
)

_add(
    V,
    0.6,
    "knee elbow fist boot heel forehead rim butt",
    after=r"(?: [\w'’]+){0,4} (?:into|in|up into|against|under|up under) (?:his|her|their|my|your|t"
    r"he "
    r"\w+'s|"
    r"[a-z]+'s|[A-Z][a-z]+'s) (?:ribs|gut|belly|stomach|face|groin|chest|back|throat|nose|jaw|side|"
    r"kidneys|chin|spine|head|mouth|temple)\b",
    needs=r"\b(?:drove|drives|rammed|rams|slammed|slams|sank|sinks|buried|jammed|smashed|brought|"
    r"jerked|jabbed|snapped) (?:\w+ ){0,4}(?:knee|elbow|fist|boot|heel|forehead|rim|butt)(?: [\w'’]"
    r"+){0"
    r",4} "
    r"(?:into|in|up into|against|under|up under) (?:his|her|their|my|your|the \w+'s|[a-z]+'s|[A-Z]["
    r"a-z]+'s) (?:ribs|gut|"
    r"belly|stomach|face|groin|chest|back|throat|nose|jaw|side|kidneys|chin|spine|head|mouth|"
    r"temple)\b",
)

_add(
    V,
    0.6,
    "stamped stamping stomped stomping",
    after=r" (?:down )?on (?:his|her|their|my|your|[a-z]+'s|[A-Z][a-z]+'s) (?:head|face|hands?|"
    r"fingers|chest|ribs|legs?|ankles?|knees?|shins?|neck|throat|stomach|back|skull|instep|foot|"
    r"feet|toes)\b",
)

# Violence: shootings, told by the gun or the shot's aim.
_add(
    V,
    0.9,
    "emptied",
    after=r" (?:the|his|her|a|my|their|both) (?:\w+ )?(?:revolver|gun|pistol|rifle|clip|magazine|"
    r"shotgun|chamber|barrels?|weapon) into\b",
)

_add(
    V,
    0.6,
    "mark",
    after=r"(?:(?<=found its mark)|(?<=found their mark))",
    needs=r"\b(?:ball|bullet|shot|arrow|bolt|spear|blade|dart|knife) (?:\w+ )?found (?:its|their) "
    r"mark\b",
)

# Violence: weapons and shards going into a body.
_add(
    V,
    0.6,
    "went sank slid tore punched ripped passed driven",
    after=r" (?:clean |right |straight |deep )?(?:into|through) (?:his|her|their|my|your|the "
    r"\w+'s|[a-z]+'s|[A-Z][a-z]+'s) (?:neck|throat|chest|belly|gut|side|back|eye|face|heart|ribs|"
    r"stomach|thigh|shoulder|skull|head|body|spine|abdomen)\b",
    needs=r"\b(?:knife|blade|glass|shard|bottle|bullet|arrow|spear|bolt|stake|sword|dagger|"
    r"bayonet|harpoon|pike|lance|axe|point|shaft|spike|nail)s?\b",
)

_add(
    V,
    0.6,
    "hole holes",
    after=r" (?:in|under|through) (?:his|her|their|my|your|[a-z]+'s|[A-Z][a-z]+'s) (?:chest|ribs|"
    r"side|belly|stomach|gut|head|skull|back|throat|neck|shoulder|thigh)\b",
)

_add(
    V,
    0.6,
    "sunk sank driven drove plunged",
    after=r" (?:\w+ )?to the hilt\b",
    needs=r"\b(?:knife|blade|sword|dagger|bayonet|dirk|stiletto|kukri|spear|stake)\b",
)

# Violence: attacks told by who came at whom, and with what.
_add(
    V,
    0.9,
    "came comes coming went",
    after=r" (?:at|for) (?:him|her|me|them|us|you|[A-Z][a-z]+)(?: [\w'’]+){0,3} with (?:a|the|his|"
    r"her|their|its) (?:\w+ )?(?:knife|bottle|axe|hammer|bat|poker|razor|machete|broken glass|club|"
    r"pipe|crowbar|spear|sword|kettle|iron|brick|chair|blade|dagger|cleaver|scissors|shovel|"
    r"spade|wrench|mace|flail|cudgel|stick|belt|whip|fists?)\b",
)

_add(
    V,
    0.6,
    "pitched hurled flung threw shoved pushed tipped",
    after=r" (?:him|her|them|me|the \w+|[A-Z][a-z]+) (?:off|over|from|down|into) (?:a|the) "
    r"(?:bridge|cliff|stairs|staircase|roof|balcony|rail|railings?|parapet|ledge|battlements|"
    r"window|well|river|brook|canal|sea|harbour)\b",
)

# Violence: strangling told by the marks on the throat; a limb broken by another.
_add(
    V,
    0.6,
    "bruises marks prints",
    after=r" of (?:[\w'’]+ ){0,2}(?:fingers|hand|hands|grip|thumbs)\b",
)

_add(
    V,
    0.6,
    "bruises bruising finger-marks fingermarks",
    after=r" (?:on|round|around|at) (?:his|her|their|the) (?:throat|neck|windpipe)\b",
)

_add(
    V,
    0.6,
    "broke broken snapped",
    after=r" (?:her|his) (?:\w+ )?(?:arm|wrist|jaw|nose|ribs?|fingers?|leg|collarbone|cheekbone)\b",
    needs=r"\bhe (?:\w+ )?(?:broke|broken|snapped) her (?:\w+ )?(?:arm|wrist|jaw|nose|ribs?|"
    r"fingers?|leg|collarbone|cheekbone)\b|\bshe (?:\w+ )?(?:broke|broken|snapped) his (?:\w+ )?"
    r"(?:arm|wrist|jaw|nose|ribs?|fingers?|leg|collarbone|cheekbone)\b",
)

_add(
    V,
    0.6,
    "wrist arm nose jaw leg legs finger fingers ribs kneecap kneecaps skull teeth",
    after=r" (?:snapped|broken|smashed|busted|broke)\b",
    needs=r"\b(?:got|had) (?:his|her|my|their|your) (?:wrist|arm|nose|jaw|legs?|fingers?|ribs|"
    r"kneecaps?|skull|teeth) (?:snapped|broken|smashed|busted|broke)\b",
)

_add(
    V,
    0.6,
    "hanged strung",
    after=r"(?: up)? (?:him|her|them|the [\w ]{1,20}?|[A-Z][a-z]+)(?: up)? from (?:a|the) (?:\w+ )?"
    r"(?:tree|"
    r"oak|elm|cottonwood|branch|bough|beam|bridge|gallows|rafters|lamp-?post|signpost)\b",
)

_add(
    V,
    0.45,
    "fist",
    after=r" (?:through|into) (?:the|a) (?:wall|door|wardrobe|window|mirror|plaster|panel)\b",
)

_add(
    V,
    0.6,
    "skull skulls",
    after=r" (?:was |were |had been )?(?:dented|caved|stove|smashed|crushed|bashed|beaten|kicked|"
    r"stamped) in\b| in\b",
    needs=r"\bskulls? (?:was |were |had been )?(?:dented|caved|stove|smashed|crushed|bashed|beaten|"
    r"kicked|stamped) in\b|\b(?:caved|stove|smashed|bashed|kicked) (?:\w+ ){0,2}skull in\b",
)

_add(V, 0.45, "mace maces flail flails cudgels")

# Violence: slang for a glass or bottle in the face; police and prison brutality.
_add(
    V,
    0.9,
    "glassed",
    after=r" (?:him|her|them|me|you|the \w+|some \w+|[A-Za-z][a-z]+)\b(?<! in)(?<! over)",
)

# Violence: a face beaten past knowing, eyes swollen shut.
_add(
    V,
    0.6,
    "recognition recognising recognizing",
    needs=r"\b(?:beaten|swollen|battered|smashed|bruised|disfigured) (?:\w+ )?(?:past|beyond) "
    r"(?:all )?recogni(?:tion|sing|zing)\b",
)

_add(
    V,
    0.45,
    "shut",
    after=r"(?:(?<=swollen shut)|(?<=sealed shut))(?!.{0,30}\b(?:allerg|sting|bee|wasp|crying|tears"
    r"|"
    r"infection|conjunctivitis|hay fever))",
    needs=r"\beyes? (?:\w+ ){0,2}(?:swollen|sealed) shut\b",
)

_add(V, 0.6, "bottled", after=r" (?:him|her|them|me|the \w+|[A-Z][a-z]+)\b(?! (?:it|up|out)\b)")

_add(
    V,
    0.6,
    "knelt kneeling kneels",
    after=r" on (?:his|her|their|my|the \w+'s|[a-z]+'s|[A-Z][a-z]+'s) (?:neck|throat|windpipe|head)"
    r"\b",
)

_add(
    V,
    0.45,
    "knelt kneeling kneels",
    after=r" on (?:his|her|their|my|the \w+'s|[a-z]+'s|[A-Z][a-z]+'s) (?:back|chest|arms)\b",
)

_add(
    V,
    0.6,
    "knelt kneeling kneels",
    after=r" on (?:his|her|their|my|the \w+'s|[a-z]+'s|[A-Z][a-z]+'s) (?:back|chest|arms)\b",
    needs=r"\b(?:officers?|cops?|police|policeman|policemen|guards?|warders?|screws|constables?|"
    r"sergeant|soldiers?|bouncers?|resisting|cuffs|handcuffs|arrest)\b",
)

# Violence: the counted blow, the clip round the ear, the punch thrown.
_add(
    V,
    0.6,
    "cuffed clipped smacked slapped clouted boxed belted whacked thumped",
    after=r" (?:\w+ ){1,2}(?:round|around|across|about|over|on) the (?:back of the )?(?:head|ear|ea"
    r"rs|"
    r"face|jaw|chops|skull|neck)\b",
)

_add(
    V,
    0.6,
    "punch blow kick knee elbow headbutt",
    after=r" (?:to|into) the (?:point of the )?(?:jaw|chin|face|gut|stomach|ribs|nose|head|temple|"
    r"groin|kidneys|solar plexus|throat|mouth|side of (?:his|her|the) head)\b",
)

_add(V, 0.45, "haymaker haymakers")

# (a boxer's words: a right to the jaw is as often a bout as a brawl)
_add(
    V,
    0.45,
    "right left hook uppercut jab",
    after=r" (?:to|into) the (?:point of the )?(?:jaw|chin|face|gut|stomach|ribs|nose|head|temple|"
    r"groin|kidneys|solar plexus|throat|mouth|side of (?:his|her|the) head)\b",
)

_add(
    V,
    0.6,
    "punch punches",
    needs=r"\b(?:the first|threw a|throws a|throw a|thrown a|threw the first|swung a|swings a|"
    r"swinging a|landed a|lands a|aimed a) punch",
)

_add(
    V,
    0.6,
    "twice",
    after=r"(?:(?<=once, twice)|(?<=once twice)|(?<=once and twice)|(?<=once, and twice))",
    needs=r"\b(?:struck|hit|stabbed|kicked|punched|slapped|shot|fired|swung|stamped|stamp|stab|"
    r"smashed|brought (?:it|the \w+) down)\b.{0,40}\bonce,? (?:and )?twice\b",
)

_add(
    V,
    0.6,
    "enough",
    after=r" to (?:break (?:a|his|her|the|my|their) (?:\w+ )?(?:bone|nose|jaw|rib|ribs|"
    r"tooth|teeth|wrist|arm|finger)|crack (?:a|his|her|the|my) (?:rib|tooth|skull|head)|split "
    r"(?:his|her|my|the) (?:lip|skin|brow)|loosen (?:a|his|her|my) (?:tooth|teeth)|"
    r"rattle (?:his|her|my|their) teeth|leave welts)\b",
    needs=r"\bhard enough\b",
)

# (a kiss or a grip "hard enough to bruise" is as often a love scene: only company makes it a blow)
_add(
    V,
    0.2,
    "enough",
    after=r" to (?:bruise|draw blood|leave (?:a |his |her )?(?:mark|marks|bruise|bruises))\b",
    needs=r"\bhard enough\b",
)

_add(
    V,
    0.6,
    "threw hurled flung chucked lobbed",
    after=r" (?:a|an|the|his|her|my) (?:(?!(?:ball|frisbee|glance|glances|look|looks|smile|wink|kis"
    r"s|"
    r"kisses|grin|pillow|cushion|snowball|sweet|sweets|party|tantrum|fit|bouquet|coin|stick|"
    r"question|questions|remark|compliment|word|words|wave|salute|line|lifeline|bone)\b)\w+ ){1,4}"
    r"(?:at (?:him|her|me|"
    r"them|us|you|[A-Z][a-z]+)|in (?:his|her|my|their|your) direction)\b",
)

_add(
    V,
    0.6,
    "flung hurled thrown slammed smashed",
    after=r" (?:\w+ )?(?:against|into|across|through) (?:the|a) (?:wall|door|floor|table|window|"
    r"ground|wardrobe|dresser|railings?|lockers?|bars)\b",
    needs=r"\b(?:was|were|got|been|being) (?:\w+,? (?:and )?)?(?:flung|hurled|thrown|slammed|"
    r"smashed) (?:\w+ )?(?:against|into|across|through) (?:the|a) (?:wall|door|floor|table|window|"
    r"ground|wardrobe|dresser|railings?|lockers?|bars)\b",
)

_add(
    V,
    0.6,
    "itself",
    after=r"(?:(?<=flung itself)|(?<=threw itself)|(?<=hurled itself)|(?<=launched itself)) (?:at|o"
    r"n|"
    r"upon) ",
    needs=r"\b(?:flung|threw|hurled|launched) itself (?:at|on|upon) (?:him|her|me|them|us|you|the "
    r"(?:man|woman|boy|girl|child|guard|keeper|hunter|soldier|rider|shepherd|traveller|stranger))\b"
    r"",
)

_add(V, 0.45, "snapping", after=r"(?:(?<=jaws snapping)|(?<=teeth snapping)|(?<=fangs snapping))")

_add(
    V,
    0.6,
    "bloody-nosed bloody-faced",
)

_add(V, 0.6, "bloody bloodied busted broken", after=r" nose\b")

_add(
    V,
    0.45,
    "cut gash",
    after=r" (?:over|above|under|below|across) (?:his|her|their|my|one) (?:eye|eyebrow|brow|cheekbo"
    r"ne)\b",
)

_add(
    V,
    0.45,
    "bricks bottles stones rocks missiles cobbles",
    after=r" (?:and (?:bottles|bricks|stones|rocks) )?(?:flew|rained|came over|came flying|were "
    r"thrown|were hurled|hit|struck|smashed)\b",
)

_add(
    V,
    0.45,
    "fight brawl scrap",
    after=r" (?:outside|behind|in the car park of|at the back of) (?:the|a) (?:pub|club|bar|chippy|"
    r"chip shop|offie|kebab shop|[A-Z][a-z]+)\b",
)

# Violence: a beating in slang ("gave him a kicking", "did him over", "kicked his head in").
_add(
    V,
    0.9,
    "kicking pasting going-over hiding leathering battering",
    needs=r"\b(?:gave|give|gives|giving|got|get|gets|getting|took|given) (?:him|her|them|me|you|us|"
    r"the (?:[\w'’]+ ){0,2}[\w'’]+|[a-z]+)? ?(?:a )?(?:good |proper |right |real |bad |savage |brut"
    r"al )?"
    r"(?:kicking|doing|pasting|going-over|going over|leathering|battering)\b"
    r"(?! (?:(?:in|at) (?:the )?(?:five-a-side|football|rugby|match|game|final|derby|league|cup|"
    r"polls|election|quiz|debate)|,? \d+[-–]\d+))",
)

_add(
    V,
    0.9,
    "did done",
    after=r" (?:him|her|them|me|us|[A-Z][a-z]+) over\b(?! (?:the|a|again|and again|breakfast|"
    r"coffee|tea|lunch|dinner)\b)",
    needs=r"\b(?:beat|beaten|kick|kicked|kicking|hospital|a&e|bruises?|blood|bleeding|stitches|"
    r"lads|gang|mob|three of them|four of them|jumped|cops|police|nose|ribs|face)\b",
)

_add(V, 0.9, "got", after=r" done over\b")

_add(
    V,
    0.9,
    "kicked stamped smashed bashed caved kick kicks kicking stamp stamps",
    after=r" (?:his|her|their|my|your|\w+'s) (?:head|face|skull|teeth) in\b",
)

_add(
    V,
    0.6,
    "sparked laid knocked",
    after=r" (?:him|her|them|me|[A-Z][a-z]+|the \w+) (?:out cold|spark out|clean out|out with one "
    r"(?:punch|blow|hit)|flat with (?:one|a) (?:punch|blow|hit|right|left))\b",
)

_add(V, 0.6, "boot", after=r"(?<=the boot) in\b", needs=r"\bput(?:ting|s)? the boot in\b")

_add(
    V,
    0.6,
    "worked",
    after=r" (?:him|her|them|me) over\b",
    needs=r"\b(?:fists?|boots?|kicked|punched|blood|bruised|cops|guards|police|lads|heavies|thugs|"
    r"goons|pipe|cosh|truncheons?|batons?)\b",
)

_add(
    V,
    0.6,
    "set",
    after=r" about (?:him|her|them|me|[A-Z][a-z]+|the \w+) with (?:a|an|the|his|her|their) \w+",
)

_add(
    V,
    0.6,
    "stuck",
    after=r" (?:him|her|them|[A-Z][a-z]+|the \w+) (?:with (?:a|the|his|her) (?:knife|blade|shiv|"
    r"bayonet|spear|pitchfork|screwdriver)|in the (?:gut|belly|ribs|side|back|neck|throat))\b",
)

_add(V, 0.9, "shivved shived shanked knifed", after=r" (?:him|her|them|me|[A-Z][a-z]+|the \w+)\b")

_add(V, 0.6, "carved", after=r" (?:him|her|them|me|[A-Z][a-z]+) up\b")

# Violence: torture (nails pulled, pliers used), and an arrow standing out of someone.
_add(
    V,
    0.6,
    "fingernails fingernail toenails toenail nails nail teeth",
    needs=r"\b(?:pulled|pulling|tore|torn|ripped|pried|prised|wrenched|yanked) (?:out |off )?(?:(?:"
    r"one|"
    r"two|three|four|five|several|all|some|each|another) of )?(?:his|her|their|\w+'s) (?:\w+ )?"
    r"(?:fingernails?|toenails?|nails?)\b(?: out)?"
    r"|\b(?:pliers|tongs|pincers) on (?:his|her|their|the) (?:\w+ )?(?:nails?|fingernails?|teeth|"
    r"tongue|fingers?)\b",
)

_add(
    V,
    0.6,
    "arrow arrows bolt spear shaft",
    after=r" (?:\w+ ){0,2}(?:standing|sticking|jutting|protruding|stuck) (?:out of|from|in|through)"
    r" "
    r"(?:the back of )?(?:his|her|their|the \w+'s|[A-Z][a-z]+'s) (?:neck|throat|eye|chest|back|"
    r"belly|side|face|thigh|skull|head)\b",
)

# Violence: taken by force (bundled into a boot or a van); a siege's boiling pitch; a knee in
# the back; blood on the hands that was someone else's.
_add(
    V,
    0.6,
    "bundled stuffed shoved dragged forced threw locked kept",
    after=r" (?:him|her|me|them|us|the \w+|[A-Z][a-z]+) (?:\w+ )?(?:in|into) (?:the|a) (?:back of ("
    r"?:a|the) )?"
    r"(?:boot|trunk|van|car boot)\b",
)

_add(
    V,
    0.6,
    "pitch oil water lead",
    after=r" (?:\w+ ){0,7}(?:onto|on|over|down on) (?:the (?:men|attackers|soldiers|crowd|heads)|th"
    r"em|him|"
    r"her|those)\b",
    needs=r"\b(?:boiling|molten|burning|scalding) (?:pitch|oil|water|lead)\b",
)

_add(V, 0.45, "knee", after=r" (?:in|on) (?:his|her|their|my) (?:back|neck|throat|chest|spine)\b")

_add(
    V,
    0.6,
    "blood",
    after=r" (?:wasn't|was not|isn't|is not) (?:his|hers|mine|theirs|his own|her own|my own)\b|"
    r"(?:(?<=n't his blood)|(?<=n't her blood)|(?<=n't my blood)|(?<=not his blood)|"
    r"(?<=not her blood)|(?<=not my blood))",
    negation_ok=True,
)

_add(
    V,
    0.45,
    "grabbed seized",
    after=r" (?:his|her|my|their|your|[A-Z][a-z]+'s) (?:collar|lapels|throat|hair|ponytail|scruff)"
    r"\b",
)

_add(
    V,
    0.6,
    "rode",
    after=r" (?:him|her|them|(?:down )?(?:the (?:first|last|nearest) of )?the \w+) down\b|"
    r" down (?:the (?:first|last|nearest) of )?the \w+\b(?= (?:and|with|before|who))",
)

# Violence: shots fired and weapons run through, in the words of westerns and war stories.
_add(
    V, 0.6, "shots shot gunshots", after=r" (?:rang out|were fired|was fired|cracked out|echoed)\b"
)

_add(
    V,
    0.9,
    "ran run runs running",
    after=r" (?:him|her|them|[A-Z][a-z]+|the \w+) through\b(?! (?:the|a|an|it|his|her|its|their|my|"
    r"your|this|that|with (?:a|the) (?:list|plan|details|checklist|script|figures)))",
    needs=r"\b(?:sword|blade|rapier|sabre|saber|spear|pike|lance|bayonet|knife|dagger|point|steel)"
    r"\b",
)

_add(V, 0.9, "bayoneted sabred sabered kneecapped pistol-whipped")

_add(
    V,
    0.9,
    "put puts putting",
    after=r" (?:a|one|two|three|another) (?:bullets?|rounds?|slugs?)? ?(?:in|into|through) "
    r"(?:him|her|them|(?:the back of |the side of )?(?:his|her|their|the \w+'s|[A-Z][a-z]+'s) \w+|"
    r"[A-Z][a-z]+|the \w+)\b",
    needs=r"\b(?:bullets?|rounds?|slugs?|gun|pistol|revolver|rifle|shot|shots|fired|trigger)\b",
)

_add(
    V,
    0.6,
    "winged capped",
    after=r" (?:him|her|them|[A-Z][a-z]+|the \w+)\b(?! (?:it|off|with)\b)",
    needs=r"\b(?:shot|shots|gun|pistol|revolver|rifle|bullet|fired|trigger|sniper|marksman|gunman|"
    r"shooter|musket)\b",
)

_add(V, 0.6, "ligature", after=r" (?:marks?|bruising|abrasions?|furrow)\b")

_add(V, 0.45, "petechiae petechial")

# Violence: the words of police reports and courts.
_add(V, 0.9, "gbh abh", needs=r"\b(?:gbh|abh)\b")

_add(V, 0.9, "bodily", after=r" harm\b")

_add(V, 0.6, "affray wounding", after=r"(?! (?:remarks?|words|comments?|criticism|silence|tone)\b)")

_add(
    V,
    0.45,
    "consistent",
    after=r" with (?:a |an )?(?:blows?|blunt|strangulation|manual strangulation|an assault|assault|"
    r"being (?:struck|hit|punched|kicked|restrained|held|gripped|grabbed)|defensive|a struggle)\b",
)

# Violence and death: battles in older words ("slew", "smote", "put to the sword").
_add(V, 0.9, "slew", needs=r"(?<!a )(?<!whole )(?<!great )(?<!huge )(?<!entire )\bslew\b(?! of\b)")

_add(V, 0.6, "smote smite smites smiting")

_add(V, 0.9, "sword", needs=r"\bput (?:\w+ ){1,4}to the sword\b")

_add(V, 0.3, "skirmish skirmishes skirmishing melee mêlée")

# Violence underneath gore that needs no other word: a head rolling, a limb hacked off, a
# body opened (the gore is graphic violence; this says it was done to someone).
_add(
    V,
    0.2,
    "head heads",
    after=r"(?i: (?:\w+ ){0,2}(?:hung|hanging|dangled|dangling|lolled|lolling|loll|lolls) (?:\w+ ){"
    r"0,3}"
    r"(?:by|on) "
    r"(?:a|the) (?:strip|thread|flap|hinge|tatter|shred|string)\b| (?:rolling|rolled (?:free|away|"
    r"across|down|into|off)|bounced|tumbled) (?:\w+ )?(?:across|down|along|into|off|free|away|"
    r"over)\b)",
)

_add(
    V,
    0.2,
    "hacked chopped lopped sheared",
    needs=r"\b(?:heads?|arms?|legs?|hands?|feet|foot|fingers?|ears?|nose|limbs?|tongue|thumbs?) "
    r"(?:\w+ ){0,2}(?:hacked|chopped|lopped|sheared) (?:clean )?off\b|\b(?:hacked|chopped|lopped|"
    r"sheared) off (?:his|her|their|its|the|\w+'s) (?:heads?|arms?|legs?|hands?|feet|foot|fingers?|"
    r"ears?|nose|limbs?|tongue|thumbs?)\b",
)

_add(
    V,
    0.2,
    "insides",
    needs=r"\b(?:holding|held|clutching|clutched|cradling|spilling|spilled|spilt|hanging|hung|"
    r"trailing) (?:\w+ ){0,2}(?:own )?insides\b|\binsides (?:spilling|spilled|spilt|hanging|hung|"
    r"out|in (?:his|her|their) (?:lap|hands))\b",
)

_add(
    V,
    0.35,
    "chest ribs ribcage face head temple forehead",
    after=r" (?:was |were |had been |had )?(?:stove|caved|bashed|beaten|battered|kicked|stamped|"
    r"smashed) in\b",
)


# A blow told by what landed: "blood ran from his nose where her elbow had caught him".
_add(
    V,
    0.6,
    "caught",
    needs=r"\b(?:elbow|fist|knuckles|knee|boot|punch|blow|backhand|headbutt|hook|uppercut)\b"
    r"(?: (?!and\b|but\b|then\b)\w+){0,2} caught (?:him|her|them|me|you|us)\b",
)

# ---- violence, second pass: families of phrasing found missing on new text ----------------
# Who can be on the receiving end, beyond the nouns of the long pattern above: the kid, the
# guy, the victim, the cop, a fantasy foe, and people in groups (the prisoners, the
# protesters, the villagers). Only the plain blow words: "dragged the kids to the museum",
# "cut the guy some slack" and "threw the lads a ball" are not blows.
_BLOWS = (
    "hit hits hitting struck strike strikes striking kicked kicks kick kicking punched punch "
    "punches punching slapped slaps slap slapping shoved shoves shove shoving choked chokes beat "
    "beats beaten beating battered thrashed shot shoots shoot shooting stabbed slashed whipped "
    "flogged killed kill kills killing attacked attacks attacking wounded pummelled pummeled "
    "smacked clubbed bludgeoned knifed executed tortured bayoneted hacked strangled throttled "
    "tased tasered maimed butchered"
)
_VICTIMS = (
    r"(?:kid|kids|guy|guys|bloke|blokes|lad|lads|victim|victims|cop|cops|policeman|policemen|"
    r"policewoman|copper|coppers|teenager|teenagers|teen|girlfriend|boyfriend|partner|mum|mom|"
    r"dad|uncle|aunt|cousin|nephew|niece|friend|neighbour|neighbor|landlord|landlady|bouncer|"
    r"gunman|robber|mugger|burglar|attacker|assailant|enemy|knight|orc|orcs|goblin|goblins|troll|"
    r"demon|monster|wolf|werewolf|zombie|zombies|bandit|bandits|raider|raiders|assassin|hostage|"
    r"hostages|captive|captives|prisoners|inmate|inmates|protester|protesters|protestor|"
    r"protestors|demonstrators|villagers|civilians|strikers|rioters|refugees|deserters|"
    r"men|women|boys|girls|children|survivors|guards|soldiers|rebels|peasants|slaves|servants|"
    r"student|students|marchers|pickets|driver|cabbie|shopkeeper|cashier|clerk|teller|nurse|"
    r"doctor|priest|teacher|sailor|pirate|pirates|sentry|sentries|watchman|captain|sergeant|"
    r"lieutenant|informant|snitch|dealer|pimp|addict|tramp|beggar|homeless man|old man|"
    r"old woman|young man|young woman|little boy|little girl|toddler|newborn|"
    # People by their trade, rank or place, in the singular and the plural: "beat the
    # messenger", "shot the farmer", "stabbed two of the passengers".
    r"messengers?|farmers?|prisoner|servant|slave|maids?|butler|footmen|grooms?|stableboy|"
    r"boatman|ferryman|fishermen|fisherman|shepherds?|millers?|blacksmiths?|innkeepers?|"
    r"barman|barmaids?|waiters?|waitress|porters?|postman|couriers?|merchants?|traders?|"
    r"peddlers?|pedlars?|travell?ers?|pilgrims?|monks?|nuns?|priests|vicar|curate|bishop|"
    r"squires?|heralds?|officers?|constables?|detectives?|inspector|spy|spies|thieves|"
    r"smugglers?|outlaws?|poachers?|gamekeeper|hunters?|warriors?|fighters?|opponents?|"
    r"rivals?|patients?|tenants?|customers?|passengers?|pedestrians?|cyclists?|motorists?|"
    r"witness|witnesses|suspects?|youths?|youngsters?|journalists?|reporters?|"
    r"photographers?|workers?|miners?|labourers?|laborers?|deckhands?|lookouts?|scouts?|"
    r"villager|peasant|serfs?|rebel|deserter|traitors?|heretics?|witch|witches|wizards?|"
    r"sorcerers?|elf|elves|dwarf|dwarves|giants?|ogres?|wife|husband|mother|father|"
    r"brother|sister|grandmother|grandfather|stepfather|stepmother|stepson|stepdaughter)"
)
# Anyone who can be hurt, for the patterns that name the weapon too.
_FOES = (
    r"(?:him|her|them|me|you|us|[A-Z][a-z]+|(?:the|a|an|that|this|his|her|their) (?:\w+ )?"
    r"(?:man|woman|boy|girl|child|guard|soldier|thief|stranger|intruder|creature|beast|thing|"
    r"vampire|dragon|bear|" + _VICTIMS[3:] + r")"
)
# Games and contests one side beats another at ("beat his brother at chess").
_GAMES = (
    r"(?:at (?:pool|bowling|darts|chess|cards|poker|tennis|squash|badminton|snooker|golf|football|"
    r"cricket|scrabble|monopoly|rounders|netball|hockey|basketball|baseball|softball|volleyball|"
    r"dodgeball|races?|sports day|swimming|running|video games|mario kart|fifa|arm-wrestling|"
    r"the (?:polls|game|match|race|quiz))|in (?:the )?(?:race|final|polls|election|quiz|match|"
    r"game))"
)

_add(
    V,
    0.6,
    _BLOWS,
    after=r"(?: at| into| on)? (?:the|his|her|their|my|your|our|a|an|some|that|this|those|these|"
    r"two|three|four|several|all the|one of the) (?:[a-z]+ )?" + _VICTIMS + r"\b(?!['’]s)"
    r"(?! (?:up|out|off|back|into shape|as (?:odd|strange|funny|peculiar|unusual|rude|cold|kind|"
    r"a|an|being|rather|very|quite|too|somewhat|slightly|more|less|the (?:sort|kind|type))|"
    r"a (?:look|glance|smile|grin|glare|wink|text|message|"
    r"line|rope|bone|break|chance|lifeline|favour|favor)|some slack|" + _GAMES + r")\b)" + _SPORT,
)
# A child who beat someone at a game is no child beaten: "The boys beat the girls at
# rounders on sports day."
_NOT_A_GAME = r"(?!(?: [\w'’]+){1,4} " + _GAMES + r"\b)"

# A weapon drawn on someone, held at someone, waved at a crowd: the threat is the violence
# ("pulled a knife on him", "at knifepoint", "pointed the gun at her head").
_add(V, 0.9, "knifepoint gunpoint knife-point gun-point swordpoint sword-point")

_add(
    V,
    0.9,
    "pulled pulls pulling drew draws drawn",
    after=r" (?:out )?(?:a|his|her|the|their|its) (?:\w+ )?(?:knife|gun|blade|pistol|revolver|shiv|"
    r"machete|razor|shotgun|rifle|sword|dagger|cleaver|weapon|piece|flick-knife|switchblade) on "
    r"(?:him|her|them|me|you|us|the \w+|[A-Z][a-z]+)\b",
)

_add(
    V,
    0.6,
    "brandished brandishing brandishes waved waving wielding",
    # (not a toy sword waved in the school play, nor a cake knife)
    after=r" (?:a|an|the|his|her|their|its) (?:(?!toy|plastic|wooden|cardboard|foam|rubber|"
    r"pretend|cake|butter|bread|fish|fruit|palette|pocket|penknife)\w+ )?(?:knife|gun|machete|axe|"
    r"pistol|revolver|shotgun|rifle|crowbar|cleaver|dagger|blade|broken bottle|shiv|"
    r"baseball bat|hammer|iron bar|cosh|knuckle-duster|knuckledusters|switchblade)\b",
)

_add(
    V,
    0.6,
    "pointed aimed levelled leveled trained pointing aiming levelling leveling",
    after=r" (?:a|the|his|her|their|its|my) (?:\w+ )?(?:gun|pistol|revolver|rifle|shotgun|weapon|"
    r"crossbow|musket|carbine|handgun|firearm|barrel|barrels) (?:\w+ )?(?:at|on|towards?) "
    r"(?:" + _FOES + r"|(?:his|her|their|my|your|\w+'s) (?:head|chest|face|back|heart|temple|"
    r"knees?|legs?|belly|stomach))\b",
)

_add(
    V,
    0.6,
    "barrel muzzle",
    after=r" (?:of (?:the|a|his|her) (?:\w+ )?(?:gun|pistol|revolver|rifle|shotgun) )?(?:\w+ )?"
    r"(?:against|to|into) (?:his|her|their|my|your|the \w+'s|[A-Z][a-z]+'s) (?:temple|head|"
    r"forehead|skull|neck|chest|back|mouth|cheek|throat|ribs|spine)\b",
)

# Police, riots and prisons: the force used on a crowd or a man on the ground.
_add(V, 0.6, "tased tazed pepper-sprayed teargassed tear-gassed baton-charged truncheoned")
_add(V, 0.6, "baton batons", after=r"[- ]charg(?:e|ed|es|ing)\b")
_add(V, 0.6, "rubber plastic", after=r" bullets\b")
_add(
    V,
    0.9,
    "brutality",
    needs=r"\b(?:police|prison|guards?'?|officers?'?|military|army) brutality\b",
)

# War: the guns heard and felt ("under fire", "machine-gun fire", "shells rained down"),
# the mowing down of men, the firing squad.
_add(
    V,
    0.6,
    "fire",
    needs=r"\b(?:machine-?gun|machinegun|rifle|small-arms|small arms|sniper|cannon|artillery|"
    r"mortar|automatic|enemy|covering|return(?:ed)?|heavy|withering|incoming|musket|musketry|"
    r"friendly|suppressing|anti-aircraft|tank|gun) fire\b(?! (?:in|with) (?:shrieks|kind|words|"
    r"spades|a (?:retort|glare|look|question|joke|quip)|insults|questions|abuse))|"
    r"\bexchange(?:d|s)? (?:of )?fire\b|"
    r"\bunder (?:heavy |enemy |constant |sniper |sustained )?fire\b(?! (?:over|since|about|"
    r"after)\b| for (?!(?:\w+ )?(?:hours?|minutes?|days?|weeks?|nights?|most of|much of|"
    r"the (?:rest|whole|first|last|next|better part))\b)| from (?:the )?(?:critics|press|media|"
    r"board|fans|opposition|readers|"
    r"shareholders|his|her|their|its|all sides|parents|management|voters|public|papers|"
    r"reviewers|colleagues|campaigners|members)\b)",
)

_add(
    V,
    0.6,
    "shells bombs mortars missiles grenades",
    # (not bath bombs or water bombs, nor shells that fell out of a pocket)
    after=r"(?<!bath bombs)(?<!water bombs)(?<!sea shells)(?<!egg shells)(?<!nut shells)"
    r" (?:\w+ )?(?:fell|rained|came down|were falling|began falling|began to fall|landed|burst|"
    r"exploded|whistled|screamed|slammed|tore|ripped|hammered|pounded|thudded|struck|hit)\b"
    r"(?! (?:out|off|from|into (?:her|his|my|the) (?:pocket|bucket|hand|hands|lap|basket)|"
    r"(?:on|onto|along|up on) the (?:beach|shore|sand|sands|strand|tideline))\b)",
)
_add(
    V,
    0.6,
    "rounds",
    needs=r"\b(?:mortar|artillery|tank|rifle|machine-gun|sniper|cannon|howitzer|anti-tank|"
    r"incoming) rounds\b",
)

_add(
    V,
    0.6,
    "bombarded bombardment bombarding shelled strafed strafing pounded pounding",
    needs=r"\b(?:artillery|guns|cannons?|shells|shellfire|batteries|howitzers|mortars|warships?|"
    r"bombers?|aircraft|drones|fleet|enemy|siege|trenches|the fort)\b",
    # (not questions, emails and cameras, nor a heart, a head or a door pounding)
    after=r"(?! (?:with|by) (?:questions|emails|messages|calls|texts|requests|letters|advice|"
    r"flashes|cameras|photographers|fans|offers|complaints))",
)
_add(
    V,
    0.45,
    "raid raids",
    needs=r"\bair[- ]raids?\b(?! (?:shelters?|sirens?|wardens?|drill|practice))",
)

_add(
    V,
    0.6,
    "mowed mown cut gunned shot",
    after=r" down (?:the |a |two |three |four |several |dozens of |hundreds of |\w+ of the |the "
    r"first |the last )?(?:\w+ )?(?:men|soldiers|enemy|enemies|riders|attackers|guards|wave|"
    r"ranks|line|crowd|protesters|villagers|civilians|marchers|rebels|troops|defenders|"
    r"horsemen|cavalry|infantry|bandits|raiders|orcs|goblins|knights|gunners)\b",
)
_add(V, 0.6, "mowed mown gunned", after=r" (?:him|her|them|us|[A-Z][a-z]+) down\b")
_add(
    V,
    0.6,
    "mowed mown gunned",
    needs=r"\b(?:was|were|been|being|got) (?:\w+ )?(?:mowed|mown|gunned) down\b",
)

_add(V, 0.6, "squad squads", needs=r"\bfiring[- ]squads?\b")

_add(
    V,
    0.6,
    "opened",
    after=r" up (?:on|at) (?:the|them|him|her|us|me)\b",
    needs=r"\b(?:guns?|rifles?|machine|fire|firing|troops|soldiers|snipers?|gunners?|battery|"
    r"cannons?|shots?|bullets|pistols?|shooter|gunman|gunmen)\b",
)

_add(
    V,
    0.6,
    "fired",
    after=r" (?:a |one |two |three |four |five |six |several |\d+ |the |another |a few )?(?:\w+ )?"
    r"(?:rounds?|shots?|bullets?|volleys?|bursts?|barrels?) (?:\w+ )?(?:into|at|through)\b"
    r"(?! (?:the )?(?:air|sky|ceiling|clouds|target|targets|butts|range))",
)

# Fights told by how they start and spread: swinging at each other, coming to blows,
# trading punches, fists flying, a punch-up.
_add(V, 0.9, "punch-up punch-ups")
_add(
    V,
    0.6,
    "blows punches kicks",
    needs=r"\b(?:trad|exchang)(?:ed|ing|e|es) (?:\w+ )?(?:blows|punches|kicks)\b|"
    r"\bc(?:a|o)me to blows\b|\bcoming to blows\b",
)
_add(
    V,
    0.6,
    "swinging swung swing swings",
    after=r" (?:wildly |blindly )?(?:at|for) (?:each other|one another|anyone|anybody|everyone|"
    r"everybody|whoever|him|her|them|me|you|us|"
    r"[A-Z][a-z]+|the (?:man|guy|bloke|lad|kid|boy|other|bouncer|officer|cop|guard|thing|"
    r"creature|intruder|stranger|driver))\b(?! (?:with (?:a|the|his|her) (?:pillow|cushion|"
    r"racket|bat and ball|ball))\b)",
)
_add(V, 0.6, "fists", after=r" (?:flying|flew|everywhere|going)\b")
_add(
    V,
    0.45,
    "went goes going go flew flies lunged lunging",
    after=r" (?:for|at) (?:his|her|their|my|your|the \w+'s|[A-Z][a-z]+'s) (?:eyes|throat|face|"
    r"neck|jugular|windpipe|gun|knife|groin)\b",
)
_add(V, 0.6, "flew", after=r" at (?:him|her|them|me|us|[A-Z][a-z]+) (?:with|and)\b")

# Heads and faces put into walls, bonnets and bins: "slammed his head against the wall",
# "put him face first into the bins", "banged my head twice against the headrest".
_add(
    V,
    0.6,
    "slammed smashed bashed rammed ground shoved pushed forced drove thrust slams smashes "
    "bashes shoves pushes",
    after=r" (?:his|her|their|my|your|[A-Z][a-z]+'s|the \w+'s) (?:head|face|skull|forehead) "
    r"(?:\w+ )?(?:against|into|onto|on|off|through|down on|down into) (?:the|a|an)\b",
)
_add(
    V,
    0.6,
    "banged bangs banging knocked cracked",
    after=r" (?:his|her|their|my|your|[A-Z][a-z]+'s|the \w+'s) (?:head|face|skull) (?:\w+ )?"
    r"(?:against|into|onto|on|off) ",
    # (not a head knocked on a low beam: he did it to someone, more than once)
    needs=r"\b(?:twice|again and again|over and over|repeatedly|three times|until|grabbed|"
    r"gripped|by the hair|by the collar|by the neck|held)\b",
)
_add(
    V,
    0.6,
    "slammed shoved pushed threw thrown put puts forced dumped smashed slams shoves pushes",
    after=r" (?:him|her|them|me|you|us|[A-Z][a-z]+|the \w+) face[- ](?:first|down) "
    r"(?:into|onto|on|against|in)\b",
)

# A weapon brought down on someone: "brought the poker down on his hand".
_add(
    V,
    0.6,
    "brought bring brings bringing",
    after=r" (?:it|(?:the|a|his|her|their) (?:\w+ )?(?:hammer|axe|club|poker|bat|rifle|rifle-butt|"
    r"butt|cudgel|stick|pipe|crowbar|sword|mace|spade|shovel|bottle|brick|rock|stone|cane|whip|"
    r"truncheon|baton|chair|iron|candlestick|lamp|ashtray|mallet|blade|knife|fist|fists|"
    r"cosh|belt|rolling pin|frying pan|pan|tankard)) down (?:hard )?(?:on|onto|upon|across) "
    r"(?:him|her|them|me|us|you|(?:his|her|their|my|your|the \w+'s|[A-Z][a-z]+'s) (?:\w+ )?"
    + _BODY
    + r"s?|the (?:man|woman|boy|girl|guard|thief|intruder|creature|beast|thing)|[A-Z][a-z]+)\b",
)

# Told in the passive with a step between: "was held down and beaten", "were taken
# outside and shot", "got dragged into the alley and kicked".
_add(
    V,
    0.6,
    "beaten shot stabbed kicked whipped flogged tortured clubbed knifed thrashed pistol-whipped "
    "bludgeoned punched",
    needs=r"\b(?:was|were|been|being|got|get|gets) (?:\w+ ){1,6}(?:and|then) (?:\w+ )?(?:beaten|"
    r"shot|stabbed|kicked|whipped|flogged|tortured|clubbed|knifed|thrashed|pistol-whipped|"
    r"bludgeoned|punched)\b",
    after=r"(?! (?:a|an|the|some|his|her|their|my|video|film|photos?|pictures?|hoops|pool|"
    r"down|up|off|out|at)\b)" + _SPORT,
)

# Killing told by the means: "clubbed the seal to death", "stamped to death", "stoned to
# death" (not "bored", "worked" or "scared to death").
_add(
    V,
    0.9,
    "beaten beat kicked stabbed clubbed bludgeoned battered stamped hacked stoned whipped "
    "tortured mauled strangled kicking beating stabbing hacking gored savaged",
    after=r"(?: (?:him|her|them|it|me|us|[A-Z][a-z]+|the \w+|(?:his|her|their|a|an|one) \w+))?"
    r" to death\b",
)

# Stoning a person (not stoned on weed, nor stoned fruit).
_add(
    V,
    0.6,
    "stoned stoning",
    after=r" (?:him|her|them|the (?:woman|man|prophet|adulteress|martyr|girl|boy|thief|witch|"
    r"heretic|saint|stranger|messenger|prisoner|sinner))\b",
)

# Rough handling that hurts: a baby shaken, a girl pinched till she bruised, a chin gripped
# until she said sorry.
_add(
    V,
    0.6,
    "shook shaking shakes shaken",
    after=r" (?:the|her|his|their|a|that) (?:\w+ )?(?:baby|infant|newborn|toddler|child)\b"
    r"(?!['’]s)",
    needs=r"\b(?:until|till|hard|violently|so hard|roughly|screamed|howled|howling|crying|cried|"
    r"wailing|to make it stop|to shut it up|limp)\b",
)
_add(V, 0.9, "shaken", after=r"[- ]baby\b")
_add(
    V,
    0.6,
    "pinched pinching pinches pinch",
    after=r"(?! of\b)",
    # (not shoes that pinched, nor a pinch of salt over bruised garlic)
    needs=Near(
        r"\b(?:bruise|bruises|bruised|bruising|welts?|marks|until (?:she|he|they|i|we|it) "
        r"(?:cried|yelped|squealed|flinched|winced|whimpered|bled|screamed)|hard enough to|"
        r"so hard|drew blood)\b",
        r"(?<!shoes )(?<!boots )(?<!shoe )(?<!boot )(?<!corset )(?<!collar )\bpinch(?:ed|es|ing)? "
        r"(?:her|him|them|me|you|us|his|my|their|the \w+|[a-z]+'s)\b",
    ),
)
_add(
    V,
    0.6,
    "grabbed gripped seized squeezed grab grabs grips grip",
    # (not a chin held to be kissed)
    after=r" (?:her|his|my|their|your|[A-Z][a-z]+'s) (?:chin|jaw|face|throat)\b"
    r"(?![^.!?]{0,60}\b(?:kiss|kissed|kissing|tender|tenderly|gently|softly|lovingly|laugh|"
    r"laughed|laughing|tickl\w*)\b)",
    needs=r"\b(?:until|hard|bruis\w*|painful\w*|twist\w*|yank\w*|wrench\w*|so tight|fingers? "
    r"dig\w*|nails dig\w*|forced|make (?:me|her|him) look|hurt)\b",
)

# Animals hurt on purpose: "kicked the dog until it yelped", "whipped the horse till it bled".
_add(
    V,
    0.6,
    "beat beaten kicked kicking whipped flogged lashed thrashed hit punched stabbed strangled "
    "drowned tortured burned",
    after=r" (?:the|a|his|her|their|that|my) (?:\w+ )?(?:dog|dogs|puppy|puppies|cat|cats|kitten|"
    r"kittens|horse|horses|pony|mule|donkey|ox|goat)\b",
    needs=r"\b(?:until (?:it|he|she|they)|till (?:it|he|she|they)|bled|blood|yelp\w*|whimper\w*|"
    r"howl\w*|cower\w*|limp\w*|stopped moving|to death|again and again|over and over|"
    r"screamed|squeal\w*|broke its|broken)\b",
)

# Executions of a person, and the fight that has no name but its weapons: hacking and
# slashing at a foe.
_add(
    V,
    0.6,
    "executed",
    after=r" (?:him|her|them|the (?:\w+ )?(?:prisoners?|deserters?|hostages?|men|rebels|traitors?|"
    r"spy|spies|captives?|soldiers?|villagers|priests?|king|queen))\b",
)
_add(
    V,
    0.6,
    "hacked slashed hacking slashing stabbed stabbing thrust thrusting swiped swiping "
    "jabbed jabbing lunged",
    after=r" (?:wildly |blindly )?at "
    + _FOES
    + r" (?:\w+ ){0,2}with (?:a|the|his|her|their|its|my) (?:\w+ )?(?:sword|knife|blade|axe|"
    r"dagger|spear|machete|bayonet|claws?|cleaver|scythe|sabre|saber|broken bottle|shard|"
    r"scissors|screwdriver|pitchfork|halberd|pike)\b",
)
_add(
    V,
    0.6,
    "put puts putting",
    after=r" (?:his|her|a|their) fist (?:through|into) (?:his|her|their|\w+'s|[A-Z][a-z]+'s) "
    r"(?:face|jaw|mouth|nose|teeth|stomach|gut)\b",
)

# The shit kicked out of someone, told from the other side.
_add(
    V,
    0.9,
    "beaten kicked knocked",
    needs=r"\bthe (?:shit|hell|crap|living daylights|stuffing|snot) (?:beaten|kicked|knocked) out "
    r"of\b",
)

# The belt or the strap got out for a beating, and the welts it left.
_add(
    V,
    0.6,
    "belt strap cane switch",
    needs=r"\b(?:got|get|gets|getting|took|take|takes|taking|fetched|fetch) (?:the |his |her |"
    r"their )?(?:belt|strap|cane|switch) out\b|\bthe (?:belt|strap|cane) came (?:out|off|down)\b|"
    r"\b(?:welts|weals|stripes|bruises|marks) (?:\w+ ){0,5}(?:from|of) (?:the|his|her|a|dad's|"
    r"mum's|father's|mother's) (?:\w+'s )?(?:belt|strap|cane|buckle|switch|birch)\b",
)


# ---- violence, third pass: everyday idioms of a beating --------------------------------------
# A hail of blows; a man dropped with one punch or one shot; another man's fingers broken;
# a knife between someone's ribs (not "like a knife"); laid into with fists or a belt; the old
# man knocked to the ground.
_add(
    V,
    0.6,
    "hail",
    after=r" of (?:blows|punches|kicks|fists|bullets|gunfire|stones|bricks|rocks|arrows|"
    r"truncheons|batons|boots)\b",
)
_add(
    V,
    0.6,
    "dropped",
    after=r" (?:him|her|them|[A-Z][a-z]+|the \w+) with (?:a|one|his|her|their) (?:single |clean |"
    r"short |right |left |well-aimed )?(?:shot|bullet|round|punch|blow|hook|jab|uppercut|"
    r"headbutt|right|left|kick)\b",
)
_add(
    V,
    0.6,
    "broke snapped",
    after=r" (?:(?:one|two|three|four|all|both|several|some) of )?(?:the (?:\w+ ){0,2}\w+'s|"
    r"[A-Z][a-z]+'s) (?:fingers?|thumbs?|wrists?|arms?|nose|jaw|ribs?|kneecaps?|collarbone|"
    r"cheekbone)\b",
)
_add(
    V,
    0.6,
    "knife blade dagger",
    needs=r"(?<!like )(?<!as if )\b(?:a|the|his|her|my) (?:knife|blade|dagger) (?:in|into|between) "
    r"(?:his|her|their|my|the \w+'s|[a-z]+'s) (?:ribs|side|belly|gut|guts|chest|throat|kidneys?)\b",
)
_add(
    V,
    0.9,
    "laid lays laying",
    after=r" into (?:him|her|them|me|us|the \w+|[A-Z][a-z]+) with (?:his|her|their|a|the) "
    r"(?:fists|boots?|belt|stick|cane|bat|club|crowbar|poker|feet|whip|strap|truncheon)\b",
)
_add(
    V,
    0.6,
    "knocked",
    after=r" " + _FOES + r" (?:to the ground|to the floor|flat|senseless)\b",
)


# A weapon taken to a part of someone ("took a bat to the man's knees", "took the belt to his
# back"), not a hammer taken to a car; seven bells knocked out of someone.
_add(
    V,
    0.9,
    "took",
    after=r" (?:a|the|his|her) (?:\w+ )?(?:bat|crowbar|hammer|belt|cane|poker|bar|pipe|club|cosh|"
    r"machete|knife|axe|strap|whip|stick) to (?:the (?:\w+ )?\w+'s|[A-Z][a-z]+'s|his|her|their) "
    r"(?:knees?|kneecaps?|head|legs?|hands?|fingers?|face|back|ribs|skull|shins?)\b",
)
_add(V, 0.9, "bells", needs=r"\b(?:kicked|knocked|beat|beaten|battered) seven bells out of\b")


# Violence, fourth pass (train misses): caning and birching done to someone ("caned the boy
# until his legs bled", "birched him for lying"); not "caned it" down the motorway.
_add(
    V,
    0.6,
    "caned birched",
    after=r" (?:(?:him|her|them|me|you|us)\b|(?:the|his|her|their|my|a|an|every|each) (?:\w+ )?"
    r"(?:boys?|girls?|child|children|lads?|pupils?|students?|sons?|daughters?|servants?|"
    r"prisoners?|men|man|woman|women|hands?|palms?|knuckles|backside|legs)\b|"
    r"[A-Z][a-z]+\b(?! (?:chair|sugar|furniture|seat)\b))",
)


# Violence, fifth pass (train misses): harm called physical ("physically abused by their
# father", "physical punishment"), not physical therapy or a physical exam; the buckle end of a
# belt; a strap or cane brought down on someone; the back of a hand got or given; a round that
# takes someone ("the round took him under the faceplate").
_add(
    V,
    0.9,
    "physically",
    after=r" (?:abused|abusive|assaulted|attacked|punished|disciplined|violent|beaten)\b",
)
_add(
    V,
    0.9,
    "physical",
    after=r" (?:abuse|violence|assaults?|attacks?|punishments?|chastisement|harm)\b",
)
_add(
    V,
    0.6,
    "buckle",
    after=r" end\b",
    needs=r"\b(?:got|get|gets|getting|gave|give|with|took|"
    r"felt|feel) the buckle end\b",
)
_add(
    V,
    0.6,
    "brought brings bringing",
    after=r" (?:the|his|her|a|that) (?:\w+ )?(?:strap|belt|cane|stick|ruler|birch|switch|tawse|"
    r"whip|poker|truncheon|cosh|crop|slipper) down\b(?! from| off| out of)",
)
_add(
    V,
    0.6,
    "got get gets getting",
    after=r" the back of (?:his|her|the|their|my|me mam's|mam's|mum's|dad's|da's) hand\b",
)
_add(
    V,
    0.9,
    "bullet slug",
    needs=r"\b(?:the|a|one|second|first|next|last|stray) (?:bullet|slug) "
    r"(?:took|takes|caught|catches|hit|hits|struck|strikes|found|finds) (?:him|her|them|me|you|"
    r"(?-i:[A-Z][a-z]+)|the (?:man|woman|boy|girl|guard|driver|soldier|officer|rider))\b",
)
_add(
    V,
    0.9,
    "round",
    # (a bullet, in a sentence of firing: not a postman's round that took him past the church)
    needs=Near(
        r"\b(?:fir(?:e|ed|es|ing)|shot|shoots?|gun|rifle|pistol|revolver|sniper|trigger|barrel|"
        r"muzzle|sights?)\b",
        r"\b(?:the|a|one|second|first|next|last|stray) round (?:took|takes|caught|catches|hit|"
        r"hits|struck|strikes|found|finds) (?:him|her|them|me|you|(?-i:[A-Z][a-z]+)|the (?:man|"
        r"woman|boy|girl|guard|driver|soldier|officer|rider))\b",
    ),
)


# A blade to someone else's body, told with whose body it is: "He slashed her arm with a razor",
# "Someone had cut his hand open with a broken bottle" (he and her, she and his; not "She cut
# her hand on the glass").
_BLADE_VERB = r"(?:slashed|sliced|cut|gouged|carved|stabbed|scored|split|raked|laid open|opened)"
_BLADE_BODY = (
    r"(?:\w+ )?(?:face|arm|arms|cheek|cheeks|throat|hand|hands|chest|back|leg|legs|neck|wrist|"
    r"wrists|forearm|forearms|scalp|lip|lips|ear|stomach|belly|side|thigh|thighs|shoulder)\b"
)
OTHERS_BODY = (
    r"(?:\bhe\b(?: [\w'’]+){0,3}? "
    + _BLADE_VERB
    + r" (?:her|my|your|their)|\bshe\b(?: [\w'’]+){0,3}? "
    + _BLADE_VERB
    + r" (?:his|my|your|their)|\b(?:someone|somebody|they|the (?:man|woman|attacker|mugger|"
    r"thug|stranger|boy|girl|soldier|guard|robber|burglar|intruder|gang|lads?))\b(?: [\w'’]+){0,3}?"
    r" " + _BLADE_VERB + r" (?:his|her|my|your|their)) " + _BLADE_BODY
)
_add(
    V,
    0.6,
    "slashed sliced cut gouged carved stabbed scored split raked opened",
    needs=OTHERS_BODY + r"(?! (?:hair|nails|fringe|toenails|fingernails))",
)

# Set upon: "the carpenter's mate was set upon by three hands" (not a dog set upon a bone).
_add(
    V,
    0.6,
    "set",
    after=r" upon by (?:a |an |two |three |four |five |several |some |the )?(?:\w+ )?(?:men|man|"
    r"hands|thugs|gang|crowd|mob|youths|lads|boys|sailors|soldiers|robbers|footpads|ruffians|"
    r"attackers|assailants|strangers|locals|officers|guards|others|them)\b",
)

# A blow told by what met what: "Darcy's fist found Wickham's jaw", "a jab to the man's jaw
# that sent him sprawling" (not a fist found in a pocket, or a jab of a needle).
_add(
    V,
    0.6,
    "fist fists knuckles elbow knee boot jab jabs uppercut hook",
    needs=r"\b(?:fist|fists|knuckles|elbow|knee|boot|forehead|head) (?:found|met|caught|connected "
    r"with|slammed into|crashed into|smashed into|drove into) (?:his|her|their|my|your|(?:the )?"
    r"(?:\w+ )?[a-z]+(?:'s|’s)) (?:jaw|face|nose|mouth|ribs|"
    r"gut|stomach|belly|temple|cheek|chin|eye|throat|kidneys|solar plexus)\b|\b(?:jab|uppercut|"
    r"hook|punch|blow|elbow|kick|headbutt) (?:to|into) (?:his|her|their|my|your|the \w+(?:'s|’s)) "
    r"(?:jaw|face|nose|mouth|ribs|gut|stomach|belly|temple|cheek|chin|eye|throat|kidneys|groin)\b",
)
_add(
    V,
    0.45,
    "sprawling",
    needs=r"\b(?:sent|knocked) (?:him|her|them|me|you|the (?:\w+ )?(?:man|boy|guard|thug)|[a-z]+) "
    r"sprawling\b|\bwent sprawling\b(?![^.!?]{0,30}\b(?:ice|mud|puddle|rug|banana|skates|cat|"
    r"dog|toys?|laughing)\b)",
)

# ---- graphic violence: what makes violence graphic ------------------------------------------
_add(
    G,
    0.9,
    "guts entrails intestines innards gore disembowelled disemboweled eviscerated "
    "severed decapitated cartilage gargling brains",
)

# Mangled bodies, not mangled names, tunes or French.
_add(
    G,
    0.9,
    "mangled",
    needs=r"\b(?:body|bodies|corpses?|remains|flesh|limbs?|legs?|arms?|hands?|face|feet|foot|"
    r"fingers?|torso|chest|skull|jaw|him|her|them|man|woman|boy|girl|child|dog|horse)\b",
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
    needs=r"\bhead (?:comes? away|came away|rolls?|rolled)\b(?! (?:back|forward|to (?:one|the) side"
    r"|"
    r"sideways|against|onto|on|over|toward|towards|around|round|from side|in|lazily|slightly)\b)|"
    r"\bhead "
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
    r"the) throats?\b|\bthroats? (?:slit|cut|slashed|torn out|ripped out)\b|\b(?:slit|slashed|cut|"
    r"torn|gashed) throats?\b",
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

# Graphic: heads and limbs off, told by what hangs, rolls or is no longer there.
_add(
    G,
    0.9,
    "head heads",
    after=r"(?i: (?:\w+ ){0,2}(?:hung|hanging|dangled|dangling|lolled|lolling|loll|lolls) (?:\w+ ){"
    r"0,3}"
    r"(?:by|on) "
    r"(?:a|the) (?:strip|thread|flap|hinge|tatter|shred|string)\b| (?:rolling|rolled (?:free|away|"
    r"across|down|into|off)|bounced|tumbled) (?:\w+ )?(?:across|down|along|into|off|free|away|"
    r"over)\b)",
)

_add(
    G,
    0.9,
    "hacked chopped lopped sheared sliced severed",
    needs=r"\b(?:heads?|arms?|legs?|hands?|feet|foot|fingers?|ears?|nose|limbs?|tongue|thumbs?) "
    r"(?:\w+ ){0,2}(?:hacked|chopped|lopped|sheared|sliced|severed|cut|struck) (?:clean )?off\b|"
    r"\b(?:hacked|chopped|lopped|sheared|sliced|struck) off (?:his|her|their|its|the|\w+'s) "
    r"(?:heads?|arms?|legs?|hands?|feet|foot|fingers?|ears?|nose|limbs?|tongue|thumbs?)\b",
)

_add(
    G,
    0.9,
    "attached",
    after=r"(?<=no longer attached)",
    needs=r"\b(?:legs?|arms?|hands?|foot|feet|heads?|fingers?|ears?|jaw)\b.{0,40}\bno longer "
    r"attached\b",
    negation_ok=True,
)

_add(
    G,
    0.6,
    "sever severs severing",
    after=r" (?:the|his|her|their|its|an|a) (?:\w+ )?(?:heads?|arms?|hands?|legs?|foot|feet|fingers"
    r"?|"
    r"tendons?|artery|arteries|spine|spinal cord|jugular|neck|windpipe|carotid|femoral)\b",
)

_add(
    G,
    0.9,
    "pieces bits shreds",
    after=r"(?:(?<=to pieces)|(?<=in pieces)|(?<=to bits)|(?<=in bits)|(?<=to shreds)|(?<=in shreds"
    r")"
    r"|(?<=into pieces)|(?<=into bits)|(?<=into shreds))",
    needs=r"\b(?:blown|hacked|torn|ripped|cut|chopped|shot|smashed|blasted) (?:\w+ )?(?:to|into|in)"
    r" "
    r"(?:pieces|bits|shreds)\b(?! (?:by (?:the )?(?:critics|press|reviewers|papers)))",
)

_add(
    G,
    0.6,
    "face head jaw scalp eye eyes nose",
    after=r" (?:(?:was|were) (?:just |simply |half |partly )?(?:gone|missing)\b|left\b(?! (?:to|in|"
    r"on|for|of the)\b)|at all\b|anymore\b)|(?:(?<=no face)|(?<=no head)|(?<=no jaw))(?=[\s,.;]|$)",
    needs=r"\b(?:his|her|their|the \w+'s|[a-z]+'s) (?:face|jaw|scalp|eye|eyes|nose|lower jaw) "
    r"(?:was|were) (?:just |simply |half |partly )?(?:gone|missing)\b|\bno (?:face|head|jaw) "
    r"(?:left|at all|anymore)\b|\bhad no (?:face|head|jaw)\b",
    negation_ok=True,
)

_add(
    G,
    0.6,
    "left",
    after=r"(?:(?<=at was left)|(?<=t were left)|(?<=what left)) of ",
    needs=r"\bwhat (?:was |were )?left of (?:him|her|them|the (?:body|bodies|corpse|man|woman|boy|"
    r"girl|men)|his body|her body|his face|her face|his head|her head)\b",
)

# Graphic: what is inside coming outside.
_add(
    G,
    0.9,
    "insides",
    needs=r"\b(?:holding|held|clutching|clutched|cradling|spilling|spilled|spilt|hanging|hung|"
    r"falling|fell|slid|sliding|trailing|scooping|scooped) (?:\w+ ){0,2}(?:own )?insides\b|"
    r"\binsides (?:spilling|spilled|spilt|hanging|hung|out|slid|sliding|in (?:his|her|their) "
    r"(?:lap|hands))\b",
)

_add(
    G,
    0.6,
    "loops coils ropes",
    needs=r"\b(?:liver|gut|guts|bowel|bowels|intestine|entrails|"
    r"innards)\b.{0,40}\b(?:loops|coils|ropes)\b|\b(?:loops|coils|ropes) of (?:\w+ )?(?:gut|"
    r"intestine|bowel|entrails)\b",
)

_add(
    G,
    0.6,
    "opened",
    after=r" (?:up )?(?:the|his|her|their|its) (?:\w+ )?(?:throat|belly|gut|guts|bowels|skull|"
    r"stomach)\b",
    needs=r"\b(?:knife|blade|sword|dagger|axe|claws?|talons?|beak|teeth|fangs|horns?|tusks?|"
    r"machete|bayonet|razor|spear|sickle|glass|shard|bullet|shell|blast)\b",
)

# Graphic: skulls and chests broken in; a weapon driven through.
_add(
    G,
    0.6,
    "skull head face chest ribs ribcage temple forehead",
    after=r" (?:was |were |had been |had )?(?:dented|caved|stove|smashed|crushed|bashed|beaten|"
    r"battered|kicked|stamped) in\b",
)

_add(
    G,
    0.6,
    "driven run passed went pinned",
    after=r" (?:clean |right |straight )?through (?:his|her|their|the \w+'s|\w+'s) (?:chest|body|"
    r"belly|heart|throat|neck|skull|head|back|eye|face|gut|stomach|ribs|thigh)\b",
)

_add(
    G,
    0.6,
    "arterial",
    after=r" (?:spray|blood|bleed|bleeding|spurt|spurts|jet|jets|gush|pumping)\b",
)

_add(
    G,
    0.6,
    "spurts jets gouts",
    needs=r"\bblood\b.{0,60}\b(?:in|with) (?:\w+ )?(?:spurts|jets|"
    r"gouts)\b|\b(?:spurts|jets|gouts) of blood\b",
)

_add(
    G,
    0.6,
    "blood",
    after=r" (?:\w+ ){0,3}(?:through|between|from between|over) (?:his|her|their|my|your) fingers\b"
    r"",
)

_add(
    G,
    0.6,
    "drowned drowning drowns choking choked",
    after=r" (?:in|on) (?:his|her|their|my|its) own blood\b",
)

_add(G, 0.45, "gristle ichor")

_add(G, 0.45, "foam froth", needs=r"\b(?:red|bloody|pink|crimson) (?:foam|froth)\b")

_add(
    G,
    0.6,
    "red pink crimson scarlet",
    after=r"(?:(?<=ran red)|(?<=ran pink)|(?<=ran crimson)|(?<=ran scarlet)|(?<=and red)|(?<=and pi"
    r"nk)|"
    r"(?<=churned red)|(?<=churned pink)|(?<=stained red)|(?<=stained pink)|(?<=stained crimson)|"
    r"(?<=dyed red)|(?<=dyed pink)|(?<=dyed crimson)|(?<=dyed scarlet))",
    needs=r"\b(?:water|snow|river|stream|floor|ground|mud|gutter|gutters|sawdust|straw|"
    r"floorboards|flagstones|cobbles|tiles|carpet) (?:\w+ ){0,3}(?:ran|churned|stained|dyed|ran "
    r"thick and) "
    r"(?:\w+ )?(?:red|pink|crimson|scarlet)\b(?! (?:with (?:sunset|dawn|evening|light)|in the "
    r"(?:sunset|dawn|light)))",
)

# Graphic: burns and scalds on skin.
_add(
    G,
    0.6,
    "skin flesh",
    after=r"(?i: (?:\w+ ){0,2}(?:blistered|bubbled|sloughed|sloughing|melted|melting|charred|"
    r"blackened|crackled|peeled away|came away|lifted|slid off))",
    needs=r"\b(?:skin|flesh) (?:\w+ ){0,2}(?:blistered|bubbled|sloughed|sloughing|melted|melting|"
    r"charred|blackened|crackled|peeled away|came away|lifted in (?:\w+ ){0,2}blisters|slid off)\b",
)

_add(
    G,
    0.6,
    "hole holes",
    after=r" (?:in|under|through) (?:his|her|their|[a-z]+'s|[A-Z][a-z]+'s) (?:chest|ribs|belly|"
    r"stomach|gut|head|skull|throat|neck|face)\b",
)

_add(
    G,
    0.6,
    "wounds",
    after=r" (?:to|in) (?:the|his|her|their) (?:chest|abdomen|neck|throat|back|face|head|heart)\b",
    needs=r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty)(?:-\w+)?|dozens? "
    r"of|multiple|several) (?:stab|knife|bullet|gunshot|puncture) wounds\b",
)

_add(
    G,
    0.6,
    "tendons",
    needs=r"\b(?:sever|severed|severing|cut|slashed|sliced) (?:the |his |her )?"
    r"(?:\w+ )?tendons\b",
)

# Graphic: a blade biting into bone, sawing through sinew; a limb taken by the axe.
_add(
    G,
    0.6,
    "bit sank crunched split cleaved clove hacked chopped",
    after=r" (?:deep |deeply )?into (?:the back of |the side of )?(?:his|her|their|its|the \w+'s|"
    r"[A-Z][a-z]+'s) (?:skull|head|face|neck|spine|bone|bones|ribs|collarbone|shoulder-blade)\b",
)

_add(
    G,
    0.6,
    "saw sawed sawing hacked hacking cut cutting chopped chopping bit",
    after=r" through (?:the |his |her |its )?(?:sinews?|bone|bones|spine|neck|gristle|tendons?|"
    r"windpipe|vertebrae|gullet)\b",
)

_add(
    G,
    0.6,
    "took takes",
    after=r" (?:off )?(?:the|his|her|their|its|\w+'s) (?:head|hand|hands|arm|arms|leg|legs|foot|fee"
    r"t|"
    r"fingers|ear|ears|nose)\b(?! (?:in (?:his|her)|into|between|and (?:kissed|held|shook)))",
    needs=r"\b(?:axe|sword|blade|shell|cannonball|saw|scythe|sabre|saber|cleaver|machete|headsman|"
    r"executioner|guillotine|chainsaw|mortar)\b",
)

_add(
    G,
    0.6,
    "blood gore",
    after=r" (?:\w+ ){0,5}(?:to|up to) the (?:elbows?|wrists?|shoulders?|knuckles)\b",
)

_add(
    G,
    0.9,
    "rest pieces bits parts",
    after=r" of (?:him|her|them) (?:was |were |lay |had been |hung )?(?:spread|scattered|strewn|"
    r"splashed|spattered|smeared|everywhere|in (?:the|a) (?:tree|trees|hedge|ditch|mud))\b",
)

_add(
    G,
    0.45,
    "arrow arrows bolt spear shaft",
    after=r" (?:\w+ ){0,2}(?:standing|sticking|jutting|protruding|stuck) (?:out of|from|in|through)"
    r" "
    r"(?:the back of )?(?:his|her|their|the \w+'s|[A-Z][a-z]+'s) (?:neck|throat|eye|chest|back|"
    r"belly|side|face|thigh|skull|head)\b",
)

# Graphic: torture of nails and teeth.
_add(
    G,
    0.6,
    "fingernails fingernail toenails toenail nails nail teeth",
    needs=r"\b(?:pulled|pulling|tore|torn|ripped|pried|prised|wrenched|yanked) (?:out |off )?(?:(?:"
    r"one|"
    r"two|three|four|five|several|all|some|each|another) of )?(?:his|her|their|\w+'s) (?:\w+ )?"
    r"(?:fingernails?|toenails?|nails?)\b(?: out)?"
    r"|\b(?:pliers|tongs|pincers) on (?:his|her|their|the) (?:\w+ )?(?:nails?|fingernails?|teeth|"
    r"tongue|fingers?)\b",
)


# A wound that takes part of someone away: "The bullet took away half his jaw", "blew off two
# of his fingers"; what comes out of a mouth: "blood and teeth".
_add(
    G,
    0.6,
    "away off jaw",
    needs=r"\b(?:took|blew|shot|tore|ripped|sheared|sliced|hacked|torn|blown|shot|ripped|sheared) "
    r"(?:away|off) (?:half (?:of )?|most of |part of |the side of |two of |three of )?(?:his|her|"
    r"their|my|your|the) (?:jaw|face|skull|head|hand|arm|leg|ear|nose|fingers?|foot|cheek)\b"
    r"(?! (?:with|in) (?:a|the) (?:photo|photograph|picture|drawing|sketch|edit))",
)
_add(G, 0.45, "teeth", needs=r"\b(?:blood and (?:broken )?teeth|teeth and blood)\b")
_add(
    G,
    0.9,
    "away pieces",
    needs=r"\b(?:arm|leg|hand|head|foot) (?:came|comes|coming|tore|tears|ripped|rips) (?:away|"
    r"free|loose|off) (?:at|from) the (?:shoulder|elbow|wrist|knee|hip|neck|socket|body)\b|"
    r"\b(?:strewn|scattered|lay|lying|left) in (?:bloody )?pieces (?:across|over|on|along|about) "
    r"the\b",
)
_add(
    G,
    0.6,
    "jaw teeth",
    needs=r"\b(?:jaw|jawbone|ear|nose|eye|eyeball|arm|hand) (?:was )?hanging (?:off|loose|by a "
    r"thread|by a flap)\b|\bteeth (?:all )?(?:over|across|on|scattered on) the (?:pavement|floor|"
    r"road|street|ground|tarmac|cobbles|carpet)\b",
)

# Graphic wounds in plain words: "opened him from collarbone to ribs", arterial blood that
# pulses, bone through the skin, a rope of torn muscle.
_add(
    G,
    0.9,
    "opened",
    after=r" (?:him|her|them|me|you|[a-z]+) (?:up )?from (?:\w+ ){0,2}(?:collarbone|throat|chin|"
    r"hip|groin|navel|belly|shoulder|ear|neck|breastbone|sternum) to (?:\w+ ){0,2}(?:ribs|hip|"
    r"groin|navel|belly|shoulder|ear|collarbone|breastbone|sternum|crotch|knee)\b",
)
_add(
    G,
    0.6,
    "arterial",
    needs=r"\barterial\b(?! (?:road|roads|route|routes|street|traffic|line|lines|railway|"
    r"waterway|canal|network))[^.!?]{0,60}\b(?:blood|spray|bleed|bleeding|pulse|pulses|pulsing|"
    r"soaking|spurt\w*|jet\w*)\b|\b(?:blood|spray|bleed|bleeding|pulse|pulses|pulsing|spurt\w*)"
    r"\b[^.!?]{0,60}\barterial\b",
)
_add(
    G,
    0.6,
    "bone ends",
    needs=r"\b(?:bone|bones|ends|shards|splinters) (?:\w+ ){0,2}(?:through|out through|out of|"
    r"from) (?:the|his|her|their|my|your) (?:skin|flesh|shin|palm|forearm|thigh|wrist|leg|arm)\b|"
    r"\bthe white of the bone\b",
)
_add(
    G,
    0.6,
    "muscle flesh tendons tendon sinew",
    needs=r"\b(?:rope|ropes|strip|strips|ribbon|ribbons|tatters|shreds) of (?:torn |ripped |raw |"
    r"shredded )?(?:muscle|flesh|tendon|tendons|sinew|skin)\b|\b(?:torn|shredded|ruined|mangled) "
    r"(?:muscle|flesh|tendons?|sinew)\b(?! (?:in|of) (?:his|her|my|the) (?:hamstring|calf|"
    r"shoulder|groin|back))",
)

# ---- death ----------------------------------------------------------------------------------
_add(
    D,
    0.9,
    "corpses killed murders murdering slain "
    "perished drowned hanged executed deceased funerals coffin "
    "burial deathbed massacred beheaded decapitated "
    "lifeless killing kill kills",
    # (not a writer "killing off" a character in chapter nine)
    after=r"(?! (?:the (?:final |end |last |big )?boss|(?:\w+ )?(?:mobs|creeps|minions|npcs|bots|no"
    r"obs)"
    r")\b)(?! off (?:\w+ ){0,4}(?:in|by|before) (?:chapter|the (?:next|last|final|first|second|thir"
    r"d|"
    r"sequel) (?:draft|book|chapter|season|episode|act|instal?ment)|season|episode|book|act|the "
    r"sequel|the finale)\b)",
)

# Pests, insects and specimens: a dead fly on the sill, a mouse under the stove, the moths
# in a case, a frog on the bench are no one's death (a dog's, a cat's or a horse's is).
_SMALL_CREATURES = (
    r"fly|flies|wasps?|bees?|moths?|beetles?|spiders?|ants?|insects?|bugs?|mosquito(?:e?s)?|"
    r"gnats?|cockroach(?:es)?|roach(?:es)?|woodlice|woodlouse|worms?|slugs?|snails?|mouse|mice|"
    r"rats?|frogs?|toads?|tadpoles?|fish|jellyfish|crabs?|earwigs?|maggots?|caterpillars?|"
    r"butterfl(?:y|ies)|ladybirds?"
)
# Things that "die" or are "dead": a lawnmower, an organ, a phone, a room after a joke.
# The word before the verb must be someone, not a thing ("he was shot and died" counts; "the
# organ wheezed and died", "the printer's dead" do not). Matched on the cue word itself, so it
# holds however the window is cut.
_THINGS = (
    _SMALL_CREATURES + r"|"
    r"organ|lawnmower|mower|printer|battery|batteries|phone|laptop|engine|motor|torch|radio|"
    r"conversation|room|signal|computer|bulb|generator|boiler|fridge|wifi|internet|router|tablet|"
    r"screen|tv|telly|speaker|microphone|mic|crowd|audience|joke|applause|laughter|rumour|breeze|"
    r"wind|candle|flames?|fire|hoover|kettle|watch|clock|pen|keyboard|modem|console|camera|"
    r"headlights?|light|lights|app|server|website|plant|plants|houseplants?|basil|line|music|"
    r"chatter|talk|party|battery's|"
    # "It died. My phone died.": a thing's death, mostly, when it is only "it"
    r"it|it's|it’s"
)
_FILLER = r"is|are|was|were|has|had|have|just|finally|then|already|and"
_NOT_A_LIFE = (
    r"(?<![a-z'’])(?!(?:"
    + _THINGS
    + "|"
    + _FILLER
    + r")\b)[a-z'’]+(?: (?:and )?(?:"
    + _FILLER[:-4]
    + r"))*"
    r"(?: [a-z]+ and)? (?:died|dies|dead)\b|(?:^|[^a-z'’\s]\s*)(?:died|dies|dead)\b"
)

# (not a place's name: "the Dead Sea", "Dead Man's Pass")
_add(
    D,
    0.9,
    "died dies dead",
    needs=_NOT_A_LIFE,
    after=r"(?<![a-z,;] Dead)(?! (?:branch|branches|leaves|leaf|wood|twigs|skin|cells|end|ends|"
    r"battery|batteries|air|silence|weight|calm|centre|center|heat|ringer|giveaway|certain|easy|"
    r"simple|set|straight|ahead|last|still|quiet|wrong|right|against|slow|stop|serious|space|zone|"
    r"spot|letter|language|metaphor|bolt|pixel|pixels|link|links|code|grass|"
    r"flowers|plants|roses|heads|tired|beat|drunk|broke|bored|sexy|funny|lucky|cute|good|bad|"
    + _SMALL_CREATURES
    + r")\b)",
)

# A murder mystery, the murder holes of a castle: no one dies.
_add(
    D,
    0.9,
    "murder murdered",
    after=r"(?<![a-z,;] Murder)(?! (?:mystery|mysteries|holes?|ballads?|podcasts?|party|parties|gam"
    r"e|"
    r"games|novels?|"
    r"show|shows|of crows)\b)(?! (?:(?:the|a|an|her|his|their|my|your|our|its|that|this) )?(?:\w+ )"
    r"?(?:album|book|novel|play|film|movie|revival|song|exam|tune|speech|joke|accent|grammar|"
    r"budget|proposal|plan|bill|career|spreadsheet)s?\b)",
    needs=r"\bmurder\b|(?<!exam )(?<!test )(?<!song )(?<!shift )(?<!class )(?<!lecture )"
    r"(?<!commute )(?<!workout )(?<!meeting )(?<!interview )(?<!hill )(?<!run )\bmurdered\b",
)

_add(
    D,
    0.9,
    "slaughtered strangled",
    after=r"(?! (?:(?:the|a|an|her|his|their|my|your|our|its|that|this) )?(?:\w+ )?(?:album|book|"
    r"novel|play|film|movie|revival|production|show|performance|review|budget|proposal|plan|bill|"
    r"song|debut|career|hopes|chances|exam|tune|speech|joke|accent|grammar|spreadsheet|"
    r"opposition|competition|rivals|team|side|visitors)s?\b)" + _SPORT,
)

_add(D, 0.9, "corpse", needs=r"(?<!walking )\bcorpse\b")

_add(
    D,
    0.9,
    "buried",
    after=r"(?! (?:(?:his|her|my|their|your|its) (?:face|head|nose|hands|fingers|teeth|"
    r"feelings|doubts|grief|pain)|(?:himself|herself|myself|themselves|yourself) in|the hatchet|"
    r"(?:in|into|against) (?:his|her|my|their|your|the|its) (?:\w+ )?(?:neck|hair|hands|chest|"
    r"shoulder|shoulders|pillow|pillows|book|books|work|papers|arms|lap|face|coat|collar|fur|"
    r"mane|embrace|sheets|blankets|covers|duvet|throat|skin|breasts?|thighs|cushions?)|"
    # (nor one lover "buried inside" the other, "buried to the hilt")
    r"(?:(?:deep|deeply|all the way) )?inside (?:her|him|me|you|them)|to the hilt)\b)",
)

_add(
    D,
    0.9,
    "suicide",
    needs=r"\b(?:committed |commit |commits |died by |death by |killed by |verdict of |verdict was "
    r"|ruled (?:it )?(?:a )?|it was (?:a )?|after (?:his|her|their|\w+'s) |since (?:his|her|their|"
    r"\w+'s) |the |his |her |their |\w+'s )suicide\b"
    r"(?! (?:attempt|attempts|risk|watch|ideation|prevention|hotline|helpline|line|plan|plans|"
    r"thoughts|squad|mission|run|doors?)\b)|\bsuicide (?:note|notes|bomber|bombers|bombing|pact)\b",
)

_add(
    D,
    0.35,
    "suicide",
    needs=r"(?<!career )(?<!political )(?<!social )(?<!professional )(?<!commercial )"
    r"(?<!electoral )(?<!financial )(?<!fashion )(?<!slow )(?<!thoughts of )(?<!thought of )"
    r"(?<!thinking about )(?<!opposite of )(?<!risk of )\bsuicide\b",
)

_add(
    D,
    0.6,
    "dying deaths graves graveside mourning mourned funeral bury burying stillborn",
)

# A widow is who she is, a death long before the story ("the widowed Mrs. Lyle", "a widow
# who kept a boarding house"): weak alone. Widowed as an event is a death ("she was widowed
# at thirty", "left widowed by the war").
_add(D, 0.35, "widow widowed")
_add(D, 0.6, "widowed", needs=r"\b(?:was|were|been|being|is|am|are|got|left) widowed\b")

# "Die" and "death" as figures: "to die for", "rather die than", "the death of me".
_add(D, 0.6, "die", after=r"(?! for\s*[.,!?;]| than\b)")

_add(
    D,
    0.6,
    "death",
    after=r"(?! of (?:me|it|you|us)\b| metal\b| stare\b| glare\b| trap\b| wish\b| overtime\b| round"
    r"\b)",
    needs=r"(?<!event of my )(?<!event of his )(?<!event of her )(?<!event of your )"
    r"(?<!event of our )(?<!event of their )(?<!sudden )(?<!hero's )(?<!hero’s )\bdeath\b",
)

# "Grave" as a noun ("the grave", "his grave"), not a grave face or a grave professor.
_add(
    D,
    0.6,
    "grave",
    after=r"(?=\s*[,.;:!?'\"”’)—-]|\s*$| (?:of|in|at|on|by|beside|near|to|was|is|had|where|with|and"
    r"|"
    r"under|beneath|behind|below|above|among|amongst|outside|inside|into|from|next|there|here|"
    r"now|then|but|or|so|as|when|while|until|without|within|across|beyond|up|down|they|every|"
    r"for|stone|stones|digger|diggers|robber|robbers|robbing|side|yard|clothes|goods|marker|site|"
    r"dirt|soil|mound|plot|that|which|he|she|they|I|we|you)\b)",
)

_add(D, 0.35, "body bodies")

_add(D, 0.35, "crumbled slack gone")

# A body where the dead are found: "a body in the river below Blackfriars", "another body in
# the canal" (not "her body in the water felt weightless", nor "a body of water").
_add(
    D,
    0.6,
    "body",
    needs=r"\b(?:a|another|one more) (?:dead |drowned |second |third |fresh |woman's |"
    r"man's |child's |girl's |boy's )?body (?:(?:had been |was |was being )?(?:found |pulled |"
    r"fished |dragged |recovered ))?(?:in|on|at|under|beneath|by|among|from|out of) (?:the )?"
    r"(?:river|canal|thames|lake|loch|pond|harbour|harbor|docks?|water|woods|wood|forest|ditch|"
    r"alley|alleyway|cellar|bath|bathtub|boot|trunk|morgue|mortuary|marsh|reeds|shallows|quarry|"
    r"mud|snow|library|study|ballroom|grounds|gutter|rubble|wreckage|weir|sluice|culvert|"
    r"undergrowth|bracken|heather|dunes)\b(?! (?:felt|was (?:warm|weightless|light)|floated "
    r"(?:lazily|happily)))",
)

# The house in mourning: the clocks stopped, the glass draped in crape, the black crape on the
# door; a place set at table "then remembered" (the dead one's).
_add(
    D,
    0.6,
    "clocks clock crape crepe looking-glass mirror mirrors",
    needs=r"\b(?:stopped|stopping|stop) (?:every|all the|the) clocks?\b(?! (?:to|for|so) (?:change|"
    r"wind|mend|repair|fix|clean|adjust))|\b(?:draped|covered|hung) (?:the |every |all the )?"
    r"(?:looking-glass|looking glass|glass|mirror|mirrors|glasses) (?:in|with) (?:black )?(?:crape|"
    r"crepe|crêpe|cloth|black)\b|\bblack (?:crape|crepe|crêpe)\b(?! (?:paper|streamers|dress|"
    r"gown|de chine))",
)
_add(
    D,
    0.6,
    "remembered",
    needs=r"\b(?:set|laid|put|got) out (?:a|an|the|three|two|four|five|six|his|her|one) (?:extra )?"
    r"(?:\w+ )?(?:cup|cups|plate|plates|place|places|tins?|mugs?|bowls?|glass|glasses|chairs?)"
    r"\b[^.!?]{0,50}\b(?:then|and then|before (?:she|he|i|they)) remembered\b",
)
_add(
    D,
    0.45,
    "cups plates places",
    needs=r"\b(?:keeps|kept|keep|still) (?:setting|laying|putting|set|lay|put) out (?:two|three|"
    r"four|an extra|the extra|both) (?:cups|plates|places|mugs|bowls|glasses)\b",
)
_add(
    D,
    0.45,
    "without",
    needs=r"\bthe first (?:minute|hour|day|morning|night|week|christmas|birthday|spring|winter) "
    r"of (?:your|my|his|her|their|our) life without (?:her|him|them)\b",
)
_add(
    D,
    0.6,
    "pulse",
    needs=r"\bno pulse\b(?! (?:of|in) (?:the|his|her) (?:music|city|crowd|room))",
    negation_ok=True,
)

# A vigil by the body: "George sat with his twin's body and would not let anyone take it away".
_add(
    D,
    0.6,
    "body",
    needs=r"\b(?:sat|sitting|sits|stayed|knelt|kneeling|kept vigil|keeping vigil|watched) (?:up )?"
    r"(?:with|beside|by|over) (?:his|her|their|my|your|the) (?:\w+(?:'s|’s) )?(?:dead )?(?:body|"
    r"corpse)\b",
)

# "When she went": at a bedside, the going is a death ("You were holding her hand when she
# went", "I was with him when he went, at the end"; not "when he went to work").
_add(
    D,
    0.6,
    "went",
    needs=r"\b(?:holding|held|stroking|with|beside|by) (?:her|his|him|them|their|my|your) "
    r"(?:\w+ )?(?:hand|hands|side|bed|bedside)?\s*when (?:she|he|they) went\b(?=\s*(?:[.;!]|$|,|"
    r" at the end| in the end| in the night| in the early hours| peacefully| quietly))|\bwith "
    r"(?:her|him|them) when (?:she|he|they) went\b(?=\s*(?:[.;!]|$|,))",
)

# Found cold: "found the old man cold in his chair" (not "found her cold and shivering").
_add(
    D,
    0.6,
    "cold",
    needs=r"\bfound (?:him|her|them|the (?:old |poor )?(?:man|woman|boy|girl|child|baby|lad|"
    r"lass|body|patient|prisoner|tramp)|(?:his|her|their|my) (?:\w+ )?(?:mother|father|wife|"
    r"husband|son|daughter|brother|sister|gran|grandad|grandmother|grandfather|nan))"
    r" (?:already |stone |quite )?cold\b(?!,? (?:and|but) (?:hungry|wet|shivering|shaking|tired|"
    r"soaked|damp|miserable|alive|awake|breathing)\b| (?:to|towards|toward|with|about)\b)",
)

# Cold as the dead are ("by evening she is cold", "touched the cold grey wrist"), not cold
# beef, tea gone cold, a cold night, or someone cold and hungry or cold to him.
_add(
    D,
    0.35,
    "cold",
    needs=r"\b(?:she|he|they|it|him|her|them|body|corpse)\b (?:is|was|were|lay|lies|had grown|"
    r"had gone|was already|is already|grew|turned|felt|feels) (?:quite |already |so |very |stone |"
    r"deathly |icy )?cold\b(?! (?:and (?:hungry|wet|tired|damp|miserable|bored)|outside|in here|"
    r"out there|today|tonight|to|towards|toward|with|about|at|from|for|enough|as)\b)|\bcold,? "
    r"(?:grey |gray |white |blue |waxy |still |stiff |dead )?(?:wrist|wrists|cheek|cheeks|"
    r"body|flesh|fingers|lips|brow|forehead|face|hand|hands|skin)\b(?! (?:and (?:hungry|wet|"
    r"tired)|from|in|on|at|against|under|round|around|to)\b)",
)

# "Never woke" is a death; "did not wake" is as often a deep sleeper.
_add(
    D,
    0.6,
    "wake woke",
    needs=r"\bnever (?:wake|woke)(?: up)?\b(?! (?:until|till|before|when|early|easily|for|at))",
    negation_ok=True,
)

_add(D, 0.35, "wake", needs=r"\b(?:did not|didn't|not) wake\b", negation_ok=True)

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

_add(
    D,
    0.45,
    "still",
    needs=r"\b(?:was|lay|went|grew) (?:very |quite |utterly |perfectly |terribly )?still(?=\s*[,.;]"
    r"|"
    r"\s*$)",
)

# A suicide told as done is a death too.
_add(
    D,
    0.9,
    "himself herself themselves",
    needs=r"\b(?:killed|kills|hanged|hangs|hung|shot|"
    r"shoots|drowned|drowns|poisoned|poisons) (?:himself|herself|themselves)\b(?! in the foot)|"
    r"\bthrew "
    r"(?:himself|herself) (?:from|off)\b|\bsword to (?:himself|herself)\b",
)

_add(D, 0.9, "sword", needs=r"\b(?:falls|fell) (?:on|upon) (?:his|her) (?:own )?sword\b")

_add(
    D,
    0.6,
    "head",
    # (not a head that "came away from the pillow")
    needs=r"\bhead (?:comes? away|came away|rolls?|rolled)\b(?! (?:back|forward|to (?:one|the) side"
    r"|from (?:the|his|her|my|a) (?:pillow|pillows|wall|window|glass|book|desk|shoulder|chest|"
    r"cushion)|"
    r"sideways|against|onto|on|over|toward|towards|around|round|from side|in|lazily|slightly)\b)|"
    r"\bhead "
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

_add(D, 0.9, "died", after=r"(?! (?:down|away|out|off)\b)", needs=_NOT_A_LIFE)

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

_add(D, 0.6, "mourners mourn eulogy obituary")

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
    r"identified|dumped|washed|brought home|flown home|sent home|carried home|released)\b|"
    r"\bdead body\b",
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
    after=r" took (?!hold\b|root\b|effect\b|its toll\b|a toll\b)(?:him|her|them|half|most|all|both|"
    r"\w+ (?:of|in))\b",
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

_add(
    D,
    0.6,
    "moving breathing",
    after=r"(?:(?<=already stopped moving)|(?<=already stopped breathing))",
)

# "He bought it at Ypres": a death only where there is a war about, not a shop.
_add(
    D,
    0.6,
    "bought",
    after=r" it (?:yesterday|today|last|at|in|on|this)\b",
    needs=r"\b(?:war|front|trenches|battle|shot down|crash(?:ed)?|raid|flak|squadron|regiment|"
    r"platoon|sniper|mission|ambush|convoy|patrol|the wire|no man's land|over the top|shell"
    r"(?:s|ing|fire)?)\b",
)

_add(D, 0.6, "cooled", needs=r"\buntil (?:it|she|he|they) (?:cooled|went cold|grew cold)\b")

_add(D, 0.6, "loss", needs=r"\b(?:tragic|sudden|untimely|devastating) loss of\b")

# Death: the body that does not rise, move or wake again.
_add(
    D,
    0.6,
    "again",
    needs=r"(?<!need )(?<!might )(?<!may )\b(?:did not|didn't|never|would not|wouldn't|was never "
    r"going to|could not|couldn't|not bothered to|never bothered to) "
    r"(?:\w+ )?(?:get up|got up|move|moved|stir|stirred|wake|woke|wake up|woke up|rise|breathe|"
    r"open (?:his|her|their) eyes|draw breath|speak) (?:\w+ )?again\b(?!,? (?:until|till|for|that|"
    r"after|before|once|unless))",
    negation_ok=True,
)

_add(
    D,
    0.6,
    "getting",
    after=r" up\b",
    needs=r"\b(?:would not|wouldn't|was not|wasn't|won't|will not) (?:ever )?be getting up\b"
    r"(?! (?:for|early|before|till|until|today|tomorrow))",
    negation_ok=True,
)

_add(
    D,
    0.6,
    "breath",
    after=r" (?:went|go|goes|rattled) out of (?:him|her|them)\b(?:.{0,30}\b(?:did not|didn't|never)"
    r" come back)",
)

_add(D, 0.6, "breath", after=r"(?<=between one breath) and the next\b")

# Death: euphemism, and the words of doctors, police and letters.
_add(D, 0.9, "departed", after=r" (?:this|the) (?:life|world|earth|mortal)\b")

_add(
    D,
    0.9,
    "pronounced declared",
    after=r" (?:\w+ )?(?:dead|deceased|extinct)\b",
)

_add(D, 0.9, "life", after=r" (?:was )?(?:pronounced )?extinct\b")

_add(
    D,
    0.6,
    "pulse",
    after=r"(?:(?<=no pulse)|(?<=find a pulse)|(?<=without a pulse))(?! (?:of|in the (?:city|room|"
    r"music)))",
    negation_ok=True,
)

# Feeling for a pulse and finding none: "pressed two fingers to his neck, and there was
# nothing"; "felt for a pulse and found none" (not "found it, faint but steady").
_add(
    D,
    0.6,
    "pulse",
    needs=r"\b(?:felt|feel|feeling|checked|check|checking|searched|searching) (?:again )?"
    r"(?:(?:his|her|their|the \w+'s|\w+'s) (?:wrist|neck|throat) )?for (?:a |his |her |the |any )?"
    r"pulse\b[^.!?]{0,30}\b(?:found|felt|there was|was) (?:none|nothing|no (?:pulse|beat))\b",
    negation_ok=True,
)
_add(
    D,
    0.6,
    "fingers finger",
    needs=r"\b(?:pressed|put|laid|held|placed|pressing|putting) (?:two |her |his |my |their |a )?"
    r"fingers? (?:to|against|on|at) (?:his|her|the \w+'s|\w+'s|its|the) (?:neck|throat|wrist)"
    r"\b[^.;!?]{0,40}\b(?:nothing|no pulse|none|no beat)\b",
    negation_ok=True,
)

_add(
    D,
    0.6,
    "taken",
    after=r" (?:from us|in the night|in (?:his|her|their) sleep|too (?:young|soon|early))\b",
    needs=r"\b(?:was|were|had been) taken (?:from us|in the night|in (?:his|her|their) sleep|too "
    r"(?:young|soon|early))\b|\btaken from us\b",
)

_add(
    D,
    0.45,
    "past beyond",
    after=r" (?:all |any )?(?:help|saving|hope of (?:recovery|saving))\b",
)

_add(
    D,
    0.6,
    "gone",
    needs=r"\bby the time\b.{0,60}\b(?:was|were|had|'d) (?:already )?gone\b",
)

_add(
    D,
    0.45,
    "inform",
    needs=r"\b(?:regret|sad|melancholy|painful|sorrowful|grave) (?:duty )?to inform\b",
)

_add(
    D, 0.45, "telegram", needs=r"\b(?:war office|regret to inform|killed in action|missing|front)\b"
)

# Death: killing in slang.
_add(
    D,
    0.9,
    "done did do doing",
    after=r" (?:him|her|them|[A-Z][a-z]+) in\b(?! (?:the (?:morning|end|past)|time|front|public|"
    r"private|person|secret|turn|one|two|three|half|a (?:day|week|minute|sec|moment)|the (?:\w+ )?"
    r"(?:eye|face|head|ribs)))",
)

_add(
    D,
    0.6,
    "done",
    after=r" (?:him|her|them)\b(?! (?:a favou?r|proud|good|right|wrong|any|some|no|up|in)\b)",
    needs=r"\b(?:they|he|she|someone|somebody|them|those \w+) done (?:him|her|them)\b(?! (?:a "
    r"favou?r|proud|good|right|wrong))",
)

_add(D, 0.6, "offed snuffed", after=r" (?:him|her|them|me|himself|herself|[A-Z][a-z]+|the \w+)\b")

# (someone "bumped off", not "knocked the menu off" the table)
_add(
    D,
    0.6,
    "bumped knocked",
    after=r" (?:him|her|them|[A-Z][a-z]+|the (?:old )?(?:man|woman|boy|girl|guard|witness|"
    r"informant|grass|snitch|copper|bloke|fella|landlord|boss|dealer|husband|wife|rival|"
    r"partner|accountant|banker|judge|lawyer|butler|uncle|aunt|brother|sister|heir|king|queen|"
    r"duke|count|earl|lord|lady))\b off\b"
    # (not off somewhere: "knocked him off the sofa", "off his feet", "off his bike")
    r"(?! (?:the|a|an|his|her|their|my|your|its|our|balance|guard|course|stride|track|"
    r"kilter)\b)",
)

_add(D, 0.6, "finished", after=r" (?:him|her|them|it|the \w+) off (?:with|where)\b")

# Death: the dead lying where they fell, and what is left of them.
_add(
    D,
    0.6,
    "bodies",
    # (not two lovers' bodies lying tangled)
    needs=r"(?<!their )(?<!our )(?<!your )(?<!my )(?<!two )(?<!both )(?<!naked )(?<!warm )\bbodies"
    r"\b"
    r"(?! (?:\w+ )?(?:lay|lying) (?:tangled|entwined|together|close|side by side|pressed|spooned))",
    after=r" (?:\w+ )?(?:bob|bobbed|bobbing|floated|floating|lay|lying|piled|strewn|littered|"
    r"stacked|hung|hanging|swung|rotting|bloated|burning|were carried|were pulled|were laid|washed)"
    r"\b",
)

_add(
    D,
    0.6,
    "fallen",
    needs=r"\b(?:lay|lie|lying|left) where (?:he|she|they|it|\w+) (?:had )?(?:fallen|fell)\b",
)

# (A sign of its own: "what was left of him lay in three places". Not "what was left of her
# patience": "her" only where no noun follows.)
_add(
    D,
    0.6,
    "left",
    after=r"(?:(?<=at was left)|(?<=t were left)|(?<=what left)) of ",
    needs=r"\bwhat (?:was |were )?left of (?:him|them|her(?= (?:was|were|lay|had|in|on|under|"
    r"beneath|went|came|could|would)\b|\s*[,.;])|the (?:body|bodies|corpse|man|woman|boy|"
    r"girl|men)|his body|her body)\b",
)

_add(
    D,
    0.9,
    "sheet",
    needs=r"\b(?:pulled|drew|drawn|put|laid|draped) (?:the|a) sheet (?:up )?over (?:his|her|their|"
    r"the) (?:face|head)\b",
)

# Death: the funeral and the grief after it.
_add(D, 0.6, "crematorium crem undertaker undertakers undertaker's")

_add(D, 0.45, "pyre pyres")

_add(
    D,
    0.6,
    "order",
    after=r" of service\b(?! for (?:a|an|any) | for the (?:wedding|christening|carol))",
)

_add(
    D,
    0.6,
    "laid",
    after=r" (?:him|her|them|[A-Z][a-z]+) out (?:in|on) (?:the|his|her|their) (?:front room|parlour"
    r"|"
    r"parlor|bed|table|kitchen table|best|good|sunday)\b",
)

_add(
    D,
    0.6,
    "memorial",
    needs=r"\b(?:name|names) (?:was |were |is |are )?(?:on|carved on|cut into) the (?:war )?"
    r"memorial\b",
)

_add(D, 0.45, "hospice")

_add(D, 0.35, "dnr resuscitate resuscitation")

_add(
    D,
    0.6,
    "lost",
    after=r" (?:both |all |two |three |four |five )?(?:his|her|their|my|our|your) (?:\w+ )?"
    r"(?:brothers|sisters|sons|daughters|husbands|"
    r"friends|boys|men|comrades) (?:to|in) (?:the war|the sea|the fever|the plague|the flu|"
    r"the flood|the fire|the famine|the trenches|the crash|\w+ (?:war|wars))\b",
)

_add(
    D,
    0.6,
    "heroin drink drugs cancer plague fever cholera consumption typhoid smallpox influenza war sea "
    "flu covid overdose bottle crack meth fentanyl",
    after=r" took (?:[A-Z][a-z]+|(?:my|his|her|their|our) (?:\w+ )?(?:father|mother|dad|mum|mom|son"
    r"|"
    r"daughter|brother|sister|husband|wife|boy|girl|friend|uncle|aunt|grandfather|grandmother|"
    r"cousin|baby|child|children|boys|sons|men|brothers|partner))\b(?!['’]s)",
)

# Death in passing and in grief: "her late husband", "since he passed", "rest in peace".
_add(
    D,
    0.6,
    "late",
    after=r" (?:husband|wife|father|mother|son|daughter|brother|sister|uncle|aunt|grandfather|"
    r"grandmother|master|mistress|king|queen|lord|lady|friend|partner|employer|Mr|Mrs|Miss|Sir|"
    r"Dr|Lord|Lady|Captain|Colonel|Professor)\b",
)

_add(
    D,
    0.6,
    "passed",
    after=r"(?:(?<=he passed)|(?<=she passed)|(?<=mum passed)|(?<=dad passed)|(?<=mom passed)|"
    r"(?<=they passed)|(?<=Mum passed)|(?<=Dad passed)|(?<=Mom passed))(?=\s*[,.;!?]|\s*$| (?:last|"
    r"two|three|four|five|six|seven|eight|nine|ten|a|an|before|after|that|when|peacefully|"
    r"suddenly)\b)",
)

_add(D, 0.6, "peace", after=r"(?<=est in peace)")

_add(D, 0.6, "rip", after=r"(?<=RIP)(?! ?[a-z])")

_add(
    D,
    0.9,
    "survived",
    after=r" by (?:his|her|their) (?:\w+ )?(?:wife|husband|children|sons?|daughters?|mother|father|"
    r"parents|brothers?|sisters?|partner|grandchildren|family)\b",
)

_add(
    D,
    0.6,
    "gone",
    needs=r"\b(?:can't|cant|cannot|can not|still don't|still dont) believe (?:he's|hes|she's|shes|"
    r"they're|theyre|he is|she is|you're|youre) (?:really |actually )?gone\b",
    negation_ok=True,
)

_add(
    D,
    0.6,
    "tributes tribute",
    after=r" (?:have been |were |was )?(?:paid|poured in|flooded in|left)\b(?!(?: \S+){0,8} "
    r"(?:career|work|album|retirement|retiring|achievements?|contribution|service|anniversary|"
    r"birthday|jubilee|years in)\b)",
)

_add(D, 0.6, "floral", after=r" tributes?\b")

_add(D, 0.45, "casualties casualty fatalities")

_add(D, 0.6, "count", after=r"(?<=body count)")

_add(D, 0.6, "fallen", after=r" (?:comrades|soldiers|brothers|heroes|friends|men)\b")

# Death: who is found pinned, impaled or floating; a head on a pike.
_add(
    D,
    0.6,
    "pinned impaled nailed floating",
    needs=r"\bfound (?:him|her|them|[a-z]+|the (?:\w+ ){0,2}\w+) (?:\w+ )?(?:pinned|impaled|nailed|"
    r"floating|face-down|face down)\b",
)

_add(
    D,
    0.6,
    "head heads",
    after=r" (?:\w+ )?(?:on|in|upon) (?:a|the|her|his|their) (?:pike|pikes|spike|spikes|spear|"
    r"thyrsus|basket|sack|platter|gate|gatepost)\b|(?<=severed head)",
)

# Death: the idioms and euphemisms of grief and of hospitals.
_add(
    D,
    0.6,
    "longer",
    after=r" with us\b(?! (?:on|at|in|for|as|from)\b)",
    needs=r"\b(?:is|was|are|were|'s|’s) no longer with us\b",
    negation_ok=True,
)

_add(
    D,
    0.6,
    "maker",
    after=r"(?:(?<=meet his maker)|(?<=meet her maker)|(?<=met his maker)|"
    r"(?<=met her maker)|(?<=meet their maker)|(?<=met their maker))",
)

_add(
    D,
    0.6,
    "bucket",
    after=r"(?:(?<=kicked the bucket)|(?<=kick the bucket)|(?<=kicks the bucket))(?<!car kicked the"
    r" "
    r"bucket)(?<!van kicked the bucket)(?<!engine kicked the bucket)(?<!mower kicked the bucket)"
    r"(?<!telly kicked the bucket)(?<!fridge kicked the bucket)(?<!laptop kicked the bucket)"
    r"(?<!phone kicked the bucket)(?<!printer kicked the bucket)",
    needs=r"\b(?:he|she|they|i|we|you|who|grandad|grandpa|granny|nan|gran|grandma|uncle|aunt|auntie"
    r"|"
    r"dad|mum|mom|father|mother|husband|wife|brother|sister|old (?:man|woman|boy|girl|fellow|chap|"
    r"codger|lady))(?: [\w'’]+)? (?:finally |just |went and )?(?:kicked|kick|kicks) the bucket\b",
)

_add(D, 0.6, "daisies", after=r"(?<=pushing up daisies)|(?<=pushing up the daisies)")

_add(
    D,
    0.6,
    "battle fight",
    after=r" (?:with|against) (?:\w+ )?(?:cancer|leukaemia|leukemia|illness|the disease|tumou?rs?|"
    r"motor neurone disease|als|covid|tb|tuberculosis)\b",
    needs=r"\b(?:lost|losing|lose|loses|succumbed|gave up) (?:his|her|their|the|a) (?:\w+ )?"
    r"(?:battle|fight)\b",
)

_add(
    D,
    0.6,
    "lost",
    after=r" (?:him|her|them) (?:to (?:cancer|the war|the sea|the fever|illness|the flu|covid|"
    r"pneumonia|an overdose|drink|drugs|heroin|suicide)|on the (?:table|operating table)|in "
    r"(?:surgery|theatre|the night|the war|childbirth))\b",
)

_add(
    D,
    0.9,
    "life",
    after=r"(?<=own life)",
    needs=r"(?<!attempted to have )(?<!tried to have )"
    r"(?<!attempted to have )\b(?:took|taken) (?:his|her|their|my|your) own life\b(?! (?:in (?:his|"
    r"her|their|my|your) (?:hands|stride)|back|seriously))",
)

# Death: battles in older words, and those who fell in them.
_add(D, 0.9, "slew", needs=r"(?<!a )(?<!whole )(?<!great )(?<!huge )(?<!entire )\bslew\b(?! of\b)")

_add(D, 0.9, "sword", needs=r"\bput (?:\w+ ){1,4}to the sword\b")

_add(
    D,
    0.6,
    "fell fallen",
    after=r" (?:in|at) (?:battle|action|combat|the war|the front|the (?:first|last|final) (?:charge"
    r"|"
    r"assault|volley))\b",
)

_add(D, 0.6, "kicked beaten stabbed stamped", after=r" to death\b")

# Death: "the body" as the dead one in the room; the water closing over; nothing left.
_add(
    D,
    0.35,
    "body",
    needs=r"(?<!hands )(?<!hand )(?<!fingers )(?<!lips )(?<!eyes )(?<!gaze )(?<!mouth )"
    r"\b(?:over|beside|near|by|from|at|under|with|toward|towards|around|round) the body\b(?! of "
    r"(?:her|his|their|my|your) (?:lover|beloved|partner|husband|wife|boyfriend|girlfriend)\b| "
    r"(?:beneath|under|below|underneath|against|pressed) (?:him|her|them|his|hers))(?! "
    r"(?:of (?:water|work|the (?:text|letter|church|hall|kirk|ship|car|house|report|essay|email|"
    r"message|book|novel|story))|politic|count|language|shop|clock|armour|wash|lotion|"
    r"butter|spray|of evidence))",
)

_add(
    D,
    0.6,
    "body",
    needs=r"\bthe body (?:lay|lies|was lying|had lain|of (?:a|an|the|his|her) (?:\w+ )?(?:man|woman"
    r"|"
    r"boy|girl|child|soldier|victim|sailor|stranger|baby))\b",
)

_add(
    D,
    0.6,
    "close closes",
    after=r" over\b",
    needs=r"\b(?:sea|water|waters|waves|river|lake) (?:close|closes) over\b",
)

_add(
    D,
    0.6,
    "left",
    # (not one wasted to "skin and bone", or "a shadow of his old self")
    after=r" of (?:him|her|them) (?:but|except|save)\b(?! (?:skin|bones?|a shadow|a ghost|a husk|"
    r"rage|anger|grief|nerves|worry)\b)",
    needs=r"\bnothing (?:was |is )?left of (?:him|her|them) (?:but|except|save)\b",
    negation_ok=True,
)

# Death: the eyes of the dead closed for them.
_add(
    D,
    0.45,
    "closed",
    after=r" (?:the (?:staring |open |sightless |unseeing |dead )?eyes|(?:his|her|their) (?:staring"
    r" |"
    r"open |sightless |unseeing )eyes|(?:his|her|their) eyes for (?:him|her|them)|the dead \w+'s "
    r"eyes|[A-Z][a-z]+'s eyes for (?:him|her))\b",
)

# Death: beheading told by the head; one who lived and one who did not; a hand gone slack.
_add(
    D,
    0.6,
    "head heads",
    after=r"(?i: (?:\w+ ){0,2}(?:hung|hanging|dangled|dangling|lolled|lolling|loll|lolls) (?:\w+ ){"
    r"0,3}"
    r"(?:by|on) "
    r"(?:a|the) (?:strip|thread|flap|hinge|tatter|shred|string)\b| (?:rolling|rolled (?:free|away|"
    r"across|down|into|off)|bounced|tumbled) (?:\w+ )?(?:across|down|along|into|off|free|away|"
    r"over)\b)|(?<=no head)(?=[\s,.;]|$)",
    negation_ok=True,
)

_add(
    D,
    0.9,
    "lived",
    after=r"[.;,] (?:but )?(?:\w+ ){1,3}(?:did not|didn't|never did|wasn't so lucky|was not so "
    r"lucky)\b",
    negation_ok=True,
)

_add(
    D,
    0.45,
    "hand",
    after=r"(?: [\w'’]+){0,8} (?:fell away|went slack|went limp|fell limp|dropped away|slid away|"
    r"slipped from (?:mine|his|hers))\b",
)

_add(D, 0.45, "inquest inquests")

_add(
    D,
    0.6,
    "execution",
    # Someone's execution, not an execution ordered, feared or of a plan.
    needs=r"\b(?:his|her|their|[a-z]+'s|the day of (?:the|his|her)|the night before (?:the|his|her)"
    r") "
    r"execution\b(?! (?:of (?:the|a|his|her|their|this|that|our|my) (?:\w+ )?(?:plan|plans|order|"
    r"orders|will|wills|warrant|task|tasks|duties|strategy|contract|project|scheme|code|design|"
    r"idea|policy|trade|trades|move|moves)|(?:was|is) (?:flawless|perfect|sloppy|poor))\b)|"
    r"\bexecution of (?:the (?:prisoner|prisoners|king|queen|traitor|traitors|condemned|hostages?)|"
    r"[A-Z]\w+)\b",
)

_add(
    D,
    0.6,
    "sheet",
    needs=r"\b(?:drew|pulled|folded|turned|lifted) (?:the|a) sheet (?:back|down) (?:only |just )?"
    r"(?:from (?:his|her|"
    r"their|the) face|as far as (?:his|her|their) (?:chin|neck|shoulders))\b",
)

_add(
    D,
    0.6,
    "put",
    after=r" (?:him|her|it|them|[A-Z][a-z]+) (?:to sleep|down)\b",
    needs=r"\b(?:vet|vets|vet's|the needle|injection)\b",
)

_add(
    D,
    0.6,
    "flowers daffodils roses lilies wreath wreaths",
    after=r" (?:to|on|at|onto|by) (?:the|his|her|their|[a-z]+'s|[A-Z][a-z]+'s) (?:cemetery|grave|"
    r"headstone|tomb|memorial|gravestone|plot)\b",
)

_add(
    D,
    0.6,
    "worked",
    after=r" on (?:him|her|them)(?: [\w-]+){0,8} for (?:\w+ ){0,2}(?:minutes|an hour|hours)\b",
    # (bringing someone back, not a mechanic on a boat or a masseur on a back)
    needs=r"\b(?:cpr|resuscitat\w*|paramedics?|defib\w*|ambulance|crew|lifeguards?|medics?|"
    r"compressions|pulse|pool|beach|verge|roadside|road|pavement|concrete|tarmac|shore|riverbank|"
    r"taking turns)\b",
)


# Death: the plural of "took his own life" ("the graves of those who had taken their own
# lives"), a suicide told as done, which is a death.
_add(
    D,
    0.9,
    "lives",
    after=r"(?<=own lives)",
    needs=r"\b(?:took|taken) (?:their|our|your) own lives\b(?! (?:in (?:their|our|your) hands|"
    r"back|seriously))",
)

# Death: the breath or the heart that stops as the subject of the verb ("her breathing
# stops", "his breath stopped", "the heartbeat under my hand stopped"): not "my heart
# stopped when I saw her", so only breathing and heartbeats, and not "for a moment".
_add(
    D,
    0.6,
    "breathing breath heartbeat",
    needs=r"\b(?:his|her|their|the|your|my mother's|my father's|[a-z]+'s) (?:breathing|breath|"
    r"heartbeat) (?:\w+ ){0,2}(?:stops|stopped|ceased|ceases|stilled|stills)\b(?! (?:for|a|short|"
    r"dead|in (?:his|her|my|your) (?:throat|chest))\b)(?!\s*(?:[,;]\s*)?(?:for|then|and (?:then )?"
    r"(?:started|began|caught|went on|resumed)))",
)

# Death: one who would never again do what the living do ("would never wake again", "he
# would not be getting up", "would never be anything else again"), as the narrator's
# verdict, not a wish ("I never want to move again") or a sleeper ("never wake before ten").
# (The modal is the narrator's here, so the cues take it. Only the past "would": "if he
# takes the bottle he will never wake again" is a condition. A past condition, "if the
# fever did not break she would never wake again", is still read as a death.)
_add(
    D,
    0.6,
    "wake breathe stir speak move rise",
    needs=r"\bwould never (?:again )?(?:wake|breathe|stir|speak|move|"
    r"rise)(?: up)?(?: (?:again|now|any more|anymore))\b",
    negation_ok=True,
    modal_ok=True,
)
_add(
    D,
    0.6,
    "getting",
    needs=r"\b(?:would not|wouldn't|was not going to|wasn't going to) be getting up"
    r"(?! (?:early|today|tomorrow|for|to|till|until|before|at)\b)|\b(?:was not|wasn't|were not|"
    r"weren't) getting up again\b",
    negation_ok=True,
    modal_ok=True,
)
_add(
    D,
    0.6,
    "anything",
    needs=r"\bwould never be anything else (?:again|now)\b",
    negation_ok=True,
    modal_ok=True,
)

# Death: past help ("was past any help they could give"), not "past helping with the dishes".
_add(
    D,
    0.45,
    "help",
    needs=r"\b(?:was|were|is|lay) (?:long |well |already )?(?:past|beyond) (?:all |any )?"
    r"(?:human |earthly |mortal |medical )?help\b(?! (?:with|from|of|at|in|to)\b)",
)
# Death: the thrashing that stops at the end of a kill ("held it there until the bellowing
# stopped", "until the kicking weakened and stopped"): the sound and struggle of a living
# thing, not the rain or a baby's crying.
_add(
    D,
    0.45,
    "thrashing struggling kicking twitching bellowing jerking",
    needs=r"\buntil (?:the|his|her|its|their) (?:thrashing|struggling|kicking|twitching|"
    r"bellowing|jerking)(?: (?:weakened|slowed|grew weaker)(?: and)?)? (?:stopped|ceased|ended|"
    r"stilled)\b",
)

# Death: the last gesture and then "was gone" ("squeezed her fingers once, and was gone",
# "sighed, and was gone"): a life going out, not a guest leaving after a wave.
# ("Was gone" itself is set aside as a figure below, so the cue is the gesture.)
_add(
    D,
    0.6,
    "sighed shuddered exhaled once",
    after=r"(?: [\w'’]+){0,3},? and (?:then )?(?:he |she |they )?(?:was|were) gone\b",
    needs=r"\b(?:sighed|shuddered|exhaled|(?:squeezed|pressed|gripped|tightened|smiled|gasped|"
    r"breathed)(?: [\w'’]+){0,3} once)\b",
)

# Death: a stillbirth told plainly ("born still", "born sleeping", "the stillbirth").
_add(D, 0.9, "stillbirth stillbirths")
_add(
    D,
    0.6,
    "born",
    after=r" (?:still|sleeping|asleep)\b(?! (?:a|an|the|more|less|being|young|alive|growing|"
    r"loved|wanted|hoping|believ\w*)\b)",
    needs=r"\b(?:was|were|is|been|be) born (?:still|sleeping|asleep)\b",
)

# Death: a hospital or hospice bed found stripped or empty after a shift or a visit ("the
# bed was stripped when I came on shift"): a sign that needs company, since patients are
# also discharged.
_add(
    D,
    0.35,
    "stripped empty",
    needs=Near(
        r"\b(?:ward|hospital|hospice|shift|nurse|sister|icu|bay|side room)\b",
        r"\bbed (?:was|lay|stood) (?:already )?(?:stripped|empty)\b",
    ),
)


# Death: a head that comes away in one stroke (the rule above sets aside a head that
# "rolled in" or "came away in" anything), not a head lifted from a pillow.
_add(
    D,
    0.6,
    "head",
    needs=r"\bhead (?:comes?|came) away in (?:one|a single|the first|two|a) (?:stroke|blow|"
    r"swing|cut)\b",
)


# Death: open eyes that do not answer the light ("her eyes were open, and they did not move
# when the torch found them"), not eyes kept open against sleep.
_add(
    D,
    0.45,
    "blink blinked move moved flicker flickered",
    needs=r"\beyes (?:were |was |lay |stayed )?(?:still |wide )?open\b.{0,50}\b(?:didn't|did not|"
    r"never|wouldn't|would not) (?:move|blink|flicker)\b(?!.{0,20}\b(?:from|off|away)\b)",
    negation_ok=True,
)


# Death, third pass: the plain word of the sickroom ("he went in the night", "Dad went at
# about half five"); carried off by a fever; a child who did not live to be christened.
_add(
    D,
    0.6,
    "went",
    after=r" (?:peacefully|quietly in the night|in (?:his|her|their|my) sleep|in the night)\b"
    r"(?!,? (?:to|for|and|with|back|out|down|up|into|across|over|round|around|through|"
    r"looking|home|after|off)\b)",
    needs=r"\b(?:he|she|dad|mum|mam|mom|father|mother|gran|granny|grandad|grandpa|grandma|nan|"
    r"nana|husband|wife) went\b",
)
_add(
    D,
    0.6,
    "went",
    after=r" (?:at|about|around|just after|just before) (?:about |around )?(?:\d{1,2}(?:[:.]\d\d)?"
    r" ?(?:am|pm|a\.m\.|p\.m\.)|half (?:past )?\w+|(?:quarter|twenty|ten|five) (?:past|to) \w+)"
    r"(?=\s*(?:[,.;!\n]|$)|\s+(?:in the (?:morning|afternoon|evening|night)|this morning|last "
    r"night|peacefully)\b)",
    needs=r"\b(?:he|she|dad|mum|mam|mom|father|mother|gran|granny|grandad|grandpa|grandma|nan|"
    r"nana|husband|wife) went\b",
)
_DISEASE = (
    r"(?:fever|consumption|cholera|typhus|typhoid|smallpox|croup|influenza|flu|plague|pox|"
    r"pneumonia|diphtheria|measles|dysentery|illness|disease|sickness|infection|cancer)"
)
_add(D, 0.6, "carried", after=r" off by (?:the |a |an )?(?:\w+ )?" + _DISEASE + r"\b")
_add(
    D,
    0.6,
    "taken",
    after=r" (?:off )?by (?:the |a |an )?(?:\w+ )?" + _DISEASE + r"\b",
    needs=r"\b(?:was|were|been|is|are) taken\b",
)
_add(
    D,
    0.6,
    "live lived",
    needs=r"\b(?:did not|didn't|never|not) live(?:d)? to (?:see|be|hear|know|meet|reach|"
    r"celebrate|finish|witness|hold|grow|walk|christen)\b",
    negation_ok=True,
)


# Death: the words of the sickroom and the record ("passed from us", "ceased breathing", "his
# chest had stopped moving", "expired in the carriage"); a father laid out by his daughter.
_add(D, 0.6, "passed", after=r" (?:from us|from this (?:world|life)|peacefully)\b")
_add(
    D,
    0.9,
    "ceased",
    after=r" (?:to breathe|breathing|respiration|respiring)\b",
)
_add(
    D,
    0.6,
    "chest chests",
    after=r" (?:has |had )?(?:stopped|ceased) (?:moving|rising)\b|(?: did not| didn't| no longer)"
    r" (?:rise|move) again\b",
)
_add(
    D,
    0.6,
    "expired",
    after=r" (?:in (?:the |his |her |their )?(?:carriage|arms|bed|hospital|ambulance|"
    r"street|cell)|peacefully|shortly after|before (?:reaching|help|the doctor|hospital|"
    r"morning|dawn))\b",
    needs=r"\b(?!(?:it|this|that|which|passport|licence|license|lease|offer|contract|visa|"
    r"warranty|ticket|deadline|subscription|permit|membership|patent|term|card|insurance|"
    r"policy|battery|milk|food|timer|clock|meter)\b)\w+ expired\b",
)
_add(
    D,
    0.6,
    "laid",
    after=r" (?:her|his|my|their) (?:father|mother|husband|wife|son|daughter|brother|sister|"
    r"grandmother|grandfather|gran|nan|grandad|granny) out\b",
)


# Death: a pet put to sleep at the vet's (not a patient put to sleep for the operation); did
# not make it through the night; slipped away in the small hours; a body never found.
_add(
    D,
    0.6,
    "put",
    after=r" to sleep\b(?! (?:for|before|during|while)\b)",
    needs=Near(
        r"\b(?:vet|vets|dog|cat|horse|pony|puppy|kitten|pet|rabbit|hamster|old boy|old girl)\b",
        r"\b(?:be|been|was|were|being|get|got|had|have|has|having) (?:(?:him|her|it|them) )?"
        r"put to sleep\b",
    ),
)
_add(
    D,
    0.6,
    "make",
    after=r" it (?:through|past) (?:the (?:night|surgery|operation|birth|first night|journey|"
    r"crossing)|surgery)\b",
    needs=r"\b(?:didn't|did not|never) make it (?:through|past)\b",
    negation_ok=True,
)
_add(
    D,
    0.6,
    "slipped",
    after=r" away (?:quietly |peacefully )?(?:in|during) the (?:small|early) hours\b"
    r"(?!,? (?:to|for|and)\b)",
    needs=r"\b(?:he|she|dad|mum|mam|mom|father|mother|gran|granny|grandad|grandpa|grandma|nan|"
    r"nana|husband|wife) slipped away\b",
)
_add(
    D,
    0.6,
    "body bodies",
    after=r" (?:was|were) never (?:found|recovered)\b|(?: has| have| had) never been "
    r"(?:found|recovered)\b",
    negation_ok=True,
)


# Death: gone before help came ("was gone by the time the ambulance arrived"); a heart that
# gave out; lost at sea; six feet under; never regained consciousness; "we lost Dad last year".
# (keyed on who came too late: "was gone" itself is an exception, "gone to the shops"; not
# the police or a doctor, whom a man may be gone before because he ran)
_add(
    D,
    0.6,
    "ambulance paramedics medics priest",
    needs=r"\b(?:was|were|'d|had|had been) (?:already )?gone (?:by the time|before) "
    r"(?:the |an |a )?(?:ambulance|paramedics|medics|priest)\b",
)
_add(
    D,
    0.6,
    "heart",
    after=r" (?:finally |just |simply )?(?:gave out|gave up|stopped in (?:the night|(?:his|her|"
    r"their) sleep)|failed (?:in|during) the night)\b(?! on (?:the|him|her|me)\b| a little\b| for "
    r"a (?:moment|second|beat)\b| at the sight\b| when (?:he|she|i|they|we) (?:saw|heard)\b)",
)
_add(
    D,
    0.6,
    "lost",
    after=r" at sea\b",
    needs=r"\b(?:he|she|they|husband|wife|father|son|brother|crew|men|sailors?|fishermen|hands|"
    r"boys|lads) (?:was|were|had been|have been) lost at sea\b",
)
_add(D, 0.6, "six", after=r" feet under\b(?! (?:the|water|ice|snow)\b)")
_add(D, 0.6, "regained", needs=r"\bnever regained consciousness\b", negation_ok=True)
_add(
    D,
    0.6,
    "lost",
    after=r" (?:(?:our|my|his|her|their) )?(?:dad|mum|mam|mom|father|mother|gran|granny|grandad|"
    r"grandpa|grandma|nan|nana|husband|wife|son|daughter|brother|sister|Dad|Mum|Mam|Mom|Gran|"
    r"Grandad|Grandpa|Grandma|Nan|Nana) (?:last (?:year|month|week|spring|summer|autumn|winter|"
    r"Christmas)|(?:in|this) (?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|the spring|the summer|the autumn|the winter)|(?:two|three|four|"
    r"five|six|ten|a few|many) (?:years|months|weeks) ago)\b",
)


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
    # (not a day that "came apart into pieces", nor a toy that "came apart in his hands")
    after=r" (?:untouched|apart(?! (?:at|into|in (?:his|her|my|your|their|the))\b)|undone|hard|"
    r"again|with (?:his|her|my|your) name)",
)

# "He came," said of a lover, not "it keeps coming," or "the night the wolf came."
_add(
    S,
    0.45,
    "comes came coming",
    # (not "she came, she said, about a brooch": a visit, with the telling in between)
    after=r"[,.;](?!\s*(?:she|he|they|I|we|you) (?:said|says|told|explained|added|wrote)\b)",
    needs=r"\b(?:he|she|i|you|they|we)(?: [\w'’]+)? (?:came|comes|coming)\s*[,.;]",
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
    "unbuttoned unbuttons naked nude thrust thrusts thrusting lust straddled",
)

# Undressing a lover; not the baby for its bath, the patient, or a problem.
_add(
    S,
    0.6,
    "undressed undresses undressing",
    after=r"(?! (?:the |his |her |their |my |a )?(?:baby|babies|child|children|boy|girl|kids?|"
    r"toddler|patient|body|corpse|doll|dolls|problem|twins|son|daughter|invalid)\b)"
    r"(?!.{0,40}\bfor (?:bed|the bath|a bath|her bath|his bath|the doctor|the examination)\b)",
)

# Unlacing a bodice, not boots.
_add(
    S,
    0.6,
    "unlaced unlace",
    after=r"(?! (?:(?:his|her|my|your|their|the|a|one) )?(?:\w+ )?(?:boots?|shoes?|skates?|"
    r"trainers|sandals|brogues|gaiters|tent|sack))",
)

# "Moaned that the soup was cold" is a complaint, not a sound of pleasure.
_add(
    S,
    0.6,
    "moaned moaning moans",
    after=r"(?! (?:that|about|on about|at|to (?:him|her|me|them)))",
)

_add(
    S,
    0.25,
    "bed thighs breasts breast bodice tangled desire hips gasps gasped shirt "
    "waistcoat chemise stockings petticoats sheets clothes undid buttons skin heat touch "
    "bare",
)

_add(S, 0.15, "kisses kissed kissing mouth")

# Not the old sense, courting: "made love to Miss Lucas across the dinner table".
_add(
    S,
    0.9,
    "love",
    needs=r"\b(?:made|making|make) love\b(?! to (?:\w+ ){1,3}(?:across|over|at|during|through|all "
    r"through|between) (?:the|a|dinner|supper|tea))",
)

_add(S, 0.9, "slept", after=r" (?:with|together)\b")

_add(S, 0.6, "together", needs=r"\b(?:lay|lie|lain|went to bed|in bed|sleeping|slept) together\b")

_add(
    S,
    0.4,
    "bed",
    needs=r"\b(?:into|in|to) (?:his|her|their|my|your|the (?:great|marriage|"
    r"bridal)) bed\b(?!.{0,60}\balone\b)",
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
    "drew pulled pushed tugged drags dragged shoved pressed tumbled",
    after=r" (?:him|her|me|you) (?:back )?down (?:onto|on to|into|on) (?:the|his|her|my) (?:\w+ )?"
    r"(?:bed|sheets|furs|mattress|pillows|sofa|couch|blankets)\b",
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

# Sexual content: the act told by bodies and motion, with no "sex" word ("slid inside
# her", "two fingers into him", "came in her mouth", "we fucked in every room").
# An object pronoun that ends the phrase: "inside her," but not "inside her coat".
_OBJ = (
    r"(?:him|me|you|them|her(?=\s*(?:[,.;:!?)\u2014\u2013\"'’”]|$|-|(?:and|until|till|again|"
    r"while|as|with|slowly|gently|then|so|deep|deeper|harder|one|inch|from|at last|properly|"
    r"carefully|by|on|under|against|in|at|for|to|before|once)\b)))"
)

_add(
    S,
    0.9,
    "inside",
    needs=r"\b(?:thrust|thrusts|thrusting|came|comes|coming|finished|spilled|all the way|fully|"
    r"length|member|shaft|himself|herself|fingers?|tongue) inside (?:her|him|me|you)\b",
    after=r" " + _OBJ,
)

# ("Dread slid inside him": a verb of motion alone needs the rest of the scene.)
_add(
    S,
    0.45,
    "inside",
    needs=r"\b(?:slid|slides|sliding|slipped|slips|slipping|pushed|pushes|pushing|eased|eases|"
    r"easing|sank|sinks|sinking) inside (?:her|him|me|you)\b",
    after=r" " + _OBJ,
)

# "Slid into him slowly", "eased into her all the way": into someone, with how far or how
# slow (not "the car slid into him", a crowd that "pushed into her").
_add(
    S,
    0.6,
    "slid slides sliding sank sinks sinking eased eases easing pushed pushes pushing",
    after=r" into (?:her|him|me|you)(?:,)? (?:slowly|deep|deeper|fully|all the way|to the hilt|"
    r"inch by inch|in one (?:long |slow )?(?:stroke|thrust|push))\b",
)
# "She pulls him down onto her" (a sign that wants company: a tackle or a hug may too).
_add(
    S,
    0.45,
    "pulled pulls pulling drew draws",
    after=r" (?:him|her) down (?:onto|on top of|over) (?:her|him|herself|himself|me|you)\b"
    r"(?! (?:to (?:save|shield|protect|hide)|as the))",
)

# On top, told by the one who moves: "she slid down onto him", "you sink down onto him",
# "lowered herself onto him" (not onto a chair or the bed).
_add(
    S,
    0.6,
    "slid slides slide sliding sank sinks sink sinking lowered lowers lower lowering",
    after=r"(?: (?:herself|himself|myself|yourself))?(?: slowly)? (?:down )?onto " + _OBJ,
)

# Oral sex in plain words: "licked her until she was shaking" (not a dog that licked her
# hand, nor a cat licking its paw).
_add(
    S,
    0.6,
    "lick licks licked licking",
    after=r" (?:her|him|me|you) (?:out )?(?:until|till) (?:she|he|I|you|they)(?:'s|’s|'re|’re|'m|"
    r"’m| was| were| is| are)? (?:shaking|trembling|shuddering|came|comes|begged|begs|gasped|"
    r"moaned|cried out|arched)\b",
)

# Tumbling into bed with someone ("fell into bed together"), not falling into bed alone at
# midnight, worn out.
_add(
    S,
    0.6,
    "fell falls falling tumbled tumbling",
    after=r" into bed (?:together|with (?:him|her|me|you|each other|[A-Z][a-z]+))\b",
)

_add(
    S,
    0.6,
    "fingers finger",
    after=r" (?:deep |deeper )?(?:into|inside) " + _OBJ,
    needs=r"\b(?:slid|slides|sliding|slipped|slips|pushed|pushes|pushing|eased|eases|easing|"
    r"worked|works|working|crooked|curled|one|two|three|slick|oiled|wet) "
    r"(?:(?:his|her|my|your|their|a|one|two|three|slick|oiled|wet) )*fingers?\b",
)

_add(
    S,
    0.6,
    "opened",
    after=r" (?:him|her|me|you) (?:up )?(?:on|with) (?:his|her|my|your|their|two|three) "
    r"(?:\w+ )?(?:fingers|tongue)\b",
)

_add(S, 0.6, "fingers", after=r" opened (?:him|her|me|you)\b")

_add(
    S,
    0.9,
    "came come comes coming",
    after=r" (?:hard |deep )?(?:in|on|all over) (?:her|his|my|your|their) (?:mouth|throat|fist|"
    r"stomach|belly|thighs|fingers)\b",
)

_add(
    S,
    0.9,
    "mouth",
    needs=r"\b(?:took|takes|taking|take|had) (?:me|him|her|you) (?:deep |deeper |all the way )?"
    r"(?:in|into) (?:his|her|my|your) mouth\b|\bmouth (?:on|around|round) (?:his|her|my|your) "
    r"(?:cock|clit|dick|cunt|length|shaft)\b",
)

_add(
    S,
    0.9,
    "took takes taking take welcomed let",
    after=r" (?:him|her|me|you|[A-Z][a-z]+) (?:into|inside) (?:his|her|my|your|their) body\b",
)

_add(S, 0.6, "licked licks licking", after=r" (?:into|inside) " + _OBJ)

_add(
    S,
    0.6,
    "knees thighs legs",
    needs=r"\bhis (?:head|face|mouth|tongue|lips) (?:\w+ )?between (?:her|[A-Z]\w+'s) "
    r"(?:knees|thighs|legs)\b|\bher (?:head|face|mouth|tongue|lips) (?:\w+ )?between "
    r"(?:his|[A-Z]\w+'s) (?:knees|thighs|legs)\b",
)

_add(
    S,
    0.6,
    "thighs legs knees",
    needs=r"\bpart(?:ed|s|ing) (?:her|his|my|your|[A-Z]\w+'s) (?:thighs|legs|knees)\b|"
    r"\b(?:nudged|nudges|pushed|pushes|pushing|eased|pried|prised) "
    r"(?:her|his|my|your|[A-Z]\w+'s) (?:thighs|legs|knees) (?:apart|wide|wider|open)\b",
)

_add(S, 0.9, "sucked sucking sucks suck", after=r" (?:him|her|me|you) off\b")

_add(S, 0.9, "gave give gives giving", after=r" (?:him|her|me|you) head\b")

_add(
    S,
    0.9,
    "way",
    after=r" with (?:him|her|me|you)\b",
    needs=r"\bhad (?:his|her) way with (?:him|her|me|you)\b(?! (?:words|a))",
)

_add(
    S,
    0.6,
    "lowered lowers lowering sank sinks sinking eased eases easing",
    after=r" (?:herself|himself|myself|yourself) (?:slowly |down )?(?:onto|on to|down on|down "
    r"onto) (?:him|her|me|you|his (?:cock|length|shaft|fingers)|her (?:fingers))\b",
)

_add(
    S,
    0.45,
    "rode rides riding ride",
    after=r" (?:him|her|me|you)(?:\s*[,.;!?]|\s*$| (?:hard|slow|slowly|until|till|through)\b)",
)

_add(
    S,
    0.6,
    "took takes take taking fucked fucks thrust thrusting",
    after=r" (?:him|her|me|you|[A-Z][a-z]+) (?:slow and )?deep(?:er)?\b(?! (?:into|in|under|down|"
    r"through))",
)

_add(S, 0.6, "member", needs=r"\b(?:his|her husband's) member\b(?! of)")

# Intransitive: "we fucked in every room", "they fucked until dawn" (not "we fucked up").
_add(
    S,
    0.9,
    "fucked fuck",
    needs=r"\b(?:we|they|and i|and he|and she|you and i|he and i|she and i) (?:\w+ )?"
    r"(?:fucked|fuck)\b(?! (?:up|off|around|about|over|it|this|that|with)\b)",
    after=r"(?:\s*[,.;!?]|\s*$| (?:in|on|against|until|till|all|again|like|for|slowly|hard|"
    r"twice|once|every|right)\b)",
)

# Sexual content: undressing someone, and clothes where clothes are not kept.
_GARMENT = (
    r"(?:shirt|t-shirt|jumper|sweater|blouse|dress|gown|nightgown|nightdress|robe|chemise|"
    r"shift|skirt|trousers|jeans|breeches|bra|knickers|panties|boxers|briefs|underwear|"
    r"stockings|tights|belt|waistcoat|corset|stays|top|hoodie)"
)
_add(
    S,
    0.6,
    "skirt dress nightgown nightdress kilt robe",
    needs=r"\bhands? (?:\w+ )?(?:under|up|beneath|inside) (?:her|his|my|your) (?:skirt|dress|"
    r"nightgown|nightdress|kilt|robe)\b",
)
_add(
    S,
    0.45,
    "shirt jumper blouse top t-shirt sweater hoodie",
    needs=r"\bhands? (?:\w+ )?(?:under|up|beneath) (?:her|his|my|your) (?:shirt|jumper|blouse|"
    r"top|t-shirt|sweater|hoodie)\b",
)
_add(
    S,
    0.45,
    "robe gown dress nightgown nightdress chemise shift towel shirt",
    needs=r"\blet (?:her|his|my|your|the) (?:robe|gown|dress|nightgown|nightdress|chemise|shift|"
    r"towel|shirt) (?:fall|drop|slip|slide)\b|\b(?:robe|gown|dress|nightgown|nightdress|"
    r"chemise|shift|towel) (?:slipped|slip|slid|fell|falls|pooled|pools|dropped) (?:from|off|to) "
    r"(?:her|his|my|your) (?:shoulders|hips|ankles|feet|waist)\b",
)
_add(
    S,
    0.45,
    "shirt t-shirt jumper sweater blouse dress gown nightgown robe chemise skirt trousers jeans "
    "breeches bra knickers panties boxers briefs underwear stockings tights belt waistcoat "
    "corset hoodie",
    needs=r"\b(?:peeled|peels|peeling|tugged|tugs|tugging|stripped|strips|stripping|eased|eases|"
    r"shoved|shoves|worked|works) (?:his|her|my|your) (?:\w+ )?" + _GARMENT + r" (?:off|over|"
    r"down|from)\b|\bout of (?:his|her|my|your) " + _GARMENT + r"\b.{0,20}$",
)
_add(
    S,
    0.6,
    "shirt t-shirt jumper sweater blouse dress gown skirt trousers jeans breeches clothes",
    needs=r"\b(?:kissed|kissing|kisses|kiss) (?:him|her|me|you)\b.{0,50}\bout of (?:his|her|my|"
    r"your) (?:\w+ )?(?:" + _GARMENT[3:-1] + r"|clothes)\b",
)
_add(
    S,
    0.45,
    "floor floorboards carpet rug",
    needs=r"(?:" + _GARMENT[3:-1] + r")s? (?:\w+ ){0,2}(?:hit|hits|landed|lands|dropped|"
    r"drops|fell|falls|pooled|puddled|tossed|flung|thrown|strewn|scattered|lay|lying|heaped|in a "
    r"heap|end up|ended up|ends up) (?:\w+ ){0,3}(?:on|onto|to|across|over) the (?:\w+ )?"
    r"(?:floor|floorboards|carpet|rug)\b(?! of (?:the |her |his |my )?(?:wardrobe|closet|"
    r"cupboard|laundry|changing))|\bclothes (?:\w+ ){0,2}(?:end up|ended up|ends up|tossed|flung|"
    r"landed|hit) (?:\w+ ){0,3}(?:on|onto|across|over) the (?:\w+ )?(?:floor|floorboards|carpet|"
    r"rug)\b(?! of (?:the |her |his |my )?(?:wardrobe|closet|cupboard|laundry|changing))",
)

# Led to bed by the clothes: "drew him upstairs by his belt", "tugged her in by the waistband".
_add(
    S,
    0.5,
    "led drew tugged towed",
    after=r" (?:him|her|me|you|[A-Z][a-z]+) (?:\w+ ){0,4}by (?:his|her|my|your|the) (?:belt(?: "
    r"loops?)?|belt-loops?|waistband|watch-chain|tie)\b",
)

_add(
    S,
    0.6,
    "undress",
    after=r" (?:him|her|you|me|each other)\b(?! for (?:bed|the bath|his bath|her bath))",
)

# Kisses below the waist: "kissed the inside of her thigh", "kissing along his hipbone".
_add(
    S,
    0.6,
    "kissed kissing kisses licked licking mouthed",
    after=r" (?:the inside of|along|down|across|over|up) (?:her|his|my|your) (?:inner )?"
    r"(?:thighs?|hipbones?)\b",
)
_add(
    S,
    0.45,
    "kissed kissing kisses licked licking mouthed",
    after=r" (?:the inside of|along|down|across|over) (?:her|his|my|your) (?:inner )?(?:"
    r"knees?|hips?|stomach|belly)\b",
)

# The morning after: what is left where it fell, a love bite, rolling off a lover.
_add(
    S,
    0.6,
    "lamp lampshade bedpost chandelier fan doorknob",
    needs=r"\b(?:bra|knickers|panties|tights|stockings|boxers|briefs|underwear|garter|"
    r"suspenders)\b.{0,40}\b(?:from|over|on|off) the (?:\w+ )?(?:lamp|lampshade|bedpost|"
    r"chandelier|ceiling fan|doorknob)\b",
)
# ("wearing nothing but a love bite": "nothing but" is not a denial)
_add(S, 0.45, "love-bite love-bites hickey hickeys lovebite", negation_ok=True)
_add(S, 0.45, "bite bites", needs=r"\blove bites?\b", negation_ok=True)
_add(S, 0.45, "rolled rolls rolling", after=r" off (?:him|her|me|you)\b")
_add(
    S,
    0.35,
    "morning",
    after=r" after\b(?! (?:the|that|his|her|their|a|an) )",
    needs=r"\bthe morning after\b",
)
_add(S, 0.6, "walk", needs=r"\bwalk of shame\b")
_add(S, 0.45, "afterglow")
_add(
    S,
    0.45,
    "sore aching achy",
    needs=r"\b(?:pleasantly|deliciously|happily|sweetly) (?:sore|aching|achy)\b",
)

# Fade to black, and the old ways of saying it.
_add(
    S,
    0.9,
    "came",
    after=r" to (?:me|him|her) (?:\w+ ){0,3}as (?:a|her|his|my) (?:husband|wife|lover|"
    r"bridegroom)\b",
)
_add(
    S,
    0.6,
    "lay lain",
    after=r" with (?:him|her|me|you)(?:\s*[,.;!?]|\s*$| (?:that|all|again|at last)\b)",
)
_add(
    S,
    0.6,
    "spent spend spending",
    after=r" the (?:whole )?night (?:together|in (?:his|her|my|your) bed)\b",
)
_add(
    S,
    0.45,
    "bed",
    needs=r"\b(?:took|led|drew|pulled|tugged|taken|leading|drawing) (?:him|her|me|you) "
    r"(?:up )?(?:to|into) (?:his |her |my |your )?bed\b(?! (?:and (?:tucked|read)|early))",
)
_add(
    S,
    0.45,
    "night",
    after=r" as (?:his|her|a) (?:wife|husband|bride)\b",
    needs=r"\bfirst night as\b",
)
_add(S, 0.35, "veil", needs=r"\b(?:draw|drew|draws|drawing) a veil over\b")


# Sexual content: a scene begun, and the desire before it.
_add(S, 0.35, "wearing", after=r" nothing but\b")
_add(S, 0.45, "climbed clambered climbs", after=r" on top of (?:him|her|me|you)\b")
_add(
    S,
    0.35,
    "hem",
    needs=r"\b(?:hands?|fingers?) (?:\w+ )?(?:found|find|finds|at|under|beneath|toyed with|teased|"
    r"tugged at|tugging at|slid under|slipped under) the hem of (?:her|his|my|your) (?:shirt|"
    r"t-shirt|top|dress|skirt|nightgown|nightdress|jumper|sweater|blouse)\b",
)
_add(S, 0.35, "mattress", needs=r"\b(?:back|backs|shoulders) (?:hit|hits|met|meets) the mattress\b")
_add(
    S,
    0.6,
    "hooked",
    needs=r"\b(?:we|they|i|you|she|he) (?:\w+ )?hooked up\b(?! (?:the|a|an|his|her|my|their|"
    r"our|to|with the|it|them)\b)",
)
# Sexting and wishes: the words are on the page even when they are wanted, not done.
_add(S, 0.9, "clit clitoris cunt", modal_ok=True)
_add(S, 0.9, "cock", needs=r"\b(?:his|your|my) cock\b", modal_ok=True)
_add(S, 0.45, "tasted", after=r" " + _OBJ)
_add(
    S,
    0.6,
    "bed",
    after=r"(?: with (?:him|her|me|you|them|each other))?(?:,| but| and)+ not (?:sleeping|to "
    r"sleep|for sleep)\b",
    needs=r"\b(?:in|to|into) bed\b",
)
_add(
    S,
    0.35,
    "belly stomach",
    needs=r"\b(?:ache|heat|warmth|want|wanting|need|desire|hunger) (?:\w+ ){0,3}low in "
    r"(?:her|his|my|your) (?:belly|stomach)\b",
)


# Marriage's old words for it: "her wifely duty", "conjugal rights", "did her duty by him".
_add(S, 0.6, "conjugal")
_add(S, 0.6, "duty duties", needs=r"\b(?:wifely|marital|marriage|husbandly) (?:duty|duties)\b")
_add(
    S,
    0.45,
    "duty",
    after=r" by (?:him|her|(?:Mr\.?|Mrs\.?|the) [A-Z][a-z]+|[A-Z][a-z]+)\b",
    needs=r"\b(?:did|do|does|doing|done) (?:her|his) duty by\b",
)


# Sexual content: the morning after told by what is hunted for and who is there ("hunting
# for her knickers", "woke up next to a snoring stranger"), not a laundry basket.
_add(
    S,
    0.45,
    "knickers underwear boxers panties bra",
    needs=r"\b(?:hunting|hunted|hunt|searching|searched|search|looking|looked|fishing|fished|"
    r"feeling|groping) (?:\w+ ){0,2}for (?:her|his|my|your) (?:knickers|underwear|boxers|panties|"
    r"bra)\b(?!.{0,40}\b(?:drawer|laundry|wash|basket|suitcase|packing|case)\b)",
)
_add(
    S,
    0.45,
    "stranger",
    needs=r"\b(?:woke|wakes|waking|woken|wriggling|wriggled|crept|creeping|slid|sliding) (?:up )?"
    r"(?:\w+ ){0,2}(?:next to|beside|from under|out from under|under) a (?:snoring |naked |sleeping"
    r" )?stranger\b",
)

# Sexual content: a body learned all over ("she learned his body by candlelight, every inch
# of it"): not a soldier "every inch of him" or a map learned by heart.
_add(
    S,
    0.45,
    "body",
    needs=r"\b(?:learned|learnt|learning|learns|mapped|mapping|maps|explored|exploring|explores) "
    r"(?:his|her|my|your|their) body\b(?! (?:language|clock|weight|temperature|type)\b)",
)
_add(
    S,
    0.35,
    "inch",
    needs=r"\bevery inch of (?:him|her|it|you|me|his body|her body|your body)\b(?! (?:a|an|the)\b)",
    after=r"(?!.{0,40}\b(?:soldier|gentleman|lady|king|queen|officer|professional)\b)",
)

# Sexual content: clothes that hit the floor with no preposition ("his belt hit the
# floorboards"), a companion to the clothes-on-the-floor family above.
_add(
    S,
    0.45,
    "floor floorboards carpet rug",
    needs=r"(?:" + _GARMENT[3:-1] + r")s? (?:\w+ ){0,2}(?:hit|hits|met|meets) the (?:\w+ )?"
    r"(?:floor|floorboards|carpet|rug)\b",
)

# Sexual content: pressed back into the cushions or the pillows by a lover ("pressed me
# back into the cushions with his mouth at my throat"), not a nurse settling a patient.
_add(
    S,
    0.45,
    "cushions pillows mattress sheets",
    needs=r"\b(?:pressed|presses|pressing|pushed|pushes|pushing|bore|bears) (?:him|her|me|you) "
    r"(?:back |down )?(?:into|onto|against) the (?:\w+ )?(?:cushions|pillows|mattress|sheets)\b",
    after=r"(?!.{0,40}\b(?:temperature|thermometer|pulse|doctor|nurse|medicine|tucked)\b)",
)

# Sexual content: a mouth at a lover's throat or spine, kisses down the back ("kissing your
# spine one vertebra at a time", "his mouth at my throat"): sensual, weak alone.
_add(
    S,
    0.35,
    "spine vertebra",
    needs=r"\b(?:kissed|kissing|kisses|kiss|licked|licking|mouthed|mouthing) (?:(?:down|along|up) )"
    r"?(?:his|her|my|your) (?:spine|vertebra)\b|\bspine one vertebra at a time\b",
)

# Sexual content: a room shut behind a couple ("took him up to her room and turned the key
# behind them", "let the tent flap fall behind them"): needs a second sign, since doors are
# locked for many reasons.
_add(
    S,
    0.35,
    "key flap",
    needs=r"\b(?:turned|turns|turning) the key behind (?:them|us)\b|\blet the (?:tent )?flap "
    r"(?:fall|drop) (?:closed |shut )?behind (?:them|us)\b",
)
_add(
    S,
    0.35,
    "room chamber tent",
    needs=r"\b(?:took|takes|led|leads|drew|draws|pulled|pulls) (?:him|her|me|you|[A-Z][a-z]+) "
    r"(?:up |back |into |in )?(?:to |into )?(?:her|his|my|your|the) (?:\w+ )?(?:room|chamber|"
    r"tent)\b.{0,60}\b(?:key|locked|lock|door|flap|behind (?:them|us))\b",
)

# Sexual content: a wedding night and thin walls ("if the walls were thin, neither of them
# cared"): the walls need the night's company.
_add(
    S,
    0.3,
    "walls",
    needs=r"\bwalls (?:were|are|was|being) (?:so |too |very |paper-)?thin\b",
    # ("if the walls were thin, neither of them cared": a concession, not a condition)
    modal_ok=True,
)


# Sexual content behind a closed door: the signs a scene leaves when it is not shown. Each
# is weak alone (a late breakfast, a candle blown out, a wedding night); two in one
# paragraph make the note ("less shy once the candle was out ... did not come down until
# past eleven", "led him off to the bridal chamber ... did not let him out again until
# noon").
_add(
    S,
    0.45,
    "until",
    needs=r"\b(?:did not|didn't|would not|wouldn't|never) (?:let (?:him|her|them|me|us) "
    r"(?:out|leave|go|up)|come (?:down|out|up)|get up|leave (?:the|their|her|his) (?:room|bed|"
    r"chamber))(?: again)? until (?:past |nearly |almost |well after |gone )?(?:noon|midday|"
    r"eleven|twelve|ten|lunch(?:time)?|the afternoon|the lamplighter|the next)\b",
    negation_ok=True,
)
_add(
    S,
    0.45,
    "chamber",
    # (the wedding night and the marriage bed have their own cues above)
    needs=r"\b(?:bridal|nuptial|marriage|marital|wedding) chamber\b",
)
_add(
    S,
    0.45,
    "out",
    needs=r"\bonce the (?:candles?|lamps?|lights?) (?:was|were|had been) (?:blown |snuffed |put )?"
    r"out\b",
)
_add(S, 0.45, "together", needs=r"\blay down together\b|\basleep in one bed\b")
_add(S, 0.45, "nights time", needs=r"\bmade up for (?:\w+ ){0,3}lost (?:nights|time)\b")
_add(S, 0.45, "one", needs=r"\bundid every (?:one|button|hook|lace)\b")
# ... and plainly: clothes taken off with teeth, a wife made one again.
_add(
    S,
    0.9,
    "teeth",
    needs=r"\btook (?:it|them|\w+ (?:shirt|dress|blouse|top|tie|bra|knickers)) off (?:me|him|her|"
    r"you) with (?:his|her|their|my|your) teeth\b",
)
_add(S, 0.9, "wife husband", needs=r"\bmade (?:her|him) (?:his|her) (?:wife|husband) again\b")

# Sexual content: sleeping together or with someone, said as done ("they had been sleeping
# together since May" is above); the present and infinitive forms are here so that a denial
# or a refusal of them ("they did not sleep together that night", "I'm not going to sleep
# with you") is read as one and not passed on to the reader as a weak sign.
_add(
    S,
    0.6,
    "sleep",
    after=r" (?:together|with (?:him|her|me|you|them|each other|[A-Z][a-z]+))\b(?! (?:in (?:the|a|"
    r"one|our|my|his|her) (?:\w+ )?(?:room|tent|bunk|cot|cabin|dorm)|on|at|for (?:warmth|the"
    r" warmth)|under)\b)",
)

# Sexual content: clothes undone with teeth ("freed the zip with his teeth"), a coat or a
# shirt peeled off a lover's shoulders, lipstick left on a shoulder or a chest.
_add(
    S,
    0.45,
    "teeth",
    needs=r"\b(?:zip|zipper|buttons?|laces?|bra|knickers|fly|flies|strap|straps|ribbon|garter|"
    r"stockings?)\b.{0,40}\bwith (?:his|her|my|your) teeth\b",
    after=r"(?!.{0,30}\b(?:bag|packet|wrapper|tape|crisps|sweets|cap|lid|bottle)\b)",
)
_add(
    S,
    0.45,
    "shoulders",
    needs=r"\b(?:peeled|peels|peeling|slid|slides|sliding|pushed|pushes|pushing|eased|eases|"
    r"easing) (?:his|her|my|your) (?:\w+ )?(?:jacket|coat|cardigan|shirt|dress|robe|gown|blouse|"
    r"shawl) (?:off|from|down) (?:his|her|my|your) shoulders\b",
)
_add(
    S,
    0.45,
    "lipstick",
    after=r" (?:was |had been )?(?:smudged|smeared|smeared) (?:\w+ )?(?:across|on|over|down) "
    r"(?:his|her|my|your) (?:shoulder|chest|neck|stomach|belly|thigh|collarbone)\b",
)

# Sexual content: a car's windows steamed by the couple inside ("they fogged the windows of
# the hatchback"), not by a kettle or the rain.
_add(
    S,
    0.45,
    "windows windscreen",
    needs=r"\b(?:we|they|the two of (?:us|them)|couple) (?:\w+ )?(?:fogged|steamed) (?:up )?the "
    r"(?:\w+ )?(?:windows|windscreen)\b",
)

# Sexual content: a lover's bed named by its owner ("in Aphrodite's bed again", "back in
# Tom's bed by midnight"), like "into his bed" above.
_add(
    S,
    0.3,
    "bed",
    needs=r"\b(?:into|in|to) (?!(?:mum|mom|mummy|mommy|dad|daddy|mother|father|gran|granny|nan|"
    r"nana|grandma|grandad|grandpa|baby|sister|brother|auntie|aunt|uncle|parents|patient)'s)"
    r"[a-z]+'s bed\b(?!.{0,60}\b(?:alone|asleep|sick|ill|fever|nightmare)\b)",
    after=r"(?! (?:and (?:tucked|read)|early|to (?:sleep|rest))\b)",
)


# Sexual content: a hand that slips under or inside a lover's clothes ("her hand slipped
# inside his waistcoat", "his fingers crept under her blouse"), not into a coat pocket.
_add(
    S,
    0.45,
    "hand hands fingers",
    after=r" (?:\w+ )?(?:slipped|slid|slips|slides|crept|creeps|stole|steals|found (?:its|their) "
    r"way) (?:inside|under|beneath|into|up) (?:his|her|my|your) (?:shirt|waistcoat|blouse|bodice|"
    r"chemise|nightgown|nightdress|top|jumper|sweater|t-shirt|hoodie|skirt|dress|jeans|trousers|"
    r"breeches|robe)\b(?! pocket)",
)


# Sexual content: a day spent in bed together ("they spent the whole afternoon in bed",
# "spent Sunday in bed with him"), not a day in bed with flu.
_add(
    S,
    0.6,
    "spent spend spending",
    after=r" (?:the (?:whole |entire |rest of the )?|all )?(?:afternoon|morning|day|weekend|"
    r"evening|sunday|saturday|lunch hour) in (?:bed|his bed|her bed|my bed) (?:together|with "
    r"(?:him|her|me|you|each other|[A-Z][a-z]+))\b",
)


# Sexual content, third pass: the act said plainly in words the lists above miss ("fucks her
# hard", "rode his hand", "his fingers are inside her"), and the house-warming euphemism
# ("christened every room"; not a ship or a baby christened).
_add(
    S,
    0.9,
    "fucks",
    after=r" (?:him|her|me|you|them|us|each other) (?:hard|harder|slowly|slow|deep|deeper|"
    r"properly|senseless|into|against|on|until|from behind|like|with|through)\b",
)
_add(
    S,
    0.9,
    "rode rides riding",
    after=r" (?:his|her|my|your|their) (?:hand|hands|fingers|cock|thigh|face|mouth|tongue|lap|"
    r"hips)\b(?! (?:to|towards|into|across|over|through|along|up|down|out|home|back)\b)",
)
_add(
    S,
    0.9,
    "inside",
    needs=r"\b(?:fingers?|tongue|cock) (?:is|are|was|were) (?:still |already |deep |now )*inside "
    r"(?:her|him|me|you)\b(?! (?:pocket|pockets|coat|glove|gloves|sleeve|shirt|jacket|bag)\b)",
)
# The bed heard through the wall ("the headboard banging against the wall"), and a lover's
# ankles hooked behind a back; a woman walked backwards into the bedroom.
_add(
    S,
    0.6,
    "headboard",
    after=r" (?:\w+ ){0,2}?(?:bang|bangs|banged|banging|knock|knocks|knocked|knocking|thump|"
    r"thumps|thumped|thumping|rattl\w+|resumed|hitting the wall|against the wall)\b",
)
_add(
    S,
    0.6,
    "ankles",
    after=r" (?:(?:hooked|locked|crossed|wrapped) (?:tight )?)?(?:behind|around|round) (?:his|her|"
    r"my|your) (?:back|waist|hips)\b",
)
_add(
    S,
    0.6,
    "backwards backward",
    after=r" (?:in)?to (?:the|her|his|my|your|their) (?:bed|bedroom|bedchamber)\b",
    needs=r"\b(?:walked|walks|walking|steered|steers|steering|backed|backs|backing|guided|"
    r"guides|pulled|pulls|tugged|tugs|drew|draws) (?:him|her|me|you) backwards?\b",
)
_add(
    S,
    0.6,
    "christened christening",
    after=r" (?:every|each|the whole|all the|half the) (?:room|rooms|surface|surfaces|piece of "
    r"furniture)\b|(?<=christened) the (?:new )?(?:bed|sofa|couch|kitchen table|shower|bath|"
    r"four-poster)\b",
)


# The morning after and the weight above: "sore in all the best places", "the weight of him
# over her", "wrapped her legs around his waist" (a sign that needs company: a piggyback too).
_add(S, 0.6, "sore", needs=r"\bsore in all the (?:best|right|good|nicest) (?:places|ways|spots)\b")
_add(
    S,
    0.45,
    "weight",
    needs=r"\bthe (?:warm |heavy |solid )?weight of (?:him|her) (?:over|on top of|above|on|"
    r"pressing (?:her|him|me|you) (?:into|down)) (?:her|him|me|you)\b",
)
_add(
    S,
    0.45,
    "legs",
    needs=r"\bwrap(?:ped|s|ping)? (?:her|his|my|your|their) legs (?:around|round) (?:his|her|my|"
    r"your|their) (?:waist|hips)\b",
)
_add(S, 0.35, "tangled", needs=r"\btangled in (?:his|her|their|my|your|the) sheets\b")

# A hand slid into clothes: "Her hand slid into his trousers" (not into a pocket).
_add(
    S,
    0.6,
    "trousers jeans knickers underwear pants boxers briefs waistband",
    needs=r"\b(?:hand|hands|fingers|palm) (?:slid|slides|sliding|slipped|slips|snaked|snakes|crept|"
    r"creeps|dipped|dips|went|goes|moved|worked|pushed|found (?:its|their) way) (?:down )?(?:into|"
    r"inside|under|beneath|past) (?:the (?:waistband|front) of )?(?:his|her|my|your|their) "
    r"(?:trousers|jeans|knickers|underwear|pants|boxers|briefs|waistband|skirt|shorts)\b"
    r"(?! pocket)",
)
# Coming with a name on the lips, or shuddering (not coming home, or coming with a friend).
_add(
    S,
    0.6,
    "came comes coming",
    after=r"(?: with (?:his|her|my|your|[A-Z][a-z]+(?:'s|’s)) name on (?:his|her|my|your) "
    r"(?:lips|tongue)|,? (?:shuddering|shaking|gasping|groaning|moaning|sobbing) (?:against|into|"
    r"under|in|beneath) (?:him|her|me|you|his|her|my|your)\b| with a (?:cry|groan|moan|gasp|"
    r"shout|sob) (?:against|into) (?:his|her|my|your|their) (?:mouth|neck|shoulder|skin|throat))",
)
# A bruise sucked into a neck; a belt fumbled at (each a sign that wants company).
_add(
    S,
    0.45,
    "sucked sucking sucks",
    after=r" (?:a )?(?:bruise|mark|love bite|hickey) (?:into|onto|on|against) (?:the (?:side|"
    r"hollow|curve|base) of )?(?:his|her|my|your|their) (?:neck|throat|collarbone|hip|thigh)\b",
)
_add(
    S,
    0.35,
    "belt buckle zip flies fly",
    needs=r"\b(?:fumbled|fumbling|fumbles|tugged|tugging|tugs|yanked|yanking|unbuckled|"
    r"unbuckling) (?:at |with )?(?:his|her|my|your) (?:belt|buckle|zip|zipper|flies|fly)\b",
)

# Into bed together, the rest left to the reader: "tumbled into bed still half-dressed", "fell
# into bed kissing" (not children tumbling into bed after the fireworks, nor falling into bed
# exhausted).
_add(
    S,
    0.6,
    "bed",
    needs=r"\b(?:tumbled|tumbling|fell|falling|collapsed|stumbled|stumbling) into bed (?:still )?"
    r"(?:half-(?:dressed|undressed|naked|clothed)|(?:already )?kissing|tangled together|with "
    r"(?:his|her|their) (?:shirt|shirts|dress|clothes) (?:half )?off)\b",
)
_add(
    S,
    0.45,
    "bed",
    needs=r"\b(?:tumbled|tumbling|fell|falling|collapsed|stumbled|stumbling) into bed (?:together|"
    r"laughing|in a tangle)\b",
)
_add(S, 0.35, "half-dressed half-undressed")

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

_add(
    SV,
    0.9,
    "force",
    needs=r"(?<!have )\b(?:took|take|takes|taken|had) (?:her|him|me|you) by force\b",
)

_add(
    SV,
    0.9,
    "stop",
    needs=r"\b(?:didn't|did not|would not|wouldn't|won't) stop when "
    r"(?:i|she|he|you|they) (?:said|told|asked|begged|cried)\b(?! sorry)",
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
    # (an assault charged with what marks it as no sexual one: "assault and child cruelty",
    # "assault occasioning actual bodily harm", "assault with a weapon")
    after=r"(?i)(?![^.!?]{0,30}\b(?:child cruelty|actual bodily harm|grievous|abh|gbh|"
    r"with (?:a|an) (?:weapon|knife|bat|bottle|deadly)|affray|criminal damage)\b)",
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
    "coerced coerce coercing threatening threatened drugged blackmailed unwilling",
    negation_ok=True,
)

# Helpless as a person is; not "a helpless moan" or "helpless laughter" in a sex scene.
_add(
    "_coercion",
    1.0,
    "helpless",
    after=r"(?! (?:little |small |low )?(?:moan|moans|noise|noises|sound|sounds|laugh|laughter|cry|"
    r"cries|whimper|gasp|shudder|groan|sob|giggle|giggles|pleasure|desire|want|lust|arousal))",
    negation_ok=True,
)

# Begging to stop is coercion; begging for more, or to hurry, is a sex scene.
_add(
    "_coercion",
    1.0,
    "begged begging pleaded pleading",
    after=r"(?: (?:him|her|them|me|us|[A-Z][a-z]+))? (?:to stop|to wait|not to (?!stop|tease|make)|"
    r"for (?:mercy|it to stop|him to stop|her to stop|them to stop|help)|to let (?:her|him|me|"
    r"them) go|to be let go)\b",
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

# Touched or had sex "without consent", keyed on "without" so that the "without" is no
# denial of it, while a denial before it still is ("he never touched her without her
# consent"); only with a body or an act of sex near (a photograph "published without
# consent" is another wrong).
_add(
    SV,
    0.9,
    "without",
    after=r" (?:(?:her|his|my|their|your|any|the other person's) )?consent\b",
    needs=Near(
        r"\b(?:touch\w*|sex|sexual|sexually|kiss\w*|grop\w*|breasts?|groin|genitals|bottom|"
        r"backside|undress\w*|penetrat\w*|intercourse)\b",
        r"\bwithout (?:(?:her|his|my|their|your|any|the other person's) )?consent\b",
    ),
)

# Touching that would not stop: "he wouldn't stop touching me" (not a child who won't stop
# touching the oven door).
_add(
    SV,
    0.6,
    "touching",
    needs=r"\b(?:won't|wouldn't|would not|will not) stop touching (?:me|her|him)\b"
    r"(?=\s*(?:[,.;:!]|$|and\b|even\b|when\b|after\b))",
    negation_ok=True,
    modal_ok=True,
)

# Stealthing: a condom taken off without consent, named.
_add(SV, 0.9, "stealthing stealthed")

# Where a clause ends: a stop, or a comma and a new clause with its own subject ("when he
# started, and nobody said anything"; not "when he started the car").
_CLAUSE_ENDS = (
    r"(?=\s*(?:[.;!]|$|,\s*(?:and|but|so|then)\s+(?:nobody|no one|i|I|he|she|they|we|it|then|"
    r"after|afterwards|everyone|nothing)\b|\s+because\b))"
)

# It began while she slept, told with no word for it: "I was asleep when he started", "she'd
# been asleep when he began" (the clause ends there; not "asleep when he started the car").
_add(
    SV,
    0.6,
    "asleep",
    after=r" when (?:he|she|they) (?:started|began)" + _CLAUSE_ENDS,
    # (someone it was done to: not the baby, the house or everyone asleep when they began)
    needs=r"\b(?<!baby )(?<!babies )(?<!children )(?<!kids )(?<!house )(?<!everyone )"
    r"(?<!everybody )(?<!dog )(?:was|were|had been|'d been|’d been) (?:still |fast |already )?"
    r"asleep when\b",
)

# Drink spiking named: "suspected drink spiking", "spiking women's drinks".
_add(
    SV,
    0.6,
    "spiking",
    needs=r"\bdrinks?[- ]spiking\b|\bspiking (?:her|his|my|your|their|people's|women's|girls') "
    r"drinks?\b",
    modal_ok=True,
)

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
    # (not wanting it to end: "I did not want her to stop")
    needs=r"\b(?:didn't|did not|don't|do not) want (?:it|this|to|him|her)\b"
    r"(?! (?:to )?(?:stop|end|go|leave|finish|let go)\b)",
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
    modal_ok=True,  # "wanted" here is what he wanted, not a hypothetical
)

_add(
    SV,
    0.45,
    "stop",
    needs=r"\b(?:said|told (?:him|her)) (?:i|she|he) wanted to stop\b",
    negation_ok=True,
    modal_ok=True,
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
    # (not "said no to the cake, but he kept going on about it")
    after=r" (?:going|on)\b(?! (?:on )?(?:about|with|at|talking|to))",
    needs=r"\b(?:said|told (?:him|her)) no\b(?! to\b).{0,60}\b(?:kept going|carried on)\b",
    negation_ok=True,
)

# Sexual violence: a refusal said, then ignored ("I said no and it didn't matter", "stop,
# she told him, and he kept on", "told him to take it off, and he didn't").
_REFUSED = (
    r"\b(?:(?:said|saying|say|told (?:him|her|them)|telling (?:him|her)) (?:no|stop)\b(?! to\b)|"
    r"(?:said|told (?:him|her)) (?:it|no) (?:twice|three times|again|several times|over and over)"
    r"|told (?:him|her|them) to (?:stop|get off|take (?:it|them|his hands?|her hands?) off)\b|"
    r"stop,? (?:she|he|i) (?:said|told (?:him|her)|begged|cried)\b|(?:i|she|he) (?:don't|do not) "
    r"want you\b)"
)
_add(
    SV,
    0.6,
    "listening listen kept carried",
    needs=_REFUSED + r".{0,80}\b(?:(?:didn't|did not|wouldn't|would not) listen|stopped "
    r"listening|kept (?:on|going)(?! (?:on )?(?:about|with|at|talking|to)\b)|carried on|went on "
    r"anyway)\b",
    negation_ok=True,
    modal_ok=True,
)

_add(
    SV,
    0.45,
    "matter mattered work worked",
    needs=_REFUSED + r".{0,80}\b(?:didn't|did not|doesn't|does not) (?:matter|work)\b",
    negation_ok=True,
    modal_ok=True,
)

_add(
    SV,
    0.45,
    "didn't",
    after=r"\s*(?:[.;!]|$)",
    needs=_REFUSED + r".{0,60}\band (?:he|she|they) didn't\s*(?:[.;!]|$)",
    negation_ok=True,
)

# No yes was ever given: "I never said yes", "she didn't say yes; she couldn't have".
_add(
    SV,
    0.45,
    "yes",
    needs=r"\b(?:never|didn't|did not|hadn't|had not|couldn't|could not|never once) "
    r"(?:have )?(?:said|say|saying) yes\b",
    negation_ok=True,
    modal_ok=True,
)

# Searching memory for a yes: "trying to remember a single moment where she'd said yes".
_add(
    SV,
    0.6,
    "yes",
    needs=r"\bremember (?:a single|one|any|the) (?:moment|time|point|second) (?:where|when) "
    r"(?:she'd|he'd|i'd|she had|he had|i had|you'd|you had) (?:ever )?said yes\b",
    modal_ok=True,
)

# A no not taken ("he wouldn't take no at the door"), a consent not given.
_add(
    SV,
    0.45,
    "take",
    after=r" no\b(?! for an answer)",
    needs=r"\b(?:wouldn't|would not|didn't|did not|won't|will not|never) take no\b",
    negation_ok=True,
    modal_ok=True,
)

_add(
    SV,
    0.6,
    "consented",
    needs=r"\b(?:not|never|hadn't|had not|didn't|did not|without having) (?:\w+ )?consented\b"
    r"(?! to (?:the|a|an|any) (?:search|surgery|operation|treatment|procedure|sale|transfer|"
    r"interview|photograph|request|plan|match|marriage|publication))",
    negation_ok=True,
)

# After: a survivor who reported a man; pressure in a partner's words.
_add(
    SV,
    0.45,
    "survivor survivors",
    needs=r"\b(?:reported (?:him|her|them)|pressed charges|my attacker|his attacker|her attacker|"
    r"support group|crisis (?:centre|center|line))\b",
)

_add(
    SV,
    0.45,
    "frigid",
    needs=r"\b(?:so|you're|youre|ur|u r|you are|she's|she is|calling (?:me|her)|called (?:me|her)|"
    r"call (?:me|her)) frigid\b",
)

_add(
    SV,
    0.45,
    "loved",
    needs=r"\bif (?:you|u) (?:really |actually )?loved me,? (?:you|u)(?:'d| would| wud|d)\b",
    modal_ok=True,
)

# Sex as the price of a job: "the promotion was mine if I came up to his room".
_add(
    SV,
    0.6,
    "promotion job role contract raise grade grades marks rent visa reference",
    needs=r"\b(?:promotion|job|role|contract|raise|grades?|marks|rent|visa|reference)\b"
    r".{0,40}\b(?:if|unless) (?:i|she|you|u|he) (?:came|come|comes|coming|went|go|goes|going) "
    r"(?:up )?to (?:his|her) "
    r"(?:room|hotel|suite|flat|place|bed)\b",
    modal_ok=True,
)

# Done to someone who could not stop it: "done what they liked with him".
_add(
    SV,
    0.6,
    "liked wanted pleased",
    after=r" with (?:him|her|me|you|them)\b",
    needs=r"\b(?:done|did|do|does|doing) what(?:ever)? (?:they|he|she) (?:liked|wanted|pleased) "
    r"with (?:him|her|me|you|them)\b",
    modal_ok=True,
)

# Reporting it is a real event even as a question ("whether she would like to report a
# sexual assault").
_add(
    SV,
    0.9,
    "assault",
    needs=r"\breport(?:ed|ing|s)? (?:a|the|her|his|my|an alleged) sexual assault\b",
    modal_ok=True,
)

# Drugged: "her drink was spiked", and where the aftermath is examined.
_add(
    SV,
    0.6,
    "spiked",
    needs=r"\b(?:drink|drinks|glass|wine|coffee|juice|cocktail|pint) (?:had been|was|were|got|"
    r"must have been|been) spiked\b",
    modal_ok=True,
)

_add(SV, 0.9, "sarc", after=r"(?<=SARC)")  # the clinic, in capitals; not "/sarc"

_add(
    SV,
    0.6,
    "forensic",
    after=r" (?:nurse|medical examination|examination|exam)\b",
    needs=r"\b(?:consented|consent|agreed) to (?:a |the )?forensic|\bforensic nurse|"
    r"\bforensic (?:medical )?exam(?:ination)? (?:of|on) (?:her|him|me)\b(?! (?:body|remains))",
)

_add(SV, 0.6, "took", after=r" what (?:he|she) wanted (?:from|of) (?:her|him|me|you)\b")

# Sexual violence: a refusal, then what overrode it, however long the sentence between
# ("she said no twice, clearly, and the second time into the pillow, because he had
# stopped listening"; "I said I wanted to go home and he locked the door"). Keyed on the
# refusal's last word and read forwards to the end of the sentence: the older phrases
# above only see seventy letters round their word. A bare "stop" only (not "told him to
# stop hitting the dog"), and "no" not of a thing ("said no to the cake"). A bare "and he
# didn't" is left to the weaker cue above: "I told him to stop, and he didn't" is as often
# a brother reading out spoilers.
_OVERRIDDEN = (
    r"(?![^.!?;]{0,10}\bto\b)[^.!?]{0,140}?\b(?:(?:he|she|they) (?:had )?stopped listening|"
    r"(?:he|she|they) (?:didn't|did not|wouldn't|would not) (?:stop|listen)|(?:he|she|they) "
    r"(?:just )?(?:kept going|carried on|went on anyway|went ahead(?! and\b| with\b)|did it anyway|"
    r"locked the door)|"
    r"(?:he|she|they) (?:wouldn't|wouldnt|would not|didn't|didnt|did not) let (?:me|her|him) "
    r"(?:out|leave|go)\b|(?:it|that) "
    r"(?:didn't|did not) (?:matter|work|stop (?:him|her|them)))"
    # ending its clause, perhaps after a few words ("stopped listening after the first"),
    # not going on to something else ("kept going on about the holiday")
    r"(?! (?:on|about|with|talking|to)\b)(?=(?: [\w'’]+){0,3}\s*(?:[.;!,]|$|and\b))"
)
_add(
    SV,
    0.6,
    "no",
    after=r"(?:(?<=said no)|(?<=says no)|(?<=told him no)|(?<=told her no)|(?<=saying no))"
    r"(?:,? (?:twice|again|three times|several times|over and over|at first|clearly|"
    r"quietly|loudly))*" + _OVERRIDDEN,
    negation_ok=True,
    modal_ok=True,
)
_add(
    SV,
    0.6,
    "stop",
    after=r"(?:(?<=said stop)|(?<=to stop)|(?<=wanted to stop))(?=[,;]| and| but)" + _OVERRIDDEN,
    needs=r"\b(?:said|says|told (?:him|her|them)|asked (?:him|her|them)) (?:(?:that )?(?:i|she|he) "
    r"wanted )?(?:to )?stop\b",
    negation_ok=True,
    modal_ok=True,
)
_add(
    SV,
    0.6,
    "go leave home off",
    after=r"(?:(?<=wanted to go)|(?<=wanted to leave)|(?<=wanted to go home)|(?<=to get off)|"
    r"(?<=take it off)|(?<=take them off)|(?<=hands off))(?=[,;]| and| but)" + _OVERRIDDEN,
    needs=r"\b(?:said|says|saying|told (?:him|her|them)|telling (?:him|her|them)|asked (?:him|her|"
    r"them))\b",
    negation_ok=True,
    modal_ok=True,
)

# Held down though she had said no: force with a refusal said before it ("pinned her
# wrists even though she had said no").
_add(
    SV,
    0.6,
    "no",
    after=r"(?:,? (?:twice|again|three times|several times|clearly|at first))*\b(?! to\b)",
    needs=r"\b(?:pinned|held (?:her|him|me) down|forced|pushed (?:her|him|me) (?:down|onto|"
    r"against))\b.{0,60}\b(?:though|although|even though|after|when) (?:she|he|i)(?: had|'d)? "
    r"(?:said|told (?:him|her)) no\b",
    negation_ok=True,
)

# Worn down: a refusal said again and again until she gave up saying it ("she kept saying
# she was tired and wanted to go home, and in the end it was easier to stop saying
# anything", "I kept telling him no until I just gave in"). Read forwards from the
# refusal; a child who kept saying no to sprouts until she gave in has no "him" to
# give in to, and no tiredness or going home. (Matched as written: "I" is a capital.)
_add(
    SV,
    0.6,
    "saying telling",
    after=r"(?:(?<=kept saying)|(?<=kept telling))(?: (?:him|her))?,? (?:no\b(?! to\b)|(?:that )?"
    r"(?:she|I|he) (?:was (?:tired|not ready|too tired)|didn't want (?:to|it|this)|did not want "
    r"(?:to|it|this)|wanted to (?:go(?: home)?|stop|sleep|leave)))[^.!?]{0,120}?\b(?:easier to "
    r"(?:stop saying anything|give in|let (?:him|her)|just (?:let|lie))|(?:I|she|he) (?:just )?"
    r"gave in|stopped saying anything)\b" + _CLAUSE_ENDS,
    # giving up, said last (not "gave in and watched his film")
    negation_ok=True,
    modal_ok=True,
)

# Lying still and feigning sleep until it was over: "pretended to be asleep, hoping he
# would stop" (not "so that he would stop asking about the holiday", nor children
# feigning sleep for Father Christmas).
_add(
    SV,
    0.6,
    "asleep",
    needs=r"\bpretend(?:ed|ing|s)? to be asleep\b.{0,90}\b(?:he|she|they)(?:'d| would| might| "
    r"will)? (?:stop|get off|finish)\b(?! \w+ing\b)",
    modal_ok=True,
)

# A survivor who reported someone, or names an attacker: not a survivor of a crash or a
# fire (a support group alone, above, needs company: there are cancer support groups).
_add(
    SV,
    0.6,
    "survivor survivors",
    needs=r"\b(?:reported (?:him|her|them)(?! for)|pressed charges|my attacker|his attacker|"
    r"her attacker)\b",
)

# Sexual blackmail: exposure unless she comes to him ("these go to your dad unless you
# come over tonight"). The pictures may be said far back; the threat to send them on is
# enough, with a demand to come to him, tonight (a "come over or I'll eat all the pizza"
# has no one to send anything to).
_add(
    SV,
    0.6,
    "unless",
    after=r" (?:you|u|she|he|i) (?:come|came|comes|go|went|goes)(?: over| round| up)?(?: (?:back )?"
    r"to (?:his|my|the|a) (?:flat|room|place|house|hotel|bed|office|car)\b| tonight\b| and "
    r"(?:stay|sleep)\b)",
    needs=r"\b(?:pictures|photos|pics|nudes|videos?|letters)\b|\b(?:go|goes|get sent|gets "
    r"sent|send (?:them|these|it|this)) to (?:your|her|his) (?:dad|mum|mom|father|mother|"
    r"husband|wife|boss|parents|family|school|work)\b",
    modal_ok=True,
)


# Sexual violence, third pass: a refusal said and the act done regardless ("I told him no and
# he did it anyway", "said no in the car and he came in anyway"; not "said no, but he came
# anyway" to a party), and waking to him on top.
_add(
    SV,
    0.6,
    "anyway",
    needs=r"\b(?:said|says|saying|told (?:him|her|them)|telling (?:him|her)) no\b(?! to\b)"
    r"[^.!?]{0,80}\b(?:he|she|they) (?:did it|went ahead|came in|carried on|kept "
    r"going|took (?:it|them|my clothes|her clothes) off|got in|climbed in) anyway\b",
    negation_ok=True,
)
# Tears and begging ignored ("didn't stop when I was crying"): coercion, which makes sexual
# content sexual violence, and nothing on its own (a beating that did not stop).
_add(
    "_coercion",
    1.0,
    "stop",
    needs=r"\b(?:didn't|did not|wouldn't|would not|never) stop(?:ped)? (?:even )?(?:when|though|"
    r"after|while) (?:i|she|he) (?:was crying|cried|begged|was begging|screamed|pleaded|said "
    r"(?:no|stop)|told (?:him|her) (?:no|to stop)|asked (?:him|her) to)\b",
    negation_ok=True,
)
# The act on someone asleep or unconscious ("sexual activity with the complainant while she
# was asleep", "intercourse took place while she was unconscious").
_add(
    SV,
    0.9,
    "asleep unconscious",
    needs=r"\b(?:sex|sexual (?:activity|contact|intercourse)|intercourse|penetrat\w*|raped|"
    r"assaulted) (?:\w+ ){0,6}?(?:while|when) (?:she|he|i|you|they|the complainant|the victim) "
    r"(?:was|were|lay) (?:still |fast |completely |half |barely )?(?:asleep|unconscious)\b",
)
# Taken by force in the old words: "made her his wife whether she would or no", "took what
# she had refused him".
_add(
    SV,
    0.6,
    "no",
    after=r"(?:(?<=whether she would or no)|(?<=whether he would or no)|(?<=whether i would or "
    r"no)|(?<=would she or no))",
    # (of a bed or a bride, not "had to go to school whether he would or no")
    needs=r"\b(?:made (?:her|him) (?:his|her) (?:wife|husband|bride|own|mistress)|(?:had|have) "
    r"(?:her|him)|bedded|bed (?:her|him)|lay with (?:her|him)|ravish\w*)\b[^.;]{0,40}\bwhether "
    r"(?:she|he|i) would or no\b",
    negation_ok=True,
    modal_ok=True,  # "would" here is her will, not a hypothetical
)
_add(
    SV,
    0.6,
    "refused",
    needs=r"\btook what (?:\w+ )?(?:she|he|i|you|[a-z]+) had refused (?:him|her|me|you)\b",
)
_add(
    SV,
    0.9,
    "top",
    needs=r"\b(?:woke|wake|waking|woken|wakes) (?:up )?(?:and|to find) (?:he|someone|somebody|a "
    r"man|a stranger) (?:was|is|were) (?:already )?on top of (?:me|her)\b",
)

# "What he forced on her", told after.
_add(
    SV,
    0.9,
    "forced",
    needs=r"\bwhat (?:he|they|the \w+)(?: had)? forced (?:on|upon) (?:her|him|me|you|them)\b",
    negation_ok=True,
)

# "No memory of agreeing to anything"; "he kept going even after I said stop".
_add(
    SV,
    0.6,
    "agreeing consenting memory",
    needs=r"\bno (?:memory|recollection) of (?:ever )?(?:agreeing|consenting|saying yes)\b",
    negation_ok=True,
)
_add(
    SV,
    0.9,
    "going",
    needs=r"\bkept going (?:even )?(?:after|when|though|although) (?:i|she|he|you|they)"
    r"(?: had|'d)? (?:said|told (?:him|her|them)|asked (?:him|her|them) to|begged (?:him|her|"
    r"them) to) (?:no|stop)\b",
    negation_ok=True,
)

# Done while she slept; clothes on wrong in the morning; the photos held over a no.
_add(
    SV,
    0.9,
    "asleep sleeping",
    needs=r"\b(?:sex|touches|touched|touching|initiates sex|has sex|had sex|starts|started) "
    r"(?:with )?(?:her|me|him)? ?while (?:she|i|he|they) (?:is|was|were|are|'s|am) (?:still )?"
    r"(?:asleep|sleeping|unconscious|passed out)\b",
    modal_ok=True,
)
_add(
    SV,
    0.45,
    "wrong",
    needs=r"\b(?:my|her) (?:clothes|dress|shirt|top|skirt|jeans|underwear|knickers|tights) (?:were|"
    r"was) on (?:wrong|inside out|back to front|backwards)\b",
)
_add(
    SV,
    0.6,
    "photos pictures pics nudes videos video",
    needs=r"\bif (?:she|you|i) (?:didn't|did not|won't|wouldn't|refused)\b[^.!?]{0,20}\b(?:he'd|he "
    r"would|he'll|he will) (?:send|post|share|show|leak) (?:\w+ ){0,2}(?:the|her|my|your) "
    r"(?:photos|pictures|pics|nudes|videos?)\b",
    modal_ok=True,
    negation_ok=True,
)

# What a report of it is asked: "asks if she'd been drinking, what she'd been wearing, whether
# she's sure she didn't want it".
_add(
    SV,
    0.6,
    "wearing want",
    needs=r"\b(?:asked|asks|asking|ask|wanted to know) (?:her |me |you )?(?:what|if|whether) "
    r"(?:she|i|you)(?:'d| had| was| were)? (?:been )?wearing\b|\b(?:sure|certain) (?:she|you|i) "
    r"(?:didn't|did not|hadn't|had not) want(?:ed)? (?:it|to|him)\b",
    modal_ok=True,
    negation_ok=True,
)
_add(
    SV,
    0.6,
    "no stop",
    needs=r"\b(?:pinned|held|pressed|holding|pinning) (?:her|him|me|you)\b[^.!?]{0,60}\bwhile "
    r"(?:she|he|i|you) (?:said|was saying|kept saying|begged|cried|whispered|sobbed) (?:no|stop)\b",
    negation_ok=True,
)

# The visits to a child's room: "Her uncle's visits to her room started when she was twelve".
_add(
    SV,
    0.6,
    "visits visit visited visiting",
    needs=r"\b(?:uncle|father|stepfather|dad|stepdad|daddy|grandfather|grandad|granddad|brother|"
    r"stepbrother|cousin|lodger|priest|coach|teacher|mother's boyfriend|mum's boyfriend)(?:'s|’s)? "
    r"(?:night(?:-time)? |late-night |nightly |secret )?(?:visits?|visited|visiting|came) (?:to|"
    r"into) (?:her|his|my|our|the (?:girls?|boys?|children)(?:'s|’s)?) (?:room|bed|bedroom)\b"
    r"(?! (?:to (?:say goodnight|read|tell|check)|with (?:a|the) (?:book|story|tray|tea|cocoa)))",
)

# Silenced: a hand kept over her mouth "the whole time" or "so she couldn't scream"; weaker,
# a hand over the mouth, and "nobody would believe her" after.
_add(
    SV,
    0.6,
    "hand",
    needs=r"\b(?:kept|held|had|put|clamped|pressed) (?:his|a|one) (?:big |heavy |rough )?hand "
    r"(?:over|across) (?:her|my|his|your) mouth (?:the whole time|the entire time|all the time|"
    r"throughout|until it was over|so (?:she|i|he|you) (?:couldn't|could not|wouldn't|would "
    r"not|can't) (?:scream|cry out|shout|call out|make a sound))",
)
_add(
    SV,
    0.35,
    "hand",
    needs=r"\b(?:kept|held|had|put|clamped|pressed) (?:his|a|one) (?:big |heavy |rough )?hand "
    r"(?:over|across) (?:her|my|your) mouth\b(?! (?:to stop (?:her|me|you) (?:laughing|giggling)|"
    r"and (?:shushed|laughed|giggled)))",
)
_add(
    SV,
    0.35,
    "believe",
    needs=r"\b(?:told|tells|telling|said|says) (?:her|me|him) (?:that )?no(?: one|-one|body) "
    r"(?:would|will|is going to) (?:ever )?believe (?:her|me|him)\b",
    modal_ok=True,
    negation_ok=True,
)
# The morning after, told by its marks: bruised thighs, a dress torn, a stranger's bed and no
# memory of getting there (each a sign that needs the others).
_add(
    SV,
    0.45,
    "bruise bruises bruised bruising thighs thigh",
    needs=r"\bbruis(?:e|es|ed|ing) (?:on|along|inside|across|up) (?:the inside of )?(?:her|my) "
    r"(?:inner )?thighs?\b|\b(?:her|my) (?:inner )?thighs? (?:was|were) (?:all )?bruised\b",
)
_add(
    SV,
    0.35,
    "torn ripped",
    needs=r"\b(?:her|my) (?:dress|skirt|blouse|tights|knickers|underwear|nightdress|nightgown|"
    r"bodice) (?:was |were |had been |now )?(?:torn|ripped)\b|\b(?:dress|skirt|blouse|tights|"
    r"knickers|underwear|nightdress|bodice) torn (?:at|from|down|open)\b",
)
_add(
    SV,
    0.2,
    "stranger's memory",
    needs=r"\b(?:woke|wakes|waking|woken) (?:up )?(?:in|on) a stranger's (?:bed|sofa|couch|flat|"
    r"room|floor)\b|\bno memory of (?:getting (?:there|home|back)|how (?:she|i|he) got there|"
    r"the (?:rest of the )?night|last night|what (?:had )?happened)\b",
)

# Sexual violence, scenes of 2026-11-28: a refusal that is "said so" after not wanting it
# ("I didn't want the rest, and I said so, and he didn't stop"); "get off" and he would
# not; sex had after a refusal ("insists on intercourse after she has refused"), which is
# coercion; what he did after she asked to go home; the examinations that follow an
# assault (a nurse examiner, the forensic suite); the law's and the period's wording
# ("indecent assault", "an outrage upon the person of"); a stranger's hand up a skirt.
_add(
    SV,
    0.6,
    "so",
    after=r"(?<=said so)(?:,? (?:twice|again|three times|clearly|more than once))*(?=[,;]| and| but"
    r")" + _OVERRIDDEN,
    needs=r"\b(?:didn't|did not|didnt|don't|do not|hadn't|had not|never) (?:\w+ )?want(?:ed)? "
    r"(?:it|this|that|the rest|him|her|any of it|"
    r"to (?:do (?:it|that|this)|have sex|sleep with (?:him|her)|go (?:any )?further))\b[^.!?]{0,60}"
    r"\bsaid so\b",
    negation_ok=True,
    modal_ok=True,
)
_add(
    SV,
    0.6,
    "off",
    after=r"(?<=get off)(?: me| her| him)?(?=[,;]| and| but)[^.!?]{0,20}?\b(?:he|she|they) (?:would"
    r"n't|wouldnt|"
    r"would not|didn't|didnt|did not)(?=\s*(?:[.;!,]|$))",
    needs=r"\b(?:told|tell|telling|asked|begged|screamed at) (?:him|her|them) to get off\b",
    negation_ok=True,
    modal_ok=True,
)
_add(
    "_coercion",
    1.0,
    "refused refusal refusals refusing",
    needs=r"\b(?:after|though|although|when|once) (?:she|i|he|they) (?:has |had |have )?"
    r"(?:already )?refused\b|\bdespite (?:her|my|his|their) (?:repeated )?refusals?\b|"
    r"\b(?:her|my|his) refusal (?:was|had been) ignored\b",
    negation_ok=True,
)
_add(
    SV,
    0.6,
    "done did",
    after=r"(?: to (?:her|me|him))? after\b",
    needs=r"\bwhat (?:he|she|they)(?:'d|’d| had)? (?:done|did)(?: to (?:her|me|him))? after "
    r"(?:she|i|he) (?:told (?:him|her)|said|asked (?:him|her))(?: that)? (?:no\b|(?:to )?stop\b|"
    r"(?:she|i|he) (?:wanted|needed) to (?:go home|leave|stop))(?![^.!?,]{0,30} was\b)",
    negation_ok=True,
)
_add(SV, 0.9, "examiner examiners", needs=r"\b(?:forensic )?nurse examiners?\b")
_add(SV, 0.9, "suite", needs=r"\bforensic (?:medical )?suite\b")
_add(
    SV,
    0.9,
    "indecent indecently",
    after=r"(?: (?:and|or) (?:serious|sexual) )?(?:ly)? assault(?:ed|ing|s)?\b",
)
_add(
    SV,
    0.9,
    "outrage outraged",
    needs=r"\b(?:an? )?outrage (?:up)?on (?:the person of|her person|his person|her honour)\b",
)
_add(
    SV,
    0.9,
    "hand hands",
    after=r" (?:went|crept|slid|slipped|snaked|moved|found|was)\b",
    needs=Near(
        r"\b(?:stranger|crowd|crush|train|bus|tube|queue|gig|platform|club|froze|freeze|shove|"
        r"pushed|no one|nobody|turned round|twisted away|faces|carriage)\b",
        r"\b(?:a stranger's|a strange man's|a man's|someone's|somebody's|some man's|his) "
        r"hands? (?:went|crept|slid|slipped|snaked|moved|found its way|was) (?:right )?(?:up|under)"
        r" "
        r"(?:the back of |the front of )?(?:her|my|your|[a-z]+['’]s) (?:skirt|dress|top|jumper|"
        r"blouse|shirt)\b",
    ),
)
# A hand put back each time it was lifted off ("every time she lifted it off he smiled and
# put it back"); "nobody would believe she hadn't wanted it"; a trial's question of what
# she had been wearing; "not something I consented to"; rent that "didn't have to be paid
# in money".
_add(
    SV,
    0.6,
    "back",
    after=r"(?<=it back)|(?<=it straight back)|(?<=it right back)",
    needs=Near(
        r"\b(?:thigh|thighs|knee|knees|leg|legs|waist|bottom|backside|bum|breast|breasts|chest|"
        r"skirt|dress|lap|hip|hips|hand)\b",
        r"\b(?:lifted|pushed|moved|took|brushed|shoved|removed|peeled) (?:it|his hand|the hand) "
        r"(?:off|away)\b[^.!?]{0,40}\b(?:put|placed|moved|slid) it (?:straight |right )?back\b",
    ),
)
_add(
    SV,
    0.6,
    "believe",
    after=r"(?i) (?:that )?(?:she|i|he|you) ",
    needs=r"\b(?:nobody|no one|no-one|nobody else) (?:would|will|'d|’d) (?:ever )?believe (?:that )"
    r"?"
    r"(?:she|i|he|you) (?:hadn't|had not|didn't|did not|don't|do not) want(?:ed)? (?:it|this|that|"
    r"him|her)\b",
    negation_ok=True,
    modal_ok=True,
)
_add(
    SV,
    0.6,
    "wearing",
    needs=Near(
        r"\b(?:complainant|defence|defense|counsel|cross-examination|jury|trial|barrister|"
        r"victim|police|officer|detective)\b",
        r"\bwhat (?:she|i|you) (?:had been|was|were|'d been|’d been) wearing\b",
    ),
)
_add(
    SV,
    0.6,
    "consented",
    needs=r"\b(?:was|wasn't|was not|is|isn't|is not|had been) (?:not )?(?:something|anything) (?:th"
    r"at )?"
    r"(?:he|she|i|they) (?:had )?(?:ever )?consented to\b",
    negation_ok=True,
)
_add(
    SV,
    0.6,
    "money cash",
    needs=r"\b(?:rent|debt|bill|arrears)\b[^.!?]{0,80}\b(?:didn't|did not|doesn't|does not|needn't|"
    r"need not|wouldn't|would not|don't|do not) (?:have to |need to )?(?:be )?(?:paid|pay) "
    r"(?:in|with) (?:money|cash)\b",
    negation_ok=True,
    modal_ok=True,
)

# A refusal said plainly, or a push away ("I said 'no' and 'stop' and pushed his arm away",
# "she told him no"): coercion, which makes the sexual content of its paragraph sexual
# violence, and nothing on its own. (Not a laughing "no", nor "said no to the cake".)
_add(
    "_coercion",
    1.0,
    "no stop",
    needs=r"\b(?:said|say|says|saying|told (?:him|her|them)|kept saying|screamed|shouted|begged)"
    r",? ['\"‘“]?(?:no|stop)\b(?!['\"’”]? to\b)(?![^.!?]{0,30}\b(?:laugh\w*|giggl\w*|grinn\w*|"
    r"teas\w*|playful\w*|smil\w*|not yet|wait)\b)",
    negation_ok=True,
    modal_ok=True,
)
_add(
    "_coercion",
    1.0,
    "away off",
    after=r"(?<=him away)|(?<=her away)|(?<=arm away)|(?<=hand away)|(?<=hands away)|(?<=him off)"
    r"|(?<=her off)|(?<=arm off)|(?<=hand off)|(?<=hands off)",
    needs=r"\b(?:pushed|shoved|tried to push|tried to shove|fought) (?:him|her|his (?:arm|hand|"
    r"hands)|her (?:arm|hand|hands)) (?:away|off)\b(?![^.!?]{0,30}\b(?:laugh\w*|giggl\w*|"
    r"grinn\w*|teas\w*|playful\w*|smil\w*)\b)",
    negation_ok=True,
    modal_ok=True,
)

# ---- self-harm ------------------------------------------------------------------------------
# After "cut herself", "burned himself", "hurt myself": what makes it an accident (the kitchen,
# shaving, a game, a fall), unless the place named is an arm, a wrist or a thigh.
_SH_ACCIDENT = (
    r"(?!(?: again)?,? (?:(?!bleeding\b|hoping\b|knowing\b|wanting\b|needing\b|during\b|"
    r"morning\b|evening\b|[a-z]*thing\b)[a-z]+ing\b|"
    r"shaving|chopping|slicing|cooking|peeling|carving|opening|climbing|falling|playing|"
    r"gardening|fixing|mending|trying to|at (?:work|football|rugby|training|the gym|practice)|"
    r"by accident|accidentally|badly|in the (?:kitchen|garden|fall|crash|accident)|"
    r"on (?:the|a|an|some|his|her|my|their) (?!(?:(?:left|right|inner|upper) )?(?:arm|"
    r"wrist|thigh|leg|stomach|forearm|hip|skin|belly)s?\b)|with (?:the|a|an|some|his|her|my|"
    r"their) (?:(?:bread|kitchen|carving|paring|vegetable|pocket|fish|stanley) knife|kettle|pan|"
    r"saucepan|oven|stove|steam|hot (?:water|oil|fat)|chisel|saw|axe|secateurs|tin|can|glass)\b|"
    r"with (?:\w+ )?(?:paint|pens?|biro|markers?|lipstick|chalk|ink|make-up|makeup|greasepaint|"
    r"henna|glitter)\b|when (?:she|he|i|they|we) (?:fell|"
    r"slipped|tripped)|while)\b)"
)
_add(SH, 0.9, "self-harm self-harmed self-harming self-injury", modal_ok=True)

_add(
    SH,
    0.9,
    "herself himself myself yourself themselves",
    needs=r"(?<!accidentally )\b(?:cut|cuts|cutting|burn(?:s|ed|t|ing)?|hurt(?:s|ing)?|"
    r"harm(?:s|ed|ing)?|scratch(?:es|ed|ing)?|starv(?:e|es|ed|ing)|bit|bites|pricked|"
    r"punish(?:es|ed|ing)?) (?:herself|himself|myself|yourself|themselves)\b" + _SH_ACCIDENT + "|"
    # (not "made herself sick with worry")
    r"\bmade (?:herself|himself|myself|yourself) sick\b(?! (?:with|over|about|from|worrying)\b)",
)

_add(
    SH,
    0.6,
    "cuts scars marks",
    needs=r"\b(?:fresh|old|neat|deliberate|white|raised|thin)\b(?! (?:war|battle|surgical|"
    r"surgery|duelling|dueling|sabre|shrapnel|burn|acne|chickenpox|operation|rugby|football)\b)"
    r".{0,30}\b(?:cuts|scars|marks)\b.{0,40}\b(?:arms?|wrists?|thighs?|forearms?|skin)\b|"
    r"(?<!defensive )\b(?:cuts|scars|marks) (?:on|along|across) (?:her|his|my|your|their|[a-z]+['’]"
    r"s) "
    r"(?:arms?|wrists?|thighs?|forearms?)\b(?! (?:from|where|after) (?:the |a |an )?(?:\w+ )?"
    r"(?:brambles?|thorns?|glass|fall|crash|fight|rocks?|wire|branches|knife|blade|dog|cat|"
    r"accident|shrapnel|war|battle|handcuffs|cuffs|ropes?|restraints|bonds|shackles|manacles|"
    r"chains|zip ties|cable ties))",
)

_add(
    SH,
    0.9,
    "cut",
    needs=r"\burge to cut\b|\bcut again\b|(?<!accidentally )\bcut (?:herself|himself|myself|"
    r"yourself)\b" + _SH_ACCIDENT,
    modal_ok=True,
)

_add(
    SH,
    0.9,
    "own",
    needs=r"\b(?:at|into) (?:her|his|my|your|their|[a-z]+['’]s) own (?:face|arms?|skin|"
    r"flesh|finger|wrists?|hands?|thighs?|palms?|hair|lips|nails)\b|"
    r"\b(?:pricked|cut|burned|burnt|scratched|bit|bitten) (?:her|his|my|your|their|[a-z]+['’]s) own"
    r" "
    r"(?:skin|arms?|forearms?|wrists?|thighs?|legs?|hands?|palms?|fingers?|flesh|stomach|face|"
    r"cheeks?)\b|\b(?:tore at|pulled out) (?:her|his|my|your|their|[a-z]+['’]s) own\b|\b(?:bit|bitt"
    r"en|"
    r"chewed|gnawed) (?:her|his|my|your|their|[a-z]+['’]s) own (?:lips?|tongue|cheeks?|nails?|finge"
    r"rs?) "
    r"(?:raw|bloody|to (?:the quick|shreds|ribbons|blood)|until (?:it|they|she|he|i) bled)\b",
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
    needs=r"\b(?:burns?|burned|cuts?|hurts?) "
    r"(?:herself|himself|myself|yourself) .{0,40}on purpose\b",
)

_add(SH, 0.6, "hurt", needs=r"\bhurt (?:myself|herself|himself|yourself) again\b" + _SH_ACCIDENT)

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

# Whose head: "she slammed her head against the wall", not "he slammed her head against the
# door", which is a blow (checked right after "head", on the words before it).
_NOT_OWN_HEAD = "".join(
    rf"(?<!\b{subject} {verb} {whose} head)"
    for verb in "banged bangs bashed hit hits slammed slams smashed smashes struck beat".split()
    for subject, whose in (("he", "her"), ("He", "her"), ("she", "his"), ("She", "his"))
)
_add(
    SH,
    0.9,
    "head",
    # "hit his head on the rail" is a fall; against a wall, or over and over, is not.
    needs=r"\b(?:bang(?:s|ed|ing)?|strike|strikes|striking|struck|beat|beats|beating|hit|hits|"
    r"hitting|slam(?:s|med|ming)?|smash(?:es|ed|ing)?|knock(?:s|ed|ing)?) (?:my|his|her|your|their)"
    r" "
    r"(?:own )?head "
    r"(?:against|into) (?:the|a) (?:\w+ )?(?:wall|walls|floor|door|tiles|mirror|steering|desk|"
    r"table|bars|headboard)\b|\b(?:bang(?:s|ed|ing)?|beat(?:s|ing)?|hitting|hit|struck|"
    r"slam(?:s|med|ming)?) (?:my|his|her|your|their) (?:own )?head (?:on|against) (?:the|a) "
    r"(?:\w+ ){1,2}(?:over and over|again and again|repeatedly|until|for (?:\w+ ){1,2}minutes)\b|"
    r"\bbeen (?:hitting|banging) (?:my|his|her|your|their) (?:own )?head (?:on|against)\b",
    after=_NOT_OWN_HEAD,
)

_add(
    SH,
    0.9,
    "nails",
    # (not into someone else: "dug her nails into Mary's arm", "into his back")
    needs=r"\bdug (?:her|his|my|your|their) nails in(?!to (?:the (?:skin|flesh|back|palm) of )?"
    r"(?:his|him|your|their|[a-z]+['’]s|the (?:man|woman|boy|girl)\b))",
)

_add(
    SH,
    0.6,
    "scars cuts",
    needs=r"\b(?:healed|thin|white|fresh|neat|old|raised) "
    r"(?:healed )?(?:cuts|scars)\b",
)

# (lines only on a body: "white lines" are also a road's, a court's, a page's)
_add(
    SH,
    0.6,
    "lines",
    needs=r"\b(?:healed|thin|white|fresh|neat|old|raised) (?:healed )?lines\b(?=.{0,60}\b(?:arms?|"
    r"wrists?|thighs?|forearms?|skin|hips?|stomach|sleeves?|cuffs?)\b)|\b(?:arms?|wrists?|thighs?|"
    r"forearms?|skin|hips?|stomach)\b.{0,60}\b(?:healed|thin|white|fresh|neat|old|raised) "
    r"(?:healed )?lines\b",
)

_add(
    SH,
    0.6,
    "wall",
    needs=r"\bpunch(?:es|ed|ing)? walls\b|\bpunch(?:es|ed|ing)? (?:the|a) (?:brick |stone )?wall\b"
    r"(?! (?:next to|beside|by|"
    r"inches from|near) (?:her|his|my|your) (?:head|face))",
)

# Self-harm: the words people use about it.
_add(
    SH,
    0.9,
    "self-injury self-harming self-inflicted cutting",
    needs=r"\bself-(?!inflicted (?:gunshot|gun-shot|gun shot|shotgun|bullet))|\bcutting "
    r"(?:herself|himself|myself|yourself|again|(?:her|his|my|your) "
    r"(?:arms?|wrists?|thighs?|skin))\b",
    modal_ok=True,
)

_add(
    SH,
    0.45,
    "razor razors blade",
    needs=r"\b(?:razor|blade)s?\b.{0,60}\b(?:skin|wrists?|arms?|"
    r"thighs?|forearms?)\b|\b(?:skin|wrists?|arms?|thighs?|forearms?)\b.{0,60}\b(?:razor|blade)s?\b"
    r"",
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

# Self-harm: food refused as a punishment ("skipped breakfast and lunch again ... the one
# I've earned", "no been eatin ... it's like a wee punishment"), not a missed lunch.
_NOT_EATING = (
    r"\b(?:skip(?:s|ped|ping)?|stopped|stop|stops|refus(?:e|es|ed|ing) to|won't|wouldn't|will "
    r"not|would not|didn't|did not|haven't|hasn't|hadn't|not been|no been|go without|went "
    r"without) (?:\w+ )?(?:eat|eating|eaten|eatin|meals?|breakfast|lunch|dinner|supper|food)\b"
)
_PUNISHED = (
    r"\b(?:punish(?:es|ed|ing)? (?:myself|herself|himself|yourself)|(?:a|my|her|his) (?:wee |"
    r"little )?(?:punishment|penance)|(?:i|she|he|i've|she's|he's|you've) (?:had )?(?:deserved|"
    r"earned)|penance|as a fine|hated (?:myself|herself|himself))\b"
)
_add(
    SH,
    0.6,
    "eat eating eaten eatin meal meals breakfast lunch dinner supper food",
    needs=_NOT_EATING
    + r"[^.;!?]{0,80}"
    + _PUNISHED
    + "|"
    + _PUNISHED
    + r"[^.;!?]{0,80}"
    + _NOT_EATING,
    negation_ok=True,
)

# Self-harm: marks, habits and the words of recovery.
_add(
    SH,
    0.6,
    "wrists wrist",
    # (one bandaged wrist is as often a sprain: a bandage counts on both)
    needs=r"\b(?:bandages?|bandaged|gauze) (?:on|around|over|across|up) "
    r"(?:her|his|my|your|their|\w+'s) (?:\w+ )?wrists\b|\b(?:scars?|cuts|marks) (?:on|around|"
    r"over|across|up) (?:her|his|my|your|their) (?:\w+ )?wrists?\b(?! (?:from|where|after) (?:the |"
    r"a |an )?(?:\w+ )?(?:handcuffs|cuffs|ropes?|restraints|bonds|shackles|manacles|chains|zip ties"
    r"|"
    r"cable ties|wire|watch ?strap|bracelet)\b)|\bbandaged wrists\b",
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
    r"wrists?|legs?|face|thighs?|forearms?) (?:raw|bloody|until (?:it|they) bled)\b(?! (?:on|in|fro"
    r"m|"
    r"against|among|through) (?:the|a|some)\b)",
)

_add(SH, 0.9, "disorder disorders", needs=r"\beating disorders?\b")

_add(SH, 0.9, "anorexia anorexic bulimia bulimic")

_add(
    SH,
    0.6,
    "relapse relapsed relapsing",
    needs=r"\bcuts\b|\bscars?\b|\bblades?\b|\bbandag(?:e|es|ed|ing)\b|\bclean(?:ed)? "
    r"(?:them|the cuts)\b",
)
# Arms kept from view "so Mum wouldn't see"; a palm pressed to a hot grate (her own).
_add(
    SH,
    0.6,
    "see",
    needs=r"\b(?:so|in case|so that) (?:mum|mom|dad|anyone|nobody|no one|they|she|he|my \w+|her "
    r"\w+|his \w+) (?:wouldn't|couldn't|won't|can't|would not|could not|didn't|did not) see "
    r"(?:my|her|his|their) (?:arms|wrists|legs|thighs|forearms|stomach|scars|cuts|marks)\b",
    negation_ok=True,
)
_add(
    SH,
    0.6,
    "grate stove iron kettle pan hob",
    needs=r"\b(?:she|he|i)\b[^.!?]{0,30}\b(?:pressed|presses|held|holds|laid|lays) (?:her|his|my|yo"
    r"ur|their) "
    r"(?:own )?(?:palm|hand|wrist|arm|fingers) (?:to|against|on) the (?:hot|burning|heated) "
    r"(?:grate|stove|iron|kettle|pan|hob|poker|radiator)\b",
)

# Lines on her thighs seen in a changing room; hoodies in July.
_add(
    SH,
    0.45,
    "lines",
    needs=r"\b(?:the |some |thin |red |pink |white |silver |fresh |new )?lines (?:on|across|up|"
    r"along|down) (?:her|his|my|their|your) (?:thighs?|arms?|wrists?|forearms?|hips?|stomach)\b",
)
_add(
    SH,
    0.45,
    "hoodies hoodie jumpers jumper cardigans",
    needs=r"\b(?:hoodies?|jumpers?|cardigans?|sweatshirts?|long sleeves) (?:in|all through|all) "
    r"(?:july|august|june|summer|the (?:summer|heat|heatwave))\b",
)
_add(
    SH,
    0.6,
    "lighter deliberately",
    needs=r"\bdeliberately (?:pressing|pressed|holding|held|cutting|cut|burning|burned|burnt|"
    r"scratching|scratched|hitting|banging|punching) (?:a |the |her |his |my )?(?:heated |hot |"
    r"lit )?(?:\w+ )?(?:to|against|into|on|her|his|my|the|herself|himself|myself)\b",
)

# A hand held over a flame until it blistered, to feel it or to learn from it.
_add(
    SH,
    0.6,
    "candle flame blistered",
    needs=r"\bheld (?:his|her|my|their|your) (?:own )?(?:palm|hand|finger|fingers|fingertips|arm|"
    r"wrist) (?:over|in|above|to) (?:the|a) (?:candle|flame|candle flame|fire|stove|hob|lamp|"
    r"lighter)\b[^.!?]{0,40}\buntil (?:the skin |it |they )?(?:blistered|burned|burnt|smoked|"
    r"bubbled|blackened|split)\b",
)

# Self-harm: streaks and marks.
_add(
    SH,
    0.35,
    "clean",
    needs=r"\b(?:day|days) \d+ clean\b|\b\d+ days clean\b|\bclean for (?:\d+|\w+) (?:days|weeks|"
    r"months)\b",
    negation_ok=True,
)

# A streak kept: "three years without hurting myself", "a month without cutting"
_add(
    SH,
    0.9,
    "hurting harming cutting burning",
    needs=r"\b(?:days|weeks|months|years|a year|a month|a week|a fortnight) without (?:hurting|"
    r"harming|cutting|burning) (?:myself|himself|herself|yourself|themselves)\b"
    # (not an accident kept away from: "three days without hurting himself on the ice")
    r"(?! (?:on|in|at|playing|during|while|with|by|falling|when)\b)",
    negation_ok=True,
)
# A streak told by its last time: "I haven't cut since the 3rd", "he hasn't hurt himself since
# March", "the last time I cut was June" (not "haven't cut my hair since", "hurt himself
# since the fall" of an injury, nor "haven't cut back since").
_add(
    SH,
    0.9,
    "cut cutting hurt harmed burned burnt",
    needs=r"\b(?:haven't|hasn't|have not|has not|hadn't|had not|not) (?:cut|hurt|harmed|burned|"
    r"burnt)(?: (?:myself|himself|herself|yourself|themselves))? (?:once |at all |even once )?"
    r"since\b(?! (?:the (?:fall|accident|crash|operation|surgery|injury|match|game)|i "
    r"(?:fell|broke|twisted)))|\b(?:days|weeks|months|years|a week|a month|a year|so long|long) "
    r"since (?:i|he|she|they|you) (?:last )?(?:cut|hurt (?:myself|himself|herself|themselves|"
    r"yourself))(?=\s*(?:[,.;]|$))|\bthe last time i (?:cut|hurt myself) (?:was|is)\b",
    negation_ok=True,
)

# Marks given to oneself: "the bruises weren't from rugby; he gave them to himself"
_add(
    SH,
    0.9,
    "himself herself myself yourself themselves",
    needs=Near(
        r"\b(?:bruises?|burns?|cuts|marks|welts|scars|scratches|blisters?|wounds?)\b",
        r"\b(?:gave|give|gives|given|giving) (?:them|it|those|these|each one|every one) to "
        r"(?:himself|herself|myself|yourself|themselves)\b",
    ),
)
# Skin scratched for what it makes one feel: "scratching her arms so she could feel
# something", "scratching my arm and I didn't feel it start"
_add(
    SH,
    0.6,
    "scratching scratched scratches scratch",
    needs=r"\bscratch(?:ing|ed|es)? (?:at )?(?:her|his|my|your|their) (?:own )?(?:arms?|wrists?|"
    r"forearms?|legs?|thighs?|skin)\b.{0,80}\b(?:feel (?:something|anything)|didn't feel it|"
    r"did not feel it|on purpose)\b",
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
    r"back|eyes)\b|\b(?:to|at|into) (?:her|his|my|your|their|[a-z]+['’]s) own (?:forearms?|cheeks?|"
    r"back|"
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
    r"(?:herself|himself|myself|yourself|themselves)\b.{0,40}\b(?:three times|four times|"
    r"again and again|over and over|(?:once, )?twice, three)\b",
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
    after=r" (?:the|a) (?:razor ?|broken |jagged )?(?:blade|razor|compass|scissors|shard|pin|glass|"
    r"piece of glass|shard of glass)(?: point| tip| edge)? "
    r"(?:into|across|along|over|down) (?:his|her|my|their|your) (?:own )?(?:forearm|arm|wrist|"
    r"thigh|skin|stomach|hip)s?\b",
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
    r"(?:her|his|my|your|their|[a-z]+['’]s) own (?:thighs?|legs?|arms?|wrists?|hands?|stomach|face|"
    r"cheeks?)\b",
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

# Self-harm: the clinical and peer words for it.
_add(
    SH,
    0.9,
    "self-injure self-injures self-injured self-injuring self-mutilation self-mutilate "
    "self-mutilated self-mutilating self-harmer self-harmers selfharm",
    modal_ok=True,
)

# Self-harm: "a history of cutting", "clean of the cutting": cutting as a habit, a noun.
_add(
    SH,
    0.9,
    "cutting",
    needs=r"\b(?:history|years|months|weeks|habit|episodes?|bouts?|instances?) of (?:\w+ )?"
    r"cutting\b(?! (?:and (?:pasting|sticking|sewing|stitching|gluing|folding|shaping)|the|a|an|his"
    r"|her|their|through|down|across|off|out|in|into|edge|"
    r"board|room|remarks?|wind|words?|tools?|grass|hedges?|hair|wood|timber|costs?|corners|"
    r"classes|school|ties|peat|stone|teeth|back)\b)|\b(?:clean|free) (?:of|from) (?:\w+ ){0,4}"
    r"(?:the )?cutting\b",
    negation_ok=True,
)

# Self-harm: marks kept under a sleeve, new ones beside old ones.
_add(
    SH,
    0.6,
    "marks lines cuts scars scratches welts",
    needs=r"\b(?:marks|lines|cuts|scars|scratches|welts)\b.{0,40}\b(?:under|beneath) (?:her|his|"
    r"my|your|their) (?:shirt |jumper |cardigan )?(?:sleeves?|cuffs?)\b|\bnew (?:marks|lines|cuts|"
    r"scratches|welts)\b.{0,30}\b(?:beside|alongside|next to|over|across|among) the old ones\b",
)

# Self-harm: cuts where a stranger does not put them (the thigh, the inside of a wrist).
_add(
    SH,
    0.6,
    "cuts",
    needs=r"(?<!defensive )\bcuts (?:on|along|across|up|to) (?:the (?:inside|insides) of )?"
    r"(?:both |(?:her|his|my|your|their|\w+'s) (?:inner |upper )?)(?:thighs?|wrists?|"
    r"hips?|inner (?:arms?|forearms?))\b(?! (?:from|where|after) (?:the |a |an )?(?:\w+ )?"
    r"(?:brambles?|thorns?|glass|fall|crash|handcuffs|cuffs|ropes?|restraints|bonds|shackles|"
    r"manacles|chains|zip ties|cable ties|wire)\b)",
)

# Self-harm: a cigarette put out on one's own skin ("his cigarette ... his arm").
_add(
    SH,
    0.9,
    "cigarette cigarettes",
    needs=r"\b(?:stubbed|stubbing|stubs|ground|grinding|pressed|pressing|put) (?:out )?"
    r"(her|his|my|your|their) cigarettes? (?:out )?(?:on|into|against) \1 (?:own )?(?:arm|wrist|"
    r"hand|palm|thigh|leg|skin|forearm|stomach)s?\b",
)

# ... and told of the one who does it: "He pressed the lit end of the cigarette into the inside
# of his wrist" (he, his; she, her; I, my), not into someone else's.
_SELF_BURN = (
    r"(?:stubbed|stubbing|stubs|stub|ground|grinding|grinds|grind|pressed|pressing|presses|press|"
    r"held|holding|holds|hold|put|puts|touched|touches|touch) (?:out )?"
    r"(?:the (?:lit |burning |hot |glowing )?(?:end|tip|coal) of )?(?:the|a|his|her|my) (?:lit |"
    r"burning |hot )?cigarette (?:out )?(?:into|on|onto|against|to) (?:the (?:inside|back|soft "
    r"skin|skin) of )?"
)
_add(
    SH,
    0.6,
    "presses pressed press pushes pushed digs dug drives drove jabs jabbed",
    needs=r"\b(?:she|he|i|you)\b[^.!?]{0,60}\b(?:presses|pressed|press|pushes|pushed|digs|dug|"
    r"drives|drove|jabs|jabbed) (?:it|the (?:\w+ )?(?:pin|hatpin|needle|compass|nail|point|tip)|"
    r"(?:her|his|my|your) (?:nails|fingernails)) into (?:the skin|her skin|his skin|my skin|your "
    r"skin|her own|his own|my own)\b[^.!?]{0,40}\b(?:again and again|over and over|until|till)\b",
)
_add(
    SH,
    0.9,
    "cigarette",
    needs=r"\byou\b(?: [\w'’]+){0,4}? "
    + _SELF_BURN
    + r"your (?:own )?(?:arm|wrist|hand|palm|thigh|"
    r"leg|forearm|stomach)s?\b",
)
_add(
    SH,
    0.9,
    "cigarette",
    needs=r"\bhe\b(?: [\w'’]+){0,3}? "
    + _SELF_BURN
    + r"his (?:own )?(?:arm|wrist|hand|palm|thigh|leg|"
    r"forearm|stomach)s?\b|\bshe\b(?: [\w'’]+){0,3}? " + _SELF_BURN + r"her (?:own )?(?:arm|wrist|"
    r"hand|palm|thigh|leg|forearm|stomach)s?\b|\bi\b(?: [\w'’]+){0,3}? " + _SELF_BURN + r"my "
    r"(?:own )?(?:arm|wrist|hand|palm|thigh|leg|forearm|stomach)s?\b",
)

# Self-harm: a hand held in a flame, or against the iron, to feel it burn.
_add(
    SH,
    0.6,
    "flame flames candle hob iron burner",
    needs=r"\bheld (?:her|his|my|your|their) (?:own )?(?:hand|arm|palm|fingers?|fingertips?|"
    r"wrist|forearm)s? (?:in|into|against|to) the (?:candle ?)?(?:flames?|candle|hob|iron|"
    r"burner|gas ring)\b(?! to (?:warm|light|thaw))",
)
_add(
    SH,
    0.6,
    "fire",
    needs=r"\bheld (?:her|his|my|your|their) (?:own )?(?:hand|arm|palm|fingers?|wrist|forearm)s? "
    r"in the fire\b.{0,60}\b(?:longer|until|till|for as long)\b",
)

# Self-harm: pinching, nails and thumbnails dug in until it hurts, bruises or bleeds.
_add(
    SH,
    0.9,
    "herself himself myself yourself themselves",
    needs=r"\bpinch(?:ed|es|ing)? (?:herself|himself|myself|yourself|themselves) (?:\w+ )?"
    r"(?:black and blue|raw|bloody|until (?:it|she|he|i|they|the skin) (?:bruised|bled|broke))\b",
)
_add(
    SH,
    0.6,
    "thumbnail thumbnails fingernail fingernails nails",
    needs=r"\b(?:thumbnails?|fingernails?|nails) (?:\w+ )?into (?:the |her |his |my |their )?"
    r"(?:\w+ ){0,3}(?:quick|skin|palms?|wrists?|forearms?|thighs?|flesh)\b.{0,30}\buntil "
    r"(?:the pain|it bled|it hurt|the skin|blood|there was blood|(?:it|they) (?:broke|split|"
    r"bruised|marked))\b",
)

# Self-harm: blows to oneself counted out ("once, twice, three times").
_add(
    SH,
    0.9,
    "herself himself myself yourself themselves",
    needs=r"\b(?:hit|hits|hitting|punch(?:ed|es|ing)?|slap(?:ped|s|ping)?|smack(?:ed|s|ing)?|"
    r"struck|strikes|striking) (?:herself|himself|myself|yourself|themselves)\b.{0,70}\b"
    r"(?:once, twice|twice, three times|three times|four times|over and over|again and again|"
    r"repeatedly|until (?:it|she|he|i|his|her|my) (?:bled|bruised|hurt|ears? rang))\b",
)

# Self-harm: fists against a wall, over and over.
_add(
    SH,
    0.6,
    "wall",
    needs=r"\b(?:repeatedly |again and again )?(?:striking|struck|strikes|hitting|punching|"
    r"smashing|smashed|slamming|slammed|driving|drove) (?:(?:his|her|my|their|your) (?:fists?|"
    r"knuckles|hands?) (?:into|against) )?(?:the|a) (?:brick |stone |concrete |bathroom |"
    r"bedroom |garden |\w+ )?wall\b(?! of)(?! (?:next to|beside|by|inches from|near|behind|above) "
    r"(?:her|his|my|your|their) (?:head|face))(?:.{0,40}\b(?:until|over and over|again and again|"
    r"repeatedly|split|bled|bleeding|raw))",
)
_add(
    SH,
    0.6,
    "striking",
    needs=r"\brepeatedly striking (?:the|a) (?:\w+ )?wall\b",
)

# Self-harm: the pain as the point ("it has to hurt", "to feel something").
_add(
    SH,
    0.35,
    "hurt",
    needs=r"\b(?:it|this) (?:has|had|needed|needs) to hurt\b|\bthe (?:\w+ )?had to hurt\b",
)

# Self-harm: sleeves kept down, and scars kept under them.
_add(
    SH,
    0.35,
    "sleeve sleeves",
    needs=r"\b(?:pull|pulls|pulled|pulling|tug|tugs|tugged|tugging|yank|yanks|yanked|yanking|drag|"
    r"dragged|tweak|tweaked) (?:her|his|my|their|your|a|the) (?:\w+ )?sleeves? (?:back )?down\b|"
    r"\bsleeves? (?:are|were|is|was|stayed|stays) (?:still )?down\b|\bsleeves? down\s*[.;!]",
    modal_ok=True,
)
_add(
    SH,
    0.45,
    "scars scar",
    needs=r"(?<!war )(?<!battle )(?<!surgical )(?<!surgery )(?<!shrapnel )(?<!burn )"
    r"(?<!operation )\bscars?\b.{0,80}\bsleeves?\b|\bsleeves?\b.{0,80}(?<!war )(?<!battle )"
    r"(?<!surgical )(?<!surgery )(?<!shrapnel )(?<!burn )(?<!operation )\bscars?\b",
)
_add(
    SH,
    0.45,
    "sleeves",
    needs=r"\blong sleeves?\b.{0,60}\b(?:warm|hot|heatwave|sunny|sunshine|again|back out|back on)\b"
    r"|"
    r"\b(?:warm|hot|heatwave|sunny|sunshine)\b.{0,40}\blong sleeves?\b",
)

# Self-harm: "not doing it for attention", the accusation and the denial.
_add(
    SH,
    0.35,
    "attention attention-seeking",
    needs=r"\b(?:doing|do|does|did) (?:it|this|that) for attention\b|\battention-seeking\b",
    negation_ok=True,
)

# Self-harm: the promise to stop, and doing it again.
_add(
    SH,
    0.35,
    "promised",
    needs=r"\bpromised (?:\w+ ){0,3}(?:she|he|i|they)(?:'d| had| would)? (?:stopped|stop|quit) "
    r"doing\b|\bthe thing (?:she|he|i|they)(?:'d| had)? promised\b",
)

# Self-harm: dressings and bandages on someone's wrists or forearms.
_add(
    SH,
    0.6,
    "wrists forearms",
    needs=r"\b(?:bandages?|bandaged|dressings?|gauze|steri-strips|plasters?) (?:on|around|round|"
    r"over|across|up) \w+'s (?:\w+ )?(?:wrists|forearms)\b",
)
_add(
    SH,
    0.35,
    "dressing bandage",
    needs=r"\b(?:edge|corner|end) of (?:a|the) (?:dressing|bandage)\b.{0,30}\bunder (?:her|his|the|"
    r"my|their) (?:sleeve|cuff|beads|bracelets?|watch ?strap|sweatband)s?\b",
)

# Self-harm: cutting spoken of plainly ("I cut every day", "the night she cut").
_add(
    SH,
    0.6,
    "cut cuts",
    needs=r"\bi (?:cut|cuts) (?:every day|every night|daily|most nights|most days|last night|"
    r"again last night)(?:\s*[.,;!?]|\s*$| and\b)",
    modal_ok=True,
)

# Self-harm: scoring and raking one's own arms, cheeks or thighs.
_add(
    SH,
    0.6,
    "scored scoring scores",
    needs=r"\b(?:she|he|i|they|and) scor(?:ed|es|ing) (?:her|his|my|their) (?:own )?(?:arms?|"
    r"forearms?|wrists?|thighs?|skin|flesh|cheeks?|breasts?)\b(?! with (?:\w+ )?(?:paint|pen|biro|"
    r"marker|lipstick|chalk|ink|make-up|makeup|greasepaint))",
)

# Self-harm: the substitutes recovery teaches (an elastic band snapped, ice held).
_add(
    SH,
    0.6,
    "elastic rubber",
    needs=r"\bsnap(?:ped|ping|s)?\b.{0,40}\b(?:rubber|elastic) bands?\b.{0,40}\bwrist|"
    r"\b(?:rubber|elastic) bands?\b.{0,40}\bsnap(?:ped|ping|s)?\b",
)

# Self-harm: skin described as laddered or crossed with old lines.
_add(
    SH,
    0.6,
    "ladder ladders",
    after=r" of (?:\w+ ){0,2}(?:scars|cuts|lines|scratches|burns)\b",
)
_add(
    SH,
    0.6,
    "crisscrossed criss-crossed latticed laddered striped",
    needs=r"\b(?:wrists?|arms?|forearms?|thighs?|hips?|stomach|skin)\b (?:\w+ ){0,3}(?:crisscrossed"
    r"|"
    r"criss-crossed|latticed|laddered|striped) with (?:\w+ ){0,2}(?:scars|cuts|lines|scratches)\b",
)

# Self-harm: a razor or blade taken to one's own skin, pressed to a wrist.
_add(
    SH,
    0.9,
    "razor blade knife scissors compass",
    needs=r"\btook (her|his|my|their) (?:\w+ )?(?:razor|blade|knife|scissors|compass) to \1 (?:own "
    r")?"
    r"(?:arms?|forearms?|wrists?|thighs?|legs?|skin|stomach|hips?)\b",
    modal_ok=True,
)
_add(
    SH,
    0.6,
    "razor blade compass scissors",
    needs=r"\btook (?:a|the) (?:\w+ )?(?:razor|blade|compass|scissors|shard) to (?:her|his|my|their"
    r") "
    r"(?:own )?(?:arms?|forearms?|wrists?|thighs?|legs?|skin|stomach|hips?)\b",
)
_add(
    SH,
    0.6,
    "pressed held",
    after=r" (?:the|a) (?:razor ?)?(?:blade|razor|compass point|shard) (?:to|against) "
    r"(?:his|her|my|their|your) (?:own )?(?:forearm|arm|wrist|thigh|skin|stomach|hip)s?\b",
    modal_ok=True,
)

# Self-harm: heated metal or a cigarette to one's own skin.
_add(
    SH,
    0.6,
    "spoon coin lighter poker key paperclip",
    needs=r"\b(?:pressed|pressing|held|holding|touched|touching) (?:the|a) (?:hot|heated|red-hot|"
    r"lit|flicked) (?:\w+ )?(?:spoon|knife|metal|coin|lighter|poker|key|paperclip) (?:to|against|"
    r"into|on) (?:her|his|my|their) (?:own )?(?:skin|arms?|wrists?|thighs?|forearms?|hands?|"
    r"palms?|stomach|hips?)\b",
)
_add(
    SH,
    0.6,
    "cigarette lighter match candle",
    needs=r"\bburn(?:ed|t|s|ing)? (?:her|his|my|their) (?:own )?(?:arms?|wrists?|forearms?|thighs?|"
    r"hands?|palms?|skin|fingertips|fingers) with (?:a|the|her|his|my|their) (?:\w+ )?"
    r"(?:cigarette|lighter|match|candle)\b",
)

# Self-harm: the streak of not doing it ("hasn't hurt herself in a year").
_add(
    SH,
    0.6,
    "herself himself myself themselves yourself",
    needs=r"\b(?:hasn't|haven't|hadn't|has not|have not|had not) (?:hurt|harmed|cut|burned|burnt) "
    r"(?:herself|himself|myself|themselves|yourself) (?:in|for) (?:a |an |over a |almost a |nearly "
    r"a "
    r")?(?:\w+ )?(?:weeks?|months?|years?)\b|\bwithout (?:hurting|harming|cutting|burning) "
    r"(?:herself|himself|myself|themselves|yourself)\b.{0,40}\b(?:first time|in (?:\w+ )?(?:years|"
    r"months|weeks))\b",
    negation_ok=True,
)

# Self-harm: "at her arms again with the penknife"; "since I last cut".
_add(
    SH,
    0.9,
    "penknife razor blade compass scissors knife pin needle",
    needs=r"\bat (?:her|his|my|their|your) (?:own )?(?:arms?|wrists?|thighs?|skin|legs?|forearms?) "
    r"(?:again )?with (?:a|the|her|his|my|their) (?:\w+ )?(?:penknife|razor|blade|compass|scissors|"
    r"knife|pin|needle)\b",
    modal_ok=True,
)
_add(
    SH,
    0.6,
    "cut",
    needs=r"\b(?:since|before|after) (?:i|she|he|they) (?:last )?cut(?:\s*[.;!?]|\s*$)|"
    r"\blast time (?:i|she|he|they) cut(?:\s*[.;!?]|\s*$)",
    modal_ok=True,
)

# Self-harm: the clinical shorthand and the way it is texted.
_add(SH, 0.9, "dsh nssi sh'd sh'ing", modal_ok=True)
_add(
    SH,
    0.9,
    "urself",
    needs=r"\b(?:hurt|hurting|cut|cutting|burn|burning|burnt|harm|harming) urself "
    r"(?:again|on purpose)\b" + _SH_ACCIDENT,
    modal_ok=True,
)

# Self-harm: a wound verb with the same person's arm, wrist or thigh ("he sliced into his
# forearm", "I burned my wrist"): the pronouns agree, and it was no accident.
_add(
    SH,
    0.6,
    "cut cuts sliced slashed carved gouged scored burned burnt stabbed jabbed",
    needs=r"\b(?:she (?:\w+ )?(?:cut|sliced|slashed|carved|gouged|scored|burned|burnt|stabbed|jabbe"
    r"d)"
    r" (?:into |at )?her|he (?:\w+ )?(?:cut|sliced|slashed|carved|gouged|scored|burned|burnt|"
    r"stabbed|jabbed) (?:into |at )?his|i (?:\w+ )?(?:cut|sliced|slashed|carved|gouged|scored|"
    r"burned|burnt|stabbed|jabbed) (?:into |at )?my|they (?:\w+ )?(?:cut|sliced|slashed|carved|"
    r"gouged|scored|burned|burnt|stabbed|jabbed) (?:into |at )?their) (?:own )?(?:(?:left|right|"
    r"inner|upper) )?(?:forearms?|arms?|wrists?|thighs?|stomach|hips?|skin)\b" + _SH_ACCIDENT,
)

# Self-harm: wanting to, thinking about it ("can't stop thinking about cutting").
_add(
    SH,
    0.9,
    "cutting cut",
    needs=r"\b(?:thinking|think|thought|thinks) about cutting(?:\s*[.,;!?]|\s*$| again)|"
    r"\bwant(?:ed|s)? to cut(?:\s*[.,;!?]|\s*$| (?:so|again|really|badly))",
    modal_ok=True,
)
_add(
    SH,
    0.6,
    "cutting",
    needs=r"\b(?:found out|knew|know|knows|talk(?:ed|s|ing)? about|told (?:her|him|them|me|us) "
    r"about|hid|hide|hiding|hides) (?:about )?the cutting(?:\s*[.,;!?]|\s*$| and\b| again)",
)

# Self-harm: marks in rows, and a point dug in until it bled.
_add(
    SH,
    0.6,
    "rows",
    needs=r"\b(?:burns|cuts|scars)\b.{0,40}\bin (?:neat |tidy |little |small |careful |"
    r"straight |even )*rows\b|\bmarks (?:on|along|across|up) (?:the (?:back|inside) of )?(?:her|"
    r"his|my|their) (?:\w+ )?(?:hands?|arms?|wrists?|thighs?|forearms?|hips?|stomach)\b.{0,30}"
    r"\bin (?:neat |tidy |little |small |careful |straight |even )*rows\b",
)
_add(
    SH,
    0.9,
    "point tip pin needle nib",
    needs=r"\b(?:dug|digging|pressed|pressing|drove|jabbed|pushed) (?:the|a) (?:\w+ ){0,2}(?:point|"
    r"tip|pin|needle|nib|blade|shard) into (?:her|his|my|their) (?:own )?(?:palm|hand|arm|thigh|"
    r"wrist|skin|finger|thumb)s? until (?:it|the skin|they) (?:bled|broke)\b",
)

# Self-harm: fists against walls, as a habit.
_add(SH, 0.6, "walls", needs=r"\bpunch(?:es|ed|ing)? walls\b")

# Self-harm: scars likened to a barcode.
_add(
    SH,
    0.6,
    "barcode barcodes",
    needs=r"\bbarcodes? (?:arms?|scars?|wrists?|thighs?|cuts)\b|\b(?:arms?|wrists?|thighs?|skin|"
    r"forearms?|scars|cuts) (?:\w+ ){0,2}(?:like|was|were|into) (?:a )?barcodes?\b",
)

# Self-harm: the count of days since ("hadn't cut in a hundred days").
_add(
    SH,
    0.9,
    "cut",
    needs=r"\b(?:hadn't|haven't|hasn't|had not|have not|has not|didn't|did not|not) cut (?:in|for) "
    r"(?:\w+ ){0,4}(?:days|weeks|months|years)\b",
    modal_ok=True,
    negation_ok=True,
)

# Self-harm: skin described as a mess or map of cuts.
_add(
    SH,
    0.6,
    "mess patchwork web map lattice network grid",
    after=r" of (?:\w+ ){0,2}(?:cuts|scars|scratches|burns|scabs)\b",
    needs=r"\b(?:thighs?|arms?|wrists?|forearms?|hips?|stomach|legs?)\b",
)

# Self-harm: words carved into one's own arm (the pronouns agree).
_add(
    SH,
    0.6,
    "carved carving",
    needs=r"\b(?:she (?:\w+ ){0,2}carv(?:ed|ing) (?:\w+ ){0,4}into her|he (?:\w+ ){0,2}carv(?:ed|in"
    r"g) "
    r"(?:\w+ ){0,4}into his|i (?:\w+ ){0,2}carv(?:ed|ing) (?:\w+ ){0,4}into my) (?:own )?(?:arm|"
    r"forearm|thigh|wrist|skin|stomach|hip|leg)s?\b",
)

# Self-harm: a fist through a mirror or a door until the knuckles bled.
_add(
    SH,
    0.6,
    "mirror door locker",
    needs=r"\bpunch\w* (?:the|a) (?:bathroom |bedroom |wardrobe )?(?:mirror|door|locker)\b.{0,40}"
    r"\buntil (?:his|her|my|their) (?:knuckles|hands?|fists?) (?:bled|split|were bloody|broke)\b",
)

# Self-harm: "self-harms"; biting one's own arm; a hand slammed in a door on purpose.
_add(SH, 0.9, "self-harms", modal_ok=True)
_add(
    SH,
    0.9,
    "bit",
    needs=r"\b(?:i bit my|she bit her|he bit his|they bit their) (?:own )?(?:arm|hand|wrist|forearm"
    r"|"
    r"fingers?|knuckles?|thumb)s? (?:until|till) (?:it|they|the skin) (?:bled|broke)\b",
)
_add(
    SH,
    0.9,
    "purpose deliberately",
    needs=r"\b(?:slam\w*|trapped|trapping|shut|shutting|caught) (?:her|his|my|their) (?:own )?"
    r"(?:hand|fingers?|arm|wrist)s? in (?:the|a) (?:\w+ )?(?:door|drawer|window|lid)\b.{0,30}"
    r"\b(?:on purpose|deliberately)\b",
)


# Self-harm: purging told in the progressive ("had been making herself sick after every
# meal"), the form missing from the purging family above; not "making herself sick with
# worry".
_add(
    SH,
    0.6,
    "sick",
    needs=r"\b(?:making|makes|make) (?:herself|himself|myself|yourself|themselves) (?:be )?sick\b"
    r"(?! (?:with|over|about|from|worrying|laughing)\b)",
)
_add(
    SH,
    0.6,
    "fingers",
    needs=Near(
        r"\b(?:toilet|loo|bathroom|sink|basin|meal|meals|dinner|supper|tea|eating|ate|calories|"
        r"sick|throw up|threw up|vomit\w*|purg\w*)\b",
        r"\b(?:two |her |his |my )?fingers (?:down|into) (?:her|his|my|your|their) (?:own )?"
        r"throat\b",
    ),
    after=r"(?!.{0,60}\b(?:fish|bone|choking|choke|chok|coin|sweet|stuck|swallowed)\w*\b)",
)

# Self-harm: a welt, a row of marks, a bruise raised on purpose by pinching or scratching
# one's own skin ("pinched the inside of her wrist until there was a row of marks",
# "scratched it out with her nails until only the welt remained").
_add(
    SH,
    0.45,
    "pinched pinching pinches",
    after=r" (?:the (?:soft |tender |thin )?(?:inside|skin|back|flesh) of )?(?:her|his|my|your|"
    r"their) (?:own )?(?:wrist|wrists|arm|arms|forearm|thigh|thighs|hand|skin)\b",
    needs=r"\b(?:until|till|each time|every time|whenever|marks?|bruises?|welts?)\b",
)
_add(
    SH,
    0.6,
    "scratched scratching",
    needs=r"\bscratch\w* (?:\w+ ){0,6}with (?:her|his|my|your|their) (?:own )?nails\b.{0,60}"
    r"\b(?:welts?|bled|raw|skin broke|broke the skin)\b",
)

# Self-harm: a head struck against a hard thing on purpose ("hitting his head on the
# steering wheel", "banged her head against the wall until it bled"): not a head bumped on
# a low beam by accident.
_add(
    SH,
    0.45,
    "head",
    needs=r"\b(?:hitting|hit|banging|banged|bashing|bashed|slamming|slammed|beating|knocking) "
    r"(?:his|her|my|their|your) (?:own )?head (?:on|against|into) (?:the|a) (?:\w+ )?(?:wall|"
    r"steering wheel|desk|table|door|floor|mirror|tiles)\b(?!.{0,30}\b(?:by accident|"
    r"accidentally)\b)",
    after=_NOT_OWN_HEAD + r"(?!.{0,40}\b(?:frustration|joke|metaphor)\b)",
)

# Self-harm: a burn on one's own fingertips or palm from a candle or a pipe bowl, told by
# what is found ("the little blisters on her fingertips", "her old trick with the candle").
_add(
    SH,
    0.45,
    "trick",
    needs=r"\bold trick with the (?:candle|lighter|match|matches|iron|kettle|flame)\b",
)
_add(
    SH,
    0.35,
    "burns blisters",
    needs=r"\b(?:little |small |tiny |neat |round )?(?:burns|blisters) (?:on|across) (?:her|his|my|"
    r"their) (?:own )?(?:fingertips|palms?|forearms?|wrists?|thighs?)\b",
    after=r"(?!.{0,40}\b(?:oven|tray|stove|pan|kettle|iron|sun|sunburn|rope|oars?|rowing|"
    r"spade|shovel|guitar|violin|strings)\b)",
)

# Self-harm: a streak broken ("had to reset the counter to zero", "the clean count is back
# to day one"): the counters kept by those who stop.
_add(
    SH,
    0.45,
    "counter count",
    needs=r"\breset (?:the|my|her|his) (?:\w+ )?(?:counter|count)\b.{0,40}\b(?:zero|nought|day "
    r"one)\b",
)

# Self-harm: a dressing under bracelets or a sleeve ("the edge of a dressing under the
# beads"), a plaster where a cuff ends.
_add(
    SH,
    0.45,
    "dressing bandage plaster",
    needs=r"\b(?:edge|corner|flash) of (?:a|the|her|his) (?:dressing|bandage|plaster)\b.{0,30}"
    r"\b(?:under|beneath) (?:the|her|his|my) (?:beads|bracelets|bangles|sleeves?|cuffs?|"
    r"watch ?strap)\b",
)


# Self-harm: marks blamed on a cat ("you learn to say the cat did it", "told the nurse it
# was the cat"), the oldest cover story for scratches: not a vase the cat knocked over.
_add(
    SH,
    0.45,
    "cat",
    needs=Near(
        r"\b(?:scratch\w*|cuts?|marks|lines|arms?|wrists?|sleeves?|scars?)\b",
        r"\b(?:say|said|says|saying|tell|told|telling|claimed|claims|blame[ds]?|blaming) (?:\w+ )?"
        r"(?:it was |that )?the cat(?: did it| had done it|'s fault)?\b",
    ),
    negation_ok=True,
)


# Self-harm: gripping a thing that cuts until the hand bleeds ("gripped the rose thorns
# until his palms bled", "closed her fist round the broken glass until it bled").
_add(
    SH,
    0.6,
    "thorns glass blade shard shards edge",
    needs=r"\b(?:grip|gripped|gripping|grips|clutch|clutched|clutching|squeezed|squeezing|"
    r"closed (?:her|his|my|your|their) (?:fist|hand) (?:round|around|on)) (?:\w+ ){0,3}(?:thorns|gl"
    r"ass|"
    r"blade|shards?|edge)\b.{0,40}\buntil (?:(?:his|her|my|their) (?:palms?|hands?|fingers?|"
    r"fists?)|it|they) (?:bled|were bleeding|was bleeding|cut)\b",
)


# Self-harm, third pass: nails pressed into one's own skin with words between ("into the soft
# inside of her wrist") until it gives; the hidden places burned ("burned the tops of my
# thighs"); blows struck at oneself ("then I hit myself"); taking it out on one's own skin.
_add(
    SH,
    0.6,
    "nails fingernails thumbnail thumbnails",
    needs=r"\b(?:press|presses|pressed|pressing|dig|digs|dug|digging|drove|drives|driving) "
    r"(?:her|his|my|your|their) (?:finger|thumb)?nails? into (?:\w+ ){0,6}(?:her|his|my|your|"
    r"their) (?:own )?(?:wrists?|palms?|arms?|forearms?|thighs?|skin|hands?|legs?)\b.{0,30}"
    r"\buntil (?:the skin (?:breaks|broke|split|splits|gives|gave)|it bled|it bleeds|(?:she|he|"
    r"i|you) bled|there (?:was|is) blood)\b",
)
_add(
    SH,
    0.6,
    "burned burnt",
    needs=r"\b(?:i|she|he|you|they) burn(?:ed|t) (?:(?:the (?:tops?|backs?|undersides?) of )?"
    r"(?:her|his|my|your|their) (?:own )?(?:thighs|stomach|hips|belly)|the insides? of "
    r"(?:her|his|my|your|their) (?:own )?(?:wrists?|arms?|forearms?|thighs?))\b"
    r"(?! (?:on|with|against|when|while|reaching|taking|getting|as|in the|by accident)\b)",
)
_add(
    SH,
    0.6,
    "myself himself herself yourself",
    needs=r"(?<!accidentally )\b(?:hit|hits|hitting|punch(?:ed|es|ing)?|beat|beats|beating|"
    r"bruised|bruises|bruising) (?:myself|himself|herself|yourself)\b(?! (?:up|over|about|with "
    r"(?:a|the) (?:door|ball|racket|bat|branch|oar|rake|hammer|pan)))" + _SH_ACCIDENT,
)
_add(
    SH,
    0.6,
    "own",
    needs=r"\b(?:took|take|takes|taking) it out on (?:her|his|my|your|their|[a-z]+['’]s) own (?:arm"
    r"s?|"
    r"forearms?|wrists?|thighs?|legs?|skin|body|flesh|stomach)\b",
)


# Self-harm: "did you do this to yourself?" over marks on the arm; the inside of the cheek
# bitten until it bleeds, one's own forearm bitten; the present tense of the "own" family
# ("burns his own arm"); "been hurting myself" (and the dialect "hurtin' meself").
_add(
    SH,
    0.6,
    "yourself herself himself myself",
    needs=Near(
        r"\b(?:arms?|wrists?|forearms?|thighs?|marks|cuts|scars|burns|scratches|sleeves?)\b",
        r"(?:(?<!how )\b(?:did|do|does) (?:you|she|he|i) do|\b(?:she|he|i|you) did|\bdone) "
        r"(?:this|that|these|those|them) to (?:yourself|herself|himself|myself)\b"
        r"(?!,? (?:by accident|accidentally))",
    ),
)
_add(
    SH,
    0.6,
    "cheek cheeks forearm forearms",
    needs=r"\b(?:bite|bites|biting|bit|bitten) (?:the insides? of )?(?:her|his|my|your|their) "
    r"(?:cheeks?|own (?:forearms?|arms?|wrists?|hands?))\b.{0,60}\buntil (?:(?:i|she|he|you|"
    r"they) (?:taste|tasted|tastes|could taste|can taste)|it bled|it bleeds|(?:the )?"
    r"(?:teeth ?marks|skin)|there (?:was|is) blood|blood)",
)
_add(
    SH,
    0.6,
    "own",
    needs=r"\b(?:burns|burning|cuts|bites|biting|scratches|pricks|hits|punches|gouges) "
    r"(?:her|his|my|your|their|[a-z]+['’]s) own (?:arms?|forearms?|wrists?|thighs?|skin|stomach|leg"
    r"s?)\b",
)
_add(
    SH,
    0.6,
    "meself myself herself himself yourself",
    needs=r"\b(?:been|started|start|starting|stop|stopped|keep|kept|still) hurt(?:in'?|ing) "
    r"(?:meself|myself|herself|himself|yourself)\b(?! (?:by|with|over|about)\b)",
)


# Self-harm: a flame held to one's own skin ("held the lighter to my wrist"): the one who
# holds it is the one it burns (she ... her, he ... his), or it is a cruelty, not self-harm.
_add(
    SH,
    0.6,
    "lighter match flame cigarette",
    needs="|".join(
        rf"\b{who} (?:\w+ )?(?:held|holds|holding|pressed|presses|pressing|put|puts) (?:a |the |"
        rf"{whose} )?(?:lit )?(?:lighter|match|flame|cigarette|candle)(?: flame)? (?:to|against|"
        rf"into|on) {whose} (?:own )?(?:skin|arms?|wrists?|forearms?|thighs?|palms?|hands?|"
        rf"fingers?|ankles?)\b"
        for who, whose in (("she", "her"), ("he", "his"), ("i", "my"), ("you", "your"))
    ),
)


# Self-harm: scars or burns "too regular for any accident", the doctor's and the detective's
# way of saying who made them (not bruises, which are as often a beating).
_add(
    SH,
    0.6,
    "accident",
    needs=Near(
        r"\b(?:scars|burns|cuts)\b",
        r"\btoo (?:regular|neat|even|orderly|straight|evenly spaced) (?:for|to be) (?:any |an |a )?"
        r"accident\b",
    ),
)


# Self-harm, fourth pass (train misses): harm told by the hands that did it. Nails or fists
# that are the person's own ("torn open by his own nails", "bruises he gave himself with his
# own fists"), a slap to one's own face, the skin of one's own arms torn at.
_OWN_BODY = (
    r"(?:cheeks?|face|skin|arms?|forearms?|wrists?|palms?|thighs?|legs?|stomach|ribs|belly|"
    r"flesh|elbows?)"
)
_add(
    SH,
    0.6,
    "own",
    needs=r"\b(?:by|with|from) (?:her|his|my|your|their|[a-z]+['’]s) own (?:nails|fingernails|fists"
    r"?)\b"
    r"(?=[^.;!?]{0,60}\b(?:raw|bled|bleeding|blood|bruis\w*|torn|tore|scor\w*|gouge\w*|welts?|"
    r"wounds?|scratch\w*)\b)|\b(?:raw|bled|bleeding|blood|bruis\w*|torn|tore|scored|gouged|"
    r"welts?|wounds?|scratches)\b[^.;!?]{0,60}\b(?:by|with|from) (?:her|his|my|your|their|[a-z]+['’"
    r"]s) own "
    r"(?:nails|fingernails|fists?)\b|\b(?:tear|tears|tore|tearing|claw|claws|clawed|clawing|"
    r"scratch|scratched|scratching|pick|picked|picking) at the skin of (?:her|his|my|your|their) "
    r"own\b|\b(?:slap|slaps|slapped|slapping|smack|smacks|smacked|struck|strikes|striking|"
    r"punched|punches) (?:her|his|my|your|their|[a-z]+['’]s) own " + _OWN_BODY + r"\b",
)
# Hurt given to oneself: "every scar on her stomach was one she had given herself", "the
# bruises ... he gave them to himself" (not a haircut, a pep talk or marks in an exam).
_add(
    SH,
    0.6,
    "herself himself myself yourself themselves",
    needs=r"\b(?:scars?|cuts|burns|bruises|welts|wounds|gashes)\b(?! (?:to|in|of|at|for) "
    r"(?:the|a|an|our|their|its)\b)[^.;!?]{0,80}\b(?:gave|given|"
    r"give|gives|giving) (?:them |it |those |these |each of them )?(?:to )?(?:herself|himself|"
    r"myself|yourself|themselves)\b",
)
# Blows to oneself told with their force or their place ("hit myself first, hard, in the
# stomach"), not a slap to stay awake or on the forehead when a thing comes back to mind.
_add(
    SH,
    0.6,
    "herself himself myself yourself themselves",
    needs=r"\b(?:hit|hits|hitting|punch(?:ed|es|ing)?|slap(?:ped|s|ping)?|beat|beats|beating) "
    r"(?:herself|himself|myself|yourself|themselves)\b(?:(?: [\w'’]+)?, hard\b| hard\b| in the "
    r"(?:stomach|face|ribs|thighs?|legs?|arms?|chest|belly|gut)\b)(?![^.;!?]{0,30}\b(?:awake|"
    r"to (?:stay|keep|wake|check|make sure)|dreaming)\b)",
)
# Scratching or pinching one's own skin raw or until it bleeds or bruises, the words between
# allowed ("scratching at the inside of her elbow, over and over, at skin already raw",
# "pinch the soft skin of your inner arm until it purples"); not a bite that itched.
_add(
    SH,
    0.6,
    "scratching scratched scratches pinch pinched pinches pinching",
    needs=r"\b(?:scratch(?:ed|es|ing)?|pinch(?:ed|es|ing)?) (?:at )?(?:the (?:soft |thin )?"
    r"(?:skin|insides?|backs?) of )?(?:her|his|my|your|their) (?:own )?(?:inner |upper )?"
    r"(?:arms?|forearms?|wrists?|thighs?|legs?|skin|elbows?|hands?|stomach)\b[^.;!?]{0,60}"
    r"\b(?:over and over|until (?:it|they|the skin) (?:bled|bleeds|purpled|purples|bruised|"
    r"bruises|broke|split)|till (?:it|they) (?:bled|bruised|purpled)|already raw|was raw|were "
    r"raw|bleeding|drew blood)\b(?![^.;!?]{0,40}\b(?:bites?|itch\w*|rash|eczema|hives|"
    r"mosquito\w*|midges?|nettles?|fleas?|chickenpox)\b)",
)
# Nails driven into one's own skin until it bled ("dug her thumbnail into her palm until it
# bled"; the palm may be "it").
_add(
    SH,
    0.6,
    "thumbnail thumbnails fingernail fingernails nail",
    needs=r"\b(?:dug|digs|dig|digging|pressed|presses|pressing|drove|drives|driving) (?:her|his|"
    r"my|your|their) (?:thumbnail|thumbnails|fingernail|fingernails|nail|thumbnail) into "
    r"(?:it|them|(?:her|his|my|your|their) (?:own )?(?:palms?|skin|arms?|wrists?|thighs?|"
    r"hands?|fingers?))\b[^.;!?]{0,30}\b(?:until|till) (?:it|they|the skin) (?:bled|broke|split)\b",
)
# Marks on the inside of a wrist, an arm, a thigh: where a stranger's hand does not put them
# (not a tattoo, nor a burn "from the oven").
_add(
    SH,
    0.6,
    "inside insides",
    needs=r"\b(?:round |small |thin |fresh |new |old )?(?:cuts|scars|burns|lines|scratches)\b "
    r"(?:on|along|across) the insides? of (?:her|his|my|your|their|[a-z]+['’]s) (?:left |right )?(?"
    r":wrists?|"
    r"forearms?|arms?|thighs?|elbows?)\b(?! (?:from|where|after)\b)",
)


# Self-harm, scenes of 2026-11-28: blades kept hidden ("razor blades wrapped in tissue in
# her pencil case", the blade gone from a sharpener); marks in a clinical note's words
# ("parallel healing marks to left forearm", "superficial lacerations to L forearm"); a new
# wound among the old scars; a relapse shown by what covers it again (sleeves, plasters);
# what it does for them ("the burns help"); a burn or cut said to be deliberate; hair or
# lashes pulled out one at a time.
_add(
    SH,
    0.6,
    "blade blades razors",
    needs=r"\b(?:razor )?(?:blade|blades|razors) (?:\w+ )?(?:wrapped|hidden|tucked|folded|taped|"
    r"stashed|kept) (?:up )?(?:in|inside|under|behind|into|between)\b|\b(?:blade|blades) "
    r"(?:\w+ ){0,3}(?:missing|gone|taken|prised|pried|unscrewed) (?:out )?(?:of|from) (?:a|the|"
    r"her|his|my|their) (?:pencil )?sharpeners?\b|\bsharpeners? (?:\w+ ){0,3}(?:taken apart|"
    r"unscrewed|with (?:no|the) blades? (?:missing|gone|removed))\b",
)
_add(
    SH,
    0.6,
    "parallel evenly rows superficial",
    needs=r"\b(?:parallel|evenly spaced|neat rows? of|rows of) (?:\w+ ){0,2}(?:marks|lines|cuts|"
    r"scratches|scars|lacerations) (?:\w+ ){0,2}(?:to|on|along|across|up) (?:the |her |his |my |"
    r"their |[a-z]+['’]s )?(?:(?:l|r|left|right|inner|upper|lower) )?(?:forearms?|arms?|wrists?|"
    r"thighs?|stomach|hips?|legs?)\b|\bsuperficial (?:\w+ )?(?:lacerations|cuts|incisions) "
    r"(?:to|on|across) (?:the |her |his |my |their )?(?:(?:l|r|left|right|inner|upper|lower|"
    r"both) )?(?:forearms?|wrists?|thighs?|upper arms?)\b(?!,? (?:consistent with|caused by|from|"
    r"after)\b)",
)
_add(
    SH,
    0.6,
    # (keyed on the new wound: "old scars" alone is set aside as a figure)
    "cut cuts wound wounds",
    needs=r"\b(?:fresh|new|raw|another) (?:\w+ )?(?:cut|cuts|wound|wounds|lines?|marks?|burns?)\b"
    r"[^.!?]{0,30}\b(?:beside|next to|among|amongst|over|across|alongside|on top of|between|"
    r"above|below|under) (?:the|her|his|my|their) old (?:scars|lines|ones)\b",
)
_add(
    SH,
    0.6,
    "relapse relapsed relapsing",
    needs=Near(
        r"\b(?:sleeves?|long-sleeved|cardigan|hoodie|plasters?|bandages?|band-aids?|wristbands?|"
        r"sweatbands?|bracelets)\b",
        r"\brelaps(?:e|ed|ing)\b",
    ),
)
_add(
    SH,
    0.6,
    "help helps helped",
    after=r"(?! (?:to )?(?:balance|reduce|pay|fund|save|heal|cool|the (?:budget|economy|deficit)))",
    needs=r"\b(?:the|my|her|his) (?:burns|cuts|cutting|burning|scratching) (?:help|helps|helped)\b",
    modal_ok=True,
)
_add(
    SH,
    0.6,
    "deliberate deliberately",
    needs=r"\b(?:burns?|cuts?|scratches|wounds?|marks)\b (?:on|to|across) (?:the (?:back|inside|"
    r"palm) of )?(?:her|his|my|their|[a-z]+['’]s) (?:own )?(?:hands?|arms?|forearms?|wrists?|"
    r"thighs?|legs?|stomach)\b[^.!?]{0,40}\bdeliberate\b",
)
_add(
    SH,
    0.6,
    "eyelashes eyebrows lashes hair",
    after=r"(?: out)? (?:one|strand|hair|until)\b",
    needs=r"\bpull(?:ed|s|ing)? (?:out )?(?:her|his|my|their) (?:own )?(?:eyelashes|lashes|"
    r"eyebrows|hair) (?:out )?(?:one (?:at a time|by one)|strand by strand|hair by hair|until "
    r"(?:it|they|the skin|she|he|i) (?:bled|stung|was bald|were gone))",
)

# Self-harm, scenes of 2026-11-28: a fist that is one's own against one's own body ("the
# thud of his own fist against his leg"), and the injuries owned ("the split lip, he'd done
# all of that himself").
_add(
    SH,
    0.6,
    "fist fists",
    needs=r"\b(?:her|his|my|your|their) own fists? (?:\w+ )?(?:against|into|on) (?:her|his|my|your|"
    r"their) (?:own )?(?:legs?|thighs?|head|chest|stomach|arms?|face|ribs|temples?)\b",
)
_add(
    SH,
    0.6,
    "himself herself myself yourself themselves",
    needs=Near(
        r"\b(?:bruis\w*|swelling|swollen|split lip|black eye|welts?|(?:cuts|marks|burns|"
        r"scratches|scars) (?:on|along|across|up) (?:her|his|my|your|their) (?:\w+ )?(?:arms?|"
        r"legs?|thighs?|wrists?|stomach|face|hands?|skin))\b",
        r"\b(?:done|did|does|caused|made) (?:all )?(?:of )?(?:that|it|them|this|those|each one|"
        r"every one)(?: of (?:them|those|it))?(?: (?:to|on))? (?:himself|herself|myself|yourself|"
        r"themselves)\b",
    ),
)

# ---- suicide --------------------------------------------------------------------------------
# Not "career suicide", "social suicide", "a slow suicide" (a spreadsheet, a diet).
_add(
    SU,
    0.9,
    "suicide",
    needs=r"(?<!career )(?<!social )(?<!political )(?<!commercial )(?<!electoral )"
    r"(?<!professional )(?<!fashion )(?<!slow )(?<!financial )(?<!brand )\bsuicide\b"
    r"(?! (?:squeeze|doors?|missions?|run|blonde|bid|move|play|pass|jockey|knob|lane))",
    modal_ok=True,
)

# A clinical "denies" is a denial ("denies suicidal ideation").
_add(
    SU,
    0.9,
    "suicidal",
    needs=r"(?<!denies )(?<!denied )(?<!denying )(?<!deny )\bsuicidal\b",
    modal_ok=True,
)

_add(
    SU,
    0.9,
    "life",
    needs=r"(?<!denies any intent to )(?<!denies intent to )(?<!denied any intent to )"
    r"(?<!denied intent to )(?<!denies any plan to )(?<!denies any plans to )"
    r"\b(?:take|took|taking|takes|end|ended|ending|ends) "
    r"(?:my|his|her|your|their) (?:own )?life\b",
    modal_ok=True,
)

_add(
    SU,
    0.9,
    "himself herself myself yourself themselves",
    needs=r"(?<!as good as )(?<!as well have )(?<!as well )(?<!nearly )(?<!almost )"
    r"(?<!practically )\b(?:kill(?:s|ed|ing)?|"
    r"hang(?:s|ed|ing)?|hung|drown(?:s|ed|ing)?|poison(?:s|ed|ing)?|shoot(?:s|ing)?|shot) "
    r"(?:himself|herself|myself|yourself|themselves)\b(?! in the (?:foot|feet|leg))"
    r"(?! if (?:i|you|he|she|we) (?:have to|has to|had to|fail|flunk|lose|miss|hear|see|eat|"
    r"get one more)\b[^.!?]{0,40}\b(?:lol|lmao|haha|jk)\b)|"
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
    r"rather be) (?:die|dying|dead)\b(?! (?:of|from) (?:happiness|embarrassment|shame|boredom|"
    r"laughter|laughing|envy|jealousy|joy|cuteness|curiosity)| laughing)",
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
    r"(?:himself|herself|myself)) (?:from|off) (?:the|a) (?:\w+ )?(?:cliff|bridge|roof|tower)\b"
    r"(?! (?:into (?:the|a) (?:river|sea|lake|pool|water|harbour|pond) (?:with|for|after|to)|onto|"
    r"and (?:landed|rolled|ran|swam))| with the other| for (?:fun|a dare|a bet))",
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

_add(SU, 0.9, "without", needs=r"\bbetter off without (?:me|him|her|them|you|u)\b", modal_ok=True)
_add(
    SU,
    0.6,
    "go",
    needs=r"\b(?:grown|grew|become|became|am|was|'m|too) (?:simply |just |far )?too (?:tired|weary)"
    r" to go on\b|\bsimply (?:too tired|too weary) to go on\b",
    modal_ok=True,
)
_add(
    SU,
    0.45,
    "involvement",
    needs=r"\bno (?:indication|evidence|sign|suggestion) of (?:any )?(?:third-party|third party|"
    r"anyone else's|another person's|suspicious) involvement\b",
    negation_ok=True,
)

_add(
    SU,
    0.6,
    "pills",
    needs=r"\b(?:all|every one) of (?:the|her|his|my|your|those) pills\b|\b"
    r"(?:swallowed|swallowing|took|taking|downed|downing) (?:a |the )?(?:whole |entire )?"
    r"(?:handful|bottle|fistful) of "
    r"(?:\w+ )?pills\b",
    modal_ok=True,
)

_add(
    SU,
    0.6,
    "ledge",
    needs=r"\b(?:stood|standing|sat|sitting|stepped) (?:on|onto|at) the (?:narrow |thin |concrete |"
    r"stone |outer |little )?ledge\b(?! of the (?:window"
    r" "
    r"?box|mantel|mantelpiece|fireplace|shelf|bath|sink|hearth|dresser))",
)

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
    needs=r"(?:\bcounted out (?:the |all the |his |her |my )?pills\b|\bpills counted out\b|\blined "
    r"up (?:the |all the |his |her |my )?pills\b)(?! for the (?:week|day|morning|month|fortnight)|"
    r" into (?:the|a|his|her|my) (?:\w+ )?(?:box|boxes|organi[sz]er|dosette|cups?|tray))",
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
    after=r" (?:\w+ )?(?:pills|tablets|sleeping pills|painkillers|antidepressants|meds|medication|"
    r"paracetamol|aspirin|barbiturates|insulin)\b",
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

_add(
    SU,
    0.6,
    "stones rocks bricks",
    needs=r"(?:\bstones (?:sewn |stitched |weighting |heavy )?(?:in|into) (?:her|his|my|their|the) "
    r"(?:pockets|hem|hems|coat|skirts?|apron)\b|\b(?:fill(?:ed|ing|s)?|weighted|loaded|stuffed) "
    r"(?:her|his|my|their) (?:coat |apron |skirt |dress )?(?:pockets|coat|apron|skirts?) with "
    r"(?:\w+ ){0,4}?(?:stones|rocks|bricks)\b)"
    # (not stones for skimming or a sling: "filled their pockets with stones for skimming")
    r"(?![^.!?]{0,60}\b(?:skim|skimming|sling|catapult|throw at|collection|take home)\b)",
)

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

# Suicide: the note found afterwards, and the letters people leave.
_add(
    SU,
    0.6,
    "note",
    needs=r"\b(?:found|find|finding) (?:the|a|his|her|their) note\b(?! (?:the|that|which|from|about"
    r"|"
    r"for|to (?:say|tell|remind)))(?! \w+ had left).{0,70}\b(?:paramedics|"
    r"ambulance|coroner|police|too late|in time|hospital|funeral|body|inquest|a&e)\b|"
    r"\b(?:paramedics|ambulance|coroner|police|inquest)\b.{0,70}\b(?:found|find|finding) "
    r"(?:the|a|his|her|their) note\b",
    modal_ok=True,
)
_add(
    SU,
    0.6,
    "letter letters note notes",
    after=r" (?:that |which )?(?:people|they|someone|somebody|you|families) (?:find|found|read|"
    r"leave|leaves|left) (?:afterwards|after|behind)\b",
    modal_ok=True,
)

# Suicide: hoping not to wake, asleep and not coming back.
_add(
    SU,
    0.9,
    "waking wake",
    needs=r"\b(?:think\w*|thought|dream\w*|wish\w*|hop\w*|pray\w*|long\w*|keep \w+ing) "
    r"(?:about |of |for )?(?:just )?(?:not|never) (?:waking|wake|to wake)\b",
    modal_ok=True,
    negation_ok=True,
)
_add(
    SU,
    0.9,
    "wake woke waking",
    needs=r"\b(?:did not|didn't|never|not) (?:wake|woke|waking)\b.{0,30}\bone of these "
    r"(?:mornings|days|nights)\b|\b(?:no (?:great )?loss|(?:wouldn't|would not) mind|be fine)"
    r"\b.{0,60}\bif (?:i|she|he) (?:simply |just )?(?:did not|didn't|never) (?:wake|woke)\b",
    modal_ok=True,
    negation_ok=True,
)
_add(
    SU,
    0.9,
    "asleep sleep",
    needs=r"\b(?:want|wants|wanted|wish|wishes|wished|hope|hoped|hoping|long|longs|longed|like|"
    r"pray|prayed) to (?:just )?(?:fall|go|drift off) (?:to )?(?:asleep|sleep) and (?:not|never) "
    r"(?:come back|wake|waking|woke)\b",
    modal_ok=True,
    negation_ok=True,
)
_add(
    SU,
    0.45,
    "wake",
    needs=r"\b(?:don't|didn't|do not|did not|dont|didnt) want to wake up(?: again| ever again| "
    r"tomorrow| any ?more)?\s*(?:[.,;!?]|$)",
    modal_ok=True,
    negation_ok=True,
)
_add(
    SU,
    0.9,
    "wish wished wishes wishing",
    needs=r"\bwish(?:ed|es|ing)?\b.{0,60}\b(?:never (?:have to )?(?:get up|wake up|wake) again|"
    r"never (?:have to )?(?:face|see) (?:another|one more) (?:day|morning))\b",
    modal_ok=True,
    negation_ok=True,
)

# Suicide: the wish to be in one's grave; longing for death.
_add(
    SU,
    0.9,
    "grave",
    needs=r"\b(?:wish|wished|wishes|wishing|longed|longing|longs) (?:that )?(?:i|he|she|they) "
    r"(?:was|were) (?:\w+ )?in (?:my|his|her|their|the) grave\b",
    modal_ok=True,
)
_add(
    SU,
    0.6,
    "death",
    needs=r"\b(?:longed|longing|longs|yearned|yearning|prayed|praying|prays|wished|wishing) "
    r"(?:only |daily |nightly )?for (?:death|(?:her|his|my|their) (?:own )?death)\b",
    modal_ok=True,
)
_add(
    SU,
    0.6,
    "alive living existing",
    needs=r"\b(?:tired|sick|weary) of (?:being alive|living|existing)(?:\s*(?:[.,;:!?]|$)| "
    r"any ?more\b| like this\b)",
    modal_ok=True,
)

# Suicide: into the water, meaning not to come back.
_add(
    SU,
    0.9,
    "sea river lake pond pool loch canal waves surf ocean tide",
    needs=r"\b(?:(?:going to|gonna|meant to|meaning to|means to|planned to|planning to|about to|"
    r"decided to|threatened to|threatening to|want to|wanted to|thinking of|thought of|"
    r"thought about|think about|thinking about) (?:just )?(?:walk|walking|wade|wading)) "
    r"(?:out )?into the (?:\w+ ){0,2}(?:sea|river|lake|pond|pool|loch|canal|waves|surf|ocean|"
    r"tide)\b(?! (?:to (?:swim|bathe|paddle|fish|wash|fetch|rescue|save|help)|up to "
    r"(?:her|his|my) (?:knees|ankles|waist)))|\b(?:walk|walked|wade|waded) (?:out )?into the "
    r"(?:\w+ ){0,2}(?:sea|river|lake|pond|pool|loch|canal|waves|surf|ocean|tide)\b.{0,60}\b"
    r"(?:did not|didn't|never|not|no) (?:walk|come|wade|turn)\w* (?:out|back)\b",
    modal_ok=True,
)
_add(
    SU,
    0.9,
    "sea river lake pond pool loch canal",
    after=r"(?: [\w'’]+){0,4}(?:,)? and (?:did not|didn't|never|not) (?:walk|come|walked|came) "
    r"(?:out|back)(?: again)?\b",
    modal_ok=True,
)
_add(
    SU,
    0.6,
    "sea river waves water tide",
    needs=r"\b(?:begged|begging|begs|asked|prayed|willing|willed|wanted|wants|wished|let|letting|"
    r"lets) the "
    r"(?:\w+ )?(?:sea|river|waves|water|tide) (?:to )?take (?:her|him|me|them)\b",
    modal_ok=True,
)

# Suicide: the attempt in a clinical or family register ("admitted following an attempt").
_add(
    SU,
    0.9,
    "attempt attempts",
    needs=r"\b(?:following|after|since|post) (?:an|a|his|her|their|my|your) (?:\w+ )?attempt\b"
    r"(?! (?:to|at|of|by|from|was|were|on)\b)|\battempt on (?:his|her|their|my|your) own life\b",
    modal_ok=True,
)
_add(
    SU,
    0.9,
    "attempt",
    needs=r"\b(?:admitted|admission|presented|presenting|discharged|section(?:ed)? \d) "
    r"(?:\w+ ){0,4}(?:following|after) an attempt on (?:his|her|their|my) life\b(?! by)",
    modal_ok=True,
)

# Suicide: the safety measures after an attempt.
_add(
    SU,
    0.6,
    "ligature ligatures",
    after=r"(?:[- ](?:points?|risks?|free|cutters?|knife|audit))\b",
)
_add(SU, 0.35, "ligature", after=r" marks?\b")
_add(
    SU,
    0.6,
    "tablet tablets pill pills painkillers razor razors",
    needs=r"\b(?:hid|hidden|hiding|locked|locking|removed|removing|took away|put away|gathered up|"
    r"cleared out|confiscated|put) (?:up |away )?(?:\w+ ){0,2}(?:every|each|all the) (?:single )?"
    r"(?:tablets?|pills?|painkillers?|razors?|blades?) in the (?:house|flat|place)\b",
)
_add(
    SU,
    0.35,
    "observation observations obs",
    needs=r"\b(?:one-to-one|one to one|1:1|constant|close|continuous|fifteen-minute|15-minute|"
    r"enhanced) (?:observations?|obs)\b",
)

# Suicide: waking up angry that it had not worked.
_add(
    SU,
    0.6,
    "worked",
    needs=r"\b(?:fury|furious|angry|anger|rage|disappoint\w*|sorry|grief|despair)\b.{0,30}\bit "
    r"(?:hadn't|had not|didn't|did not) work(?:ed)?\b",
    negation_ok=True,
)

# Suicide: ringing the crisis line, being asked about a plan.
_add(
    SU,
    0.6,
    "samaritans",
    needs=r"\b(?:rang|ring|ringing|called|call|calling|phoned|phone|phoning|texted|text|"
    r"texting|number for|number of) (?:the )?samaritans\b",
    modal_ok=True,
)
_add(
    SU,
    0.6,
    "crisis",
    after=r" (?:number|text ?line|text service)\b(?! for (?:the|a|your|our|their) (?:\w+'s )?(?:ban"
    r"k|"
    r"council|company|fraud|card|insurer|airline|boiler|landlord))",
    modal_ok=True,
)
_add(
    SU,
    0.6,
    "plan",
    needs=r"\b(?:asked|asks|asking|ask) (?:me |her |him |them )?(?:whether|if) (?:i|she|he|they) "
    r"(?:had|have|has) a plan\b(?! (?:for|to|of|b)\b)",
    modal_ok=True,
)

# Suicide: the old euphemisms and the methods, said plainly.
_add(
    SU,
    0.9,
    "himself herself themselves myself yourself",
    needs=r"\b(?:did|do|does|doing|done|made|make|making) away with (?:himself|herself|themselves|"
    r"myself|yourself)\b",
    modal_ok=True,
)
_add(
    SU,
    0.9,
    "gun pistol revolver rifle shotgun",
    needs=r"\b(his|her|my|their) (?:service |old |father's |own )?(?:gun|pistol|revolver|rifle|"
    r"shotgun) (?:barrel )?(?:to|into|against|in) \1 (?:own )?(?:head|temple|mouth|chin)\b|"
    r"\b(?:gun|pistol|revolver|rifle|shotgun) to (?:his|her|my|their) own (?:head|temple|mouth)\b",
    modal_ok=True,
)
_add(SU, 0.6, "brains", needs=r"\bblew (?:his|her|my|their) (?:own )?brains out\b")
_add(
    SU,
    0.9,
    "throat veins",
    needs=r"\b(?:slit|cut|opened|open|slitting|cutting|opening) (?:her|his|my|their) own "
    r"(?:throat|veins)\b|\b(?:opened|open|opening) (?:her|his|my|their) veins\b",
    modal_ok=True,
)
_add(
    SU,
    0.6,
    "tablets painkillers paracetamol capsules aspirin barbiturates veronal antidepressants",
    needs=r"\b(?:swallowed|took|taken|downed|taking|swallowing) (?:all|every one) of (?:the|her|"
    r"his|my|your|those) (?:\w+ )?(?:tablets|painkillers|paracetamol|capsules)\b(?! (?:the doctor|"
    r"as prescribed|prescribed|over (?:the|a)|for (?:the|a|her|his|my) (?:week|course|infection)|"
    r"(?:the|her|his|my|their) \w+ (?:had )?(?:prescribed|given|ordered))|"
    r", one a day)|\b(?:swallowed|took|downed) (?:a |the )?(?:whole |entire )?"
    r"(?:handful|bottle|fistful|packet|box|strip|month's supply) of (?:\w+ )?(?:tablets|"
    r"painkillers|paracetamol|capsules|aspirin|barbiturates|veronal|antidepressants)\b",
    modal_ok=True,
)
_add(
    SU,
    0.9,
    "front train trains lorry tram",
    needs=r"\b(?:jumped|jumps|jump|jumping|stepped|stepping|threw (?:himself|herself|myself|"
    r"themselves)|throw (?:himself|herself|myself|themselves)) (?:in front of|under) (?:a|the) "
    r"(?:\w+ )?(?:train|bus|lorry|truck|tube|tram|car)\b(?!.{0,25}\bto (?:save|push|stop|shield|"
    r"protect|rescue|block|catch|grab|pull|get)\b)",
    modal_ok=True,
)

# Suicide: ideation in plain words ("better off if I wasn't here").
_add(
    SU,
    0.9,
    "better",
    needs=r"\bbetter off if (?:i|he|she|they) (?:wasn't|weren't|was not|were not) (?:here|around|"
    r"alive)\b|\bbetter off (?:without|with no) (?:me|him|her) (?:here|around|alive)\b",
    modal_ok=True,
    negation_ok=True,
)
_add(
    SU,
    0.6,
    "forever",
    needs=r"\bgoodnight forever\b",
    modal_ok=True,
)
_add(
    SU,
    0.6,
    "remark notice miss",
    needs=r"\b(?:whether|if) (?:anyone|anybody|any one)\b.{0,40}\bwould (?:\w+ )?(?:remark|notice|"
    r"miss|care)\b.{0,30}\bif (?:i|she|he) (?:walked into|stepped off|jumped|died|was gone|"
    r"were gone|never came back|(?:wasn't|weren't) (?:here|around))\b",
    modal_ok=True,
    negation_ok=True,
)

# Suicide: a bullet in one's own head, death by one's own hand.
_add(
    SU,
    0.9,
    "bullet",
    needs=r"\b(?:put|puts|putting|fired|fire|firing|shot|shoot|shooting) (?:a |the |one )?bullet "
    r"(?:in|into|through) (?:his|her|my|their) own (?:head|brain|brains|skull|temple|mouth|heart)\b"
    r"",
    modal_ok=True,
)
_add(
    SU,
    0.9,
    "hand",
    needs=r"\b(?:died|dead|death|perished|fell|end|killed|slain|die) (?:\w+ ){0,3}(?:by|at) "
    r"(?:his|her|their|my|your) own hand\b",
    modal_ok=True,
)
_add(
    SU,
    0.9,
    "self-inflicted",
    after=r" (?:gunshot|gun-shot|gun shot|shotgun|bullet) (?:wounds?|injury|injuries)\b",
)
_add(
    SU,
    0.6,
    "barrel muzzle",
    needs=r"\b(?:put|puts|putting|placed|pressed|pressing|stuck|slid) the (?:gun |pistol |revolver "
    r"|"
    r"rifle |shotgun )?(?:barrel|muzzle) (?:in|into|against|to|under|beneath) (?:his|her|my|their) "
    r"(?:own )?(?:mouth|temple|chin|head)\b",
    modal_ok=True,
)

# Suicide: found hanged; cut down from the beam.
_add(SU, 0.6, "hanged hanging", needs=r"\b(?:was|were|been|be|is) found hang(?:ed|ing)\b")
_add(
    SU,
    0.6,
    "beam beams rafter rafters banister banisters bannister bannisters joist joists",
    needs=r"\bcut (?:him|her|them|[a-z]+) down from (?:the|a) (?:\w+ )?(?:beam|rafters?|banisters?|"
    r"bannisters?|joists?)\b",
)

# Suicide: wrists cut in the bath.
_add(
    SU,
    0.6,
    "wrists",
    needs=r"\bcut (?:her|his|my|their) wrists\b.{0,40}\b(?:bath|tub|bathtub)\b|\b(?:bath|tub|"
    r"bathtub)\b.{0,40}\bcut (?:her|his|my|their) wrists\b",
    modal_ok=True,
)

# Suicide: clinical words for the thoughts.
_add(
    SU,
    0.9,
    "ideation",
    needs=r"(?<!denies )(?<!denied )(?<!denying )(?<!deny )\b(?:passive|active|suicidal) "
    r"ideation\b",
    modal_ok=True,
)

# Suicide: at the railing of a bridge, on the parapet.
_add(
    SU,
    0.6,
    "railing railings parapet guardrail",
    needs=r"\b(?:(?:climbed|climbing|climbs|climb|stepped|stepping|swung (?:her|his|my) legs) "
    r"(?:over|out over)|(?:stood|standing|balanced|balancing) (?:on|up on|on top of)) "
    r"(?:the|a) (?:railings?|parapet|guardrail) (?:of|on) (?:the|a) (?:\w+ )?(?:bridge|"
    r"viaduct|overpass|roof|multi-storey|car park|tower block|balcony)\b",
    modal_ok=True,
)

# A ligature in the report's words: "located in the garage with a ligature in situ", "ligature
# points" (not a surgeon's ligature on a vessel).
_add(
    SU,
    0.6,
    "ligature ligatures",
    after=r" (?:in situ|points?|from (?:the|a) (?:beam|banister|bannister|door|rail|hook|tree|"
    r"rafter))\b",
)

# Clothes left folded by the water; a step from a height; every pill swallowed at once.
_add(
    SU,
    0.6,
    "folded",
    needs=r"\b(?:coat|jacket|clothes|shoes|boots|cloak|shawl) (?:\w+ )?folded (?:neatly |carefully "
    r")?(?:on|by|at|beside) (?:the )?(?:rocks|beach|bank|riverbank|shore|bridge|sand|cliff|cliff "
    r"edge|edge|water's edge|parapet|pier|jetty)\b",
)
_add(
    SU,
    0.6,
    "stepped",
    needs=r"\bstepped (?:from|off) (?:the|a) (?:cliff|bridge|tower|roof|parapet|battlements|"
    r"ledge|platform|rooftop|balcony)\b(?! (?:onto|on to|and (?:onto|into) (?:the )?(?:path|"
    r"beach|grass|sand|ladder)))",
    modal_ok=True,
)
_add(
    SU,
    0.6,
    "pills tablets",
    needs=r"\bswallowed (?:the last of |the rest of |all (?:of )?)(?:the|his|her|my|their) "
    r"(?:pills|tablets|painkillers|sleeping pills|capsules)\b|\b(?:pills|tablets|painkillers),? "
    r"(?:all of them|every one of them|the whole (?:bottle|packet|box)) at once\b",
    modal_ok=True,
)

# Over the railing and out on the other side: "climbed over the railing and stood on the
# ledge", "stepped over the barrier and stood with her heels on the edge".
_add(
    SU,
    0.6,
    "railing railings parapet guardrail barrier",
    needs=r"\b(?:climbed|climbing|climbs|stepped|stepping|swung (?:her|his|my) legs) (?:over|out "
    r"over) (?:the|a) (?:railings?|parapet|guardrail|barrier)\b,? (?:and|to) (?:stood|stand|"
    r"standing|balanced|sat|perched|crouched) (?:on|at) (?:the|a) (?:\w+ )?(?:ledge|edge|lip)\b"
    r"(?![^.!?]{0,40}\bto (?:see|look|watch|feed|get|pick|reach|take|photograph|film)\b)",
    modal_ok=True,
)

# Suicide: no point in going on.
_add(
    SU,
    0.6,
    "point",
    needs=r"\b(?:no|see the|saw the|see no|saw no|seeing no|what's the|what was the) point "
    r"(?:in |of )?(?:going on|carrying on|living|being alive|waking up|getting up any ?more)"
    r"(?! (?:with|to|about|at|in the|like that|that way))\b",
    modal_ok=True,
    negation_ok=True,
)

# Suicide: a car driven off a cliff or into a river on purpose.
_add(
    SU,
    0.9,
    "purpose deliberately",
    needs=r"\b(?:drove|driven|steered|swerved|drives|driving) (?:\w+ ){0,3}(?:off|into|over) "
    r"(?:the|a) (?:\w+ ){0,2}(?:cliff|bridge|river|sea|lake|quarry|tree|wall|lorry|truck|edge)\b"
    r".{0,30}\b(?:on purpose|deliberately)\b",
    modal_ok=True,
)

# Suicide: the warning signs (a goodbye message, possessions given away, a welfare check).
_add(
    SU,
    0.35,
    "goodbye",
    needs=r"\b(?:sent|sending|posted|posting|left|leaving|got|had) (?:a |an |her |his |me |us )?"
    r"(?:\w+ )?(?:message|text|texts|voicemail|post|email) (?:saying|that said) goodbye\b",
    modal_ok=True,
)
_add(SU, 0.35, "welfare", after=r" checks?\b")
_add(
    SU,
    0.35,
    "stuff belongings possessions",
    needs=r"\b(?:giv(?:ing|e|es|en)|gave) (?:away )?(?:all )?(?:of )?(?:my|his|her|their) (?:\w+ )?"
    r"(?:stuff|belongings|possessions)(?: away)?\b",
    modal_ok=True,
)
_add(
    SU,
    0.45,
    "business",
    needs=r"\bno (?:further |more )?business (?:in|on) (?:the|this) (?:world|earth)\b",
    modal_ok=True,
    negation_ok=True,
)

# Suicide: the methods of the reports (a hose from the exhaust, a rope tied to a beam).
_add(
    SU,
    0.9,
    "hose hosepipe exhaust",
    needs=r"\b(?:hose|hosepipe|tube|pipe)\b.{0,40}\b(?:exhaust|through the (?:car |driver's |"
    r"passenger )?window|into the (?:car|cab))\b.{0,40}\b(?:engine|window|car|exhaust)\b|"
    r"\bengine running\b.{0,60}\b(?:hose|hosepipe)\b",
)
_add(
    SU,
    0.35,
    "rope",
    needs=r"\btied (?:the|a) (?:\w+ )?rope (?:to|round|around|over) (?:the|a) (?:\w+ )?(?:beam|"
    r"rafters?|banisters?|bannisters?|hook|joists?|branch)\b",
    modal_ok=True,
)
_add(
    SU,
    0.35,
    "knot",
    needs=r"\b(?:tied|tested|tightened) the (?:slip ?)?knot\b|\bknot\b.{0,30}\b(?:neck|chair|"
    r"stool)\b",
    modal_ok=True,
)

# Suicide: the lethal dose asked after, counted, taken all at once.
_add(
    SU,
    0.6,
    "pills tablets paracetamol aspirin painkillers meds",
    needs=r"\bhow many (?:\w+ )?(?:pills|tablets|paracetamol|aspirin|painkillers|meds) (?:it would "
    r"take|would (?:it )?take|would be (?:too many|enough|fatal|lethal)|(?:is|are|was|were) (?:too "
    r"many|enough|fatal|lethal))\b|\bswallowed (?:the|her|his|my|all the) (?:\w+ )?(?:pills|tablets"
    r"|"
    r"painkillers|capsules) one (?:by|after) (?:one|another)\b|\b(?:took|swallowed|downed|taken) "
    r"(?:all (?:of )?|every one of )(?:my|her|his|their|the) (?:\w+ )?(?:meds|medication|medicines?"
    r"|"
    r"pills|tablets|painkillers|paracetamol|capsules)\b.{0,25}\b(?:at once|in one go|all together|"
    r"i'm sorry|im sorry|goodbye)\b",
    modal_ok=True,
)

# Suicide: waking up to grief that one is still alive.
_add(
    SU,
    0.6,
    "alive breathing",
    needs=r"\b(?:cried|wept|sobbed|furious|angry|disappointed|devastated|sorry|raged) (?:\w+ ){0,3}"
    r"(?:because|that|to find|to be) (?:i|she|he|they) (?:was|were|am|is)? ?still (?:alive|here|"
    r"breathing)\b",
    modal_ok=True,
)
_add(
    SU,
    0.45,
    "pumped",
    needs=r"\bstomachs? (?:was |were |had been |being |got )?pumped\b|"
    r"\bpumped (?:her|his|my|their) stomach\b",
)

# Suicide: wanting to sleep for ever.
_add(
    SU,
    0.45,
    "sleep",
    after=r" (?:forever|for ever|for good|and never wake(?: up)?)\b",
    needs=r"\b(?:want(?:ed|s)?|wish(?:ed)?|meant|hope[ds]?|long(?:ed)?) to (?:just )?(?:go to )?sle"
    r"ep\b",
    modal_ok=True,
)

# Suicide: the period phrases ("took poison", "made an end of himself", "the decent thing").
_add(
    SU,
    0.6,
    "poison",
    needs=r"\b(?:took|swallowed|drank|taken|taking|swallowing) (?:the |a |some |her |his )?poison\b"
    r"(?! (?:unknowingly|unawares|by mistake|in error|without knowing|meant for))",
    modal_ok=True,
)
_add(
    SU,
    0.9,
    "throat",
    needs=r"\b(?:cut|slit) (?:his|her|my) throat with (?:his|her|my) own "
    r"(?:razor|knife|blade|penknife)\b",
    modal_ok=True,
)
_add(
    SU,
    0.9,
    "himself herself myself themselves",
    needs=r"\bmade (?:an )?end of (?:himself|herself|myself|themselves)\b",
    modal_ok=True,
)
_add(
    SU,
    0.6,
    "himself herself myself themselves yourself",
    needs=r"\b(?:tried|trying|attempted|meant|meaning|threatened) to do (?:himself|herself|myself|"
    r"themselves|yourself) (?:a |an |some )?(?:mischief|injury|harm|violence)\b",
    modal_ok=True,
)
_add(
    SU,
    0.9,
    "decent",
    needs=r"\bdecent thing with (?:his|her|a|the|an) (?:\w+ )?(?:revolver|pistol|gun|rope)\b|"
    r"\b(?:revolver|pistol|gun)\b.{0,40}\bto do the decent thing\b",
    modal_ok=True,
)
_add(
    SU,
    0.6,
    "railway tracks rails",
    needs=r"\b(?:laid|lay|lying|lain|lies|lie) (?:himself|herself|myself|themselves) (?:down )?"
    r"(?:on|across) the (?:railway (?:line|tracks?)|tracks|rails|line)\b",
    modal_ok=True,
)
_add(
    SU,
    0.35,
    "railway tracks rails",
    needs=r"\b(?:laid|lay|lying|lain|lies|lie) (?:down )?(?:on|across) the (?:railway (?:line|"
    r"tracks?)|tracks|rails)\b(?! to (?:feel|listen|hear|play|wait|count|watch))",
    modal_ok=True,
)
_add(
    SU,
    0.6,
    "window",
    needs=r"\b(?:jumped|leapt|leaped|jumps) (?:from|out of) (?:the|a|her|his|my) (?:[a-z]+[- ]?){1,"
    r"2}"
    r"(?:floor|storey|story) window\b(?!.{0,50}\b(?:escape|flames|fire|smoke|safety|landed|rolled|"
    r"ran|fled|party|into (?:the|a) (?:pool|river|water|sea|lake|hedge|bushes|net|snow|hay)))",
    modal_ok=True,
)
_add(
    SU,
    0.6,
    "bridge cliff viaduct",
    needs=r"\b(?:she|he|i|they) went off (?:the|a) (?:\w+ )?(?:bridge|cliff|viaduct)\b(?! (?:path|"
    r"paths|top|tops|walk|road|railway|edge|face))",
    modal_ok=True,
)

# Suicide: the words people type to get past filters ("sewerslide", "s**cide", "kms").
_add(SU, 0.9, "sewerslide sewer-slide s*icide su*cide s**cide suic*de sui*ide", modal_ok=True)
_add(
    SU,
    0.6,
    "kms",
    needs=r"\b(?:gonna|going to|wanna|want to|wanted to|should|about to|just|could|might|finna|"
    r"tryna|i'll|ill) (?:just )?kms\b(?![^.!?]{0,40}\b(?:lol|lmao|haha|jk|omg)\b)",
    modal_ok=True,
)

# Suicide, said sideways: "he ended matters in his quarters", a letter "for whoever comes to
# the house after", "nothing to suggest anyone else was involved" (the coroner's way of
# saying it), "I'd no notion of staying round". Weak signs: with company in the paragraph,
# or the trained reader's word, they make the note.
_add(
    SU,
    0.45,
    "matters",
    needs=r"\bended matters\b(?! (?:with|between|there|amicably|for (?:good|now))\b)",
)
_add(
    SU,
    0.45,
    "whoever",
    needs=r"\bfor whoever (?:comes|finds|found|came|reads|gets) (?:me|this|it|here|to the house|"
    r"round|after)\b",
)
_add(
    SU,
    0.45,
    "involved involvement",
    needs=r"\b(?:nothing to suggest|no (?:sign|evidence|suggestion|indication)) (?:that )?"
    r"(?:anyone|anybody|someone|a third party) else (?:was|had been|were) involved\b|"
    r"\bno third[- ]party involvement\b",
)
_add(
    SU,
    0.45,
    "notion sticking staying stayin",
    needs=r"\b(?:no notion|no intention|no plans?) of (?:staying|stayin'?|sticking) "
    r"(?:round|around)(?=\s*[,.;!?]|\s*$| (?:much longer|any longer|for long|in this world|"
    r"long)\b)|\bnot (?:planning on|going to be|gonna be) (?:staying|sticking) around "
    r"(?:much longer|for (?:much )?longer|for long)\b",
    modal_ok=True,
    negation_ok=True,
)

# Suicide: trying to "end things"; an overdose that was meant.
_add(
    SU,
    0.6,
    "things everything",
    needs=r"\b(?:tried|trying|try|attempted|wanted|want|wants|going|decided|planning|planned|ready|"
    r"meant) to end (?:things|everything)\b(?! (?:with|between|for (?:good )?(?:with|between)|"
    r"(?:on|at) (?:a|the) (?:high|good|happy)))",
    modal_ok=True,
)
_add(
    SU,
    0.9,
    "overdose overdosed overdosing",
    needs=r"\b(?:deliberate|intentional|deliberately|intentionally|on purpose)\b.{0,25}\boverdos|"
    r"\boverdos\w*\b.{0,25}\b(?:deliberate(?:ly)?|intentional(?:ly)?|on purpose)\b",
    modal_ok=True,
)

# Suicide: gas, and the head in the oven.
_add(
    SU,
    0.9,
    "himself herself myself themselves",
    needs=r"\bgassed (?:himself|herself|myself|themselves)\b",
    modal_ok=True,
)
_add(
    SU,
    0.9,
    "oven",
    needs=r"\b(?:put|puts|putting|laid|lay|rested|stuck) (?:her|his|my|their) head in(?:to)? the "
    r"(?:gas )?oven\b(?! to (?:clean|scrub|check|look|see|wipe|reach|get)| and (?:scrubbed|cleaned|"
    r"wiped))",
    modal_ok=True,
)

# Suicide: deciding to die; the letter to be read afterwards; the world better without me.
_add(
    SU,
    0.9,
    "die",
    needs=r"\b(?:decided|resolved|determined|chosen|chose|made up (?:her|his|my) mind) to die\b"
    r"(?! on (?:that|this|the|a) hill)",
    modal_ok=True,
)
_add(
    SU,
    0.9,
    "read reads",
    needs=r"\bby the time (?:you|anyone|someone|somebody) (?:read|reads|find|finds) this\b.{0,40}\b"
    r"(?:dead|not be here|won't be here|no longer be here|be gone)\b(?! (?:to|back|abroad|away))",
    modal_ok=True,
    negation_ok=True,
)
_add(
    SU,
    0.9,
    "disappeared vanished died gone exist",
    needs=r"\b(?:better off|happier|easier|simpler|lighter) (?:for (?:everyone|everybody|them|you) "
    r")?"
    r"if (?:i|he|she) (?:just |simply )?(?:disappeared|vanished|was gone|were gone|died|"
    r"(?:didn't|did not) exist)\b(?! for (?:a|the|two|three|\w+) (?:week|day|month|while|bit|"
    r"weekend|holiday|hour)| to (?:the|a) )",
    modal_ok=True,
)

# Suicide: a car running in a shut garage; rope marks on a neck; every pill swallowed.
_add(
    SU,
    0.6,
    "garage",
    needs=r"\bfound (?:him|her|them|[a-z]+|the body) in the (?:locked |closed )?garage\b.{0,40}"
    r"\b(?:engine|car|motor) (?:still )?running\b|\b(?:engine|car|motor) (?:still )?running\b.{0,40"
    r"}"
    r"\bgarage(?: door)?s? (?:shut|closed|locked)\b",
)
_add(
    SU,
    0.6,
    "rope",
    needs=r"\brope (?:burns?|marks?) (?:on|around|round) (?:her|his|my|their) (?:own )?neck\b",
)
_add(
    SU,
    0.6,
    "pill tablet capsule",
    needs=r"\b(?:swallowed|took|downed|taken) every (?:single )?(?:pill|tablet|capsule) in the "
    r"(?:cabinet|house|flat|bottle|packet|box|drawer|bathroom)\b",
    modal_ok=True,
)


# Suicide: the wish to die told as over, which says it was there ("for the first time in
# years he didn't want to be dead", "she no longer wanted to die"): the denial is the news.
_add(
    SU,
    0.6,
    "dead die",
    needs=r"\b(?:for the first time in (?:\w+ ){0,2}(?:years|months|weeks|ages|a long time),? "
    r"(?:\w+ )?(?:didn't|did not|don't|do not)|no longer|stopped) want(?:ed|ing)? to (?:be dead|"
    r"die)\b(?! (?:his|her|my|their|your|the|a|it|them)\b)|\b(?:don't|do not) want to (?:be dead|"
    r"die) today\b",
    negation_ok=True,
    modal_ok=True,
)

# Suicide: the friend's plea ("promise me you won't do anything stupid", "ring me before
# you do anything"), said to someone at risk.
_add(
    SU,
    0.45,
    "anything",
    needs=r"\b(?:promise|swear)(?: me)? (?:you|that you)(?:'ll| will| won't| will not| wouldn't)"
    r"(?: ring| call| text| phone)?(?: me)?(?: (?:first|before you))? do anything(?: stupid| "
    r"silly| drastic)?\b|\b(?:ring|call|text|phone) (?:me )?(?:first )?before you do "
    r"anything\s*[.!'’\"]",
    modal_ok=True,
    negation_ok=True,
)

# Suicide: bandaged wrists after an attempt ("the bandages on Sam's wrists", "both wrists
# bandaged"), which also reads as self-harm: a sign that needs company for suicide.
_add(
    SU,
    0.35,
    "wrists",
    needs=r"\b(?:bandages?|dressings?|stitches) (?:on|round|around) (?:both )?(?:his|her|their|my|"
    r"[a-z]+'s) wrists\b|\bboth wrists (?:bandaged|stitched|wrapped)\b",
)


# Suicide, third pass: thinking of "ending things" (not a love affair: "ending things with
# Tom"), and the wish "not to be here" said plainly ("the idea of not being here").
_add(
    SU,
    0.6,
    "ending",
    after=r" things\b(?! (?:with|between|off|up)\b)",
    needs=r"\b(?:think\w*|thought|thoughts|talk\w*|idea|plan\w*) (?:about |of )ending things\b",
    modal_ok=True,
)
_add(
    SU,
    0.6,
    "being",
    after=r" (?:here|around|alive)(?: any ?more)?\b(?! (?:for|to|when|at (?!all\b)|in|with|on)\b)",
    needs=r"\b(?:idea|thought|thoughts|thinking|think|thinks|dream\w*|wish\w*|fantasi[sz]\w*)"
    r" (?:of |about )?(?:just |simply )?not being (?:here|around|alive)\b",
    modal_ok=True,
    negation_ok=True,
)


# Suicide: meaning "to leave the world" (not "the world of banking"); walking into the sea
# or the river (not wading in to paddle or swim).
_add(
    SU,
    0.6,
    "leave",
    after=r" (?:the|this) (?:world|life)\b(?! (?:of|a better|behind|to)\b)",
    needs=r"\b(?:decided|decide|decides|chose|choose|chosen|wanted|want|wants|meant|means|"
    r"meaning|intended|intends|tried|try|trying|planned|planning|ready|resolved) to leave "
    r"(?:the|this) (?:world|life)\b",
    modal_ok=True,
)
_add(
    SU,
    0.6,
    "sea river lake loch",
    needs=r"\b(?:walked|walks|walking|waded|wades|wading) (?:out )?into the (?:sea|river|lake|"
    r"loch)\b(?!.{0,40}\b(?:knees|ankles|waist|paddl\w*|swim\w*|splash\w*|shriek\w*|laugh\w*|"
    r"fish\w*|nets?|buckets?|rods?|cool|wash\w*|swam|swum|bathe\w*|bathing|dip)\b)",
)


# Suicide: found with the wrists opened.
_add(
    SU,
    0.6,
    "wrists",
    needs=r"\bwith (?:her|his|their|my) wrists (?:open|opened|cut|slit|slashed)\b",
)


# Suicide: talked down from a ledge or a bridge; pills saved up against a day.
_add(
    SU,
    0.6,
    "talked talking",
    after=r"(?: (?:him|her|them|me|us|[A-Z][a-z]+))? down (?:off|from) (?:the|a|that) (?:\w+ )?"
    r"(?:bridge|ledge|roof|rooftop|parapet|edge|railings?|cliff|tower|viaduct|balcony)\b",
)
_add(
    SU,
    0.6,
    "pills tablets meds medication",
    needs=r"\b(?:saving|saved|hoarding|hoarded|collecting|squirrelling|squirreling|stashing|"
    r"stashed) (?:up )?(?:his|her|my|their|your|the) (?:\w+ )?(?:pills|tablets|meds|"
    r"medication)\b(?! (?:for (?:the|a|his|her|my) (?:trip|holiday|journey|flight)|in (?:a|the|"
    r"his|her) (?:bag|case|wash ?bag)))",
    modal_ok=True,
)


# Suicide, fourth pass (train misses): the wish not to live in the words of a disclosure
# ("thoughts of not wanting to be alive", "no wish to remain in this world", "not trying to
# be here no more"); said of wanting, not of a place one would rather leave ("no wish to live
# in London", "not wanting to live with her parents").
_NOT_A_PLACE = (
    r"(?! (?:in|at|with|there|abroad|near|on|like|under|among|by|here|anywhere|somewhere|"
    r"elsewhere|as|off|together|apart|alone|beside|next|without|through|for|from|up|out|a|an|"
    r"the)\b)"
)
_add(
    SU,
    0.6,
    "wanting",
    after=r" to (?:be alive\b|exist\b|(?:live|go on living)\b" + _NOT_A_PLACE + ")",
    needs=r"\b(?:thoughts?|thinking|think|thought|feelings?|feeling|felt|feel|idea) (?:of |about |"
    r"like )?(?:just |simply )?not wanting to (?:be alive|live|go on living|exist)\b",
    modal_ok=True,
    negation_ok=True,
)
_add(
    SU,
    0.6,
    "wish desire",
    after=r" (?:to (?:(?:live|go on living)\b" + _NOT_A_PLACE + r"|remain in (?:a|this|the) "
    r"world|stay in (?:a|this|the) world|be alive)|for life)\b",
    needs=r"\b(?:no|little|not the least|lost (?:her|his|my|their|all|any)) (?:more |further |"
    r"longer )?(?:wish|desire)\b",
    modal_ok=True,
    negation_ok=True,
)
_add(
    SU,
    0.6,
    "here",
    after=r" (?:no more|most days|some days|half the time)\b",
    needs=r"\b(?:want|wanna|tryna|trying|wish) (?:to )?be here (?:no more|most days|some days|"
    r"half the time)\b",
    modal_ok=True,
    negation_ok=True,
)


# ---- suicide, from scenes written as authors write them (2026-11-28) ------------------------
# A farewell note: "the note on the table said only: I'm sorry, it's not your fault", "left a
# note that said goodbye" (not a note saying sorry for eating the last biscuit).
_add(
    SU,
    0.6,
    "note letter",
    needs=r"\b(?:note|letter)\b(?: (?:on|by|under|beside|propped|left|in) (?:\w+ ){0,4}?)?"
    r"(?:said|says|read|reads|that said|which said|saying)(?: only| simply| just)?:? ['\"“‘]?"
    r"(?:i'm sorry|i am sorry|sorry|goodbye|good-bye|forgive me|it's not your fault|it isn't your "
    r"fault|it was not your fault|don't blame yourself|i love you all|i couldn't|i can't do this)"
    r"(?![^.!?]{0,40}\b(?:biscuit|biscuits|cake|milk|late|the mess|the noise|missing|forgot|"
    r"borrowed|ate|eaten|the car|dinner|back at|back by|back soon|see you)\b)",
    modal_ok=True,
)
# Suicide, second round of scenes (2026-11-28): an overdose as a ward writes it
# ("an intentional OD"); a death one's own doing, with the funeral or the inquest near ("he'd
# ended it himself", "the servants say he did it himself"; not a man who ended an
# engagement himself); the note's wish about who finds the body; being gone as a favour
# or a saving to the others ("if I wasn't around ... I'd be doing people a favour",
# "you'd save a fortune without me, the insurance"); affairs put in order with a farewell;
# the note found with the car at a lay-by or a bridge.
_add(
    SU, 0.9, "od", after=r"(?<=OD)\b", needs=r"\b(?:intentional|deliberate|attempted|suicidal) od\b"
)
_add(
    SU,
    0.9,
    "himself herself themselves myself",
    needs=Near(
        r"\b(?:funeral|coroner|inquest|buried|burial|grave|graveside|no service|consecrated|"
        r"the note|his note|her note|mourn\w*|newspaper cutting)\b",
        r"\b(?:ended it|did it|done away with|made away with) (?:all )?(?:himself|herself|"
        r"themselves|myself)\b",
    ),
)
_add(
    SU,
    0.9,
    "finds find found",
    after=r" me\b",
    needs=r"\b(?:don't|do not|didn't want|don't want|never wanted) (?:let )?(?:\w+ ){0,2}(?:to )?"
    r"(?:be the one (?:who|that) (?:finds|found|find) me|find me)\b(?! (?:here|like this|in (?:my|"
    r"this) (?:room|state|mess))\b[^.!?]{0,50}(?:mess|untidy|state|dressing gown|face mask|"
    r"pyjamas|hair|make-up|makeup|knickers|underwear|onesie))",
    modal_ok=True,
    negation_ok=True,
)
_add(
    SU,
    0.6,
    "favour favor fortune insurance",
    needs=Near(
        r"\b(?:if|once|when) (?:i|i'm|i am|i was|i wasn't|i weren't|i'd)(?: not)? (?:around|here|"
        r"gone|dead|alive)\b|\bwithout me\b(?! (?:doing|to|there|at|in|on|for|having))",
        r"\b(?:doing (?:\w+ ){0,2}a favou?r|save (?:\w+ ){0,2}a fortune|the insurance|less "
        r"(?:stuff|trouble|hassle|bother|mess|work) for (?:every(?:one|body)|you all|you|them))\b",
    ),
    modal_ok=True,
)
_add(
    SU,
    0.6,
    "affairs",
    needs=Near(
        r"\b(?:forgive me|cannot go on|can't go on|could not go on|couldn't go on|do not think "
        r"(?:too )?hardly of me|farewell|pray for me|not your doing|not your fault)\b",
        r"\b(?:put|set|putting|setting) (?:my|his|her|their) affairs in order\b",
    ),
    modal_ok=True,
)
_add(
    SU,
    0.6,
    "note",
    needs=r"\b(?:found|find|finds|discovered) (?:\w+ ){0,4}(?:car|van|coat|shoes|bag|body)\b"
    r"[^.!?]{0,60}\band (?:a|the) note\b",
    modal_ok=True,
)

# Suicide and death, scenes of 2026-11-28 (third round): a leap from a height in the
# old stories' words ("flung himself from the rock into the water", "cast herself from the
# tower"), not a dive to save someone; "came here to end it" at a bridge or a viaduct; a
# vow not to kill oneself "tonight", which is a thought of it.
_add(
    SU,
    0.9,
    "flung hurled cast threw",
    after=r" (?:himself|herself|myself|themselves) (?:down )?(?:from|off|over) (?:the|a|an|that) "
    r"(?:\w+ )?(?:rock|rocks|cliff|cliffs|bridge|tower|wall|walls|window|roof|parapet|battlements|"
    r"ledge|heights?|crag|headland|precipice|edge|rail|railing|railings|balcony|viaduct)\b"
    r"(?![^.!?]{0,40}\b(?:to save|to rescue|to catch|after (?:the|his|her) (?:\w+ )?(?:ball|dog|"
    r"child|boy|girl)|laugh\w*|whoop\w*|onto the (?:bed|sofa|couch|grass|hay)))",
)
_add(
    SU,
    0.6,
    "end",
    after=r" it\b",
    needs=Near(
        r"\b(?:bridge|viaduct|railings?|ledge|roof|cliff|edge|platform|tracks|parapet|tower|"
        r"multi-storey|car park|pier)\b",
        r"\b(?:came|come|comes|coming|gone|went|here|there) (?:\w+ ){0,2}to end it\b(?! (?:with|"
        r"between|all for)\b)",
    ),
    modal_ok=True,
)
_add(
    SU,
    0.6,
    "myself",
    needs=r"\b(?:not|n't|never) (?:going to|gonna|go to) (?:kill myself|end it|end my life|do it) "
    r"(?:tonight|today|this time|this week|yet)\b",
    negation_ok=True,
    modal_ok=True,
)
# Death: going "peacefully"; a heart that gave out; a monitor's line gone flat.
_add(
    D,
    0.9,
    "peacefully",
    needs=r"\b(?:went|goes|gone|passed|slipped away)(?:,? (?:this|that|last|in the|early|late|on) "
    r"[\w'’]+(?: [\w'’]+)?)?,? peacefully\b(?! (?:to|off to|back to) (?:sleep|bed)\b)",
)
_add(
    D,
    0.9,
    "heart",
    after=r" (?:that |which )?(?:finally |simply |just )?(?:gave out|had given out|gives out|"
    r"failed|had failed)\b(?! (?:a little|for a moment|at the sight|when (?:he|she|i) saw))",
)
_add(
    D,
    0.9,
    "flat",
    after=r"(?<=went flat)|(?<=gone flat)|(?<=goes flat)|(?<=was flat)|(?<=turned flat)",
    needs=r"\b(?:telemetry|monitor|monitors|trace|ecg|ekg|readout|heartbeat|heart monitor|line) "
    r"(?:\w+ ){0,2}(?:went|goes|gone|had gone|was|turned) flat\b",
)

# ---- abuse ----------------------------------------------------------------------------------
_add(A, 0.9, "abuse abused abuser gaslighting gaslit")
# "Abusing" and "abuses" a person ("was abusing his wife"), not garlic or a semicolon.
_add(A, 0.9, "abuses abusing", after=r" " + _FOES + r"\b(?!['’]s)")

# "Battered" is abuse of a person ("a battered wife", "she was battered"), not a battered
# suitcase, battered cod, or a face battered in.
_add(
    A,
    0.9,
    "battered",
    after=r" (?:wife|wives|woman|women|spouse|partner|husband|child|children|girlfriend)\b",
)
_add(
    A,
    0.6,
    "battered",
    needs=r"\b(?:was|were|been|being|got|get) battered\b(?! (?:in|down|by (?:the )?(?:wind|waves|"
    r"rain|storm|sea|weather)))",
)

# Not a drunk "verbally abusive to staff" in a charge sheet or a casualty note.
_add(
    A,
    0.9,
    "abusive",
    after=r"(?! (?:to|towards) (?:the )?(?:staff|officers?|police|crew|nurses|paramedics|"
    r"referees?|bar staff|doctors?)\b)",
)

_add(
    A,
    0.6,
    "taunted taunting belittled belittles belittling manipulated manipulates "
    "bullied bullying cowered cowers isolates isolating",
)

# A tyrant king or a friend called a tyrant in jest, a controlling interest: company needed.
_add(A, 0.35, "tyrant controlling")

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
    # (the name may be quoted: called him a "useless lump")
    needs=r"\b(?:called|calls|call|calling) (?:her|him|me|you|them)(?: an?)? [\"“'‘]?(?:\w+ )?"
    r"(?:stupid|worthless|hysterical|dramatic|sickly|useless)\b|\b(?:you(?:'re| are| were)|"
    r"(?:told|tells|telling|tell) \w+(?: [\w'’]+){0,3}? (?:that )?(?:she|he|i|you|they) "
    r"(?:was|were|is|are|am)|(?:she|he|i) (?:was|is|am) being) (?:so |too |such an? )?(?:\w+ and "
    r")?(?:stupid|worthless|hysterical|dramatic|sickly|useless)\b",
)

_add(
    A,
    0.6,
    "locks locked",
    after=r" (?:her|him|me|you|them|us|[A-Z][a-z]+) (?:in|into)\b(?! (?:an? |the )?(?:hug|"
    r"embrace|kiss|conversation|argument|debate|battle|stare|staring|contest))| (?:her|him|me|you|"
    r"them|us|[A-Z][a-z]+) out(?: of (?:the|our|their|his|her|my) (?:house|flat|home|room|"
    r"bedroom)| in the (?:cold|rain|snow|dark))\b",
)

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

# Her means kept by him: "my bank card lives in his wallet", "he keeps the carriage key", the
# girls' passports in the safe; a call button left out of reach.
_add(
    A,
    0.6,
    "card cards passport passports keys key",
    needs=r"\b(?:my|her|their) (?:bank card|bank cards|cards|passport|passports|car keys|keys|"
    r"phone|wages|money) (?:lives|live|stays|stay|is kept|are kept|sits|sit) in (?:his|her) "
    r"(?:wallet|pocket|safe|desk|drawer|bag|coat)\b|\bkept (?:the \w+(?:'s|’s|s’|s') |their |"
    r"her |my )passports\b",
)
_add(
    A,
    0.6,
    "button bell",
    needs=r"\b(?:left|put|moved|kept|placed) (?:the |his |her )?call (?:button|bell) (?:just )?out "
    r"of (?:his|her|their|my) reach\b",
)

# Permission asked for the smallest things; the split lip under the concealer.
_add(
    A,
    0.45,
    "permission",
    needs=r"\b(?:asking|asked|ask|asks) (?:my|his|him|me) (?:for )?permission to (?:open|eat|"
    r"speak|go out|leave the house|see (?:her|his|my) (?:friends|family|sister|mother)|phone|call|"
    r"use the (?:car|phone|bathroom)|wear|buy|sit down|have a (?:bath|shower))\b",
)
_add(
    A,
    0.6,
    "concealer lip",
    needs=r"\b(?:split lip|black eye|bruise|bruises|swollen (?:cheek|eye|lip))\b[^.!?]{0,30}\b"
    r"(?:healing |fading )?(?:under|beneath) (?:her|his|the|my) (?:concealer|make-?up|foundation|"
    r"powder|sunglasses)\b",
)

# Humiliation and threats with pictures: "made her thank him for it", "if I leave he'll send
# everyone the photos"; a bruise covered with powder or concealer.
_add(
    A,
    0.6,
    "thank",
    needs=r"\bmade (?:her|him|me|you|them) (?:say )?thank (?:him|her|me|you|them) for (?:it|that|"
    r"the (?:punishment|lesson|beating|slap))\b",
)
_add(
    A,
    0.6,
    "photos pictures pics nudes videos video",
    needs=r"\bif (?:i|she|you|he) (?:ever )?(?:leave|left|go|went|tell|told|break up|broke up)"
    r"[^.!?]{0,30}\b(?:he'll|he'd|he will|he would|she'll|she'd|they'll) (?:send|post|show|share|"
    r"leak|put) (?:\w+ ){0,2}(?:the|my|her|your|those|these) (?:photos|pictures|pics|nudes|"
    r"videos?)\b",
    modal_ok=True,
)
_add(
    A,
    0.45,
    "bruise bruises concealer powder powdered",
    needs=r"\b(?:powdered|covered|hid|concealed|painted) (?:over )?(?:the|her|a|my|his|another|"
    r"whatever) (?:\w+ )?(?:bruise|bruises|mark|marks|he had left)\b[^.!?]{0,40}"
    r"(?:\b(?:with|under) (?:powder|concealer|make-?up|foundation|rouge)\b)?|\bpowdered over "
    r"whatever\b",
)

# Worth told down to nothing: "nobody else would have you", "you're lucky he puts up with you"
# (not a shop that would have nobody else's bread).
_add(
    A,
    0.6,
    "have",
    needs=r"\bno(?:body|one|-one) else (?:would|will|'d|’d|is ever going to|would ever) (?:ever )?"
    r"(?:have|want|put up with|love|touch) (?:you|her|him|me)\b(?! (?:in|at|on|for|tonight|"
    r"today|now)\b)",
    modal_ok=True,
    negation_ok=True,
)
_add(
    A,
    0.45,
    "lucky",
    needs=r"\b(?:you're|you are|she's|she is|she was|i'm|i am|i was|he's|he is|he was) lucky "
    r"(?:he|she|i) (?:puts|put|put up|even puts|still puts) up with (?:you|her|him|me)\b",
    modal_ok=True,
)

# Control by the clock and by silence: "If she was five minutes late home he'd be waiting in the
# hall", "the silence afterwards could last for days" (each needs the other, or company).
_add(
    A,
    0.45,
    "late",
    needs=r"\bif (?:she|i|you) (?:was|were|came home|got home|got back|came back) (?:even )?"
    r"(?:\w+ ){0,2}(?:minutes?|an hour|half an hour) late\b[^.!?]{0,40}\b(?:he|she)(?:'d| would)\b",
    modal_ok=True,
)
_add(
    A,
    0.45,
    "silence treatment",
    needs=r"\b(?:the )?(?:silence|silent treatment|not speaking|sulking|cold shoulder)\b"
    r"(?: (?:afterwards|after|that followed))?(?: (?:could|would|might))? (?:last|lasted|go on|"
    r"went on|stretch|stretched) (?:for )?(?:days|a week|weeks|a fortnight)\b",
    modal_ok=True,
)

# Money kept on a leash: every purchase accounted for, explained, gone through line by line
# (not a business's books, nor a student's own budgeting).
_add(
    A,
    0.6,
    "account justify explain explaining purchase purchases",
    needs=r"\b(?:had to |made (?:her|me|him) |make (?:her|me|him) |makes (?:her|me|him) )"
    r"(?:account for|justify|explain) every (?:penny|pound|purchase|receipt|coffee|pint|"
    r"expense|item|thing (?:she|i|he) (?:bought|spent))\b(?! (?:of|from|in) (?:the|a|an|his|her|"
    r"their|our) (?:\w+ )?(?:club|company|firm|society|charity|business|budget|grant|fund|funds|"
    r"parish|school|regiment)\b)|\bevery (?:purchase|receipt|penny) "
    r"(?:had to be|needed|needed to be) (?:explained|justified|accounted for|shown to him|"
    r"shown to her)\b",
    negation_ok=True,
    modal_ok=True,
)
_add(
    A,
    0.45,
    "spreadsheet statements",
    needs=r"\b(?:went|go|goes|going) through (?:her|my|the|their) (?:spending|spreadsheet|bank "
    r"statements|statements|receipts) (?:line by line|item by item|every (?:night|week|sunday|"
    r"evening))\b",
)

_add(
    A,
    0.6,
    "slapped shoves shoved struck cursed driven",
    # (not a thing slapped or shoved down on a table: "slapped the answer sheet down")
    after=r"(?! (?:the|a|an|his|her|their|my|your|its) (?:[\w-]+ ){0,3}?(?:down|onto)\b)",
    needs=r"\b(?:husband|wife|"
    r"father|mother|keeper|master|mistress|servants|front of|every door)\b",
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

# Fear of someone is a sign that needs company: pupils are frightened of a strict
# ward sister, and girls of a new governess.
_add(
    A,
    0.35,
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
# ... or to harm someone in so many words ("threatened to strangle her"; not a river that
# threatened to drown the fields, or a runner the record)
_add(
    A,
    0.6,
    "threatened threatens",
    after=r" to (?:strangle|smother|suffocate|drown|stab|shoot|beat|break|batter|choke) (?:him|her|"
    r"me|you|them|us)\b(?! (?:at|in) (?:chess|cards|tennis|the race|the final|a race))",
)

# Abuse: wrecked phones, slurs, the wall beside her head.
_add(
    A,
    0.6,
    "smashed broke took snatched",
    after=r" (?:her|his|my|your) (?:phone|keys|car keys|passport)\b",
)
# ...the same as a habit or just done: "he's taken my car keys again", "she takes his phone
# every night".
_add(
    A,
    0.6,
    "taken takes",
    after=r" (?:her|his|my|your) (?:phone|car keys|passport) (?:again|away|off (?:me|her|him)|"
    r"so (?:I|she|he) (?:can't|cannot|couldn't))\b",
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

# "Nobody will believe you" is a threat with telling or a slur about (not a friend's
# comfort that a tall tale is safe to tell).
_add(
    A,
    0.35,
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
    "believe",
    after=r" (?:you|her|him|me)\b",
    needs=r"\bno(?: one|-one|body) (?:will|would|is going to|'s going to) (?:ever )?believe "
    r"(?:you|her|him|me)\b.{0,60}\b(?:told|tell|telling|liar|lying|lie|crazy|mad|drunk|hysterical|"
    r"what you're like|what you are|word against mine|say anything|a child|a kid|a whore|a "
    r"lunatic)\b|\b(?:if you (?:ever )?(?:tell|say)|told|tell anyone|liar|crazy|drunk|hysterical|"
    r"word against mine)\b.{0,60}\bno(?: one|-one|body) (?:will|would|is going to|'s going to) "
    r"(?:ever )?believe (?:you|her|him|me)\b",
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
    "cut cuts kept keeps keeping",
    after=r" (?:her|him|me|you|them) (?:off |away )?from (?:seeing )?(?:her|his|my|your|their) "
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
    needs=r"\b(?:husband|wife|boyfriend|girlfriend|partner|bf|gf|fiancé|fiance)\b.{0,40}\b(?:struck"
    r"|"
    r"slapped|punched|kicked|shoved|pushed|grabbed|choked)\b",
)

_add(
    A,
    0.6,
    "goes went going go",
    after=r" through (?:her|his|my|your) (?:phone|messages|bag|things|emails|post|texts|"
    r"receipts|drawers|diary|purse|handbag)\b(?! (?:item by item|at the (?:door|desk|gate)|for "
    r"(?:a|an|the|her|his|my|some|any)\b|looking for|in search))",
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


# Abuse: fear of a partner's moods told by what the frightened one does (apologising for
# no known fault, reading the footsteps, the moods rated), and the victim's own excuses.
_add(
    A,
    0.6,
    "apologise apologised apologising apologize apologized apologizing sorry",
    after=r"[^.]{0,40}?\b(?:before|when|for (?:a thing|something|things))\b",
    needs=r"\b(?:apologi[sz]\w*|(?:said|say|saying|says) sorry)\b[^.]{0,40}?\b(?:before "
    r"(?:i|she|he|you|we) (?:even )?(?:knew|know|knows|understood|understand|worked out|"
    r"work out|had worked out) (?:what|why)|(?:even )?when (?:i|she|he|you|we) (?:can't|"
    r"couldn't|cannot|could not|don't|didn't) (?:work out|know|tell|understand|see) (?:what|"
    r"why)|for (?:a thing|something|things) (?:i|she|he|you|we) (?:haven't|hadn't|didn't|"
    r"never|had not|have not) (?:\w+ )?(?:done|said|worked out|understood|known))\b",
    negation_ok=True,
)

_add(
    A,
    0.6,
    "meant means",
    needs=r"\b(?:step|steps|footsteps|tread|key|car door|car)\b.{0,60}\b(?:meant|means)\b.{0,30}"
    r"\b(?:should|had to|must|would|better|needed to) (?:be (?:in (?:her|my|our|their|his) "
    r"rooms?|upstairs|quiet|asleep|gone|out of (?:sight|(?:his|her|the) way))|(?:go|get) "
    r"(?:upstairs|out of (?:his|her|the) way)|(?:stay|keep) (?:out of (?:his|her|the) way|quiet|"
    r"still)|hide)\b",
)

# A parent about ("Dad's moods", "Mum called me"): the child-abuse section reads the same
# signs as a child's with one of these near.
_AB_PARENT = (
    r"\b(?:dad|daddy|mum|mummy|mam|mom|mommy|mother|father|papa|mama|stepdad|stepfather|"
    r"stepmother|stepmum|stepmom|foster (?:carer|parent|mother|father|mum|dad))(?:'s)?\b"
)

_add(A, 0.6, "moods mood", after=r" out of (?:ten|10|five|5)\b")

_add(
    A,
    0.6,
    "need needed",
    after=r" to\b",
    needs=r"\bnever (?:once )?(?:hit|touched|struck|laid a (?:hand|finger) on|raised (?:a|his|her) "
    r"hand to) (?:me|you|her|him|us|them)\b.{0,40}\b(?:didn't|did not|never) (?:need|needed|have) "
    r"to\b",
    negation_ok=True,
)

_add(
    A,
    0.6,
    "heavy",
    after=r" (?:when|whenever|after|if|with drink)\b",
    needs=r"\b(?:his|her) hand (?:was|were|could be|got|grew) heavy (?:when|whenever|after|if|"
    r"with drink)\b",
    modal_ok=True,
)

_add(
    A,
    0.6,
    "fault",
    needs=r"\b(?:it's|it is|it was|it were) (?:all )?my (?:own )?fault (?:that )?(?:he|she) "
    r"(?:hit|hits|hurt|hurts|lost|loses|gets|got|yells|yelled|shouts|shouted|has to|had to)\b",
    negation_ok=True,
)

_add(
    A,
    0.6,
    "wouldnt",
    needs=r"\bwouldnt (?:have to|need to) (?:get so angry|hit|shout|yell|hurt)\b",
    negation_ok=True,
    modal_ok=True,
)

# Abuse: contempt said to someone ("calling her all sorts", "lucky anyone would have you").
_add(
    A,
    0.6,
    "sorts",
    needs=r"\bcall(?:ed|s|ing)? (?:her|him|me|you|them) all (?:sorts|the names)\b(?! of (?:lovely|"
    r"sweet|pet|nice|fond))",
)

_add(
    A,
    0.6,
    "lucky",
    needs=r"\blucky (?:he|she|anyone|anybody|someone|somebody)(?:'d| had| would| will)? (?:even |"
    r"ever )?(?:taken (?:me|her|him|you) on|put up with (?:me|her|him|you)|(?:have|want|"
    r"wanted|had|married) (?:me|her|him|you))\b",
    negation_ok=True,
    modal_ok=True,
)

_add(
    A,
    0.45,
    "without",
    after=r" (?:me|him|her)\b",
    needs=r"\bwhat would (?:you|she|he) (?:even |ever )?do without (?:me|him|her)\b",
    modal_ok=True,
)

# "I wish you'd never been born", said to someone (not "I wish I'd never been born").
_NEVER_BORN = (
    r"\bwish(?:ed)? (?:you'd|you had|you were) never (?:been )?born\b|\b(?:said|says|screamed|"
    r"shouted|yelled|told (?:me|him|her|us)) (?:that )?(?:she|he|they) wished (?:i'd|i had|we'd|"
    r"we had|he'd|he had|she'd|she had) never (?:been )?born\b"
)

_add(
    A,
    0.6,
    "born",
    needs=_NEVER_BORN,
    modal_ok=True,
    negation_ok=True,
)

# Called a name to their face: "called me a useless little runt".
_CALLED_A = (
    r"\bcall(?:ed|s|ing)? (?:me|him|her|us|you|them) (?:a |an )?(?:(?:little|stupid|useless|"
    r"worthless|fat|lazy|filthy|ungrateful|ugly) ){0,2}(?:shit|bastard|brat|runt|freak|leech)\b"
)

_add(
    A,
    0.6,
    "shit bastard brat runt freak",
    needs=_CALLED_A,
)

# Abuse: money kept from her (wages paid into his account, her own account never hers).
_add(
    A,
    0.6,
    "wages pay paycheck salary",
    after=r" (?:went|go|goes|were paid|was paid)\b",
    needs=r"\b(?:my|her|his) (?:wages|pay|paycheck|salary) (?:went|go|goes|were paid|was paid) "
    r"(?:straight |directly )?(?:in)?to (?:his|her) (?:account|bank)\b",
)

_add(
    A,
    0.6,
    "account",
    needs=r"\bnever (?:had|once had|been allowed) (?:a |an )?(?:bank account|(?:her|his|my) own "
    r"(?:bank account|account|money|card|chequebook))\b",
    negation_ok=True,
)

_add(
    A,
    0.35,
    "account",
    after=r" for every (?:penny|pound|quid|cent|dollar|coin|shilling|euro)\b",
)

_add(
    A,
    0.6,
    "account",
    after=r" for every (?:penny|pound|quid|cent|dollar|coin|shilling|euro)\b",
    needs=r"\b(?:made|make|makes|making) (?:me|her|him|us|you) account\b|\baccount to (?:him|"
    r"her)\b",
)

_add(
    A,
    0.6,
    "kept",
    after=r" (?:all )?(?:her|his|my) (?:wages|pay|paycheck|salary|earnings)\b",
    needs=r"\bhe kept (?:all )?(?:her|my) (?:wages|pay|paycheck|salary|earnings)\b|\bshe kept "
    r"(?:all )?(?:his|my) (?:wages|pay|paycheck|salary|earnings)\b",
)

_add(
    A,
    0.6,
    "mileage odometer",
    needs=r"\bcheck(?:s|ed|ing)? the (?:mileage|odometer)\b.{0,40}\b(?:when|after|whenever) "
    r"(?:i|she|he|you) (?:get|got|gets|come|came|comes) (?:back|home|in)\b",
)

# Abuse: threats (what happens if you leave, who he knows where to find) and marital rape.
_add(
    A,
    0.45,
    "knows know knew",
    after=r" where (?:you|your|my|her|his|their) (?:\w+ )?(?:lives?|sleeps?)\b",
    modal_ok=True,
)

_add(
    A,
    0.6,
    "knows know knew",
    after=r" where (?:you|your|my|her|his|their) (?:\w+ )?(?:lives?|sleeps?)\b",
    needs=r"\b(?:knows|know|knew) where (?:you|your|my|her|his|their) (?:\w+ )?(?:lives?|sleeps?)\b"
    r".{0,60}\b(?:if|unless)\b|\b(?:if|unless|remember|don't forget)\b.{0,60}\b(?:knows|know|"
    r"knew) where (?:you|your|my|her|his|their) (?:\w+ )?(?:lives?|sleeps?)\b",
    modal_ok=True,
)

_add(
    A,
    0.6,
    "won't",
    after=r" (?:ever )?see (?:them|the kids|the children|your (?:kids|children|son|daughter|"
    r"boys|girls)) again\b(?! (?:until|till|for|before|this|next))",
    needs=r"\b(?:if|unless|leave|leaving|walk out|court|custody|take them|take the)\b",
    negation_ok=True,
    modal_ok=True,
)

_add(
    A,
    0.45,
    "leave",
    after=r" me\b(?! (?:the|a|an|some|your|my|his|her|alone|be|out|here|there|at|in|to|with|for|"
    r"on|off)\b)",
    needs=r"\bif you (?:ever )?(?:leave|try to leave) me\b",
    modal_ok=True,
)

_add(A, 0.9, "marital", after=r" rape\b")

_add(
    A,
    0.6,
    "rape",
    needs=r"\b(?:husband|man) (?:could|can|can't|cannot|couldn't) rape (?:a|his) wife\b",
    negation_ok=True,
    modal_ok=True,
)

_add(
    A,
    0.6,
    "wives wife married",
    needs=r"\b(?:wives|a wife|married women) (?:did not|didn't|don't|do not|does not|doesn't|could "
    r"not|couldn't|cannot|can't) (?:get to |have the right to )?(?:say no|refuse)\b|\b(?:being )?"
    r"married (?:doesn't|does not|didn't|did not|never) mean(?:s|t)? yes\b",
    negation_ok=True,
    modal_ok=True,
)

# Abuse: stalking told by its logs (unwanted contact, new accounts, waiting outside).
_add(
    A,
    0.6,
    "unwanted",
    after=r" (?:contact|calls|messages|texts|visits|gifts)\b",
    needs=r"\b(?:persistent|repeated|constant|continued|months of|weeks of) unwanted\b",
)

_add(
    A,
    0.6,
    "accounts",
    needs=r"\b(?:keeps|kept|keep) (?:making|creating|setting up|opening) (?:new|fake) accounts "
    r"(?:to (?:message|contact|follow|text|dm|harass|watch|find|reach) (?:me|her|him)|after "
    r"(?:i|she|he) block)",
)

# Abuse: a hard thing thrown at a partner or a parent, or at the wall beside her.
_add(
    A,
    0.6,
    "threw hurled flung throws",
    after=r" (?:the|a|his|her|my|a full) (?:\w+ )?(?:plate|plates|cup|mug|glass|bottle|decanter|"
    r"ashtray|kettle|pan|vase|chair|lamp|phone|remote|dish|bowl|iron|jar|teapot|clock) (?:at|"
    r"across|against)\b",
    needs=r"\b(?:husband|wife|boyfriend|girlfriend|partner|mum|mom|mother|dad|father|stepdad|"
    r"stepfather)\b",
)

# Abuse: the victim making light of it or taking the blame: "he's only hit me the once",
# "it was only the once"; "I wind him up", "I know which buttons to press" only add to
# others (sisters wind each other up).
_add(
    A,
    0.6,
    "once",
    needs=r"\bonly (?:ever )?(?:hit|hurt|slapped|pushed|shoved|grabbed|hits|choked|kicked) (?:me|"
    r"her|you)(?: the)? once\b",
)
_add(A, 0.35, "once", needs=r"\b(?:it was|it's|it has been|it was only) only the once\b")
_add(
    A,
    0.2,
    "wind",
    after=r" (?:him|her) up\b",
    needs=r"\b(?:i|she|he) (?:wind|winds) (?:him|her) up\b",
)
_add(
    A,
    0.2,
    "buttons",
    needs=r"\b(?:which|what|the) buttons to (?:press|push)\b|\b(?:i|she|he) (?:push|pushed|pushes) "
    r"(?:his|her) buttons\b",
)

# Abuse: humiliation with an audience, by a boss, a sergeant, a husband ("called him a
# girl's name in front of everyone", "made her apologise in front of the whole office"),
# and shouting made a habit ("screamed at the night shift again"). Both need company:
# an award given in front of everyone, a coach who shouts once, are nothing.
_add(
    A,
    0.45,
    "front",
    needs=r"\b(?:called|made|mocked|laughed at|shouted at|screamed at|yelled at|humiliated|"
    r"belittled|slapped) (?:him|her|me|us|them)\b(?! (?:laugh|smile|giggle|proud|feel (?:welcome|"
    r"proud|special))\b)(?:(?! (?:over|up|out)\b)[^.;]){0,60}\bin front "
    r"of (?:everyone|everybody|the (?:whole |entire )?(?:class|team|office|section|room|others|"
    r"staff|customers|guests|platoon|squad|kitchen|shift))\b",
)
_add(
    A,
    0.35,
    "screamed shouted yelled screams shouts yells",
    after=r" at (?:her|him|me|us|them|the (?:night |day |whole )?(?:shift|staff|team|kitchen|"
    r"girls|boys|maids|servants|crew)) (?:again|every (?:day|morning|night|shift|time))\b",
)

# The same thrown near her on purpose, whoever she is: "at the wall rather than at her",
# "past her head", "an inch from my face" (a ball thrown against a wall is no such thing).
_add(
    A,
    0.6,
    "threw hurled flung throws smashed",
    after=r" (?:the|a|his|her|my|a full) (?:\w+ )?(?:plate|plates|cup|mug|glass|bottle|decanter|"
    r"ashtray|kettle|pan|vase|chair|lamp|phone|remote|dish|bowl|iron|jar|teapot|clock) (?:at|"
    r"against|into|on) (?:the|a) (?:wall|door|floor)(?: behind (?:her|him|me))?,? (?:rather than "
    r"at|instead of at|not at|just past|past|beside|by|next to|an inch from|inches from|a foot "
    r"from) (?:her|him|me|my|his|your)\b",
)

_add(
    A,
    0.6,
    "cut burned burnt shredded",
    after=r" up (?:her|his|my|your) (?:\w+ )?(?:passport|bank cards?|credit cards?|cards|clothes|"
    r"dresses|photos|photographs|letters|driving licence)\b",
)

# Abuse: what the nurse, the friend, the neighbour notices: the partner who answers for her,
# the fall she says she had, the face she checks before she laughs.
_add(
    A,
    0.45,
    "answered",
    after=r" (?:most|all|every|each|the) (?:of the |one of the )?(?:questions?|question put to "
    r"her) (?:for her|on her behalf|for him|on his behalf|before she could)\b",
)

_add(
    A,
    0.35,
    "fell fallen tripped slipped",
    needs=r"\b(?:says|said|claims|claimed|insists|insisted|told (?:the|us|me|everyone|her|him) "
    r"(?:\w+ )?)(?:that )?(?:she|he)(?:'d| had)? (?:fell|fallen|tripped|slipped|walked into)\b",
)

_add(
    A,
    0.45,
    "safeguarding",
    after=r" (?:concern|concerns|referral|flag|alert|lead|team|meeting)\b",
)

_add(
    A,
    0.45,
    "checks checked checking watches watched glances glanced",
    after=r"(?: at)? (?:his|her) face before (?:she|he|i|they) (?:laughs?|laughed|speaks?|spoke|"
    r"answers?|answered|says|said|eats?|ate|moves?|moved)\b",
)

# Abuse: messages that keep watch and give orders.
_add(
    A,
    0.45,
    "send",
    after=r" me a (?:pic|photo|picture|selfie) (?:of where|to prove|of who)\b",
)

_add(
    A,
    0.35,
    "bother",
    after=r" coming home\b",
    needs=r"\bdon'?t bother coming home\b",
    negation_ok=True,
)

_add(
    A,
    0.45,
    "stop quit",
    after=r" (?:texting|talking to|seeing|messaging|calling) (?:ur|your|her|his) (?:friends|mates|"
    r"sister|mum|mom|family)\b",
)

# Abuse: belittling as a list ("You can't cook, you can't drive").
_add(
    A,
    0.45,
    "can't cant",
    after=r" (?:\w+ ){0,3}?\w+[,;] you (?:can't|cant|can not) (?:\w+ ){0,3}?\w+[,;] you (?:can't|"
    r"cant|can not)\b",
    needs=r"\byou (?:can't|cant|can not)\b",
    negation_ok=True,
)

_add(
    A,
    0.6,
    "wonder",
    after=r" (?:nobody|no one|no-one)\b",
    needs=r"\bno wonder (?:nobody|no one|no-one) (?:\w+ )?(?:likes|loves|wants|invites|asks|plays "
    r"with|talks to|cares about)(?: to(?: [\w'’]+){1,3}?)? you\b",
    negation_ok=True,
)

_add(A, 0.6, "gave", after=r" (?:me|him|her|us|them) the back of (?:his|her) hand\b")

# Abuse: a partner's blows named with the partner after the verb ("he dragged his wife"),
# or verbs the older list lacks ("her husband dragged her", "throttled").
_add(
    A,
    0.6,
    "struck slapped punched kicked shoved pushed grabbed choked dragged throttled strangled "
    "scalded shook hit beat",
    after=r" (?:his|her) (?:\w+ )?(?:wife|husband|girlfriend|boyfriend|partner|fiancée?)\b(?!['’])",
)

_add(
    A,
    0.6,
    "dragged throttled scalded",
    needs=r"\b(?:husband|wife|boyfriend|girlfriend|partner|fiancée?)\b.{0,40}\b(?:dragged|"
    r"throttled|scalded) (?:her|him|me)\b",
)

# Abuse: isolation (no friends left, not liking her to see them).
_add(
    A,
    0.45,
    "like",
    after=r" (?:me|her|him) (?:seeing|going out|having friends|talking to|spending time with|"
    r"visiting) ",
    needs=r"\b(?:he|she) (?:didn't|doesn't|did not|does not|never) like (?:me|her|him) ",
    negation_ok=True,
)

_add(A, 0.35, "friends", after=r" left\b", needs=r"\bno friends left\b", negation_ok=True)
# "He says I don't need friends if I've got him", "You don't need your sister, you've got
# me": told to someone, not said of a love ("I don't need anyone else, I've got her").
_add(
    A,
    0.6,
    "need needs",
    needs=r"(?:\byou|\b(?:says|said|tells|told|keeps telling)(?: (?:me|her|him))?(?: that)? "
    r"(?:i|she|he)) (?:don't|doesn't|didn't|do not|does not|did not|never) need (?:any )?"
    r"(?:friends|anyone else|anybody else|my family|her family|his family|your family|other "
    r"people)\b[^.;!?]{0,30}\b(?:got|have|has|had) (?:him|her|me)\b",
    negation_ok=True,
)

_add(A, 0.35, "stopped", after=r" (?:seeing|calling|ringing) (?:her|my|his|their) friends\b")

# Abuse: threats over the children and the court, and pressure for sex ("someone who will").
_add(
    A,
    0.35,
    "won't",
    after=r" (?:ever )?see (?:them|the kids|the children|your (?:kids|children|son|daughter|"
    r"boys|girls)) again\b(?! (?:until|till|for|before|this|next))",
    negation_ok=True,
    modal_ok=True,
)

_add(
    A,
    0.45,
    "sure",
    after=r" (?:the court|the judge|the police|social services|everyone|your (?:boss|family|"
    r"mother|mum|father|dad)) (?:hears|knows|finds out|sees)\b",
    modal_ok=True,
)

_add(
    A,
    0.35,
    "someone somebody",
    after=r" (?:else )?who will\b",
    needs=r"\b(?:find|get) (?:someone|somebody) (?:else )?who will\b",
    modal_ok=True,
)

# Abuse: small cruelties that take away what she needs (glasses, pills, keys) and watch.
_add(
    A,
    0.45,
    "hid hide hides hiding",
    after=r" (?:my|her|his) (?:glasses|keys|car keys|phone|medication|meds|pills|inhaler|"
    r"wheelchair|hearing aids?|crutches|walking stick|passport)\b",
)

_add(
    A,
    0.6,
    "hid hide hides hiding",
    after=r" (?:my|her|his) (?:glasses|keys|car keys|phone|medication|meds|pills|inhaler|"
    r"wheelchair|hearing aids?|crutches|walking stick|passport) (?:and (?:then )?watch|so (?:i|she|"
    r"he) (?:couldn't|could not|can't)|to (?:stop|keep) (?:me|her|him))",
)

_add(
    A,
    0.6,
    "came comes",
    after=r" at (?:her|him|me)\b(?! (?:a|the) (?:run|gallop|trot))",
    needs=r"\b(?:husband|wife|boyfriend|girlfriend|partner|fiancée?)\b(?: [\w'’]+){0,3} (?:came|com"
    r"es) "
    r"at (?:her|him|me)\b",
)

# Abuse: her body's answer to his arrival (she stiffens at his key, brightens when he goes).
_add(
    A,
    0.6,
    "froze stiffened tensed dimmed flinched cowered",
    after=r" (?:the moment|when|whenever|every time|as soon as) (?:she|he|i|they|we) heard (?:his|"
    r"her) (?:key|car|step|steps|footsteps|voice|tread)\b",
)

_add(
    A,
    0.45,
    "brightened relaxed",
    after=r" (?:whenever|when|the moment|as soon as) (?:her|his|my) (?:husband|wife|boyfriend|"
    r"girlfriend|partner) (?:left|went out|was out|was away|had gone)\b",
)

_add(
    A,
    0.45,
    "hear",
    needs=r"\b(?:only|the one) (?:place|time|room) (?:where )?(?:he|she) (?:can't|cannot|couldn't|"
    r"can not) hear\b",
    negation_ok=True,
)

# Abuse: blows from the one in charge of a household or a workplace ("the mistress struck
# me", "his foreman beat him"); a child so struck is child abuse (notes.py moves it). Not
# a master striking a match or a bell: a person is struck.
_add(
    A,
    0.6,
    "struck beat hit slapped cuffed kicked whipped thrashed boxed",
    after=r" (?:me|her|him|us|them)\b",
    needs=r"\b(?:mistress|master|employer|boss|manager|foreman|overseer|supervisor|head chef)\b"
    r"(?: of the (?:house|shop|kitchen|mill))?(?: [\w'’]+){0,2} (?:struck|beat|hit|slapped|cuffed|"
    r"kicked|whipped|thrashed|boxed) (?:me|her|him|us|them)\b",
)


# Abuse, third pass: someone else holding a person's papers or pay, known by asking for them
# back ("asked for his passport back", "won't give me my wages back").
_add(
    A,
    0.6,
    "back",
    needs=r"\b(?:asked|asks|asking|begged|begs|begging|pleaded|pleads) (?:\w+ )?for (?:my|his|"
    r"her|their|your) (?:passport|passports|papers|documents|wages|pay|pension|bank card|phone) "
    r"back\b|\b(?:won't|wouldn't|will not|would not|refused to|refuses to|never) (?:give|let) "
    r"(?:me|him|her|them|you) (?:have )?(?:my|his|her|their|your) (?:passport|passports|papers|"
    r"documents|wages|pension|bank card) back\b",
    negation_ok=True,
)


# Someone else's papers and money held ("he had her bank card", "she keeps my passport in
# her dresser", "he took my wages"): a subject that is not the owner, told by the pronouns
# (not "she keeps her passport in her bag"), and not a border guard's look at a passport.
_HELD = (
    r"(?:had|has|took|takes|taken|kept|keeps|keeping|holds|held|holding|confiscated|"
    r"confiscates|hid|hides|hidden|locked|locks|controls|controlled|spends|spent|pockets|"
    r"pocketed|stole|steals|withholds|withheld|kept back|keeps hold of|kept hold of)"
)


def _held_by_another(things: str, verbs: str = _HELD) -> str:
    his = r" (?:his|my|your|our)) (?:\w+ )?"
    return (
        rf"\b(?:(?:he|they) (?:\w+ )?{verbs} (?:her|my|your|our)|(?:she|they) (?:\w+ )?{verbs}"
        rf"{his}{things}\b(?! (?:and|to) (?:stamp|check|scan|photocop|flick|examin|look|hand|"
        r"compar|stud)\w*)"
    )


_add(
    A,
    0.6,
    "passport passports pension wages salary",
    needs=_held_by_another(r"(?:passport|passports|pension|wages|salary|bank card|bank cards)"),
)
_add(
    A,
    0.6,
    "card cards",
    after=r"(?<=bank card)|(?<=bank cards)|(?<=debit card)|(?<=cash card)",
    needs=_held_by_another(r"(?:bank|debit|cash) cards?"),
)
# Watched: the mileage on her car checked every evening, her phone's location tracked.
_add(
    A,
    0.6,
    "mileage",
    needs=r"\b(?:check|checks|checked|checking|read|reads|noted|notes|counted|counts) the "
    r"(?:\w+ )?mileage (?:on|of) (?:her|my|your|his) car\b",
)
_add(
    A,
    0.6,
    "location",
    needs=_held_by_another(
        r"location",
        r"(?:checks|checked|checking|tracks|tracked|tracking|monitors|monitored|watches|"
        r"watched)",
    )
    + r"|\blocation history on (?:her|my|your|his) phone\b",
)


# Abuse, scenes of 2026-11-28 (second round): control told by its objects. Papers held by
# a husband or locked away ("her passport and residence permit have been held by her
# husband", "she does not need them, as she is not going anywhere"); money: an account in
# his name only, an allowance handed out, "can't be trusted with money", a pension card
# that lives in a daughter's purse, a power of attorney and the savings gone; a phone
# watched: a tracking app, "I can see your location", going through her messages every
# night, made to block a friend, no party unless he comes; a carer's neglect: the call bell
# out of reach, a pad not changed, the chair wheeled where he could not reach it.
_DOCUMENTS = (
    r"(?:passports?|residence permits?|visas?|papers|documents|id cards?|birth certificates?)"
)
_add(
    A,
    0.6,
    "passport passports permit permits papers documents visa visas certificate certificates",
    needs=r"\b(?:her|his|my|their) " + _DOCUMENTS + r"\b[^.!?]{0,60}\b(?:(?:held|kept|taken|locked "
    r"away|hidden|confiscated) by (?:her|his|my|their) (?:husband|wife|partner|boyfriend|"
    r"girlfriend|employer|boss|in-laws|mother-in-law|father-in-law|fianc[eé]e?)|kept in a "
    r"locked (?:drawer|box|safe|cupboard)|locked in (?:his|her) (?:study|desk|safe|drawer|office))"
    r"\b",
)
_add(
    A,
    0.6,
    "need",
    after=r"(?i) (?:them|it|the documents|her documents|her passport|her papers)\b",
    needs=r"\b(?:does|do|did|doesn't|don't|didn't) (?:not )?need (?:them|it|the documents|her "
    r"documents|her passport|her papers),? (?:as|because|since) (?:she|he|i|you) (?:is|am|are|was|"
    r"isn't|aren't|wasn't|'re|’re) (?:not )?going anywhere\b",
    negation_ok=True,
)
_add(
    A,
    0.6,
    "allowance card",
    needs=r"\b(?:account|accounts|cards?)\b[^.!?]{0,40}\bonly (?:his|her) name (?:on|in)\b|"
    r"\b(?:in|under) (?:his|her) name only\b|\b(?:he|she) (?:gives|gave|hands|handed|doles out|"
    r"doled out) (?:her|me|him) (?:an |a |her |my )?(?:weekly |monthly |daily )?allowance\b|"
    r"\b(?:my|her|his) (?:pension|bank|benefits?|post office|"
    r"debit) card (?:lives|is kept|stays|sits|has lived) in (?:her|his|their) (?:purse|wallet|"
    r"handbag|bag|pocket)\b",
)
_add(
    A,
    0.6,
    "name",
    after=r" (?:on|in|only)\b",
    needs=r"\b(?:account|accounts|cards?)\b[^.!?]{0,40}\bonly (?:his|her) name (?:on|in)\b|"
    r"\b(?:in|under) (?:his|her) name only\b",
)
_add(
    A,
    0.6,
    "trusted",
    needs=r"\b(?:couldn't|could not|can't|cannot|can not) be trusted with (?:money|the money|a bank"
    r" "
    r"card|her own money|my own money|cash)\b",
    negation_ok=True,
)
_add(
    A,
    0.6,
    "attorney",
    needs=Near(
        r"\b(?:withdrawals?|withdrew|unpaid|savings (?:were|are|was|had gone|gone)|missing|"
        r"cash (?:taken|withdrawn)|car finance|emptied)\b",
        r"\b(?:lasting |enduring )?power of attorney\b",
    ),
)
_add(
    A,
    0.6,
    "app snap messages block unfollow unless",
    needs=r"\btracking app\b|\btracker (?:on|in|under) (?:her|my|his|your) (?:phone|car|bag)\b|"
    r"\b(?:goes|go|going|went) (?:thru|"
    r"through) (?:ur|your|her|my|his) (?:snap|snapchat|phone|messages|texts|dms|whatsapp|"
    r"instagram|emails) every (?:night|day|evening)\b|\bmade (?:me|her|him) (?:block|unfollow|"
    r"delete|unfriend) (?:my|her|his|ur|your|\w+)\b|\b(?:won't|wont|will not|doesn't|doesnt) let "
    r"(?:me|her|him) (?:go|see|visit) (?:\w+ ){0,4}unless (?:he|she) (?:comes|is there|goes)\b|"
    r"\b(?:i|she|he) (?:can't|cant|cannot) go (?:to )?(?:\w+ ){0,3}unless (?:he|she) comes\b",
    modal_ok=True,
)
_add(
    A,
    0.6,
    "location",
    needs=Near(
        r"\b(?:answer me|ring me|call me|pick up|where are you|where r u|who's|whos|who is|why|"
        r"i know (?:you're|youre|ur|you are|she's|he's)|"
        r"lying|lie to me|\w+ minutes|or else|don't make me|dont make me)\b",
        r"\b(?:i|he|she) can see (?:your|ur|her|my) location\b",
    ),
    modal_ok=True,
)
_add(
    A,
    0.6,
    "reach pad pads",
    needs=r"\bcall (?:bell|button|alarm)s? (?:was |had been )?(?:placed |left |put )?(?:\w+ ){0,3}"
    r"out of (?:his |her |their )?reach\b|\b(?:continence |incontinence )?pads? (?:was |had been )?"
    r"(?:last changed|not changed|left unchanged)\b|\b(?:wheeled|moved|put|left|took) (?:his|her|"
    r"their) (?:wheel)?chair (?:\w+ ){0,6}where (?:he|she|they) (?:couldn't|could not|can't|cannot)"
    r" "
    r"reach it\b|\b(?:his|her|their) (?:wheel)?chair (?:had been |has been |was )?(?:wheeled|moved|"
    r"put|left|taken) (?:\w+ ){0,6}where (?:he|she|they) (?:couldn't|could not|can't|cannot) reach "
    r"it\b",
    negation_ok=True,
)

# ---- child abuse ----------------------------------------------------------------------------
# Shut in the coal cellar for days, told of a boy; a child's hand held over the stove "to teach
# him".
_add(
    CA,
    0.9,
    "cellar cupboard hole coalhole coal-hole",
    needs=Near(
        r"(?:" + _CHILD + "|" + _AB_PARENT + ")",
        r"\b(?:shut|locked|kept) in (?:a|the) (?:coal |dark |locked )?(?:cellar|cupboard|"
        r"coal[ -]?hole|closet|cage)\b[^.!?]{0,15}\bfor (?:days|hours|a day|two days|three days|"
        r"the night|the weekend|a week)\b",
    ),
)
_add(
    CA,
    0.9,
    "stove hob iron fire flame kettle",
    needs=r"\bheld (?:the (?:boy|girl|child|little one)(?:'s|’s)|(?:his|her|their|my) (?:son|"
    r"daughter|boy|girl|child)(?:'s|’s)|my|our) (?:small |little )?(?:hand|hands|arm|fingers) "
    r"(?:over|on|against|to|into) (?:the|a) (?:stove|hob|iron|fire|flame|kettle|hotplate|grate|"
    r"range)\b",
)

# Told by a child and seen by a doctor: "Dad uses the charger cable when I'm naughty", a
# loop-shaped bruise, fractures at different stages of healing, left alone with the nappy
# unchanged.
_add(
    CA,
    0.9,
    "naughty bad",
    needs=r"\b(?:uses|used|gets|got|takes|took|brings|hits (?:me|us) with) (?:out )?(?:the|his|her|"
    r"a) (?:\w+ )?(?:cable|belt|strap|spoon|slipper|cane|stick|ruler|wire|lead|hairbrush|hanger)"
    r"\b[^.!?]{0,20}\bwhen (?:i'm|i am|i was|we're|we are|we were|he's|she's|i've been|we've been) "
    r"(?:naughty|bad|cheeky|rude|slow)\b",
    modal_ok=True,
)
_add(
    CA,
    0.6,
    "bruise bruises welt welts marks",
    needs=Near(
        r"(?:" + _CHILD + r"|\bpupil\b|\byear [1-9]\b|" + _AB_PARENT + ")",
        r"\b(?:loop-shaped|loop|looped|cord|cable|belt|buckle-shaped|belt-shaped|hand-shaped|"
        r"finger-shaped|fingertip|slap) (?:\w+ )?(?:bruise|bruises|mark|marks|welt|welts)\b",
    ),
)
_add(
    CA,
    0.9,
    "fractures healing non-accidental",
    needs=r"\bfractures?\b[^.!?]{0,80}\b(?:at|in) different stages of healing\b|"
    r"\bnon-accidental injur(?:y|ies)\b",
)
_add(
    CA,
    0.6,
    "nappy nappies diaper",
    needs=r"\b(?:nappy|nappies|diaper|diapers) (?:that )?(?:had|has|hadn't|hasn't)? ?(?:clearly |"
    r"obviously |plainly )?(?:not )?(?:been )?(?:changed|unchanged)\b(?=[^.!?]{0,30}\b(?:in|for) "
    r"(?:over |more than )?(?:a day|days|\w+ hours|hours|ages|a long time)\b)|\bunchanged "
    r"(?:nappy|nappies|diaper|diapers)\b",
    negation_ok=True,
)

# "Mum's boyfriend does it when I'm loud"; "no dinner again" said of a parent.
_add(
    CA,
    0.9,
    "loud naughty noisy",
    needs=Near(
        r"(?:" + _CHILD + "|" + _AB_PARENT + r"|\b(?:mum's|mom's|dad's) boyfriend|\b(?:mum's|"
        r"mom's|dad's) girlfriend)",
        r"\b(?:does|did) it (?:to me )?when (?:i'm|i am|i was|we're|we are|i get|i got) (?:too )?"
        r"(?:loud|naughty|noisy|bad|cheeky|slow|rude)\b",
    ),
    modal_ok=True,
)
_add(
    CA,
    0.6,
    "dinner supper tea breakfast",
    needs=Near(
        _AB_PARENT,
        r"\b(?:no|without) (?:dinner|supper|tea|food|breakfast) again\b",
    ),
    negation_ok=True,
)

# Where the cane had landed, with a child or a guardian in the telling.
_add(
    CA,
    0.6,
    "cane belt strap switch birch landed",
    needs=Near(
        r"(?:"
        + _CHILD
        + r"|\b(?:uncle|aunt|guardian|master|schoolmaster|governess|matron)\b|"
        + _AB_PARENT
        + ")",
        r"\bwhere (?:his|her|the|their) (?:cane|belt|strap|switch|birch|ruler|slipper|hand) had "
        r"(?:landed|fallen|caught|bitten|struck|come down)\b",
    ),
)

# The parent's belt and what it was for: "Dad's belt hung on the back of the kitchen door, and
# we all knew what it was for".
_add(
    CA,
    0.6,
    "belt strap cane slipper spoon switch",
    needs=Near(
        r"\b(?:dad|dad's|father|father's|mum|mum's|mother|mother's|mam|mom|stepdad|stepfather|"
        r"grandad|grandfather|uncle|aunt|gran|nan|papa|mama|pa|ma)\b",
        r"\b(?:belt|strap|cane|slipper|wooden spoon|switch)\b.{0,80}\b(?:we|i|everyone|all of us|"
        r"the (?:kids|children|boys|girls)) (?:all )?(?:knew|know|learned|learnt) (?:exactly )?"
        r"what (?:it|that|they) (?:was|were) for\b",
    ),
)
# Neglect a teacher sees: the same clothes to school every day, lunch eaten like someone
# would take it (not a lucky shirt kept on through a winning run).
_add(
    CA,
    0.45,
    "shirt jumper clothes uniform",
    needs=r"\b(?:came|come|comes|coming|turned up|turns up|went|goes) (?:in)?to school in the "
    r"same (?:\w+ )?(?:shirt|jumper|clothes|uniform|trousers|dress) every day\b",
)
_add(
    CA,
    0.45,
    "lunch dinner food",
    needs=r"\bate (?:his|her|their) (?:\w+ )?(?:lunch|dinner|food|sandwiches|breakfast) like "
    r"(?:someone|somebody|anyone|an animal|a dog|a starving|it might|it would)\b",
)

# A child's world: a parent, a child, a child's age, school, bedtime.
_CA_HOME = (
    _AB_PARENT
    + r"|"
    + _CHILD
    + r"|\b(?:bedtime|homework|playground|nursery|school|schoolbag|cot|pram|toys|bed-wetters?|"
    r"(?:at|you're|you are|i'm|i am|i was) (?:four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
    r"(?!\s*(?:o'?clock|in the|at night|am\b|pm\b|hours?|minutes?|[:.]\d)))\b"
)


def _at_home(pattern: str) -> Near:
    """`pattern` with a parent or a child in the same window."""
    return Near(_CA_HOME, pattern)


_add(
    CA,
    0.9,
    "beat beats beaten belt caned cane whipped shuts supper "
    "cuffed bruises hit hits slapped kicked neglect neglected",
    after=_NOT_A_GAME,
    needs=_CHILD,
)
# Burned, with a child near, unless what burned was a thing ("burned the letter so the
# poor boy might lie in consecrated ground", "the boys burned the leaves").
_add(
    CA,
    0.9,
    "burned",
    after=r"(?! (?:the|a|an|his|her|my|their|our|your|its|some|all|every) (?:\w+ )?(?:letters?|"
    r"papers?|notes?|diary|diaries|books?|toast|dinner|supper|food|rubbish|leaves|wood|logs?|"
    r"candles?|photographs?|photos?|pictures?|documents?|evidence|will|envelope|clothes|bridges?|"
    r"fields?|house|houses|barn|village|town|bread|cakes?|pans?|sauce|oil|fuel|calories)\b| "
    r"(?:it|them|up|down|out|away|low|bright|brightly|steadily))",
    needs=_CHILD,
)
# The same for words with an everyday sense: a strap used on someone ("got the strap across
# her hands", not "a strap to bite on" while a bone is set), a child locked in or out (not
# "the child locks" of a car, nor doors locked at night).
_add(
    CA,
    0.9,
    "strap",
    needs=Near(
        _CHILD,
        r"\b(?:got|get|gets|getting|took|take|takes|taking|came with|with|used|uses|felt|"
        r"brought out|fetched) (?:a |the |his |her |my |their |that )?(?:leather |razor )?"
        r"strap\b(?! to bite)|\bstrap (?:across|on|over|to) (?:his|her|their|my|your|our)\b",
    ),
)
_add(
    CA,
    0.9,
    "locked locks",
    after=r"(?: (?:him|her|them|me|us|you|the (?:\w+ )?(?:boy|girl|boys|girls|child|children|"
    r"kids?|baby)))? (?:in|into|inside|out|up|away)\b",
    needs=_CHILD,
)

# The same when the word's innocent senses are ruled out: a child shaken or starved, not a
# head shaken or a school "starved of fresh air"; a child swallowed (a myth's father), not
# a child who swallowed.
_add(
    CA,
    0.9,
    "shook shakes tossed",
    after=r" (?:him|her|them|the (?:baby|child|boy|girl|infant|toddler)|(?:his|her|their) "
    r"(?:son|daughter|baby|child))\b(?! (?:head|heads|hand|hands|fist|hair|shoulders?|arm|awake|"
    r"gently|off|loose|free|by the hand)\b)",
    needs=_CHILD,
)
_add(CA, 0.9, "starved starves", after=r"(?! (?:of|for)\b)", needs=_CHILD)
_add(
    CA,
    0.9,
    "swallows swallowed",
    after=r" (?:each of |all of |one of )?(?:his|her|their|the) (?:own )?(?:children|child|sons?|"
    r"daughters?|babies|baby|infants?)\b",
)
# Shut in the cellar, the cupboard or the coal hole by a parent, or as a child ("her father
# used to lock her in the coal hole when she cried"); not bandits locking a man in a cellar.
_add(
    CA,
    0.9,
    "cellar cupboard hole coalhole coal-hole closet wardrobe kennel cage",
    needs=Near(
        r"(?:" + _CHILD + "|" + _AB_PARENT + ")",
        r"\b(?:locked|locking|lock|locks|shut|shutting|shuts|kept|keeping|put|sent|shoved|pushed) "
        r"(?:him|her|them|us|me|little \w+|the (?:\w+ )?(?:boy|girl|boys|girls|child|children|baby|"
        r"kids?))\b.{0,20}\b(?:in|into|under|to) (?:the|a) (?:\w+ ){0,2}(?:cellar|cupboard|"
        r"coal[ -]?hole|"
        r"closet|wardrobe|kennel|dog cage|cage)\b",
    ),
)
# "She locked me in the airing cupboard when visitors came": a space a child fits, told of
# "me" or "us", is a child's punishment remembered.
_add(
    CA,
    0.9,
    "cupboard hole coalhole coal-hole closet wardrobe kennel cage",
    needs=r"\b(?:locked|locking|shut|shutting|kept|keeping|put|shoved|pushed) (?:me|us)\b.{0,20}\b"
    r"(?:in|into|under) (?:the|a) (?:\w+ ){0,2}(?:cupboard|coal[ -]?hole|closet|wardrobe|kennel|"
    r"dog cage|cage)\b(?! (?:for|with) (?:a|the|hide|games?|fun)\b)",
)
_add(
    CA,
    0.9,
    "cellar cupboard",
    needs=Near(
        _CHILD,
        r"\b(?:grew up|lived|slept|sleeping|had to sleep|made to sleep) (?:in|under) (?:the|a) "
        r"(?:\w+ ){0,2}(?:cellar|cupboard)\b",
    ),
)
_add(
    A,
    0.6,
    "withheld withholding withholds denied",
    needs=r"\b(?:withheld|withholding|withholds|denied (?:him|her|them|me|us)|kept back) "
    r"(?:(?:his|her|their|my|our|your) )?(?:food|meals|supper|rations)\b|\b(?:food|meals|"
    r"supper|rations) (?:was |were |had been |being )?withheld\b"
    # (not fasting before an operation or a scan)
    r"(?! (?:before|until after|ahead of|for (?:the|an?|his|her) (?:operation|surgery|scan|"
    r"procedure|test)))",
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

# A child made to stand, sit, kneel or sleep somewhere as a cruelty: in the cold, all night,
# in the spilt food, watching (not a child sent to sit on the stairs until she calms down).
_add(
    CA,
    0.6,
    "made",
    after=r" (?:me|him|her|us|them|the (?:little ones|children|kids|boys?|girls?|child)|"
    r"[A-Z][a-z]+) (?:stand|sit|kneel|stay|sleep|wait|watch)\b",
    needs=_at_home(
        r"\bmade (?:\w+ ){1,3}(?:stand|sit|kneel|stay|sleep|wait|watch)\b.{0,60}"
        r"\b(?:all (?:night|day)|for hours|overnight|(?:till|until) (?:it (?:got|was|went) )?"
        r"dark|(?:till|until) (?:morning|dawn|midnight|(?:his|her|my|their) (?:knees|legs|feet))|"
        r"in the (?:cold|rain|snow|dark)|with no (?:fire|food|light|coat|shoes|blanket)|without "
        r"(?:food|supper|a coat|shoes|a blanket)|in it|and watch)\b"
    ),
)

_add(CA, 0.6, "faltering failure", after=r" (?:growth|to thrive)\b")

# Child abuse: a parent's blow told plainly, with the child as what it struck ("her father
# burned Mira's hand on the ring", "his mother slapped him across the face", "my dad
# kicked me"), not what a parent burned or hit ("her father burned her letters").
_CA_STRUCK_BODY = r"(?:hand|hands|arm|arms|face|back|legs|fingers|knuckles|ear|ears|head|mouth)"
_add(
    CA,
    0.6,
    "beat hit slapped whipped belted burned kicked thrashed punched smacked shoved",
    needs=r"\b(?:his|her|my|their|your|our) (?:father|dad|daddy|mother|mum|mummy|mom|mam|"
    r"stepfather|stepdad|stepmother|stepmum|parents)\b[^.;!?\"“”]{0,30}?\b(?:beat|hit|"
    r"slapped|whipped|belted|burned|kicked|thrashed|punched|smacked|shoved) (?:him|me|them|us|"
    r"you|her(?= (?:across|on|over|with|until|till|so|for|again|and|hard|black|senseless|"
    r"round|down)\b|[,.;!?])|(?:his|her|my|their|your|(?-i:[A-Z][a-z]+)'s) "
    + _CA_STRUCK_BODY
    + r")\b",
)


# Child abuse: the same signs as abuse when a parent is there (the abuse section leaves
# them to this one): a parent's contempt, a parent's moods rated by the children.

_add(
    CA,
    0.6,
    "shit bastard brat runt freak leech",
    needs=_at_home(_CALLED_A),
)

_add(CA, 0.6, "moods mood", after=r" out of (?:ten|10|five|5)\b", needs=_AB_PARENT)

_add(
    CA,
    0.6,
    "mistake curse burden",
    needs=_at_home(
        r"\b(?:(?:says|said|told (?:me|him|her|us)|tells (?:me|"
        r"him|her|us)) (?:that )?(?:i am|i was|i'm|you are|you were|you're|he was|she was) |called "
        r"(?:me|him|her) )(?:a|the) (?:mistake|curse|burden)\b(?! (?:of|about|in|with))"
    ),
)

_add(
    CA,
    0.6,
    "born",
    needs=_at_home(_NEVER_BORN),
    modal_ok=True,
    negation_ok=True,
)

# Child abuse: hiding from a parent (in the wardrobe, under the bed) when he comes home,
# wakes, or a car door slams; not a game of hide-and-seek or a surprise.
_NOT_PLAY = (
    r"(?!.*\b(?:surprise|giggl\w*|hide-and-seek|hide and seek|game|laugh\w*|prank|jump(?:ed)? "
    r"out)\b)"
)
_HIDE = (
    r"(?:(?:hid|hide|hides|hiding|crept|creep|crawled|crawl)(?: ourselves| myself| himself| "
    r"herself| themselves)? (?:in|into|under|behind|inside) (?:the|a|my|our|his|her) (?:wardrobe|"
    r"cupboard|closet|bed|sofa|shed|coats)|(?:go|went|get|got|ran|run) (?:in|into|inside) (?:the|"
    r"a|my|our) (?:wardrobe|cupboard|closet))\b"
)
_COMES = (
    r"\b(?:when|whenever|every time|if|before|the moment) (?:he|she|dad|daddy|mum|mom|father|"
    r"mother|stepdad|stepfather|stepmother|(?:a|the|his) car door|the front door|(?:his|her) key) "
    r"(?:came|comes|got|gets|wakes?|woke|was|is|started|starts|reached|slammed|slams|banged|bangs|"
    r"opened|turned)\b"
)
_add(
    CA,
    0.6,
    "hid hide hides hiding wardrobe cupboard closet",
    needs=r"(?:"
    + _HIDE
    + r".{0,60}"
    + _COMES
    + r"|"
    + _COMES
    + r".{0,40}"
    + _HIDE
    + r")"
    + _NOT_PLAY,
    modal_ok=True,
)

# Child abuse: punishments that are cruelty (kneeling on tiles for hours, fetching the
# strap, a hand on the hob, a belt's buckle in the bruise, the backs of the legs).
_LONG = (
    r"(?:until|till|for (?:an hour|hours|the whole)|an hour at a time|all (?:night|day)|as "
    r"(?:a )?punishment)\b"
)
_add(
    CA,
    0.6,
    "kneel knelt",
    needs=_at_home(
        r"\b(?:(?:made|make|makes|making) (?:\w+ ){1,2}kneel\b|kn(?:eel|elt) on (?:the )?(?:\w+ )?"
        r"(?:tiles|stone|gravel|rice|floor|concrete|peas)\b)(?:.{0,60}\b"
        + _LONG
        + r")|\b"
        + _LONG
        + r".{0,40}\bkn(?:eel|elt) on (?:the )?(?:\w+ )?(?:tiles|stone|gravel|rice|floor|"
        r"concrete)\b"
    )
    + r"(?!.*\b(?:scrub\w*|clean\w*|polish\w*|weed\w*|plant\w*)\b)",
)

_add(
    CA,
    0.6,
    "fetch",
    needs=r"\b(?:strap|belt|cane|switch|slipper|birch|spoon)\b.{0,80}\b(?:made to|had to|"
    r"make (?:us|me|him|her)|made (?:us|me|him|her)) fetch it\b|\b(?:fetch|bring|pick|choose|"
    r"cut) (?:our|my|his|her|their|your) own (?:strap|belt|cane|switch|slipper|birch)\b",
)

_add(
    CA,
    0.6,
    "hob stove hotplate cooker",
    needs=_at_home(
        r"\b(?:put|held|pressed|forced|pushed|holding|puts) (?:(?:my|his|her|your|their|our) )?"
        r"(?:\w+'s|his|her|my|your|their|our) (?:hand|palm|fingers|arm) (?:on|onto|over|against|"
        r"to) (?:the|a) (?:hot )?(?:hob|stove|hotplate|cooker)\b"
    ),
    after=r"(?! to (?:warm|steady|dry)|for warmth)",
)

_add(
    CA,
    0.6,
    "buckle",
    needs=r"\b(?:mark|marks|bruises?|welts?|scars?|shape|imprint|print)\b.{0,50}\bbelt "
    r"buckle\b",
)

_add(
    CA,
    0.6,
    "legs",
    needs=r"\b(?:marks?|welts?|bruises?|stripes|weals?) (?:on|across|all over) the backs? of (?:my|"
    r"his|her|their|our|\w+'s) legs\b",
)

# Child abuse: neglect told by what is missing (no food in the house, no doctor, no school,
# the same clothes for weeks, a child left alone with a younger one).
_add(
    CA,
    0.6,
    "food",
    after=r" in the (?:house|flat|property|home|caravan|cupboards|fridge)\b",
    needs=Near(_CHILD, r"\bno food in the (?:house|flat|property|home|caravan|cupboards|fridge)\b"),
    negation_ok=True,
)

_add(
    CA,
    0.6,
    "doctor gp dentist roll",
    needs=r"\bnever (?:once )?(?:been )?(?:seen|taken to|registered with) (?:a|any) (?:doctor|gp|"
    r"dentist)\b|\bnot (?:on|registered (?:at|with)) any (?:school|gp)(?: roll)?\b|\bnever "
    r"(?:been )?(?:sent )?to school\b",
    negation_ok=True,
)

_add(
    CA,
    0.6,
    "same",
    needs=r"\bschool\b",
    after=r" (?:clothes|jumper|uniform|shirt|socks|dress|t-shirt|trousers) (?:to school |at "
    r"school )?for (?:two|three|four|five|six|\d+) weeks\b",
)

_add(
    CA,
    0.6,
    "fridge",
    needs=r"\b(?:padlock(?:ed)? (?:on )?the fridge|fridge (?:was |had been )?padlocked|locked the "
    r"(?:fridge|kitchen|pantry|larder|food cupboard) at night)\b",
)

_add(
    CA,
    0.6,
    "punishment",
    needs=r"\bpunishment was (?:the|a|being (?:locked|shut|sent)) (?:\w+ )?(?:cellar|dungeon|attic|"
    r"cupboard|shed|coal-?hole|closet|wardrobe)\b",
)

_add(
    CA,
    0.6,
    "dungeon cellar attic shed",
    needs=r"\b(?:sending|sent|send|sends|locked|locking|locks|shut|shutting|put) (?:him|her|them|"
    r"us|me|the (?:\w+ )?(?:boy|girl|boys|girls|children|pages|child|little ones))\b.{0,30}\b(?:to|"
    r"in|into) the (?:dungeon|cellar|attic|shed)\b.{0,40}\b(?:for the night|all night|overnight|"
    r"until|till|without|in the dark|no fire|no light)\b",
)

# Child abuse: the house going still when a parent comes home (children freezing, hiding,
# standing by the wall, pretending to be asleep).
_PARENT_COMES = (
    r"\b(?:every time|whenever|when|the moment|as soon as) (?:my |his |her |our |their )?"
    r"(?:dad|daddy|father|stepdad|stepfather|mum|mom|mother|stepmother|stepmum) (?:came|got|comes|"
    r"gets|walked|walks) (?:home|in|back|through the door)\b"
)
_FREEZE = (
    r"\b(?:froze|freeze|hid|hide|went (?:very )?(?:quiet|silent|still)|go (?:very )?(?:quiet|"
    r"silent|still)|st(?:an|oo)d (?:by|against) the wall|held (?:our|his|her|my|their) breath|"
    r"wait(?:ed)? to be told|pretend(?:ed)? to be asleep|made (?:ourselves|myself|himself|"
    r"herself|themselves) (?:scarce|small))\b"
)
_add(
    CA,
    0.6,
    "dad daddy father stepdad stepfather mum mom mother stepmother stepmum",
    needs=r"(?:"
    + _PARENT_COMES
    + r".{0,80}"
    + _FREEZE
    + r"|"
    + _FREEZE
    + r".{0,60}"
    + _PARENT_COMES
    + r")"
    + _NOT_PLAY,
)

# Child abuse: a parent's cruel words ("no wonder nobody likes you", "a curse on this house").
_add(
    CA,
    0.6,
    "wonder",
    after=r" (?:nobody|no one|no-one)\b",
    needs=_at_home(
        r"\bno wonder (?:nobody|no one|no-one) (?:\w+ )?(?:likes|loves|wants|invites|asks|plays "
        r"with|talks to|cares about)(?: to(?: [\w'’]+){1,3}?)? you\b"
    ),
    negation_ok=True,
)

_add(
    CA,
    0.6,
    "curse",
    needs=_at_home(r"\ba curse (?:on|to) (?:the|this|our|their) (?:house|family|home)\b"),
)

_add(
    CA,
    0.6,
    "alone",
    needs=_at_home(
        r"\bleft (?:her|him|them|us|me) (?:all )?alone\b.{0,40}\b(?:empty (?:flat|house)|for "
        r"days|for (?:two|three|four|five|a few|\d+) days|all night|overnight|for the weekend|with "
        r"no food|without food|with (?:the|a|her|his|my|our) (?:baby|little (?:brother|sister)|"
        r"younger))\b"
    ),
)

_add(
    CA,
    0.6,
    "weighed weighs weigh",
    after=r" (?:what|less than|no more than|as much as|about what) (?:a|an) (?:\w+-year-old|"
    r"toddler|child half)",
    needs=_CHILD,
)

_add(
    CA,
    0.6,
    "gave give gives",
    after=r" (?:me|him|her|us|them) the back of (?:his|her) hand\b",
    needs=_CA_HOME,
)

_add(
    CA,
    0.35,
    "something",
    after=r" to (?:cry|snivel|whine|bawl|blub|sulk) about\b",
)

# Child abuse: food kept from a child as a punishment ("keep to her room and eat nothing but
# broth"), not an invalid's diet.
_add(
    CA,
    0.6,
    "nothing",
    after=r" but (?:broth|gruel|dry bread|bread and water|water|scraps)\b",
    needs=_at_home(r"\b(?:eat|ate|eats|given|gave|fed|had) nothing but\b")
    + r"(?!.*\b(?:flu|ill|sick|poorly|fever|tummy|stomach bug|diet)\b)",
)

# Child abuse: a child's marks, and who the child says made them.
_add(
    CA,
    0.6,
    "stepdad stepfather dad father mum mother mom stepmother stepmum",
    needs=r"\b(?:marks?|bruises?|burns?|cuts|welts?|scars?|injur\w+)\b.{0,100}\b(?:his|her|my|"
    r"their) (?:stepdad|stepfather|dad|father|mum|mother|mom|stepmother|stepmum|mum's boyfriend) "
    r"(?:did|had done|does|made) (?:some of |all of |most of )?(?:them|it|this|that|those)\b",
)

# Child abuse: a sibling told he is stupid or worthless, day after day.
_add(
    CA,
    0.6,
    "stupid worthless useless ugly",
    needs=r"\b(?:tell|told|tells|telling) (?:my|his|her|our|their) (?:little |big |younger |older "
    r")?(?:brother|sister|son|daughter) (?:that )?(?:he|she) (?:was|is|were) (?:so |too )?"
    r"(?:stupid|worthless|useless|ugly)\b",
)

_add(
    CA,
    0.35,
    "hauled dragged yanked",
    after=r" (?:him|her) (?:up |along |off (?:his|her) feet )?by (?:the|his|her) (?:hood|collar|"
    r"ear|ears|hair|scruff)\b",
)

# Child abuse: neglect a teacher sees (no coat in winter, every day).
_add(
    CA,
    0.6,
    "coat",
    needs=r"\bwithout a coat\b.{0,30}\b(?:every day|all week|in (?:the )?(?:snow|rain|winter|"
    r"january|february|december|november))\b",
    negation_ok=True,
)

# Child abuse: a child who has learnt to make himself small, invisible.
_add(
    CA,
    0.6,
    "make",
    after=r" (?:yourself|myself|himself|herself|ourselves|themselves) (?:small|invisible)\b",
    needs=_at_home(
        r"\b(?:how to|learned to|learnt to|learn to) make (?:yourself|myself|himself|herself|"
        r"ourselves|themselves) (?:small|invisible)\b"
    ),
)


# Child abuse: a grown-up's disclosure of what an adult did to them as a child, in the
# plainest words ("what his uncle had done to him when he was a boy"), not a deed's
# undoing ("what the tide had done to the pier") nor a kindness ("what she did for me").
_add(
    CA,
    0.6,
    "done did",
    after=r" to (?:him|her|me|them|us) when (?:he|she|i|they|we) (?:was|were) (?:a (?:boy|girl|"
    r"child|kid|little \w+)|little|small|young|tiny|(?:only |just )?(?:six|seven|eight|nine|ten|"
    r"eleven|twelve|thirteen|fourteen|fifteen)\b)",
    needs=r"\bwhat (?:his|her|my|their|our|the) (?:\w+ )?(?:uncle|aunt|father|mother|stepfather|"
    r"stepmother|dad|mum|mom|grandfather|grandad|brother|cousin|neighbour|neighbor|coach|teacher|"
    r"priest|babysitter|tutor|godfather|lodger|boyfriend)(?: had)? (?:done|did) to\b",
)


# Child abuse, third pass: a beating told by what it left ("couldn't sit down at school for
# two days"); not a long ride in the saddle (only at school or in class).
_add(
    CA,
    0.6,
    "sit",
    after=r" down (?:at school|in class|at (?:my|his|her|your) desk in class) for (?:a (?:week|day|"
    r"few days)|days|a whole day|(?:two|three|four|five|several|\d+) days)\b",
    needs=r"\b(?:couldn't|could not|can't|cannot|wasn't able to|weren't able to|unable to) sit "
    r"down\b",
    negation_ok=True,
)
# Child abuse, third pass: children shut out of the house as a punishment ("shut the
# children out in the rain", "locks them out all night"), said of a child.
_add(
    CA,
    0.9,
    "shut shuts locks lock",
    after=r" (?:us|them|him|her|me|the (?:children|kids|boys|girls|little ones)|(?:his|her|their) "
    r"(?:son|daughter|children|kids|boys|girls)) out (?:of an? \w+ |every \w+ |again )?"
    r"(?:all night|overnight|until|till|in the (?:cold|rain|snow|dark|yard|street)|of the "
    r"house|on the (?:step|doorstep|landing))\b",
    needs=_CHILD,
)
# ...and the same said with the parent, not the child, in the sentence ("Mam would lock us
# out till the streetlights came on", "Dad locked me out all night"): a partner who locked
# her out has no parent's word near.
_add(
    CA,
    0.6,
    "shut shuts locks lock locked",
    after=r" (?:us|them|him|her|me) out (?:of an? \w+ |every \w+ |again )?"
    r"(?:all night|overnight|until|till|in the (?:cold|rain|snow|dark|yard|street)|of the "
    r"house|on the (?:step|doorstep|landing))\b",
    needs=_AB_PARENT,
)


# Child abuse as the law and the reports name it ("arrested for assault and child
# cruelty", "cruelty to a child", "taken into police protection", "child protection
# plan", "wilful neglect of a child").
_add(
    CA,
    0.9,
    "cruelty neglect protection",
    needs=r"\b(?:for|of|with|and|over|into|about) (?:suspected |alleged )?child (?:cruelty|"
    r"neglect)\b|\bcruelty to (?:a |the |her |his |their )?(?:child|"
    r"children|infant|baby|son|daughter|boy|girl)\b|\b(?:wilful|willful) neglect of (?:a |the |"
    r"her |his |their )?(?:child|children|infant|baby)\b|\btaken into police protection\b|"
    r"\b(?:on|under) a child protection plan\b",
)

# ---- substance use --------------------------------------------------------------------------
_add(
    SB,
    0.9,
    "drunken drunkenly tipsy inebriated hungover hangover "
    "laudanum opium morphia cocaine heroin chloral absinthe syringe hypodermic "
    "marijuana cannabis overdose slivovitz whisky whiskey brandy gin rum "
    "vodka bourbon scotch tequila hookah dosed snorts snorted snorting",
)

_add(SB, 0.6, "dose tonic pills")
# (Drank tea, water or the pen's ink, or drank in the view: see the exceptions below.)
_add(SB, 0.6, "drank")
_add(
    SB,
    0.6,
    "drinking",
    after=r"(?i:(?! (?:well|normally|fluids|water|enough|plenty|straws?|fountains?|glass|glasses|"
    r"troughs?|and eating|from (?:the|a) (?:stream|tap|spring|well|river|fountain|trough))\b)"
    r"(?<!eating and drinking))",
)

_add(
    SB,
    0.45,
    "wine ale beer port claret sherry champagne liquor spirits mead drink drinks "
    "pint pints tankard needle plunger",
)

# Tobacco only adds: pipe smoke in a sitting room is no note on its own.
_add(SB, 0.3, "bottle cigarette cigar snuff")
_add(SB, 0.2, "smoke smoking pipe")
# The opium den: a pipe with bunks, the lamp, the dreaming faces.
_add(
    SB,
    0.6,
    "pipe pipes",
    needs=r"\b(?:den|dens|bunks?|berths?|limehouse|poppy|the little lamp|dreamy|dreaming|slack|"
    r"glazed|pinned|sweet smoke|resin|pellet|tar)\b",
)

# Substance use.
_add(
    SB,
    0.9,
    "cocaine meth methamphetamine ecstasy mdma lsd acid heroin opioids "
    "oxy oxycodone xanax valium ketamine shrooms amphetamines",
)

# "Drunk" is the state, unless it is drunk on something that is no drink ("drunk on
# it", "drunk on scarlet coats") or the participle of drinking nothing but coffee.
_DRINK_NAMES = (
    r"(?:wine|ale|beer|gin|whisky|whiskey|rum|brandy|vodka|cider|lager|sherry|port|mead|"
    r"champagne|prosecco|bourbon|scotch|tequila|absinthe|spirits?|booze|liquor|claret|punch|"
    r"madeira|rioja|cocktails?|shots|pints?|drink|alcohol|moonshine|grog|sake|schnapps|"
    r"whiskies|beers|wines|merlot|chardonnay|pinot|shiraz|malbec|sauvignon|riesling|ros[eé]|"
    r"red|white|plonk|vino|lambrini|grappa|ouzo|sambuca|cava|lager|stout|porter|bitter)"
)
_add(
    SB,
    0.9,
    "drunk",
    after=r"(?! (?:on|with) (?!(?:[\w'’-]+ ){0,3}" + _DRINK_NAMES + r"\b))(?! (?:nothing|only|"
    r"(?:\w+ ){0,2}(?:tea|coffee|water|milk|cocoa|lemonade|juice|broth)\b))",
)
# Stoned on something, not stoned fruit or stoned to death.
_add(
    SB,
    0.9,
    "stoned",
    after=r"(?i:(?! (?:\w+ )?(?:cherries|cherry|olives?|dates|plums?|fruits?|apricots?|peach(?:es)?"
    r"|"
    r"prunes?|mangoes|to death|by|with|and (?:pitted|halved|chopped))\b))"
    # (nor a person stoned by a crowd: "stoned the woman in the square")
    r"(?! (?:him|her|them|the (?:woman|man|prophet|adulteress|martyr|girl|boy|thief|witch|"
    r"heretic|saint|stranger|messenger|prisoner|sinner))\b)",
)
_add(
    SB, 0.9, "intoxicated", after=r"(?! (?:with|by) (?!(?:[\w'’-]+ ){0,3}" + _DRINK_NAMES + r"\b))"
)
_add(
    SB,
    0.9,
    "crack coke",
    after=r"(?: cocaine| pipe| den| house| dealer| habit| addict|head| whore| and (?:heroin|"
    r"smack|coke)|(?:,)? (?:heroin|smack))\b",
)
_add(
    SB,
    0.9,
    "crack coke",
    needs=r"\b(?:smok(?:e|ed|ing)|on|bag of|bags of|line of|lines of|gram of|grams of|"
    r"snort(?:ed|ing)?|do|did|doing|sell|selling|sold|deal(?:ing)?|buy|bought|score|scored|"
    r"rock of|rocks of) (?:crack|coke)\b(?! (?:of|between|open|along|across|like|or|"
    r"and (?:lemonade|crisps)|can|cans|bottle|float))",
)
_add(
    SB,
    0.9,
    "joint joints spliff spliffs bong bongs",
    needs=r"\b(?:roll(?:s|ed|ing)?|smok(?:e|es|ed|ing)|lit|light(?:s|ed)?|pass(?:es|ed|ing)?|"
    r"shar(?:e|es|ed|ing)|toke|puff(?:s|ed)?|drag|weed|stoned|high|held out|hold(?:s|ing)? out|"
    r"hand(?:s|ed|ing)?|offer(?:s|ed|ing)?) (?:\w+ ){0,3}"
    r"(?:joints?|spliffs?|bongs?)\b|\b(?:joints?|spliffs?|bongs?) (?:\w+ ){0,4}(?:smoke|"
    r"stoned|weed|toke|puff|lit|high|drag)|\bspliffs?\b|\bbongs?\b",
)
_add(
    SB,
    0.6,
    "morphine",
    after=r"(?i:(?<!given morphine)(?<!prescribed morphine)(?<!administered morphine)"
    r"(?<!of morphine)(?! (?:via|drip|pump|through|was (?:given|administered)|for (?:the|her|his|"
    r"my|their) pain)\b))",
)

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
# A room that smells of weed has had it smoked in it (not of weedkiller).
_add(
    SB,
    0.9,
    "weed",
    needs=r"\b(?:smell(?:s|ed|ing|t)?|stank|stink(?:s|ing)?|reek(?:s|ed|ing)?|whiff|fug|"
    r"haze|fog|cloud) (?:\w+ )?(?:of )?(?:stale )?weed\b(?![- ]?(?:killer|whacker|"
    r"cutter|spray|s\b))",
)

# Recovery: the words of it, each needing another of them (a word is not its own company).
_RECOVERY = (
    r"drink|drinking|drunk|drugs?|pills|using|clean|relapsed?|relapsing|rehab|withdrawals?|"
    r"sober|sobriety|aa|na|meetings?|sponsor|detox|twelve steps|12 steps|wagon|booze|alcohol|"
    r"heroin|methadone|shakes|sweats|cravings?|a drink|using again"
)
# "Sober" in a story is nearly always sober as against drunk; not the sober suit, the
# sober truth, or sobering someone with news.
_add(
    SB,
    0.6,
    "sober",
    after=r"(?! (?:him|her|them|me|us|you|suit|colou?rs?|grey|gray|black|dress|tones?|voice|"
    r"reflection|truth|assessment|mood|face|expression|judge?ment|fact|look|style|prose|"
    r"analysis|second thoughts|head|heads|mind|minds|sense|counsel|habits|piety|"
    r"respectability|business|tone|account|estimate|realism|men of business)\b)(?!-minded)",
)
_add(
    SB,
    0.6,
    "withdrawal withdrawals",
    after=r"(?i:(?! (?:of|from (?:the|society|school|public|office|politics|competition|"
    r"the world|the race|the treaty|the eu|the union))\b))",
    needs=r"\b(?:" + _RECOVERY.replace("withdrawals?|", "") + r"|shaking|sweating|shivering|"
    r"cold turkey|vomiting|puking|itching|(?:went|going|go|goes) through withdrawals?|"
    r"(?:in|into) withdrawals?|withdrawals? (?:symptoms|kicked in|hit))\b",
)
_add(SB, 0.9, "sobriety")
_add(
    SB,
    0.9,
    "rehab",
    after=r"(?i:(?!.{0,60}\b(?:physio\w*|exercises?|knee|ankle|hip|shoulder|hamstring|acl|"
    r"surgery|operation|injury|stroke|wildlife|hedgehogs?|owls?|birds?)\b)(?<!physical rehab)"
    r"(?<!knee rehab)(?<!wildlife rehab))",
)
_add(
    SB,
    0.9,
    "clean sober",
    needs=r"\b(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"eighteen|twenty|thirty|forty|fifty|sixty|ninety|hundred|few|several|many|nearly|almost) "
    r"(?:\w+ )?(?:days?|weeks?|months?|years?) (?:clean|sober)\b|\b(?:i|he|she|they|we|you|i've|i'd"
    r"|"
    r"he'd|she'd|he's|she's|they've|we've|you've|i'm) (?:\w+ ){0,2}(?:clean|sober) for "
    r"(?:\w+ ){1,2}(?:days?|weeks?|months?|years?)\b(?! ago)|\bsober for (?:\w+ ){1,2}"
    r"(?:days?|weeks?|months?|years?)\b|\b(?:clean|sober|dry) of (?:the )?(?:drink|booze|"
    r"drugs|gear|smack|heroin|pills|alcohol)\b)",
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
# Drink and drugs abused or misused ("years of alcohol abuse", "she abused painkillers").
_ABUSED_SUBSTANCE = (
    "alcohol drink drug drugs substance substances solvent solvents steroid steroids opioid "
    "opioids opiates painkiller painkillers pills cocaine heroin cannabis amphetamines laudanum"
)
_add(
    SB,
    0.9,
    _ABUSED_SUBSTANCE,
    # (someone's: "his", "years of", "rehab for"; not a talk on drug abuse)
    needs=r"\b(?:his|her|their|my|your|our|of|with|for|from) (?:\w+ )?(?:alcohol|drug|substance|"
    r"solvent|steroid|opioid|opiate|painkiller|cocaine|heroin|cannabis|prescription drug) "
    r"(?:abuse|misuse)\b|\b(?:abus|misus)(?:e|ed|es|ing) (?:of )?"
    r"(?:\w+ )?(?:alcohol|drink|drugs|substances|solvents|steroids|opioids|opiates|painkillers|"
    r"pills|cocaine|heroin|cannabis|amphetamines|laudanum)\b",
)

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
    r"\b(?! (?:the|a|an|my|his|her|your|their|it|them|this|that|what|whatever|words?|\w+ing)\b)",
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
    r"cannabis)\b(?![- ]?(?:killer|spray|gum|gums|vinegar|sauce|cask|barrel|cellar|cupboard))",
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
    needs=r"\b(?:(?:was|were|is|are|been|be|back|gone|went|straight|'s|'re) on|with|hit|hitting|"
    r"hits|took to|taken to|fond of|crawled into|off) the bottle\b(?! (?:of|cap|top|opener|was|"
    r"broke|smashed))",
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

# Drinking told by how much: "three pints past sensible", "four sherries", "two bottles of
# rioja down", "by his third glass", "no clue how many tequilas".
_NUMBER = (
    r"(?:two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of|too many|"
    r"how many|another|many|\d+)"
)
_add(
    SB,
    0.6,
    "pints beers sherries ports whiskies whiskeys brandies gins vodkas tequilas ciders lagers "
    "ales jägerbombs jagerbombs sambucas proseccos rums bourbons margaritas martinis",
    needs=r"\b" + _NUMBER + r" (?:\w+ )?(?:pints|beers|sherries|ports|whiske?y?s|whiskies|"
    r"brandies|gins|vodkas|tequilas|ciders|lagers|ales|j[aä]gerbombs|sambucas|proseccos|rums|"
    r"bourbons|margaritas|martinis)\b",
)
_add(
    SB,
    0.6,
    "glass glasses bottle bottles",
    needs=r"\b(?:(?:third|fourth|fifth|sixth|umpteenth) (?:\w+ )?glass|"
    r"(?:two|three|four|five|six|half a|a whole|an entire|half|several|most of a) (?:\w+ )?"
    r"(?:bottles?|glasses) of (?:\w+ )?(?:the )?(?:\w+ )?" + _DRINK_NAMES + r"|"
    r"(?:bottles?|glasses) of (?:\w+ )?(?:\w+ )?" + _DRINK_NAMES + r" (?:down|later|in)|"
    r"split (?:a|another|the) bottle|(?:second|third) bottle (?:is|was) (?:open|opened)|"
    r"(?:took|had|drank|downed) (?:two|three|four|five|six) (?:glasses|more)\b)",
)
_add(
    SB,
    0.45,
    "madeira rioja lambrini merlot chardonnay pinot shiraz malbec sauvignon riesling rosé "
    "grappa ouzo raki schnapps moonshine poteen hooch grog arrack kvass baijiu soju",
)
_add(SB, 0.9, "bloody", after=r" marys?\b")
_add(SB, 0.9, "dog", needs=r"\bhair of the dog\b")
_add(
    SB,
    0.6,
    "decanter",
    needs=r"\b(?:drank|drinking|drain(?:ed|ing)|emptied|nose|red|"
    r"smell(?:ed|s)?|another glass|poured (?:himself|herself))\b",
)

# Drunk, in the words people use for it.
_add(
    SB,
    0.9,
    "legless sloshed paralytic bladdered rat-arsed steaming blotto sozzled plastered "
    "wankered trolleyed mullered slaughtered",
    needs=r"\b(?:was|were|am|is|are|got|get|getting|gets|be|been|absolutely|completely|"
    r"totally|so|too|half|utterly|properly|bit) (?:\w+ )?(?:legless|sloshed|paralytic|bladdered|"
    r"rat-arsed|steaming|blotto|sozzled|plastered|wankered|trolleyed|mullered|slaughtered)\b"
    r"(?! (?:with|in|by|to|against|across|over|down|flat|back|onto|into|all over|on (?:the|a|his|"
    r"her|their|every) \w+|hot|cup|bath|kettle|pot|mug|pan|water|soup|tea|coffee|wet)\b)",
)
_add(
    SB,
    0.9,
    "pissed",
    needs=r"\b(?:pissed (?:as a (?:newt|fart|lord|rat)|on (?:\w+ )?(?:the )?(?:free |open )?"
    r"(?:bar|cider|lager|beer|wine|vodka|gin|whisky|rum|tequila|booze|drink|champagne|punch|"
    r"cans|pints)|out of (?:his|her|their|my|your) (?:head|mind|skull|face|tree))|"
    r"(?:got|get|getting|gets) (?:absolutely |completely |totally |so |well |really )?pissed\b"
    r"(?! (?:off|at|with|about|that|because|when))|pissed-up|pissed up)",
)
_add(
    SB,
    0.9,
    "off out",
    after=r" (?:of )?(?:his|her|their|my|your|our) (?:face|faces|head|heads|tits|nut|box|trolley)"
    r"(?: on \w+)?\b",
    needs=r"\b(?:was|were|is|are|am|'s|'re|'m|been|being|completely|totally|absolutely|get|got|"
    r"getting|proper|properly|so|fucking|off|out) (?:off|out of) (?:his|her|their|my|your|our) "
    r"(?:faces?|tits|nut|box|trolley)\b|\b(?:off|out of) (?:his|her|their|my|your|our) "
    r"(?:faces?|heads?|tits|nut|box|trolley) on (?:\w+ )?(?:pills|coke|drink|booze|vodka|gin|wine|"
    r"cider|speed|ketamine|ket|mdma|something|drugs|acid|weed|e|ecstasy|smack|whatever|lager|"
    r"cans|pints)\b",
)
_add(
    SB,
    0.6,
    "wasted",
    needs=r"\b(?:so|completely|totally|absolutely|fucking|getting|get|got|"
    r"proper|properly|were|was) (?:\w+ )?wasted\b(?! (?:on|no|time|money|effort|years?|"
    r"days?|hours?|chance|opportunity|food|breath|talent|life))",
)
_add(SB, 0.6, "sleep sleeping slept", after=r" it off\b")
_add(SB, 0.6, "pub", after=r" crawl\b|s? (?:till|until) (?:closing|chucking-out)")
_add(SB, 0.6, "tanked", after=r" up\b")

# Hangover told by its symptoms, the morning after.
_add(
    SB,
    0.6,
    "head",
    after=r" (?:like|full of) (?:a |an )?(?:\w+ )?(?:marching band|brass band|drum|drums|"
    r"jackhammer|pneumatic drill|building site|woodpecker|cement mixer)\b",
)

# Drugs: slang and paraphernalia.
_add(SB, 0.9, "methadone k-hole bong bongs spliff spliffs pingers pingas k-holed")
_add(
    SB,
    0.6,
    "ket",
    needs=r"\b(?:bag of|gram of|some|on|did|do|doing|bump of|line of|plug for) ket\b",
)
_add(
    SB,
    0.6,
    "cones",
    needs=r"\b(?:a few|some|had|smoked|pack(?:ed)?|pull(?:ed)?|did) (?:a few )?cones\b",
)
# Skunk the weed, not the animal under the porch.
_add(
    SB,
    0.9,
    "skunk",
    needs=r"\b(?:smok(?:e|es|ed|ing)|bag of|bags of|gram of|some|puff(?:s|ed|ing)? on|"
    r"grow(?:s|ing)?|grew|sell(?:s|ing)?|sold|bought|buy(?:ing)?|scor(?:e|ed|ing)) "
    r"(?:\w+ )?skunk\b",
)
_add(
    SB,
    0.9,
    "pills pill",
    needs=r"\b(?:popped|popping|dropped|dropping) (?:a |some |two |three |another |her |his )?"
    r"pills?\b|\bpills? (?:in|at|outside) (?:a |the )?(?:club|rave|festival|warehouse|party)\b|"
    r"\b(?:rave|raves|warehouse party|strobes|club toilets|dancefloor)\b.{0,60}\bpills?\b|"
    r"\bpills?\b.{0,60}\b(?:rave|strobes|dancefloor|loved everyone|gurning|come up|coming up)\b",
)
_add(
    SB,
    0.6,
    "powder",
    needs=r"\b(?:bags? of|baggies? of|wraps? of|lines? of|gram of|grams of|kilos? of|bumps? of) "
    r"(?:white |the )?powder\b|\bpowder\b.{0,40}\b(?:nose|snort\w*|rolled(?:-up)? "
    r"(?:note|banknote|bill)|mirror|deal)\b",
)
_add(
    SB,
    0.9,
    "rocks",
    needs=Near(
        r"\b(?:corners?|dealers?|pipes?|crack|estate|tenner|score|baggies|wraps|crisp packet|"
        r"fiends?|junkies|users|punters|stash|re-?up|cops)\b",
        r"\b(?:sold|selling|sell|sells|smoked|smoking|bought|buying|cooked|cooking) rocks\b"
        r"(?! (?:at|into|down|from the (?:beach|river|shore|quarry)))",
    ),
)
_add(SB, 0.9, "crystal", after=r" meth\b")
_add(
    SB,
    0.9,
    "crystal",
    needs=r"\b(?:on the|smoking|smoked|smoke|cooking|cooked|cook) crystal\b"
    r"(?! (?:ball|glass|vase|chandelier|decanter|goblets?|clear))",
)
_add(
    SB,
    0.9,
    "mushrooms shrooms",
    needs=r"\b(?:magic|psilocybin) mushrooms\b|\bmushrooms? (?:come|came|kicked|kick|kicking|"
    r"coming|started|hit) (?:on|in)\b|\b(?:ate|eating|took|taking|on) (?:the |some )?"
    r"(?:magic )?(?:mushrooms|shrooms)\b(?! (?:on toast|with|and (?:eggs|bacon|toast)|risotto|"
    r"soup|in (?:butter|garlic)))",
)
_add(
    SB,
    0.9,
    "tramadol codeine oxy oxycontin percocet vicodin fentanyl diazepam valium benzos benzodiazepine"
    "s "
    "painkillers sleeping",
    needs=r"\b(?:left over|leftovers?|stole|stolen|stealing|nicked|crushed|crushing|snorted|"
    r"hoarded|hoarding|stash|stashed|hooked|addicted|dependent|habit|more than (?:the|it) said|"
    r"double (?:the|my|his|her) dose|another (?:doctor|prescription)|bathroom cabinet|"
    r"(?:nan|gran|mum|mother|dad)'?s? (?:\w+ )?(?:cabinet|prescription|pills))\b",
)
_add(
    SB,
    0.6,
    "steroids",
    needs=r"\b(?:inject(?:ing|ed|s)?|jab(?:s|bing|bed)?|cycle|cycles|cycling|on|juicing|roids?) "
    r"(?:\w+ )?steroids\b|\bsteroids\b.{0,40}\b(?:gym|needle|jabs?|inject\w*)\b",
)
_add(
    SB,
    0.9,
    "glue solvents aerosols",
    needs=r"\b(?:sniff(?:ing|ed|s)?|huff(?:ing|ed|s)?|inhal(?:ing|ed|e)) (?:\w+ )?(?:glue|"
    r"solvents|aerosols|gas|lighter fluid|petrol|paint thinners?)\b",
)
_add(
    SB,
    0.6,
    "kilos kilo",
    needs=r"\b(?:kilos?|keys) of (?:coke|cocaine|heroin|smack|weed|hash|cannabis|meth|powder)\b|"
    r"\b(?:customs|sniffer dog|drug dog|smuggl\w+|trafficking|mule)\b.{0,80}\bkilos?\b|"
    r"\bkilos?\b.{0,60}\b(?:sewn|stitched|hidden|taped|smuggl\w+|lining|customs)\b",
)
_add(
    SB,
    0.9,
    "dealer dealers",
    needs=r"\b(?:(?:drug|coke|smack|weed|crack|heroin|pill|street|small-time|local|his|her|my|"
    r"their|your|the) dealers?)\b(?! (?:of|at (?:the )?(?:casino|table)|shoe|'s (?:hand|"
    r"table))|(?:antiques?|art|car|arms|card|horse|scrap|cattle|second-hand|coin|book|wine|"
    r"furniture|property|timber|fish|diamond))(?<!antique dealer)(?<!car dealer)",
)
_add(
    SB,
    0.6,
    "detox",
    needs=r"\bdetox(?:ing|ed)? (?:nurse|unit|ward|clinic|centre|center|"
    r"programme|program|facility|bed)\b|\b(?:in|into|through|out of|day \w+ of) detox\b|"
    r"\bdetox(?:ing|ed)? (?:from|off) (?:\w+ )?(?:heroin|alcohol|booze|drugs|opioids|pills|"
    r"methadone|the drink)\b",
)
_add(SB, 0.6, "comedown comedowns")
_add(
    SB,
    0.6,
    "shakes",
    needs=r"\b(?:the|got the|had the|morning) shakes\b.{0,80}\b(?:drink|"
    r"drug|drugs|bottle|whisky|vodka|gin|fix|sweats|detox|withdrawal|withdrawals|hair of)\b|"
    r"\b(?:drink|bottle|whisky|vodka|gin|fix|sweats|detox|withdrawals?)\b.{0,80}\bthe shakes\b",
)
_add(
    SB,
    0.9,
    "wagon",
    after=r"(?: again)?\b",
    needs=r"\b(?:on|off|fell off|falling off|fall off|"
    r"back on) the wagon\b",
)
# Signing the pledge is abstaining; breaking it is the drink.
_add(
    SB,
    0.6,
    "pledge",
    needs=r"\b(?:broke|broken|breaking) the pledge\b|\bpledge\b.{0,60}"
    r"\b(?:broke|broken) it\b",
)
_add(
    SB,
    0.9,
    "chip coin token chips coins tokens medallion",
    needs=r"\b(?:sobriety|aa|na|recovery|one-year|ninety-day|thirty-day|\d+-day|\d+-year) "
    r"(?:chips?|coins?|tokens?|medallions?)\b",
)
_add(
    SB,
    0.6,
    "sponsor",
    needs=r"\b(?:my|her|his|their|your) sponsor\b.{0,80}\b(?:meeting|"
    r"sober|sobriety|drink|using|clean|relapse|days|steps?|aa|na)\b|\b(?:meeting|sober|"
    r"sobriety|drink|drinking|using|clean|relapse|aa|na)\b.{0,80}\b(?:my|her|his|their|your) "
    r"sponsor\b",
)
_add(
    SB,
    0.9,
    "relapse relapsed relapsing",
    needs=r"\b(?:drink|drinking|drunk|using|drugs?|"
    r"heroin|pills|bottle|sober|sobriety|clean|meeting|sponsor|booze|vodka|gin|wine|beer)\b",
)

# The law and the clinic on drink and drugs.
_add(
    SB,
    0.9,
    "breathalyser breathalyzer breathalysed breathalyzed drink-driving drink-drive drunk-driving",
)
_add(SB, 0.9, "breath", after=r" tests?\b")
_add(SB, 0.9, "excess", after=r" alcohol\b")
_add(
    SB,
    0.9,
    "limit",
    needs=r"\b(?:over|twice|three times|above) the (?:legal |drink-drive |"
    r"drink driving )?limit\b",
)
_add(
    SB,
    0.9,
    "possession",
    after=r" of (?:heroin|cocaine|crack|cannabis|class (?:a|b)|a controlled|"
    r"drugs|controlled|\w+ grams)\b",
)
_add(SB, 0.9, "supply", needs=r"\bintent to supply\b")
_add(
    SB,
    0.6,
    "needles",
    needs=r"\b(?:used|dirty|shared|sharing|discarded) needles\b|"
    r"\bneedle exchange\b",
)
# Passed out among the evidence: the empties, the broached cask.
_add(
    SB,
    0.6,
    "cans empties tinnies",
    needs=r"\b(?:asleep|snoring|passed out|slumped|sprawled|comatose)\b.{0,60}\b(?:(?:empty|"
    r"crushed) (?:beer |lager |cider )?cans|empties|tinnies)\b|\b(?:(?:empty|crushed) (?:beer |"
    r"lager |cider )?cans|empties|tinnies)\b.{0,60}\b(?:asleep|snoring|passed out|slumped|"
    r"sprawled|comatose)\b",
)
_add(
    SB,
    0.6,
    "broached tapped stove",
    after=r" (?:in )?(?:the |a |another )?(?:\w+ )?(?:cask|casks|keg|kegs|barrel|hogshead)\b",
    needs=r"\b(?:rum|brandy|spirits?|ale|beer|wine|gin|whisky|drunk|sing|singing|stand|"
    r"upright|roaring|bawling|staggering)\b",
)
_add(
    SB,
    0.6,
    "passed",
    after=r" out\b",
    needs=r"\b(?:drunk|drink|drinks|drinking|bottles?|pints|shots|vodka|whisky|whiskey|gin|rum|"
    r"wine|beer|cider|tequila|booze|party|cans)\b",
)
_add(SB, 0.6, "pinned pinpoint pinprick", after=r" (?:pupils|eyes)\b")
_add(
    SB,
    0.9,
    "injecting injected inject",
    after=r" (?:heroin|smack|speed|meth|steroids|drugs|"
    r"cocaine|morphine|himself|herself|myself|themselves)\b(?! (?:with (?:insulin|the "
    r"vaccine)))",
)


# Drugs by their ways: lines off a mirror, a vein found and the plunger pressed, old punctures
# on a forearm, the molly brought to a party.
_add(
    SB,
    0.9,
    "lines line",
    needs=r"\b(?:lines?|bumps?) (?:off|of|from|on) (?:the|a|his|her|my|their) (?:bathroom |"
    r"compact )?(?:mirror|cistern|toilet seat|toilet lid|phone screen|coffee table|hand mirror|"
    r"compact|credit card|key)\b|\bracked up (?:a |two |three |some |another )?lines?\b|"
    r"\bcut (?:a |two |three |some |another )?lines? (?:on|with) (?:the|a|his|her|my|their) "
    r"(?:credit card|mirror|table|card)\b",
)
_add(
    SB,
    0.6,
    "vein plunger punctures puncture",
    needs=r"\bfound a (?:good )?vein\b|\b(?:pressed|pushed|depressed|eased) the plunger (?:home|"
    r"down|in)\b|\b(?:old |fresh |tiny |little )?(?:punctures|puncture marks|needle marks)\b"
    r"[^.!?]{0,40}\b(?:forearm|arm|arms|vein|veins|elbow|wrist|hand)\b|\b(?:forearm|arm|arms|"
    r"vein|veins|elbow)\b[^.!?]{0,40}\b(?:punctures|puncture marks|needle marks)\b",
)
_add(SB, 0.6, "molly", needs=r"\b(?:the|some|bring|brought|got|get|took|take|drop|dropped) molly\b")

# ---- substance use, second pass: families of phrasing found missing on new text -----------
# Drinking told by the pouring and the sipping: "poured himself a glass of port", "sipped her
# wine", "ordered another pint" (not wine poured on a hearthstone for the gods, nor tea; only
# the names that are never paint, a dress or someone's spirits).
_BOOZE = (
    r"(?:wine|wines|ale|ales|beer|beers|gin|gins|whisky|whiskey|whiskies|rum|brandy|vodka|"
    r"cider|lager|lagers|sherry|sherries|port|mead|champagne|prosecco|bourbon|scotch|tequila|"
    r"absinthe|booze|liquor|claret|madeira|rioja|cocktails?|martinis?|margaritas?|mojitos?|"
    r"moonshine|grog|sake|schnapps|merlot|chardonnay|pinot|shiraz|malbec|sauvignon|riesling|"
    r"ros[eé]|plonk|vino|grappa|ouzo|sambuca|cava|cognac|armagnac|calvados|negroni|"
    r"gin and tonic|g&t|pints?|(?<!espresso )(?<!coffee )shots|double whisky|large one|stiff one)\b"
    r"(?! (?:vinegar|gums?|sauce|gravy|glass|glasses|bottle|bottles|cake|trifle|jelly|stain|"
    r"barrel|cask|list|cellar|rack|cooler|opener|region|country|shop)\b)"
)
_add(
    SB,
    0.6,
    "poured pours pouring",
    after=r" (?:himself|herself|myself|yourself|themselves|ourselves|me|him|her|them|us|you|"
    r"another|a|two|three|out|the|his|her|their) (?:\w+ ){0,3}?(?:(?:glass|glasses|measure|"
    r"tumbler|finger|fingers|shot|double|snifter|nip|dram|tot|cup|goblet|mug|bowl|flute|"
    r"flutes|tankard|jug) (?:of )?(?:\w+ )?)?" + _BOOZE + r"(?! (?:on|onto|over|into) (?:the )?"
    r"(?:hearth|hearthstone|ground|earth|altar|grave|fire|sand|stone|roots|pan|stew|sink|"
    r"drain|plants?))",
)
_add(
    SB,
    0.6,
    "poured pours pouring",
    after=r" (?:himself|herself|myself|yourself|themselves|ourselves|me|him|her|them|us) "
    r"(?:a|another) (?:\w+ )?(?:drink|large one|stiff one|double|measure|finger|fingers|nip|"
    r"dram|snifter|tot|nightcap)\b(?! of (?:water|milk|juice|lemonade|squash|tea|coffee))",
)
_add(
    SB,
    0.6,
    "sipped sipping sips sip nursed nursing ordered ordering gulped gulping swallowed "
    "drained draining swirled swirling clinked",
    after=r" (?:his|her|their|my|your|a|an|the|another|one more|some|more|two|three|"
    r"four) (?:\w+ ){0,2}?(?:(?:glass|glasses|pint|pints|measure|tumbler|snifter|dram|goblet|"
    r"tankard|flute|flutes|bottle|mug|cup) (?:of )?(?:\w+ )?)?" + _BOOZE,
)
_add(
    SB,
    0.6,
    "knocked knocking knocks threw throwing",
    after=r" back (?:a|an|the|his|her|their|another|two|three|four|several|the rest of the) "
    r"(?:\w+ ){0,2}?(?:(?:glass|pint|measure|tumbler|bottle|can) (?:of )?)?" + _BOOZE,
)
_add(
    SB,
    0.6,
    "drink drinks",
    after=r"(?! (?:of|to) (?:water|tea|coffee|milk))",
    needs=r"\b(?:a stiff|a strong|a large|a double|one too many|a few|several|two|three|four|"
    r"five|six|seven|eight|nine|ten|\d+) (?:more )?drinks? (?:in|down|deep|later|and)\b|"
    r"\b(?:stiff|strong) drinks?\b|\b(?:another|one more) drink\b(?! of (?:water|tea|coffee|"
    r"milk|juice))|\b(?:took|taken|take|taking|turned|turning|driven|drove|drive|drives|"
    r"given) (?:\w+ )?to (?:the )?drink\b|\b(?:fond of|weakness for|the curse of|the demon|"
    r"smell of|stink of|reek of|reeking of|stank of|smelled of|smelt of|worse for|too much to|"
    r"under the influence of) (?:the )?drink\b",
)
_add(
    SB,
    0.6,
    "drinks drank drinking drink",
    after=r" (?:far |way |much |a bit |a little )?too much\b(?! (?:coffee|tea|water|cola|coke|"
    r"caffeine|milk|juice|pop|soda|fizzy|energy|red bull|squash|lemonade)\b)",
)
_add(
    SB,
    0.6,
    "one",
    after=r" too many(?:\s*[,.;!?]|\s*$| (?:drinks?|pints?|beers?|glasses|shots|whiskies|"
    r"sherries|at (?:the|his|her)|last night|again|tonight)\b)",
)
_add(SB, 0.45, "nightcap nightcaps")
# "he'd drink himself stupid every Friday", "drinking herself into an early grave"
_add(
    SB,
    0.9,
    "drink drinks drinking drank drunk",
    after=r" (?:himself|herself|myself|themselves|yourself|ourselves) (?:into (?:a stupor|"
    r"oblivion|an early grave|the ground|a coma)|stupid|senseless|silly|unconscious|insensible|"
    r"blind|to death|under the table|to sleep)\b",
)
_add(SB, 0.9, "skinful")

# Drunk, in more of the words people use: old and new ("in his cups", "the worse for drink",
# "on the lash", "bevvied", "well oiled", "a bender", "drunk-texted").
_add(SB, 0.9, "cups", needs=r"\bin (?:his|her|their|my|your|our) cups\b")
_add(
    SB,
    0.9,
    "drink liquor wine ale gin",
    needs=r"\b(?:well|much|far|deep|deeply|half|somewhat) in (?:drink|liquor|wine|ale|gin)\b|"
    r"\bthe worse for (?:drink|liquor|wine|ale|gin)\b",
)
_add(
    SB,
    0.9,
    "lash piss sauce razz",
    needs=r"\b(?:on|off|hit|hitting|hits|go|going|went|been) (?:on )?the "
    r"(?:lash|piss|sauce|razz)\b",
)
_add(
    SB,
    0.9,
    "bender benders",
    needs=r"(?<!fender )(?<!fender-)\b(?:on|off|from|after|of) (?:a|his|her|their|my|the|one|"
    r"another) (?:\w+ ){0,2}benders?\b|\b(?:\w+-day|\w+-week|drinking|whisky|whiskey|vodka|"
    r"booze|coke|cocaine|crack|meth|gin|week-long|weeklong|three-day|two-day) benders?\b",
)
_add(SB, 0.6, "bevvied bevvy bevvies")
_add(
    SB,
    0.6,
    "oiled well-oiled",
    needs=r"\bwell[- ]oiled\b(?! (?:machine|machines|hinges?|doors?|engines?|guns?|gate|lock|"
    r"mechanism|team|operation|routine|wheels?|chain|bearings?|leather|saddle|boots?))",
)
_add(
    SB,
    0.9,
    "drunk-texted drunk-text drunk-texting drunk-dialled drunk-dialed drunk-dial drunk-dialling "
    "drunk-called pre-drinks predrinks pre-drinking pregaming pre-gaming drunkard drunkards "
    "tippler tipplers tippling tippled carousing caroused",
)
_add(SB, 0.6, "sot sots toper topers tosspot souse")
_add(
    SB,
    0.6,
    "drinker drinkers",
    needs=r"\b(?:heavy|hard|problem|secret|serious|binge|big|"
    r"functioning|solitary|daytime|steady|morning) drinkers?\b",
)
_add(
    SB,
    0.9,
    "heavily",
    needs=r"\b(?:drinking|drank|drinks|drink|drunk|boozing|using) (?:\w+ )?heavily\b",
)
_add(SB, 0.9, "binge", after=r"[- ](?:drinking|drank|drink|drinks|drinker|drinkers)\b")
_add(
    SB,
    0.9,
    "drinking",
    after=r" (?:problem|binge|buddy|buddies|session|sessions|game|games|"
    r"den|habit|spree)\b",
)
_add(
    SB,
    0.9,
    "influence",
    needs=r"\bunder the influence\b(?! of (?!(?:\w+ )?(?:alcohol|drink|"
    r"drugs|liquor|a controlled|narcotics|substances|something)))",
)
_add(SB, 0.9, "dui dwi", needs=r"\b(?:dui|dwi)s?\b")
_add(
    SB,
    0.6,
    "necked necking swigged swigging swig swigs glugged glugging chugged chugging chug chugs",
    after=r" (?:from |of |at )?(?:the (?:rest of the )?|a |his |her |their |my |another |half "
    r"(?:a|the) )?(?:(?!water|milk|juice|lemonade|squash|soda|pop|coke|cola|tea|coffee|sports|"
    r"protein|energy)\w+ )?(?:bottle|pint|can|cans|beer|beers|lager|cider|wine|drink|flask|"
    r"hip-flask|hipflask|tinnie|tinny|tins|"
    + _BOOZE[3:]
    + r"(?<!water bottle)(?! of (?:water|milk|juice|lemonade|squash|pop|coke|cola|soda|tea|"
    r"coffee))",
)
_add(
    SB,
    0.45,
    "slurring slurred",
    after=r"(?! (?:with (?:sleep|exhaustion|fatigue|pain|tiredness)|from the (?:anaesthetic|"
    r"anesthetic|stroke|medication|concussion)))",
)
_add(
    SB,
    0.6,
    "staggered lurched weaving reeled staggering lurching",
    needs=r"\b(?:from|out of|home from|back from|into|out of the) (?:the |a )?(?:pub|bar|tavern|"
    r"inn|alehouse|gin palace|saloon|club|party|boozer|offie|off-licence|wine bar)\b",
)
_add(
    SB,
    0.6,
    "blacked",
    after=r" out\b",
    needs=r"\b(?:drunk|drink|drinks|drinking|drank|vodka|whisky|whiskey|gin|rum|tequila|"
    r"shots|booze|wine|beer|pints|cans|bottle|party)\b",
)

# Drinking as a way of life: a slave to the bottle, turning to it, reaching for it.
_add(
    SB,
    0.6,
    "bottle",
    needs=r"\b(?:slave to|turned to|turning to|turns to|reached for|reaching for|reaches for|"
    r"comfort in|solace in|crawl into|crawled into|climbed into|hid in|hiding in|drowned in|"
    r"lost to|married to|love affair with) the bottle\b(?! (?:of|cap|top|opener|of water))",
)

# High: the states and the slang of them ("baked", "coked up", "strung out", "on the nod").
_add(
    SB,
    0.9,
    "baked",
    needs=r"\b(?:(?:i|he|she|we|they|you) (?:was|were|am|is|are|got|get|getting)|i'm|he's|"
    r"she's|we're|they're|you're) (?:so |completely |totally |fully |absolutely |pretty |still |"
    r"fucking )?baked\b(?! (?:beans|potato|potatoes|goods|bread|in|at|for|until|with|on|a|"
    r"the|some|by|and (?:iced|decorated|cooled))\b)|\bbaked out of (?:his|her|their|my|your) "
    r"(?:mind|minds|skull|head|gourd)\b",
)
_add(SB, 0.9, "coked coked-up zooted methed", after=r"(?!-?cola)")
_add(
    SB,
    0.9,
    "hopped jacked amped wired",
    after=r" up on (?!(?:caffeine|coffee|sugar|energy drinks?|red bull|adrenaline|adrenalin|"
    r"espresso|excitement|nerves|pride|anger|rage)\b)(?:\w+ )?(?:pills|coke|speed|meth|drugs|"
    r"something|uppers|amphetamines|whatever|crack|molly|mdma|adderall|ketamine|ket)\b",
)
_add(
    SB,
    0.9,
    "strung",
    after=r"[- ]out\b(?! (?:along|across|over|behind|between|in|like|down|up|through|around|"
    r"round|for|from|into|before|ahead|beneath|under)\b)",
    needs=r"\b(?:was|were|is|are|am|'m|'s|'re|been|being|looked|looking|looks|get|got|getting|"
    r"so|completely|totally|half|always|too|junkie|addict|strung-out) (?:\w+ )?strung[- ]out\b",
)
_add(SB, 0.9, "nod", needs=r"\bon the nod\b")
_add(SB, 0.6, "nodding nodded", after=r" out\b(?! (?:of|the|into|onto|through|at|to)\b)")
_add(
    SB,
    0.6,
    "tweaking tweaked",
    needs=r"\b(?:was|is|were|are|'s|'re|been|started|start|starts|kept|still) tweaking\b"
    r"(?! (?:the|a|an|his|her|it|my|their|your|some|this|that)\b)|\btweak(?:ed|ing) out\b",
)

# Drugs: slang names and ways of taking them.
_add(
    SB,
    0.9,
    "hashish benzos barbiturates quaaludes rohypnol roofies mescaline peyote ayahuasca "
    "psilocybin amphetamine methamphetamines ganja reefer reefers speedball speedballs "
    "smackhead smackheads skag scag percs oxys roxies ghb pcp suboxone subutex "
    "krokodil carfentanil crackheads cokehead cokeheads pothead potheads "
    "methhead methheads tweaker tweakers druggie druggies druggy dopesick dope-sick "
    "dopehead dopeheads naloxone narcan sizzurp pingers mainlining mainlined "
    "skin-popping jonesing",
    # (not "mainlining coffee" or box sets, nor jonesing for pizza)
    after=r"(?! (?:for )?(?:coffee|caffeine|tea|sugar|netflix|tv|television|telly|episodes|"
    r"box ?sets?|chocolate|pizza|chips|crisps|biscuits|cake|the show|the series|anime|jacket|"
    r"jackets|coat|coats)\b)",
)
_add(
    SB,
    0.6,
    "stoner stoners",
    # (lower case only: not Helen Stoner)
    after=r"(?:(?<=stoner)|(?<=stoners))(?! (?:rock|metal|comedy|comedies|films?|movies?|music|"
    r"bands?|genre|classics?)\b)",
)
_add(SB, 0.45, "opioid opiates uppers downers")
_add(
    SB,
    0.9,
    "toke tokes toked toking",
)
_add(
    SB,
    0.9,
    "hit hits",
    after=r" (?:off|from|on|of) (?:the|a|his|her|their|my|your) (?:\w+ )?(?:joint|pipe|bong|"
    r"spliff|blunt|crack pipe|meth pipe|vape|j)\b|"
    r" of (?:acid|lsd|meth|crack|coke|cocaine|heroin|smack|dope|ecstasy|mdma|the good stuff|"
    r"speed|ketamine|ket|poppers|nitrous|weed|hash)\b",
)
_add(
    SB,
    0.9,
    "blunt blunts",
    needs=r"\b(?:roll(?:s|ed|ing)?|smok(?:e|es|ed|ing)|lit|light(?:s|ed|ing)?|spark(?:s|ed|ing)?|"
    r"pass(?:es|ed|ing)?|shar(?:e|es|ed|ing)|puff(?:s|ed|ing)?|toke) (?:\w+ ){0,2}blunts?\b",
)
_add(
    SB,
    0.9,
    "dope",
    needs=r"\b(?:smok(?:e|es|ed|ing)|sell(?:s|ing)?|sold|deal(?:s|ing|t)?|sling(?:s|ing)?|"
    r"slung|bag of|bags of|buy(?:s|ing)?|bought|scor(?:e|ed|ing)|shoot(?:s|ing)?|shot|"
    r"on|off|using|push(?:es|ed|ing)?) (?:the |some )?dope\b(?! (?:on|about)\b)|"
    r"\bdope (?:fiend|fiends|dealer|dealers|house|houses|head|heads|sick|addict|habit)\b",
)
_add(
    SB,
    0.9,
    "score scored scoring scores",
    after=r" (?:some |a bag of |a gram of |a wrap of |an eighth of |more |his |her |their )?"
    r"(?:gear|smack|dope|junk|skag|brown|weed|pills|coke|crack|heroin|meth|speed|a fix|"
    r"ket|acid|molly|pot|grass)\b",
)
_add(
    SB,
    0.9,
    "gear",
    needs=r"\b(?:on the|off the|bag of|wrap of) gear\b(?! (?:lever|stick|"
    r"box|change|shift))|\bgear (?:in (?:his|her|their|my) (?:veins|arm)|habit)\b",
)
_add(
    SB,
    0.6,
    "fix",
    needs=r"\b(?:needed|need|needs|needing|get|got|getting|score|scored|next|wanting|craving|"
    r"crave|desperate for|begging for|money for|cash for|one more|sick for|his daily|her daily|"
    r"the daily) (?:a |his |her |their |my |the )?fix\b(?! (?:for|of|to|on|it|this|that|the|"
    r"him|her|them|me|up|things|everything|something)\b)",
)
_add(
    SB,
    0.9,
    "turkey",
    needs=r"\b(?:went|go|going|gone|goes|quit|quitting|stopped|stop|doing|did|do|done) cold "
    r"turkey\b|\bcold turkey (?:from|off|withdrawal)\b",
)
_add(SB, 0.9, "dts tremens", needs=r"\bthe dts\b|\bdelirium tremens\b")
_add(
    SB,
    0.6,
    "cravings craving",
    needs=r"\b(?:drink|drinking|booze|alcohol|drugs?|using|sober|sobriety|clean|heroin|"
    r"smack|coke|crack|meth|pills|fix|bottle|methadone|relapse|detox|rehab)\b",
)
_add(
    SB,
    0.6,
    "kick kicked kicking kicks",
    after=r" (?:the|his|her|their|my|a) (?:heroin |smack |drug |crack |coke |booze |drink )?"
    r"(?:heroin|smack|junk|dope|booze|drink|drugs|coke|pills|habit)\b(?<! the habit)"
    r"(?<! a habit)(?<! his habit)(?<! her habit)(?<! my habit)(?<! their habit)",
)
# Pills beyond the prescription: more than the label said, a doctor for every week, pills
# popped like sweets.
_add(
    SB,
    0.9,
    "prescribed meant supposed told allowed",
    needs=r"\bmore (?:of (?:the|her|his|my|their) (?:\w+ )?)?(?:pills|painkillers|tablets|"
    r"codeine|tramadol|oxy|valium|xanax|diazepam|sleeping pills|meds|medication) than "
    r"(?:\w+ ){0,3}(?:prescribed|meant to|supposed to|told to|allowed)\b|\bmore than "
    r"(?:was |had been |the doctor |her doctor |his doctor )?prescribed\b",
)
_add(SB, 0.9, "doctor-shopping", needs=r"\bdoctor-shopping\b")
_add(SB, 0.9, "shopping", needs=r"\bdoctor shopping\b")
_add(
    SB,
    0.9,
    "prescriptions prescription",
    needs=r"\b(?:forged|fake|faked|stolen|stole|forging|forge|doctored) "
    r"(?:\w+ )?prescriptions?\b(?! (?:glasses|lenses|sunglasses|specs|spectacles))",
)
_add(
    SB,
    0.9,
    "sweets candy smarties mints",
    needs=r"\b(?:pills|painkillers|tablets|oxys|xans|benzos|uppers|downers|valium|xanax|"
    r"codeine|percs|vicodin|meds|speed)\b.{0,40}\blike (?:sweets|candy|smarties|tic tacs|mints)\b",
)
_add(
    SB,
    0.9,
    "popping popped pop pops",
    after=r" (?:\w+ )?(?:oxys|oxy|percs|benzos|uppers|downers|xans|vicodin|valium|codeine|"
    r"painkillers|adderall|molly|ecstasy|mdma|amphetamines)\b",
)

# Dealing: the corner, the county lines, slinging, the trap house, a runner.
_add(
    SB,
    0.9,
    "slinging sling slung slings",
    after=r" (?:\w+ )?(?:dope|crack|drugs|product|weed|coke|pills|gear|smack|heroin|meth|"
    r"baggies)\b",
)
_add(SB, 0.9, "county", after=r" lines\b")
_add(SB, 0.9, "trap", after=r"[- ]?houses?\b")
_add(SB, 0.9, "traphouse traphouses")
_add(SB, 0.45, "baggie baggies")

# Recovery in the meeting's own words: AA, NA.
_add(
    SB,
    0.9,
    "aa na",
    needs=r"\b(?:aa|na) (?:meetings?|sponsors?|chips?|coins?|groups?|steps|literature|"
    r"big book)\b|\b(?:at|to|from|after|in|joined|joins|started) (?:aa|na)\b",
)


# Giddy, merry or flushed on wine: the drink named by what it did.
_add(
    SB,
    0.9,
    "wine ale beer port claret sherry champagne mead cider lager prosecco punch",
    needs=r"\b(?:giddy|merry|silly|loud|flushed|warm|heavy-eyed|sleepy|loose|loose-limbed|"
    r"reckless|maudlin|mellow|sentimental|unsteady|dizzy|fuzzy|woozy|buzzing|buzzed|rosy|"
    r"red-faced|bleary|belligerent|quarrelsome|emboldened|bold) (?:on|with|from) (?:the |too "
    r"much |cheap |good |free |sweet |strong |red |white |mulled |spiced |warm |his |her |"
    r"their )?(?:wine|ale|beer|port|claret|sherry|champagne|mead|cider|lager|prosecco|punch)\b",
)

# Bottles hidden about the house: drinking in secret.
_add(
    SB,
    0.6,
    "bottles empties miniatures",
    needs=r"\b(?:hid|hidden|hides|hiding|stashed|stashes|stashing|stash of|secret) (?:the |his |"
    r"her |their |empty |half-empty |little )?(?:bottles|empties|miniatures)\b|\b(?:bottles|"
    r"empties|miniatures) (?:\w+ )?(?:hidden|stashed|tucked|squirrelled|squirreled) (?:away )?"
    r"(?:behind|under|in|inside|at the back of|among)\b",
)


# Substance use, third pass: drinks counted ("his fourth pint", "a third glass of wine",
# "another can of cider", "4th margarita"), told of drinks only, not of coffee or water.
_COUNTED_DRINK = (
    r"\b(?:another|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|"
    r"(?:his|her|my|their|your|the) first|\d+(?:st|nd|rd|th)) (?:(?:large |tall |cold |warm |"
    r"full )?(?:bottle|glass|can|tin|pint|shot|measure|tumbler|bowl|round|jug|carafe|flagon|"
    r"decanter|dram|double|flute|goblet) of "
    r"(?:\w+ )?)?(?:wine|ale|beer|port|claret|sherry|champagne|cider|lager|margarita|pint|"
    r"cocktail|martini|mojito|rioja|prosecco)\b"
)
_add(
    SB,
    0.6,
    "wine ale beer port claret sherry champagne cider lager margarita pint cocktail martini "
    "mojito rioja prosecco",
    needs=_COUNTED_DRINK,
)
# A bottle drunk, whatever was in it ("finishing two bottles of Burgundy", "had most of a
# bottle of Sambuca", "drunk two bottles of a hock"), not a bottle of water or of shampoo.
_NOT_BOOZE = (
    r"(?!(?:\w+ )?(?:water|milk|juice|squash|lemonade|pop|soda|coke|cola|ketchup|shampoo|bleach|"
    r"sauce|ink|perfume|cough|medicine|pills|tablets|vinegar|oil|formula|lucozade|tea|coffee)\b)"
)
_add(
    SB,
    0.6,
    "bottle bottles decanter",
    needs=r"\b(?:drank|drunk|downed|downing|finished|finishing|polished off|polishing off|"
    r"necked|necking|sank|sunk|emptied|emptying|got through|getting through|split|splitting|"
    r"(?:had|'d had|'ve had|have had) (?:most|half|the best part|the rest) of) "
    r"(?:most of |half |half of |the best part of |the rest of |nearly |almost |all of )?"
    r"(?:a|an|the|two|three|four|five|his|her|their|my|another|a whole|an entire) "
    r"(?:whole |full |entire )?(?:bottles?|decanter) of "
    + _NOT_BOOZE
    + r"|\b(?:two|three|four|five) bottles of (?:\w+ ){1,2}(?:split|shared|between)\b",
)
# Greek and Roman drinking: wine taken unmixed ("the wine unmixed", "unwatered").
_add(SB, 0.6, "unmixed unwatered", needs=r"\b(?:wine|bowl|cup|krater|mixing-bowl)\b")
# Cocaine and ketamine told by the doing ("did a line off the back of her hand", "a bump off
# the key", "a rolled-up twenty"), not a line of verse or a queue for the ladies.
_add(
    SB,
    0.9,
    "line lines",
    after=r" (?:off (?:the back of )?(?:a|the|his|her|my|your|their|someone's) (?:\w+ )?(?:hand|"
    r"key|card|mirror|table|cistern|toilet|phone|screen|wrist|counter|desk|note|seat|lid)|in the "
    r"(?:\w+ ){0,2}(?:toilets?|loos?|cubicle|bathroom|gents|stall))\b",
    needs=r"\b(?:do|did|does|doing|done|snort\w*|racked|rack|racking|cut|cutting|chopped|"
    r"chopping|take|took|taking|hoovered) (?:up )?(?:a|the first|another|one|two|three|four|a "
    r"fat|a quick|a little|the|a couple of|more|some|\w+ more) (?:more )?lines?\b",
)
_add(
    SB,
    0.9,
    "bump bumps",
    after=r" (?:of (?:coke|cocaine|ket|ketamine|speed|mdma|charlie|powder)\b|off (?:the |a |his |"
    r"her |my |your |their )?(?:car |house |door |front-door )?(?:key|keys|card)\b)",
)
_add(
    SB,
    0.6,
    "rolled rolled-up",
    after=r"(?:-| )?(?:up )?(?:twenty|tenner|fiver|(?:\w+-pound |dollar |bank ?)?note|bill|"
    r"banknote)\b(?! (?:of|in|from|for)\b)|(?<=rolled) into a (?:tube|straw)\b",
    needs=r"\b(?:rolled(?:-| )up (?:twenty|tenner|fiver|(?:\w+-pound |dollar |bank ?)?note|bill|"
    r"banknote)|(?:note|bill|tenner|fiver|twenty|banknote) rolled into a (?:tube|straw))\b",
)
# The heroin user's kit: a spoon with the foil, by a lighter or burnt black.
_add(
    SB,
    0.6,
    "foil tinfoil",
    needs=Near(
        r"\b(?:lighter|blackened|burnt|burned|scorched|sooty)\b",
        r"\bspoons?\b.{0,100}\b(?:tin)?foil\b|\b(?:tin)?foil\b.{0,100}\bspoons?\b",
    ),
)
# The drinker's idiom "one for the road" ("one more for the road", "a quick one for the
# road"), not a sandwich for the road or a jacket for the road.
_add(
    SB,
    0.6,
    "road",
    after=r"(?:(?<=one for the road)|(?<=one more for the road)|(?<=another for the road)|"
    r"(?<=a quick one for the road)|(?<=a drink for the road)|(?<=a dram for the road))",
)
# Sleeping off drink ("sleeps it off on the sofa"), not sleeping off a cold or a flight.
_add(
    SB,
    0.6,
    "off",
    after=r"(?:(?<=sleep it off)|(?<=sleeps it off)|(?<=sleeping it off)|(?<=slept it off))"
    r"(?!\W+(?:the |a |his |her |my )?(?:cold|flu|fever|jet lag|jetlag|migraine|headache)\b)",
)


# Substance use, third pass (train misses): mixed drinks written as one hyphenated word
# ("eight vodka-and-Cokes"), "drinkin'" with the g dropped, speed by the dab or the wrap.
_add(
    SB,
    0.9,
    "gin-and-tonic gin-and-tonics vodka-and-coke vodka-and-cokes vodka-tonic vodka-tonics "
    "rum-and-coke rum-and-cokes whisky-and-soda whisky-and-sodas whiskey-and-soda "
    "whiskey-and-sodas brandy-and-soda brandy-and-sodas gin-and-it jack-and-coke jack-and-cokes",
)
_add(
    SB,
    0.6,
    "drinkin' drinkin’",
    after=r"(?i:(?! (?:water|tea|coffee|milk|juice|pop|squash|fluids|from (?:the|a) "
    r"(?:stream|tap|spring|well|river|trough))\b))",
)
_add(SB, 0.9, "speed", needs=r"\b(?:a |the )?(?:dab|dabs|wrap|wraps|gram|grams) of speed\b")


# ---- strong language ------------------------------------------------------------------------
_add(
    L,
    0.9,
    "fuck fucks fucked fucking fucker motherfucker shit shits shitty bullshit "
    "goddamn goddammit goddamned asshole arsehole cunt "
    "bollocks piss pissed wanker dickhead twat",
    modal_ok=True,
)
# A prick is also what a needle gives: "the prick of a pin", "felt a sharp prick".
_add(
    L,
    0.9,
    "prick pricks",
    after=r"(?! (?:of|in (?:her|his|my|the|your) (?:arm|neck|finger|thumb|skin|hand|side)))"
    r"(?<!sharp prick)(?<!slight prick)(?<!tiny prick)(?<!small prick)(?<!felt a prick)"
    r"(?<!pin prick)(?<!needle prick)(?<!thorn prick)",
    modal_ok=True,
)

# A reported oath ("he swore under his breath", "swore by cold showers") is not the word on
# the page: "swore" and "swear" are no cues.
_add(L, 0.6, "damn arse crap bugger sodding", modal_ok=True)
# The damned of the creed ("damned souls", "the damned wailed") are no oath.
_add(
    L,
    0.6,
    "damned",
    after=r"(?! souls?\b)(?!(?<=[Tt]he damned)\s*(?:[.,;:!?]|$| (?:wailed|were|are|in|of|who|and)\b"
    r"))",
    modal_ok=True,
)
# A cow in a field is no insult: only a cow called names ("you stupid cow").
_add(
    L,
    0.6,
    "cow",
    needs=r"\b(?:you|stupid|silly|fat|thick|lazy|daft|useless|ugly|miserable|nosy|greedy|"
    r"dozy|bitter|jealous|selfish|stuck-up|smug|horrible|fucking|bloody|lying|evil|spiteful|"
    r"pathetic|sour|frigid|mean|nasty|sly|snotty|old bag of a|silly old|stupid old) cow\b",
    after=r"(?![\"”])",  # quoted as a word: "name-calling ("fat cow")"
    modal_ok=True,
    negation_ok=True,
)
# Hell the place and Christ of the creed are no oaths: "the gates of hell", "descended
# into Hell" (a capital after a word), "Hell's Kitchen", "the body of Christ".
_add(
    L,
    0.6,
    "hell",
    after=r"(?!['’]s Kitchen)(?<![a-z,] Hell)(?<!gates of hell)(?<!fires of hell)"
    r"(?<!pits of hell)(?<!depths of hell)(?<!circle of hell)(?<!circles of hell)"
    r"(?<!harrowing of hell)(?<!heaven and hell)(?<!heaven or hell)(?<!torments of hell)"
    r"(?<!flames of hell)(?<!mouth of hell)(?<!souls in hell)(?<!descended into hell)",
    modal_ok=True,
)
_add(
    L,
    0.6,
    "christ",
    after=r"(?<!of Christ)(?<!in Christ)(?<!to Christ)(?<!the Christ)(?<!with Christ)"
    r"(?<!through Christ)(?<!unto Christ)(?<!before Christ)(?<!risen Christ)"
    r"(?<!our Lord Jesus Christ)(?!['’]s (?:body|blood|passion|church|love|mercy|birth|death|"
    r"resurrection|name|disciples|teaching|sacrifice|cross|sake of))"
    r"(?! (?:died|rose|is risen|was born|the King|the Lord|child|Child|our Lord))",
    modal_ok=True,
)

_add(
    L,
    0.6,
    "bloody",
    after=r"(?! (?:teeth|nose|lips?|hands?|knuckles|corpse|body|face|rag|"
    r"knife|wound|stump|footprints?|sword|murder|battle|mess|bandages?|water|snow|floor|"
    r"limbs?|Mary|Marys|Sunday|Tower|flux|handprints?|fingerprints?|smears?|stains?|"
    r"sheets?|shirt|clothes|towels?|tissues?|remains|scene|work|deed|massacre|war|"
    r"claws?|fangs|muzzle|jaws|meat|handkerchief|cloth|rags|froth|spittle|trail|"
    r"scratch(?:es)?|gash(?:es)?|welts?|pulp|axe|blade|bayonet|arrow|feathers|fur|"
    r"bed|pillow|straw|sand|gravel|dressing|swabs?))"
    # the blood itself, told of what was done: "beaten him bloody", "raking them bloody"
    # (but "tell him bloody well")
    r"(?:(?= well\b)|(?<!\bhim bloody)(?<!\bher bloody)(?<!\bthem bloody)(?<!\bme bloody)"
    r"(?<!\bit bloody)(?<!\bus bloody)(?<!\bhimself bloody)"
    r"(?<!\bherself bloody)(?<!\bmyself bloody)(?<!\bthemselves bloody)"
    r"(?<!each other bloody)(?<!one another bloody))",
    modal_ok=True,
)

_add(L, 0.6, "whore whores slut sluts")

# A bastard file (a coarse one), a bastard son, the bastard of Orleans: no oath.
_add(
    L,
    0.9,
    "bastard bastards",
    after=r"(?! (?:files?|swords?|sons?|daughters?|child|children|brothers?|sisters?|"
    r"half-(?:brother|sister)s?|line|lines|born|offspring|heirs?|of\b|title|wing|amber|"
    r"trench|mahogany|saffron|cut|font|type))",
    modal_ok=True,
)
# A bitch is a dog as well ("the old bitch whelped", "a greyhound bitch in pup").
_add(
    L,
    0.9,
    "bitch bitches",
    after=r"(?<!hound bitch)(?<!brood bitch)(?<!terrier bitch)(?<!spaniel bitch)"
    r"(?<!setter bitch)(?<!collie bitch)(?<!pointer bitch)(?<!lurcher bitch)"
    r"(?<!whippet bitch)(?<!beagle bitch)(?<!mastiff bitch)(?<!pedigree bitch)"
    r"(?! (?:whelped|whelps|whelping|pups|puppies|in (?:whelp|pup|heat|season)|"
    r"and (?:her|their) (?:pups|puppies|litter)|had (?:pups|puppies|a litter)|gave birth|"
    r"nursed|nursing|suckled|suckling|was in (?:whelp|pup|heat|season)|"
    r"(?:is|was) due to whelp))",
    modal_ok=True,
)

# More forms and compounds of the strong words, British and American, and as dialogue
# clips them ("fuckin'", "bleedin'": a clipped word ends in an apostrophe, so it is listed
# with it).
_add(
    L,
    0.9,
    "fuckin fuckin' fuckin’ fucken fuckers fuckface fuckwit fuckwits fuckhead fuckery "
    "clusterfuck fuckfuckfuck motherfucking motherfuckers muthafucka muthafucking "
    "shite shitey shithead shitheads shithole shitshow shitting shitless shitshitshit "
    "apeshit batshit horseshit bullshitting dipshit chickenshit "
    "dickhead dickheads dickface dickwad assholes arseholes asshat dumbass smartass "
    "bitching bitchy son-of-a-bitch sonofabitch goddam goddamnit goddamit "
    "wankers tosser tossers bellend bellends knobhead twats cunts "
    "pisshead pissing piss-take piss-up pissy bollocksed",
    modal_ok=True,
)
# Irish, minced and half-minced forms that are still the word ("feck off", "effing").
_add(
    L,
    0.6,
    "feck fecking feckin feckin' feckin’ fecker effing effin effin' effin’ frigging friggin "
    "friggin' dammit damnit buggered buggers buggering whoreson bleedin bleedin' bleedin’ "
    "cock-up cock-ups cockup balls-up jackass",
    modal_ok=True,
)
# "Bleeding" as an oath, not a wound: "bleeding hell", "a bleeding liberty".
_add(
    L,
    0.6,
    "bleeding",
    after=r" (?:hell|heck|christ|idiot|idiots|obvious|cheek|liberty|nuisance|marvellous|"
    r"useless|ridiculous|nora|typical|fool|joke|nonsense)\b",
    modal_ok=True,
)
# At the head of a sentence or a line of speech (not after a word, a comma or a hyphen).
_HEAD = r"(?<![\w,;:] )(?<![\w,;:-])"
# "Sod" is turf too ("turned the first sod", "under the sod"): an oath only as one.
_add(
    L,
    0.6,
    "sod sods",
    needs=r"\bsod (?:off|it|this|that|the lot|all|him|her|them|you|everything)\b|"
    r"\bsod's law\b|\b(?:you|poor|lucky|old|lazy|silly|stupid|daft|miserable|little|jammy|"
    r"bloody|blind|sad|soft|dozy|cheeky|idle|mean|nosy|ugly) (?:old |little )?sods?\b",
    modal_ok=True,
    negation_ok=True,
)
# "Damnation" said aloud, not the doctrine ("fear of eternal damnation").
_add(L, 0.6, "damnation", needs=_HEAD + r"damnation\s*[!.,]", modal_ok=True)
# "Balls!" as an exclamation, not a game or the fat balls on a bird feeder.
_add(
    L,
    0.6,
    "balls",
    needs=r"(?:\boh,? |" + _HEAD + r")balls\s*[!.,]|\bballs to (?:that|it|this|you|him|her)\b",
    modal_ok=True,
)
# Censored on the page, with asterisks or dashes, as papers and Victorian novels print it:
# "f***ing", "sh*t", "d—n your impudence", "a b—y peeler".
_add(
    L,
    0.9,
    "f*** f**k f*ck f**king f***ing f*cking f***in f**kin f'ing f-ing fuc*ing "
    "sh*t s**t sh** sh*tty b*tch b**ch b*stard a**hole a-hole motherf***er motherf*****",
    modal_ok=True,
)
_add(
    L,
    0.6,
    "d—n d——n d--n d---n d-mn d*mn d—d d——d d--d d—l d——l b—y b——y b—dy b--y b---y",
    modal_ok=True,
)
# "C***" and a trailing dash are names as well ("Lady C***", "Colonel F—"): only with the
# words around an oath.
_add(
    L,
    0.9,
    "c*** c**t",
    needs=r"\b(?:a|you|the|that|fucking|stupid|little|absolute|thick|old) c\*\*[\*t]",
    modal_ok=True,
)
_add(
    L,
    0.6,
    "f— f—' f—’ f-- f---",
    needs=r"\b(?:the|what|oh|you|go|get|shut) f(?:—|--)",
    modal_ok=True,
)
# As messages are typed: "wtf", "ffs", "stfu", "who tf ate my lunch", "tired af".
_add(L, 0.9, "wtf ffs stfu gtfo fml omfg wtaf fkn fkin fckin fcking fucc", modal_ok=True)
_add(
    L,
    0.6,
    "tf",
    needs=r"\b(?:who|what|where|why|how) tf\b|" + _HEAD + r"tf (?:is|are|was|did|do|does)\b",
    modal_ok=True,
)
_add(
    L,
    0.6,
    "af",
    needs=r"\b(?:tired|hot|cute|gay|done|bored|sad|drunk|high|cold|hungry|broke|annoyed|"
    r"pissed|stressed|funny|weird|sus|extra|dumb|stupid|scared|nervous|horny|sleepy|"
    r"exhausted|ugly|rich|busy|late|ready|hungover|salty|petty|shady|lit|fine|soft|sick|"
    r"emo|smart|mad|angry|awkward|sweaty|single|confused|happy) af\b",
    modal_ok=True,
)
# Hyphenated compounds and tmesis ("fucked-up", "half-arsed", "abso-fucking-lutely"): a
# hyphen after a word keeps it from being a cue word, so the compounds are listed whole.
_add(
    L,
    0.9,
    "fucked-up fuck-up fuck-ups fuckup fuckups fuck-all fuckall fuckload fuck-off "
    "mother-fucker mother-fucking abso-fucking-lutely un-fucking-believable "
    "fan-fucking-tastic in-fucking-credible shit-faced shitfaced shit-eating shit-hot "
    "shit-stirrer shit-stirring bull-shit dick-head arse-licker arse-licking ass-kissing "
    "ass-kicking kick-ass half-arsed half-assed smart-arse smartarse piss-poor cocksucker "
    "cocksuckers bollocking douchebag douchebags knobend jfc smfh "
    "fck fcked fckn fcking fuk fukin fuking a$$ a$$hole sh!t b!tch f@ck f#ck h*ll",
    modal_ok=True,
)
_add(L, 0.6, "arsed arses arsey crappy crapped crapping crapload douchey", modal_ok=True)
# "Ass" is a donkey too ("the miller's old ass", "thy neighbour's ass").
_add(
    L,
    0.6,
    "ass asses",
    needs=r"\b(?:kiss my|kick(?:ed|ing|s)? (?:\w+ )?|pain in the|(?:get|move|haul|sit) "
    r"(?:your|his|her|their) |(?:on|up|out of) (?:your|his|her|my|their) (?:fat |lazy |sorry )?|"
    r"my (?:fat |lazy )?|your (?:fat |lazy |sorry )?|(?:fat|lazy|dumb|stupid|sorry|smart|bad|"
    r"hard|tight|cheap|pompous|whole|own) )ass(?:es)?\b",
    modal_ok=True,
    negation_ok=True,
)
# The insult, not the name (Dick Grayson, Moby-Dick): in lower case, after "a", "you".
_add(
    L,
    0.6,
    "dick",
    needs=r"\b(?:such a|what a|you|total|absolute|massive|complete|utter|being a|be a|"
    r"a bit of a|a real|a right) dick\b",
    after=r"(?<=dick)(?! (?:grayson|turpin|whittington|van dyke))",
    modal_ok=True,
    negation_ok=True,
)
_add(
    L,
    0.6,
    "knob",
    needs=r"\b(?:you|what a|such a|total|absolute|massive|complete|utter|a right|be a) knob\b",
    modal_ok=True,
    negation_ok=True,
)
_add(L, 0.6, "fk", needs=r"\bfk (?:off|this|that|you|me|sake|it|u)\b", modal_ok=True)
_add(
    L,
    0.6,
    "bs",
    needs=r"\b(?:that's|thats|that is|this is|total|complete|utter|such|what|more|absolute) "
    r"bs\b",
    after=r"(?<=bs)",
    modal_ok=True,
)
# "Jesus" as an oath, not the gospel: at the head of a sentence or a line of speech,
# followed by a stop or another oath.
_add(
    L,
    0.6,
    "jesus",
    needs=r"(?:\b(?:oh|sweet|christ|god),? |" + _HEAD + r")jesus\s*(?:[!,.?—]|christ\b|"
    r"wept\b|h\.? christ|fucking|bloody|almighty|on a)",
    modal_ok=True,
)
# A swear word quoted at the end of a line of speech, or quoted as a word ("called him
# a 'pompous little shit'", "ran to 'bastard' and 'bloody'"): the closing single quote
# is kept on the word so that it is found at all. (Denial counts here: "the vicar did not
# say 'bugger'" is no swearing.)
_add(
    L,
    0.9,
    "fuck' fuck’ fucking' fucking’ shit' shit’ bastard' bastard’ bastards' bastards’ "
    "bitch' bitch’ cunt' cunt’ twat' twat’ wanker' wanker’ prick' prick’ dickhead' "
    "dickhead’ arsehole' arsehole’ asshole' asshole’ bollocks' bollocks’ bullshit' "
    "bullshit’ motherfucker' motherfucker’",
    modal_ok=True,
)
_add(
    L,
    0.6,
    "bloody' bloody’ bugger' bugger’ damn' damn’ hell' hell’ crap' crap’ arse' arse’ "
    "sod' sod’ sodding' sodding’",
    modal_ok=True,
)
# A swear word under a denial is still on the page: "I don't give a damn", "no fucking
# way", "not bloody likely", "I have never wanted to scream f*** so loud". Only the word
# quoted as a word ("the vicar did not say 'bugger'") is a mention: a closing single quote
# keeps it from being a cue word at all, and a closing double quote is checked here.
_QUOTED = r"(?![\"”])"
for _word, _cues in _CUES.items():
    _CUES[_word] = [
        replace(c, negation_ok=True, after=c.after or re.compile(_QUOTED))
        if c.label == L and c.needs is None and not _word.endswith(("'", "’"))
        else c
        for c in _cues
    ]

CUES: dict[str, tuple[Cue, ...]] = {w: tuple(c) for w, c in _CUES.items()}

# Figures of speech and innocent senses. A cue whose word lies inside a match does not
# count. Matched case-insensitively against the sentence.
# The words allowed between a figure's subject and its blow ("the news finally hit him", "the
# cold hit me like a wall"): adverbs, never a subject of its own ("In the cold he hit her").
_HITS_HOW = (
    r"(?:(?:finally|suddenly|really|just|then|first|abruptly|fully|properly|truly|slowly|all|"
    r"only|almost|nearly|literally|actually|eventually|at last|hard|full|squarely|absolutely|"
    r"totally|completely|utterly|basically|well and truly|proper|ever|never) )?"
)

_EXCEPTIONS: list[str] = [
    # sexual content: sleeping with the eyes open or the light on is no bedfellow
    r"\b(?:sleep|sleeps|sleeping|slept) with (?:her|his|my|their|your|its|the|one) (?:\w+ )?"
    r"(?:eyes?|head|face|mouth|back|hands?|arms?|knees|feet|legs|door|window|light|lamp|radio|"
    r"boots|shoes|clothes|coat|gloves)(?: half)? (?:open|shut|closed|on|off)\b",
    # death
    # A sound drowned out ("the radio drowned it out", "drowned out by the rain"): no one
    # went into the water.
    r"\bdrown(?:s|ed|ing)? (?:(?:it|them|him|her|me|us|you|everything|everyone|all|the rest|"
    r"(?:the|his|her|their|my|your|our|its) (?:[\w'’]+ ){0,2}[\w'’]+) )?out\b"
    r"(?! (?:at sea|there|past|beyond|off|near|on the|in the (?:bay|lake|sea|river|estuary))\b)",
    # A thing that did not survive (a draft the quarter-hour, a vase the move): "it" or a
    # thing as the subject. ("The baby did not survive the night" is a death.)
    r"\b(?:it|draft|drafts|letter|letters|note|notes|plan|plans|scheme|vase|vases|cake|cakes|"
    r"china|teapot|glass|glasses|cup|cups|plate|plates|manuscript|page|pages|chapter|version|"
    r"proposal|tradition|custom|friendship|marriage|romance|joke|photograph|photographs|toy|"
    r"toys|phone|laptop|seedlings|tomatoes|roses)(?:'s)?,? (?:(?:just|simply|sadly|really|ever|"
    r"quite|even|still|alas|probably|certainly|clearly|obviously|though|however|of course|I "
    r"think|I fear),? ){0,3}(?:didn't|did not|never|"
    r"wouldn't|would not|couldn't|could not) survive\b",
    # "dead on his feet", "dead on time", "her guess was dead on" (not "found dead on the
    # beach", "dead on the quay", "dead on a Thursday")
    r"\bdead (?:tired|beat|set|serious|on(?= (?:(?:my|me|his|her|your|their|our) feet|time|"
    r"target|cue|schedule|the (?:money|mark|button|nose|dot|hour|minute|stroke|bullseye|centre|"
    r"center)|noon|midnight|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve) o'clock)|\s*[,.!?;:)\"”’]|\s*$)|end|ringer|weight|of (?:night|winter)|"
    r"centre|center|heat|giveaway|silent|quiet|still|certain|straight|easy|right|wrong|shot|"
    r"eye)\b",
    r"\bdrop[- ]dead\b",
    # back from the dead: a return, a resurrection, a revival ("came back from the dead on a
    # Thursday", "the village rose from the dead when the railway came")
    r"\b(?:back|rose|risen|rise|rises|rising|raised|raise|raises|raising|returned|returning|"
    r"brought|bring|brings|called|calls) (?:\w+ )?from the dead\b",
    r"\b(?:dying|died) (?:to|for|of (?:embarrassment|shame|laughter|boredom|curiosity))\b",
    r"\bdying (?:a slow )?death\b|\ba slow death\b",
    r"\b(?:lord|god|gods|land|realm|house|river|kingdom|day|king|queen|city|book|throne|thrones|"
    r"hall|halls|court|gate|gates|ferryman|judge|judges|country|isle|island|abode|domain|fields|"
    r"meadows|feast|festival|lady|mistress|prince|princess|keeper) of the dead\b|"
    r"\bthe dead of (?:night|winter)\b",
    # a simile: "sounded like a goose being strangled", "lay like a dead thing"
    r"\blike (?:a|an|some) (?:\w+ ){1,2}(?:being|getting) (?:strangled|slaughtered|murdered|"
    r"killed|stabbed|throttled|butchered|tortured|skinned)\b",
    r"\blike (?:a|some) dead (?:thing|weight|man|woman|body|fish|leaf|log|animal|bird|rat|mouse|"
    r"cat|dog|sheep|fly)\b",
    # a thing buried or "murdered": a box under the rhubarb, a song at karaoke, a sandcastle
    # the tide came in over
    r"\bburied it\b",
    r"\bmurder(?:ed|s|ing)? it\b",
    # a funeral for a laptop, a sourdough starter
    r"\bfuneral for (?:it|(?:the|her|his|my|their|our|your) (?:old |poor |dead )?(?:laptop|phone|"
    r"computer|car|plant|starter|printer|kettle|toaster|tamagotchi|houseplant|fridge|sofa|"
    r"van|bike))\b",
    r"\bin (?:his|her|my|their) own tears\b",
    r"\bdrown (?:himself|herself|myself|yourself) in (?:his|her|my|your) own tears\b",
    r"\bslaughtered (?:them|us|you) at\b",
    r"\b(?:bored|scared|frightened|worried|tickled|starving|freezing|sick|laughed|"
    r"worked|loved|talked|done|flogged) (?:\w+ ){0,2}to death\b",
    r"\bthe death of (?:me|us|you|him|her)\b",
    # a plan, an order or a dive carried out, not a prisoner put to death
    r"\bexecut(?:ed|es|ing|e) (?:(?:the|a|an|his|her|their|our|my|this|that|every) )?(?:\w+ ){0,2}"
    r"(?:plan|plans|order|orders|move|moves|manoeuvre|maneuver|turn|dive|jump|trick|tricks|"
    r"routine|will|warrant|contract|trade|trades|strategy|search|query|queries|code|program|"
    r"script|step|steps|pass|swap|landing|pivot|spin|kick|throw|play|plays)\b",
    r"\bkill(?:ing|s|ed)? (?:it|time|me|the (?:mood|lights|engine))\b",
    r"\b(?:feet|back|head|shoes|legs) (?:are|is|were|was) killing\b",
    r"\bkill(?:ing)? (?:for|two birds)\b",
    r"\bmurder (?:a|for a|for) (?:cup|pint|drink|sandwich|pie|bun|biscuit)",
    r"\b(?:phone|battery|engine|conversation|joke|jokes|fire|plant|plants|"
    r"party|lights) (?:(?:had|has|have|are|is|was|were|finally|just|slowly|quickly|suddenly|"
    r"completely|already|"
    r"then|all but|almost|nearly|gradually|eventually|promptly|abruptly|well and truly) )?"
    r"(?:died|dead|is dead|was dead|dying)\b",
    r"\bdeadline\b",
    r"\bstrangled (?:little |small |half-)?(?:noise|sound|cry|cries|laugh|sob|gasp|voice|"
    r"whisper|yelp|squeak|croak|moan|groan|snort|giggle|breath|note)\b",
    r"\bscotch (?:air|airs|reel|reels|song|songs|tune|broth|eggs?|mist|pine|terrier|tape|"
    r"bonnet|lass|man|accent|ballad|plaid|cap|girl|woman|border|estate|moor|moors|cattle)\b",
    r"\b(?:light|sun|sunlight|moonlight|lamplight|firelight|rain|wind|snow|cold|heat|"
    # (the light itself the one that hits, perhaps "suddenly": not "In the cold he hit her")
    r"lightning|idea|notion|sound|music|scent|smell) " + _HITS_HOW + r"(?:hit|hits|struck|strikes|"
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
    # "as good as hanged himself already": not yet dead; a printer given "a Viking funeral"
    r"\bas good as (?:\w+ ){0,2}(?:hanged|hung|dead|killed|buried|drowned)(?: (?:himself|herself|"
    r"themselves|myself|yourself))?\b",
    r"\b(?:give|gave|giving|gives) (?:it|them|the (?:\w+ )?(?:printer|phone|laptop|car|sofa|"
    r"kettle|toaster|plant|telly|tv)) a (?:\w+ ){0,2}(?:funeral|burial)\b",
    r"\b(?:was|is|had) gone\b(?! (?:from us|before))",
    # violence
    r"\b(?:shot|shoot)(?:s|ing)? (?:\w+ )?(?:a |an |her |him |me |you |them )?(?:glance|look|"
    r"glare|smile|grin|question|photograph|photo|film|scene|pictures?|hoops?|the breeze)\b",
    # (only the shots are excused: "tequila shots" are still tequila)
    r"(?:(?<=\bespresso )|(?<=\bwhisky )|(?<=\bwhiskey )|(?<=\bvodka )|(?<=\btequila ))shots?\b"
    r"|\bshots? of\b",
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
    r"idea|loss|silence|cold|heat|exhaustion|tiredness|homesickness) " + _HITS_HOW + r"(?:hit|hits|"
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
    r"screen|eggs|fire|embers|page|paper|salad|pasta|peas|potatoes|steak|meat|chips|dinner|"
    r"lunch|breakfast|cake|sausages?|vegetables|omelette|noodles|phone|map|air)\b",
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
    # a heart, a pulse, wings or drums beating; bruised fruit and a bruised sky
    r"\b(?:heart|hearts|pulse|pulses|wings|drum|drums)\b[^.!?]{0,50}\bbeating\b|\bbeating "
    r"(?:\w+ ){0,2}(?:heart|hearts|pulse|wings|drum|drums)\b|\bbeating (?:(?:so |rather |very |"
    r"too |far too |quite )?(?:fast|faster|wildly|rapidly|madly|erratically|steadily|furiously|"
    r"frantically)|in (?:his|her|my|their|your) (?:chest|ears|throat)|against (?:his|her|my|"
    r"their) ribs|like a (?:drum|bird|hammer))\b",
    r"\b(?:sky|clouds|apples|pears|fruit|peaches|plums|windfalls|petals|tomatoes|bananas|"
    r"avocados|vegetables|produce|strawberries|grapes|lettuce)\b[^.!?]{0,60}\bbruised\b",
    # hyperbole: "that exam literally murdered me", "Monday punched me in the face"
    r"\b(?:literally|basically|practically|totally|absolutely) " + _HITS_HOW + r"(?:stabbed|"
    r"punched|murdered|killed|slaughtered|destroyed|assaulted|mugged|beat|attacked|kicked|slapped|"
    r"strangled|tortured|suckerpunched|sucker-punched|shot) (?:me|us)\b",
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|"
    r"(?:this|that|the|last) (?:week|month|term|semester|shift|exam|test|paper|essay|deadline|"
    r"hangover|commute|workout|hill|climb|climbs|hill climbs?)|life|karma|fate|the universe|maths|"
    r"physics|"
    # (the day itself the one that hits, perhaps "really": not "Yesterday he punched her")
    r"chemistry|homework|revision|reality) (?:(?:really|just|properly|absolutely|totally|"
    r"literally|completely|basically|fully|thoroughly|well and truly) )?(?:punched|kicked|slapped|"
    r"stabbed|beat|mugged|"
    r"murdered|assaulted|attacked|strangled|smacked|hit|punches|kicks|slaps|stabs|beats|"
    r"sucker-punched)(?: (?:me|us|him|her|them))?\b",
    # a win at a game or by a margin: "beats Ernest at chess", "beat Henning by thirty runs"
    r"\bbeat(?:s|en|ing)? (?:\w+ ){1,3}?(?:at|in) (?:chess|cards|draughts|checkers|tennis|golf|"
    r"poker|backgammon|scrabble|bridge|snooker|darts|football|cricket|rugby|monopoly|pool|"
    r"squash|badminton|cribbage|whist|rummy|arm-?wrestling|(?:a|the) (?:race|final|match|game|"
    r"quiz|vote|election|spelling bee))\b",
    r"\bbeat(?:s|en)? (?:\w+ ){1,3}?by (?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|\w+-\w+) (?:runs?|points?|goals?|wickets?|lengths?|votes?|seconds?|minutes?|strokes?|"
    r"shots?|holes?|innings|whisker|nose|head|mile|furlong)\b",
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
    r"\b(?:drink|drinks|drank|drinking) (?:(?!(?:wine|beer|ale|whisky|whiskey|gin|rum|vodka|"
    r"brandy|cider|lager|pints?|shots?|spirits)\b)\w+ ){0,4}(?:tea|coffee|water|milk|cocoa|"
    r"chocolate|lemonade|broth|soup|juice|cup after cup|from the)\b",
    r"\bfood and drink\b|\bmy pills\b|\bpills? for (?:my|his|her|your) \w+",
    # a drink held and not drunk: "a glass of brandy he did not drink", "poured the wine and
    # never touched it", "the whisky sat untouched" (the denial comes after the drink)
    r"\b(?:whisky|whiskey|brandy|gin|rum|vodka|bourbon|scotch|tequila|wine|ale|beer|port|"
    r"claret|sherry|champagne|liquor|spirits|mead|drink)\b(?: (?:that|which))?"
    r"(?: (?:he|she|they|i|we|you|[a-z]+))?(?: had)?,? (?:and )?(?:did not|didn't|never|had not|"
    r"hadn't|has not|hasn't|would not|wouldn't|could not|couldn't) (?:even )?(?:drink|drunk|"
    r"touch|touched|taste|tasted|sip|sipped|finish|finished)\b(?! (?:a drop|anything) (?:else|"
    r"more|since))|\b(?:whisky|whiskey|brandy|gin|rum|vodka|bourbon|scotch|wine|ale|beer|port|"
    r"sherry|champagne|drink)\b (?:sat |stood |lay |went |was left |remained |grew warm )?"
    r"untouched\b",
    r"\bpour(?:ed|s|ing)\b[^.!?;]{0,60}\b(?:and|but) (?:then )?(?:did not|didn't|never) (?:even )?"
    r"(?:drink|drank|touch|touched|taste|tasted|sip|sipped)\b(?! (?:a drop|anything) (?:else|more|"
    r"since))",
    # never the worse for wine: the denial sits too far back for the clause's negation
    r"\bnever\b[^.!?;]{0,40}\bthe worse for (?:drink|wine|liquor|ale|gin)\b",
    # tea, water or ink drunk, the view drunk in
    r"\b(?:tea|coffee|cocoa|water|milk|lemonade|juice|broth|soup|squash|smoothie|cordial)\b"
    r"[^.!?]{0,80}\bdrank\b",
    r"\b(?:pen|nib|sponge|soil|earth|roots|plants|blotter|fields|garden)s? drank\b",
    r"\bdrank (?:it all |it |them |deeply )?in (?:the (?:view|sight|scene|sunshine|sun|light|"
    r"air|silence|details|words|smell|scent|beauty)|every (?:word|detail)|(?:her|his) words)\b",
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
    + _HITS_HOW
    + r"(?:abused|abuses|bullied|bullies|bullying|gaslighting|gaslit)\b",
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
    # ordinary prose, found in the ordinary scenes (tests/data/analysis_eval/ordinary)
    r"\b(?:a|one|little|tiny|wee|quite a|bit by) bit\b|\bbit (?:of|more|less|too|late|early|"
    r"much|better|worse|longer|shorter|like|off)\b",
    # (not "pricked her own finger with the hatpin until it bled": that is self-harm)
    r"\bprick(?:ed|s|ing)? (?:my|his|her|your|their|our|the|a) (?:finger|fingers|thumb|skin|"
    r"hand|palm|arm|ears)\b(?![^.!?]{0,60}\b(?:until|till|over and over|again and again|on "
    r"purpose|deliberately)\b)|\bpricked up\b",
    r"\b(?:knife|knives|blade)\b[^.!?]{0,200}\b(?:loaf|loaves|bread|dough|onions?|carrots?|"
    r"butter|cheese|chopping board|cake|apples?|potato(?:es)?|herbs|vegetables|oranges?|"
    r"lemons?|tomato(?:es)?|crust|pastry|sandwich(?:es)?)\b|\b(?:loaf|loaves|bread|dough|"
    r"onions?|carrots?|butter|cheese|chopping board|cake|apples?|potato(?:es)?|herbs|"
    r"vegetables|oranges?|lemons?|tomato(?:es)?|crust|pastry|sandwich(?:es)?)\b[^.!?]{0,200}"
    r"\b(?:knife|knives|blade)\b",
    r"\bcuts? (?:across|into|in|along) (?:the )?(?:top|crust|skin|surface) of (?:the|a|each|"
    r"every) (?:\w+ )?(?:loaf|loaves|bread|dough|cake|pie|pastry|bun|buns)\b",
    r"\bbed (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\b|"
    r"\b(?:hospital|sick|camp|flower|river|sea|test|seed|vegetable|truck|feather|death) ?beds?\b|"
    r"\bbed ?(?:rest|linen|bath|pan|side|ridden|time|spread|clothes)\b",
    # ---- innocent senses and figures of speech, by sense (tests: phrasings_*.py) ----
    # Things that die or are dead without anyone dying: a battery, a phone line, a theory,
    # the wind, the year ("the charger is also dead", "the line went dead", "the theory died
    # a quiet death").
    r"\b(?:phone|battery|batteries|charger|(?<!in the )(?<!in his )(?<!in her )(?<!in their )"
    r"(?:car|van)|kettle|laptop|computer|screen|torch|radio|"
    r"line|cell|printer|build|router|wifi|bulb|motor|generator|telly|tv|remote|fridge|mic|"
    r"microphone|speaker|headphones|starter|theory|idea|plan|scheme|proposal|rumour|rumor|"
    r"fashion|trend|wind|breeze|gale|fire|flame|embers|candle|wick|voice|music|applause|"
    r"laughter|echo|sound|light|day|year|season|summer|autumn|conversation|(?<!at the )party|story|"
    r"project|"
    r"signal|engine|app|website|system|network|connection|romance|career|hope|dream)(?:s|es)?"
    r"(?:'s)? (?:(?:is|was|were|are|has|had|have|also|finally|just|already|completely|totally|"
    r"quite|now|promptly|all|been|slowly) ){0,3}(?:died|dead|dying|die|dies)\b"
    r"(?: (?:a |an )?(?:\w+ )?death\b)?",
    r"\b(?:line|phone|radio|screen|mic|engine|signal|connection|call|torch|battery|"
    r"speaker|motor)s? (?:\w+ ){0,2}(?:went|goes|gone|go|going) dead\b",
    r"\bdead (?:batter(?:y|ies)|phone(?:s)?|charger(?:s)?|cell(?:s)?|hardware|satellite(?:s)?|"
    r"pixel(?:s)?|link(?:s)?|limb(?:s)?|stem(?:s)?|heads|flowers|zone|bolt|letter(?:s)?|"
    r"reckoning|calm|level|upright|ahead|chuffed|inside|shaft|volcano|copy|world|planet|"
    r"language(?:s)?|man's (?:handle|switch|pedal)|to (?:me|us|him|her|them|the world))\b",
    r"\b(?:stop|stops|stopped|stopping|halted|froze|pulled up) dead\b",
    r"\b(?:die|dies|died|dying) (?:away(?! from)|down(?! (?:there|here|in|at|on|by|below|the)\b)|"
    r"(?:a little (?:bit )?)?inside(?! (?:the|a|an|his|her|their|its|my|our|of)\b))\b",
    r"\b(?:dinosaurs|species|breed|tradition|custom|practice|language|dialect|fashion|trade)"
    r"\b[^.!?]{0,30}\bdied out\b",
    r"\b(?:the|a|its|their) dying (?:light|day|year|ember(?:s)?|fire|sun|sunlight|wick(?:s)?|"
    r"candle(?:s)?|flame(?:s)?|chirp(?:s)?|breeze|wind|leaves|note(?:s)?|echo(?:es)?|"
    r"afternoon|evening|season|summer|autumn|batter(?:y|ies)|rays|glow|star(?:s)?|breed|art|"
    r"trade|language|tradition|craft|industry)\b",
    r"\b(?:sleep|sleeps|slept|sleeping) like the dead\b|\b(?:we're|we are|you're|you are|"
    r"i'm|i am|they're|they are) (?:so|totally|sooo|soo|completely|absolutely) dead\b",
    r"\bi(?:'m| am) (?:\w+ )?deceased\b",
    r"\b(?:catch|catches|caught|catching) (?:your|his|her|their|my|our|its|one's) "
    r"(?:own )?death(?:s)?(?: of (?:cold|a cold|a chill))?\b",
    r"\bdeath by (?:chocolate|powerpoint|committee|spreadsheet(?:s)?|meeting(?:s)?|paperwork|"
    r"love|embarrassment|boredom|cuteness|admin|a thousand (?:cuts|emails|meetings))\b",
    r"\b(?:stewed|stewing|played|playing|boiled|cooked|overcooked|tickled|teased|charmed|"
    r"annoyed|irritated|nagged|pestered|fussed) (?:\w+ ){0,3}to death\b",
    r"\bcorpse (?:pose|reviver|flower|lily|lilies|candle|paint)\b",
    # Killing that ends no life: a process, a tab, the flame under a pan, the frost and the
    # geraniums, a writer's darlings, two birds with one stone.
    r"\bkill(?:ed|s|ing)? (?:-9 |the |that |a |this |every |all (?:the )?)?"
    r"(?:(?!(?:by|with|in|on|at|for|from|of)\b)\w+ )?"
    r"(?:process(?:es)?|tab(?:s)?|app(?:s)?|build(?:s)?|job(?:s)?|task(?:s)?|quer(?:y|ies)|"
    r"thread(?:s)?|session(?:s)?|program(?:s)?|script(?:s)?|daemon(?:s)?|container(?:s)?|"
    r"flame|heat|gas|burner|hob)\b|\bkill -9\b|\bkill (?:switch|switches|ring|screen|cord)\b|"
    r"\b(?:process|processes|job|task|daemon) (?:\w+ ){0,2}killed\b",
    r"\bkill(?:ed|s|ing)? (?:off )?(?:(?:the|all|every|her|his|my|our|their|your|its|last|a|an|"
    r"some|most|of) ){0,3}(?:\w+ )?(?:plant(?:s)?|flower(?:s)?|seedling(?:s)?|crop(?:s)?|"
    r"blossom(?:s)?|roses|weeds|lawn|grass|courgette(?:s)?|geranium(?:s)?|tomato(?:es)?|"
    r"beans|bulb(?:s)?|shrub(?:s)?|hedge|germs|bacteria|moss|ivy|vine(?:s)?|tulips|dahlias|"
    r"begonias|basil|orchid(?:s)?|succulent(?:s)?|cactus|cacti|houseplant(?:s)?|sourdough|"
    r"starter|yeast)\b|\bkilling (?:frost(?:s)?|pace)\b",
    r"\bkill(?:s|ed|ing)? two birds\b|\bwith (?:the )?one stone\b",
    r"\bkill(?:ed|s|ing)? (?:(?:your|my|his|her|their|our|all (?:my|your|his|her|their)) )"
    r"darlings\b",
    # chat's "I'm dead" at a joke: "IM DEAD 💀", "i'm dead lol", "I'm literally dead 😂"
    r"\bi'?m (?:so |literally |actually |fully |actually so )?dead\b(?=\s*(?:[💀😂🤣😭😆]|did u\b|"
    r"did you\b|the way\b|at (?:this|that|him|her|them|u|you)\b|lol\b|"
    r"lmao\b|lmfao\b|haha|omg\b|rn\b|x+d\b|!{2,}))",
    r"\b(?:literally|actually|lowkey|highkey|i'?m|im) (?:so |literally )?dying\b"
    r"(?=\s*(?:[💀😂🤣😭😆]|lol\b|lmao\b|lmfao\b|rn\b|omg\b|haha|of (?:laughter|embarrassment|"
    r"cringe|shame|boredom)|!{2,}))",
    # RIP a plant or a phone; "just bury me in the library" after an exam
    r"\brip\b[^.!?]{0,40}\b(?:plant|basil|cactus|succulent|fern|orchid|phone|laptop|printer|"
    r"kettle|toaster|car|bike|sourdough|starter)\b",
    r"\b(?:just )?bury me (?:in|under|at) (?:the|this|my|a) (?:library|group chat|chat|office|lab|"
    r"pile of|mountain of|comments|backyard)\b[^.!?]{0,80}",
    r"\bi'?m dead,? (?:just|bury|send|someone|pls|please)\b",
    # a surgeon's ports: "three ports sited", "via the umbilical port"
    r"\b(?:umbilical|laparoscopic|iv|cannula|access|picc|chemo|infusion) ports?\b|\bports? "
    r"(?:sited|inserted|placed|removed|closed)\b",
    # a shop, a band or a plan that died a slow death
    r"\b(?:shop|business|firm|company|pub|band|project|idea|plan|show|series|magazine|paper|"
    r"tradition|scheme|campaign|career|trend|fashion|high street|industry|town centre|market|"
    r"club|league|franchise|website|forum|fandom|language|custom) (?:\w+ )?died a (?:slow|"
    r"lingering|quiet|natural|quick|long|painful) death\b",
    # a garden killed by the frost, a fire killed; a house or a season dying
    # ("Tom smothered the embers": the fire's, not a person)
    r"\bsmother(?:ed|s|ing)? (?:the|a) (?:\w+ )?(?:embers|fire|flames?|coals|candle|blaze|chip "
    r"pan|pan)\b",
    r"\b(?:killing|killed|kills|kill) (?:off )?(?:the|my|her|his|our|their) (?:\w+ )?(?:garden|"
    r"lawn|grass|plants?|roses|tomatoes|crops?|seedlings|hedge|trees?|flowers?|vines?|fire|stove|"
    r"engine|lamp|lamps|torch|candles?|music|radio|tv|telly|motor|lights?)\b",
    r"\b(?:house|garden|town|village|estate|season|year|day|light|summer|autumn|fire|embers|"
    r"conversation|empire|language|trade|industry|high street) (?:(?:is|was|were|are|seemed|"
    r"seems) )?(?:slowly |quietly |already )?(?:dying|dead|died)\b",
    # Alice's bottle marked DRINK ME
    r"\bdrink me\b|\bbottle (?:marked|labelled|labeled) ['\"“‘]?drink\b",
    # game dressed for the pot: "how to dress the rabbit: the quick cut, the skin peeled back"
    r"\b(?:dress|dressed|dressing|skin|skinned|skinning|gut|gutted|gutting|joint|jointed|"
    r"jointing|pluck|plucked) (?:the|a|his|her|their) (?:\w+ )?(?:rabbit|hare|deer|stag|doe|"
    r"pheasant|grouse|partridge|pigeon|bird|fish|trout|salmon|chicken|carcass|goose|duck|pig|"
    r"lamb|buck|boar)s?\b[^.!?]{0,120}"
    # (naming the butcher's words this excuses, which a pattern must name to be asked)
    r"(?:cut|peeled|blood|knife|slit|sliced|guts|entrails|insides|flesh|skin)?",
    # a nightmare woken from: "you wake with a jolt in your own bed, sheets tangled"
    r"\b(?:wake|wakes|woke|waking) (?:up )?(?:with a (?:jolt|start|gasp|scream)|sweating|screaming|"
    r"gasping|shaking) in (?:your|my|his|her|their) (?:own )?bed\b[^.!?]{0,30}"
    r"(?:sheets|tangled)?",
    # Cluedo: "the professor, in the conservatory, with the wrench"
    r"\bin the (?:conservatory|library|ballroom|kitchen|study|lounge|billiard room|hall|dining "
    r"room),? with the (?:wrench|spanner|candlestick|rope|dagger|revolver|lead pipe|lead piping)\b",
    # a game's deaths on a boss, a level, a controller
    r"\b(?:died|dead|killed|slain)\b[^.!?]{0,40}\b(?:on (?:this|that|the) (?:boss|level)|boss "
    r"fight|final boss|controller|checkpoint|save point|lives left|extra life|game over)\b",
    # a joke that died, a plan dead on arrival
    r"\b(?:joke|jokes|punchline|gag|pun|opener|one-liner)\b[^.!?]{0,40}\bdied (?:the moment|on "
    r"(?:arrival|stage)|instantly|a (?:quick |quiet |sad )?death|in the room)\b",
    r"\b(?:plan|idea|motion|proposal|bill|scheme|pitch|project|campaign|policy|amendment|deal|"
    r"reform|suggestion)\b[^.!?]{0,80}\bdead on arrival\b",
    # blood given
    r"\b(?:giving|gave|give|gives|given|donating|donated|donate) blood\b|\bblood (?:bag|bags|"
    r"donation|donations|drive)\b",
    # stage and screen fights: "her character was defeated in the sword duel" on a film set
    r"\b(?:stunt|stunts|stage fight|stage-fight|fight scene|choreograph\w*|rehearsal|director|"
    r"take|takes|crash mat)\b[^.!?]{0,80}\b(?:duel|sword|fight|fell|killed|defeated|stabbed|"
    r"punch|punched)\b",
    # chat's "I literally died", "rip me", "bury me in this group chat"
    r"\bi (?:literally|actually|basically|genuinely|just) died\b(?! (?:on the table|in surgery|"
    r"for (?:\w+ )?(?:minutes?|seconds?)))|\brip me\b|\bbury me in (?:this|the|that) (?:group "
    r"chat|chat|thread|comments|gc)\b",
    # "Are you trying to die?" of four shots of espresso
    r"\b(?:are|r) (?:you|u) trying to die\s*\?",
    # a game's deaths: "Headshot again, noob", "respawn"
    r"\b(?:headshot(?:s|ted)?|killed|died|dead|shot|slaughtered|killstreak)\b[^.!?]{0,60}"
    r"\b(?:noob|n00b|respawn\w*|gg|lobby|loadout|npc|boss fight|speedrun|voice chat)\b|\b(?:noob|"
    r"n00b|respawn\w*|lobby|loadout|npc|boss fight|speedrun|voice chat)\b[^.!?]{0,60}\b(?:headshot"
    r"(?:s|ted)?|killed|died|dead|shot|slaughtered)\b",
    # stabbed by a thorn or a pin
    r"\b(?:stabbed|pricked|jabbed|spiked|speared) (?:\w+ ){0,2}by (?:a|the) (?:\w+ )?(?:thorn|"
    r"thistle|needle|pin|splinter|bramble|holly leaf|rose|cactus|hatpin|brooch|quill)\b|\b(?:thorn|"
    r"thistle|needle|pin|splinter|bramble|cactus|hatpin|brooch|quill|holly) (?:\w+ )?(?:stabbed|"
    r"pricked|jabbed|spiked|speared)\b",
    # the stage's dead: "the corpse sneezed during the death scene"
    r"\bcorpse (?:sneezed|giggled|laughed|coughed|got up|sat up|winked|corpsed|scratched|"
    r"opened (?:one|an) eye)\b|\bdeath scene\b",
    # a card game: gin rummy
    r"\bgin[- ]rummy\b",
    # a wooden or practice blade in a lesson: "the squire's wooden blade cracked Sir Kay across
    # the knuckles"
    r"\b(?:wooden|practice|training|blunted|foam|toy|padded|bated) (?:blade|sword|swords|staff|"
    r"stave|stick|foil|sabre|saber|rapier)s? (?:\w+ ){0,3}(?:cracked|caught|struck|hit|rapped|"
    r"smacked|clipped|whacked|slapped)\b",
    # a game of cards pronounced a massacre
    r"\b(?:pronounced|called|declared|deemed|judged|thought) (?:the|it|that|her|his) (?:\w+ )?"
    r"(?:an? )?(?:utter |complete |absolute |total |perfect )?(?:massacre|bloodbath|slaughter|"
    r"carnage)\b",
    # a cut got on paper, a page or a tin: "cut her finger on a page of the new book"
    r"\bcut (?:her|his|my|your|their) (?:own )?(?:finger|fingers|thumb|hand|palm|fingertip|lip) "
    r"(?:open )?on (?:a|the|an|his|her|my|some) (?:\w+ )?(?:page|pages|paper|envelope|card|book|"
    r"tin|can|lid|grater|mandoline|bread knife|vegetable knife|broken glass|glass|shell|rose "
    r"thorn|thorn|bramble|stapler|sheet of paper|edge of the (?:page|paper|table|tin))\b",
    # a threat made with a cushion: "threatened to smother her with a cushion"
    r"\bthreat(?:ened|ening|ens)? to (?:smother|kill|murder|strangle|throttle|suffocate|drown|"
    r"thump|whack|brain) (?:him|her|me|them|us|you)(?: both)? with (?:a|the|her|his|my|their) "
    r"(?:\w+ )?(?:cushion|tea towel|teaspoon|spoon|sock|slipper|rolling pin|newspaper|paperback|"
    r"feather|baguette|wet flannel)\b(?![^.!?]{0,30}\bif (?:she|he|you|i|they) (?:ever )?(?:told|"
    r"tell|left|leave|said|say|went|go)\b)",
    # a night spent together where nobody sleeps with anybody: a station, an airport, a ward
    r"\b(?:spent|spend|spending|spends) the night together (?:at|in|on) (?:the|a|an) (?:\w+ )?"
    r"(?:station|airport|bus shelter|shelter|waiting room|hospital|ward|a&e|police station|cell|"
    r"ferry|train|departure lounge|library|office|lab|laboratory|queue|vigil|chapel|church|"
    r"ambulance|terminal|platform|bench|car park|roadside|stairwell|corridor)\b",
    # a shot at a goal, a title, a chance
    r"\b(?:took|take|takes|taking|had|have|has|having) (?:a |another |one last |his |her |their )"
    r"(?:\w+ )?shot at (?:the )?(?:goal|net|basket|hoop|title|crown|glory|fame|redemption|big "
    r"time|record|championship|happiness|it|the job|the role|the part|love)\b",
    # flowers and plants cut down, not people: "the frost had killed the dahlias, and she cut
    # them down"
    r"\b(?:dahlias?|roses?|flowers?|plants?|weeds?|nettles?|hedges?|trees?|stalks?|stems?|"
    r"brambles?|bushes|shrubs?|sunflowers?|crops?|corn|wheat|hay|grass|beans|peas|tomatoes|"
    r"asparagus|rhubarb|delphiniums?|lupins?|hollyhocks?|peonies|sweet peas)\b[^.!?]{0,60}\bcut "
    r"(?:them|it) (?:down|back|off)\b",
    # children, or pets, tumbling into bed: sleep, not sex
    r"\b(?:children|kids|boys|girls|twins|toddlers?|little ones|puppies|dogs|cats|cousins|"
    r"brothers|sisters)\b[^.!?]{0,40}\b(?:tumbled|tumbling|fell|falling|collapsed|stumbled|"
    r"stumbling) into bed\b",
    # a toy for a weapon, and play: "hit his sister with a foam sword"
    r"\b(?:hit|hits|hitting|whacked|whacking|bashed|bopped|smacked|stabbed|shot|shooting) "
    r"(?:\w+ ){0,3}with (?:a|the|his|her|their|my) (?:\w+ )?(?:foam|toy|plastic|cardboard|"
    r"inflatable|rubber|paper|nerf|water|pool|balloon|wooden toy|pretend) (?:sword|swords|gun|"
    r"guns|pistol|noodle|bat|hammer|dagger|lightsaber|wand|axe|spear|rifle|blaster)\b",
    # a regime, an era or a dream given a funeral
    r"\bfuneral (?:of|for) (?:the |a |an |his |her |their |our |my )?(?:old |last |dead )?"
    r"(?:regime|era|empire|party|idea|ideas|dream|dreams|campaign|season|band|friendship|"
    r"marriage|career|hopes|ambitions|plan|plans|project|government|age)\b",
    # A show, a match or a vote that "was a massacre" or "a bloodbath": the reviews, not the dead
    r"\b(?:play|match|game|final|exam|exams|debate|audition|auditions|reviews?|show|"
    r"performance|concert|recital|election|quiz|rehearsal|dress rehearsal|opening night|first "
    r"night|premiere|interview|meeting|pitch|presentation|scoreline|score|semi-final|tournament|"
    r"sale|sales|auction|bake-off|round|season|result|results|vote)s? (?:\w+ ){0,3}?(?:was|were|"
    r"had been|turned into|became|is|'s) (?:a |an |just |nothing short of |nothing less than )?"
    r"(?:absolute |total |complete |utter |bloody |proper |real |total )?(?:massacre|bloodbath|"
    r"slaughter|carnage|war zone|execution|butchery)\b",
    # Murdered, massacred and slaughtered: a song, a sonata, French verbs, an anecdote.
    r"\b(?:murder|murders|murdered|murdering|massacre|massacred|massacring|slaughter|"
    r"slaughtered|slaughtering|butcher|butchered|butchering)\b (?:(?:the|a|an|her|his|their|"
    r"my|your|our|its|that|this|every) )?(?:(?!(?:him|her|them|me|us|you|on|in|at|by|with|for|"
    r"from|during|after|before|near|outside|inside)\b)\w+ ){0,2}(?:sonata(?:s)?|song(?:s)?|"
    r"ballad(?:s)?|"
    r"aria(?:s)?|anthem(?:s)?|hymn(?:s)?|tune(?:s)?|melod(?:y|ies)|carol(?:s)?|chorus(?:es)?|"
    r"verse(?:s)?|lines|speech|solo|concerto|symphony|piece|passage|etude|scale(?:s)?|"
    r"verb(?:s)?|(?:french|english|latin|german|spanish|italian) (?:verbs?|grammar|accent|"
    r"vowels|pronunciation)|grammar|language|accent|anecdote(?:s)?|joke(?:s)?|punchline(?:s)?|"
    r"story|stories|set|karaoke|recipe|dance|steps|routine|note(?:s)?|concept(?:s)?|draft(?:s)?|"
    r"chord(?:s)?|round(?:s)?|quiz|crossword|bindweed|weed(?:s)?|nettles|dandelions|brambles|"
    r"macarena|conga|tango|waltz|salsa|lyrics|lettuces?|cabbages?|seedlings|crops?|hostas?|"
    r"beans|brassicas|strawberries|veg|vegetables)\b(?!['’]| (?:\w+er|\w+ist|man|woman|men|women|bo"
    r"y|"
    r"girl|designer|player|warden|keeper)s?\b)",
    # a look that could kill: "looked ready to murder him", "looked as if she could strangle him"
    r"\b(?:looked|looks|look|looking|seemed|seems) (?:(?:quite |about |almost |positively )?(?:read"
    r"y|"
    r"fit|about) to|as (?:if|though) (?:she|he|they|i|you) (?:could|would|might)(?: happily| cheerf"
    r"ully)?"
    r"|like (?:she|he|they|i|you) (?:could|would|might|wanted to)(?: happily| cheerfully)?) "
    r"(?:murder|kill|strangle|throttle|murdered|killed|strangled|throttled)\b",
    # shapes cut in a kitchen: "cut them into triangles", "cut it into strips"
    r"\bcut(?:s|ting)? (?:them|it|the \w+|these|those|each one|each|every one)(?: up)? into "
    r"(?:\w+ )?(?:triangles|slices|pieces|strips|squares|halves|quarters|chunks|cubes|rounds|"
    r"wedges|portions|bits|shapes|fingers|circles|diamonds|thirds|sticks|batons|dice)\b",
    # water in a gutter or a drain, not a throat: "the gutters are gargling"
    r"\b(?:gutters?|drains?|pipes?|plughole|sinks?|downpipes?|streams?|brooks?|culverts?|kettles?|"
    r"radiators?|coffee machines?|percolators?) (?:(?:are|is|was|were|kept|went|started|began) )?"
    r"(?:\w+ )?gargl\w*",
    # a task or a thing that got the better of someone: "the wardrobe had beaten them both"
    r"\b(?:the|this|that) (?:[\w-]+ )?(?:wardrobe|bookcase|puzzle|crossword|jigsaw|exam|test|heat|"
    r"weather|traffic|flat-?pack|instructions|course|hill|climb|question|system|machine|game|"
    r"level|task|job|problem|riddle|recipe|soufflé|souffle|tent|maths|homework|printer|sudoku|"
    r"mountain|wind|tide|crowd) (?:(?:had|has|have|finally|well and truly|comprehensively|"
    r"completely|thoroughly) )*(?:beaten|beat|defeated|bested|licked) (?:them|him|her|me|us|you)\b",
    r"\bsober as (?:a |two |three |four )?judges?\b",
    # sport: "getting murdered out there", a serve that "kills everyone"
    r"\b(?:getting|got|get|gets|being) (?:absolutely |totally |properly |well and truly )?"
    r"(?:murdered|killed|slaughtered|destroyed|massacred|hammered|battered|thrashed) (?:out "
    r"there|on (?:court|the pitch|the field|the track)|in (?:the|this|that) (?:first|second|third|"
    r"final|last) (?:set|half|round|game|leg|quarter))\b",
    r"\b(?:serve|serves|shot|backhand|forehand|volley|lob|drop shot|smash|spin|googly|"
    r"yorker|bouncer|slider|curveball|move|opening|gambit) (?:\w+ ){0,2}(?:kills|killed|murders|"
    r"murdered) (?:everyone|everybody|people|them|you)\b",
    # chess: "dead in four moves", "your king is naked"
    r"\b(?:dead|mate|mated|lost|finished) in (?:one|two|three|four|five|six|seven|\d+) moves?\b",
    r"\b(?:king|queen|bishop|knight|rook|pawn)s? (?:is|are|was|were|looks|look|left) (?:\w+ )?"
    r"(?:naked|exposed|dead|trapped|hanging|bare)\b",
    # a party, a class or a policy "stabbed in the back" as they feel it
    r"\b(?:feel|feels|felt|feeling) (?:\w+ )?stabbed in the back\b",
    # the comedian's trade: "you either killed or you died"
    r"\b(?:you |she |he |they |i |we )?(?:either )?killed,? or (?:you |she |he |they |i |we )?"
    r"died\b",
    # a room that flinches at a noise, not one person who fears another
    r"\bflinch(?:ed|es|ing)? (?:as one|in unison|together)\b|\b(?:everyone|everybody|the (?:whole )"
    r"?"
    r"(?:room|class|audience|crowd|table|studio|kitchen)) (?:\w+ )?flinch(?:ed|es)\b",
    r"\b(?:absolutely|totally|completely|utterly|well and truly|properly) (?:murdered|"
    r"massacred|slaughtered|killed|smashed|nailed|destroyed|thrashed|battered) (?:it|that|"
    r"this)\b|\b(?:literally|basically|practically|totally|absolutely) " + _HITS_HOW + r"battered "
    r"(?:me|us)\b",
    r"\b(?:murder|murders|murdering|murdered|kill|kills|killing|killed) (?:me|us) "
    r"(?:with|wi'?) (?:\w+ ){0,2}(?:kindness|spreadsheet(?:s)?|paperwork|email(?:s)?|admin|"
    r"work|homework|questions|stocktake|deadline(?:s)?|meeting(?:s)?|report(?:s)?|forms|"
    r"essay(?:s)?|revision|training|drills|chores|jokes|puns|stories|cuteness|suspense)\b|"
    r"\b(?:is|are|'s|'re|keeps|kept|been) (?:\w+ )?murdering (?:me|us)\b(?! one by one| all)",
    # said by the one "murdered", alive: "It murdered me," she said of the exam
    r"\b(?:it|they|that|this|(?:that|this) \w+)(?:'ve| have| has| had|'d)? "
    r"(?:absolutely |totally |"
    r"just |completely |well and truly )?murdered me\b",
    # buried under the day's clutter, not in a grave
    r"\bburied under (?:(?:a|the|his|her|their|my|our|your) )?(?:(?:pile|piles|heap|heaps|"
    r"mountain|mountains|stack|stacks|sea|layer|layers) of )?(?:\w+ )?(?:paper|papers|paperwork|"
    r"books|files|laundry|work|blankets|cushions|coats|toys|post|emails|letters|leaves|dust|"
    r"clutter|junk|boxes|notes|homework|marking|washing|shopping)\b",
    # talked round, not abused: "Charlotte had bullied us both into this"
    r"\bbullied (?:me|us|him|her|them)(?: both| all)? into (?:this|that|it|coming|going|agreeing|"
    r"joining|signing up|taking part|helping|a (?:walk|drink|swim|holiday|haircut))\b",
    r"\b(?:boss|manager|client|teacher|coach|editor|supervisor|landlord|tutor|examiner|"
    r"deadline|monday|week|stocktake|shift|commute) (?:(?:has|had|have|is|was|just|really|"
    r"absolutely|well|and|truly|totally) ){0,4}(?:murdered|murdering|slaughtered|destroyed) "
    r"(?:me|us)\b",
    r"\b(?:this|that|the|last|my) (?:\w+ )?(?:exam|test|paper|essay|deadline|quiz|interview|"
    r"assignment|module|week|shift) (?:(?:absolutely|totally|completely|really|well and truly) )?"
    r"(?:screwed|shafted) (?:me|us)\b",
    # Struck by an idea, by the elegance of a room; a ball, a bell or a rim struck.
    r"\b(?:so|much|greatly|particularly|deeply|quite|very|most|equally) struck\b",
    r"\bstruck (?:\w+ )?(?:by|with) (?:(?:the|his|her|their|its|a|an|this|that|such|how|what|"
    r"some) )?(?:\w+ ){0,2}(?:idea(?:s)?|thought|notion|elegance|beauty|resemblance|likeness|"
    r"similarity|manner(?:s)?|charm|kindness|grace|change|contrast|difference|absurdity|"
    r"oddity|strangeness|silence|stillness|quiet|size|scale|sight|view|fact|look|"
    r"expression|sense|feeling|wonder|awe|admiration|remorse|guilt|shame|doubt|inspiration|"
    r"simplicity|truth|irony|coincidence|detail(?:s)?|cleverness|wit)\b|\bstruck (?:\w+ )?by "
    r"(?:how|what|the way|the fact)\b",
    r"\bstr(?:uck|ike|ikes|iking) (?:the |her |his |my |their |a |its )?(?:\w+ )?(?:ball(?:s)?|"
    r"bell(?:s)?|gong|key(?:s)?|string(?:s)?|anvil|rim|crossbar|woodwork|post|shore|"
    r"reef|oil|gold|flint|camp|tent|sail(?:s)?|colours|colors|coin(?:s)?|medal(?:s)?)\b|"
    # (the clock itself the one that strikes: not "As the bell tolled he struck the boy")
    r"\b(?:clock|bell|bells|hour) (?:(?:had|has|just|finally|then|slowly|loudly|solemnly|already|"
    r"once|twice|again|somewhere|distantly|duly) ){0,2}str(?:uck|ikes|ike|iking)\b",
    # Beating eggs, metal, weft, grain and rugs; the sun beating down; a beat of music; a
    # win at a game; beating oneself up.
    r"\bbeat(?:s|ing|en)? (?:in |up |together )?(?:the |some |two |three |four |six |a few |an )?"
    r"(?:\w+ )?(?:egg(?:s)?|yolks|egg whites|whites|batter|cream|butter|mixture)\b",
    r"\bbeat(?:s|ing|en)? (?:it |them |the (?:mixture|eggs|batter|cream|butter|whites|yolks) )?"
    r"(?:well |hard |briskly )?(?:until|till) (?:\w+ ){0,3}(?:pale|stiff|smooth|fluffy|light|"
    r"thick|creamy|frothy|glossy|peaks|combined|foamy|ribbony|doubled)\b",
    r"\bbeat(?:s|ing|en)? (?:(?!(?:him|her|me|us|you|them|his|with|until|till|by)\b)\w+ ){0,4}"
    r"(?:on|against|upon) (?:the |an )?anvil\b|\bbeat(?:s|ing|en)? (?:(?!(?:him|her|me|us|you|"
    r"them|his|with|until|till|by)\b)\w+ ){0,3}(?:weft|grain|metal|iron|bronze|copper|brass|"
    r"tin|rug(?:s)?|carpet(?:s)?|mat(?:s)?|drum(?:s)?|rhythm|tattoo)\b|"
    r"\bbeaten (?:earth|copper|gold|silver|brass|metal|iron|tin|egg(?:s)?|track(?:s)?|"
    r"path(?:s)?|ground|biscuit(?:s)?|cream)\b",
    r"\b(?:sun|rain|heat|hail|wave(?:s)?|wind|sea|surf|sleet|snow)\b[^.!?]{0,20}"
    r"\bbeat(?:s|ing)? (?:down|against|on|upon|at)\b",
    r"\b(?:a|one|the|every|each|half|full|extra|off|missed|missing|skipped|single)[- ]beat\b"
    r"(?! (?:him|her|them|me|us|you|the|his|my|their|up|down|it)\b)",
    r"\bbeat(?:s|ing)? (?:myself|yourself|himself|herself|themselves|ourselves|yourselves) up\b",
    r"\bbeat(?:s|en|ing)? (?:(?!(?:and|then)\b)\w+ ){0,3}?(?:at|in) (?:chess|cards|draughts|"
    r"checkers|tennis|golf|poker|backgammon|scrabble|bridge|snooker|darts|football|cricket|"
    r"rugby|monopoly|squash|badminton|cribbage|whist|rummy|croquet|piquet|bezique|quoits|"
    r"billiards)\b|\bbeat(?:s|en|ing)? (?:(?!(?:and|then)\b)\w+ ){0,3}?in (?:\w+ ){0,2}moves\b",
    r"\b(?:slaughtered|thrashed|hammered|battered|beaten|beat|massacred|crushed|demolished|"
    r"destroyed|murdered|annihilated|trounced|walloped) (?:\w+ )?(?:(?:\d+|nil|one|two|three|"
    r"four|five|six|seven|eight|nine|ten)[-–](?:\d+|nil|one|two|three|four|five|six|seven|"
    r"eight|nine|ten)\b|by (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|an innings) "
    r"(?:run(?:s)?|point(?:s)?|goal(?:s)?|wicket(?:s)?))",
    # Archery at a target; a look or a text shot; nerves shot.
    r"\b(?:arrow(?:s)?|shot|shoot(?:s)?|shooting|struck|strike(?:s)?|hit)\b[^.!?]{0,80}"
    r"\b(?:(?:into|in|on|at) the gold|bullseye|bull's-eye|(?:outer|inner|outermost|"
    r"innermost|scoring|painted) ring|(?:straw|foam|archery|practice|"
    r"painted|paper|cardboard) target(?:s)?|target(?:s)? (?:of|made of|from) (?:woven |"
    r"painted )?(?:straw|myrtle|wicker|hay|cardboard|paper|foam))\b",
    r"\bshot (?:\w+ ){0,2}(?:a |an )(?:\w+ )?(?:glance|look|glare|smile|grin|wink|frown|"
    r"scowl)\b|\bshot in the (?:dark|arm)\b|\bshoot (?:me|him|her|us|them) (?:a|an) "
    r"(?:quick )?(?:text|message|email|e-mail|line|note|call|dm)\b|\bnerves (?:\w+ ){0,2}shot"
    r"(?: to (?:pieces|bits|hell|ribbons))?\b",
    # The old senses: intercourse = dealings, conversation; aroused suspicion.
    r"\b(?:friendly|daily|constant|easy|familiar|polite|civil|pleasant|commercial|literary|"
    r"epistolary|neighbourly|neighborly|domestic|intellectual|cordial|agreeable|little|further|"
    r"verbal|sociable) intercourse\b|\bintercourse between (?:the |these |those |our |their |"
    r"two |both |the two )?(?:\w+ ){0,2}(?:famil(?:y|ies)|houses|households|towns|villages|"
    r"parishes|courts|nations|countries|kingdoms|estates|neighbours|neighbors|camps|colonies|"
    r"peoples)\b|\bintercourse\b[^.!?]{0,100}\b(?:by letter|by post|correspondence|"
    r"correspondent|morning call(?:s)?)\b",
    r"\baroused (?:\w+ ){0,2}(?:suspicion(?:s)?|curiosity|interest|attention|jealousy|ire|"
    r"anger|fear(?:s)?|envy|indignation|pity|sympathy|concern|doubt(?:s)?|hope(?:s)?|"
    r"hostility|resentment|opposition|comment|alarm)\b|\b(?:suspicion(?:s)?|curiosity|"
    r"interest) (?:was|were|had been|is|has been) aroused\b",
    # Throwing oneself into work; killing oneself with worry.
    r"\b(?:threw|throw|throws|throwing|thrown|flung|fling|flings|hurled|hurl|hurling|hurls) "
    r"(?:himself|herself|myself|yourself|themselves|ourselves|yourselves) (?:\w+ )?into "
    r"(?:the |his |her |my |their |your |our |a |an )?(?:\w+ ){0,2}(?:work|studies|study|"
    r"revision|research|task(?:s)?|job|role|preparation(?:s)?|project(?:s)?|training|business|"
    r"duties|reading|writing|career|practice|arrangements|cause|campaign|schoolwork|homework|"
    r"housework|garden|gardening|cooking|planning|rehearsal(?:s)?|lessons|exam(?:s)?|season|"
    r"festivities|game|dance|dancing|music|painting)\b",
    r"\bkill(?:ing|s|ed)? (?:myself|yourself|himself|herself|ourselves|themselves) (?:with|"
    r"over|about) (?:worry|worrying|work|overwork|fretting|anxiety|embarrassment)\b",
    # Kitchens, workshops, fields and museums: knives, cleavers, blades and swords as tools
    # or exhibits.
    r"\b(?:chef's|chefs|craft|boning|paring|bread|butter|palette|filleting|fillet|oyster|"
    r"cheese|fruit|vegetable|putty|stanley|utility|pen|fish|grapefruit|cake|pastry|marking|"
    r"whittling) (?:knife|knives)\b|\bknife (?:skills|block|drawer|rack|roll|sharpener)\b",
    r"\b(?:cleaver(?:s)?|knife|knives|blade(?:s)?)\b[^.!?]{0,80}\b(?:pork|lamb|beef|chicken|"
    r"fish|loin|trotter(?:s)?|chine|fillet(?:s)?|ham|bacon|brisket|dovetail(?:s)?|timber|"
    r"plank(?:s)?|balsa|sponge|cardboard|fabric)\b|\b(?:pork|lamb|beef|chicken|"
    r"fish|loin|trotter(?:s)?|chine|fillet(?:s)?|ham|bacon|brisket|dovetail(?:s)?|timber|"
    r"plank(?:s)?|balsa|sponge|cardboard|fabric)\b[^.!?]{0,80}\b(?:cleaver(?:s)?|"
    r"knife|knives|blade(?:s)?)\b",
    r"\b(?:sickle(?:s)?|scythe(?:s)?|blade(?:s)?|reaping hook(?:s)?)\b[^.!?]{0,100}\b(?:wheat|"
    r"corn|barley|oats|rye|hay|stalks|sheaves|harvest)\b|\b(?:wheat|"
    r"corn|barley|oats|rye|hay|stalks|sheaves|harvest)\b[^.!?]{0,100}"
    r"\b(?:sickle(?:s)?|scythe(?:s)?|blade(?:s)?)\b",
    r"\b(?:mower|lawnmower|saw|fan|propeller|turbine|skate|oar|plough|hoe|wiper|rotor|blender|"
    r"spade|shovel|paddle)[- ]blade(?:s)?\b|\bblade(?:s)? of (?:grass|the (?:fan|mower|"
    r"propeller|oar|windmill|turbine))\b",
    r"\bwooden (?:sword(?:s)?|dagger(?:s)?|knife|knives|gun(?:s)?)\b|\b(?:ceremonial|toy|"
    r"practice|replica|foam|plastic|cardboard|paper|rubber|display|antique|decorative|museum|"
    r"prop|stage|dress|presentation) (?:\w+ )?(?:sword(?:s)?|blade(?:s)?|dagger(?:s)?|knife|"
    r"knives|spear(?:s)?|axe(?:s)?|mace(?:s)?|pistol(?:s)?|musket(?:s)?|rifle(?:s)?|gun(?:s)?|"
    r"arrow(?:s)?|lance(?:s)?|halberd(?:s)?|pike(?:s)?|sabre(?:s)?|rapier(?:s)?|cudgel(?:s)?|"
    r"club(?:s)?|flail(?:s)?)\b",
    # Blows that land on no one: a straw into a carton, a fist into dough, a head on a low
    # beam, a friendly thump on the back, a duvet wrestled into its cover.
    r"\bstab(?:bed|s|bing)? (?:\w+ ){0,3}(?:into|through) (?:the |a |an |its |his |her |my |"
    r"their )?(?:\w+ )?(?:box(?:es)?|carton(?:s)?|pincushion(?:s)?|cushion(?:s)?|"
    r"potato(?:es)?|cake(?:s)?|dough|earth|soil|ground|turf|snow|sand|ice|cork(?:s)?|map(?:s)?|"
    r"paper|lid(?:s)?|foil|film|clingfilm|packet(?:s)?|meat|turkey|pie(?:s)?|cheese|"
    r"table(?:s)?|tablecloth|board(?:s)?|noticeboard(?:s)?|corkboard|tyre(?:s)?|tire(?:s)?|"
    r"pumpkin(?:s)?|melon(?:s)?)\b",
    r"\b(?:punch\w*|knock\w*|fist(?:s)?|beat\w*|slap\w*|pummel\w*|thump\w*|knead\w*)\b"
    r"[^.!?]{0,40}\bdough\b|\bdough\b[^.!?]{0,40}\b(?:punch\w*|knock\w*|beat\w*|slap\w*|"
    r"pummel\w*|thump\w*)\b|\bpunch(?:ed|es|ing)? (?:the |his |her |my |a )?(?:pillow(?:s)?|"
    r"cushion(?:s)?|air)\b",
    r"\bhit (?:his|her|my|their|your|its) head (?:\w+ ){0,2}on (?:the |a |an |those |these |"
    r"that )?(?:\w+ )?(?:beam(?:s)?|ceiling|doorframe|door frame|lintel|cupboard|shelf|branch|"
    r"roof|rafter(?:s)?)\b|\b(?:beam(?:s)?|ceiling(?:s)?|doorframe(?:s)?|lintel(?:s)?|"
    r"rafter(?:s)?|cupboard(?:s)?|shelves|branch(?:es)?)\b (?:\w+ ){0,4}hit (?:his|her|my|"
    r"their|your) head(?:s)? on\b",
    r"\b(?:thumped|slapped|patted|clapped|thump|slap|pat|clap) (?:him |her |me |them |us )?on "
    r"the back\b(?! of (?:the|his|her|my|their) (?:head|neck|skull|legs?|knees?)| with\b)",
    r"\bwrestl(?:ed|es|ing|e) (?:with )?(?:the |a |an |his |her |my |their |its |our )?"
    r"(?:\w+ )?(?:duvet(?:s)?|cover(?:s)?|suitcase(?:s)?|case(?:s)?|box(?:es)?|sofa|couch|"
    r"wardrobe(?:s)?|door(?:s)?|window(?:s)?|lid(?:s)?|jar(?:s)?|cork(?:s)?|shoe(?:s)?|"
    r"boot(?:s)?|sock(?:s)?|tent(?:s)?|sheet(?:s)?|pram(?:s)?|buggy|trolley(?:s)?|bag(?:s)?|"
    r"luggage|key(?:s)?|tyre(?:s)?|tire(?:s)?|wheel(?:s)?|sail(?:s)?|kite(?:s)?|umbrella(?:s)?|"
    r"map(?:s)?|zip(?:s)?|zipper(?:s)?|button(?:s)?|chair(?:s)?|deckchair(?:s)?|mattress(?:es)?|"
    r"furniture|coat(?:s)?|jacket(?:s)?|jumper(?:s)?|tree|hose|problem(?:s)?|question(?:s)?|"
    r"conscience|decision|thought(?:s)?|feeling(?:s)?|temptation|doubt(?:s)?)\b|\bwrestl(?:ed|"
    r"es|ing|e) it (?:on|onto|on to|into|off|open|shut|free|loose|out)\b",
    r"\b(?:pinned|wrestled|tackled|held) (?:\w+ ){0,6}and tickled\b",
    r"\b(?:crushed|crushing) on (?:him|her|them|you|me|someone|somebody|each other)\b",
    r"\blick(?:ing|ed|s)? (?:its|his|her|their|my|our|your) wounds\b",
    r"\bflog(?:ging|ged|s)? (?:\w+ ){0,3}(?:at|for) (?:a (?:quid|pound|fiver|tenner|bob|song)|"
    r"£|\$|\d|half price|next to nothing)|\bflogging (?:a )?dead horse\b",
    r"\b(?:bright|beady|small|round|little|shiny|glittering|button) black eye(?:s)?\b",
    # Bleeding brakes and ink; torn cartilage; fish guts; the cutting done oneself.
    r"\bbleed(?:ing|s)? (?:the )?(?:brake(?:s)?|radiator(?:s)?|line(?:s)?|valve(?:s)?|system|"
    r"pipe(?:s)?)\b|\b(?:ink|inks|colour(?:s)?|color(?:s)?|dye(?:s)?|paint(?:s)?|"
    r"watercolour(?:s)?)\b (?:\w+ ){0,2}(?:bled|bleeding|bleed|bleeds)\b",
    r"\b(?:torn|tore|tearing) (?:a |the |his |her |my |their )?(?:\w+ )?(?:cartilage|"
    r"ligament(?:s)?|meniscus|hamstring(?:s)?|muscle(?:s)?|tendon(?:s)?|acl|rotator cuff)\b",
    r"\b(?:fish|mackerel|herring|trout|salmon|cod|chicken|rabbit|pumpkin|haggis|turkey)"
    r"(?:'s|s'|es|s)? (?:guts|insides|innards|entrails)\b|\b(?:guts|insides|innards|entrails) "
    r"of (?:the |a )?(?:fish|mackerel|herring|trout|salmon|cod|chicken|rabbit|pumpkin|haggis|"
    r"turkey|clock|watch|radio|piano|machine|engine|computer|sofa|cushion|teddy)\b|"
    r"\b(?:haggis|pie|pudding|sausage|pumpkin)\b[^.!?]{0,60}\binsides\b",
    r"\bthe (?:\w+ )?cutting (?:himself|herself|myself|yourself|themselves)\b",
    # Chess lines and football tactics called suicidal.
    r"\b(?:line|move|gambit|opening|pace|tactics|defence|defense|attack|charge|policy|plan|"
    r"manoeuvre|maneuver|sacrifice|mission|overtake|strategy) (?:(?:was|is|were|are|seemed|"
    r"seems|looked|looks|sounded|sounds|quite|utterly|frankly|simply|downright|positively|"
    r"almost|faintly) ){0,2}suicidal\b|\bsuicidal (?:for (?:black|white)|line|move|gambit|"
    r"opening|pace|tactics|attack|charge|mission|run|overtaking|manoeuvre|maneuver|sacrifice)\b",
    r"\b(?:wrote|left|scribbled|jotted|typed|added) (?:a|the|her|his) note (?:on|in|to) "
    r"(?:the|a|his|her|their) (?:screen|file|chart|notes|record(?:s)?|system|computer|pad|"
    r"notepad|margin|calendar|diary|register|whiteboard|blackboard|form|sheet)\b",
    # Drink that is not drink: a flask of coffee, spirits of wine, a cotton gin, a rum sort
    # of fellow, acid in a laboratory, smoke alarms, a legless lizard.
    r"\b(?:drink|drinks|drank|drinking|sipped|sipping|sips) (?:\w+ ){0,3}(?:hot chocolate|"
    r"buttermilk|fizzy|soda|squash|cordial|smoothie(?:s)?|kombucha|ribena|cola|lemonade|"
    r"milkshake(?:s)?|tisane|decaf|latte|cappuccino|chai|mocktail(?:s)?|tonic water|"
    r"ginger beer|ginger ale|sparkling water|soft drink(?:s)?)\b|\b(?:hot chocolate|buttermilk|"
    r"ribena|cordial|smoothie|kombucha|ginger beer|milkshake|soda)\b[^.!?]{0,80}\bdrank\b",
    r"\b(?:hip[- ]flask(?:s)?|flask(?:s)?|bottle(?:s)?|jug(?:s)?|tumbler(?:s)?)\b "
    r"(?:in \w+'s \w+ )?(?:(?:held|holds|holding|contained|contains|containing|had|has|was|is|"
    r"were|are|full|filled|nothing|but|only|just|of|with) ){1,4}(?:(?:hot|cold|iced|black|"
    r"sweet|fresh|warm|fizzy|sparkling|still) ){0,2}(?:coffee|tea|cocoa|chocolate|ribena|soup|"
    r"water|milk|lemonade|juice|squash|cordial|broth|buttermilk|smoothie|ginger beer)\b",
    r"\bvirgin (?:mojito(?:s)?|colada(?:s)?|mary|marys|cocktail(?:s)?|pi[nñ]a colada|"
    r"daiquiri(?:s)?)\b|\bmocktail(?:s)?\b|\b(?:order(?:ed|s|ing)?|sipp(?:ed|ing)|drank|had|"
    r"having) (?:a |an |another |two |the )?(?:virgin|alcohol-free|non-alcoholic|zero-alcohol|"
    r"low-alcohol|mocktail)\b(?: [\w'’]+)?",
    r"\bspirit(?:s)? of (?:wine|salt|salts|hartshorn|turpentine|ammonia|camphor|nitre|vitriol)\b",
    r"\b(?:weak|strong|dilute|diluted|concentrated|corrosive|fuming|boiling|mineral|organic) "
    r"acid(?:s)?\b|\bacid(?:s)? (?:table|bath(?:s)?|fumes|solution|bottle(?:s)?|jar(?:s)?|"
    r"vat(?:s)?|etch|etching|trough(?:s)?|resistant|proof)\b|\b(?:in|into) (?:the |a |some )?"
    r"acid(?:s)?\b|\b(?:trough(?:s)?|vat(?:s)?|bath(?:s)?|bottle(?:s)?|jar(?:s)?|beaker(?:s)?|"
    r"flask(?:s)?) of acid\b",
    r"\bcotton gin(?:s)?\b|\ba rum (?:old |sort of |kind of )?(?:business|sort|fellow|do|thing|"
    r"lot|customer|go|one|start|affair|case|cove|chap|place|joke|story)\b",
    r"\bsmoke (?:alarm(?:s)?|detector(?:s)?|signal(?:s)?|screen(?:s)?|bomb(?:s)?|ring(?:s)?|"
    r"machine(?:s)?|stack(?:s)?|grenade(?:s)?)\b|\bthread(?:s)? of smoke\b",
    r"\bwine (?:went in|goes in|into the (?:pan|pot|sauce|stew|casserole|gravy|risotto|"
    r"marinade))\b|\bdeglaz\w+ (?:\w+ ){0,4}wine\b|\bwine (?:vinegar|gums|-dark|dark|red|"
    r"-red|-coloured|coloured)\b",
    r"\btipsy (?:lean|tilt|angle|slant)\b|\b(?:drunk|tipsy|intoxicated|high) (?:as a kite )?"
    r"(?:on|with) (?:nothing but )?(?:love|power|joy|happiness|success|victory|the news|news|"
    r"relief|excitement|adrenaline|endorphins|freedom|praise|sugar|caffeine|life|hope|"
    r"sunshine|laughter)\b",
    r"\blegless (?:lizard(?:s)?|reptile(?:s)?|amphibian(?:s)?|creature(?:s)?|animal(?:s)?|"
    r"insect(?:s)?|larva|larvae|grub(?:s)?|beetle(?:s)?|worm(?:s)?|salamander(?:s)?)\b",
    r"\b(?:nothing|none)\b (?:(?!(?:he|she|they|i|we|you|him|her|them|me|us|get|got|getting)\b)"
    r"[\w'’]+ ){0,5}wasted\b|\b(?:food|time|money|effort|space|water|paper|energy|breath|"
    r"word(?:s)?|talent|crust(?:s)?|scraps|leftovers|bones|peelings|opportunit(?:y|ies)|"
    r"chance(?:s)?|life|lives|years|days|hours|ammunition|resources)\b (?:(?:was|were|is|are|"
    r"be|been|being|ever|never|all|completely|totally|entirely|simply|utterly|so|not|had|has|"
    r"have) ){1,3}wasted\b",
    r"\bdos(?:e|es|ing|age) (?:\w+ ){0,3}(?:paracetamol|ibuprofen|antibiotic(?:s)?|calpol|"
    r"aspirin|insulin|penicillin|vaccine(?:s)?|syrup|tincture|drops)\b|\bdosing (?:table|chart|"
    r"instructions)\b|\b(?:paracetamol|ibuprofen|antibiotic(?:s)?|calpol|aspirin|insulin|"
    r"penicillin|vaccine(?:s)?|syrup|tincture)\b[^.!?]{0,60}\bdos(?:e|es|ing|age)\b|"
    r"\b(?:oral|dosing|medicine|feeding) syringe(?:s)?\b",
    # Sexual words in other senses: thrust of an engine or a fencer, the nipple of a
    # valve, a pianist's fingering, rain penetration, the erection of a building.
    r"\b(?:full|engine|engines|forward|reverse|maximum|rocket|jet|main|upward) thrust\b|"
    r"\bthe (?:main |whole |central |general )?thrust of (?:the|his|her|their|its|my|your|this|"
    r"that) (?:\w+ )?(?:argument|story|plan|speech|question|essay|case|report|book|piece|"
    r"article|debate|policy|campaign|remarks|reasoning|research|work|film|novel)\b|\bthrust "
    r"(?:it|them|this|that|the \w+|a \w+|an \w+) (?:at|towards|toward|into (?:his|her|my|their)"
    r" (?:hand|hands|pocket|pockets|arms)|under (?:his|her|my|their) nose)\b",
    r"\b(?:fencing|fenced|en garde|touch[eé]|piste|[eé]p[eé]e(?:s)?|salle)\b[^.!?]{0,80}"
    r"\bthrust(?:s)?\b|\bthrust(?:s)?\b[^.!?]{0,80}\b(?:fencing|fenced|en garde|touch[eé]|piste|"
    r"[eé]p[eé]e(?:s)?|salle)\b",
    r"\b(?:grease|bleed|bleeder|brake|radiator|feeding|bottle|nozzle|spoke|valve|caliper|hose|"
    r"pipe)(?:s)? nipple(?:s)?\b|\bnipple(?:s)? (?:\w+ ){0,2}(?:on|of) (?:the|a|an|its) "
    r"(?:\w+ ){0,2}(?:caliper|radiator|valve|brake(?:s)?|bottle|pipe|hose|boiler|tyre|tire|"
    r"wheel|spoke|grease gun|bike)\b",
    r"\bfingering(?:s)?\b[^.!?]{0,60}\b(?:scale(?:s)?|"
    r"chord(?:s)?|piece|notes|semiquavers|quavers|score|sonata|etude|exercise|pencil|ink|"
    r"violin|piano|cello|flute|guitar)\b|\b(?:scale(?:s)?|chord(?:s)?|"
    r"semiquavers|quavers|score|sonata|etude|exercise|violin|piano|cello|flute|guitar|"
    r"keyboard)\b[^.!?]{0,60}\bfingering(?:s)?\b",
    r"\b(?:rain|water|damp|moisture|market|light|armour|armor|frost|root|sun|ground|signal)"
    r"[- ]penetration\b|\bpenetration (?:test(?:s)?|testing|tester(?:s)?|rate(?:s)?|depth|of "
    r"(?:the )?(?:market|armour|armor|light|water|damp|rain|sound))\b",
    r"\berection\b[^.!?]{0,60}\b(?:building(?:s)?|extension|scaffold|scaffolding|planning|"
    r"regulations|monument|statue|marquee|bridge|church|porch|conservatory|memorial|chapel|"
    r"cathedral|factory|pavilion|gallows)\b|\b(?:building|extension|scaffold|scaffolding|"
    r"planning|monument|statue|marquee|bridge|church|porch|conservatory|memorial|chapel|"
    r"cathedral|factory|pavilion|gallows)(?:s)?\b[^.!?]{0,60}\berection\b",
    # Abuse of power, of a position, of trust: misconduct, not a person abused.
    r"\babus(?:e|ed|es|ing) (?:of )?(?:(?:his|her|their|the|my|your|its|our|an?) )?(?:own )?"
    r"(?:power|powers|position|authority|office|trust|rank|privileges?|status|role|title|"
    r"influence|discretion|expenses|the system|the law|public funds)\b"
    # (not a carer's or a guardian's position: that is abuse of the one in their care)
    r"(?! as (?:his|her|their|my|your|our|the|a) )",
    # Drink and drugs abused: substance use, not abuse (the match holds only the abuse
    # word: the drink or the drug keeps its own cue, _ABUSED_SUBSTANCE).
    r"(?:"
    + "|".join(
        rf"(?<=\b{w} )"
        for w in "alcohol drug drugs substance solvent steroid opioid opiate prescription "
        "painkiller cocaine heroin cannabis".split()
    )
    + r")abuse\b|"
    r"\babus(?:e|ed|es|ing)(?= (?:of )?(?:\w+ )?"
    r"(?:alcohol|drink|drugs|substances|solvents|steroids|opioids|opiates|painkillers|pills|"
    r"cocaine|heroin|cannabis|amphetamines|laudanum|the bottle)\b)",
    # Abuse of a process, of a semicolon, of an old typewriter.
    r"\babuse of (?:the )?(?:process|discretion|privilege(?:s)?|procedure|system|language|"
    r"statistics|notation|hospitality|rules|a dominant position)\b|\babus(?:ed|es|ing) "
    r"(?:the |a |my |his |her |their |our |every |each )?(?:\w+ )?(?:semicolon(?:s)?|"
    r"comma(?:s)?|apostrophe(?:s)?|grammar|exclamation (?:mark(?:s)?|point(?:s)?)|adverb(?:s)?|"
    r"adjective(?:s)?|metaphor(?:s)?|ellipses|dashes|capital letters|caps lock|"
    r"privilege(?:s)?|hospitality|laptop|computer|typewriter|piano|keyboard|printer|toaster|"
    r"engine|equipment|furniture|kettle|microwave|instrument|tool(?:s)?|credit card|overdraft)\b"
    r"(?! (?:teacher|tutor|student|pupil|player|man|woman|boy|girl)s?\b)",
    r"\b(?:typewriter|laptop|computer|printer|keyboard|piano|toaster|kettle|machine|engine|"
    r"instrument|furniture|sofa|equipment|tool|satnav|microwave|oven|router)"
    r"(?:s)? (?:(?:has|had|have|is|was|were|'s|been|being|suffered|endured|taken|seen|most|some|"
    r"such|shameful|terrible|awful|dreadful|appalling|the most) ){0,6}"
    r"(?:abuse|abused|bullied|gaslighting|gaslit|gaslighted)\b",
    # Swearing words in other senses: the damned of the Last Judgement, Christ in majesty,
    # hell as a place in a sermon, a bitch with her litter.
    r"\bthe damned\b(?=\s*(?:[.,;:!?)]|$| (?:and|would|will|shall|were|are|in|of|who|on|being|"
    r"rising|below|burn|burning|suffer|suffering|soul(?:s)?)\b))",
    r"\bchrist (?:in (?:judgement|judgment|majesty|glory|the temple|the wilderness)|child|"
    r"church|pantocrator|crucified|risen|on the cross|enthroned)\b",
    r"\b(?:mouth|jaws|circle(?:s)?|harrowing|architecture|map|vision|torment(?:s)?|pains|"
    r"doctrine|lake|flames|bowels) of hell\b|\b(?:heaven|purgatory|limbo|paradise) and hell\b|"
    r"\bhell (?:and|or) (?:heaven|purgatory|paradise)\b|\bgaming[- ]hell(?:s)?\b|\b(?:burn|"
    r"burned|burnt|burning|suffer|suffering|damned|condemned|sent|cast|descend(?:ed|s)?) "
    r"(?:\w+ ){0,2}(?:in|into|to) hell (?:for (?:ever|eternity|all eternity)|eternally)\b",
    r"\bbitch(?:es)?\b[^.!?]{0,50}\b(?:whelped|whelping|whelp|pups|puppies|litter|in season|"
    r"in heat|on heat)\b",
    # (more of the same senses)
    r"\b(?:jeans|turban(?:s)?|bonnet(?:s)?|fashion(?:s)?|style(?:s)?|trend(?:s)?|fad(?:s)?|"
    r"craze(?:s)?|genre(?:s)?|format(?:s)?|punk|disco|grunge|story|stories)\b (?:(?:are|is|"
    r"were|was|quite|so|totally|completely|"
    r"utterly|now|long) ){1,3}dead\b",
    r"\b(?:legs|leg|feet|foot|arms|arm|hands|hand|fingers|toes|thighs|calves|muscles)\b "
    r"(?:(?:are|were|is|was|felt|feel|feels|went|go|gone|goes|completely|totally|just|all|"
    r"already|quite|utterly|have|has) ){1,3}dead\b",
    r"\bdead (?:vine(?:s)?|cane(?:s)?|foliage|grass|bracken|growth|blooms|flowerheads|"
    r"nettles|haulms|stalks)\b",
    r"\bdied on (?:its|their) feet\b|\bwho died and made (?:you|him|her|them)\b",
    r"\bdie (?:of|from) (?:embarrassment|shame|laughter|boredom|curiosity|envy|jealousy|"
    r"happiness|cuteness)\b",
    r"\b(?:scream|screamed|screaming|screams|yell|yelled|yelling|cry|cried|crying|shout|"
    r"shouted|shouting) blue murder\b",
    r"\bthe death of (?:his|her|my|our|their|your) (?:\w+ ){0,2}(?:profit(?:s)?|margin(?:s)?|"
    r"sanity|patience|diet|budget|social life|savings|bank balance|nerves|waistline)\b",
    r"\bbur(?:y|ies|ied|ying) (?:the |your |his |her |my |their |a |some )?(?:\w+ )?"
    r"(?:bulb(?:s)?|seed(?:s)?|lede|hatchet|treasure|time capsule|acorn(?:s)?|nut(?:s)?)\b|"
    r"\bburied (?:\w+ ){0,2}(?:under|beneath|in) (?:\w+ ){0,2}(?:moss|paperwork|papers|work|"
    r"book(?:s)?|blanket(?:s)?|duvet(?:s)?|covers|cushion(?:s)?|pillow(?:s)?|laundry|email(?:s)?|"
    r"admin|files|notes|ivy|brambles|weeds)\b",
    r"\bkill(?:ed|s|ing)? (?:off )?(?:the |that |a |this |every |my |his |her |all the )?(?!by )(?:"
    r"\w+ )?"
    r"(?:note|notes|"
    r"chord|tune|punchline|mood|vibe|buzz|momentum|conversation|drive|drives|main drive|"
    r"thrusters?|reactor|motor|motors|power|comms|feed|signal|music|radio|lights?|switch|"
    r"alarm|siren|bindweed|weeds?|slugs|aphids|greenfly|moss|nettles|brambles|ivy|"
    r"dandelions|mould|mold|bacteria|germs|fungus|blight|process|processes|app|tab|tabs|"
    r"server|connection)\b",
    # plants that choke plants ("before it strangles the beans")
    r"\bstrangl\w* (?:the |my |our |his |her |their |all the )?(?:\w+ )?(?:beans|plants|roses|"
    r"tomatoes|seedlings|hedge|trees?|shrubs?|flowers|veg|vegetables|garden|peas|border|"
    r"lettuces?|courgettes?)\b",
    # a project's post-mortem: "what killed us?", a page "dead on arrival", a logo buried
    r"\bwhat (?:killed|kills|sank|sunk|finished) (?:us|it|the (?:launch|project|deal|pitch|show|"
    r"campaign|idea|band|business|company|app|product|plan))\b",
    r"\b(?:page|plan|idea|bill|proposal|project|product|launch|scheme|pitch|campaign|deal|"
    r"design|policy|film|album|show|it|that|this|app|feature|website|site|motion)(?: \w+)? "
    r"(?:was|is|had been|has been|were|are|'s|’s) (?:\w+ )?dead on arrival\b",
    r"\bbur(?:y|ied|ying|ies) (?:the |that |this |our |their |his |her |my |an? )?(?:old |"
    r"whole )?(?:logo|hatchet|idea|plan|story|report|news|lede|lead|past|feelings|rumou?r|"
    r"proposal|project|scandal|grudge|quarrel|mistake|memo|email|draft|file|files|bad news)\b",
    # a game's "YOU DIED" on the screen
    r"\byou died\b[^.!?]{0,40}\b(?:screen|flashed|again|for the \w+ time|respawn\w*)\b",
    r"\b(?:wound zone|kill ring|scoring ring|scoring zone)\b",
    r"\b(?:pig's|pigs'|pig|ox|beef|lamb's|goose|duck|chicken|animal|cow's) blood\b",
    r"\b(?:bark|trunk) (?:has |had )?(?:\w+ ){0,3}(?:over|round|around) the (?:old )?wound\b|"
    r"\bwound (?:in|on) the (?:bark|tree|trunk)\b",
    r"\b(?:this|that|it)(?: is|'s| was| will be) (?:sheer |pure |absolute |actual |literal |"
    r"such )?torture(?=\s*(?:[.!]|$))",
    r"\bshag(?:s)? (?:\w+ ){0,2}(?:dries|dried|drying|wings|perched|dives|dived|diving|nest|"
    r"nests|nesting|colony|cormorant(?:s)?)\b",
    r"\b(?:on|across|between|through|behind) the (?:\w+ )?bars\b",
    r"\bswung (?:(?:it|them|the \w+|(?:his|her|their) \w+) (?:(?:both|all) )?(?:open|shut|"
    r"closed|wide|back|round|around|aside)|(?:open|shut|closed|wide))\b(?! (?:and|to) "
    r"(?:hit|struck|smashed))",
    r"\b(?:cut|cuts|cutting|slashed|slashing|trimmed) (?:the |a |an |this |that |my |his |her |"
    r"their |our |every )?(?:\w+ )?(?:scene(?:s)?|chapter(?:s)?|paragraph(?:s)?|sentence(?:s)?|"
    r"take(?:s)?|clip(?:s)?|footage|edit|draft|speech|budget(?:s)?|price(?:s)?|cost(?:s)?|jobs|"
    r"staff|funding|hours|wages|salar(?:y|ies)|rates|taxes|spending|sugar|carbs|dance|song|"
    r"verse|sequence|montage|runtime|word count)\b",
    r"\bcut(?:s|ting)? (?:\w+ ){0,3}(?:from|out of) (?:\w+ ){0,2}(?:sponge|paper|card|"
    r"cardboard|felt|fabric|cloth|leather|wood|foam|tissue|newspaper|pastry|dough)\b",
    r"\b(?:brush(?:ed|ing)? on|coat(?:s)? of|tissue|balsa)\b[^.!?]{0,40}\bdope\b|"
    r"\bdope\b[^.!?]{0,40}\b(?:brush|tissue|balsa|coats)\b",
    r"\bsuck(?:ed|s|ing)? (?:her|his|my|their|its|your|a) (?:\w+ )?(?:thumb|pen|pencil|sweet|"
    r"lolly|lollipop|straw)\b",
    r"\bthrew (?:him|her|them|the (?:baby|child|boy|girl)) (?:up )?(?:into|in) the air and "
    r"caught\b|\b(?:throw(?:s|ing|n)?|threw) (?:the |a |an )?(?:\w+ )?(?:lever|switch|bolt|"
    r"dice|ball|frisbee|stick|bone|party|tantrum|fit|glance|look|shadow|light)\b|"
    r"\b(?:throw(?:s|ing|n)?|threw) (?:a |the )?(?:\w+ )?(?:bookmark|cushion|pillow|bean|sock|"
    r"napkin|towel|tea towel|crust|crumb|peanut|grape|sweet|paper ball|snowball) at\b",
    r"\b(?:go|goes|gone|went|going|drift|drifted|drifting|fall|fell|falling|fallen) (?:back )?"
    r"to sleep with (?:her|his|my|their|your|its|a|the) (?:\w+ )?(?:head|face|cheek|arm|arms|"
    r"hand|hands|book|light|lamp|window|radio|tv|telly|mouth|glasses|shoes|boots|clothes|"
    r"thumb|knees)\b",
    r"\bunbutton(?:ed|s|ing)? (?:her|his) (?:\w+ )?(?:blouse|shirt|top|dress|coat|cardigan)\b"
    r"[^.!?]{0,40}\b(?:fed|feed|feeding|nurse|nursed|nursing|latched|baby)\b",
    r"\b(?:a|the|plain|slimline) tonic(?: water)? with (?:lime|lemon|ice|a slice)\b|"
    r"\btonic water\b",
    r"\bfired (?:\w+ ){0,2}(?:at nothing|into the air|in the air|into the sky|harmlessly|a "
    r"salute)\b",
    r"\b(?:torn|tore|tear|tearing|ripped|rip) (?:\w+ ){0,2}(?:to shreds|apart|to pieces|to bits)"
    r" (?:over|by|about|in) (?:the |his |her |their |a )?(?:\w+ ){0,2}(?:invoices|review(?:s)?|"
    r"critics|press|papers|comments|meeting|committee|report|essay|proposal|plan|figures|"
    r"budget|presentation|interview|board|panel|examiner(?:s)?|editor|twitter|internet)\b",
    r"\b(?:drank|drinks|drink|drinking) (?:\w+ ){0,2}(?:cup(?:s)?|mug(?:s)?|pot(?:s)?|"
    r"cupful(?:s)?|teacup(?:s)?) of\b(?! (?:wine|ale|mead|beer|sake|rum|gin|grog|punch|sack|"
    r"brandy|whisky|whiskey|spirits|liquor|cider|poison|laudanum))",
    r"\b(?:rook(?:s)?|pawn(?:s)?)(?:'s)? (?:(?:had|has|have|been|was|were|are|is|both|all) )"
    r"{0,3}(?:slaughtered|dead|killed|taken|captured|massacred)\b|\bby move (?:\d+|\w+)\b"
    r"[^.!?]{0,60}\b(?:slaughtered|dead|killed|massacred)\b",
    r"\b(?:critics|reviewers|press|papers|reviews) (?:(?:absolutely|completely|utterly|totally|"
    r"just|really|had|have|duly|promptly|all) )?(?:slaughtered|savaged|mauled|"
    r"murdered|massacred|butchered|crucified|killed|destroyed)\b",
    r"\bbrandish(?:ed|es|ing)? (?:a |an |the |his |her |their )?(?:\w+ )?(?:spoon|ladle|whisk|"
    r"spatula|rolling pin|fork|umbrella|newspaper|letter|ticket(?:s)?|menu|phone|pen|flag|map|"
    r"certificate|trophy|cup|baguette|boning knife|chef's knife|palette knife|butter knife|"
    r"bread knife|paring knife)\b",
    r"\b(?:whetstone|sharpening stone|grindstone|strop|knife block)\b[^.!?]{0,80}\b(?:knife|"
    r"knives|cleaver(?:s)?|blade(?:s)?)\b|\b(?:knife|knives|cleaver(?:s)?|blade(?:s)?)\b"
    r"[^.!?]{0,80}\b(?:whetstone|sharpening stone|grindstone)\b",
    r"\bstarting (?:pistol|gun)(?:s)?\b|\b(?:karate|kata|judo|taekwondo|kung fu|dojo|"
    r"grading)\b[^.!?]{0,80}\b(?:strike(?:s)?|block(?:s)?|punch(?:es)?|kick(?:s)?)\b",
    r"\b(?:murdered|slaughtered|massacred|killed|smashed|nailed|destroyed) (?:that |the |this )?"
    r"(?:question|exam|test|quiz|interview|presentation|audition)\b(?! (?:subject|pilot|driver|"
    r"candidate|dummy|animal|patient)s?\b)",
    r"\b(?:archive|cuttings|clippings|newsroom)\b[^.!?]{0,60}\bmorgue\b",
    # a meal eaten, not a meal withheld ("the children had had their supper")
    r"\b(?:had|have|has|having|ate|eaten|eat|eats|eating|cooked|cook|cooking|made|making|laid|"
    r"serve|served|serving|finished) (?:(?:their|his|her|my|our|your|the|a|"
    r"an|some|early|late|light|hot|good|hearty|quick) ){0,2}supper\b",
    r"\b(?:water|oil|paint|sand|salt|flour|confetti|rice|petals|cupful|bucket(?:ful)?|"
    r"jug(?:ful)?)\b (?:(?:was|were|had been|got|is|are) )thrown\b",
    r"\b(?:tomato|bean|garden|hazel|bamboo|tree|fence|tent|surveyor's) stake(?:s)?\b|"
    r"\bstake(?:s)? (?:\w+ ){0,2}into the (?:ground|earth|soil|lawn|turf|border|sand|mud)\b",
    r"\bsmashed (?:against|on|into|across) the (?:\w+ )?(?:hull|bow|bows|stern|steel)\b",
    r"\b(?:moan(?:ing|ed|s)?|groan(?:ing|ed|s)?|calling|call(?:ed|s)?) for brains\b",
    r"\bstrangl(?:e|es|ed|ing) (?:the |a |an |my |our |their |every )?(?:\w+ ){0,2}"
    r"(?:tree(?:s)?|plant(?:s)?|rose(?:s)?|hedge(?:s)?|shrub(?:s)?|flower(?:s)?|seedling(?:s)?|"
    r"crop(?:s)?|vegetables|growth|economy|market|trade|supply|supplies|competition)\b|"
    r"\bflayed by (?:a |the )?(?:\w+ )?(?:plant|bramble(?:s)?|rose(?:s)?|thorn(?:s)?|"
    r"nettle(?:s)?|wind|cold|critics|reviewers)\b",
    # death, substance use (train misses): "dead" as a British intensifier ("dead embarrassed",
    # "dead chuffed"); fainting "dead away"; weddings and funerals as the family's occasions,
    # and a funeral in a simile ("like a hat at a funeral"); "stone-cold sober"; a medicine's
    # dose as prescribed, a radiation dose rate.
    r"\bdead (?:embarrassed|chuffed|keen|jealous|excited|nervous|proud|pleased|posh|boring|"
    r"clever|brilliant|handy|nice|sweet|scared|worried|cross|happy|kind|friendly|impressed|"
    r"funny|easy|good|lucky|serious|quiet|busy|tired|exciting|popular|cool|annoyed|upset|"
    r"proper)\b",
    # baseball: the squeeze play, a bunt that stops where it lands
    r"\bsuicide squeeze\b|\b(?:bunt|bunted|bunts) (?:\w+ )?dead\b|\bdead (?:down|along) the "
    r"(?:\w+ )?(?:first-base |third-base |baseline |foul )?line\b",
    r"\bfaint(?:s|ed|ing)? dead away\b",
    r"\bweddings? and (?:every |the |a |at )?funerals?\b|\bfunerals? and (?:every |the |a |at )?"
    r"weddings?\b|\b(?:like|as \w+ as) (?:a |an |the )?(?:\w+ ){0,3}at a funeral\b",
    r"\bstone[- ]cold sober\b",
    r"\bdose rate\b|\b(?:current|usual|prescribed|recommended|correct|right|daily|maintenance|"
    r"starting|same|lowest|normal) dose\b",
]

_GLUE = frozenset(
    "the her him his and for you them with from out off its into that this are was were "
    "had has not".split()
)


def _exceptions_by_word() -> dict[str, re.Pattern[str]]:
    """Each cue word with only the exceptions that can hold it (those whose pattern names
    the word or its stem), so a sentence is searched for a handful of patterns, not all."""
    # Which exceptions name each stem: a cue word is held by those of its beginnings.
    naming: dict[str, set[int]] = {}
    for i, source in enumerate(_EXCEPTIONS):
        words = set(re.findall(r"[a-z][a-z-]{2,}", re.sub(r"\\[a-zA-Z]", " ", source)))
        for stem in words - _GLUE:
            naming.setdefault(stem, set()).add(i)
    table: dict[str, re.Pattern[str]] = {}
    for word in CUES:
        mine: set[int] = set()
        for end in range(3, len(word) + 1):
            mine |= naming.get(word[:end], set())
        if mine:
            table[word] = lowered("|".join(_EXCEPTIONS[i] for i in sorted(mine)))
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
        # the clinical register: "denies suicidal ideation"
        "denies",
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
        # told as talk, not as fact: "he allegedly beat her", "claiming he had shot a man"
        "claiming",
        "allegedly",
        "supposedly",
        "rumoured",
        "rumored",
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

# Words of EXPLICIT that make a sentence of sexual content explicit on their own: a
# genital named in slang, a climax, a sex act named (one of them counts as two).
EXPLICIT_ALONE = frozenset(
    """
    cock cocks cunt clit clitoris pussy dick dicks semen cum cumming orgasm orgasms orgasmed
    climaxed climaxing erection boner hard-on blowjob blowjobs handjob fingering
    fingered rimming strap-on
    """.split()
)

# After a number, what makes it a time or a measure, not an age: "it was three in the
# morning", "was twelve o'clock", "were four miles off".
NOT_A_TIME = (
    r"(?!\s*(?:in the|at night|o'?clock|hours?|minutes?|days?|weeks?|months?|times|am\b|pm\b|"
    r"a\.m|p\.m|of|or|to|feet|foot|inches|miles|pounds|stone|drinks|glasses|shots|sheets|[:.]\d))"
)

# A death told as before the story: "dead these six years", "died three winters ago",
# "long dead", "on the anniversary of his death", "since Mary died", "had been eleven
# when Lady Anne died", "died before I was born", "the late Mr. Darcy", a name on the war
# memorial. Its sentence gives the death note but no Major Character Death (the death is
# not on the page), and, as a death in passing, no higher rating.
BEFORE_THE_STORY = re.compile(
    r"\b(?:(?:years?|winters?|summers?|springs?|decades?)\s+(?:ago|before|since|earlier|past"
    r"|gone)|these\s+(?:\w+\s+)?(?:years?|winters?|decades?)\b"
    r"|long\s+(?:dead|gone|since)|anniversary|(?:^|[,;]\s*)(?:ever\s+)?since\b"
    # "Georgiana had been eleven when Lady Anne died": a child's age at the time
    r"|(?:was|been)\s+(?:only\s+|just\s+|barely\s+)?(?:\d+|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen)"
    r"(?:\s+years\s+old)?\s+when\b"
    r"|before\s+(?:i|he|she|we|they|you)\s+(?:was|were)\s+born|the\s+late\s+(?-i:(?=[A-Z]))"
    # "my late husband", "his late uncle's books" (not "her late arrival", "his late shift")
    r"|(?:my|his|her|our|their|your)\s+late\s+(?:husband|wife|father|mother|parents|uncle"
    r"|aunt|brother|sister|son|daughter|grand(?:father|mother|parents)|cousin|employer|master"
    r"|mistress|friend|partner|lord|lady|king|queen|papa|mama)\b"
    # "who has been dead for twenty years", "dead some forty years" (a death two years
    # ago is grief still near: "Dad's been dead two years now")
    # (and "dead, as far as she could tell, for a very long time", "dead for centuries")
    r"|dead(?:,[^,.;:!?]{1,60},)?\s+(?:for\s+)?(?:(?:(?:nearly|almost|over|more\s+than|some"
    r"|many|several|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty"
    r"|fifty|sixty|a\s+hundred|hundreds\s+of|thousands\s+of|[1-9]\d+)\s+)+(?:years|decades?"
    r"|centuries)|centuries|millennia|ages|generations|a\s+(?:very\s+)?long\s+time)\b"
    r"|war\s+memorial)",
    re.I,
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


# Literal strings a pattern's match must hold. A `needs` pattern is searched in a window
# of about 140 characters round every conditional cue word of a chapter, and most start
# with `\b`, which keeps `re` from skipping ahead to a possible first letter: it tries
# every alternative at every position. A pattern of plain strings ("killed", "hanged")
# has no such start, and `re` scans for their first letters in C. So the first look asks
# that pattern first: where none of the strings some `needs` match would have to hold is
# in the window, no `needs` can match there.
_MAX_STRINGS = 64  # the most strings one run of plain strings is spelled out into
# Strings are cut to this length: a match holding "for her passport back" holds "for her
# pa" too, and shorter strings make a smaller pattern, quicker to build.
_LONGEST = 10
_MAX_SET = 1024  # nor is a set of more strings than this worth its search
_MIN_LENGTH = 3  # nor one that asks only for a letter or two ("s", " a")
Strings = frozenset[str]
_EMPTY: Strings = frozenset({""})
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


def _best(candidates: list[Strings], word: str) -> Strings | None:
    """The most telling of several sets of strings, any one of which is enough: the one
    whose shortest string is longest, then the smallest; never one with a string inside
    the cue word itself ("himself" round "himself"), which every window holds."""
    usable = [
        c
        for c in candidates
        if c and len(c) <= _MAX_SET and not any(string.strip(" '’") in word for string in c)
    ]
    if not usable:
        return None
    return max(usable, key=lambda c: (min(map(len, c)), -len(c)))


def _joined(first: Strings, then: Strings) -> Strings:
    """Each string of `first` followed by each of `then`, cut to _LONGEST: a string
    already that long was cut, and is only the start of what follows, so it stays."""
    return frozenset(a if len(a) >= _LONGEST else (a + b)[:_LONGEST] for a in first for b in then)


def _union(sets: list[Strings | None]) -> Strings | None:
    if any(s is None for s in sets):
        return None
    return frozenset().union(*sets)  # type: ignore[arg-type]


def _letters_joined(items: Any) -> list[tuple[Any, Any]]:
    """The parsed sequence with each run of letters (one LITERAL item a letter) made one
    ("TEXT", "letters") item, lower-cased."""
    out: list[tuple[Any, Any]] = []
    letters: list[str] = []
    literal = _c.LITERAL
    for op, av in items.data:  # (the parser's own list: indexing a SubPattern is slow)
        if op is literal:
            letters.append(chr(av).lower())
            continue
        if letters:
            out.append(("TEXT", "".join(letters)))
            letters = []
        out.append((op, av))
    if letters:
        out.append(("TEXT", "".join(letters)))
    return out


def _read(items: Any, word: str) -> tuple[Strings | None, Strings | None]:
    """What a parsed sequence matches: every string it can match (cut to _LONGEST),
    where that is a few plain strings, else None; and the best set of strings one of
    which each of its matches holds, else None. Runs of plain strings are joined across
    zero-width checks (`\\b`, lookarounds: they hold no part of the match); a group, an
    alternation whose every branch needs something, or a repeat of at least once gives
    its own set; the most telling candidate wins. One pass over the parsed tree."""
    exact: Strings | None = _EMPTY
    run = _EMPTY
    candidates: list[Strings] = []
    for op, av in _letters_joined(items):
        name = str(op)
        part: Strings | None = None
        inner: Strings | None = None
        if name == "TEXT":
            part = frozenset({av})
        elif name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue
        elif name == "SUBPATTERN":
            part, inner = _read(av[-1], word)
        elif name == "BRANCH":
            read = [_read(alt, word) for alt in av[1]]
            part = _union([e for e, _n in read])
            inner = _union([n for _e, n in read])
            if part is not None and len(part) > _MAX_STRINGS:
                part = None
        elif name in _REPEATS and av[0] >= 1:
            _e, inner = _read(av[-1], word)
        if exact is not None:
            exact = (
                _joined(exact, part)
                if part is not None and len(exact) * len(part) <= _MAX_STRINGS
                else None
            )
        if part is not None and len(run) * len(part) <= _MAX_STRINGS:
            run = _joined(run, part)
            continue
        candidates.append(run)
        run = part if part is not None else _EMPTY
        if inner is not None:
            candidates.append(inner)
    candidates.append(run)
    return exact, _best(candidates, word)


@cache
def _parsed(source: str, flags: int) -> Any:
    return _parser.parse(source, flags)


def needed_strings(patterns: list[re.Pattern[str]], word: str = "") -> frozenset[str] | None:
    """Strings one of which any match of any of `patterns` must hold (lower-cased), each
    at least _MIN_LENGTH long and none inside `word`; None where some pattern gives no
    such set."""
    strings: set[str] = set()
    for pattern in patterns:
        _, found = _read(_parsed(pattern.pattern, pattern.flags), word)
        if found is None or min(map(len, found)) < _MIN_LENGTH:
            return None
        strings |= found
    return frozenset(strings)


# Words that are a cue only with their `needs` or `after` pattern ("all" in "end it all"):
# checked on the chapter's text straight away, before any sentence is split.
CONDITIONAL: dict[str, tuple[Cue, ...]] = {
    word: cues
    for word, cues in CUES.items()
    if all(c.needs is not None or c.after is not None for c in cues)
}


@dataclass(frozen=True, slots=True)
class FirstLook:
    """Whether any cue of a conditional word can hold, in as few searches as possible:
    the `after` patterns of its cues that have nothing else in one pattern, matched right
    after the word; the `needs` patterns of those that have nothing else in one, searched
    in the window round it; the other cues one by one. Nine in ten cue words of real prose
    are conditional ("did", "came", "hand") and nearly all fail this look."""

    after: re.Pattern[str] | None
    needs: re.Pattern[str] | None
    rest: tuple[Cue, ...]
    # Plain strings one of which must be in the window for `needs` or any `needs` of
    # `rest` to match there (`needed_strings`); None where they can't be told.
    quick: re.Pattern[str] | None = None


def _either(patterns: list[re.Pattern[str]]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    if len(patterns) == 1:
        return patterns[0]
    flags = {p.flags for p in patterns}
    assert len(flags) == 1, "patterns joined into one must share their flags"
    sources = dict.fromkeys(p.pattern for p in patterns)
    return re.compile("|".join(f"(?:{source})" for source in sources), patterns[0].flags)


def _first_look(word: str, cues: tuple[Cue, ...]) -> FirstLook:
    after = [c.after for c in cues if c.after is not None and c.needs is None]
    needs = [c.needs for c in cues if c.needs is not None and c.after is None and c.near is None]
    rest = tuple(
        c for c in cues if (c.after is not None and c.needs is not None) or c.near is not None
    )
    # Every cue with a `needs` pattern is in `needs` or `rest`: the quick look is for
    # both.
    strings = needed_strings([c.needs for c in cues if c.needs is not None], word)
    quick = re.compile(_trie_pattern(sorted(strings))) if strings else None
    return FirstLook(_either(after), _either(needs), rest, quick)


FIRST_LOOK: dict[str, FirstLook] = {
    word: _first_look(word, cues) for word, cues in CONDITIONAL.items()
}
_parsed.cache_clear()  # the parsed patterns are not needed again (about 10 MB)
# The words all of whose cues have an `after` pattern: those patterns in one, which must
# match right after the word for any cue to hold, and whether that match is enough (no
# cue has a `needs` pattern as well).
AFTER_GATE: dict[str, tuple[re.Pattern[str], bool]] = {
    word: (gate, all(c.needs is None for c in cues))
    for word, cues in CONDITIONAL.items()
    if all(c.after is not None for c in cues)
    and (gate := _either([c.after for c in cues if c.after is not None])) is not None
}


# Every cue word as a whole word (a possessive "'s" allowed after it), in one pattern;
# an apostrophe after it ends the word when no letter follows (a closing quote, "'He's
# dead' she said", or a plural possessive), and not in "can't".
CUE_WORDS = re.compile(
    r"(?<![a-z-])(" + _trie_pattern(sorted(CUES)) + r")(?:['’]s)?(?![a-z-]|['’][a-z])"
)
