"""Phrasings of sexual content and sexual violence, and their innocent look-alikes: one family of
phrasing per comment, each with sentences written for Fanfold (none taken from an
evaluation passage). POSITIVES: (note, sentence) that must give that note; NEGATIVES:
sentences that must give none of LABELS. Read by test_phrasings.py."""

LABELS = ("sexual-content", "sexual-violence")

POSITIVES = [
    # the act told by bodies and motion
    (
        "sexual-content",
        "He eased inside her by slow degrees, and she dug her heels into the backs of his thighs.",
    ),
    (
        "sexual-content",
        "She slid all the way inside him with her strap and held still while he swore into the sheets.",
    ),
    (
        "sexual-content",
        "He worked two fingers into her, unhurried, until she was rocking against his palm.",
    ),
    ("sexual-content", "Her slick fingers opened him with maddening patience."),
    ("sexual-content", "She came on his fingers with her face pressed into his shoulder."),
    ("sexual-content", "He came in her mouth and she swallowed and grinned up at him."),
    ("sexual-content", "She took him into her mouth and he forgot the rest of the sentence."),
    ("sexual-content", "Kit knelt on the rug and took Sam into his body, a breath at a time."),
    ("sexual-content", "He licked into her until her hips came off the mattress."),
    ("sexual-content", "His head between Maren's thighs, he lost track of the hour."),
    ("sexual-content", "He parted her thighs with one knee and she pulled him down to her."),
    ("sexual-content", "She sucked him off in the front seat with the engine still ticking."),
    ("sexual-content", "She gave him head in the stairwell and neither of them regretted it."),
    ("sexual-content", "She lowered herself onto him and they both went very still."),
    ("sexual-content", "She rode him slowly, naked in the lamplight, until the light changed."),
    ("sexual-content", "He fucked her deep and slow against the pantry door."),
    ("sexual-content", "The whole of that first winter we fucked on every surface of the flat."),
    (
        "sexual-content",
        "His member, she found, was far less frightening than her sister had promised.",
    ),
    (
        "sexual-content",
        "She pinned his hands above his head, as he had asked, and sank down onto his cock while he begged her not to tease.",
    ),
    # undressing, and clothes where clothes are not kept
    (
        "sexual-content",
        "By the second landing his hand was up her dress and she had stopped pretending to look for her key.",
    ),
    ("sexual-content", "He let his robe slip from his shoulders and climbed into her bed."),
    (
        "sexual-content",
        "She kept kissing him all the way down the hall and straight out of his jeans.",
    ),
    (
        "sexual-content",
        "Her bra ended up dangling from the bedpost and his boxers were never found.",
    ),
    (
        "sexual-content",
        "He rolled off her, laughing and breathless, onto the cold side of the bed.",
    ),
    # fade to black, and the old ways of saying it
    (
        "sexual-content",
        "The colonel came to her that night as a husband, and she was not sorry for it in the morning.",
    ),
    ("sexual-content", "She lay with him that summer in the hayloft, and told no one."),
    (
        "sexual-content",
        "They spent the night together in the lighthouse keeper's cottage, and the lamp burned untended.",
    ),
    # a scene begun, and desire
    (
        "sexual-content",
        "He was wearing nothing but a love bite when he opened the door to the pizza man.",
    ),
    ("sexual-content", "She shoved him back down onto the narrow bed and climbed on top of him."),
    ("sexual-content", "My back hit the mattress and his fingers found the hem of my shirt."),
    ("sexual-content", "so yeah we hooked up after the wedding lol. dont tell my mum"),
    ("sexual-content", "text me back, i want your mouth on my clit tonight"),
    (
        "sexual-content",
        "The landlady told the inspector the pair were in bed, and not sleeping, until gone ten.",
    ),
    (
        "sexual-content",
        "He was in bed with her, but not to sleep, and the candle burned down to nothing.",
    ),
    (
        "sexual-content",
        "Their clothes ended up on the floor of the spare room and stayed there until Sunday.",
    ),
    (
        "sexual-content",
        "She led him up to the attic by his belt loops, and the door banged shut behind them.",
    ),
    ("sexual-content", "Let me undress you, he said, and she lifted her arms."),
    (
        "sexual-content",
        "He kissed the inside of her thigh, and then higher, and she stopped thinking about the rent.",
    ),
    (
        "sexual-content",
        "On the wedding night she did her duty by the Captain and found it less dreadful than advertised.",
    ),
    (
        "sexual-content",
        "The prison granted him a conjugal visit in March, and his wife came in her best dress.",
    ),
    # sexual violence: refusal ignored, no yes given, drugging, the aftermath
    ("sexual-violence", "I told him no, twice, and he kept going."),
    ("sexual-violence", "She told him to stop and he kept going anyway, his hand over her mouth."),
    (
        "sexual-violence",
        "Her drink had been spiked, the nurse said, and what happened after was not her fault.",
    ),
    ("sexual-violence", "At the SARC they explained every step before they took a single swab."),
    (
        "sexual-violence",
        "She consented to a forensic examination and then sat in the corridor shaking.",
    ),
    ("sexual-violence", "He wouldn't take no in the car, and I never said yes, not once."),
    (
        "sexual-violence",
        "I spent the whole shower trying to remember a single moment when I'd said yes.",
    ),
    (
        "sexual-violence",
        "The nurse wrote that the girl had plainly not consented and had bruises on both wrists.",
    ),
    ("sexual-violence", "lol ur so frigid. if u loved me u would"),
    (
        "sexual-violence",
        "He told her the job was hers if she came up to his room after the launch party.",
    ),
    (
        "sexual-violence",
        "I'm a survivor, and it's been a year since I reported him. I never said yes, not once.",
    ),
    (
        "sexual-violence",
        "The contract is yours, the director says, if she goes up to his suite after the read-through.",
    ),
    (
        "sexual-violence",
        "The men in the cellar had done what they pleased with him while he was chained.",
    ),
    (
        "sexual-violence",
        "The officer asked, very gently, whether she wanted to report a sexual assault.",
    ),
    (
        "sexual-violence",
        "He pinned her down and pushed himself inside her while she begged him to stop.",
    ),
    # the morning after: a stranger, and underwear hunted for
    (
        "sexual-content",
        "Lena woke up beside a snoring stranger and went hunting for her knickers under the bed.",
    ),
    # a body learned all over
    (
        "sexual-content",
        "He learned her body that night by lamplight, every inch of it, and neither of them slept.",
    ),
    # clothes that hit the floor
    ("sexual-content", "Her shirt hit the floor before the door was even shut."),
    # pressed back into the pillows
    (
        "sexual-content",
        "He pressed her back into the pillows and kissed her until she forgot her name.",
    ),
    # kisses down a spine
    (
        "sexual-content",
        "She kissed down his spine, one vertebra at a time, and pulled the sheets over them both.",
    ),
    # a room shut behind a couple
    ("sexual-content", "She took him up to her room and turned the key behind them."),
    # a wedding night and thin walls
    (
        "sexual-content",
        "On their wedding night the walls were thin, and nobody on the landing slept.",
    ),
    # a wedding night and thin walls, the "if" a concession
    (
        "sexual-content",
        "Their wedding night was spent in a draughty inn, and if the walls were thin, neither of "
        "them minded.",
    ),
    # sleeping with someone, asked
    ("sexual-content", "Did you sleep with him?"),
    # clothes undone with teeth; a coat off the shoulders; lipstick on a chest
    (
        "sexual-content",
        "Her zip stuck halfway down, so he freed it with his teeth, and her dress ended up on the "
        "floor.",
    ),
    ("sexual-content", "He peeled her coat from her shoulders and kissed the back of her neck."),
    (
        "sexual-content",
        "By morning her lipstick was smudged across his chest and the sheets were on the floor.",
    ),
    # a car's windows fogged by the two inside
    ("sexual-content", "They fogged up the windows of the little car, his hands under her shirt."),
    # a lover's bed named by its owner
    ("sexual-content", "Ares was in Aphrodite's bed again, and the sheets were tangled."),
    # a hand inside a lover's clothes
    ("sexual-content", "Her hand slipped inside his shirt and he forgot the question entirely."),
    # a day spent in bed together
    (
        "sexual-content",
        "They spent the whole afternoon in bed together and never once looked at their phones.",
    ),
]

