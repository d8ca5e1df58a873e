"""Violence: blows, weapons, fights, and the everyday idioms of a beating."""

from __future__ import annotations

from fanfold.analysis.lexicon.base import (
    _BODY,
    _BODY_PART,
    _DIRECTED,
    _PERSON_OBJECT,
    _WEAPON,
    Near,
    V,
    _add,
)

# ---- violence -------------------------------------------------------------------------------
_V_NAMED = (
    "stab stabs stabbed stabbing stabbings strangle strangles strangled strangling "
    "throttled throttling bludgeoned bludgeoning beheaded beheading decapitated mauled "
    "massacre tortured torturing torture disembowelled disemboweled eviscerated murdered "
    "murdering murderer impaled impaling knifed garrotted flogged flogging horsewhipped "
    "gunned"
)
_add(
    V,
    0.9,
    _V_NAMED,
    # Not what an exam, a shift or the critics "murdered" or "mauled".
    needs=r"(?<!exam )(?<!test )(?<!shift )(?<!class )(?<!lecture )(?<!commute )(?<!workout )"
    r"(?<!meeting )(?<!interview )(?<!critics )(?<!reviewers )(?<!press )(?<!papers )"
    r"(?<!absolutely )(?<!totally )(?<!literally )\b(?:" + "|".join(_V_NAMED.split()) + r")\b"
    # ("it murdered me," she said of the exam)
    r"(?! (?:me|us)\s*(?:[,.!?;\"”]|$))",
    # Not an album mauled by critics, a budget strangled, a crumpet stabbed.
    after=r"(?! (?:(?:the|a|an|her|his|their|my|your|our|its|that|this) )?(?:\w+ )?(?:album|book|"
    r"novel|play|film|movie|revival|production|show|performance|review|reviews|budget|proposal|"
    r"plan|bill|song|debut|career|hopes|chances|exam|tune|speech|joke|accent|grammar|spreadsheet|"
    r"crumpet|toast|potato|sausage|steak|meat|salad|peas|egg|pancake|cake|food|dinner|plate|"
    r"button|buttons|keyboard|keys|air|paper|page|pillow|cushion)s?\b)",
)

# (not a side slaughtered in the final, a player beaten at chess)
_SPORT = (
    r"(?! (?:(?:in|at) (?:the )?(?:final|semi-final|semis|match|game|league|polls|election|cup|derb"
    r"y|"
    r"tournament|quiz|exam|debate|reviews|first half|second half|chess|cards|draughts|checkers|"
    r"tennis|golf|poker|scrabble|snooker|darts|football|rugby|cricket|five-a-side|ping-pong|table "
    r"tennis)|by (?:\d+|one|two|three|a (?:goal|point|length|whisker|nose|head|mile))|\d+[-–]\d+)\b"
    r")"
)

_add(
    V,
    0.6,
    "slaughtered slaughtering massacred",
    after=r"(?! (?:them|us|you) at)" + _SPORT,
    # (not what the critics or the papers slaughtered)
    needs=r"(?<!critics )(?<!reviewers )(?<!press )(?<!papers )(?<!reviews )\b(?:slaughtered|"
    r"slaughtering|massacred)\b",
)

# A blow word with nobody on the receiving end only adds to other signs: a door swung shut
# and bread torn open in the same scene are not a fight (the ordinary scenes).
_add(V, 0.2, _DIRECTED)

_add(
    V,
    0.6,
    _DIRECTED,
    # (Not "himself"/"herself": "flung himself into a chair", "kicked herself", "hit himself"
    # is self-harm's to say. Not "her" + a thing she holds: "rapped her cane on the floor".)
    after=r"(?<!nails raked)(?<!nails clawed)(?<!ngers raked)(?<!nails bit)"
    r"(?: at| into| across| down on| upon| on)? (?:(?:him|her|them|me|you|us)\b(?! (?:a|an) "
    r"(?:glance|look|letter|note|smile))(?! now\b| to the quick\b| dead with\b| up (?:at|on|in|by) "
    r"(?:the|a) (?:roundabout|lights|junction|motorway|lane|traffic|bend)\b)(?! (?:cane|stick|pen|"
    r"pencil|spoon|fork|glass|cup|mug|fan|"
    r"umbrella|gavel|ruler|fists?|knuckles|heels?|toes?|foot|feet|pointer|baton|whip) (?:on|"
    r"against|down)\b)"
    # (nor "her" as her own: "bit her lip", "threw her arms around him", "kicked her shoes off")
    r"(?! (?:own |\w+ )?(?:lip|lips|tongue|nails|fingernails|thumbnail|hair|gaze|eyes|stride|shoes|"
    r"boots|slippers|coat|jacket|cloak|scarf|hat|gloves|way|breath|bag|purse|keys|toast|apple|"
    r"sandwich|food|dinner|book|papers|pillow|heels|feet|toes)\b| (?:arms?|hands?) (?:around|"
    r"round|about|up|wide|"
    r"out|in|into|deep|through|over)\b| head (?:back|up|down|to (?:one|the) side|sideways|in "
    r"(?:her|his|their|my) hands|on (?:the|a)\b))"
    r"|(?:(?:poor|old|young|little) )?"
    r"[A-Z][a-z]+(?:'s)?\b|(?!(?:his|her|their|my|your|its) (?:head (?:back|up|down|to (?:one|the) "
    r"side|sideways|in (?:his|her|their|my) hands|on (?:the|a)\b)|arms? (?:around|round|about|up|"
    r"wide|out)\b|hands? (?:in|into|deep|through|over)\b|shoulders? (?:back|up)\b))"
    r"(?:the |his |her |their |my |your |its |a |an )(?:[a-z]+ )?"
    r"(?:[A-Z][a-z]+'s |[a-z]+'s )?(?:man|woman|boy|girl|child|guard|"
    r"soldier|thief|fellow|stranger|attendant|constable|footman|coachman|beast|creature|count|vampi"
    r"re|"
    r"intruder|jaw|face|head|throat|chest|stomach|ribs?|neck|mouth|nose|arm|shoulders?|"
    r"knuckles|ears?|cheek|back|belly|side|skull|leg|thigh|baby|infant|lad|wife|husband|son|"
    r"daughter|sister|brother|mother|father|servant|maid|slave|prisoner|officer|lion)\b)",
)

_add(
    V,
    0.6,
    "struck beaten kicked punched slapped shoved stabbed shot whipped flogged hit "
    "attacked wounded thrown beat caned",
    after=_SPORT,
    needs=r"\b(?:was|were|been|being|got|get|gets) "
    r"(?:\w+ )?(?:struck|beaten|kicked|punched|slapped|shoved|stabbed|shot|whipped|flogged|"
    r"hit|attacked|wounded|thrown|beat|caned)\b",
)

_add(
    V,
    0.6,
    "fought brawl brawling scuffle scuffled grapple grappled grappling wrestled wrestles "
    "injured injuries wounds bleeding duel",
    # (not quarrelling: "fought like an old married couple", "fought over every stapler")
    after=r"(?! like (?:an? )?(?:old )?(?:married couple|cat and dog|cats and dogs|siblings|brother"
    r"s|"
    r"sisters|an old couple)| (?:about|over) (?:every|money|the (?:bill|bills|remote|washing|dishes"
    r"|"
    r"chores|rota|seating|will|inheritance)))",
)

_add(V, 0.6, "thrown", after=r" (?:against|into|across|down|from|off|to the (?:ground|floor))\b")

_add(
    V,
    0.3,
    "blood bloodied bruise bruised bruises fight fighting squeezing reeling spits "
    "staggered battle war mob screamed screams blow blows fist fists violently violence bled "
    "lunged lunges",
)

_add(
    V,
    0.25,
    "knife knives dagger sword blade spear axe arrow arrows bullet bullets pistol "
    "revolver gun guns rifle musket stake mallet cudgel truncheon truncheons staves poker "
    "harpoon sickle",
)

_add(
    V,
    0.3,
    "bloody",
    after=r"(?:[\s,;.!?]*$|[,;.] |(?: (?:teeth|nose|lip|lips|hands?|"
    r"knuckles|corpse|body|face|rag|knife|wound|stump|footprints?|sword|murder|battle)))",
)

_add(
    V,
    0.6,
    "violently violence",
    needs=r"\b(?:shook|shake|shakes|beat|beats|struck|"
    r"hit|attack)\b",
)

# Violence: blows and wounds in the words fan writers use most.
_add(
    V,
    0.9,
    "pistol-whipped headbutted elbowed kneed backhanded bludgeon shanked stabbing "
    "gunshot gunshots gunfire ambushed assaulting mugged",
)

# A beating at chess or in the second half is a defeat, not a blow; a heart, a pulse, wings,
# rain or a drum beating is no blow at all.
_add(
    V,
    0.9,
    "beating beatings",
    after=r"(?! (?:at|in) (?:chess|cards|draughts|checkers|tennis|golf|poker|backgammon|scrabble|"
    r"bridge|billiards|snooker|darts|football|cricket|rugby|the (?:polls|press|market|reviews|"
    r"first half|second half|final|semi-final|semis|match|game|league|election|ratings|box office))"
    r")",
)

_add(
    V,
    0.6,
    "punches kicks shoves attacker attackers assailant wounds bleeding bloodied",
    after=r"(?! (?:the|a|an) (?:news|silence|spell|record|"
    r"bank|ice|rules?|habit|fast|bread|seal|code|tie|deal|bad news|good news)\b)",
)

# A wound of the body, not words "designed to wound" or a man who "looked wounded"; a slap,
# not a playlist that "slaps".
_add(
    V,
    0.6,
    "wound wounded",
    needs=r"(?<!to )(?<!looked )(?<!look )(?<!looks )(?<!looking )(?<!sounded )(?<!feel )(?<!felt )"
    r"(?<!least )(?<!little )(?<!slightly )(?<!faintly )(?<!deeply )(?<!most )(?<!lay )(?<!pride )"
    r"(?<!feelings )(?<!vanity )(?<!one )(?<!old )(?<!fists )(?<!fingers )(?<!hands )"
    r"(?<!arms )(?<!hair )(?<!ribbons )(?<!ribbon )(?<!vines )(?<!ivy )(?<!rope )(?<!chain )"
    r"(?:(?<!was )(?<!were )(?<!been )(?<!is )(?<!are )(?=wound\b)|(?=wounded\b))"
    r"\bwound(?:ed)?\b(?! (?:pride|vanity|feelings|"
    r"look|expression|tone|air|dignity|ego|heart|silence)\b)",
    after=r"(?! (?:the|a|an) (?:news|silence|spell|record|bank|ice|rules?|habit|fast|bread|seal|cod"
    r"e|"
    r"tie|deal|bad news|good news)\b)",
)

# Bruised on a body, not a bruised sky, bruised apples or bruised pride.
_add(
    V,
    0.6,
    "bruised",
    after=r"(?! (?:purple|blue|black|yellow|green|grey|gray|violet|plum|colou?r|sky|clouds?|"
    r"light|fruit|apples?|pears?|peaches|plums|bananas?|petals?|leaves|herbs|mint|basil|garlic|"
    r"ginger|ego|pride|feelings|heart|dignity|reed|and split)\b)",
)

_add(V, 0.6, "slaps", after=r"(?!\s*[.!?,;]|\s*$| so hard\b| hard\b)")

_add(V, 0.6, "fire", needs=r"\bopen(?:ed|s)? fire\b")

_add(
    V,
    0.6,
    "shot",
    needs=r"\b(?:was|were|got|been|had been|is) shot\b|\bshot (?:him|her|them|me|"
    r"you|at|dead|through)\b",
)

_add(V, 0.6, "fists", needs=r"\b(?:traded|swinging|swung|raised|pounding) (?:\w+ )?fists\b")

