"""Phrasings of drink and drugs, and their innocent look-alikes: one family of
phrasing per comment, each with sentences written for Fanfold (none taken from an
evaluation passage). POSITIVES: (note, sentence) that must give that note; NEGATIVES:
sentences that must give none of LABELS. Read by test_phrasings.py."""

LABELS = ("substance-use",)

POSITIVES = [
    # a drink drunk after all, whatever else was not
    ("substance-use", "He poured himself a whisky and drank it standing at the sink."),
    ("substance-use", "She drank the gin she had not wanted and asked for another."),
    # drinking told by how much: a count of drinks, a bottle gone, the third glass
    ("substance-use", "Five pints in, Gareth decided he could sing."),
    (
        "substance-use",
        "Auntie Jo had three sherries before the trifle and told us about her divorce.",
    ),
    ("substance-use", "We got through two bottles of cheap merlot on the fire escape."),
    ("substance-use", "By her fourth glass the jokes had stopped making sense."),
    ("substance-use", "We split a bottle of cider behind the bus shelter."),
    # drunk in the words people use for it
    ("substance-use", "By midnight the groom was completely legless."),
    ("substance-use", "He got absolutely pissed on free prosecco at the works do."),
    ("substance-use", "She was off her face before we even reached the club."),
    ("substance-use", "They were so wasted they tried to pay for chips with a library card."),
    ("substance-use", "Leave him on the couch to sleep it off."),
    ("substance-use", "Nan swears by the hair of the dog on New Year's Day."),
    ("substance-use", "He was drunk on his brother's home-brewed cider."),
    # drugs: slang, paraphernalia, the den
    ("substance-use", "They passed the spliff along the wall and watched the sun go down."),
    ("substance-use", "Someone had left a bong on the coffee table."),
    ("substance-use", "The lads on the corner sold rocks to anyone with a tenner."),
    ("substance-use", "There was a little bag of white powder in his coat."),
    ("substance-use", "She dropped a pill in the queue and was dancing by the second song."),
    ("substance-use", "The magic mushrooms came on while we were still in the woods."),
    ("substance-use", "He fell into a k-hole and lay staring at the ceiling for an hour."),
    ("substance-use", "Two years on the crystal had taken most of her teeth."),
    ("substance-use", "In the den the sleepers lay on their bunks, pipes cooling beside them."),
    ("substance-use", "He had been injecting steroids since college."),
    ("substance-use", "The boys sat sniffing glue in the bike sheds."),
    ("substance-use", "She crushed the tramadol left over from her operation and snorted it."),
    ("substance-use", "Customs found three kilos of cocaine taped inside the spare tyre."),
    ("substance-use", "He was smoking crack in the back of the van."),
    # withdrawal and recovery
    ("substance-use", "She has been clean for eight months now."),
    (
        "substance-use",
        "Two hundred days sober, and the smell of wine still stops him in the street.",
    ),
    ("substance-use", "He keeps his sobriety chip in his wallet next to his daughter's photo."),
    ("substance-use", "Her sponsor rang after the meeting to check she hadn't had a drink."),
    ("substance-use", "He relapsed after the funeral and was drinking again by Friday."),
    ("substance-use", "Dad fell off the wagon the Christmas Nan died."),
    ("substance-use", "She lasted a week in detox before she walked out."),
    ("substance-use", "Every morning they queued at the chemist for their methadone."),
    ("substance-use", "Grandad signed the pledge on Sunday and broke it by Tuesday."),
    # the law and the clinic
    ("substance-use", "She failed the breath test at the roundabout."),
    ("substance-use", "He was three times over the limit when they pulled him over."),
    ("substance-use", "He was charged with possession of cocaine."),
]