NEGATIVES = [
    "Bed four was asleep with his mouth open. Bed six wanted water. Bed two was wide awake.",
    "He slid inside her coat pocket for the keys and came up with a lipstick instead.",
    "Something moved inside him, old and heavy, when he saw the house again.",
    "Deep inside her, a small voice said that this was a mistake.",
    "He dug his fingers into her arm to stop her stepping into the road.",
    "The nurse pushed two fingers into his wrist to find the pulse.",
    "The letter came in his hand at breakfast, postmarked from Lyon.",
    "The tea spilled over her hand and she swore at the kettle.",
    "The baby took the spoon into his mouth and spat the carrots straight back out.",
    "He sat on the kerb with his head between his knees until the dizziness passed.",
    "She spread her legs wide for balance on the swaying deck.",
    "He blew her off again, the third Friday in a row.",
    "She had her way with words, and the jury hung on every one of them.",
    "She lowered herself onto the bench and unlaced her boots.",
    "The knight rode him hard across the moor, and the grey stallion did not falter.",
    "We fucked up the booking and had to sleep in the car.",
    "The member for Hertford rose to speak and the House emptied.",
    "She put her hand in her skirt pocket and found the ticket.",
    "He rolled off the sofa and onto the dog, who took it well.",
    "The morning after the storm the beach was covered in weed.",
    "She lay with her head on the table and cried.",
    "He took the toddler up to bed and read him the one about the tiger.",
    "She moaned that the train was late again.",
    "Mr. Bennet's cousin made love to Charlotte over the course of a single dinner.",
    "I said no to pudding and it didn't matter, my aunt brought me a bowl anyway.",
    "She never said yes to the job in Leeds, and the offer lapsed.",
    "The punch at the party had been spiked with rum, and the vicar was delighted.",
    "The forensic examination of the car took a week.",
    "The kids pinned Tom to the carpet and tickled him until he begged for mercy.",
    "My stepdad didn't stop when I said sorry; he just kept shouting.",
    "Mum said no twice, clearly, and it didn't matter how much I sulked.",
    "She lay with her head on his knee and he read to her until she slept.",
    "He unlaced his boots by the fire and she poured the tea.",
    "At the party someone typed 'great idea /sarc' and everyone laughed.",
    "He came to the door wearing nothing but a towel and an apologetic face.",
    "The toddler climbed on top of the wardrobe and would not come down.",
    "She smoothed the hem of her skirt and waited for the verdict.",
    "We hooked up the caravan and drove to the coast.",
    "I want to cock my head at him and say something clever.",
    "The child was in bed, but not asleep, and still asking for water.",
    "A cramp settled low in her belly and she reached for the hot-water bottle.",
    "He cut the splinter out of her thumb and the blood kept coming, so she held it under the tap.",
    "When he came, he brought a bottle of wine and his terrible guitar.",
    "Her clothes lay on the floor of the wardrobe where the cat had pulled them down.",
    "She led the pony back to the stable by its halter.",
    "He undressed the baby for her bath and tested the water with his elbow.",
    "She kissed her son's grazed knee and put a plaster on it.",
    "The salesman wouldn't take no for an answer, so I hung up.",
    "I never said yes to the extra shift, whatever the rota says.",
    "The patient had not consented to the surgery, so the operation was postponed.",
    "A frigid wind came down off the hills all week.",
    "The job was hers if she came to the interview with a portfolio.",
    "He is a cancer survivor and runs the village half-marathon every year.",
    "The tortoise lay helpless on its back until she turned it over.",
    "A cold dread slid inside him, and he sat down heavily on the stairs.",
    "Her uncle did what he liked with the inheritance, and the cousins sued.",
    "She would like to report a burglary, she told the desk sergeant.",
    "He did his duty by the regiment and came home with a limp.",
    "Would the Duke have taken her by force, had she refused? She never had to find out.",
    # underwear in the wash; a child sent to her room; neighbours' telly; body language;
    # a nurse and a patient
    "She went looking for her knickers in the laundry basket.",
    "Her mother took her up to her room and locked the door.",
    "The walls were thin, and we could hear next door's telly every night.",
    "He learned her body language long before he learned her name.",
    "The nurse pressed him back into the pillows and took his temperature.",
    # a refusal and a denial of sleeping together; a sleepover; crisps; a pocket; a child's
    # nightmare; a steamy kitchen
    "They did not sleep together that night; he took the sofa.",
    "'I'm not going to sleep with you,' she said, and kissed his cheek goodnight.",
    "The girls sleep together in one room at Gran's.",
    "He tore the crisp packet open with his teeth.",
    "His hand slipped inside his coat pocket for the keys.",
    "She crawled into mum's bed after the nightmare.",
    "The kettle steamed up the windows of the little kitchen.",
    # a day in bed with flu
    "She spent the weekend in bed with flu and a box of tissues.",
]