_add(
    V,
    0.6,
    "nose",
    needs=r"\b(?:broke|broken|bloody|bloodied|smashed) (?:his|her|their|my|your|a) "
    r"nose\b",
)

_add(V, 0.6, "ribs", needs=r"\b(?:broke|broken|cracked|bruised) (?:\w+ )?ribs?\b")

_add(
    V,
    0.45,
    "fight fighting fought",
    needs=r"\b(?:fist|fists|punch|punches|knife|blows?|brawl|"
    r"kick|kicked|blood|bleeding)\b",
)

_add(V, 0.6, "bled", after=r" out\b")

_add(
    V,
    0.9,
    "knife blade sword dagger spear stake bayonet lance dirk axe sickle harpoon arrow",
    needs=r"\b(?:drove|drives|plunged|plunges|thrust|thrusts|sank|sinks|buried|rammed|jammed|"
    r"ran|put|stuck) (?:the|his|her|my|your|a|their|its) (?:\w+ )?" + _WEAPON + r"s? (?:\w+ )?"
    r"(?:into|through|in|between)\b|\b" + _WEAPON + r"s? (?:had )?(?:went|goes|gone|slid|slides|"
    r"sank|sinks|"
    r"plunged|bit|bites|took (?:him|her)) (?:\w+ )?(?:in|into|through|deep)\b",
)

_add(
    V,
    0.9,
    "hand",
    needs=r"\bheld (?:your|her|his|my|their) hand (?:over|in|into|against) "
    r"(?:the|a) (?:candle|flame|fire|stove|grate|kettle)\b",
)

# Slang blows: a person must take them ("clocked him", "decked the guy").
_add(
    V,
    0.6,
    "clocked socked decked smacked whacked thumped walloped belted bashed clubbed "
    "jabbed slugged cracked headbutted elbowed tackled clobbered smashed lamped chinned nutted "
    "brained twatted kneecapped",
    after=r"(?: (?:\w+ )?(?:over|across|in|on|into)(?: the| his| her| their| my| your)? "
    + _BODY
    + r"\b| "
    + _PERSON_OBJECT
    + r"(?!'s)\b(?! (?:up|a (?:smile|grin|joke|look))\b))",
)

_add(
    V,
    0.9,
    "roughed beat beaten beating",
    needs=r"\b(?:roughed|beat|beaten|beating) (?:\w+ )?up\b(?! (?:the (?:eggs|batter|cream)|"
    r"(?:on )?(?:himself|herself|myself|yourself)))|\bbeat (?:him|her|them|me|you) "
    r"(?:senseless|unconscious|bloody|to a pulp|black and blue|half to death)\b",
)

_add(V, 0.6, "chokehold headlock stranglehold", after=r"(?! on (?:the|a) (?:market|industry))")

_add(
    V,
    0.9,
    "shootout shoot-out gunfight firefight fistfight fist-fight knife-fight gunfights "
    "shootouts firefights",
    # (not a penalty shoot-out)
    needs=r"(?<!penalty )\b(?:shoot-?outs?|gunfights?|firefights?|fist-?fights?|knife-fight)\b",
)

_add(
    V,
    0.6,
    "fight fights brawl",
    needs=r"\b(?:bar|street|fist|knife|gang|pub|school ?yard|playground|prison|dog) "
    r"(?:fight|fights|brawl)\b|\bfight broke out\b",
)

_add(
    V,
    0.6,
    "trigger",
    needs=r"\b(?:pulled|pulls|pulling|squeezed|squeezes) the trigger\b(?! on\b)",
)

_add(
    V,
    0.45,
    "blood bleeding",
    needs=r"\b(?:blood|bleeding) (?:ran |poured |streamed |dripped |trickled |gushed )?"
    r"(?:from|out of) (?:his|her|my|your|their|the) (?:nose|mouth|lip|lips|head|scalp|ear|"
    r"forehead|temple|brow|eyebrow)\b",
)

_add(
    V,
    0.45,
    "broke broken breaking cracked fractured shattered dislocated snapped",
    after=r" (?:\w+ )?(?:[a-z]+-)?(?:fingers?|arm|wrist|leg|collarbone|cheekbone|kneecap|jaw|shin)"
    r"\b",
)

_add(V, 0.45, "concussion concussed")

_add(
    V,
    0.6,
    "knocked",
    after=r" (?:him|her|them|me|you|the \w+|[A-Z][a-z]+) (?:out|unconscious|senseless|cold|flat|"
    r"down|to the (?:ground|floor))\b",
)

_add(
    V,
    0.6,
    "knocked",
    needs=r"\b(?:was|were|got|been|being) knocked (?:out|unconscious|senseless|cold)\b",
)

_add(
    V,
    0.6,
    "bullet bullets",
    needs=r"\b(?:took|taken|caught|catch|got|stopped) a bullet\b(?! for)|\bbullet (?:wound|"
    r"wounds|hole|holes)\b|\bbullets? (?:hit|struck|tore|caught|went|ripped|grazed|lodged)\b",
)

_add(V, 0.6, "ambush")

_add(V, 0.25, "crowbar bayonet machete cleaver")

# A club or a bat as a weapon, not a gentlemen's club or a cricket bat.
_add(
    V,
    0.25,
    "club clubs bat bats",
    needs=r"\b(?:with|swung|swinging|swings|raised|wielding|brandishing|grabbed|hefted) (?:a|the|"
    r"his|her|their|my) (?:\w+ )?(?:club|bat)s?\b|\bbaseball bats?\b|\b(?:club|bat)s? (?:came down|"
    r"connected|struck|hit|cracked)\b",
)

_add(
    V,
    0.6,
    "shot bullet blast",
    needs=r"\bthe (?:(?:first|second|third|next|last|one|other) )?(?:shot|bullet|blast) (?:took|"
    r"tore|blew|caught|hit|struck|ripped)\b",
)

_add(
    V,
    0.6,
    "opened",
    needs=r"\b(?:knife|blade|bayonet|sword|claws?|dagger|machete|razor)\b.{0,40}\bopened "
    r"(?:him|her|them|his|her|their) (?:up|throat|belly|side|arm|chest|face)\b|\bopened "
    r"(?:him|her|them) up with (?:a|the|his|her) (?:knife|blade|bayonet|sword|claws?|dagger)\b",
)

_add(
    V,
    0.9,
    "neck",
    needs=r"\b(?:snapped|snaps|snap|broke|breaks) (?:the |his |her |their |\w+'s )"
    r"(?:\w+'s )?neck\b",
)

_add(
    V,
    0.45,
    "knuckles",
    needs=r"\b(?:raw|bloody|bloodied|split|bruised|skinned|busted|scraped) knuckles\b|"
    r"\bknuckles (?:were |was )?(?:raw|split|bloody|bloodied|bruised)\b",
)

_add(V, 0.6, "split busted fat bloody bloodied", after=r" lip\b")

_add(V, 0.6, "black", after=r" eyes?\b(?! (?:peas|beans|susan))")

_add(
    V, 0.6, "twisted twisting twists", after=r" (?:his|her|my|your|their) arm (?:behind|up|back)\b"
)

_add(
    V,
    0.6,
    "throat collar neck scruff",
    needs=r"\b(?:grabbed|seized|caught|took|had) (?:him|her|them|me|you|[A-Z][a-z]+|the (?:old |"
    r"young )?(?:man|woman|boy|girl|ferryman|guard|servant|clerk|boatman|sailor|soldier|"
    r"stranger|thief|driver|porter|landlord|priest|messenger|prisoner)) by the "
    r"(?:throat|collar|neck|scruff)\b|\bhands? (?:around|round|about) (?:his|her|my|your|"
    r"their|\w+'s) (?:throat|neck)\b",
)

_add(V, 0.6, "grabbed seized", after=r" (?:him|her|them|me|you|[A-Z][a-z]+) by the hair\b")

_add(
    V,
    0.6,
    "knife gun blade pistol revolver",
    needs=r"\b(?:knife|gun|blade|pistol|revolver) (?:to|against|at) (?:his|her|my|your|their|"
    r"the \w+'s|\w+'s) (?:throat|head|neck|temple|back|ribs|chest|cheek|face|belly)\b",
)

_add(
    V,
    0.6,
    "fired",
    after=r" (?:at|on|into|again|twice|three times|a shot|two shots|wildly|first|back|blindly|"
    r"point-blank|once)\b",
)

_add(V, 0.6, "assault assaulted assaulting", after=r"(?! (?:on the (?:senses|ears|nose)|course))")

_add(
    V,
    0.6,
    "bottle",
    needs=r"\b(?:smashed|broke|brought) (?:a |the )?bottle (?:over|across|on|into)\b",
)

_add(
    V,
    0.9,
    "cigarette cigarettes",
    needs=r"\b(?:put|stubbed|pressed|ground) (?:a |his |her |the )?cigarettes? out on "
    r"(?:his|her|my|your|their) (?:arm|skin|hand|neck|back|leg|chest)\b|\bcigarette burns\b",
)

_add(V, 0.9, "flayed dismembered mutilated gouged dismembering mutilating")

_add(
    V,
    0.45,
    "blood",
    needs=r"\bblood (?:sprayed|spurted|gushed|pumped|fountained|sheeted|splattered|spattered)\b|"
    r"\b(?:sprayed|spattered|splattered|soaked|drenched) (?:\w+ )?(?:with|in) (?:\w+ )?blood\b",
)

# The same test gives graphic violence too (graphic.py).
THROAT_CUT = (
    r"\b(?:slit|cut|slashed|tore|torn|ripped) (?:out )?(?:his|her|their|the \w+'s|\w+'s|"
    r"the) throats?\b|\bthroats? (?:slit|cut|slashed|torn out|ripped out)\b|\b(?:slit|slashed|cut|"
    r"torn|gashed) throats?\b"
)
_add(
    V,
    0.9,
    "throat throats",
    needs=THROAT_CUT,
)

_add(V, 0.9, "blunt", after=r"[- ]force\b")

_add(V, 0.6, "jumped", needs=r"\b(?:got|get|gets|getting|was|were|been) jumped\b")

_add(
    V,
    0.9,
    "beat beats beating kicked knocked",
    after=r" the (?:shit|hell|crap|living daylights|stuffing|snot) out of\b",
)

_add(V, 0.6, "lacerations laceration")

_add(V, 0.45, "contusions abrasions")

_add(
    V,
    0.6,
    "threw throws hurled flung chucked lobbed",
    after=r" (?:a|an|the|his|her|my) (?!(?:ball|frisbee|glance|look|smile|wink|kiss|grin|pillow|"
    r"cushion|snowball|sweet|party|tantrum|fit)\b)\w+ at (?:him|her|me|them|you|us|[A-Z][a-z]+|"
    r"(?:his|her|my|your|their) (?:head|face))\b",
)

_add(
    V,
    0.9,
    "took taken take takes taking",
    after=r" (?:a|the|his|her) (?:\w+ )?(?:bat|belt|knife|hammer|crowbar|cane|whip|poker|axe|club|"
    r"stick|pipe|strap|fists?) to (?:him|her|them|me|us|you|his|her|my|their|[A-Z][a-z]+)\b",
)

_add(
    V,
    0.6,
    "smashed broke broken",
    after=r" (?:a|the) (?:[\w-]+ )?(?:bottle|chair|glass|plate|vase|pan|stool|bowl|mixing-bowl|jug|"
    r"tankard) (?:over|across|on) (?:(?:his|her|my|your|their|(?:\w+ ){0,2}\w+'s) (?:head|back|"
    r"skull)\b|(?:him|her|them|me|the (?:\w+ ){1,3}(?:who|that|when|as)|[A-Z][a-z]+)\b)",
)

