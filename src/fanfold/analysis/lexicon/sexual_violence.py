"""Sexual violence, and coercion, which makes sexual content sexual violence."""

from __future__ import annotations

from fanfold.analysis.lexicon.base import SV, Near, _add

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