# Innocent and old senses (lexicon/exceptions.py): intercourse as dealings between houses,
# curiosity aroused, an engine's or a fencer's thrust, the nipple of a valve, a pianist's
# fingering, rain penetration, the erection of a church, a baby asleep or fed.
NEGATIVES += [
    "The intercourse between the two households was carried on by letter.",
    "Their daily intercourse was confined to remarks about the weather.",
    "The letter aroused her curiosity at once.",
    "The engines gave full thrust and the ship pulled clear of the quay.",
    "She thrust the parcel at the postman and shut the door.",
    "The fencing master showed us how to parry a thrust in quarte.",
    "Mind the bleed nipple on the brake caliper.",
    "Her teacher pencilled the fingering above the hardest chord.",
    "The survey found rain penetration at the north gable.",
    "The erection of the new church took eleven years.",
    "The baby had gone to sleep with her head on my shoulder.",
    "She unbuttoned her blouse and fed the baby on the park bench.",
    "A shag was drying its wings on the breakwater.",
]
POSITIVES += [
    ("sexual-content", "He thrust into her, slow and deep."),
    ("sexual-content", "They had intercourse for the first time that summer."),
    ("sexual-content", "His erection pressed against the wall of her thigh."),
]
# Third pass. The act said plainly ("fucks her hard", "rode his hand", "his fingers are
# inside her"); a flat christened room by room; the headboard against the wall; ankles hooked
# behind a back; walked backwards into the bedroom. Sexual violence: a refusal said and the
# act done anyway; tears ignored; waking to someone on top; the act on someone asleep or
# unconscious; "whether she would or no", "took what she had refused him".
POSITIVES += [
    ("sexual-content", "He pins her to the mattress and fucks her slowly."),
    ("sexual-content", "She rode his fingers until she was shaking."),
    ("sexual-content", "His fingers were still inside her when she came."),
    ("sexual-content", "In the first month they christened every room in the cottage."),
    ("sexual-content", "Next door the headboard was banging against the wall again."),
    ("sexual-content", "She locked her ankles behind his back and pulled him closer."),
    ("sexual-content", "He kissed her and walked her backwards into the bedroom."),
    ("sexual-violence", "I told him no and he went ahead anyway."),
    ("sexual-violence", "She said no at the door and he came in anyway."),
    ("sexual-violence", "He got into my bed and didn't stop when I begged him to."),
    ("sexual-violence", "I woke and someone was on top of me."),
    ("sexual-violence", "The tribunal found he had sex with her while she was unconscious."),
    (
        "sexual-violence",
        "The raider carried her off and made her his wife whether she would or no.",
    ),
    ("sexual-violence", "The god took what the nymph had refused him."),
]
NEGATIVES += [
    "Life fucks you over sometimes, he said, and drank his tea.",
    "He rode his bike to the station every morning.",
    "She rode his shoulders through the crowd to see the parade.",
    "Her keys were inside her coat pocket all along.",
    "They christened the new boat with a bottle of cava.",
    "The baby was christened in the village church in May.",
    "She sat up in bed with her back against the headboard.",
    "He tripped over the rope and stepped backwards into the pool.",
    "He said he'd pay her back and the money came anyway.",
    "She said no to the pudding and had cheese anyway.",
    "The teacher didn't stop the lesson when the fire alarm went.",
    "I woke up and the cat was on top of me, purring.",
    "She was asleep when the burglars came and took the television.",
    "He had to go to school whether he would or no.",
    "She took what little money the shop had refused him and bought bread.",
]
NEGATIVES += [
    "I told him no, I couldn't make the wedding, but he came anyway.",
]