# The same test gives graphic violence too (graphic.py).
CUT_OFF_A_LIMB = r" (?:clean )?off (?:his|her|their|\w+'s|the \w+'s) " + _BODY_PART + r"\b"
_add(
    V,
    0.6,
    "hacked chopped cut sawed sawn sliced bit bitten tore torn ripped blown took",
    after=CUT_OFF_A_LIMB,
)

_add(V, 0.6, "dragged", after=r" (?:her|him|me|you|them) (?:\w+ )?by (?:the|her|his|my) hair\b")

# Violence: war and its machines, and killing without a blade.
_add(
    V,
    0.6,
    "airstrike airstrikes grenade grenades shelled shelling lynched lynching lynch waterboarded",
)

_add(V, 0.45, "bombing bombings explosion explosions riot riots kidnapped abducted")

_add(
    V,
    0.9,
    "suffocated smothered",
    after=r" (?:him|her|them|me|the \w+|[A-Z][a-z]+)\b(?! (?:in|with) (?:kisses|love|attention|"
    r"butter|gravy|sauce|cream|blankets))",
)

_add(V, 0.9, "head", needs=r"\bheld (?:his|her|their|\w+'s) head under(?: the)? water\b")

_add(V, 0.6, "ran", after=r" (?:him|her|them) (?:over|down)\b(?! (?:the|a) (?:list|plan|details))")

_add(
    V,
    0.6,
    "cuff clout thump smack slap hiding thrashing beating whipping walloping",
    needs=r"\bgave (?:him|her|me|them|us|the (?:\w+ ){0,2}\w+) a (?:good |sound |right |hard )?"
    r"(?:cuff|clout|thump|smack|slap|hiding|thrashing|beating|whipping|walloping)\b",
)

_add(V, 0.6, "pierced", after=r" (?:the )?(?:infant|child|baby|boy|girl|him|her)\b")

_add(V, 0.6, "burst", after=r" (?:out )?through (?:his|her|their|the) (?:back|chest|belly|ribs)\b")

# The same test gives graphic violence too (graphic.py).
TAKEN_OFF_AT_THE_JOINT = (
    r" (?:off )?(?:the|his|her|their|\w+'s) (?:leg|legs|arm|arms|hand|foot|head) (?:off "
    r")?at the "
    r"(?:knees?|elbow|wrist|ankle|neck|shoulder|thigh)\b"
)
_add(
    V,
    0.6,
    "took",
    after=TAKEN_OFF_AT_THE_JOINT,
)

_add(V, 0.45, "shell shells shellfire mortar mortars artillery")

_add(
    V,
    0.6,
    "shell mortar grenade bomb",
    after=r" (?:burst|exploded|landed|hit|struck|went off)\b",
)

_add(
    V,
    0.6,
    "laid split torn ripped sliced slashed",
    after=r" (?:his|her|their|the \w+'s|\w+'s) (?:forearm|arm|leg|thigh|back|side|brow|brows|cheek|"
    r"belly|scalp|face) open\b",
)

_add(
    V,
    0.6,
    "dragged dragging drags hauled hauling yanked yanking jerked",
    after=r" (?:her|him|me|them|the \w+)(?: [\w'’]+){0,4} by (?:her|his|my|their|the) (?:wrist|wris"
    r"ts|"
    r"arm|arms|hair|collar|throat|neck|hood|ear|scruff)\b",
)

_add(
    V,
    0.6,
    "fingers hand hands fist",
    after=r" (?:(?:closed |tightened |clamped )?(?:round|around)|(?:closed|tightened|clamped) "
    r"(?:on|about)) (?:the back of )?(?:her|his|my|their) "
    r"(?:neck|throat)\b",
)

_add(V, 0.6, "used gave", after=r"(?: (?:her|him|me|them))? the back of (?:his|her) hand\b")

_add(
    V,
    0.9,
    "hand",
    needs=r"\b(?:put|held|pressed|forced) (?:\w+'s|her|his|my|their|your) hand (?:on|onto|"
    r"against|to|"
    r"over|into) the (?:hob|stove|iron|kettle|grate|fire|flame|candle|hotplate)\b",
)

_add(
    V,
    0.6,
    "pushed shoved",
    after=r" (?:her|him|me|them) (?:hard )?(?:against|into|down|over|off|through|onto) (?:a|"
    r"the|his|"
    r"her|my)\b",
)

_add(V, 0.6, "grabbed seized", after=r" (?:her|him|me|them) from behind\b")

_add(
    V,
    0.45,
    "snapped broken shattered fractured",
    needs=r"\b(?:wrist|arm|neck|leg|jaw|nose|fingers?|collarbone|ankle) (?:was |got |had been "
    r"|were )?"
    r"(?:snapped|broken|shattered|fractured)\b",
)

_add(
    V,
    0.9,
    "came comes coming",
    after=r" at (?:him|her|me|them|us|you) with (?:a|the|his|her) (?:\w+ )?(?:knife|bottle|axe|"
    r"hammer|bat|poker|razor|machete|broken glass|club|pipe|crowbar)\b",
)

_add(V, 0.6, "tasered taser tasering")

_add(
    V,
    0.45,
    "threw hurled flung",
    after=r" (?:a|the|his|her) \w+ (?:at the wall|in (?:his|"
    r"her|my) direction)\b",
)

# Violence: beasts and monsters attacking (teeth, claws, horns on a person).
_add(V, 0.6, "gored savaged")

_add(
    V,
    0.6,
    "teeth fangs talons claws jaws tusks horns",
    needs=r"\b(?:sank|sinks|sunk|buried|drove|dug|raked|closed|clamped|snapped|locked) (?:its|his|"
    r"her|their) (?:teeth|fangs|talons|claws|jaws|tusks|horns) (?:\w+ )?(?:into|in|on|through|"
    r"across|round|around) (?:his|her|their|my|your|the \w+'s|[a-z]+'s) (?:\w+ )?(?:arms?|legs?|"
    r"hands?|shoulders?|neck|throat|calf|calves|thighs?|face|side|back|flesh|ankles?|wrists?|chest|"
    r"belly|hips?|foot|feet|fingers?|cheek|scalp|skull|ribs|gut|stomach)\b|\b(?:jaws|teeth|fangs|"
    r"talons|claws) (?:closed|clamped|sank|locked|tore|ripped|met) (?:\w+ )?(?:on|in|into|around|"
    r"round|through) (?:his|her|their|my|the \w+'s|[a-z]+'s) (?:\w+ )?(?:arms?|legs?|hands?|"
    r"shoulders?|neck|throat|calf|calves|thighs?|face|side|back|flesh|ankles?|wrists?|chest|belly|"
    r"hips?|foot|feet|fingers?|cheek|scalp|skull|ribs|gut|stomach)\b",
)

_add(
    V,
    0.6,
    "trampled clawed raked tramples claws rakes raking clawing",
    # (not nails down a lover's back)
    after=r"(?<!nails raked)(?<!nails rakes)(?<!nails clawed)(?<!nails claws)(?<!ngers raked)"
    r"(?<!ngers clawed) (?:at )?(?:him|her|them|me|you|the (?:man|woman|boy|girl|keeper|rider|child"
    r"|guard|"
    r"soldier)|[A-Z][a-z]+|(?:his|her|my|their|your) (?:face|chest|back|belly|throat|arm|legs?|"
    r"coat))\b",
)

# Violence: blows landed, told by what they landed with or where.
_add(
    V,
    0.6,
    "caught catches catching",
    after=r" (?:(?:him|her|them|me|you|[A-Z][a-z]+|the \w+) )?(?:a|one|the) (?:\w+ )?(?:baton|"
    r"truncheon|blow|punch|fist|boot|kick|elbow|headbutt|bottle|brick|stone|rock|club|rifle-butt|"
    r"backhander|haymaker|right hook|left hook|uppercut)\b",
)

_add(
    V,
    0.45,
    "caught",
    after=r" (?:him|her|them|me|you|[A-Z][a-z]+|the \w+) (?:\w+ )?(?:across|on|in) the (?:face|jaw|"
    r"mouth|nose|temple|side of the head|ribs|throat|kneecap|groin)\b(?! with (?:a|her|his) "
    r"(?:kiss|smile|look|glance|snowball|pillow|cushion|ball|water|splash|spray|hose|torch|"
    r"light|wet|sponge|flannel))",
)

_add(
    V,
    0.6,
    "caught",
    after=r" (?:him|her|them|me|you|[A-Z][a-z]+|the \w+) (?:\w+ )?(?:across|on|in) the (?:face|jaw|"
    r"mouth|nose|temple|side of the head|ribs|throat|kneecap|groin) with (?:a|an|the|his|her|"
    r"their|my) (?!(?:kiss|smile|look|glance|grin|wink|torch|light|beam|flash|snowball|pillow|"
    r"cushion|ball|water|splash|spray|hose|wet|sponge|flannel|tennis|football|frisbee)\b)",
)

_add(
    V,
    0.6,
    "dealt",
    after=r" (?:him|her|them|me|the \w+|[A-Z][a-z]+)(?: [\w'’]+)? (?:a|an|the) (?:\w+ )?(?:slap|blo"
    r"w|"
    r"blows|kick|punch|cuff|clout|backhander|buffet|thrashing)\b",
)

_add(
    V,
    0.6,
    "knee elbow fist boot heel forehead rim butt",
    after=r"(?: [\w'’]+){0,4} (?:into|in|up into|against|under|up under) (?:his|her|their|my|your|t"
    r"he "
    r"\w+'s|"
    r"[a-z]+'s|[A-Z][a-z]+'s) (?:ribs|gut|belly|stomach|face|groin|chest|back|throat|nose|jaw|side|"
    r"kidneys|chin|spine|head|mouth|temple)\b",
    needs=r"\b(?:drove|drives|rammed|rams|slammed|slams|sank|sinks|buried|jammed|smashed|brought|"
    r"jerked|jabbed|snapped) (?:\w+ ){0,4}(?:knee|elbow|fist|boot|heel|forehead|rim|butt)(?: [\w'’]"
    r"+){0"
    r",4} "
    r"(?:into|in|up into|against|under|up under) (?:his|her|their|my|your|the \w+'s|[a-z]+'s|[A-Z]["
    r"a-z]+'s) (?:ribs|gut|"
    r"belly|stomach|face|groin|chest|back|throat|nose|jaw|side|kidneys|chin|spine|head|mouth|"
    r"temple)\b",
)

_add(
    V,
    0.6,
    "stamped stamping stomped stomping",
    after=r" (?:down )?on (?:his|her|their|my|your|[a-z]+'s|[A-Z][a-z]+'s) (?:head|face|hands?|"
    r"fingers|chest|ribs|legs?|ankles?|knees?|shins?|neck|throat|stomach|back|skull|instep|foot|"
    r"feet|toes)\b",
)

# Violence: shootings, told by the gun or the shot's aim.
_add(
    V,
    0.9,
    "emptied",
    after=r" (?:the|his|her|a|my|their|both) (?:\w+ )?(?:revolver|gun|pistol|rifle|clip|magazine|"
    r"shotgun|chamber|barrels?|weapon) into\b",
)

_add(
    V,
    0.6,
    "mark",
    after=r"(?:(?<=found its mark)|(?<=found their mark))",
    needs=r"\b(?:ball|bullet|shot|arrow|bolt|spear|blade|dart|knife) (?:\w+ )?found (?:its|their) "
    r"mark\b",
)

