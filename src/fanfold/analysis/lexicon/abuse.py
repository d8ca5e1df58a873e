"""Abuse: control, threats, contempt, harm by someone close."""

from __future__ import annotations

from fanfold.analysis.lexicon.base import A, Near, _add
from fanfold.analysis.lexicon.violence import _FOES

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