# Sexual content in plain words: into someone "all the way" or "slowly", licked until she
# shook, tumbling into bed together; and their look-alikes (a lorry sliding into a man, a
# dog licking, falling into bed worn out, sleeping with the eyes open, a visit "she came,
# she said", an evening that came apart).
POSITIVES += [
    ("sexual-content", "Later he eased into her all the way, and she pulled him closer."),
    ("sexual-content", "He licked her till she was trembling and had to grab the headboard."),
    (
        "sexual-content",
        "Once the door shut they fell into bed together and didn't come out till noon.",
    ),
]
NEGATIVES += [
    "The lorry slid into him at the junction and crushed the bonnet.",
    "The spaniel licked him until he gave up and laughed.",
    "She fell into bed at two, still in her coat.",
    "She learned to sleep with her eyes half open on the night shift.",
    "Mrs. Pike came, she said, about the parish accounts.",
    "The whole evening came apart in his hands once the caterers left.",
]

# Silenced, and the morning after told by its marks (2026-11-28); and their look-alikes.
POSITIVES += [
    (
        "sexual-violence",
        "He kept his hand over her mouth the whole time. Afterwards he told her nobody would "
        "believe her.",
    ),
    (
        "sexual-violence",
        "She woke in a stranger's bed with no memory of getting there, her dress torn at the "
        "shoulder and a bruise on the inside of her thigh.",
    ),
]
NEGATIVES += [
    "He put a hand over her mouth to stop her laughing in the library.",
    "She woke in a stranger's bed with no memory of the night and a pounding head.",
    "Her dress was torn on the brambles, and she had no memory of the path home.",
]