# Violence: weapons and shards going into a body.
_add(
    V,
    0.6,
    "went sank slid tore punched ripped passed driven",
    after=r" (?:clean |right |straight |deep )?(?:into|through) (?:his|her|their|my|your|the "
    r"\w+'s|[a-z]+'s|[A-Z][a-z]+'s) (?:neck|throat|chest|belly|gut|side|back|eye|face|heart|ribs|"
    r"stomach|thigh|shoulder|skull|head|body|spine|abdomen)\b",
    needs=r"\b(?:knife|blade|glass|shard|bottle|bullet|arrow|spear|bolt|stake|sword|dagger|"
    r"bayonet|harpoon|pike|lance|axe|point|shaft|spike|nail)s?\b",
)

_add(
    V,
    0.6,
    "hole holes",
    after=r" (?:in|under|through) (?:his|her|their|my|your|[a-z]+'s|[A-Z][a-z]+'s) (?:chest|ribs|"
    r"side|belly|stomach|gut|head|skull|back|throat|neck|shoulder|thigh)\b",
)

_add(
    V,
    0.6,
    "sunk sank driven drove plunged",
    after=r" (?:\w+ )?to the hilt\b",
    needs=r"\b(?:knife|blade|sword|dagger|bayonet|dirk|stiletto|kukri|spear|stake)\b",
)

# Violence: attacks told by who came at whom, and with what.
_add(
    V,
    0.9,
    "came comes coming went",
    after=r" (?:at|for) (?:him|her|me|them|us|you|[A-Z][a-z]+)(?: [\w'’]+){0,3} with (?:a|the|his|"
    r"her|their|its) (?:\w+ )?(?:knife|bottle|axe|hammer|bat|poker|razor|machete|broken glass|club|"
    r"pipe|crowbar|spear|sword|kettle|iron|brick|chair|blade|dagger|cleaver|scissors|shovel|"
    r"spade|wrench|mace|flail|cudgel|stick|belt|whip|fists?)\b",
)

_add(
    V,
    0.6,
    "pitched hurled flung threw shoved pushed tipped",
    after=r" (?:him|her|them|me|the \w+|[A-Z][a-z]+) (?:off|over|from|down|into) (?:a|the) "
    r"(?:bridge|cliff|stairs|staircase|roof|balcony|rail|railings?|parapet|ledge|battlements|"
    r"window|well|river|brook|canal|sea|harbour)\b",
)

# Violence: strangling told by the marks on the throat; a limb broken by another.
_add(
    V,
    0.6,
    "bruises marks prints",
    after=r" of (?:[\w'’]+ ){0,2}(?:fingers|hand|hands|grip|thumbs)\b",
)

_add(
    V,
    0.6,
    "bruises bruising finger-marks fingermarks",
    after=r" (?:on|round|around|at) (?:his|her|their|the) (?:throat|neck|windpipe)\b",
)

_add(
    V,
    0.6,
    "broke broken snapped",
    after=r" (?:her|his) (?:\w+ )?(?:arm|wrist|jaw|nose|ribs?|fingers?|leg|collarbone|cheekbone)\b",
    needs=r"\bhe (?:\w+ )?(?:broke|broken|snapped) her (?:\w+ )?(?:arm|wrist|jaw|nose|ribs?|"
    r"fingers?|leg|collarbone|cheekbone)\b|\bshe (?:\w+ )?(?:broke|broken|snapped) his (?:\w+ )?"
    r"(?:arm|wrist|jaw|nose|ribs?|fingers?|leg|collarbone|cheekbone)\b",
)

_add(
    V,
    0.6,
    "wrist arm nose jaw leg legs finger fingers ribs kneecap kneecaps skull teeth",
    after=r" (?:snapped|broken|smashed|busted|broke)\b",
    needs=r"\b(?:got|had) (?:his|her|my|their|your) (?:wrist|arm|nose|jaw|legs?|fingers?|ribs|"
    r"kneecaps?|skull|teeth) (?:snapped|broken|smashed|busted|broke)\b",
)

_add(
    V,
    0.6,
    "hanged strung",
    after=r"(?: up)? (?:him|her|them|the [\w ]{1,20}?|[A-Z][a-z]+)(?: up)? from (?:a|the) (?:\w+ )?"
    r"(?:tree|"
    r"oak|elm|cottonwood|branch|bough|beam|bridge|gallows|rafters|lamp-?post|signpost)\b",
)

_add(
    V,
    0.45,
    "fist",
    after=r" (?:through|into) (?:the|a) (?:wall|door|wardrobe|window|mirror|plaster|panel)\b",
)

_add(
    V,
    0.6,
    "skull skulls",
    after=r" (?:was |were |had been )?(?:dented|caved|stove|smashed|crushed|bashed|beaten|kicked|"
    r"stamped) in\b| in\b",
    needs=r"\bskulls? (?:was |were |had been )?(?:dented|caved|stove|smashed|crushed|bashed|beaten|"
    r"kicked|stamped) in\b|\b(?:caved|stove|smashed|bashed|kicked) (?:\w+ ){0,2}skull in\b",
)

# ... and the same with the verb first: "stove in his skull", "caved in the man's ribs".
_add(
    V,
    0.6,
    "stove caved smashed bashed",
    after=r" in (?:his|her|their|my|your|its|the (?:\w+ )?\w+'s|(?:[A-Z]\w+ )?[A-Z]\w+'s) (?:skull|"
    r"head|face|"
    r"ribs|chest|jaw|teeth|nose|temple)\b",
)

_add(V, 0.45, "mace maces flail flails cudgels")

# Violence: slang for a glass or bottle in the face; police and prison brutality.
_add(
    V,
    0.9,
    "glassed",
    after=r" (?:him|her|them|me|you|the \w+|some \w+|[A-Za-z][a-z]+)\b(?<! in)(?<! over)",
)

# Violence: a face beaten past knowing, eyes swollen shut.
_add(
    V,
    0.6,
    "recognition recognising recognizing",
    needs=r"\b(?:beaten|swollen|battered|smashed|bruised|disfigured) (?:\w+ )?(?:past|beyond) "
    r"(?:all )?recogni(?:tion|sing|zing)\b",
)

_add(
    V,
    0.45,
    "shut",
    after=r"(?:(?<=swollen shut)|(?<=sealed shut))(?!.{0,30}\b(?:allerg|sting|bee|wasp|crying|tears"
    r"|"
    r"infection|conjunctivitis|hay fever))",
    needs=r"\beyes? (?:\w+ ){0,2}(?:swollen|sealed) shut\b",
)

_add(V, 0.6, "bottled", after=r" (?:him|her|them|me|the \w+|[A-Z][a-z]+)\b(?! (?:it|up|out)\b)")

_add(
    V,
    0.6,
    "knelt kneeling kneels",
    after=r" on (?:his|her|their|my|the \w+'s|[a-z]+'s|[A-Z][a-z]+'s) (?:neck|throat|windpipe|head)"
    r"\b",
)

_add(
    V,
    0.45,
    "knelt kneeling kneels",
    after=r" on (?:his|her|their|my|the \w+'s|[a-z]+'s|[A-Z][a-z]+'s) (?:back|chest|arms)\b",
)

_add(
    V,
    0.6,
    "knelt kneeling kneels",
    after=r" on (?:his|her|their|my|the \w+'s|[a-z]+'s|[A-Z][a-z]+'s) (?:back|chest|arms)\b",
    needs=r"\b(?:officers?|cops?|police|policeman|policemen|guards?|warders?|screws|constables?|"
    r"sergeant|soldiers?|bouncers?|resisting|cuffs|handcuffs|arrest)\b",
)

# Violence: the counted blow, the clip round the ear, the punch thrown.
_add(
    V,
    0.6,
    "cuffed clipped smacked slapped clouted boxed belted whacked thumped",
    after=r" (?:\w+ ){1,2}(?:round|around|across|about|over|on) the (?:back of the )?(?:head|ear|ea"
    r"rs|"
    r"face|jaw|chops|skull|neck)\b",
)

_add(
    V,
    0.6,
    "punch blow kick knee elbow headbutt",
    after=r" (?:to|into) the (?:point of the )?(?:jaw|chin|face|gut|stomach|ribs|nose|head|temple|"
    r"groin|kidneys|solar plexus|throat|mouth|side of (?:his|her|the) head)\b",
)

_add(V, 0.45, "haymaker haymakers")

# (a boxer's words: a right to the jaw is as often a bout as a brawl)
_add(
    V,
    0.45,
    "right left hook uppercut jab",
    after=r" (?:to|into) the (?:point of the )?(?:jaw|chin|face|gut|stomach|ribs|nose|head|temple|"
    r"groin|kidneys|solar plexus|throat|mouth|side of (?:his|her|the) head)\b",
)

_add(
    V,
    0.6,
    "punch punches",
    needs=r"\b(?:the first|threw a|throws a|throw a|thrown a|threw the first|swung a|swings a|"
    r"swinging a|landed a|lands a|aimed a) punch",
)

_add(
    V,
    0.6,
    "twice",
    after=r"(?:(?<=once, twice)|(?<=once twice)|(?<=once and twice)|(?<=once, and twice))",
    needs=r"\b(?:struck|hit|stabbed|kicked|punched|slapped|shot|fired|swung|stamped|stamp|stab|"
    r"smashed|brought (?:it|the \w+) down)\b.{0,40}\bonce,? (?:and )?twice\b",
)

_add(
    V,
    0.6,
    "enough",
    after=r" to (?:break (?:a|his|her|the|my|their) (?:\w+ )?(?:bone|nose|jaw|rib|ribs|"
    r"tooth|teeth|wrist|arm|finger)|crack (?:a|his|her|the|my) (?:rib|tooth|skull|head)|split "
    r"(?:his|her|my|the) (?:lip|skin|brow)|loosen (?:a|his|her|my) (?:tooth|teeth)|"
    r"rattle (?:his|her|my|their) teeth|leave welts)\b",
    needs=r"\bhard enough\b",
)

# (a kiss or a grip "hard enough to bruise" is as often a love scene: only company makes it a blow)
_add(
    V,
    0.2,
    "enough",
    after=r" to (?:bruise|draw blood|leave (?:a |his |her )?(?:mark|marks|bruise|bruises))\b",
    needs=r"\bhard enough\b",
)

_add(
    V,
    0.6,
    "threw hurled flung chucked lobbed",
    after=r" (?:a|an|the|his|her|my) (?:(?!(?:ball|frisbee|glance|glances|look|looks|smile|wink|kis"
    r"s|"
    r"kisses|grin|pillow|cushion|snowball|sweet|sweets|party|tantrum|fit|bouquet|coin|stick|"
    r"question|questions|remark|compliment|word|words|wave|salute|line|lifeline|bone)\b)\w+ ){1,4}"
    r"(?:at (?:him|her|me|"
    r"them|us|you|[A-Z][a-z]+)|in (?:his|her|my|their|your) direction)\b",
)

_add(
    V,
    0.6,
    "flung hurled thrown slammed smashed",
    after=r" (?:\w+ )?(?:against|into|across|through) (?:the|a) (?:wall|door|floor|table|window|"
    r"ground|wardrobe|dresser|railings?|lockers?|bars)\b",
    needs=r"\b(?:was|were|got|been|being) (?:\w+,? (?:and )?)?(?:flung|hurled|thrown|slammed|"
    r"smashed) (?:\w+ )?(?:against|into|across|through) (?:the|a) (?:wall|door|floor|table|window|"
    r"ground|wardrobe|dresser|railings?|lockers?|bars)\b",
)

_add(
    V,
    0.6,
    "itself",
    after=r"(?:(?<=flung itself)|(?<=threw itself)|(?<=hurled itself)|(?<=launched itself)) (?:at|o"
    r"n|"
    r"upon) ",
    needs=r"\b(?:flung|threw|hurled|launched) itself (?:at|on|upon) (?:him|her|me|them|us|you|the "
    r"(?:man|woman|boy|girl|child|guard|keeper|hunter|soldier|rider|shepherd|traveller|stranger))\b"
    r"",
)

