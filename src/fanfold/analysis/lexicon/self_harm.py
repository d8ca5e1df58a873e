"""Self-harm."""

from __future__ import annotations

from fanfold.analysis.lexicon.base import SH, Near, _add

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