# Into bed together, the rest left to the reader (2026-11-28); children and the tired are not.
POSITIVES += [
    ("sexual-content", "They tumbled into bed still half-dressed, laughing, and did not get up."),
]
NEGATIVES += [
    "The children tumbled into bed together after the fireworks, too tired to brush their teeth.",
    "We fell into bed exhausted after the long drive.",
]

# On top, and into someone slowly, in the second person as in the third (2026-11-28); a crowd,
# a cat and the snow are not.
POSITIVES += [
    ("sexual-content", "He pushes into you slowly, and you forget your own name."),
    ("sexual-content", "She slid down onto him and he groaned."),
    ("sexual-content", "She lowered herself onto him with a sigh."),
]
NEGATIVES += [
    "The crowd pushed into her and she lost her balance.",
    "The cat slid down onto her lap and purred.",
    "The snow slid off the roof onto him.",
    "They spent the night together at the station, wrapped in one blanket, waiting for the "
    "first train.",
]

# A hand into clothes, a name on his lips, a bruise sucked and a belt fumbled; the visits to a
# child's room (2026-11-28); and their look-alikes.
POSITIVES += [
    (
        "sexual-content",
        "Her hand slid into his trousers and he forgot what they were arguing about.",
    ),
    (
        "sexual-content",
        "He came with her name on his lips, shuddering, and she held him through it.",
    ),
    (
        "sexual-content",
        "He sucked a bruise into the side of her neck while she fumbled with his belt.",
    ),
    (
        "sexual-violence",
        "Her uncle's visits to her room started when she was twelve and did not stop until she "
        "left home.",
    ),
]
NEGATIVES += [
    "His hand slipped into his trouser pocket for the keys.",
    "He came home with her shopping, shaking the rain off his coat.",
    "She tugged at his belt to straighten it before the photo.",
    "Her father came into her room every night to read her a story.",
]

# From a new writer's scenes (2026-11-28): the morning after and the weight above; what a report
# of it is asked; a refusal said into the pillow.
POSITIVES += [
    ("sexual-content", "She woke sore in all the best places, with his shirt on the floor."),
    (
        "sexual-content",
        "She wrapped her legs around his waist and he groaned, the weight of him "
        "over her warm and solid.",
    ),
    (
        "sexual-violence",
        "The officer asked what she'd been wearing, and whether she was sure she didn't want it.",
    ),
    ("sexual-violence", "He held her down on the bed while she said no into the pillow."),
]
NEGATIVES += [
    "He gave his niece a piggyback, and she wrapped her legs around his waist and shrieked.",
]

# Case files and literary scenes by new writers (2026-11-28, second round).
POSITIVES += [
    (
        "sexual-violence",
        "Complainant states she woke partially undressed with no memory of agreeing to anything.",
    ),
    ("sexual-violence", "He kept going even after I said stop. I said it twice."),
    ("sexual-violence", "She wove the story of what he had forced on her into the cloth."),
]

# A third round (2026-11-28): done while she slept, clothes on wrong, the photos held over a no,
# a refusal that stopped because it hadn't mattered.
POSITIVES += [
    ("sexual-violence", "Client disclosed that her husband has sex with her while she is asleep."),
    ("sexual-violence", "He said if she didn't, he'd send the photos to everyone. So she did."),
    (
        "sexual-violence",
        "She kept saying no, and then she stopped saying anything because it hadn't mattered.",
    ),
]