NEGATIVES = [
    # a drink poured or held and not drunk
    "Darcy stood at the window with a glass of brandy he did not drink.",
    "She poured a glass of wine for her guest and did not touch it herself.",
    "The whisky sat untouched at his elbow all evening.",
    "He held the champagne he hadn't tasted and made a toast to the bride.",
    # drunk on something that is no drink; intoxicated with a person
    "She was drunk on it all, the lights and the applause.",
    "He was intoxicated with her from the moment she laughed.",
    "Having drunk nothing all day but coffee, he was wide awake.",
    # sober in its other senses
    "He wore a sober grey suit to the interview.",
    "The news was enough to sober him.",
    "The bank wanted someone with a sober head for figures.",
    # crack, coke, joint in their ordinary senses
    "A cup of coke, please, with lots of ice.",
    "There was a crack in the ceiling above the bed.",
    "She carved the joint and passed the plates along.",
    # medicine taken as prescribed; rehab after an injury
    "After the operation the nurse gave her morphine through a drip.",
    "The rehab physio had him walking between the bars by Thursday.",
    "The nurse noted that he was eating and drinking well.",
    # a bottle, a glass, a pledge, a pub where nobody drinks
    "The seal on the bottle was unbroken.",
    "He signed the pledge and never touched a drop again.",
    "His charm wore thin after the second glass of lemonade.",
    "They met in the pub car park to swap the keys.",
    # look-alike slang
    "Her hair was plastered to her forehead by the rain.",
    "The bullet knocked his hat clean off his head.",
    "He was worried out of his head about the exam.",
    "We fried the mushrooms in butter with garlic.",
    "The children sold rocks they had painted at the school fair.",
    "She kept her grandmother's crystal glasses in the cabinet.",
    "Keep the kitchen clean for a few days.",
    "He was an antiques dealer with a shop in Rye.",
    "The withdrawal of the troops began at dawn.",
    "They took a high-speed train to Paris in high spirits.",
    "He ordered a shot of espresso and a glass of water.",
    "Grandpa smoked his pipe by the fire and read the paper.",
    "The stoned cherries went into the pie.",
    "She repotted the pot plants on the windowsill.",
]

POSITIVES += [
    # passed out among the empties, the broached cask
    ("substance-use", "Mum was snoring in the armchair among a litter of empty cider cans."),
    ("substance-use", "The sailors broached a cask of rum and were singing by the first watch."),
    ("substance-use", "He passed out on the bathroom floor after the vodka ran out."),
]

NEGATIVES += [
    "We crushed the empty cans for the recycling bin.",
    "The cooper tapped the barrel to see if it was sound.",
    "She passed out from the heat during the parade.",
]

POSITIVES += [
    ("substance-use", "Day two of withdrawal: the sweats, the cramps, the shaking hands."),
]

NEGATIVES += [
    "The withdrawal of the troops began at dawn, and the men were shaking with cold.",
]

# ---- second round: families of phrasing for new text (the pouring and the sipping, drunk in
# old and new words, a bender, drinking too much, bottles hidden; high in slang, drugs by name,
# hits and tokes, scoring, a fix, cold turkey; pills past the prescription; dealing)
POSITIVES += [
    # pouring and sipping
    ("substance-use", "Mr. Bennet poured himself a glass of claret and shut the library door."),
    ("substance-use", "She sipped her wine and let him talk about his divorce."),
    ("substance-use", "He knocked back a double whisky and asked for another."),
    ("substance-use", "Priya poured herself a stiff one before she rang her mother."),
    ("substance-use", "He ordered another pint and checked his phone."),
    ("substance-use", "Three drinks in, the room had gone warm and slow."),
    # drunk, old and new
    ("substance-use", "The squire was deep in his cups by the second course."),
    ("substance-use", "Uncle Fergus came home the worse for drink again."),
    ("substance-use", "They were out on the lash every night of the stag weekend."),
    ("substance-use", "He's been on a bender since his girlfriend left."),
    ("substance-use", "By midnight the whole table was well oiled and singing."),
    ("substance-use", "She drunk-texted her ex at three in the morning."),
    ("substance-use", "Dad drinks too much, and everyone pretends not to notice."),
    ("substance-use", "He had a skinful at the wedding and fell into the fountain."),
    ("substance-use", "Giddy on champagne, she kissed the best man by the cake."),
    ("substance-use", "He necked the rest of the cider and threw the can in the hedge."),
    ("substance-use", "She kept bottles hidden behind the bleach and in the cistern."),
    ("substance-use", "He staggered home from the pub at closing time, singing."),
    ("substance-use", "He was arrested for driving under the influence."),
    # high, and the slang of it
    ("substance-use", "He was so baked he laughed at the microwave for ten minutes."),
    ("substance-use", "She was coked up and talking a mile a minute."),
    ("substance-use", "He'd been strung out on heroin for most of his twenties."),
    ("substance-use", "She took a hit off the joint and passed it back."),
    ("substance-use", "He toked and held it and coughed it out at the stars."),
    ("substance-use", "He scored some gear off a lad by the canal."),
    ("substance-use", "By the third day he needed a fix so badly his hands shook."),
    ("substance-use", "She went cold turkey in a caravan with her sister watching her."),
    ("substance-use", "He was dopesick and shaking on the bathroom lino."),
    ("substance-use", "The old man in the DTs saw spiders on the ceiling."),
    ("substance-use", "Her brother was a cokehead by the time he was twenty."),
    # pills past the prescription
    ("substance-use", "She took more of the codeine than she was supposed to, every day."),
    ("substance-use", "He'd been popping oxys like sweets since the accident."),
    ("substance-use", "She was caught with forged prescriptions at two different chemists."),
    # dealing
    ("substance-use", "At fourteen he was slinging crack on the corner for his cousin."),
    ("substance-use", "The boys were running county lines out to the seaside towns."),
    ("substance-use", "Everybody on the estate knew which flat was the trap house."),
]

