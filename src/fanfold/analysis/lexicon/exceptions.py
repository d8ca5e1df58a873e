"""Figures of speech and innocent senses (`EXCEPT_BY_WORD`): a cue inside one of their
matches does not count."""

from __future__ import annotations

import re
from dataclasses import dataclass

from fanfold.analysis.lexicon.base import lowered
from fanfold.analysis.lexicon.cues import CUES


@dataclass(frozen=True)
class Only:
    """An exception for some notes only, where the same words still say the others: "fuck
    you" is no sex, but it is strong language."""

    pattern: str
    labels: frozenset[str]


# Figures of speech and innocent senses. A cue whose word lies inside a match does not
# count. Matched case-insensitively against the sentence.
# The words allowed between a figure's subject and its blow ("the news finally hit him", "the
# cold hit me like a wall"): adverbs, never a subject of its own ("In the cold he hit her").
_HITS_HOW = (
    r"(?:(?:finally|suddenly|really|just|then|first|abruptly|fully|properly|truly|slowly|all|"
    r"only|almost|nearly|literally|actually|eventually|at last|hard|full|squarely|absolutely|"
    r"totally|completely|utterly|basically|well and truly|proper|ever|never) )?"
)

_EXCEPTIONS: list[str | Only] = [
    # sexual content: sleeping with the eyes open or the light on is no bedfellow
    r"\b(?:sleep|sleeps|sleeping|slept) with (?:her|his|my|their|your|its|the|one) (?:\w+ )?"
    r"(?:eyes?|head|face|mouth|back|hands?|arms?|knees|feet|legs|door|window|light|lamp|radio|"
    r"boots|shoes|clothes|coat|gloves)(?: half)? (?:open|shut|closed|on|off)\b",
    # death
    # A sound drowned out ("the radio drowned it out", "drowned out by the rain"): no one
    # went into the water.
    r"\bdrown(?:s|ed|ing)? (?:(?:it|them|him|her|me|us|you|everything|everyone|all|the rest|"
    r"(?:the|his|her|their|my|your|our|its) (?:[\w'’]+ ){0,2}[\w'’]+) )?out\b"
    r"(?! (?:at sea|there|past|beyond|off|near|on the|in the (?:bay|lake|sea|river|estuary))\b)",
    # A thing that did not survive (a draft the quarter-hour, a vase the move): "it" or a
    # thing as the subject. ("The baby did not survive the night" is a death.)
    r"\b(?:it|draft|drafts|letter|letters|note|notes|plan|plans|scheme|vase|vases|cake|cakes|"
    r"china|teapot|glass|glasses|cup|cups|plate|plates|manuscript|page|pages|chapter|version|"
    r"proposal|tradition|custom|friendship|marriage|romance|joke|photograph|photographs|toy|"
    r"toys|phone|laptop|seedlings|tomatoes|roses)(?:'s)?,? (?:(?:just|simply|sadly|really|ever|"
    r"quite|even|still|alas|probably|certainly|clearly|obviously|though|however|of course|I "
    r"think|I fear),? ){0,3}(?:didn't|did not|never|"
    r"wouldn't|would not|couldn't|could not) survive\b",
    # "dead on his feet", "dead on time", "her guess was dead on" (not "found dead on the
    # beach", "dead on the quay", "dead on a Thursday")
    r"\bdead (?:tired|beat|set|serious|on(?= (?:(?:my|me|his|her|your|their|our) feet|time|"
    r"target|cue|schedule|the (?:money|mark|button|nose|dot|hour|minute|stroke|bullseye|centre|"
    r"center)|noon|midnight|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve) o'clock)|\s*[,.!?;:)\"”’]|\s*$)|end|ringer|weight|of (?:night|winter)|"
    r"centre|center|heat|giveaway|silent|quiet|still|certain|straight|easy|right|wrong|shot|"
    r"eye)\b",
    r"\bdrop[- ]dead\b",
    # back from the dead: a return, a resurrection, a revival ("came back from the dead on a
    # Thursday", "the village rose from the dead when the railway came")
    r"\b(?:back|rose|risen|rise|rises|rising|raised|raise|raises|raising|returned|returning|"
    r"brought|bring|brings|called|calls) (?:\w+ )?from the dead\b",
    r"\b(?:dying|died) (?:to|for|of (?:embarrassment|shame|laughter|boredom|curiosity))\b",
    r"\bdying (?:a slow )?death\b|\ba slow death\b",
    r"\b(?:lord|god|gods|land|realm|house|river|kingdom|day|king|queen|city|book|throne|thrones|"
    r"hall|halls|court|gate|gates|ferryman|judge|judges|country|isle|island|abode|domain|fields|"
    r"meadows|feast|festival|lady|mistress|prince|princess|keeper) of the dead\b|"
    r"\bthe dead of (?:night|winter)\b",
    # a simile: "sounded like a goose being strangled", "lay like a dead thing"
    r"\blike (?:a|an|some) (?:\w+ ){1,2}(?:being|getting) (?:strangled|slaughtered|murdered|"
    r"killed|stabbed|throttled|butchered|tortured|skinned)\b",
    r"\blike (?:a|some) dead (?:thing|weight|man|woman|body|fish|leaf|log|animal|bird|rat|mouse|"
    r"cat|dog|sheep|fly)\b",
    # a thing buried or "murdered": a box under the rhubarb, a song at karaoke, a sandcastle
    # the tide came in over
    r"\bburied it\b",
    r"\bmurder(?:ed|s|ing)? it\b",
    # a funeral for a laptop, a sourdough starter
    r"\bfuneral for (?:it|(?:the|her|his|my|their|our|your) (?:old |poor |dead )?(?:laptop|phone|"
    r"computer|car|plant|starter|printer|kettle|toaster|tamagotchi|houseplant|fridge|sofa|"
    r"van|bike))\b",
    r"\bin (?:his|her|my|their) own tears\b",
    r"\bdrown (?:himself|herself|myself|yourself) in (?:his|her|my|your) own tears\b",
    r"\bslaughtered (?:them|us|you) at\b",
    r"\b(?:bored|scared|frightened|worried|tickled|starving|freezing|sick|laughed|"
    r"worked|loved|talked|done|flogged) (?:\w+ ){0,2}to death\b",
    r"\bthe death of (?:me|us|you|him|her)\b",
    # a plan, an order or a dive carried out, not a prisoner put to death
    r"\bexecut(?:ed|es|ing|e) (?:(?:the|a|an|his|her|their|our|my|this|that|every) )?(?:\w+ ){0,2}"
    r"(?:plan|plans|order|orders|move|moves|manoeuvre|maneuver|turn|dive|jump|trick|tricks|"
    r"routine|will|warrant|contract|trade|trades|strategy|search|query|queries|code|program|"
    r"script|step|steps|pass|swap|landing|pivot|spin|kick|throw|play|plays)\b",
    r"\bkill(?:ing|s|ed)? (?:it|time|me|the (?:mood|lights|engine))\b",
    r"\b(?:feet|back|head|shoes|legs) (?:are|is|were|was) killing\b",
    r"\bkill(?:ing)? (?:for|two birds)\b",
    r"\bmurder (?:a|for a|for) (?:cup|pint|drink|sandwich|pie|bun|biscuit)",
    r"\b(?:phone|battery|engine|conversation|joke|jokes|fire|plant|plants|"
    r"party|lights) (?:(?:had|has|have|are|is|was|were|finally|just|slowly|quickly|suddenly|"
    r"completely|already|"
    r"then|all but|almost|nearly|gradually|eventually|promptly|abruptly|well and truly) )?"
    r"(?:died|dead|is dead|was dead|dying)\b",
    r"\bdeadline\b",
    r"\bstrangled (?:little |small |half-)?(?:noise|sound|cry|cries|laugh|sob|gasp|voice|"
    r"whisper|yelp|squeak|croak|moan|groan|snort|giggle|breath|note)\b",
    r"\bscotch (?:air|airs|reel|reels|song|songs|tune|broth|eggs?|mist|pine|terrier|tape|"
    r"bonnet|lass|man|accent|ballad|plaid|cap|girl|woman|border|estate|moor|moors|cattle)\b",
    r"\b(?:light|sun|sunlight|moonlight|lamplight|firelight|rain|wind|snow|cold|heat|"
    # (the light itself the one that hits, perhaps "suddenly": not "In the cold he hit her")
    r"lightning|idea|notion|sound|music|scent|smell) " + _HITS_HOW + r"(?:hit|hits|struck|strikes|"
    r"striking) (?:her|him|me|them|us|you|his|her|my|the)\b",
    r"\bpinned (?:at|to|on) (?:the|her|his|my) (?:throat|collar|breast|lapel|shoulder|hat|"
    r"bodice)\b|\b(?:sleeves?|hair) pinned\b|\bpinned (?:back|up)\b",
    r"\bwound (?:itself|himself|herself|themselves|up|round|around|through|down|tight)\b|"
    r"\bwound (?:the |a |an |her |his |my |their )?(?:\w+ )?(?:clock|clocks|watch|spring|yarn|"
    r"wool|thread|skein|ball|bandage|string|rope|line|cord|ribbon|bobbin|reel|key|mechanism)"
    r"\b|\bwound (?:her|his|its|their|my) way\b",
    r"\b(?:a|the|his|her|that|this|small|deep|shallow|long|little|shaving) (?:cut|cuts) (?:on|"
    r"across|to|in|above|below) (?:a |the |his |her |my )?(?:\w+ )?(?:\w+'s )?(?:arm|hand|"
    r"finger|thumb|knee|leg|chin|lip|cheek|forehead|brow|palm|shin|foot)\b",
    r"\bkill(?:ing|s|ed)? (?:myself|yourself|himself|herself|ourselves|themselves) "
    r"(?:laughing|with laughter)\b",
    r"\bsuicide (?:squeeze|doors?|mission|missions|run|blonde)\b",
    r"\b(?:dying|died|die) (?:up there|on stage|out there|a death on stage)\b",
    r"\b(?:comedian|comic|band|act|performer|singer|speaker|she|he|they|you) "
    r"(?:absolutely |totally |really )?(?:killed|slayed|slays)\s*(?:[,.!]|$| out there| up "
    r"there| on stage| tonight)",
    r"\bwake[- ]up call\b|\bwake the (?:house|baby|children|dead|household)\b",
    r"\bstill (?:life|water)\b",
    r"\bcold (?:tea|supper|water|hands|morning|night|wind|air|feet|toast|soup)\b",
    r"\bgone (?:to|for|out|home|cold)\b",
    # "as good as hanged himself already": not yet dead; a printer given "a Viking funeral"
    r"\bas good as (?:\w+ ){0,2}(?:hanged|hung|dead|killed|buried|drowned)(?: (?:himself|herself|"
    r"themselves|myself|yourself))?\b",
    r"\b(?:give|gave|giving|gives) (?:it|them|the (?:\w+ )?(?:printer|phone|laptop|car|sofa|"
    r"kettle|toaster|plant|telly|tv)) a (?:\w+ ){0,2}(?:funeral|burial)\b",
    r"\b(?:was|is|had) gone\b(?! (?:from us|before))",
    # violence
    r"\b(?:shot|shoot)(?:s|ing)? (?:\w+ )?(?:a |an |her |him |me |you |them )?(?:glance|look|"
    r"glare|smile|grin|question|photograph|photo|film|scene|pictures?|hoops?|the breeze)\b",
    # (only the shots are excused: "tequila shots" are still tequila)
    r"(?:(?<=\bespresso )|(?<=\bwhisky )|(?<=\bwhiskey )|(?<=\bvodka )|(?<=\btequila ))shots?\b"
    # ("shots of the harbour" are photographs; "shots of something blue" at a party are not)
    r"|\bshots? of\b(?! (?:something|vodka|tequila|whisky|whiskey|rum|gin|sambuca|j[aä]ger\w*|"
    r"absinthe|schnapps|brandy|bourbon|ouzo|the hard stuff|the (?:\w+ )?spirits?)\b)",
    r"\bblood (?:pudding|sausage|orange|oranges|moon|relative|relatives|brother|"
    r"sister|type|test|sample|pressure|bank|donor|line|lines)\b",
    r"\bsample of (?:the )?(?:\w+'s )?blood\b",
    r"\bpunch ?(?:line|lines|bowl|card)\b|\bpunchline\b",
    r"\bbeat (?:the (?:eggs|batter|cream|rush|odds|clock|heat)|a retreat|him to it|"
    r"her to it|them to it|time|around the bush)\b",
    r"\b(?:fight|fought|fighting) (?:off (?:a|the) (?:cold|flu|sleep|urge)|back "
    r"(?:tears|a laugh|a smile|a yawn)|the urge)\b",
    r"\b(?:took|take|takes|taking) a stab\b",
    r"\b(?:fought|fight|fighting|squabbled) over (?:the (?:last|remote|bathroom|front seat|"
    r"blanket|covers|best)|who)\b",
    r"\b(?:news|truth|realisation|realization|reality|words|memory|grief|smell|thought|"
    r"idea|loss|silence|cold|heat|exhaustion|tiredness|homesickness) " + _HITS_HOW + r"(?:hit|hits|"
    r"struck|strikes) (?:her|him|me|them|us|you)\b",
    r"\bcut (?:himself|herself|myself|yourself|themselves) (?:a|an|some|another|the) "
    r"(?:slice|piece|wedge|chunk|hunk|bit|sliver|length|hunk)\b",
    r"\b(?:heart|panic|anxiety|asthma) attack\b|\battack of (?:nerves|giggles|"
    r"conscience|the)\b",
    r"\bstr(?:uck|ike|ikes) (?:a (?:match|pose|chord|bargain|deal|balance|note)|up|"
    r"(?:him|her|me|them) as|(?:him|her|me|them) (?:dumb|silent))\b",
    r"\bhits? (?:the (?:road|hay|books|sack|spot|jackpot)|it off)\b",
    r"\bcut (?:the (?:cake|bread|cards|deck|engine|meat|hendl|cheese|pie)|corners|"
    r"(?:him|her|them) off(?! from)|(?:him|her|me) short|a (?:fine|dashing) figure|to the chase|"
    r"to the bone)\b",
    r"\b(?:cut|cuts|cutting) (?:\w+ )?(?:to the bone|deep)\b",
    r"\bstrikes? and strikes\b|\bhammers?\b",
    r"\b(?:gun|guns|pistol) (?:salute|dog|smoke)\b",
    r"\bcrashed and burned\b|\bbombed\b",
    r"\bstab(?:s|bed|bing)? at (?:the|his|her|my|your) (?:keyboard|food|plate|buttons|"
    r"screen|eggs|fire|embers|page|paper|salad|pasta|peas|potatoes|steak|meat|chips|dinner|"
    r"lunch|breakfast|cake|sausages?|vegetables|omelette|noodles|phone|map|air)\b",
    r"\bcut (?:\w+ )?(?:ham|hendl|beef|mutton|bread|cake|pie|meat|cheese|joint|roast|"
    r"flowers|roses|string|ribbon|paper|cloth|hair)\b",
    r"\b(?:shot|shoots|shoot) (?:an|the|her|his) arrows? (?:into|at) the (?:\w+ )?"
    r"(?:target|butts)\b|\bhit the (?:gold|target|bullseye|mark)\b",
    r"\bold (?:wounds?|injur(?:y|ies)|scars?)\b(?! (?:on|along|across|up) (?:her|his|my|your|"
    r"their) (?:arms?|wrists?|thighs?|forearms?|stomach|hips?))",
    r"\blanded like a bullet\b|\blike a (?:bullet|shot|knife|pistol)\b",
    r"\bscream(?:ed|s|ing)? (?:with|of) (?:laughter|delight|joy)\b",
    r"\bbloodhound\b",
    r"\bblood and sawdust\b",
    # a heart, a pulse, wings or drums beating; bruised fruit and a bruised sky
    r"\b(?:heart|hearts|pulse|pulses|wings|drum|drums)\b[^.!?]{0,50}\bbeating\b|\bbeating "
    r"(?:\w+ ){0,2}(?:heart|hearts|pulse|wings|drum|drums)\b|\bbeating (?:(?:so |rather |very |"
    r"too |far too |quite )?(?:fast|faster|wildly|rapidly|madly|erratically|steadily|furiously|"
    r"frantically)|in (?:his|her|my|their|your) (?:chest|ears|throat)|against (?:his|her|my|"
    r"their) ribs|like a (?:drum|bird|hammer))\b",
    r"\b(?:sky|clouds|apples|pears|fruit|peaches|plums|windfalls|petals|tomatoes|bananas|"
    r"avocados|vegetables|produce|strawberries|grapes|lettuce)\b[^.!?]{0,60}\bbruised\b",
    # hyperbole: "that exam literally murdered me", "Monday punched me in the face"
    r"\b(?:literally|basically|practically|totally|absolutely) " + _HITS_HOW + r"(?:stabbed|"
    r"punched|murdered|killed|slaughtered|destroyed|assaulted|mugged|beat|attacked|kicked|slapped|"
    r"strangled|tortured|suckerpunched|sucker-punched|shot) (?:me|us)\b",
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|"
    r"(?:this|that|the|last) (?:week|month|term|semester|shift|exam|test|paper|essay|deadline|"
    r"hangover|commute|workout|hill|climb|climbs|hill climbs?)|life|karma|fate|the universe|maths|"
    r"physics|"
    # (the day itself the one that hits, perhaps "really": not "Yesterday he punched her")
    r"chemistry|homework|revision|reality) (?:(?:really|just|properly|absolutely|totally|"
    r"literally|completely|basically|fully|thoroughly|well and truly) )?(?:punched|kicked|slapped|"
    r"stabbed|beat|mugged|"
    r"murdered|assaulted|attacked|strangled|smacked|hit|punches|kicks|slaps|stabs|beats|"
    r"sucker-punched)(?: (?:me|us|him|her|them))?\b",
    # a win at a game or by a margin: "beats Ernest at chess", "beat Henning by thirty runs"
    r"\bbeat(?:s|en|ing)? (?:\w+ ){1,3}?(?:at|in) (?:chess|cards|draughts|checkers|tennis|golf|"
    r"poker|backgammon|scrabble|bridge|snooker|darts|football|cricket|rugby|monopoly|pool|"
    r"squash|badminton|cribbage|whist|rummy|arm-?wrestling|(?:a|the) (?:race|final|match|game|"
    r"quiz|vote|election|spelling bee))\b",
    r"\bbeat(?:s|en)? (?:\w+ ){1,3}?by (?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|\w+-\w+) (?:runs?|points?|goals?|wickets?|lengths?|votes?|seconds?|minutes?|strokes?|"
    r"shots?|holes?|innings|whisker|nose|head|mile|furlong)\b",
    # sexual senses that are not
    r"\bin bed with (?:a|the) (?:cold|flu|fever|chill|headache)\b",
    r"\b(?:sleeping|slept) together in (?:the|one|a)\b",
    r"\bmade love to (?:his|her|the|a) (?:violin|camera|piano|microphone|audience|"
    r"crowd)\b",
    r"\bclimax of\b",
    r"\bthe heat of (?:the )?(?:day|summer|noon|argument|the moment)\b",
    r"\bhard on (?:himself|herself|myself|yourself)\b",
    # substance senses that are not
    r"\bdrunk (?:on|with) (?:love|power|joy|happiness|success|victory|the)\b",
    r"\b(?:drink|drinks|drank|drinking) (?:(?!(?:wine|beer|ale|whisky|whiskey|gin|rum|vodka|"
    r"brandy|cider|lager|pints?|shots?|spirits)\b)\w+ ){0,4}(?:tea|coffee|water|milk|cocoa|"
    r"chocolate|lemonade|broth|soup|juice|cup after cup|from the)\b",
    r"\bfood and drink\b|\bmy pills\b|\bpills? for (?:my|his|her|your) \w+",
    # a drink held and not drunk: "a glass of brandy he did not drink", "poured the wine and
    # never touched it", "the whisky sat untouched" (the denial comes after the drink)
    r"\b(?:whisky|whiskey|brandy|gin|rum|vodka|bourbon|scotch|tequila|wine|ale|beer|port|"
    r"claret|sherry|champagne|liquor|spirits|mead|drink)\b(?: (?:that|which))?"
    r"(?: (?:he|she|they|i|we|you|[a-z]+))?(?: had)?,? (?:and )?(?:did not|didn't|never|had not|"
    r"hadn't|has not|hasn't|would not|wouldn't|could not|couldn't) (?:even )?(?:drink|drunk|"
    r"touch|touched|taste|tasted|sip|sipped|finish|finished)\b(?! (?:a drop|anything) (?:else|"
    r"more|since))|\b(?:whisky|whiskey|brandy|gin|rum|vodka|bourbon|scotch|wine|ale|beer|port|"
    r"sherry|champagne|drink)\b (?:sat |stood |lay |went |was left |remained |grew warm )?"
    r"untouched\b",
    r"\bpour(?:ed|s|ing)\b[^.!?;]{0,60}\b(?:and|but) (?:then )?(?:did not|didn't|never) (?:even )?"
    r"(?:drink|drank|touch|touched|taste|tasted|sip|sipped)\b(?! (?:a drop|anything) (?:else|more|"
    r"since))",
    # never the worse for wine: the denial sits too far back for the clause's negation
    r"\bnever\b[^.!?;]{0,40}\bthe worse for (?:drink|wine|liquor|ale|gin)\b",
    # tea, water or ink drunk, the view drunk in
    r"\b(?:tea|coffee|cocoa|water|milk|lemonade|juice|broth|soup|squash|smoothie|cordial)\b"
    r"[^.!?]{0,80}\bdrank\b",
    r"\b(?:pen|nib|sponge|soil|earth|roots|plants|blotter|fields|garden)s? drank\b",
    r"\bdrank (?:it all |it |them |deeply )?in (?:the (?:view|sight|scene|sunshine|sun|light|"
    r"air|silence|details|words|smell|scent|beauty)|every (?:word|detail)|(?:her|his) words)\b",
    r"\bport (?:of|town|city|side|authority|royal)\b|\bthe port\b",
    r"\bhigh (?:spirits|tide|street|noon|ground|road|table|time|society|hopes)\b",
    r"\bhigh on life\b",
    r"\bcock(?:s)? (?:crowed|crows|crowing|crow|pheasant|robin|sparrow|and bull)\b|\bweather "
    r"?cock\b|"
    r"\bcocked (?:his|her|an?|the|its) (?:head|ear|eyebrow|gun|pistol|hat|rifle)\b|\bhalf-cocked\b",
    r"\bshag (?:carpet|carpets|rug|pile)\b|\bcum laude\b",
    r"\bsocial intercourse\b|\bintercourse (?:was |were )?(?:confined to|with (?:the|society)|of "
    r"(?:letters|society))\b|\b(?:sex|sexing) (?:the|a) (?:day-old )?(?:chicks?|birds?|fish|"
    r"eggs)\b",
    r"\bnaked (?:eye|ambition|truth|flame|flames|bulb|light|greed|aggression|fear|hostility|"
    r"steel)\b|\bbare (?:logic|minimum|bones|essentials|facts|walls|floor|branches|licks|boards|"
    r"floorboards|earth|ground|stone|rock|shelves|cupboards?|trees|hills?|hillside|mattress(?:es)?|"
    r"light ?bulbs?|bulbs?|wires?|patch(?:es)?)\b",
    r"\bbreast pocket\b",
    # A pudding or an evening's television missed as a punishment is a household's ordinary
    # discipline ("went without dinner as punishment for the broken window"), not cruelty.
    Only(
        r"\bwithout (?:\w+ ){0,2}(?:dinner|supper|tea|pudding|dessert|sweets|pocket money|"
        r"television|tv|telly|screen time|his phone|her phone) as (?:a )?punishment\b",
        frozenset({"abuse", "child-abuse"}),
    ),
    # Thrown by a horse (or by what startled it), thrown off one's shoes: a fall from the
    # saddle and a shawl cast aside are no blows.
    r"\b(?:thrown|throws|threw|throwing) (?:by|from) (?:a|the|his|her|my|their|your) "
    r"(?:\w+ )?(?:horse|mare|pony|hunter|cob|stallion|gelding|mount|saddle|fox|pheasant|mule|"
    r"donkey|camel)\b|\b(?:thrown|threw|throws|throwing) off (?:(?:his|her|their|my|your|the) )?"
    r"(?:\w+ )?(?:sandals|shoes|boots|slippers|clothes|coat|cloak|shawl|bonnet|hat|jacket|covers|"
    r"blankets|bedclothes|duvet|sheets|scent|disguise|the yoke)\b",
    # A child who wet the bed (and the wet sheet stripped after): no sex in it.
    Only(
        r"\b(?:wet|wets|wetting|had wet|has wet) (?:the|his|her|my|their|your) (?:bed|sheets?|"
        r"mattress)\b|\bbed-?wetting\b|\bthe wet sheets?\b",
        frozenset({"sexual-content"}),
    ),
    # A curse is no sex act; it is still the word on the page.
    Only(r"\b(?:fuck|screw) (?:you|this|that|them|off|it)\b", frozenset({"sexual-content"})),
    r"\b(?:paper|exam|test|question|weather|wind|rain|game|heat|landlord|boss|customer)s? "
    + _HITS_HOW
    + r"(?:abused|abuses|bullied|bullies|bullying|gaslighting|gaslit)\b",
    r"\bgaslight(?:ing|ed|s)? (?:me|us|you|him|her) about (?:the|a|my|his|her|our)\b",
    r"\bbully(?:ing)? the (?:fire|dinghy|boat|engine|dough|ball|goose|geese)\b",
    r"\bcontrolling (?:interest|stake|share|shareholder|mind|idea)\b",
    r"\bgrave (?:mistake|error|danger|concern|concerns|voice|face|look|expression|tone|doubts?|"
    r"matter|news|situation|risk|consequences|offence|offense|insult|manner|courtesy|nod)\b|"
    r"\b(?:looked|sounded|seemed|very|most|so|more) grave\b|\bgravely\b",
    r"\bshelling (?:peas|beans|nuts|prawns)\b",
    r"\bacid (?:rain|reflux|test|tongue|wit|attack|burns?|bath|jazz|house|green|yellow|drops?)"
    r"\b|\b(?:citric|sulphuric|sulfuric|hydrochloric|battery|stomach|amino|lactic|nitric|"
    r"carbolic|prussic) acid\b",
    r"\b(?:knee|hip|elbow|shoulder|finger|ankle|wrist|jaw) joints?\b|\bjoints? (?:in|of) "
    r"(?:her|his|my|your|the) (?:knees?|hips?|elbows?|shoulders?|fingers?|ankles?|wrists?|legs?|"
    r"arms?|jaw)\b|\bjoint (?:account|venture|effort|custody|statement|pain|pains|of (?:beef|"
    r"lamb|pork|mutton|meat|ham))\b|\b(?:roast|sunday) joint\b",
    r"\bpipe (?:organ|band|dream|cleaner)\b",
    r"\b(?:needle|needles) and thread\b|\bneedlework\b|\bknitting\b",
    # language
    r"\bhell(?:'s)? (?:of a|for leather)\b",
    r"\bholy cow\b|\bcash cow\b|\bcow(?:s)? (?:in|on|at) the\b",
    # ordinary prose, found in the ordinary scenes (tests/data/analysis_eval/ordinary)
    r"\b(?:a|one|little|tiny|wee|quite a|bit by) bit\b|\bbit (?:of|more|less|too|late|early|"
    r"much|better|worse|longer|shorter|like|off)\b",
    # (not "pricked her own finger with the hatpin until it bled": that is self-harm)
    r"\bprick(?:ed|s|ing)? (?:my|his|her|your|their|our|the|a) (?:finger|fingers|thumb|skin|"
    r"hand|palm|arm|ears)\b(?![^.!?]{0,60}\b(?:until|till|over and over|again and again|on "
    r"purpose|deliberately)\b)|\bpricked up\b",
    r"\b(?:knife|knives|blade)\b[^.!?]{0,200}\b(?:loaf|loaves|bread|dough|onions?|carrots?|"
    r"butter|cheese|chopping board|cake|apples?|potato(?:es)?|herbs|vegetables|oranges?|"
    r"lemons?|tomato(?:es)?|crust|pastry|sandwich(?:es)?)\b|\b(?:loaf|loaves|bread|dough|"
    r"onions?|carrots?|butter|cheese|chopping board|cake|apples?|potato(?:es)?|herbs|"
    r"vegetables|oranges?|lemons?|tomato(?:es)?|crust|pastry|sandwich(?:es)?)\b[^.!?]{0,200}"
    r"\b(?:knife|knives|blade)\b",
    r"\bcuts? (?:across|into|in|along) (?:the )?(?:top|crust|skin|surface) of (?:the|a|each|"
    r"every) (?:\w+ )?(?:loaf|loaves|bread|dough|cake|pie|pastry|bun|buns)\b",
    r"\bbed (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\b|"
    r"\b(?:hospital|sick|camp|flower|river|sea|test|seed|vegetable|truck|feather|death) ?beds?\b|"
    r"\bbed ?(?:rest|linen|bath|pan|side|ridden|time|spread|clothes)\b",
    # ---- innocent senses and figures of speech, by sense (tests: phrasings_*.py) ----
    # Things that die or are dead without anyone dying: a battery, a phone line, a theory,
    # the wind, the year ("the charger is also dead", "the line went dead", "the theory died
    # a quiet death").
    r"\b(?:phone|battery|batteries|charger|(?<!in the )(?<!in his )(?<!in her )(?<!in their )"
    r"(?:car|van)|kettle|laptop|computer|screen|torch|radio|"
    r"line|cell|printer|build|router|wifi|bulb|motor|generator|telly|tv|remote|fridge|mic|"
    r"microphone|speaker|headphones|starter|theory|idea|plan|scheme|proposal|rumour|rumor|"
    r"fashion|trend|wind|breeze|gale|fire|flame|embers|candle|wick|voice|music|applause|"
    r"laughter|echo|sound|light|day|year|season|summer|autumn|conversation|(?<!at the )party|story|"
    r"project|"
    r"signal|engine|app|website|system|network|connection|romance|career|hope|dream)(?:s|es)?"
    r"(?:'s)? (?:(?:is|was|were|are|has|had|have|also|finally|just|already|completely|totally|"
    r"quite|now|promptly|all|been|slowly) ){0,3}(?:died|dead|dying|die|dies)\b"
    r"(?: (?:a |an )?(?:\w+ )?death\b)?",
    r"\b(?:line|phone|radio|screen|mic|engine|signal|connection|call|torch|battery|"
    r"speaker|motor)s? (?:\w+ ){0,2}(?:went|goes|gone|go|going) dead\b",
    r"\bdead (?:batter(?:y|ies)|phone(?:s)?|charger(?:s)?|cell(?:s)?|hardware|satellite(?:s)?|"
    r"pixel(?:s)?|link(?:s)?|limb(?:s)?|stem(?:s)?|heads|flowers|zone|bolt|letter(?:s)?|"
    r"reckoning|calm|level|upright|ahead|chuffed|inside|shaft|volcano|copy|world|planet|"
    r"language(?:s)?|man's (?:handle|switch|pedal)|to (?:me|us|him|her|them|the world))\b",
    r"\b(?:stop|stops|stopped|stopping|halted|froze|pulled up) dead\b",
    r"\b(?:die|dies|died|dying) (?:away(?! from)|down(?! (?:there|here|in|at|on|by|below|the)\b)|"
    r"(?:a little (?:bit )?)?inside(?! (?:the|a|an|his|her|their|its|my|our|of)\b))\b",
    r"\b(?:dinosaurs|species|breed|tradition|custom|practice|language|dialect|fashion|trade)"
    r"\b[^.!?]{0,30}\bdied out\b",
    r"\b(?:the|a|its|their) dying (?:light|day|year|ember(?:s)?|fire|sun|sunlight|wick(?:s)?|"
    r"candle(?:s)?|flame(?:s)?|chirp(?:s)?|breeze|wind|leaves|note(?:s)?|echo(?:es)?|"
    r"afternoon|evening|season|summer|autumn|batter(?:y|ies)|rays|glow|star(?:s)?|breed|art|"
    r"trade|language|tradition|craft|industry)\b",
    r"\b(?:sleep|sleeps|slept|sleeping) like the dead\b|\b(?:we're|we are|you're|you are|"
    r"i'm|i am|they're|they are) (?:so|totally|sooo|soo|completely|absolutely) dead\b",
    r"\bi(?:'m| am) (?:\w+ )?deceased\b",
    r"\b(?:catch|catches|caught|catching) (?:your|his|her|their|my|our|its|one's) "
    r"(?:own )?death(?:s)?(?: of (?:cold|a cold|a chill))?\b",
    r"\bdeath by (?:chocolate|powerpoint|committee|spreadsheet(?:s)?|meeting(?:s)?|paperwork|"
    r"love|embarrassment|boredom|cuteness|admin|a thousand (?:cuts|emails|meetings))\b",
    r"\b(?:stewed|stewing|played|playing|boiled|cooked|overcooked|tickled|teased|charmed|"
    r"annoyed|irritated|nagged|pestered|fussed) (?:\w+ ){0,3}to death\b",
    r"\bcorpse (?:pose|reviver|flower|lily|lilies|candle|paint)\b",
    # Killing that ends no life: a process, a tab, the flame under a pan, the frost and the
    # geraniums, a writer's darlings, two birds with one stone.
    r"\bkill(?:ed|s|ing)? (?:-9 |the |that |a |this |every |all (?:the )?)?"
    r"(?:(?!(?:by|with|in|on|at|for|from|of)\b)\w+ )?"
    r"(?:process(?:es)?|tab(?:s)?|app(?:s)?|build(?:s)?|job(?:s)?|task(?:s)?|quer(?:y|ies)|"
    r"thread(?:s)?|session(?:s)?|program(?:s)?|script(?:s)?|daemon(?:s)?|container(?:s)?|"
    r"flame|heat|gas|burner|hob)\b|\bkill -9\b|\bkill (?:switch|switches|ring|screen|cord)\b|"
    r"\b(?:process|processes|job|task|daemon) (?:\w+ ){0,2}killed\b",
    r"\bkill(?:ed|s|ing)? (?:off )?(?:(?:the|all|every|her|his|my|our|their|your|its|last|a|an|"
    r"some|most|of) ){0,3}(?:\w+ )?(?:plant(?:s)?|flower(?:s)?|seedling(?:s)?|crop(?:s)?|"
    r"blossom(?:s)?|roses|weeds|lawn|grass|courgette(?:s)?|geranium(?:s)?|tomato(?:es)?|"
    r"beans|bulb(?:s)?|shrub(?:s)?|hedge|germs|bacteria|moss|ivy|vine(?:s)?|tulips|dahlias|"
    r"begonias|basil|orchid(?:s)?|succulent(?:s)?|cactus|cacti|houseplant(?:s)?|sourdough|"
    r"starter|yeast)\b|\bkilling (?:frost(?:s)?|pace)\b",
    r"\bkill(?:s|ed|ing)? two birds\b|\bwith (?:the )?one stone\b",
    r"\bkill(?:ed|s|ing)? (?:(?:your|my|his|her|their|our|all (?:my|your|his|her|their)) )"
    r"darlings\b",
    # chat's "I'm dead" at a joke: "IM DEAD 💀", "i'm dead lol", "I'm literally dead 😂"
    r"\bi'?m (?:so |literally |actually |fully |actually so )?dead\b(?=\s*(?:[💀😂🤣😭😆]|did u\b|"
    r"did you\b|the way\b|at (?:this|that|him|her|them|u|you)\b|lol\b|"
    r"lmao\b|lmfao\b|haha|omg\b|rn\b|x+d\b|!{2,}))",
    r"\b(?:literally|actually|lowkey|highkey|i'?m|im) (?:so |literally )?dying\b"
    r"(?=\s*(?:[💀😂🤣😭😆]|lol\b|lmao\b|lmfao\b|rn\b|omg\b|haha|of (?:laughter|embarrassment|"
    r"cringe|shame|boredom)|!{2,}))",
    # RIP a plant or a phone; "just bury me in the library" after an exam
    r"\brip\b[^.!?]{0,40}\b(?:plant|basil|cactus|succulent|fern|orchid|phone|laptop|printer|"
    r"kettle|toaster|car|bike|sourdough|starter)\b",
    r"\b(?:just )?bury me (?:in|under|at) (?:the|this|my|a) (?:library|group chat|chat|office|lab|"
    r"pile of|mountain of|comments|backyard)\b[^.!?]{0,80}",
    r"\bi'?m dead,? (?:just|bury|send|someone|pls|please)\b",
    # a surgeon's ports: "three ports sited", "via the umbilical port"
    r"\b(?:umbilical|laparoscopic|iv|cannula|access|picc|chemo|infusion) ports?\b|\bports? "
    r"(?:sited|inserted|placed|removed|closed)\b",
    # a shop, a band or a plan that died a slow death
    r"\b(?:shop|business|firm|company|pub|band|project|idea|plan|show|series|magazine|paper|"
    r"tradition|scheme|campaign|career|trend|fashion|high street|industry|town centre|market|"
    r"club|league|franchise|website|forum|fandom|language|custom) (?:\w+ )?died a (?:slow|"
    r"lingering|quiet|natural|quick|long|painful) death\b",
    # a garden killed by the frost, a fire killed; a house or a season dying
    # ("Tom smothered the embers": the fire's, not a person)
    r"\bsmother(?:ed|s|ing)? (?:the|a) (?:\w+ )?(?:embers|fire|flames?|coals|candle|blaze|chip "
    r"pan|pan)\b",
    r"\b(?:killing|killed|kills|kill) (?:off )?(?:the|my|her|his|our|their) (?:\w+ )?(?:garden|"
    r"lawn|grass|plants?|roses|tomatoes|crops?|seedlings|hedge|trees?|flowers?|vines?|fire|stove|"
    r"engine|lamp|lamps|torch|candles?|music|radio|tv|telly|motor|lights?)\b",
    r"\b(?:house|garden|town|village|estate|season|year|day|light|summer|autumn|fire|embers|"
    r"conversation|empire|language|trade|industry|high street) (?:(?:is|was|were|are|seemed|"
    r"seems) )?(?:slowly |quietly |already )?(?:dying|dead|died)\b",
    # Alice's bottle marked DRINK ME
    r"\bdrink me\b|\bbottle (?:marked|labelled|labeled) ['\"“‘]?drink\b",
    # game dressed for the pot: "how to dress the rabbit: the quick cut, the skin peeled back"
    r"\b(?:dress|dressed|dressing|skin|skinned|skinning|gut|gutted|gutting|joint|jointed|"
    r"jointing|pluck|plucked) (?:the|a|his|her|their) (?:\w+ )?(?:rabbit|hare|deer|stag|doe|"
    r"pheasant|grouse|partridge|pigeon|bird|fish|trout|salmon|chicken|carcass|goose|duck|pig|"
    r"lamb|buck|boar)s?\b[^.!?]{0,120}"
    # (naming the butcher's words this excuses, which a pattern must name to be asked)
    r"(?:cut|peeled|blood|knife|slit|sliced|guts|entrails|insides|flesh|skin)?",
    # a nightmare woken from: "you wake with a jolt in your own bed, sheets tangled"
    r"\b(?:wake|wakes|woke|waking) (?:up )?(?:with a (?:jolt|start|gasp|scream)|sweating|screaming|"
    r"gasping|shaking) in (?:your|my|his|her|their) (?:own )?bed\b[^.!?]{0,30}"
    r"(?:sheets|tangled)?",
    # Cluedo: "the professor, in the conservatory, with the wrench"
    r"\bin the (?:conservatory|library|ballroom|kitchen|study|lounge|billiard room|hall|dining "
    r"room),? with the (?:wrench|spanner|candlestick|rope|dagger|revolver|lead pipe|lead piping)\b",
    # a game's deaths on a boss, a level, a controller
    r"\b(?:died|dead|killed|slain)\b[^.!?]{0,40}\b(?:on (?:this|that|the) (?:boss|level)|boss "
    r"fight|final boss|controller|checkpoint|save point|lives left|extra life|game over)\b",
    # a joke that died, a plan dead on arrival
    r"\b(?:joke|jokes|punchline|gag|pun|opener|one-liner)\b[^.!?]{0,40}\bdied (?:the moment|on "
    r"(?:arrival|stage)|instantly|a (?:quick |quiet |sad )?death|in the room)\b",
    r"\b(?:plan|idea|motion|proposal|bill|scheme|pitch|project|campaign|policy|amendment|deal|"
    r"reform|suggestion)\b[^.!?]{0,80}\bdead on arrival\b",
    # blood given
    r"\b(?:giving|gave|give|gives|given|donating|donated|donate) blood\b|\bblood (?:bag|bags|"
    r"donation|donations|drive)\b",
    # stage and screen fights: "her character was defeated in the sword duel" on a film set
    r"\b(?:stunt|stunts|stage fight|stage-fight|fight scene|choreograph\w*|rehearsal|director|"
    r"take|takes|crash mat)\b[^.!?]{0,80}\b(?:duel|sword|fight|fell|killed|defeated|stabbed|"
    r"punch|punched)\b",
    # chat's "I literally died", "rip me", "bury me in this group chat"
    r"\bi (?:literally|actually|basically|genuinely|just) died\b(?! (?:on the table|in surgery|"
    r"for (?:\w+ )?(?:minutes?|seconds?)))|\brip me\b|\bbury me in (?:this|the|that) (?:group "
    r"chat|chat|thread|comments|gc)\b",
    # "Are you trying to die?" of four shots of espresso
    r"\b(?:are|r) (?:you|u) trying to die\s*\?",
    # a game's deaths: "Headshot again, noob", "respawn"
    r"\b(?:headshot(?:s|ted)?|killed|died|dead|shot|slaughtered|killstreak)\b[^.!?]{0,60}"
    r"\b(?:noob|n00b|respawn\w*|gg|lobby|loadout|npc|boss fight|speedrun|voice chat)\b|\b(?:noob|"
    r"n00b|respawn\w*|lobby|loadout|npc|boss fight|speedrun|voice chat)\b[^.!?]{0,60}\b(?:headshot"
    r"(?:s|ted)?|killed|died|dead|shot|slaughtered)\b",
    # stabbed by a thorn or a pin
    r"\b(?:stabbed|pricked|jabbed|spiked|speared) (?:\w+ ){0,2}by (?:a|the) (?:\w+ )?(?:thorn|"
    r"thistle|needle|pin|splinter|bramble|holly leaf|rose|cactus|hatpin|brooch|quill)\b|\b(?:thorn|"
    r"thistle|needle|pin|splinter|bramble|cactus|hatpin|brooch|quill|holly) (?:\w+ )?(?:stabbed|"
    r"pricked|jabbed|spiked|speared)\b",
    # the stage's dead: "the corpse sneezed during the death scene"
    r"\bcorpse (?:sneezed|giggled|laughed|coughed|got up|sat up|winked|corpsed|scratched|"
    r"opened (?:one|an) eye)\b|\bdeath scene\b",
    # a card game: gin rummy
    r"\bgin[- ]rummy\b",
    # a wooden or practice blade in a lesson: "the squire's wooden blade cracked Sir Kay across
    # the knuckles"
    r"\b(?:wooden|practice|training|blunted|foam|toy|padded|bated) (?:blade|sword|swords|staff|"
    r"stave|stick|foil|sabre|saber|rapier)s? (?:\w+ ){0,3}(?:cracked|caught|struck|hit|rapped|"
    r"smacked|clipped|whacked|slapped)\b",
    # a game of cards pronounced a massacre
    r"\b(?:pronounced|called|declared|deemed|judged|thought) (?:the|it|that|her|his) (?:\w+ )?"
    r"(?:an? )?(?:utter |complete |absolute |total |perfect )?(?:massacre|bloodbath|slaughter|"
    r"carnage)\b",
    # a cut got on paper, a page or a tin: "cut her finger on a page of the new book"
    r"\bcut (?:her|his|my|your|their) (?:own )?(?:finger|fingers|thumb|hand|palm|fingertip|lip) "
    r"(?:open )?on (?:a|the|an|his|her|my|some) (?:\w+ )?(?:page|pages|paper|envelope|card|book|"
    r"tin|can|lid|grater|mandoline|bread knife|vegetable knife|broken glass|glass|shell|rose "
    r"thorn|thorn|bramble|stapler|sheet of paper|edge of the (?:page|paper|table|tin))\b",
    # a threat made with a cushion: "threatened to smother her with a cushion"
    r"\bthreat(?:ened|ening|ens)? to (?:smother|kill|murder|strangle|throttle|suffocate|drown|"
    r"thump|whack|brain) (?:him|her|me|them|us|you)(?: both)? with (?:a|the|her|his|my|their) "
    r"(?:\w+ )?(?:cushion|tea towel|teaspoon|spoon|sock|slipper|rolling pin|newspaper|paperback|"
    r"feather|baguette|wet flannel)\b(?![^.!?]{0,30}\bif (?:she|he|you|i|they) (?:ever )?(?:told|"
    r"tell|left|leave|said|say|went|go)\b)",
    # a night spent together where nobody sleeps with anybody: a station, an airport, a ward
    r"\b(?:spent|spend|spending|spends) the night together (?:at|in|on) (?:the|a|an) (?:\w+ )?"
    r"(?:station|airport|bus shelter|shelter|waiting room|hospital|ward|a&e|police station|cell|"
    r"ferry|train|departure lounge|library|office|lab|laboratory|queue|vigil|chapel|church|"
    r"ambulance|terminal|platform|bench|car park|roadside|stairwell|corridor)\b",
    # a shot at a goal, a title, a chance
    r"\b(?:took|take|takes|taking|had|have|has|having) (?:a |another |one last |his |her |their )"
    r"(?:\w+ )?shot at (?:the )?(?:goal|net|basket|hoop|title|crown|glory|fame|redemption|big "
    r"time|record|championship|happiness|it|the job|the role|the part|love)\b",
    # flowers and plants cut down, not people: "the frost had killed the dahlias, and she cut
    # them down"
    r"\b(?:dahlias?|roses?|flowers?|plants?|weeds?|nettles?|hedges?|trees?|stalks?|stems?|"
    r"brambles?|bushes|shrubs?|sunflowers?|crops?|corn|wheat|hay|grass|beans|peas|tomatoes|"
    r"asparagus|rhubarb|delphiniums?|lupins?|hollyhocks?|peonies|sweet peas)\b[^.!?]{0,60}\bcut "
    r"(?:them|it) (?:down|back|off)\b",
    # children, or pets, tumbling into bed: sleep, not sex
    r"\b(?:children|kids|boys|girls|twins|toddlers?|little ones|puppies|dogs|cats|cousins|"
    r"brothers|sisters)\b[^.!?]{0,40}\b(?:tumbled|tumbling|fell|falling|collapsed|stumbled|"
    r"stumbling) into bed\b",
    # a toy for a weapon, and play: "hit his sister with a foam sword"
    r"\b(?:hit|hits|hitting|whacked|whacking|bashed|bopped|smacked|stabbed|shot|shooting) "
    r"(?:\w+ ){0,3}with (?:a|the|his|her|their|my) (?:\w+ )?(?:foam|toy|plastic|cardboard|"
    r"inflatable|rubber|paper|nerf|water|pool|balloon|wooden toy|pretend) (?:sword|swords|gun|"
    r"guns|pistol|noodle|bat|hammer|dagger|lightsaber|wand|axe|spear|rifle|blaster)\b",
    # a regime, an era or a dream given a funeral
    r"\bfuneral (?:of|for) (?:the |a |an |his |her |their |our |my )?(?:old |last |dead )?"
    r"(?:regime|era|empire|party|idea|ideas|dream|dreams|campaign|season|band|friendship|"
    r"marriage|career|hopes|ambitions|plan|plans|project|government|age)\b",
    # A show, a match or a vote that "was a massacre" or "a bloodbath": the reviews, not the dead
    r"\b(?:play|match|game|final|exam|exams|debate|audition|auditions|reviews?|show|"
    r"performance|concert|recital|election|quiz|rehearsal|dress rehearsal|opening night|first "
    r"night|premiere|interview|meeting|pitch|presentation|scoreline|score|semi-final|tournament|"
    r"sale|sales|auction|bake-off|round|season|result|results|vote)s? (?:\w+ ){0,3}?(?:was|were|"
    r"had been|turned into|became|is|'s) (?:a |an |just |nothing short of |nothing less than )?"
    r"(?:absolute |total |complete |utter |bloody |proper |real |total )?(?:massacre|bloodbath|"
    r"slaughter|carnage|war zone|execution|butchery)\b",
    # Murdered, massacred and slaughtered: a song, a sonata, French verbs, an anecdote.
    r"\b(?:murder|murders|murdered|murdering|massacre|massacred|massacring|slaughter|"
    r"slaughtered|slaughtering|butcher|butchered|butchering)\b (?:(?:the|a|an|her|his|their|"
    r"my|your|our|its|that|this|every) )?(?:(?!(?:him|her|them|me|us|you|on|in|at|by|with|for|"
    r"from|during|after|before|near|outside|inside)\b)\w+ ){0,2}(?:sonata(?:s)?|song(?:s)?|"
    r"ballad(?:s)?|"
    r"aria(?:s)?|anthem(?:s)?|hymn(?:s)?|tune(?:s)?|melod(?:y|ies)|carol(?:s)?|chorus(?:es)?|"
    r"verse(?:s)?|lines|speech|solo|concerto|symphony|piece|passage|etude|scale(?:s)?|"
    r"verb(?:s)?|(?:french|english|latin|german|spanish|italian) (?:verbs?|grammar|accent|"
    r"vowels|pronunciation)|grammar|language|accent|anecdote(?:s)?|joke(?:s)?|punchline(?:s)?|"
    r"story|stories|set|karaoke|recipe|dance|steps|routine|note(?:s)?|concept(?:s)?|draft(?:s)?|"
    r"chord(?:s)?|round(?:s)?|quiz|crossword|bindweed|weed(?:s)?|nettles|dandelions|brambles|"
    r"macarena|conga|tango|waltz|salsa|lyrics|lettuces?|cabbages?|seedlings|crops?|hostas?|"
    r"beans|brassicas|strawberries|veg|vegetables)\b(?!['’]| (?:\w+er|\w+ist|man|woman|men|women|bo"
    r"y|"
    r"girl|designer|player|warden|keeper)s?\b)",
    # a look that could kill: "looked ready to murder him", "looked as if she could strangle him"
    r"\b(?:looked|looks|look|looking|seemed|seems) (?:(?:quite |about |almost |positively )?(?:read"
    r"y|"
    r"fit|about) to|as (?:if|though) (?:she|he|they|i|you) (?:could|would|might)(?: happily| cheerf"
    r"ully)?"
    r"|like (?:she|he|they|i|you) (?:could|would|might|wanted to)(?: happily| cheerfully)?) "
    r"(?:murder|kill|strangle|throttle|murdered|killed|strangled|throttled)\b",
    # shapes cut in a kitchen: "cut them into triangles", "cut it into strips"
    r"\bcut(?:s|ting)? (?:them|it|the \w+|these|those|each one|each|every one)(?: up)? into "
    r"(?:\w+ )?(?:triangles|slices|pieces|strips|squares|halves|quarters|chunks|cubes|rounds|"
    r"wedges|portions|bits|shapes|fingers|circles|diamonds|thirds|sticks|batons|dice)\b",
    # water in a gutter or a drain, not a throat: "the gutters are gargling"
    r"\b(?:gutters?|drains?|pipes?|plughole|sinks?|downpipes?|streams?|brooks?|culverts?|kettles?|"
    r"radiators?|coffee machines?|percolators?) (?:(?:are|is|was|were|kept|went|started|began) )?"
    r"(?:\w+ )?gargl\w*",
    # a task or a thing that got the better of someone: "the wardrobe had beaten them both"
    r"\b(?:the|this|that) (?:[\w-]+ )?(?:wardrobe|bookcase|puzzle|crossword|jigsaw|exam|test|heat|"
    r"weather|traffic|flat-?pack|instructions|course|hill|climb|question|system|machine|game|"
    r"level|task|job|problem|riddle|recipe|soufflé|souffle|tent|maths|homework|printer|sudoku|"
    r"mountain|wind|tide|crowd) (?:(?:had|has|have|finally|well and truly|comprehensively|"
    r"completely|thoroughly) )*(?:beaten|beat|defeated|bested|licked) (?:them|him|her|me|us|you)\b",
    r"\bsober as (?:a |two |three |four )?judges?\b",
    # sport: "getting murdered out there", a serve that "kills everyone"
    r"\b(?:getting|got|get|gets|being) (?:absolutely |totally |properly |well and truly )?"
    r"(?:murdered|killed|slaughtered|destroyed|massacred|hammered|battered|thrashed) (?:out "
    r"there|on (?:court|the pitch|the field|the track)|in (?:the|this|that) (?:first|second|third|"
    r"final|last) (?:set|half|round|game|leg|quarter))\b",
    r"\b(?:serve|serves|shot|backhand|forehand|volley|lob|drop shot|smash|spin|googly|"
    r"yorker|bouncer|slider|curveball|move|opening|gambit) (?:\w+ ){0,2}(?:kills|killed|murders|"
    r"murdered) (?:everyone|everybody|people|them|you)\b",
    # chess: "dead in four moves", "your king is naked"
    r"\b(?:dead|mate|mated|lost|finished) in (?:one|two|three|four|five|six|seven|\d+) moves?\b",
    r"\b(?:king|queen|bishop|knight|rook|pawn)s? (?:is|are|was|were|looks|look|left) (?:\w+ )?"
    r"(?:naked|exposed|dead|trapped|hanging|bare)\b",
    # a party, a class or a policy "stabbed in the back" as they feel it
    r"\b(?:feel|feels|felt|feeling) (?:\w+ )?stabbed in the back\b",
    # the comedian's trade: "you either killed or you died"
    r"\b(?:you |she |he |they |i |we )?(?:either )?killed,? or (?:you |she |he |they |i |we )?"
    r"died\b",
    # a room that flinches at a noise, not one person who fears another
    r"\bflinch(?:ed|es|ing)? (?:as one|in unison|together)\b|\b(?:everyone|everybody|the (?:whole )"
    r"?"
    r"(?:room|class|audience|crowd|table|studio|kitchen)) (?:\w+ )?flinch(?:ed|es)\b",
    r"\b(?:absolutely|totally|completely|utterly|well and truly|properly) (?:murdered|"
    r"massacred|slaughtered|killed|smashed|nailed|destroyed|thrashed|battered) (?:it|that|"
    r"this)\b|\b(?:literally|basically|practically|totally|absolutely) " + _HITS_HOW + r"battered "
    r"(?:me|us)\b",
    r"\b(?:murder|murders|murdering|murdered|kill|kills|killing|killed) (?:me|us) "
    r"(?:with|wi'?) (?:\w+ ){0,2}(?:kindness|spreadsheet(?:s)?|paperwork|email(?:s)?|admin|"
    r"work|homework|questions|stocktake|deadline(?:s)?|meeting(?:s)?|report(?:s)?|forms|"
    r"essay(?:s)?|revision|training|drills|chores|jokes|puns|stories|cuteness|suspense)\b|"
    r"\b(?:is|are|'s|'re|keeps|kept|been) (?:\w+ )?murdering (?:me|us)\b(?! one by one| all)",
    # said by the one "murdered", alive: "It murdered me," she said of the exam
    r"\b(?:it|they|that|this|(?:that|this) \w+)(?:'ve| have| has| had|'d)? "
    r"(?:absolutely |totally |"
    r"just |completely |well and truly )?murdered me\b",
    # buried under the day's clutter, not in a grave
    r"\bburied under (?:(?:a|the|his|her|their|my|our|your) )?(?:(?:pile|piles|heap|heaps|"
    r"mountain|mountains|stack|stacks|sea|layer|layers) of )?(?:\w+ )?(?:paper|papers|paperwork|"
    r"books|files|laundry|work|blankets|cushions|coats|toys|post|emails|letters|leaves|dust|"
    r"clutter|junk|boxes|notes|homework|marking|washing|shopping)\b",
    # talked round, not abused: "Charlotte had bullied us both into this"
    r"\bbullied (?:me|us|him|her|them)(?: both| all)? into (?:this|that|it|coming|going|agreeing|"
    r"joining|signing up|taking part|helping|a (?:walk|drink|swim|holiday|haircut))\b",
    r"\b(?:boss|manager|client|teacher|coach|editor|supervisor|landlord|tutor|examiner|"
    r"deadline|monday|week|stocktake|shift|commute) (?:(?:has|had|have|is|was|just|really|"
    r"absolutely|well|and|truly|totally) ){0,4}(?:murdered|murdering|slaughtered|destroyed) "
    r"(?:me|us)\b",
    r"\b(?:this|that|the|last|my) (?:\w+ )?(?:exam|test|paper|essay|deadline|quiz|interview|"
    r"assignment|module|week|shift) (?:(?:absolutely|totally|completely|really|well and truly) )?"
    r"(?:screwed|shafted) (?:me|us)\b",
    # Struck by an idea, by the elegance of a room; a ball, a bell or a rim struck.
    r"\b(?:so|much|greatly|particularly|deeply|quite|very|most|equally) struck\b",
    r"\bstruck (?:\w+ )?(?:by|with) (?:(?:the|his|her|their|its|a|an|this|that|such|how|what|"
    r"some) )?(?:\w+ ){0,2}(?:idea(?:s)?|thought|notion|elegance|beauty|resemblance|likeness|"
    r"similarity|manner(?:s)?|charm|kindness|grace|change|contrast|difference|absurdity|"
    r"oddity|strangeness|silence|stillness|quiet|size|scale|sight|view|fact|look|"
    r"expression|sense|feeling|wonder|awe|admiration|remorse|guilt|shame|doubt|inspiration|"
    r"simplicity|truth|irony|coincidence|detail(?:s)?|cleverness|wit)\b|\bstruck (?:\w+ )?by "
    r"(?:how|what|the way|the fact)\b",
    r"\bstr(?:uck|ike|ikes|iking) (?:the |her |his |my |their |a |its )?(?:\w+ )?(?:ball(?:s)?|"
    r"bell(?:s)?|gong|key(?:s)?|string(?:s)?|anvil|rim|crossbar|woodwork|post|shore|"
    r"reef|oil|gold|flint|camp|tent|sail(?:s)?|colours|colors|coin(?:s)?|medal(?:s)?)\b|"
    # (the clock itself the one that strikes: not "As the bell tolled he struck the boy")
    r"\b(?:clock|bell|bells|hour) (?:(?:had|has|just|finally|then|slowly|loudly|solemnly|already|"
    r"once|twice|again|somewhere|distantly|duly) ){0,2}str(?:uck|ikes|ike|iking)\b",
    # Beating eggs, metal, weft, grain and rugs; the sun beating down; a beat of music; a
    # win at a game; beating oneself up.
    r"\bbeat(?:s|ing|en)? (?:in |up |together )?(?:the |some |two |three |four |six |a few |an )?"
    r"(?:\w+ )?(?:egg(?:s)?|yolks|egg whites|whites|batter|cream|butter|mixture)\b",
    r"\bbeat(?:s|ing|en)? (?:it |them |the (?:mixture|eggs|batter|cream|butter|whites|yolks) )?"
    r"(?:well |hard |briskly )?(?:until|till) (?:\w+ ){0,3}(?:pale|stiff|smooth|fluffy|light|"
    r"thick|creamy|frothy|glossy|peaks|combined|foamy|ribbony|doubled)\b",
    r"\bbeat(?:s|ing|en)? (?:(?!(?:him|her|me|us|you|them|his|with|until|till|by)\b)\w+ ){0,4}"
    r"(?:on|against|upon) (?:the |an )?anvil\b|\bbeat(?:s|ing|en)? (?:(?!(?:him|her|me|us|you|"
    r"them|his|with|until|till|by)\b)\w+ ){0,3}(?:weft|grain|metal|iron|bronze|copper|brass|"
    r"tin|rug(?:s)?|carpet(?:s)?|mat(?:s)?|drum(?:s)?|rhythm|tattoo)\b|"
    r"\bbeaten (?:earth|copper|gold|silver|brass|metal|iron|tin|egg(?:s)?|track(?:s)?|"
    r"path(?:s)?|ground|biscuit(?:s)?|cream)\b",
    r"\b(?:sun|rain|heat|hail|wave(?:s)?|wind|sea|surf|sleet|snow)\b[^.!?]{0,20}"
    r"\bbeat(?:s|ing)? (?:down|against|on|upon|at)\b",
    r"\b(?:a|one|the|every|each|half|full|extra|off|missed|missing|skipped|single)[- ]beat\b"
    r"(?! (?:him|her|them|me|us|you|the|his|my|their|up|down|it)\b)",
    r"\bbeat(?:s|ing)? (?:myself|yourself|himself|herself|themselves|ourselves|yourselves) up\b",
    r"\bbeat(?:s|en|ing)? (?:(?!(?:and|then)\b)\w+ ){0,3}?(?:at|in) (?:chess|cards|draughts|"
    r"checkers|tennis|golf|poker|backgammon|scrabble|bridge|snooker|darts|football|cricket|"
    r"rugby|monopoly|squash|badminton|cribbage|whist|rummy|croquet|piquet|bezique|quoits|"
    r"billiards)\b|\bbeat(?:s|en|ing)? (?:(?!(?:and|then)\b)\w+ ){0,3}?in (?:\w+ ){0,2}moves\b",
    r"\b(?:slaughtered|thrashed|hammered|battered|beaten|beat|massacred|crushed|demolished|"
    r"destroyed|murdered|annihilated|trounced|walloped) (?:\w+ )?(?:(?:\d+|nil|one|two|three|"
    r"four|five|six|seven|eight|nine|ten)[-–](?:\d+|nil|one|two|three|four|five|six|seven|"
    r"eight|nine|ten)\b|by (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|an innings) "
    r"(?:run(?:s)?|point(?:s)?|goal(?:s)?|wicket(?:s)?))",
    # Archery at a target; a look or a text shot; nerves shot.
    r"\b(?:arrow(?:s)?|shot|shoot(?:s)?|shooting|struck|strike(?:s)?|hit)\b[^.!?]{0,80}"
    r"\b(?:(?:into|in|on|at) the gold|bullseye|bull's-eye|(?:outer|inner|outermost|"
    r"innermost|scoring|painted) ring|(?:straw|foam|archery|practice|"
    r"painted|paper|cardboard) target(?:s)?|target(?:s)? (?:of|made of|from) (?:woven |"
    r"painted )?(?:straw|myrtle|wicker|hay|cardboard|paper|foam))\b",
    r"\bshot (?:\w+ ){0,2}(?:a |an )(?:\w+ )?(?:glance|look|glare|smile|grin|wink|frown|"
    r"scowl)\b|\bshot in the (?:dark|arm)\b|\bshoot (?:me|him|her|us|them) (?:a|an) "
    r"(?:quick )?(?:text|message|email|e-mail|line|note|call|dm)\b|\bnerves (?:\w+ ){0,2}shot"
    r"(?: to (?:pieces|bits|hell|ribbons))?\b",
    # The old senses: intercourse = dealings, conversation; aroused suspicion.
    r"\b(?:friendly|daily|constant|easy|familiar|polite|civil|pleasant|commercial|literary|"
    r"epistolary|neighbourly|neighborly|domestic|intellectual|cordial|agreeable|little|further|"
    r"verbal|sociable) intercourse\b|\bintercourse between (?:the |these |those |our |their |"
    r"two |both |the two )?(?:\w+ ){0,2}(?:famil(?:y|ies)|houses|households|towns|villages|"
    r"parishes|courts|nations|countries|kingdoms|estates|neighbours|neighbors|camps|colonies|"
    r"peoples)\b|\bintercourse\b[^.!?]{0,100}\b(?:by letter|by post|correspondence|"
    r"correspondent|morning call(?:s)?)\b",
    r"\baroused (?:\w+ ){0,2}(?:suspicion(?:s)?|curiosity|interest|attention|jealousy|ire|"
    r"anger|fear(?:s)?|envy|indignation|pity|sympathy|concern|doubt(?:s)?|hope(?:s)?|"
    r"hostility|resentment|opposition|comment|alarm)\b|\b(?:suspicion(?:s)?|curiosity|"
    r"interest) (?:was|were|had been|is|has been) aroused\b",
    # Throwing oneself into work; killing oneself with worry.
    r"\b(?:threw|throw|throws|throwing|thrown|flung|fling|flings|hurled|hurl|hurling|hurls) "
    r"(?:himself|herself|myself|yourself|themselves|ourselves|yourselves) (?:\w+ )?into "
    r"(?:the |his |her |my |their |your |our |a |an )?(?:\w+ ){0,2}(?:work|studies|study|"
    r"revision|research|task(?:s)?|job|role|preparation(?:s)?|project(?:s)?|training|business|"
    r"duties|reading|writing|career|practice|arrangements|cause|campaign|schoolwork|homework|"
    r"housework|garden|gardening|cooking|planning|rehearsal(?:s)?|lessons|exam(?:s)?|season|"
    r"festivities|game|dance|dancing|music|painting)\b",
    r"\bkill(?:ing|s|ed)? (?:myself|yourself|himself|herself|ourselves|themselves) (?:with|"
    r"over|about) (?:worry|worrying|work|overwork|fretting|anxiety|embarrassment)\b",
    # Kitchens, workshops, fields and museums: knives, cleavers, blades and swords as tools
    # or exhibits.
    r"\b(?:chef's|chefs|craft|boning|paring|bread|butter|palette|filleting|fillet|oyster|"
    r"cheese|fruit|vegetable|putty|stanley|utility|pen|fish|grapefruit|cake|pastry|marking|"
    r"whittling) (?:knife|knives)\b|\bknife (?:skills|block|drawer|rack|roll|sharpener)\b",
    r"\b(?:cleaver(?:s)?|knife|knives|blade(?:s)?)\b[^.!?]{0,80}\b(?:pork|lamb|beef|chicken|"
    r"fish|loin|trotter(?:s)?|chine|fillet(?:s)?|ham|bacon|brisket|dovetail(?:s)?|timber|"
    r"plank(?:s)?|balsa|sponge|cardboard|fabric)\b|\b(?:pork|lamb|beef|chicken|"
    r"fish|loin|trotter(?:s)?|chine|fillet(?:s)?|ham|bacon|brisket|dovetail(?:s)?|timber|"
    r"plank(?:s)?|balsa|sponge|cardboard|fabric)\b[^.!?]{0,80}\b(?:cleaver(?:s)?|"
    r"knife|knives|blade(?:s)?)\b",
    r"\b(?:sickle(?:s)?|scythe(?:s)?|blade(?:s)?|reaping hook(?:s)?)\b[^.!?]{0,100}\b(?:wheat|"
    r"corn|barley|oats|rye|hay|stalks|sheaves|harvest)\b|\b(?:wheat|"
    r"corn|barley|oats|rye|hay|stalks|sheaves|harvest)\b[^.!?]{0,100}"
    r"\b(?:sickle(?:s)?|scythe(?:s)?|blade(?:s)?)\b",
    r"\b(?:mower|lawnmower|saw|fan|propeller|turbine|skate|oar|plough|hoe|wiper|rotor|blender|"
    r"spade|shovel|paddle)[- ]blade(?:s)?\b|\bblade(?:s)? of (?:grass|the (?:fan|mower|"
    r"propeller|oar|windmill|turbine))\b",
    r"\bwooden (?:sword(?:s)?|dagger(?:s)?|knife|knives|gun(?:s)?)\b|\b(?:ceremonial|toy|"
    r"practice|replica|foam|plastic|cardboard|paper|rubber|display|antique|decorative|museum|"
    r"prop|stage|dress|presentation) (?:\w+ )?(?:sword(?:s)?|blade(?:s)?|dagger(?:s)?|knife|"
    r"knives|spear(?:s)?|axe(?:s)?|mace(?:s)?|pistol(?:s)?|musket(?:s)?|rifle(?:s)?|gun(?:s)?|"
    r"arrow(?:s)?|lance(?:s)?|halberd(?:s)?|pike(?:s)?|sabre(?:s)?|rapier(?:s)?|cudgel(?:s)?|"
    r"club(?:s)?|flail(?:s)?)\b",
    # Blows that land on no one: a straw into a carton, a fist into dough, a head on a low
    # beam, a friendly thump on the back, a duvet wrestled into its cover.
    r"\bstab(?:bed|s|bing)? (?:\w+ ){0,3}(?:into|through) (?:the |a |an |its |his |her |my |"
    r"their )?(?:\w+ )?(?:box(?:es)?|carton(?:s)?|pincushion(?:s)?|cushion(?:s)?|"
    r"potato(?:es)?|cake(?:s)?|dough|earth|soil|ground|turf|snow|sand|ice|cork(?:s)?|map(?:s)?|"
    r"paper|lid(?:s)?|foil|film|clingfilm|packet(?:s)?|meat|turkey|pie(?:s)?|cheese|"
    r"table(?:s)?|tablecloth|board(?:s)?|noticeboard(?:s)?|corkboard|tyre(?:s)?|tire(?:s)?|"
    r"pumpkin(?:s)?|melon(?:s)?)\b",
    r"\b(?:punch\w*|knock\w*|fist(?:s)?|beat\w*|slap\w*|pummel\w*|thump\w*|knead\w*)\b"
    r"[^.!?]{0,40}\bdough\b|\bdough\b[^.!?]{0,40}\b(?:punch\w*|knock\w*|beat\w*|slap\w*|"
    r"pummel\w*|thump\w*)\b|\bpunch(?:ed|es|ing)? (?:the |his |her |my |a )?(?:pillow(?:s)?|"
    r"cushion(?:s)?|air)\b",
    r"\bhit (?:his|her|my|their|your|its) head (?:\w+ ){0,2}on (?:the |a |an |those |these |"
    r"that )?(?:\w+ )?(?:beam(?:s)?|ceiling|doorframe|door frame|lintel|cupboard|shelf|branch|"
    r"roof|rafter(?:s)?)\b|\b(?:beam(?:s)?|ceiling(?:s)?|doorframe(?:s)?|lintel(?:s)?|"
    r"rafter(?:s)?|cupboard(?:s)?|shelves|branch(?:es)?)\b (?:\w+ ){0,4}hit (?:his|her|my|"
    r"their|your) head(?:s)? on\b",
    r"\b(?:thumped|slapped|patted|clapped|thump|slap|pat|clap) (?:him |her |me |them |us )?on "
    r"the back\b(?! of (?:the|his|her|my|their) (?:head|neck|skull|legs?|knees?)| with\b)",
    r"\bwrestl(?:ed|es|ing|e) (?:with )?(?:the |a |an |his |her |my |their |its |our )?"
    r"(?:\w+ )?(?:duvet(?:s)?|cover(?:s)?|suitcase(?:s)?|case(?:s)?|box(?:es)?|sofa|couch|"
    r"wardrobe(?:s)?|door(?:s)?|window(?:s)?|lid(?:s)?|jar(?:s)?|cork(?:s)?|shoe(?:s)?|"
    r"boot(?:s)?|sock(?:s)?|tent(?:s)?|sheet(?:s)?|pram(?:s)?|buggy|trolley(?:s)?|bag(?:s)?|"
    r"luggage|key(?:s)?|tyre(?:s)?|tire(?:s)?|wheel(?:s)?|sail(?:s)?|kite(?:s)?|umbrella(?:s)?|"
    r"map(?:s)?|zip(?:s)?|zipper(?:s)?|button(?:s)?|chair(?:s)?|deckchair(?:s)?|mattress(?:es)?|"
    r"furniture|coat(?:s)?|jacket(?:s)?|jumper(?:s)?|tree|hose|problem(?:s)?|question(?:s)?|"
    r"conscience|decision|thought(?:s)?|feeling(?:s)?|temptation|doubt(?:s)?)\b|\bwrestl(?:ed|"
    r"es|ing|e) it (?:on|onto|on to|into|off|open|shut|free|loose|out)\b",
    r"\b(?:pinned|wrestled|tackled|held) (?:\w+ ){0,6}and tickled\b",
    r"\b(?:crushed|crushing) on (?:him|her|them|you|me|someone|somebody|each other)\b",
    r"\blick(?:ing|ed|s)? (?:its|his|her|their|my|our|your) wounds\b",
    r"\bflog(?:ging|ged|s)? (?:\w+ ){0,3}(?:at|for) (?:a (?:quid|pound|fiver|tenner|bob|song)|"
    r"£|\$|\d|half price|next to nothing)|\bflogging (?:a )?dead horse\b",
    r"\b(?:bright|beady|small|round|little|shiny|glittering|button) black eye(?:s)?\b",
    # Bleeding brakes and ink; torn cartilage; fish guts; the cutting done oneself.
    r"\bbleed(?:ing|s)? (?:the )?(?:brake(?:s)?|radiator(?:s)?|line(?:s)?|valve(?:s)?|system|"
    r"pipe(?:s)?)\b|\b(?:ink|inks|colour(?:s)?|color(?:s)?|dye(?:s)?|paint(?:s)?|"
    r"watercolour(?:s)?)\b (?:\w+ ){0,2}(?:bled|bleeding|bleed|bleeds)\b",
    r"\b(?:torn|tore|tearing) (?:a |the |his |her |my |their )?(?:\w+ )?(?:cartilage|"
    r"ligament(?:s)?|meniscus|hamstring(?:s)?|muscle(?:s)?|tendon(?:s)?|acl|rotator cuff)\b",
    r"\b(?:fish|mackerel|herring|trout|salmon|cod|chicken|rabbit|pumpkin|haggis|turkey)"
    r"(?:'s|s'|es|s)? (?:guts|insides|innards|entrails)\b|\b(?:guts|insides|innards|entrails) "
    r"of (?:the |a )?(?:fish|mackerel|herring|trout|salmon|cod|chicken|rabbit|pumpkin|haggis|"
    r"turkey|clock|watch|radio|piano|machine|engine|computer|sofa|cushion|teddy)\b|"
    r"\b(?:haggis|pie|pudding|sausage|pumpkin)\b[^.!?]{0,60}\binsides\b",
    r"\bthe (?:\w+ )?cutting (?:himself|herself|myself|yourself|themselves)\b",
    # Chess lines and football tactics called suicidal.
    r"\b(?:line|move|gambit|opening|pace|tactics|defence|defense|attack|charge|policy|plan|"
    r"manoeuvre|maneuver|sacrifice|mission|overtake|strategy) (?:(?:was|is|were|are|seemed|"
    r"seems|looked|looks|sounded|sounds|quite|utterly|frankly|simply|downright|positively|"
    r"almost|faintly) ){0,2}suicidal\b|\bsuicidal (?:for (?:black|white)|line|move|gambit|"
    r"opening|pace|tactics|attack|charge|mission|run|overtaking|manoeuvre|maneuver|sacrifice)\b",
    r"\b(?:wrote|left|scribbled|jotted|typed|added) (?:a|the|her|his) note (?:on|in|to) "
    r"(?:the|a|his|her|their) (?:screen|file|chart|notes|record(?:s)?|system|computer|pad|"
    r"notepad|margin|calendar|diary|register|whiteboard|blackboard|form|sheet)\b",
    # Drink that is not drink: a flask of coffee, spirits of wine, a cotton gin, a rum sort
    # of fellow, acid in a laboratory, smoke alarms, a legless lizard.
    r"\b(?:drink|drinks|drank|drinking|sipped|sipping|sips) (?:\w+ ){0,3}(?:hot chocolate|"
    r"buttermilk|fizzy|soda|squash|cordial|smoothie(?:s)?|kombucha|ribena|cola|lemonade|"
    r"milkshake(?:s)?|tisane|decaf|latte|cappuccino|chai|mocktail(?:s)?|tonic water|"
    r"ginger beer|ginger ale|sparkling water|soft drink(?:s)?)\b|\b(?:hot chocolate|buttermilk|"
    r"ribena|cordial|smoothie|kombucha|ginger beer|milkshake|soda)\b[^.!?]{0,80}\bdrank\b",
    r"\b(?:hip[- ]flask(?:s)?|flask(?:s)?|bottle(?:s)?|jug(?:s)?|tumbler(?:s)?)\b "
    r"(?:in \w+'s \w+ )?(?:(?:held|holds|holding|contained|contains|containing|had|has|was|is|"
    r"were|are|full|filled|nothing|but|only|just|of|with) ){1,4}(?:(?:hot|cold|iced|black|"
    r"sweet|fresh|warm|fizzy|sparkling|still) ){0,2}(?:coffee|tea|cocoa|chocolate|ribena|soup|"
    r"water|milk|lemonade|juice|squash|cordial|broth|buttermilk|smoothie|ginger beer)\b",
    r"\bvirgin (?:mojito(?:s)?|colada(?:s)?|mary|marys|cocktail(?:s)?|pi[nñ]a colada|"
    r"daiquiri(?:s)?)\b|\bmocktail(?:s)?\b|\b(?:order(?:ed|s|ing)?|sipp(?:ed|ing)|drank|had|"
    r"having) (?:a |an |another |two |the )?(?:virgin|alcohol-free|non-alcoholic|zero-alcohol|"
    r"low-alcohol|mocktail)\b(?: [\w'’]+)?",
    r"\bspirit(?:s)? of (?:wine|salt|salts|hartshorn|turpentine|ammonia|camphor|nitre|vitriol)\b",
    r"\b(?:weak|strong|dilute|diluted|concentrated|corrosive|fuming|boiling|mineral|organic) "
    r"acid(?:s)?\b|\bacid(?:s)? (?:table|bath(?:s)?|fumes|solution|bottle(?:s)?|jar(?:s)?|"
    r"vat(?:s)?|etch|etching|trough(?:s)?|resistant|proof)\b|\b(?:in|into) (?:the |a |some )?"
    r"acid(?:s)?\b|\b(?:trough(?:s)?|vat(?:s)?|bath(?:s)?|bottle(?:s)?|jar(?:s)?|beaker(?:s)?|"
    r"flask(?:s)?) of acid\b",
    r"\bcotton gin(?:s)?\b|\ba rum (?:old |sort of |kind of )?(?:business|sort|fellow|do|thing|"
    r"lot|customer|go|one|start|affair|case|cove|chap|place|joke|story)\b",
    r"\bsmoke (?:alarm(?:s)?|detector(?:s)?|signal(?:s)?|screen(?:s)?|bomb(?:s)?|ring(?:s)?|"
    r"machine(?:s)?|stack(?:s)?|grenade(?:s)?)\b|\bthread(?:s)? of smoke\b",
    r"\bwine (?:went in|goes in|into the (?:pan|pot|sauce|stew|casserole|gravy|risotto|"
    r"marinade))\b|\bdeglaz\w+ (?:\w+ ){0,4}wine\b|\bwine (?:vinegar|gums|-dark|dark|red|"
    r"-red|-coloured|coloured)\b",
    r"\btipsy (?:lean|tilt|angle|slant)\b|\b(?:drunk|tipsy|intoxicated|high) (?:as a kite )?"
    r"(?:on|with) (?:nothing but )?(?:love|power|joy|happiness|success|victory|the news|news|"
    r"relief|excitement|adrenaline|endorphins|freedom|praise|sugar|caffeine|life|hope|"
    r"sunshine|laughter)\b",
    r"\blegless (?:lizard(?:s)?|reptile(?:s)?|amphibian(?:s)?|creature(?:s)?|animal(?:s)?|"
    r"insect(?:s)?|larva|larvae|grub(?:s)?|beetle(?:s)?|worm(?:s)?|salamander(?:s)?)\b",
    r"\b(?:nothing|none)\b (?:(?!(?:he|she|they|i|we|you|him|her|them|me|us|get|got|getting)\b)"
    r"[\w'’]+ ){0,5}wasted\b|\b(?:food|time|money|effort|space|water|paper|energy|breath|"
    r"word(?:s)?|talent|crust(?:s)?|scraps|leftovers|bones|peelings|opportunit(?:y|ies)|"
    r"chance(?:s)?|life|lives|years|days|hours|ammunition|resources)\b (?:(?:was|were|is|are|"
    r"be|been|being|ever|never|all|completely|totally|entirely|simply|utterly|so|not|had|has|"
    r"have) ){1,3}wasted\b",
    r"\bdos(?:e|es|ing|age) (?:\w+ ){0,3}(?:paracetamol|ibuprofen|antibiotic(?:s)?|calpol|"
    r"aspirin|insulin|penicillin|vaccine(?:s)?|syrup|tincture|drops)\b|\bdosing (?:table|chart|"
    r"instructions)\b|\b(?:paracetamol|ibuprofen|antibiotic(?:s)?|calpol|aspirin|insulin|"
    r"penicillin|vaccine(?:s)?|syrup|tincture)\b[^.!?]{0,60}\bdos(?:e|es|ing|age)\b|"
    r"\b(?:oral|dosing|medicine|feeding) syringe(?:s)?\b",
    # Sexual words in other senses: thrust of an engine or a fencer, the nipple of a
    # valve, a pianist's fingering, rain penetration, the erection of a building.
    r"\b(?:full|engine|engines|forward|reverse|maximum|rocket|jet|main|upward) thrust\b|"
    r"\bthe (?:main |whole |central |general )?thrust of (?:the|his|her|their|its|my|your|this|"
    r"that) (?:\w+ )?(?:argument|story|plan|speech|question|essay|case|report|book|piece|"
    r"article|debate|policy|campaign|remarks|reasoning|research|work|film|novel)\b|\bthrust "
    r"(?:it|them|this|that|the \w+|a \w+|an \w+) (?:at|towards|toward|into (?:his|her|my|their)"
    r" (?:hand|hands|pocket|pockets|arms)|under (?:his|her|my|their) nose)\b",
    r"\b(?:fencing|fenced|en garde|touch[eé]|piste|[eé]p[eé]e(?:s)?|salle)\b[^.!?]{0,80}"
    r"\bthrust(?:s)?\b|\bthrust(?:s)?\b[^.!?]{0,80}\b(?:fencing|fenced|en garde|touch[eé]|piste|"
    r"[eé]p[eé]e(?:s)?|salle)\b",
    r"\b(?:grease|bleed|bleeder|brake|radiator|feeding|bottle|nozzle|spoke|valve|caliper|hose|"
    r"pipe)(?:s)? nipple(?:s)?\b|\bnipple(?:s)? (?:\w+ ){0,2}(?:on|of) (?:the|a|an|its) "
    r"(?:\w+ ){0,2}(?:caliper|radiator|valve|brake(?:s)?|bottle|pipe|hose|boiler|tyre|tire|"
    r"wheel|spoke|grease gun|bike)\b",
    r"\bfingering(?:s)?\b[^.!?]{0,60}\b(?:scale(?:s)?|"
    r"chord(?:s)?|piece|notes|semiquavers|quavers|score|sonata|etude|exercise|pencil|ink|"
    r"violin|piano|cello|flute|guitar)\b|\b(?:scale(?:s)?|chord(?:s)?|"
    r"semiquavers|quavers|score|sonata|etude|exercise|violin|piano|cello|flute|guitar|"
    r"keyboard)\b[^.!?]{0,60}\bfingering(?:s)?\b",
    r"\b(?:rain|water|damp|moisture|market|light|armour|armor|frost|root|sun|ground|signal)"
    r"[- ]penetration\b|\bpenetration (?:test(?:s)?|testing|tester(?:s)?|rate(?:s)?|depth|of "
    r"(?:the )?(?:market|armour|armor|light|water|damp|rain|sound))\b",
    r"\berection\b[^.!?]{0,60}\b(?:building(?:s)?|extension|scaffold|scaffolding|planning|"
    r"regulations|monument|statue|marquee|bridge|church|porch|conservatory|memorial|chapel|"
    r"cathedral|factory|pavilion|gallows)\b|\b(?:building|extension|scaffold|scaffolding|"
    r"planning|monument|statue|marquee|bridge|church|porch|conservatory|memorial|chapel|"
    r"cathedral|factory|pavilion|gallows)(?:s)?\b[^.!?]{0,60}\berection\b",
    # Abuse of power, of a position, of trust: misconduct, not a person abused.
    r"\babus(?:e|ed|es|ing) (?:of )?(?:(?:his|her|their|the|my|your|its|our|an?) )?(?:own )?"
    r"(?:power|powers|position|authority|office|trust|rank|privileges?|status|role|title|"
    r"influence|discretion|expenses|the system|the law|public funds)\b"
    # (not a carer's or a guardian's position: that is abuse of the one in their care)
    r"(?! as (?:his|her|their|my|your|our|the|a) )",
    # Drink and drugs abused: substance use, not abuse (the match holds only the abuse
    # word: the drink or the drug keeps its own cue, _ABUSED_SUBSTANCE).
    r"(?:"
    + "|".join(
        rf"(?<=\b{w} )"
        for w in "alcohol drug drugs substance solvent steroid opioid opiate prescription "
        "painkiller cocaine heroin cannabis".split()
    )
    + r")abuse\b|"
    r"\babus(?:e|ed|es|ing)(?= (?:of )?(?:\w+ )?"
    r"(?:alcohol|drink|drugs|substances|solvents|steroids|opioids|opiates|painkillers|pills|"
    r"cocaine|heroin|cannabis|amphetamines|laudanum|the bottle)\b)",
    # Abuse of a process, of a semicolon, of an old typewriter.
    r"\babuse of (?:the )?(?:process|discretion|privilege(?:s)?|procedure|system|language|"
    r"statistics|notation|hospitality|rules|a dominant position)\b|\babus(?:ed|es|ing) "
    r"(?:the |a |my |his |her |their |our |every |each )?(?:\w+ )?(?:semicolon(?:s)?|"
    r"comma(?:s)?|apostrophe(?:s)?|grammar|exclamation (?:mark(?:s)?|point(?:s)?)|adverb(?:s)?|"
    r"adjective(?:s)?|metaphor(?:s)?|ellipses|dashes|capital letters|caps lock|"
    r"privilege(?:s)?|hospitality|laptop|computer|typewriter|piano|keyboard|printer|toaster|"
    r"engine|equipment|furniture|kettle|microwave|instrument|tool(?:s)?|credit card|overdraft)\b"
    r"(?! (?:teacher|tutor|student|pupil|player|man|woman|boy|girl)s?\b)",
    r"\b(?:typewriter|laptop|computer|printer|keyboard|piano|toaster|kettle|machine|engine|"
    r"instrument|furniture|sofa|equipment|tool|satnav|microwave|oven|router)"
    r"(?:s)? (?:(?:has|had|have|is|was|were|'s|been|being|suffered|endured|taken|seen|most|some|"
    r"such|shameful|terrible|awful|dreadful|appalling|the most) ){0,6}"
    r"(?:abuse|abused|bullied|gaslighting|gaslit|gaslighted)\b",
    # Swearing words in other senses: the damned of the Last Judgement, Christ in majesty,
    # hell as a place in a sermon, a bitch with her litter.
    r"\bthe damned\b(?=\s*(?:[.,;:!?)]|$| (?:and|would|will|shall|were|are|in|of|who|on|being|"
    r"rising|below|burn|burning|suffer|suffering|soul(?:s)?)\b))",
    r"\bchrist (?:in (?:judgement|judgment|majesty|glory|the temple|the wilderness)|child|"
    r"church|pantocrator|crucified|risen|on the cross|enthroned)\b",
    r"\b(?:mouth|jaws|circle(?:s)?|harrowing|architecture|map|vision|torment(?:s)?|pains|"
    r"doctrine|lake|flames|bowels) of hell\b|\b(?:heaven|purgatory|limbo|paradise) and hell\b|"
    r"\bhell (?:and|or) (?:heaven|purgatory|paradise)\b|\bgaming[- ]hell(?:s)?\b|\b(?:burn|"
    r"burned|burnt|burning|suffer|suffering|damned|condemned|sent|cast|descend(?:ed|s)?) "
    r"(?:\w+ ){0,2}(?:in|into|to) hell (?:for (?:ever|eternity|all eternity)|eternally)\b",
    r"\bbitch(?:es)?\b[^.!?]{0,50}\b(?:whelped|whelping|whelp|pups|puppies|litter|in season|"
    r"in heat|on heat)\b",
    # (more of the same senses)
    r"\b(?:jeans|turban(?:s)?|bonnet(?:s)?|fashion(?:s)?|style(?:s)?|trend(?:s)?|fad(?:s)?|"
    r"craze(?:s)?|genre(?:s)?|format(?:s)?|punk|disco|grunge|story|stories)\b (?:(?:are|is|"
    r"were|was|quite|so|totally|completely|"
    r"utterly|now|long) ){1,3}dead\b",
    r"\b(?:legs|leg|feet|foot|arms|arm|hands|hand|fingers|toes|thighs|calves|muscles)\b "
    r"(?:(?:are|were|is|was|felt|feel|feels|went|go|gone|goes|completely|totally|just|all|"
    r"already|quite|utterly|have|has) ){1,3}dead\b",
    r"\bdead (?:vine(?:s)?|cane(?:s)?|foliage|grass|bracken|growth|blooms|flowerheads|"
    r"nettles|haulms|stalks)\b",
    r"\bdied on (?:its|their) feet\b|\bwho died and made (?:you|him|her|them)\b",
    r"\bdie (?:of|from) (?:embarrassment|shame|laughter|boredom|curiosity|envy|jealousy|"
    r"happiness|cuteness)\b",
    r"\b(?:scream|screamed|screaming|screams|yell|yelled|yelling|cry|cried|crying|shout|"
    r"shouted|shouting) blue murder\b",
    r"\bthe death of (?:his|her|my|our|their|your) (?:\w+ ){0,2}(?:profit(?:s)?|margin(?:s)?|"
    r"sanity|patience|diet|budget|social life|savings|bank balance|nerves|waistline)\b",
    r"\bbur(?:y|ies|ied|ying) (?:the |your |his |her |my |their |a |some )?(?:\w+ )?"
    r"(?:bulb(?:s)?|seed(?:s)?|lede|hatchet|treasure|time capsule|acorn(?:s)?|nut(?:s)?)\b|"
    r"\bburied (?:\w+ ){0,2}(?:under|beneath|in) (?:\w+ ){0,2}(?:moss|paperwork|papers|work|"
    r"book(?:s)?|blanket(?:s)?|duvet(?:s)?|covers|cushion(?:s)?|pillow(?:s)?|laundry|email(?:s)?|"
    r"admin|files|notes|ivy|brambles|weeds)\b",
    r"\bkill(?:ed|s|ing)? (?:off )?(?:the |that |a |this |every |my |his |her |all the )?(?!by )(?:"
    r"\w+ )?"
    r"(?:note|notes|"
    r"chord|tune|punchline|mood|vibe|buzz|momentum|conversation|drive|drives|main drive|"
    r"thrusters?|reactor|motor|motors|power|comms|feed|signal|music|radio|lights?|switch|"
    r"alarm|siren|bindweed|weeds?|slugs|aphids|greenfly|moss|nettles|brambles|ivy|"
    r"dandelions|mould|mold|bacteria|germs|fungus|blight|process|processes|app|tab|tabs|"
    r"server|connection)\b",
    # plants that choke plants ("before it strangles the beans")
    r"\bstrangl\w* (?:the |my |our |his |her |their |all the )?(?:\w+ )?(?:beans|plants|roses|"
    r"tomatoes|seedlings|hedge|trees?|shrubs?|flowers|veg|vegetables|garden|peas|border|"
    r"lettuces?|courgettes?)\b",
    # a project's post-mortem: "what killed us?", a page "dead on arrival", a logo buried
    r"\bwhat (?:killed|kills|sank|sunk|finished) (?:us|it|the (?:launch|project|deal|pitch|show|"
    r"campaign|idea|band|business|company|app|product|plan))\b",
    r"\b(?:page|plan|idea|bill|proposal|project|product|launch|scheme|pitch|campaign|deal|"
    r"design|policy|film|album|show|it|that|this|app|feature|website|site|motion)(?: \w+)? "
    r"(?:was|is|had been|has been|were|are|'s|’s) (?:\w+ )?dead on arrival\b",
    r"\bbur(?:y|ied|ying|ies) (?:the |that |this |our |their |his |her |my |an? )?(?:old |"
    r"whole )?(?:logo|hatchet|idea|plan|story|report|news|lede|lead|past|feelings|rumou?r|"
    r"proposal|project|scandal|grudge|quarrel|mistake|memo|email|draft|file|files|bad news)\b",
    # a game's "YOU DIED" on the screen
    r"\byou died\b[^.!?]{0,40}\b(?:screen|flashed|again|for the \w+ time|respawn\w*)\b",
    r"\b(?:wound zone|kill ring|scoring ring|scoring zone)\b",
    r"\b(?:pig's|pigs'|pig|ox|beef|lamb's|goose|duck|chicken|animal|cow's) blood\b",
    r"\b(?:bark|trunk) (?:has |had )?(?:\w+ ){0,3}(?:over|round|around) the (?:old )?wound\b|"
    r"\bwound (?:in|on) the (?:bark|tree|trunk)\b",
    r"\b(?:this|that|it)(?: is|'s| was| will be) (?:sheer |pure |absolute |actual |literal |"
    r"such )?torture(?=\s*(?:[.!]|$))",
    r"\bshag(?:s)? (?:\w+ ){0,2}(?:dries|dried|drying|wings|perched|dives|dived|diving|nest|"
    r"nests|nesting|colony|cormorant(?:s)?)\b",
    r"\b(?:on|across|between|through|behind) the (?:\w+ )?bars\b",
    r"\bswung (?:(?:it|them|the \w+|(?:his|her|their) \w+) (?:(?:both|all) )?(?:open|shut|"
    r"closed|wide|back|round|around|aside)|(?:open|shut|closed|wide))\b(?! (?:and|to) "
    r"(?:hit|struck|smashed))",
    r"\b(?:cut|cuts|cutting|slashed|slashing|trimmed) (?:the |a |an |this |that |my |his |her |"
    r"their |our |every )?(?:\w+ )?(?:scene(?:s)?|chapter(?:s)?|paragraph(?:s)?|sentence(?:s)?|"
    r"take(?:s)?|clip(?:s)?|footage|edit|draft|speech|budget(?:s)?|price(?:s)?|cost(?:s)?|jobs|"
    r"staff|funding|hours|wages|salar(?:y|ies)|rates|taxes|spending|sugar|carbs|dance|song|"
    r"verse|sequence|montage|runtime|word count)\b",
    r"\bcut(?:s|ting)? (?:\w+ ){0,3}(?:from|out of) (?:\w+ ){0,2}(?:sponge|paper|card|"
    r"cardboard|felt|fabric|cloth|leather|wood|foam|tissue|newspaper|pastry|dough)\b",
    r"\b(?:brush(?:ed|ing)? on|coat(?:s)? of|tissue|balsa)\b[^.!?]{0,40}\bdope\b|"
    r"\bdope\b[^.!?]{0,40}\b(?:brush|tissue|balsa|coats)\b",
    r"\bsuck(?:ed|s|ing)? (?:her|his|my|their|its|your|a) (?:\w+ )?(?:thumb|pen|pencil|sweet|"
    r"lolly|lollipop|straw)\b",
    r"\bthrew (?:him|her|them|the (?:baby|child|boy|girl)) (?:up )?(?:into|in) the air and "
    r"caught\b|\b(?:throw(?:s|ing|n)?|threw) (?:the |a |an )?(?:\w+ )?(?:lever|switch|bolt|"
    r"dice|ball|frisbee|stick|bone|party|tantrum|fit|glance|look|shadow|light)\b|"
    r"\b(?:throw(?:s|ing|n)?|threw) (?:a |the )?(?:\w+ )?(?:bookmark|cushion|pillow|bean|sock|"
    r"napkin|towel|tea towel|crust|crumb|peanut|grape|sweet|paper ball|snowball) at\b",
    r"\b(?:go|goes|gone|went|going|drift|drifted|drifting|fall|fell|falling|fallen) (?:back )?"
    r"to sleep with (?:her|his|my|their|your|its|a|the) (?:\w+ )?(?:head|face|cheek|arm|arms|"
    r"hand|hands|book|light|lamp|window|radio|tv|telly|mouth|glasses|shoes|boots|clothes|"
    r"thumb|knees)\b",
    r"\bunbutton(?:ed|s|ing)? (?:her|his) (?:\w+ )?(?:blouse|shirt|top|dress|coat|cardigan)\b"
    r"[^.!?]{0,40}\b(?:fed|feed|feeding|nurse|nursed|nursing|latched|baby)\b",
    r"\b(?:a|the|plain|slimline) tonic(?: water)? with (?:lime|lemon|ice|a slice)\b|"
    r"\btonic water\b",
    r"\bfired (?:\w+ ){0,2}(?:at nothing|into the air|in the air|into the sky|harmlessly|a "
    r"salute)\b",
    r"\b(?:torn|tore|tear|tearing|ripped|rip) (?:\w+ ){0,2}(?:to shreds|apart|to pieces|to bits)"
    r" (?:over|by|about|in) (?:the |his |her |their |a )?(?:\w+ ){0,2}(?:invoices|review(?:s)?|"
    r"critics|press|papers|comments|meeting|committee|report|essay|proposal|plan|figures|"
    r"budget|presentation|interview|board|panel|examiner(?:s)?|editor|twitter|internet)\b",
    r"\b(?:drank|drinks|drink|drinking) (?:\w+ ){0,2}(?:cup(?:s)?|mug(?:s)?|pot(?:s)?|"
    r"cupful(?:s)?|teacup(?:s)?) of\b(?! (?:wine|ale|mead|beer|sake|rum|gin|grog|punch|sack|"
    r"brandy|whisky|whiskey|spirits|liquor|cider|poison|laudanum))",
    r"\b(?:rook(?:s)?|pawn(?:s)?)(?:'s)? (?:(?:had|has|have|been|was|were|are|is|both|all) )"
    r"{0,3}(?:slaughtered|dead|killed|taken|captured|massacred)\b|\bby move (?:\d+|\w+)\b"
    r"[^.!?]{0,60}\b(?:slaughtered|dead|killed|massacred)\b",
    r"\b(?:critics|reviewers|press|papers|reviews) (?:(?:absolutely|completely|utterly|totally|"
    r"just|really|had|have|duly|promptly|all) )?(?:slaughtered|savaged|mauled|"
    r"murdered|massacred|butchered|crucified|killed|destroyed)\b",
    r"\bbrandish(?:ed|es|ing)? (?:a |an |the |his |her |their )?(?:\w+ )?(?:spoon|ladle|whisk|"
    r"spatula|rolling pin|fork|umbrella|newspaper|letter|ticket(?:s)?|menu|phone|pen|flag|map|"
    r"certificate|trophy|cup|baguette|boning knife|chef's knife|palette knife|butter knife|"
    r"bread knife|paring knife)\b",
    r"\b(?:whetstone|sharpening stone|grindstone|strop|knife block)\b[^.!?]{0,80}\b(?:knife|"
    r"knives|cleaver(?:s)?|blade(?:s)?)\b|\b(?:knife|knives|cleaver(?:s)?|blade(?:s)?)\b"
    r"[^.!?]{0,80}\b(?:whetstone|sharpening stone|grindstone)\b",
    r"\bstarting (?:pistol|gun)(?:s)?\b|\b(?:karate|kata|judo|taekwondo|kung fu|dojo|"
    r"grading)\b[^.!?]{0,80}\b(?:strike(?:s)?|block(?:s)?|punch(?:es)?|kick(?:s)?)\b",
    r"\b(?:murdered|slaughtered|massacred|killed|smashed|nailed|destroyed) (?:that |the |this )?"
    r"(?:question|exam|test|quiz|interview|presentation|audition)\b(?! (?:subject|pilot|driver|"
    r"candidate|dummy|animal|patient)s?\b)",
    r"\b(?:archive|cuttings|clippings|newsroom)\b[^.!?]{0,60}\bmorgue\b",
    # a meal eaten, not a meal withheld ("the children had had their supper")
    r"\b(?:had|have|has|having|ate|eaten|eat|eats|eating|cooked|cook|cooking|made|making|laid|"
    r"serve|served|serving|finished) (?:(?:their|his|her|my|our|your|the|a|"
    r"an|some|early|late|light|hot|good|hearty|quick) ){0,2}supper\b",
    r"\b(?:water|oil|paint|sand|salt|flour|confetti|rice|petals|cupful|bucket(?:ful)?|"
    r"jug(?:ful)?)\b (?:(?:was|were|had been|got|is|are) )thrown\b",
    r"\b(?:tomato|bean|garden|hazel|bamboo|tree|fence|tent|surveyor's) stake(?:s)?\b|"
    r"\bstake(?:s)? (?:\w+ ){0,2}into the (?:ground|earth|soil|lawn|turf|border|sand|mud)\b",
    r"\bsmashed (?:against|on|into|across) the (?:\w+ )?(?:hull|bow|bows|stern|steel)\b",
    r"\b(?:moan(?:ing|ed|s)?|groan(?:ing|ed|s)?|calling|call(?:ed|s)?) for brains\b",
    r"\bstrangl(?:e|es|ed|ing) (?:the |a |an |my |our |their |every )?(?:\w+ ){0,2}"
    r"(?:tree(?:s)?|plant(?:s)?|rose(?:s)?|hedge(?:s)?|shrub(?:s)?|flower(?:s)?|seedling(?:s)?|"
    r"crop(?:s)?|vegetables|growth|economy|market|trade|supply|supplies|competition)\b|"
    r"\bflayed by (?:a |the )?(?:\w+ )?(?:plant|bramble(?:s)?|rose(?:s)?|thorn(?:s)?|"
    r"nettle(?:s)?|wind|cold|critics|reviewers)\b",
    # death, substance use (train misses): "dead" as a British intensifier ("dead embarrassed",
    # "dead chuffed"); fainting "dead away"; weddings and funerals as the family's occasions,
    # and a funeral in a simile ("like a hat at a funeral"); "stone-cold sober"; a medicine's
    # dose as prescribed, a radiation dose rate.
    r"\bdead (?:embarrassed|chuffed|keen|jealous|excited|nervous|proud|pleased|posh|boring|"
    r"clever|brilliant|handy|nice|sweet|scared|worried|cross|happy|kind|friendly|impressed|"
    r"funny|easy|good|lucky|serious|quiet|busy|tired|exciting|popular|cool|annoyed|upset|"
    r"proper)\b",
    # baseball: the squeeze play, a bunt that stops where it lands
    r"\bsuicide squeeze\b|\b(?:bunt|bunted|bunts) (?:\w+ )?dead\b|\bdead (?:down|along) the "
    r"(?:\w+ )?(?:first-base |third-base |baseline |foul )?line\b",
    r"\bfaint(?:s|ed|ing)? dead away\b",
    r"\bweddings? and (?:every |the |a |at )?funerals?\b|\bfunerals? and (?:every |the |a |at )?"
    r"weddings?\b|\b(?:like|as \w+ as) (?:a |an |the )?(?:\w+ ){0,3}at a funeral\b",
    r"\bstone[- ]cold sober\b",
    r"\bdose rate\b|\b(?:current|usual|prescribed|recommended|correct|right|daily|maintenance|"
    r"starting|same|lowest|normal) dose\b",
]