# ---- sexual violence: a refusal "said so", "get off" refused, sex after a refusal, what he
# did after she asked to leave, the examinations after an assault, the law's old wording,
# a stranger's hand up a skirt in a crowd
POSITIVES += [
    ("sexual-violence", "She hadn't wanted any of it, she said so twice, and he didn't stop."),
    ("sexual-violence", "I told him to get off me and he wouldn't."),
    ("sexual-violence", "Her ex-husband used to demand sex even after she had refused."),
    (
        "sexual-violence",
        "Months later she told her sister what he did after she said she wanted to go home.",
    ),
    ("sexual-violence", "The nurse examiner talked her through every step."),
    ("sexual-violence", "They waited for the forensic suite to be free."),
    ("sexual-violence", "The vicar was convicted of indecently assaulting two parishioners."),
    ("sexual-violence", "The footman was tried for an outrage upon the person of a laundress."),
    (
        "sexual-violence",
        "In the crush at the bus stop a man's hand slid up her skirt, and she froze.",
    ),
    ("sexual-violence", "I said no, and he went ahead."),
]
NEGATIVES += [
    "I didn't want it, and I said so, and he went ahead and ordered it for me anyway.",
    "I told him to get off the computer and he wouldn't.",
    "What she did after he told her he wanted to leave was make him a sandwich.",
    "The examiner failed half the class on the viva.",
    "Letters to the paper called the new bridge an outrage upon the town.",
    "His hand went up the back of her jumper to find the label, and she told him it was on inside out.",
]
POSITIVES += [
    ("sexual-violence", "But I didn't want any of it, and I said so, and he didn't stop."),
]

# ---- sexual violence: a hand put back on her each time she lifted it off; "nobody would
# believe she hadn't wanted it"; a trial's question of her clothes; "not something I
# consented to"; rent that need not be paid in money; a hand up a named woman's skirt in a
# crowd; "kept saying I wanted to go home" and he would not let her out
POSITIVES += [
    (
        "sexual-violence",
        "At the staff party his hand settled on her knee, and each time she pushed it away he "
        "put it back.",
    ),
    ("sexual-violence", "He told her that no one would ever believe she hadn't wanted it."),
    ("sexual-violence", "The barrister asked the complainant what she had been wearing."),
    ("sexual-violence", "It was not something I had ever consented to."),
    (
        "sexual-violence",
        "The landlord mentioned that the arrears didn't have to be paid in cash.",
    ),
    ("sexual-violence", "In the crush at the gig a stranger's hand went up Ffion's skirt."),
    (
        "sexual-violence",
        "I kept saying I wanted to go home and he wouldn't let me out of the room.",
    ),
]
NEGATIVES += [
    "Every time she lifted it off the shelf he smiled and put it back.",
]

# ---- sexual violence: a refusal or a push away a sentence after the act, in the same
# paragraph; not a laughing "no, not yet", a playful push, nor not wanting it to stop
POSITIVES += [
    (
        "sexual-violence",
        "In the stockroom he slid his hand up under her skirt. She said 'stop' and pushed his "
        "hand away, and he only laughed.",
    ),
]
_CONSENTING = [
    "He slid his hand under her shirt. She said no, not yet, and laughed, and pulled him closer.",
    "She unbuttoned his shirt. He pushed her away, grinning, and then pulled her onto the bed.",
    "She kissed her way down his bare chest to his belly. He did not want her to stop, and told her so.",
]
POSITIVES += [("sexual-content", text) for text in _CONSENTING]
# NOT_AS: (note, sentence) that must not give that note.
NOT_AS = [("sexual-violence", text) for text in _CONSENTING]
NEGATIVES += [
    "Castle now, or your king is naked on the back rank.",
]

# A curse is no sex act (it is strong language: phrasings_language.py) (2026-11-29).
NEGATIVES += [
    "'Oh, fuck you,' she said, and laughed, and threw the tea towel at him.",
    "The striker told the referee to fuck off and walked before the card came out.",
]

# A capital inside a sentence makes it a name: an inn, a lane, a nursery rhyme's robin
# (2026-11-29).
NEGATIVES += [
    "We took a room at the Cock and Bottle and dined on mutton.",
    "Who killed Cock Robin? asked the little girl, turning the page.",
]

# A bed of one's own is no sign on its own: asleep, awake, ill or crying in it (2026-11-29).
NEGATIVES += [
    "He lay awake in his bed until dawn, listening to the rain on the skylight.",
    "The child was asleep in her bed when they got home from the party.",
    "She crawled into her bed and cried herself to sleep.",
    "I slept in her bed while she was in hospital, because it smelled of her.",
]
POSITIVES += [
    ("sexual-content", "I woke in his bed to find him already dressed and making coffee."),
    ("sexual-content", "She pulled him into her bed and kissed him until neither could breathe."),
]

# A child who wet the bed and slept on bare boards: no sex in the words (2026-11-29).
NEGATIVES += [
    "A child who wet the bed spent the next night in the cold room on the bare boards.",
    "The bed had been stripped and remade, badly, with the wet sheet still under the clean one.",
]