NEGATIVES += [
    # tea, water, ink; pouring for the gods; paint and dresses
    "We made three cups of tea in the empty kitchen and drank them standing up.",
    "The pen drank too much ink and blotted the letter.",
    "She drank in the view from the top of the hill.",
    "Penelope poured a little wine on the hearthstone for the gods.",
    "Tom poured the red paint into the tray.",
    "She ordered the red dress online.",
    "He chugged a bottle of water after the match.",
    "She swigged from her water bottle at the top of the climb.",
    "He drinks too much coffee and sleeps badly.",
    "He had one too many late nights that week.",
    # the words' other senses
    "The lights were strung out along the pier.",
    "The riders were strung out across the valley.",
    "The cake was baked and iced by noon.",
    "He needed a fix for the leaking tap.",
    "The navigator got a fix on their position at dawn.",
    "She needed her caffeine fix before the meeting.",
    "He scored a goal in the second half.",
    "He packed his climbing gear and left for Skye.",
    "He wore an old reefer jacket to the fair.",
    "She was jonesing for pizza all afternoon.",
    "He was mainlining coffee all through exams.",
    "He was a fan of stoner comedies.",
    "Helen Stoner wrote it in the margin of her prayer book.",
    "The minister said the engine ran like a well-oiled machine.",
    "Under the influence of her mother, she took up the violin.",
    "The gear stick was stiff in the cold.",
    "He was tweaking the settings on the amp.",
    "The fender bender held up the traffic for an hour.",
    "Jane had never in her life been the worse for wine.",
    # medicine taken as prescribed
    "She took two paracetamol for her headache, as the doctor said.",
    "He takes his antidepressants with breakfast every day.",
]

# A drink or a drug nearly had, or a test that found none, is none taken; nearly drinking
# all of it is drinking.
NEGATIVES += [
    "I nearly had a drink at the bar after the verdict.",
    "She almost took the pills he offered, then flushed them.",
    "Breath test zero, and the driver went on his way.",
    "I never once saw him drunk.",
]
POSITIVES += [
    ("substance-use", "He almost drank the whole bottle of whisky."),
    ("substance-use", "She nearly had a heart attack when he ordered a third bottle of wine."),
]