_add(V, 0.45, "snapping", after=r"(?:(?<=jaws snapping)|(?<=teeth snapping)|(?<=fangs snapping))")

_add(
    V,
    0.6,
    "bloody-nosed bloody-faced",
)

_add(V, 0.6, "bloody bloodied busted broken", after=r" nose\b")

_add(
    V,
    0.45,
    "cut gash",
    after=r" (?:over|above|under|below|across) (?:his|her|their|my|one) (?:eye|eyebrow|brow|cheekbo"
    r"ne)\b",
)

_add(
    V,
    0.45,
    "bricks bottles stones rocks missiles cobbles",
    after=r" (?:and (?:bottles|bricks|stones|rocks) )?(?:flew|rained|came over|came flying|were "
    r"thrown|were hurled|hit|struck|smashed)\b",
)

_add(
    V,
    0.45,
    "fight brawl scrap",
    after=r" (?:outside|behind|in the car park of|at the back of) (?:the|a) (?:pub|club|bar|chippy|"
    r"chip shop|offie|kebab shop|[A-Z][a-z]+)\b",
)

# Violence: a beating in slang ("gave him a kicking", "did him over", "kicked his head in").
_add(
    V,
    0.9,
    "kicking pasting going-over hiding leathering battering",
    needs=r"\b(?:gave|give|gives|giving|got|get|gets|getting|took|given) (?:him|her|them|me|you|us|"
    r"the (?:[\w'’]+ ){0,2}[\w'’]+|[a-z]+)? ?(?:a )?(?:good |proper |right |real |bad |savage |brut"
    r"al )?"
    r"(?:kicking|doing|pasting|going-over|going over|leathering|battering)\b"
    r"(?! (?:(?:in|at) (?:the )?(?:five-a-side|football|rugby|match|game|final|derby|league|cup|"
    r"polls|election|quiz|debate)|,? \d+[-–]\d+))",
)

_add(
    V,
    0.9,
    "did done",
    after=r" (?:him|her|them|me|us|[A-Z][a-z]+) over\b(?! (?:the|a|again|and again|breakfast|"
    r"coffee|tea|lunch|dinner)\b)",
    needs=r"\b(?:beat|beaten|kick|kicked|kicking|hospital|a&e|bruises?|blood|bleeding|stitches|"
    r"lads|gang|mob|three of them|four of them|jumped|cops|police|nose|ribs|face)\b",
)

_add(V, 0.9, "got", after=r" done over\b")

_add(
    V,
    0.9,
    "kicked stamped smashed bashed caved kick kicks kicking stamp stamps",
    after=r" (?:his|her|their|my|your|\w+'s) (?:head|face|skull|teeth) in\b",
)

_add(
    V,
    0.6,
    "sparked laid knocked",
    after=r" (?:him|her|them|me|[A-Z][a-z]+|the \w+) (?:out cold|spark out|clean out|out with one "
    r"(?:punch|blow|hit)|flat with (?:one|a) (?:punch|blow|hit|right|left))\b",
)

_add(V, 0.6, "boot", after=r"(?<=the boot) in\b", needs=r"\bput(?:ting|s)? the boot in\b")

_add(
    V,
    0.6,
    "worked",
    after=r" (?:him|her|them|me) over\b",
    needs=r"\b(?:fists?|boots?|kicked|punched|blood|bruised|cops|guards|police|lads|heavies|thugs|"
    r"goons|pipe|cosh|truncheons?|batons?)\b",
)

_add(
    V,
    0.6,
    "set",
    after=r" about (?:him|her|them|me|[A-Z][a-z]+|the \w+) with (?:a|an|the|his|her|their) \w+",
)

_add(
    V,
    0.6,
    "stuck",
    after=r" (?:him|her|them|[A-Z][a-z]+|the \w+) (?:with (?:a|the|his|her) (?:knife|blade|shiv|"
    r"bayonet|spear|pitchfork|screwdriver)|in the (?:gut|belly|ribs|side|back|neck|throat))\b",
)

_add(V, 0.9, "shivved shived shanked knifed", after=r" (?:him|her|them|me|[A-Z][a-z]+|the \w+)\b")

_add(V, 0.6, "carved", after=r" (?:him|her|them|me|[A-Z][a-z]+) up\b")

# Violence: torture (nails pulled, pliers used), and an arrow standing out of someone.
# The same test gives graphic violence too (graphic.py).
NAILS_PULLED = (
    r"\b(?:pulled|pulling|tore|torn|ripped|pried|prised|wrenched|yanked) (?:out |off )?(?:(?:"
    r"one|"
    r"two|three|four|five|several|all|some|each|another) of )?(?:his|her|their|\w+'s) (?:\w+ )?"
    r"(?:fingernails?|toenails?|nails?)\b(?: out)?"
    r"|\b(?:pliers|tongs|pincers) on (?:his|her|their|the) (?:\w+ )?(?:nails?|fingernails?|teeth|"
    r"tongue|fingers?)\b"
)
_add(
    V,
    0.6,
    "fingernails fingernail toenails toenail nails nail teeth",
    needs=NAILS_PULLED,
)

# The same test gives graphic violence too (graphic.py).
SHAFT_STANDING_OUT = (
    r" (?:\w+ ){0,2}(?:standing|sticking|jutting|protruding|stuck) (?:out of|from|in|through)"
    r" "
    r"(?:the back of )?(?:his|her|their|the \w+'s|[A-Z][a-z]+'s) (?:neck|throat|eye|chest|back|"
    r"belly|side|face|thigh|skull|head)\b"
)
_add(
    V,
    0.6,
    "arrow arrows bolt spear shaft",
    after=SHAFT_STANDING_OUT,
)

# Violence: taken by force (bundled into a boot or a van); a siege's boiling pitch; a knee in
# the back; blood on the hands that was someone else's.
_add(
    V,
    0.6,
    "bundled stuffed shoved dragged forced threw locked kept",
    after=r" (?:him|her|me|them|us|the \w+|[A-Z][a-z]+) (?:\w+ )?(?:in|into) (?:the|a) (?:back of ("
    r"?:a|the) )?"
    r"(?:boot|trunk|van|car boot)\b",
)

_add(
    V,
    0.6,
    "pitch oil water lead",
    after=r" (?:\w+ ){0,7}(?:onto|on|over|down on) (?:the (?:men|attackers|soldiers|crowd|heads)|th"
    r"em|him|"
    r"her|those)\b",
    needs=r"\b(?:boiling|molten|burning|scalding) (?:pitch|oil|water|lead)\b",
)

_add(V, 0.45, "knee", after=r" (?:in|on) (?:his|her|their|my) (?:back|neck|throat|chest|spine)\b")

_add(
    V,
    0.6,
    "blood",
    after=r" (?:wasn't|was not|isn't|is not) (?:his|hers|mine|theirs|his own|her own|my own)\b|"
    r"(?:(?<=n't his blood)|(?<=n't her blood)|(?<=n't my blood)|(?<=not his blood)|"
    r"(?<=not her blood)|(?<=not my blood))",
    negation_ok=True,
)

_add(
    V,
    0.45,
    "grabbed seized",
    after=r" (?:his|her|my|their|your|[A-Z][a-z]+'s) (?:collar|lapels|throat|hair|ponytail|scruff)"
    r"\b",
)

_add(
    V,
    0.6,
    "rode",
    after=r" (?:him|her|them|(?:down )?(?:the (?:first|last|nearest) of )?the \w+) down\b|"
    r" down (?:the (?:first|last|nearest) of )?the \w+\b(?= (?:and|with|before|who))",
)

# Violence: shots fired and weapons run through, in the words of westerns and war stories.
_add(
    V, 0.6, "shots shot gunshots", after=r" (?:rang out|were fired|was fired|cracked out|echoed)\b"
)

_add(
    V,
    0.9,
    "ran run runs running",
    after=r" (?:him|her|them|[A-Z][a-z]+|the \w+) through\b(?! (?:the|a|an|it|his|her|its|their|my|"
    r"your|this|that|with (?:a|the) (?:list|plan|details|checklist|script|figures)))",
    needs=r"\b(?:sword|blade|rapier|sabre|saber|spear|pike|lance|bayonet|knife|dagger|point|steel)"
    r"\b",
)

_add(V, 0.9, "bayoneted sabred sabered kneecapped pistol-whipped")

_add(
    V,
    0.9,
    "put puts putting",
    after=r" (?:a|one|two|three|another) (?:bullets?|rounds?|slugs?)? ?(?:in|into|through) "
    r"(?:him|her|them|(?:the back of |the side of )?(?:his|her|their|the \w+'s|[A-Z][a-z]+'s) \w+|"
    r"[A-Z][a-z]+|the \w+)\b",
    needs=r"\b(?:bullets?|rounds?|slugs?|gun|pistol|revolver|rifle|shot|shots|fired|trigger)\b",
)

_add(
    V,
    0.6,
    "winged capped",
    after=r" (?:him|her|them|[A-Z][a-z]+|the \w+)\b(?! (?:it|off|with)\b)",
    needs=r"\b(?:shot|shots|gun|pistol|revolver|rifle|bullet|fired|trigger|sniper|marksman|gunman|"
    r"shooter|musket)\b",
)

_add(V, 0.6, "ligature", after=r" (?:marks?|bruising|abrasions?|furrow)\b")

_add(V, 0.45, "petechiae petechial")

# Violence: the words of police reports and courts.
_add(V, 0.9, "gbh abh", needs=r"\b(?:gbh|abh)\b")

_add(V, 0.9, "bodily", after=r" harm\b")

_add(V, 0.6, "affray wounding", after=r"(?! (?:remarks?|words|comments?|criticism|silence|tone)\b)")

_add(
    V,
    0.45,
    "consistent",
    after=r" with (?:a |an )?(?:blows?|blunt|strangulation|manual strangulation|an assault|assault|"
    r"being (?:struck|hit|punched|kicked|restrained|held|gripped|grabbed)|defensive|a struggle)\b",
)

# Violence and death: battles in older words ("slew", "smote", "put to the sword").
# The same test gives death too (death.py).
SLEW_NOT_A_LOT = r"(?<!a )(?<!whole )(?<!great )(?<!huge )(?<!entire )\bslew\b(?! of\b)"
_add(V, 0.9, "slew", needs=SLEW_NOT_A_LOT)

_add(V, 0.6, "smote smite smites smiting")

# The same test gives death too (death.py).
PUT_TO_THE_SWORD = r"\bput (?:\w+ ){1,4}to the sword\b"
_add(V, 0.9, "sword", needs=PUT_TO_THE_SWORD)

_add(V, 0.3, "skirmish skirmishes skirmishing melee mêlée")

# Violence underneath gore that needs no other word: a head rolling, a limb hacked off, a
# body opened (the gore is graphic violence; this says it was done to someone).
# The same test gives graphic violence too (graphic.py).
HEAD_HANGING_OR_ROLLING = (
    r"(?i: (?:\w+ ){0,2}(?:hung|hanging|dangled|dangling|lolled|lolling|loll|lolls) (?:\w+ ){"
    r"0,3}"
    r"(?:by|on) "
    r"(?:a|the) (?:strip|thread|flap|hinge|tatter|shred|string)\b| (?:rolling|rolled (?:free|away|"
    r"across|down|into|off)|bounced|tumbled) (?:\w+ )?(?:across|down|along|into|off|free|away|"
    r"over)\b)"
)
_add(
    V,
    0.2,
    "head heads",
    after=HEAD_HANGING_OR_ROLLING,
)

