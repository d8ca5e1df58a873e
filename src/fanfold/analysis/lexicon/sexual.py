"""Sexual content."""

from __future__ import annotations

from fanfold.analysis.lexicon.base import S, _add

# ---- sexual content -------------------------------------------------------------------------
_add(
    S,
    0.9,
    "sex sexual intercourse orgasm orgasms climaxed lovemaking aroused arousal "
    "erection nipples nipple bedded clit clitoris cunt cum semen",
)
# Written with a capital inside a sentence, it is a name: the Cock and Bottle, Cock Lane,
# Cock Robin (a sentence that opens with it is rare enough to give up).
_add(S, 0.9, "cock", after=r"(?<=cock)|(?<=COCK)")

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

# In or into someone's bed: a sign that needs company, with "bed" itself below the
# threshold ("He lay awake in his bed until dawn", "the child was asleep in her bed").
_add(
    S,
    0.3,
    "bed",
    needs=r"\b(?:into|in|to) (?:his|her|their|my|your|the (?:great|marriage|"
    r"bridal)) bed\b(?!.{0,60}\balone\b)",
)
# ... and someone else's bed, told by the one who woke in it ("I woke in his bed to find
# Holmes already dressed"; not "I slept in her bed while she was in hospital").
_add(
    S,
    0.3,
    "bed",
    needs=r"\b(?:i|we) (?:woke|wake|awoke|had woken) (?:up )?in (?:his|her|their) bed\b"
    r"(?!.{0,60}\balone\b)",
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
    r"down|from)\b|\bout of (?:his|her|my|your) " + _GARMENT + r"\b[^.!?]{0,20}[.!?]",
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
