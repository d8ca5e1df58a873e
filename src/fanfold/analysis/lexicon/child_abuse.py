"""Child abuse: harm to a child by the adults in charge of them, and neglect."""

from __future__ import annotations

from fanfold.analysis.lexicon.abuse import _AB_PARENT, _CALLED_A, _NEVER_BORN
from fanfold.analysis.lexicon.base import _CHILD, CA, A, Near, _add
from fanfold.analysis.lexicon.violence import _NOT_A_GAME

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

# ... and as a radiologist or a paediatrician writes it: fractures of differing ages in an
# infant, a safeguarding referral or a protection plan for a child ("Infant admitted under a
# protection plan"; not a phone's protection plan, nor an adult's safeguarding).
_CLINICAL_CHILD = (
    r"\b(?:infant|baby|babies|toddler|child|children|newborn|months? old|\d+ months|paediatric|"
    r"pediatric|skeletal survey|pupil|year [1-9]|aged (?:[1-9]|1[0-5])|(?:[1-9]|1[0-5])-year-old)\b"
)
_add(
    CA,
    0.6,
    "fractures injuries bruises",
    needs=Near(
        _CLINICAL_CHILD,
        r"\b(?:fractures|injuries|bruises) (?:\w+ )?of (?:differing|different|varying) ages\b",
    ),
)
_add(
    CA,
    0.6,
    "safeguarding protection",
    needs=Near(
        _CLINICAL_CHILD,
        r"\bsafeguarding (?:referral|concern|investigation|strategy meeting)\b|\b(?:on|under) a "
        r"(?:child )?protection plan\b",
    ),
)