# Drink and drugs in other senses (lexicon/exceptions.py): a flask of tea, a virgin cocktail,
# spirits of wine and acid in a laboratory, a cotton gin, a rum fellow, smoke alarms, a
# legless lizard, aircraft dope, medicine by the dose, nothing wasted.
NEGATIVES += [
    "His hip flask held nothing but hot sweet tea.",
    "She ordered a virgin mojito and a bowl of olives.",
    "He orders a tonic with lime.",
    "Grandpa drank two cups of cocoa and went to bed.",
    "The chemist warmed a little spirits of wine over the lamp.",
    "The boy dissolved the copper turnings in the acid.",
    "The old cotton gin still stands in the museum yard.",
    "He's a rum sort of fellow, but honest.",
    "The smoke alarm went off when the toast burned.",
    "Nothing in that house was ever wasted.",
    "Give her one dose of paracetamol every six hours.",
    "The wine went in with a hiss and the kitchen filled with steam.",
    "The church tower has a tipsy lean to it.",
    "We found a legless lizard under the log pile.",
    "He was high as a kite on nothing but adrenaline.",
    "She laid the steaks on the bars of the grill.",
    "She brushed on the dope with a soft brush and let the tissue dry.",
]
POSITIVES += [
    ("substance-use", "He drank whisky and soda until he passed out."),
    ("substance-use", "She dropped acid at the festival and lost two days."),
    ("substance-use", "Every evening Tom got wasted at the pub."),
    ("substance-use", "His hip flask held nothing but brandy, and by noon he was slurring."),
    ("substance-use", "He took a dose of heroin from the table."),
]
# Third pass. Drinks counted ("his fourth pint", "another can of cider", "her first glass of
# wine"); a bottle drunk whatever was in it; wine taken unmixed; cocaine and ketamine told by
# the doing (a line off a key, a bump, a rolled-up note); the heroin user's spoon and foil;
# sleeping it off.
POSITIVES += [
    ("substance-use", "By his fourth pint Declan had started on the rebel songs."),
    ("substance-use", "She went back to the fridge for another can of cider."),
    ("substance-use", "Her first glass of wine went down before the oven had even warmed."),
    ("substance-use", "The 3rd margarita was the one that made her text her ex."),
    ("substance-use", "The colonel had finished two bottles of Madeira before the cheese."),
    ("substance-use", "I've had most of a bottle of gin and I'm not even sorry."),
    ("substance-use", "We shared three bottles of Valpolicella between the four of us."),
    ("substance-use", "The Cyclops took the wine unmixed and held out the bowl again."),
    ("substance-use", "Tara did a line off the back of a phone in the staff toilets."),
    ("substance-use", "He racked up two lines in the cubicle and handed her the note."),
    ("substance-use", "Somebody passed round a bump off a house key."),
    ("substance-use", "There was a rolled-up twenty on the glass table."),
    ("substance-use", "A banknote rolled into a tube lay beside the mirror."),
    (
        "substance-use",
        "In the shoebox under his bed: a blackened spoon, a lighter and some tinfoil.",
    ),
    ("substance-use", "Dad sleeps it off in the armchair every Sunday afternoon."),
]
NEGATIVES += [
    "He asked for a second cup of coffee and a slice of toast.",
    "He finished a bottle of water on the way up the hill.",
    "She emptied a bottle of shampoo into the bath for bubbles.",
    "The actor forgot his first line on opening night.",
    "Do a line of stitches along the hem before you press it.",
    "There was a long line in the ladies at the interval.",
    "He rolled up the bill and handed it back to the waiter.",
    "She rolled the dough into a tube and cut it into rounds.",
    "Cover the dish with foil and stir the sauce with a wooden spoon.",
    "The car went over a bump in the road and the eggs broke.",
    "She slept off the jet lag in the hotel until noon.",
]
# "one for the road"
POSITIVES += [
    ("substance-use", "Just one more for the road, he said, and reached for his keys."),
]
NEGATIVES += [
    "She packed him a sandwich for the road and waved him off.",
    "Take a coat for the road; it's cold on the pass.",
]
# substance use: stone-cold sober; a medicine's dose as prescribed
NEGATIVES += [
    "At the end of the quiz night the whole team was stone-cold sober and still arguing about the capital of Peru.",
    "The consultant kept her on the same dose of the inhaler until the spring.",
    "The engineer checked the dose rate on the meter before he let anyone into the lab.",
]
# substance use: a mixed drink as one hyphenated word; "drinkin'"; speed by the dab or wrap
POSITIVES += [
    ("substance-use", "By midnight she was five rum-and-Cokes down and dancing on the bench."),
    ("substance-use", "He'd been drinkin' since the match finished and could barely stand."),
    ("substance-use", "Somebody passed round a wrap of speed in the toilets at the rave."),
]
NEGATIVES += [
    "The lads had been drinkin' water all afternoon in the heat of the hayfield.",
    "The wrap of the speed skater's ankle came loose on the last bend.",
]
# drinking oneself into a stupor, told of a habit ("every Friday he'd ...")
POSITIVES += [
    ("substance-use", "Every Friday he'd drink himself stupid at the Feathers."),
    ("substance-use", "She was drinking herself into oblivion, a bottle of gin a night."),
]
NEGATIVES += [
    "He drank a long glass of water and went back to the crossword.",
]

# Tequila shots are tequila; espresso shots are coffee (2026-11-28).
POSITIVES += [
    ("substance-use", "By the third round of tequila shots Priya was dancing on the table."),
]
NEGATIVES += [
    "She ordered two espresso shots and a croissant.",
]

# From a new writer's scenes (2026-11-28): lines off a mirror, a vein and a plunger, molly.
POSITIVES += [
    ("substance-use", "Three lines off the mirror and his heart was going like a rabbit's."),
    ("substance-use", "She found a vein on the second try and pushed the plunger down."),
    ("substance-use", "rio brought the molly in her bra lol. drop at 11"),
]
NEGATIVES += [
    "The scavengers killed time at the checkpoint playing gin rummy.",
    "The actors learned their lines off the script in the green room.",
]

# Slang by new writers (2026-11-28, second round); and Alice's bottle.
POSITIVES += [
    (
        "substance-use",
        "Had a few cones in the back of the ute, then someone brought out the pingers.",
    ),
    ("substance-use", "anyone got a bag of ket for saturday? last time i was k-holed for an hour"),
]
NEGATIVES += [
    "Alice drank from the little bottle marked DRINK ME and shrank to the size of a mouse.",
]

# ---- "sober as a judge": no drink in it
NEGATIVES += [
    "They walked home sober as judges and oddly cheerful about it.",
]

# Shots of something at a party are drink; shots of the harbour are photographs
# (2026-11-29).
POSITIVES += [
    ("substance-use", "They'd been doing shots of something blue at the bar since ten."),
]
NEGATIVES += [
    "The photographer took shots of the harbour at dawn and of the market at noon.",
    "She took shots of something small and green through the microscope.",
]