_add(
    V,
    0.2,
    "hacked chopped lopped sheared",
    needs=r"\b(?:heads?|arms?|legs?|hands?|feet|foot|fingers?|ears?|nose|limbs?|tongue|thumbs?) "
    r"(?:\w+ ){0,2}(?:hacked|chopped|lopped|sheared) (?:clean )?off\b|\b(?:hacked|chopped|lopped|"
    r"sheared) off (?:his|her|their|its|the|\w+'s) (?:heads?|arms?|legs?|hands?|feet|foot|fingers?|"
    r"ears?|nose|limbs?|tongue|thumbs?)\b",
)

_add(
    V,
    0.2,
    "insides",
    needs=r"\b(?:holding|held|clutching|clutched|cradling|spilling|spilled|spilt|hanging|hung|"
    r"trailing) (?:\w+ ){0,2}(?:own )?insides\b|\binsides (?:spilling|spilled|spilt|hanging|hung|"
    r"out|in (?:his|her|their) (?:lap|hands))\b",
)

_add(
    V,
    0.35,
    "chest ribs ribcage face head temple forehead",
    after=r" (?:was |were |had been |had )?(?:stove|caved|bashed|beaten|battered|kicked|stamped|"
    r"smashed) in\b",
)

# A blow told by what landed: "blood ran from his nose where her elbow had caught him".
_add(
    V,
    0.6,
    "caught",
    needs=r"\b(?:elbow|fist|knuckles|knee|boot|punch|blow|backhand|headbutt|hook|uppercut)\b"
    r"(?: (?!and\b|but\b|then\b)\w+){0,2} caught (?:him|her|them|me|you|us)\b",
)

# ---- violence, second pass: families of phrasing found missing on new text ----------------
# Who can be on the receiving end, beyond the nouns of the long pattern above: the kid, the
# guy, the victim, the cop, a fantasy foe, and people in groups (the prisoners, the
# protesters, the villagers). Only the plain blow words: "dragged the kids to the museum",
# "cut the guy some slack" and "threw the lads a ball" are not blows.
_BLOWS = (
    "hit hits hitting struck strike strikes striking kicked kicks kick kicking punched punch "
    "punches punching slapped slaps slap slapping shoved shoves shove shoving choked chokes beat "
    "beats beaten beating battered thrashed shot shoots shoot shooting stabbed slashed whipped "
    "flogged killed kill kills killing attacked attacks attacking wounded pummelled pummeled "
    "smacked clubbed bludgeoned knifed executed tortured bayoneted hacked strangled throttled "
    "tased tasered maimed butchered"
)
_VICTIMS = (
    r"(?:kid|kids|guy|guys|bloke|blokes|lad|lads|victim|victims|cop|cops|policeman|policemen|"
    r"policewoman|copper|coppers|teenager|teenagers|teen|girlfriend|boyfriend|partner|mum|mom|"
    r"dad|uncle|aunt|cousin|nephew|niece|friend|neighbour|neighbor|landlord|landlady|bouncer|"
    r"gunman|robber|mugger|burglar|attacker|assailant|enemy|knight|orc|orcs|goblin|goblins|troll|"
    r"demon|monster|wolf|werewolf|zombie|zombies|bandit|bandits|raider|raiders|assassin|hostage|"
    r"hostages|captive|captives|prisoners|inmate|inmates|protester|protesters|protestor|"
    r"protestors|demonstrators|villagers|civilians|strikers|rioters|refugees|deserters|"
    r"men|women|boys|girls|children|survivors|guards|soldiers|rebels|peasants|slaves|servants|"
    r"student|students|marchers|pickets|driver|cabbie|shopkeeper|cashier|clerk|teller|nurse|"
    r"doctor|priest|teacher|sailor|pirate|pirates|sentry|sentries|watchman|captain|sergeant|"
    r"lieutenant|informant|snitch|dealer|pimp|addict|tramp|beggar|homeless man|old man|"
    r"old woman|young man|young woman|little boy|little girl|toddler|newborn|"
    # People by their trade, rank or place, in the singular and the plural: "beat the
    # messenger", "shot the farmer", "stabbed two of the passengers".
    r"messengers?|farmers?|prisoner|servant|slave|maids?|butler|footmen|grooms?|stableboy|"
    r"boatman|ferryman|fishermen|fisherman|shepherds?|millers?|blacksmiths?|innkeepers?|"
    r"barman|barmaids?|waiters?|waitress|porters?|postman|couriers?|merchants?|traders?|"
    r"peddlers?|pedlars?|travell?ers?|pilgrims?|monks?|nuns?|priests|vicar|curate|bishop|"
    r"squires?|heralds?|officers?|constables?|detectives?|inspector|spy|spies|thieves|"
    r"smugglers?|outlaws?|poachers?|gamekeeper|hunters?|warriors?|fighters?|opponents?|"
    r"rivals?|patients?|tenants?|customers?|passengers?|pedestrians?|cyclists?|motorists?|"
    r"witness|witnesses|suspects?|youths?|youngsters?|journalists?|reporters?|"
    r"photographers?|workers?|miners?|labourers?|laborers?|deckhands?|lookouts?|scouts?|"
    r"villager|peasant|serfs?|rebel|deserter|traitors?|heretics?|witch|witches|wizards?|"
    r"sorcerers?|elf|elves|dwarf|dwarves|giants?|ogres?|wife|husband|mother|father|"
    r"brother|sister|grandmother|grandfather|stepfather|stepmother|stepson|stepdaughter)"
)
# Anyone who can be hurt, for the patterns that name the weapon too.
_FOES = (
    r"(?:him|her|them|me|you|us|[A-Z][a-z]+|(?:the|a|an|that|this|his|her|their) (?:\w+ )?"
    r"(?:man|woman|boy|girl|child|guard|soldier|thief|stranger|intruder|creature|beast|thing|"
    r"vampire|dragon|bear|" + _VICTIMS[3:] + r")"
)
# Games and contests one side beats another at ("beat his brother at chess").
_GAMES = (
    r"(?:at (?:pool|bowling|darts|chess|cards|poker|tennis|squash|badminton|snooker|golf|football|"
    r"cricket|scrabble|monopoly|rounders|netball|hockey|basketball|baseball|softball|volleyball|"
    r"dodgeball|races?|sports day|swimming|running|video games|mario kart|fifa|arm-wrestling|"
    r"the (?:polls|game|match|race|quiz))|in (?:the )?(?:race|final|polls|election|quiz|match|"
    r"game))"
)

_add(
    V,
    0.6,
    _BLOWS,
    after=r"(?: at| into| on)? (?:the|his|her|their|my|your|our|a|an|some|that|this|those|these|"
    r"two|three|four|several|all the|one of the) (?:[a-z]+ )?" + _VICTIMS + r"\b(?!['’]s)"
    r"(?! (?:up|out|off|back|into shape|as (?:odd|strange|funny|peculiar|unusual|rude|cold|kind|"
    r"a|an|being|rather|very|quite|too|somewhat|slightly|more|less|the (?:sort|kind|type))|"
    r"a (?:look|glance|smile|grin|glare|wink|text|message|"
    r"line|rope|bone|break|chance|lifeline|favour|favor)|some slack|" + _GAMES + r")\b)" + _SPORT,
)
# A child who beat someone at a game is no child beaten: "The boys beat the girls at
# rounders on sports day."
_NOT_A_GAME = r"(?!(?: [\w'’]+){1,4} " + _GAMES + r"\b)"

# A weapon drawn on someone, held at someone, waved at a crowd: the threat is the violence
# ("pulled a knife on him", "at knifepoint", "pointed the gun at her head").
_add(V, 0.9, "knifepoint gunpoint knife-point gun-point swordpoint sword-point")

_add(
    V,
    0.9,
    "pulled pulls pulling drew draws drawn",
    after=r" (?:out )?(?:a|his|her|the|their|its) (?:\w+ )?(?:knife|gun|blade|pistol|revolver|shiv|"
    r"machete|razor|shotgun|rifle|sword|dagger|cleaver|weapon|piece|flick-knife|switchblade) on "
    r"(?:him|her|them|me|you|us|the \w+|[A-Z][a-z]+)\b",
)

_add(
    V,
    0.6,
    "brandished brandishing brandishes waved waving wielding",
    # (not a toy sword waved in the school play, nor a cake knife)
    after=r" (?:a|an|the|his|her|their|its) (?:(?!toy|plastic|wooden|cardboard|foam|rubber|"
    r"pretend|cake|butter|bread|fish|fruit|palette|pocket|penknife)\w+ )?(?:knife|gun|machete|axe|"
    r"pistol|revolver|shotgun|rifle|crowbar|cleaver|dagger|blade|broken bottle|shiv|"
    r"baseball bat|hammer|iron bar|cosh|knuckle-duster|knuckledusters|switchblade)\b",
)

_add(
    V,
    0.6,
    "pointed aimed levelled leveled trained pointing aiming levelling leveling",
    after=r" (?:a|the|his|her|their|its|my) (?:\w+ )?(?:gun|pistol|revolver|rifle|shotgun|weapon|"
    r"crossbow|musket|carbine|handgun|firearm|barrel|barrels) (?:\w+ )?(?:at|on|towards?) "
    r"(?:" + _FOES + r"|(?:his|her|their|my|your|\w+'s) (?:head|chest|face|back|heart|temple|"
    r"knees?|legs?|belly|stomach))\b",
)

_add(
    V,
    0.6,
    "barrel muzzle",
    after=r" (?:of (?:the|a|his|her) (?:\w+ )?(?:gun|pistol|revolver|rifle|shotgun) )?(?:\w+ )?"
    r"(?:against|to|into) (?:his|her|their|my|your|the \w+'s|[A-Z][a-z]+'s) (?:temple|head|"
    r"forehead|skull|neck|chest|back|mouth|cheek|throat|ribs|spine)\b",
)

# Police, riots and prisons: the force used on a crowd or a man on the ground.
_add(V, 0.6, "tased tazed pepper-sprayed teargassed tear-gassed baton-charged truncheoned")
_add(V, 0.6, "baton batons", after=r"[- ]charg(?:e|ed|es|ing)\b")
_add(V, 0.6, "rubber plastic", after=r" bullets\b")
_add(
    V,
    0.9,
    "brutality",
    needs=r"\b(?:police|prison|guards?'?|officers?'?|military|army) brutality\b",
)

# War: the guns heard and felt ("under fire", "machine-gun fire", "shells rained down"),
# the mowing down of men, the firing squad.
_add(
    V,
    0.6,
    "fire",
    needs=r"\b(?:machine-?gun|machinegun|rifle|small-arms|small arms|sniper|cannon|artillery|"
    r"mortar|automatic|enemy|covering|return(?:ed)?|heavy|withering|incoming|musket|musketry|"
    r"friendly|suppressing|anti-aircraft|tank|gun) fire\b(?! (?:in|with) (?:shrieks|kind|words|"
    r"spades|a (?:retort|glare|look|question|joke|quip)|insults|questions|abuse))|"
    r"\bexchange(?:d|s)? (?:of )?fire\b|"
    r"\bunder (?:heavy |enemy |constant |sniper |sustained )?fire\b(?! (?:over|since|about|"
    r"after)\b| for (?!(?:\w+ )?(?:hours?|minutes?|days?|weeks?|nights?|most of|much of|"
    r"the (?:rest|whole|first|last|next|better part))\b)| from (?:the )?(?:critics|press|media|"
    r"board|fans|opposition|readers|"
    r"shareholders|his|her|their|its|all sides|parents|management|voters|public|papers|"
    r"reviewers|colleagues|campaigners|members)\b)",
)

