"""Suicide: attempts, ideation, and what is said of it afterwards."""

from __future__ import annotations

from fanfold.analysis.lexicon.base import SU, D, Near, _add

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
