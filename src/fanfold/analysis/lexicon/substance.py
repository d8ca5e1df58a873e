"""Substance use: drink and drugs."""

from __future__ import annotations

from fanfold.analysis.lexicon.base import SB, Near, _add

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
