"""Death: dying, killing, the dead, and the things that only seem to die."""

from __future__ import annotations

from fanfold.analysis.lexicon.base import D, Near, _add
from fanfold.analysis.lexicon.violence import _SPORT, PUT_TO_THE_SWORD, SLEW_NOT_A_LOT

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
_add(D, 0.9, "slew", needs=SLEW_NOT_A_LOT)

_add(D, 0.9, "sword", needs=PUT_TO_THE_SWORD)

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

# Death: a decline and then "was gone" at the sentence's end ("she grew worse very quickly,
# and on Wednesday evening she was gone", "began to bleed again from the stump, and at a
# quarter to seven he was gone"); news broken as such ("I'm sorry to tell you Alfie is
# gone"). Keyed on the decline or the breaking of it, since "was gone" alone is a figure
# (above: gone to the shops, gone by morning after a night together). The sentence's end
# is told by its stop: "$" would not hold in the chapter-wide first look, where the next
# sentence follows.
_add(
    D,
    0.6,
    "worse weaker bleed bleeding bled fever sinking failing fading slipping breathing",
    needs=r"\b(?:grew|got|getting|growing|was|were) (?:\w+ )?(?:worse|weaker)\b[^.!?;]{0,80}, and "
    r"(?:\w+ ){0,5}(?:he|she|they) (?:was|were) gone[.!]"
    r"|\b(?:bleed|bleeding|bled|fever|sinking|failing|fading|slipping|breathing)\b[^.!?;]{0,100}, "
    r"and (?:(?:by|on|at|before|towards?|soon after) [^,.!?;]{1,30} )?(?:he|she|they) (?:was|were) "
    r"gone[.!]",
)
_add(
    D,
    0.9,
    "sorry regret",
    # (said of someone: a name, "he", "your father"; not "the last train has gone")
    after=r" to (?:have to )?(?:tell|inform) you(?: that)?,? (?:(?:your|our|my|his|her|their) "
    r"[a-z]+|[A-Z][a-z]+(?: [A-Z][a-z]+)?|he|she) (?:is|was|has) (?:gone|passed away|passed|"
    r"died)\b",
)