_GLUE = frozenset(
    "the her him his and for you them with from out off its into that this are was were "
    "had has not".split()
)


def _source(exception: str | Only) -> str:
    return exception.pattern if isinstance(exception, Only) else exception


def _naming() -> dict[str, set[int]]:
    """Which exceptions name each stem: a cue word is held by those of its beginnings."""
    naming: dict[str, set[int]] = {}
    for i, exception in enumerate(_EXCEPTIONS):
        source = _source(exception)
        words = set(re.findall(r"[a-z][a-z-]{2,}", re.sub(r"\\[a-zA-Z]", " ", source)))
        for stem in words - _GLUE:
            naming.setdefault(stem, set()).add(i)
    return naming


def _exceptions_by_word() -> tuple[
    dict[str, re.Pattern[str]], dict[str, tuple[tuple[re.Pattern[str], frozenset[str]], ...]]
]:
    """Each cue word with only the exceptions that can hold it (those whose pattern names
    the word or its stem), so a sentence is searched for a handful of patterns, not all:
    those for every note joined in one pattern, and those for some notes (`Only`) joined
    by the notes they are for."""
    naming = _naming()
    table: dict[str, re.Pattern[str]] = {}
    only: dict[str, tuple[tuple[re.Pattern[str], frozenset[str]], ...]] = {}
    for word in CUES:
        mine: set[int] = set()
        for end in range(3, len(word) + 1):
            mine |= naming.get(word[:end], set())
        every = [_EXCEPTIONS[i] for i in sorted(mine) if not isinstance(_EXCEPTIONS[i], Only)]
        if every:
            table[word] = lowered("|".join(_source(e) for e in every))
        by_labels: dict[frozenset[str], list[str]] = {}
        for i in sorted(mine):
            exception = _EXCEPTIONS[i]
            if isinstance(exception, Only):
                by_labels.setdefault(exception.labels, []).append(exception.pattern)
        if by_labels:
            only[word] = tuple(
                (lowered("|".join(sources)), labels) for labels, sources in by_labels.items()
            )
    return table, only


# A cue word's exceptions for every note, and those for some notes only.
EXCEPT_BY_WORD, EXCEPT_ONLY = _exceptions_by_word()
