"""Strong language."""

from __future__ import annotations

from fanfold.analysis.lexicon.base import L, _add

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