_add(
    V,
    0.6,
    "shells bombs mortars missiles grenades",
    # (not bath bombs or water bombs, nor shells that fell out of a pocket)
    after=r"(?<!bath bombs)(?<!water bombs)(?<!sea shells)(?<!egg shells)(?<!nut shells)"
    r" (?:\w+ )?(?:fell|rained|came down|were falling|began falling|began to fall|landed|burst|"
    r"exploded|whistled|screamed|slammed|tore|ripped|hammered|pounded|thudded|struck|hit)\b"
    r"(?! (?:out|off|from|into (?:her|his|my|the) (?:pocket|bucket|hand|hands|lap|basket)|"
    r"(?:on|onto|along|up on) the (?:beach|shore|sand|sands|strand|tideline))\b)",
)
_add(
    V,
    0.6,
    "rounds",
    needs=r"\b(?:mortar|artillery|tank|rifle|machine-gun|sniper|cannon|howitzer|anti-tank|"
    r"incoming) rounds\b",
)

_add(
    V,
    0.6,
    "bombarded bombardment bombarding shelled strafed strafing pounded pounding",
    needs=r"\b(?:artillery|guns|cannons?|shells|shellfire|batteries|howitzers|mortars|warships?|"
    r"bombers?|aircraft|drones|fleet|enemy|siege|trenches|the fort)\b",
    # (not questions, emails and cameras, nor a heart, a head or a door pounding)
    after=r"(?! (?:with|by) (?:questions|emails|messages|calls|texts|requests|letters|advice|"
    r"flashes|cameras|photographers|fans|offers|complaints))",
)
_add(
    V,
    0.45,
    "raid raids",
    needs=r"\bair[- ]raids?\b(?! (?:shelters?|sirens?|wardens?|drill|practice))",
)

_add(
    V,
    0.6,
    "mowed mown cut gunned shot",
    after=r" down (?:the |a |two |three |four |several |dozens of |hundreds of |\w+ of the |the "
    r"first |the last )?(?:\w+ )?(?:men|soldiers|enemy|enemies|riders|attackers|guards|wave|"
    r"ranks|line|crowd|protesters|villagers|civilians|marchers|rebels|troops|defenders|"
    r"horsemen|cavalry|infantry|bandits|raiders|orcs|goblins|knights|gunners)\b",
)
_add(V, 0.6, "mowed mown gunned", after=r" (?:him|her|them|us|[A-Z][a-z]+) down\b")
_add(
    V,
    0.6,
    "mowed mown gunned",
    needs=r"\b(?:was|were|been|being|got) (?:\w+ )?(?:mowed|mown|gunned) down\b",
)

_add(V, 0.6, "squad squads", needs=r"\bfiring[- ]squads?\b")

_add(
    V,
    0.6,
    "opened",
    after=r" up (?:on|at) (?:the|them|him|her|us|me)\b",
    needs=r"\b(?:guns?|rifles?|machine|fire|firing|troops|soldiers|snipers?|gunners?|battery|"
    r"cannons?|shots?|bullets|pistols?|shooter|gunman|gunmen)\b",
)

_add(
    V,
    0.6,
    "fired",
    after=r" (?:a |one |two |three |four |five |six |several |\d+ |the |another |a few )?(?:\w+ )?"
    r"(?:rounds?|shots?|bullets?|volleys?|bursts?|barrels?) (?:\w+ )?(?:into|at|through)\b"
    r"(?! (?:the )?(?:air|sky|ceiling|clouds|target|targets|butts|range))",
)

# Fights told by how they start and spread: swinging at each other, coming to blows,
# trading punches, fists flying, a punch-up.
_add(V, 0.9, "punch-up punch-ups")
_add(
    V,
    0.6,
    "blows punches kicks",
    needs=r"\b(?:trad|exchang)(?:ed|ing|e|es) (?:\w+ )?(?:blows|punches|kicks)\b|"
    r"\bc(?:a|o)me to blows\b|\bcoming to blows\b",
)
_add(
    V,
    0.6,
    "swinging swung swing swings",
    after=r" (?:wildly |blindly )?(?:at|for) (?:each other|one another|anyone|anybody|everyone|"
    r"everybody|whoever|him|her|them|me|you|us|"
    r"[A-Z][a-z]+|the (?:man|guy|bloke|lad|kid|boy|other|bouncer|officer|cop|guard|thing|"
    r"creature|intruder|stranger|driver))\b(?! (?:with (?:a|the|his|her) (?:pillow|cushion|"
    r"racket|bat and ball|ball))\b)",
)
_add(V, 0.6, "fists", after=r" (?:flying|flew|everywhere|going)\b")
_add(
    V,
    0.45,
    "went goes going go flew flies lunged lunging",
    after=r" (?:for|at) (?:his|her|their|my|your|the \w+'s|[A-Z][a-z]+'s) (?:eyes|throat|face|"
    r"neck|jugular|windpipe|gun|knife|groin)\b",
)
_add(V, 0.6, "flew", after=r" at (?:him|her|them|me|us|[A-Z][a-z]+) (?:with|and)\b")

# Heads and faces put into walls, bonnets and bins: "slammed his head against the wall",
# "put him face first into the bins", "banged my head twice against the headrest".
_add(
    V,
    0.6,
    "slammed smashed bashed rammed ground shoved pushed forced drove thrust slams smashes "
    "bashes shoves pushes",
    after=r" (?:his|her|their|my|your|[A-Z][a-z]+'s|the \w+'s) (?:head|face|skull|forehead) "
    r"(?:\w+ )?(?:against|into|onto|on|off|through|down on|down into) (?:the|a|an)\b",
)
_add(
    V,
    0.6,
    "banged bangs banging knocked cracked",
    after=r" (?:his|her|their|my|your|[A-Z][a-z]+'s|the \w+'s) (?:head|face|skull) (?:\w+ )?"
    r"(?:against|into|onto|on|off) ",
    # (not a head knocked on a low beam: he did it to someone, more than once)
    needs=r"\b(?:twice|again and again|over and over|repeatedly|three times|until|grabbed|"
    r"gripped|by the hair|by the collar|by the neck|held)\b",
)
_add(
    V,
    0.6,
    "slammed shoved pushed threw thrown put puts forced dumped smashed slams shoves pushes",
    after=r" (?:him|her|them|me|you|us|[A-Z][a-z]+|the \w+) face[- ](?:first|down) "
    r"(?:into|onto|on|against|in)\b",
)

# A weapon brought down on someone: "brought the poker down on his hand".
_add(
    V,
    0.6,
    "brought bring brings bringing",
    after=r" (?:it|(?:the|a|his|her|their) (?:\w+ )?(?:hammer|axe|club|poker|bat|rifle|rifle-butt|"
    r"butt|cudgel|stick|pipe|crowbar|sword|mace|spade|shovel|bottle|brick|rock|stone|cane|whip|"
    r"truncheon|baton|chair|iron|candlestick|lamp|ashtray|mallet|blade|knife|fist|fists|"
    r"cosh|belt|rolling pin|frying pan|pan|tankard)) down (?:hard )?(?:on|onto|upon|across) "
    r"(?:him|her|them|me|us|you|(?:his|her|their|my|your|the \w+'s|[A-Z][a-z]+'s) (?:\w+ )?"
    + _BODY
    + r"s?|the (?:man|woman|boy|girl|guard|thief|intruder|creature|beast|thing)|[A-Z][a-z]+)\b",
)

# Told in the passive with a step between: "was held down and beaten", "were taken
# outside and shot", "got dragged into the alley and kicked".
_add(
    V,
    0.6,
    "beaten shot stabbed kicked whipped flogged tortured clubbed knifed thrashed pistol-whipped "
    "bludgeoned punched",
    needs=r"\b(?:was|were|been|being|got|get|gets) (?:\w+ ){1,6}(?:and|then) (?:\w+ )?(?:beaten|"
    r"shot|stabbed|kicked|whipped|flogged|tortured|clubbed|knifed|thrashed|pistol-whipped|"
    r"bludgeoned|punched)\b",
    after=r"(?! (?:a|an|the|some|his|her|their|my|video|film|photos?|pictures?|hoops|pool|"
    r"down|up|off|out|at)\b)" + _SPORT,
)

# Killing told by the means: "clubbed the seal to death", "stamped to death", "stoned to
# death" (not "bored", "worked" or "scared to death").
_add(
    V,
    0.9,
    "beaten beat kicked stabbed clubbed bludgeoned battered stamped hacked stoned whipped "
    "tortured mauled strangled kicking beating stabbing hacking gored savaged",
    after=r"(?: (?:him|her|them|it|me|us|[A-Z][a-z]+|the \w+|(?:his|her|their|a|an|one) \w+))?"
    r" to death\b",
)

# Stoning a person (not stoned on weed, nor stoned fruit).
_add(
    V,
    0.6,
    "stoned stoning",
    after=r" (?:him|her|them|the (?:woman|man|prophet|adulteress|martyr|girl|boy|thief|witch|"
    r"heretic|saint|stranger|messenger|prisoner|sinner))\b",
)

# Rough handling that hurts: a baby shaken, a girl pinched till she bruised, a chin gripped
# until she said sorry.
_add(
    V,
    0.6,
    "shook shaking shakes shaken",
    after=r" (?:the|her|his|their|a|that) (?:\w+ )?(?:baby|infant|newborn|toddler|child)\b"
    r"(?!['’]s)",
    needs=r"\b(?:until|till|hard|violently|so hard|roughly|screamed|howled|howling|crying|cried|"
    r"wailing|to make it stop|to shut it up|limp)\b",
)
_add(V, 0.9, "shaken", after=r"[- ]baby\b")
_add(
    V,
    0.6,
    "pinched pinching pinches pinch",
    after=r"(?! of\b)",
    # (not shoes that pinched, nor a pinch of salt over bruised garlic)
    needs=Near(
        r"\b(?:bruise|bruises|bruised|bruising|welts?|marks|until (?:she|he|they|i|we|it) "
        r"(?:cried|yelped|squealed|flinched|winced|whimpered|bled|screamed)|hard enough to|"
        r"so hard|drew blood)\b",
        r"(?<!shoes )(?<!boots )(?<!shoe )(?<!boot )(?<!corset )(?<!collar )\bpinch(?:ed|es|ing)? "
        r"(?:her|him|them|me|you|us|his|my|their|the \w+|[a-z]+'s)\b",
    ),
)
_add(
    V,
    0.6,
    "grabbed gripped seized squeezed grab grabs grips grip",
    # (not a chin held to be kissed)
    after=r" (?:her|his|my|their|your|[A-Z][a-z]+'s) (?:chin|jaw|face|throat)\b"
    r"(?![^.!?]{0,60}\b(?:kiss|kissed|kissing|tender|tenderly|gently|softly|lovingly|laugh|"
    r"laughed|laughing|tickl\w*)\b)",
    needs=r"\b(?:until|hard|bruis\w*|painful\w*|twist\w*|yank\w*|wrench\w*|so tight|fingers? "
    r"dig\w*|nails dig\w*|forced|make (?:me|her|him) look|hurt)\b",
)

# Animals hurt on purpose: "kicked the dog until it yelped", "whipped the horse till it bled".
_add(
    V,
    0.6,
    "beat beaten kicked kicking whipped flogged lashed thrashed hit punched stabbed strangled "
    "drowned tortured burned",
    after=r" (?:the|a|his|her|their|that|my) (?:\w+ )?(?:dog|dogs|puppy|puppies|cat|cats|kitten|"
    r"kittens|horse|horses|pony|mule|donkey|ox|goat)\b",
    needs=r"\b(?:until (?:it|he|she|they)|till (?:it|he|she|they)|bled|blood|yelp\w*|whimper\w*|"
    r"howl\w*|cower\w*|limp\w*|stopped moving|to death|again and again|over and over|"
    r"screamed|squeal\w*|broke its|broken)\b",
)

