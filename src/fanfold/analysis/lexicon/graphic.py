"""Graphic violence: what makes violence graphic (wounds, gore, a body opened)."""

from __future__ import annotations

from fanfold.analysis.lexicon.base import _BODY_PART, G, _add
from fanfold.analysis.lexicon.violence import (
    CUT_OFF_A_LIMB,
    HEAD_HANGING_OR_ROLLING,
    NAILS_PULLED,
    SHAFT_STANDING_OUT,
    TAKEN_OFF_AT_THE_JOINT,
    THROAT_CUT,
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
    needs=THROAT_CUT,
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
    after=CUT_OFF_A_LIMB,
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
    after=TAKEN_OFF_AT_THE_JOINT,
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

# Stove in (a skull, a face, ribs), not a stove in the corner of the barn.
_add(
    G,
    0.6,
    "stove",
    after=r" in\b(?! (?:the|a|an|this|that|our|my|his|her|their|its|every|each) (?:\w+ )?(?:corner|"
    r"kitchen|barn|room|hut|cabin|hall|parlou?r|cellar|shed|scullery|tent|cottage|house|galley|"
    r"workshop|office|studio|middle|centre|center)\b)",
)

# Graphic: heads and limbs off, told by what hangs, rolls or is no longer there.
_add(
    G,
    0.9,
    "head heads",
    after=HEAD_HANGING_OR_ROLLING,
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
    after=SHAFT_STANDING_OUT,
)

# Graphic: torture of nails and teeth.
_add(
    G,
    0.6,
    "fingernails fingernail toenails toenail nails nail teeth",
    needs=NAILS_PULLED,
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