# Executions of a person, and the fight that has no name but its weapons: hacking and
# slashing at a foe.
_add(
    V,
    0.6,
    "executed",
    after=r" (?:him|her|them|the (?:\w+ )?(?:prisoners?|deserters?|hostages?|men|rebels|traitors?|"
    r"spy|spies|captives?|soldiers?|villagers|priests?|king|queen))\b",
)
_add(
    V,
    0.6,
    "hacked slashed hacking slashing stabbed stabbing thrust thrusting swiped swiping "
    "jabbed jabbing lunged",
    after=r" (?:wildly |blindly )?at "
    + _FOES
    + r" (?:\w+ ){0,2}with (?:a|the|his|her|their|its|my) (?:\w+ )?(?:sword|knife|blade|axe|"
    r"dagger|spear|machete|bayonet|claws?|cleaver|scythe|sabre|saber|broken bottle|shard|"
    r"scissors|screwdriver|pitchfork|halberd|pike)\b",
)
_add(
    V,
    0.6,
    "put puts putting",
    after=r" (?:his|her|a|their) fist (?:through|into) (?:his|her|their|\w+'s|[A-Z][a-z]+'s) "
    r"(?:face|jaw|mouth|nose|teeth|stomach|gut)\b",
)

# The shit kicked out of someone, told from the other side.
_add(
    V,
    0.9,
    "beaten kicked knocked",
    needs=r"\bthe (?:shit|hell|crap|living daylights|stuffing|snot) (?:beaten|kicked|knocked) out "
    r"of\b",
)

# The belt or the strap got out for a beating, and the welts it left.
_add(
    V,
    0.6,
    "belt strap cane switch",
    needs=r"\b(?:got|get|gets|getting|took|take|takes|taking|fetched|fetch) (?:the |his |her |"
    r"their )?(?:belt|strap|cane|switch) out\b|\bthe (?:belt|strap|cane) came (?:out|off|down)\b|"
    r"\b(?:welts|weals|stripes|bruises|marks) (?:\w+ ){0,5}(?:from|of) (?:the|his|her|a|dad's|"
    r"mum's|father's|mother's) (?:\w+'s )?(?:belt|strap|cane|buckle|switch|birch)\b",
)

# ---- violence, third pass: everyday idioms of a beating --------------------------------------
# A hail of blows; a man dropped with one punch or one shot; another man's fingers broken;
# a knife between someone's ribs (not "like a knife"); laid into with fists or a belt; the old
# man knocked to the ground.
_add(
    V,
    0.6,
    "hail",
    after=r" of (?:blows|punches|kicks|fists|bullets|gunfire|stones|bricks|rocks|arrows|"
    r"truncheons|batons|boots)\b",
)
_add(
    V,
    0.6,
    "dropped",
    after=r" (?:him|her|them|[A-Z][a-z]+|the \w+) with (?:a|one|his|her|their) (?:single |clean |"
    r"short |right |left |well-aimed )?(?:shot|bullet|round|punch|blow|hook|jab|uppercut|"
    r"headbutt|right|left|kick)\b",
)
_add(
    V,
    0.6,
    "broke snapped",
    after=r" (?:(?:one|two|three|four|all|both|several|some) of )?(?:the (?:\w+ ){0,2}\w+'s|"
    r"[A-Z][a-z]+'s) (?:fingers?|thumbs?|wrists?|arms?|nose|jaw|ribs?|kneecaps?|collarbone|"
    r"cheekbone)\b",
)
_add(
    V,
    0.6,
    "knife blade dagger",
    needs=r"(?<!like )(?<!as if )\b(?:a|the|his|her|my) (?:knife|blade|dagger) (?:in|into|between) "
    r"(?:his|her|their|my|the \w+'s|[a-z]+'s) (?:ribs|side|belly|gut|guts|chest|throat|kidneys?)\b",
)
_add(
    V,
    0.9,
    "laid lays laying",
    after=r" into (?:him|her|them|me|us|the \w+|[A-Z][a-z]+) with (?:his|her|their|a|the) "
    r"(?:fists|boots?|belt|stick|cane|bat|club|crowbar|poker|feet|whip|strap|truncheon)\b",
)
_add(
    V,
    0.6,
    "knocked",
    after=r" " + _FOES + r" (?:to the ground|to the floor|flat|senseless)\b",
)

# A weapon taken to a part of someone ("took a bat to the man's knees", "took the belt to his
# back"), not a hammer taken to a car; seven bells knocked out of someone.
_add(
    V,
    0.9,
    "took",
    after=r" (?:a|the|his|her) (?:\w+ )?(?:bat|crowbar|hammer|belt|cane|poker|bar|pipe|club|cosh|"
    r"machete|knife|axe|strap|whip|stick) to (?:the (?:\w+ )?\w+'s|[A-Z][a-z]+'s|his|her|their) "
    r"(?:knees?|kneecaps?|head|legs?|hands?|fingers?|face|back|ribs|skull|shins?)\b",
)
_add(V, 0.9, "bells", needs=r"\b(?:kicked|knocked|beat|beaten|battered) seven bells out of\b")

# Violence, fourth pass (train misses): caning and birching done to someone ("caned the boy
# until his legs bled", "birched him for lying"); not "caned it" down the motorway.
_add(
    V,
    0.6,
    "caned birched",
    after=r" (?:(?:him|her|them|me|you|us)\b|(?:the|his|her|their|my|a|an|every|each) (?:\w+ )?"
    r"(?:boys?|girls?|child|children|lads?|pupils?|students?|sons?|daughters?|servants?|"
    r"prisoners?|men|man|woman|women|hands?|palms?|knuckles|backside|legs)\b|"
    r"[A-Z][a-z]+\b(?! (?:chair|sugar|furniture|seat)\b))",
)

# Violence, fifth pass (train misses): harm called physical ("physically abused by their
# father", "physical punishment"), not physical therapy or a physical exam; the buckle end of a
# belt; a strap or cane brought down on someone; the back of a hand got or given; a round that
# takes someone ("the round took him under the faceplate").
_add(
    V,
    0.9,
    "physically",
    after=r" (?:abused|abusive|assaulted|attacked|punished|disciplined|violent|beaten)\b",
)
_add(
    V,
    0.9,
    "physical",
    after=r" (?:abuse|violence|assaults?|attacks?|punishments?|chastisement|harm)\b",
)
_add(
    V,
    0.6,
    "buckle",
    after=r" end\b",
    needs=r"\b(?:got|get|gets|getting|gave|give|with|took|"
    r"felt|feel) the buckle end\b",
)
_add(
    V,
    0.6,
    "brought brings bringing",
    after=r" (?:the|his|her|a|that) (?:\w+ )?(?:strap|belt|cane|stick|ruler|birch|switch|tawse|"
    r"whip|poker|truncheon|cosh|crop|slipper) down\b(?! from| off| out of)",
)
_add(
    V,
    0.6,
    "got get gets getting",
    after=r" the back of (?:his|her|the|their|my|me mam's|mam's|mum's|dad's|da's) hand\b",
)
_add(
    V,
    0.9,
    "bullet slug",
    needs=r"\b(?:the|a|one|second|first|next|last|stray) (?:bullet|slug) "
    r"(?:took|takes|caught|catches|hit|hits|struck|strikes|found|finds) (?:him|her|them|me|you|"
    r"(?-i:[A-Z][a-z]+)|the (?:man|woman|boy|girl|guard|driver|soldier|officer|rider))\b",
)
_add(
    V,
    0.9,
    "round",
    # (a bullet, in a sentence of firing: not a postman's round that took him past the church)
    needs=Near(
        r"\b(?:fir(?:e|ed|es|ing)|shot|shoots?|gun|rifle|pistol|revolver|sniper|trigger|barrel|"
        r"muzzle|sights?)\b",
        r"\b(?:the|a|one|second|first|next|last|stray) round (?:took|takes|caught|catches|hit|"
        r"hits|struck|strikes|found|finds) (?:him|her|them|me|you|(?-i:[A-Z][a-z]+)|the (?:man|"
        r"woman|boy|girl|guard|driver|soldier|officer|rider))\b",
    ),
)

# A blade to someone else's body, told with whose body it is: "He slashed her arm with a razor",
# "Someone had cut his hand open with a broken bottle" (he and her, she and his; not "She cut
# her hand on the glass").
_BLADE_VERB = r"(?:slashed|sliced|cut|gouged|carved|stabbed|scored|split|raked|laid open|opened)"
_BLADE_BODY = (
    r"(?:\w+ )?(?:face|arm|arms|cheek|cheeks|throat|hand|hands|chest|back|leg|legs|neck|wrist|"
    r"wrists|forearm|forearms|scalp|lip|lips|ear|stomach|belly|side|thigh|thighs|shoulder)\b"
)
OTHERS_BODY = (
    r"(?:\bhe\b(?: [\w'’]+){0,3}? "
    + _BLADE_VERB
    + r" (?:her|my|your|their)|\bshe\b(?: [\w'’]+){0,3}? "
    + _BLADE_VERB
    + r" (?:his|my|your|their)|\b(?:someone|somebody|they|the (?:man|woman|attacker|mugger|"
    r"thug|stranger|boy|girl|soldier|guard|robber|burglar|intruder|gang|lads?))\b(?: [\w'’]+){0,3}?"
    r" " + _BLADE_VERB + r" (?:his|her|my|your|their)) " + _BLADE_BODY
)
_add(
    V,
    0.6,
    "slashed sliced cut gouged carved stabbed scored split raked opened",
    needs=OTHERS_BODY + r"(?! (?:hair|nails|fringe|toenails|fingernails))",
)

# Set upon: "the carpenter's mate was set upon by three hands" (not a dog set upon a bone).
_add(
    V,
    0.6,
    "set",
    after=r" upon by (?:a |an |two |three |four |five |several |some |the )?(?:\w+ )?(?:men|man|"
    r"hands|thugs|gang|crowd|mob|youths|lads|boys|sailors|soldiers|robbers|footpads|ruffians|"
    r"attackers|assailants|strangers|locals|officers|guards|others|them)\b",
)

# A blow told by what met what: "Darcy's fist found Wickham's jaw", "a jab to the man's jaw
# that sent him sprawling" (not a fist found in a pocket, or a jab of a needle).
_add(
    V,
    0.6,
    "fist fists knuckles elbow knee boot jab jabs uppercut hook",
    needs=r"\b(?:fist|fists|knuckles|elbow|knee|boot|forehead|head) (?:found|met|caught|connected "
    r"with|slammed into|crashed into|smashed into|drove into) (?:his|her|their|my|your|(?:the )?"
    r"(?:\w+ )?[a-z]+(?:'s|’s)) (?:jaw|face|nose|mouth|ribs|"
    r"gut|stomach|belly|temple|cheek|chin|eye|throat|kidneys|solar plexus)\b|\b(?:jab|uppercut|"
    r"hook|punch|blow|elbow|kick|headbutt) (?:to|into) (?:his|her|their|my|your|the \w+(?:'s|’s)) "
    r"(?:jaw|face|nose|mouth|ribs|gut|stomach|belly|temple|cheek|chin|eye|throat|kidneys|groin)\b",
)
_add(
    V,
    0.45,
    "sprawling",
    needs=r"\b(?:sent|knocked) (?:him|her|them|me|you|the (?:\w+ )?(?:man|boy|guard|thug)|[a-z]+) "
    r"sprawling\b|\bwent sprawling\b(?![^.!?]{0,30}\b(?:ice|mud|puddle|rug|banana|skates|cat|"
    r"dog|toys?|laughing)\b)",
)
