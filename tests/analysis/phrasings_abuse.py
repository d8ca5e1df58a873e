"""Phrasings of abuse, child abuse and sexual violence, and their innocent look-alikes: one family of
phrasing per comment, each with sentences written for Fanfold (none taken from an
evaluation passage). POSITIVES: (note, sentence) that must give that note; NEGATIVES:
sentences that must give none of LABELS. Read by test_phrasings.py."""

LABELS = ("abuse", "child-abuse", "sexual-violence")

POSITIVES = [
    # fear of a partner: apologising for a fault nobody has named
    ("abuse", "By the end I was saying sorry before I even knew what I'd done wrong."),
    ("abuse", "She learned to apologise first, even when she couldn't work out what for."),
    # reading his footsteps or his key for what the evening will be
    ("abuse", "His key in the lock meant she had better be upstairs and out of his way."),
    ("abuse", "We used to rate his moods out of ten before we dared go downstairs."),
    # the victim's own words: he never hit me, he didn't need to
    ("abuse", "He never once laid a finger on me, and he didn't need to, not with that look."),
    ("abuse", "It was my own fault he lost it, I told the nurse; I'd pushed his buttons all week."),
    ("abuse", "if i was just quieter he wouldnt have to get so angry"),
    (
        "abuse",
        "They said his hand was heavy when the drink was in him, and she wore long sleeves all summer.",
    ),
    # contempt said to someone
    ("abuse", "Through the wall you could hear him calling her all sorts, night after night."),
    (
        "abuse",
        "He reminded me, every time we argued, that I was lucky anyone would put up with me.",
    ),
    ("abuse", "He kept calling me a useless freak until I stopped answering."),
    # money
    (
        "abuse",
        "Her wages went straight into his account, and he gave her back what he thought she needed.",
    ),
    ("abuse", "She'd never once had her own bank account in thirty years of marriage."),
    ("abuse", "He made me account for every penny, down to the bus fare."),
    ("abuse", "He kept all her wages in a tin in the shed and counted it every night."),
    ("abuse", "He checks the mileage on the car whenever I get back from my sister's."),
    # threats
    ("abuse", "If you go to the police, he said calmly, remember I know where your sister lives."),
    ("abuse", "If you walk out that door you won't see the kids again, he said."),
    # marital rape, said plainly
    ("abuse", "She had not known that marital rape was even a crime."),
    ("abuse", "He told her that wives don't get to say no."),
    ("abuse", "Being married doesn't mean yes. It never did."),
    # stalking told by its record
    (
        "abuse",
        "The police log listed months of persistent unwanted contact at her home and her work.",
    ),
    # food withheld
    ("abuse", "For a week he withheld food from her and watched her get thinner."),
    # child abuse: contempt from a parent, told by the child
    ("child-abuse", "Dad called me a useless little runt in front of my friends."),
    (
        "child-abuse",
        "Mum told me I was a mistake, and she said it like she was telling me the time.",
    ),
    (
        "child-abuse",
        "My stepmother screamed that she wished I'd never been born, and my little brother started crying.",
    ),
    (
        "child-abuse",
        "Every night my brother and I rated Dad's moods out of ten from the way he shut the front door.",
    ),
    # hiding from a parent
    ("child-abuse", "We hid under the bed whenever Dad came home drunk."),
    # cruel punishments
    (
        "child-abuse",
        "When I was seven, my father made me kneel on the kitchen tiles until my knees bled.",
    ),
    ("child-abuse", "Grandad held my mother's hand on the hot stove to teach her not to touch it."),
    ("child-abuse", "The bruise on the boy's thigh had the shape of a belt buckle in it."),
    (
        "child-abuse",
        "There were welts across the backs of her legs that her teacher noticed during PE.",
    ),
    ("child-abuse", "Mother made the little ones sleep in the coal shed with no blanket."),
    ("child-abuse", "When I was eight, my stepdad made me stand in the garden until it got dark."),
    ("child-abuse", "The boy's stepfather shook him until he stopped crying."),
    ("child-abuse", "His mother locked him in the cupboard whenever visitors came."),
    # neglect told by what is missing
    (
        "child-abuse",
        "The children had never been seen by a doctor and were not on any school roll.",
    ),
    (
        "child-abuse",
        "The twins wore the same uniform to school for three weeks and nobody asked why.",
    ),
    (
        "child-abuse",
        "The foster carer padlocked the fridge at night so the children couldn't get at it.",
    ),
    (
        "child-abuse",
        "The social worker found no food in the flat, and the children had not eaten since Friday.",
    ),
    ("child-abuse", "The matron's punishment was the cellar, with the lamp taken away."),
    (
        "child-abuse",
        "The master sent the smallest boys to the attic for the night without any supper.",
    ),
    # a hard thing thrown at a partner or a parent
    ("abuse", "Her husband threw a mug at her across the kitchen because the tea was cold."),
    ("abuse", "He cut up her passport the week before her sister's wedding abroad."),
    # what a nurse or a friend notices: he answers for her, her story of a fall
    (
        "abuse",
        "Her boyfriend answered every question for her, and she told the nurse she'd slipped on the stairs. We raised a safeguarding concern.",
    ),
    (
        "abuse",
        "She checks his face before she speaks, and you can't put a timetable in front of her without her asking him first. Send me a picture of where you are, he texts her, twice an hour.",
    ),
    (
        "abuse",
        "You can't cook, you can't dress yourself, you can't even talk to people, he said. What would you even do without me?",
    ),
    (
        "abuse",
        "Stop texting your sister about us, his message said. Don't bother coming home tonight.",
    ),
    ("abuse", "Nobody will believe you if you tell them, he said; they all know you're a liar."),
    # the house going still when a parent comes home
    (
        "child-abuse",
        "Whenever our stepfather came home, my sisters froze wherever they were standing.",
    ),
    (
        "child-abuse",
        "We went very quiet the moment Mum walked through the door, and waited to be told we could move.",
    ),
    # a parent's cruel words
    (
        "child-abuse",
        "No wonder nobody wants to sit with you, his mother told him at the school gate.",
    ),
    (
        "child-abuse",
        "Her father said she had been a curse on the family since the day she was born.",
    ),
    # a child left alone, starved, struck
    (
        "child-abuse",
        "Their mother left them alone in an empty flat for three days with a packet of crackers.",
    ),
    ("child-abuse", "The girl was eleven and weighed what a seven-year-old should weigh."),
    ("child-abuse", "My dad gave me the back of his hand for spilling the milk."),
    # a partner's blows with the partner named after the verb
    ("abuse", "He dragged his wife back into the house by her hair."),
    ("abuse", "Her boyfriend throttled her against the fridge until she saw stars."),
    # isolation, threats over the children, pressure for sex
    (
        "abuse",
        "He didn't like her seeing her friends, and by spring she had no friends left to see.",
    ),
    (
        "abuse",
        "Leave and I'll make sure the court hears what you're really like. You won't see the kids again.",
    ),
    ("abuse", "if u loved me u would. fine. ill find someone who will"),
    # small cruelties that take away what she needs
    ("abuse", "He used to hide my inhaler and then watch me look for it."),
    # food kept from a child as a punishment
    (
        "child-abuse",
        "At eight she was sent to her room by her mother and made to eat nothing but dry bread for a week.",
    ),
    # a child's marks and who the child says made them
    (
        "child-abuse",
        "The nurse asked about the bruises on his back, and he said his stepfather did most of them.",
    ),
    # a sibling told he is worthless
    ("child-abuse", "Every night at dinner Dad would tell my little brother he was worthless."),
    # neglect a teacher sees, a child who makes himself small
    ("child-abuse", "She has come to school without a coat every day since the snow started."),
    (
        "child-abuse",
        "By the time I was nine I had learned to make myself invisible in my own house.",
    ),
    # "battered" said of a person
    ("abuse", "The refuge on Mill Street took in battered women from all over the county."),
    # a partner coming at her; her body's answer to his arrival
    ("abuse", "Her husband came at her with the bread knife when she laughed at him."),
    ("abuse", "She stiffened the moment she heard his key in the door."),
    # abuse told a sentence away from the child it was done to: it is child abuse
    ("child-abuse", "He called me useless at every meal, in front of everyone. I was eight."),
    (
        "child-abuse",
        "From the landing you could hear the little boy crying. She kept telling him he was "
        "worthless.",
    ),
    # blows from the one in charge of a household or a workplace
    (
        "abuse",
        "The mistress of the inn slapped her for spilling the gravy, in front of the guests.",
    ),
    ("abuse", "His foreman kicked him twice for being slow on the line."),
    # a hard thing thrown on purpose just short of her
    ("abuse", "He threw the glass at the wall rather than at her, and called that restraint."),
    ("abuse", "She flung a mug at the door just past my head and told me to get out."),
    # humiliation with an audience, shouting made a habit
    (
        "abuse",
        "Every briefing the sergeant belittled him in front of the whole platoon, and the "
        "corporals screamed at him again after.",
    ),
    (
        "abuse",
        "The head chef screamed at the kitchen again, then made me scrub the bins as punishment.",
    ),
    # an insult quoted
    ("abuse", 'At the depot the foreman called him a "useless lump" every single shift.'),
    # the victim making light of a blow
    ("abuse", "Honestly, he's only ever hit me once, and he was in bits about it after."),
    # a grown-up telling what an adult did to them as a child
    (
        "child-abuse",
        "At thirty she finally told her sister what their stepfather had done to her when she "
        "was small.",
    ),
    # sexual violence: a refusal, then what overrode it, however far along the sentence
    (
        "sexual-violence",
        "I told him no, quietly and then louder, three times on the stairs, and he just kept "
        "going.",
    ),
    (
        "sexual-violence",
        "She said she wanted to go home, and he locked the door and put the key in his pocket.",
    ),
    ("sexual-violence", "I said no over and over, and by the end he had stopped listening."),
    # worn down: a refusal said again and again until she gave up saying it
    (
        "sexual-violence",
        "She kept telling him she was too tired, again and again, until it was easier to give in.",
    ),
    ("sexual-violence", "I kept saying no, for what felt like hours, until I just gave in."),
    # lying still, feigning sleep until it was over
    (
        "sexual-violence",
        "I kept my eyes shut and pretended to be asleep, and prayed he would stop.",
    ),
    # held down though she had said no
    ("sexual-violence", "He held her down on the sofa even though she had told him no twice."),
    # a survivor who reported someone
    ("sexual-violence", "I'm a survivor, and last month I finally reported him."),
    # sexual blackmail: exposure unless she comes to him
    (
        "sexual-violence",
        "The videos go to your husband on Friday, he wrote, unless you come to my flat tonight.",
    ),
]

NEGATIVES = [
    # a refusal overridden with nothing sexual about it
    "I told him to stop, and he didn't. He kept reading the spoilers aloud.",
    "She asked her brother to stop, and he didn't; he hummed the theme tune all the way home.",
    # grown men called boys: "the boys at the pub" is no child in the room
    "The boys at the pub cheered when the darts went in, and Keith bought the next round.",
    "The new probationers were all frightened of her, and she was the best ward sister in London.",
    # throwing, name-calling and disbelief, innocently
    "Dad threw the ball to Mum and she dropped it in the pond.",
    "She threw a pillow at her husband when he started snoring.",
    "I was so stupid to leave my umbrella on the train.",
    "Tell the story to your grandchildren if you like; nobody will believe you, and that is what keeps it safe.",
    "The nurse answered all the questions for the new parents before they had to ask.",
    "She checked his face before she laughed, in case the joke had hurt him.",
    "Send me a photo of where you are so I can find you at the station.",
    "You can't miss it, you can't go wrong, the farmer said, it's the only red door.",
    "The king was a tyrant, and the songs remember him for it.",
    # apologising, footsteps and moods in ordinary scenes
    "She apologised for being late before she even took her coat off.",
    "He said sorry for the mess and went to fetch a cloth.",
    "His footsteps on the stairs meant the pizza had arrived.",
    "She was in a good mood all afternoon and hummed while she painted.",
    # never hit, in sport and in praise
    "He never hit the ball cleanly all season, but he didn't need to; his bowling won the cup.",
    "It was my own fault the cake sank; I opened the oven too early.",
    # calling names as banter or fondness
    "Her grandad called her all sorts of pet names, most of them after vegetables.",
    "You're lucky I like you, she laughed, and handed him the last biscuit.",
    "What would I do without you, she said, and kissed his cheek.",
    # money, ordinary
    "Her first wages went straight into a savings account for the deposit on a flat.",
    "He checked the mileage on the hire car before they handed back the keys.",
    "The treasurer has to account for every penny the club spends.",
    # knowing where someone lives
    "She knew where her sister lived, so she drove straight there with the cake.",
    "You won't see them again until spring, the ferryman said of the swallows.",
    "If you leave me the car keys, I'll drop the parcel at the post office.",
    # marriage and consent, said in a good marriage
    "They were married in June and said yes to every invitation that summer.",
    # stalking look-alikes
    "The shop kept sending unwanted catalogues however often we asked them to stop.",
    "She keeps making new accounts for her knitting patterns because she forgets her passwords.",
    # a child told off, strict but loving
    "Mum sent me to my room until I'd calmed down, and then she came up with hot chocolate.",
    "When I was little, Dad made me sit on the stairs until I said sorry to my sister.",
    "The girl shook her head and laughed.",
    "Dad made us kneel on the grass to look for the lost earring.",
    "He held his hands over the stove for warmth.",
    "The boy wore the same football shirt for two weeks because his team kept winning.",
    "Mum said there was no food in the house, so we went out for chips.",
    "We hid under the bed when Dad came home, and jumped out and shouted surprise.",
    "The boy fetched his own cricket bat from the shed.",
    "It was a mistake to take the coast road, Mum said.",
    "The cellar held the boiler and a thousand old hymn books.",
    "Whenever Dad came home, we went quiet so we could hear the surprise he'd promised.",
    "No wonder nobody came to the fete, it was pouring all afternoon.",
    "Mum left us alone for an hour while she went to the shops.",
    "The puppy weighs what a bag of flour weighs.",
    "She wiped her mouth with the back of her hand and laughed.",
    "He shook his wife's hand warmly and congratulated her on the book.",
    "She stopped seeing her friends from school once she moved to Leeds, and made new ones.",
    "I'll make sure everyone knows how brilliant you were tonight.",
    "If nobody else will bake the cake, I'll find someone who will.",
    "The children hid my keys as a joke and we were late for the party.",
    "When I had flu, Mum fed me nothing but broth and toast for three days.",
    "He said his dad did all the cooking at home, and the marks on the table were from his homework.",
    "Dad would tell my little brother he was brilliant at least twice a day.",
    "She forgot her coat and went out without a coat into the sunshine.",
    "At parties I learned to make myself small in a corner with a drink and a dog.",
    "He bought a battered suitcase and a battered old hat at the market.",
    "The dog came at her with its tail wagging, and her husband laughed.",
    "She brightened the moment she heard his key; he had been away all month.",
    # a time, not a child's age, beside a harsh word
    "We had lunch at eleven with the children, and afterwards nobody called anyone names.",
    # a master striking a bell, a boss hitting a target
    "The master struck a match and lit the lamp in the hall.",
    "Her boss hit the sales target three weeks early and bought everyone cake.",
    # a word quoted, not said to anyone
    'He called the old printer "useless" and threw it in the skip.',
    # giving in over sprouts, a film, one more drink
    "She kept saying no to the sprouts until she gave in and ate one.",
    "I kept telling him I was tired, and in the end I gave in and watched his film.",
    "I kept telling him I wanted to go home, and he kept saying one more drink, so I stopped.",
    # an audience for something kind; a coach's one shout
    "She called me up in front of everyone to give me the prize.",
    "She made me laugh in front of everyone at the wedding, and I loved her for it.",
    "The coach shouted at us again to keep our shape, and we won two-nil.",
    # a ball hit once, sisters who wind each other up, sleep feigned for other reasons
    "He only hit the ball once all afternoon, and that went into the river.",
    "My sister knows exactly which buttons to press, and I wind her up right back.",
    "She pretended to be asleep so that he would stop asking about the holiday.",
    "The twins pretended to be asleep so Father Christmas would finish and go.",
    # a ball against a wall, a plate dropped by accident
    "He threw the ball against the wall beside him, over and over, until tea.",
    "She dropped the plate on the floor by her feet and we both laughed.",
    # what was done for a child, or to a place
    "She told me what her grandfather had done for her when she was small: the kite, the zoo.",
    "He could see what the sea had done to the pier when he was young.",
    # refusals about things, refusals heard
    "She said no to the cake, but he kept going on about it anyway.",
    "I said no and he went on anyway with his plan to paint the kitchen.",
    "I told him to stop hitting the ball into the pond and he didn't.",
    "She said no, and he listened, and they watched the film instead.",
    "I said I wanted to go home and he drove me there straight away.",
    "He pinned the map to the wall, though she had said no to the trip.",
    # survivors of other things
    "The only other survivor of the crash reported him for driving without lights.",
]

# A question that judges what it tells still tells it.
POSITIVES += [
    ("abuse", "Is it weird that my girlfriend goes through my phone while I sleep?"),
]

# Abuse of a process, a semicolon, a typewriter; a printer "gaslighting" (lexicon/exceptions.py).
NEGATIVES += [
    "The judge called the claim an abuse of process and struck it out.",
    "Our old typewriter has suffered terrible abuse this winter.",
    "She abused the semicolon in every paragraph of her thesis.",
    "The printer has been gaslighting me all morning.",
]
POSITIVES += [
    ("abuse", "In the car he abused her, and at home he hit her."),
    ("abuse", "He abused her piano teacher for years."),
]
NEGATIVES += [
    "The old piano has suffered the most dreadful abuse from three generations of children.",
]
# A child's supper eaten is a meal, not a punishment (lexicon/exceptions.py).
NEGATIVES += [
    "The children had their supper and went up to bed.",
]
POSITIVES += [
    ("child-abuse", "Her stepmother took away the girl's supper and locked her in the cellar."),
]
# Third pass. Abuse: someone else holding a person's papers or pay ("he had her bank card",
# "she keeps my passport in her dresser"), asking for them back; the mileage on her car
# checked, her location tracked. Child abuse: children shut out of the house as punishment.
POSITIVES += [
    ("abuse", "He kept her passport in his desk drawer and the key on his keyring."),
    ("abuse", "She has my bank card because she says I waste money."),
    ("abuse", "They took his wages every Friday and gave him a tenner back."),
    ("abuse", "When Marta asked for her passport back, the farmer laughed at her."),
    ("abuse", "He won't give me my bank card back until I apologise."),
    ("abuse", "He checked the mileage on her car whenever she got home."),
    ("abuse", "Every evening he checks my location on his phone."),
    ("child-abuse", "Their stepfather shut the children out in the rain until bedtime."),
    (
        "child-abuse",
        "She locks the boys out on the doorstep when they cry, and they are six and four.",
    ),
]
NEGATIVES += [
    "She keeps her passport in the zip pocket of her bag.",
    "I keep my bank card in my phone case.",
    "He checked the mileage on the van before he bought it.",
    "I checked my location on the map and turned left.",
    "He asked for his coat back from the cloakroom.",
    "She shut the cat out of the bedroom overnight.",
    "He locked himself out of the house again.",
]
# Child abuse: a beating told by what it left, at school.
POSITIVES += [
    ("child-abuse", "Ned couldn't sit down in class for two days after that weekend."),
]
NEGATIVES += [
    "After the pony trek I couldn't sit down for a week.",
    "The hall was so full we couldn't sit down at the concert for an hour.",
]

# Child abuse: a parent's blow with the child as what it struck.
POSITIVES += [
    ("child-abuse", "His stepmother slapped him across the face for spilling the milk."),
    ("child-abuse", "Her dad burned Tessa's fingers on the kettle to teach her a lesson."),
    ("child-abuse", "When the report came home my father belted me until I couldn't sit."),
    # a strap used on a child; a child locked in
    ("child-abuse", "The girls who talked in the dormitory got the strap across their palms."),
    ("child-abuse", "When the boy cried at night they locked him in the coal shed."),
]
NEGATIVES += [
    # what a parent burned or hit is a thing
    "Her father burned her old letters in the garden incinerator after the divorce.",
    "My dad kicked the ball over the hedge and we never found it.",
    # a strap that nobody was struck with; locks that keep a child safe
    "The boy bit down on the leather strap while the nurse set his wrist.",
    "She checked that the child locks were on before she pulled away from the kerb.",
]

# Child abuse: who harms whom. Violence near a child is not child abuse when the child
# watches, is hurt by an animal or an accident, or is a teenager in a fight.
NEGATIVES += [
    "The dog knocked the little boy over in the park and bit his arm before anyone could stop it.",
    "A boy at the back of the crowd watched the two men punch each other outside the chip shop.",
    "The boy was seventeen, the medic said, and the stab wound was under his ribs.",
    "They sobbed like children when the soldiers dragged them back onto the ship.",
]

# Child abuse: the child's age said outright ("from the age of nine", "five years old",
# "I'm 11"), or a stepchild, with the harm in the same sentence.
POSITIVES += [
    (
        "child-abuse",
        "From the age of nine, Oskar was caned by his uncle every Sunday after chapel.",
    ),
    (
        "child-abuse",
        "At the age of ten she was whipped by her grandmother for every word of Welsh.",
    ),
    ("child-abuse", "my dad slaps me when i forget the bins, i'm 11, is that normal"),
    ("child-abuse", "She was only six years old when her mother first burned her with the iron."),
    ("child-abuse", "Gerald starved his stepson through the whole of that winter."),
    # a parent locking the children out of the house
    ("child-abuse", "Their father locked them out overnight whenever they answered back."),
]
NEGATIVES += [
    # the parent is the one hurt; a kitchen, not the house, locked for an hour
    "Dad was killed in a crash on the ring road when I was eight.",
    "Mum locked us out of the kitchen until the cake was iced.",
]

# Abuse: meals withheld as a punishment (not fasting before an operation); a partner's blow.
POSITIVES += [
    ("abuse", "When he was angry with her, her meals were withheld for days at a time."),
    ("abuse", "Marcus threw a full mug at his girlfriend and it split her eyebrow open."),
    # (a baby asleep in the same sentence is not who was hurt)
    ("abuse", "He punched his wife in the kitchen while the baby slept upstairs."),
]
NEGATIVES += [
    "The nurse said meals were withheld before the operation as a matter of course.",
    "Her husband shot the fox that had been taking the hens.",
    # a partner hurt by someone else is violence, not abuse
    "A gunman in a balaclava shot her husband outside the post office.",
    "Her boyfriend was glassed in a pub brawl on Saturday night.",
    "He broke her husband's nose in the car park after the match.",
    # a thing slapped down in front of someone
    "Gran slapped the racing paper down in front of her brother and laughed.",
]

# Sexual violence: touched "without consent" (a denial before it still denies it); a
# condom removed, named; it began while she slept; drink spiking, named.
POSITIVES += [
    (
        "sexual-violence",
        "The tribunal found he had touched a trainee's thighs without consent at the leaving do.",
    ),
    (
        "sexual-violence",
        "She only found out afterwards that he'd been stealthing, and felt sick for a week.",
    ),
    ("sexual-violence", "Priya had been asleep when he started."),
    ("sexual-violence", "The paramedic wrote possible drink spiking on her notes."),
]
NEGATIVES += [
    "The photos were shared online without consent.",
    "He never once touched her without her consent.",
    "I was asleep when he started the washing machine.",
    "The baby was asleep when they started.",
]

# Sexual violence: touching that would not stop; abuse: the car keys or the phone taken
# again, so she cannot leave.
POSITIVES += [
    ("sexual-violence", "She texted her sister from the bathroom: he won't stop touching me."),
    ("abuse", "He's taken my car keys again so I can't get to work."),
]
NEGATIVES += [
    "The toddler won't stop touching the oven door.",
    "He didn't stop touching her hair all evening, and she didn't mind.",
    "The porter had taken his passport to the front desk for copying.",
]
# child abuse: children who beat someone at a game
NEGATIVES += [
    "The girls beat the boys at netball again this term, and the boys sulked all week.",
]
# talked round, not abused: "bullied us both into this"
NEGATIVES += [
    "My sister bullied me into joining the choir, and now I love it.",
]
POSITIVES += [
    ("abuse", "He bullied her into silence for eleven years."),
]

# Shut in a small dark place: by a parent or as a child, and "me" in a cupboard; not a grown
# man locked in a cellar by bandits.
POSITIVES += [
    (
        "child-abuse",
        "When Jane was small, her father used to lock her in the coal hole when she cried.",
    ),
    ("child-abuse", "She locked me in the airing cupboard whenever visitors came."),
    ("child-abuse", "Mum's boyfriend shut us in the wardrobe when he had people round."),
]
NEGATIVES += [
    "Dad put the puppy in the kennel for the night and came back to bed.",
    "We shut ourselves in the wardrobe for hide and seek and nobody found us for an hour.",
]

# Money kept on a leash (2026-11-28); not a treasurer's books.
POSITIVES += [
    ("abuse", "She had to account for every penny, and he checked the receipts every night."),
    ("abuse", "Every purchase had to be explained to him, down to a packet of chewing gum."),
]
NEGATIVES += [
    "The treasurer had to account for every penny of the club's funds.",
    "Every Sunday night Greg went through the spreadsheet and moaned about the electric bill.",
]

# The belt and what it was for; neglect seen at school; control by the clock and by silence
# (2026-11-28); and their look-alikes.
POSITIVES += [
    (
        "child-abuse",
        "Dad's belt hung on the back of the kitchen door, and we all knew what it was for.",
    ),
    (
        "child-abuse",
        "The boy in the back row came to school in the same shirt every day, and he ate his "
        "lunch like someone would take it off him.",
    ),
    (
        "abuse",
        "If she was five minutes late home he'd be waiting in the hall with his watch in his "
        "hand, and the silence afterwards could last for days.",
    ),
]
NEGATIVES += [
    "Dad's belt was brown leather with a brass buckle, and he wore it every Sunday.",
    "If she was ten minutes late he'd always ring to check she was safe.",
    "The toddler hit his sister with a foam sword and both of them screamed with laughter.",
]

# Worth told down to nothing, and threats in so many words (2026-11-28); a cushion, a river
# and a record are not.
POSITIVES += [
    ("abuse", "He says you're lucky he puts up with you. He says nobody else would have you."),
    ("abuse", "He threatened to smother her with a pillow if she ever told anyone."),
    ("abuse", "He threatened to strangle her if she ever told anyone."),
]
NEGATIVES += [
    "Lizzy laughed until she cried, and Jane threatened to smother her with a cushion.",
    "The river threatened to drown the lower fields.",
    "He threatened to beat her at chess again.",
    "Nobody else would have you in this weather, so come in.",
]

# From a new writer's scenes (2026-11-28): made to say thank you for it, the photos held over
# her, the cane's marks on a child.
POSITIVES += [
    ("abuse", "He docked her wages and made her thank him for it in front of everyone."),
    ("abuse", "he said if i leave he'll send everyone the photos"),
    (
        "child-abuse",
        "The boy kept his arms covered where his uncle's cane had landed, all that winter.",
    ),
]

# Case files and literary scenes by new writers (2026-11-28, second round).
POSITIVES += [
    (
        "child-abuse",
        "He said Dad uses the charger cable when he's naughty, and begged us not to tell.",
    ),
    (
        "child-abuse",
        "The infant had rib fractures at different stages of healing, none of them explained.",
    ),
    ("child-abuse", "A boy was shut in a coal cellar for days because he cried too loud."),
    ("child-abuse", "He held the boy's hand over the stove to teach him."),
    ("abuse", "She only noticed the split lip healing under her concealer, and the roses."),
]

# A third round (2026-11-28): her means kept by him, passports in the safe, a call button out of
# reach; "does it when I'm loud", no dinner again.
POSITIVES += [
    ("abuse", "My bank card lives in his wallet now so I don't overspend, he says."),
    ("abuse", "Madame kept the girls' passports in her safe and docked their wages to nothing."),
    ("abuse", "The aide left the call button just out of his reach again, and laughed."),
    ("child-abuse", "Said 'Mum's boyfriend does it when I'm loud,' and pulled her sleeve down."),
    ("child-abuse", "Dad says there's no point feeding something useless, so no dinner again."),
]
NEGATIVES += [
    "The nurse moved the call button within his reach and tucked in the blanket.",
]

# ---- child abuse (scenes of 2026-11-28, second round): the law's and the reports' words
# ("arrested for child cruelty", "taken into police protection"); a blow to the narrator
# with the narrator's child age in the paragraph and nobody else to strike; not other
# children, nor a stranger; nothing burned but a letter; "child cruelty" as a figure
POSITIVES += [
    ("child-abuse", "The father was charged with child cruelty and bailed to an address in Leeds."),
    ("child-abuse", "Both children were taken into police protection that night."),
    (
        "child-abuse",
        "She hit me with the shoe, over and over. I was eight, and I'd lost my PE kit.",
    ),
]
NEGATIVES += [
    "I was seven when the older boys cornered me behind the bike sheds and punched me.",
    "I was eight. The man in the park hit me with his stick when I chased the ducks.",
    "The vicar burned the letter so that the poor boy could be buried in the churchyard.",
    "Honestly, the new timetable is child cruelty: double maths straight after double physics.",
    "Police arrested a man for assault and affray outside the bar; the woman he hit was unhurt.",
]

# ---- abuse (scenes of 2026-11-28, second round): control told by its objects: papers held
# by a husband or locked away, "not going anywhere"; money in his name only, an allowance
# handed out, "can't be trusted with money", a pension card in a daughter's purse, a power
# of attorney and the savings gone; a phone watched (a tracking app, her location, her
# messages gone through every night, a friend blocked on his say, no party unless he
# comes); a carer's neglect (the call bell out of reach, a pad not changed, the chair put
# where he could not reach it); a grown son who shook his mother
POSITIVES += [
    ("abuse", "Her visa and birth certificate were kept in a locked drawer in his office."),
    ("abuse", "He told her she didn't need her passport, because she wasn't going anywhere."),
    ("abuse", "The joint savings were in an account with only his name on it."),
    ("abuse", "Every Friday he handed her a weekly allowance and asked for the receipts."),
    ("abuse", "He said, again, that she couldn't be trusted with money."),
    ("abuse", "Since my nephew moved in, my pension card lives in his wallet."),
    ("abuse", "She had signed a power of attorney, and by spring the withdrawals had emptied it."),
    ("abuse", "She found a tracking app buried in a folder on her phone."),
    ("abuse", "He goes through my messages every night before he lets me sleep."),
    ("abuse", "Last week he made me block my sister."),
    ("abuse", "He won't let me see my friends unless he comes too."),
    ("abuse", "The agency carer had left the call bell out of reach again."),
    ("abuse", "His wheelchair had been moved to the landing where he couldn't reach it."),
    ("abuse", "Her son, who had moved back home, grabbed hold of her wrists and shook her."),
]
NEGATIVES += [
    "The passports are in the safe at the hotel, and the receptionist has the key.",
    "Her grandson took hold of her arm on the ice so she wouldn't slip.",
    "The kids get a weekly allowance for doing the dishes.",
    "I can see your location, you're nearly here!",
]
NEGATIVES += [
    "The presenter's voice boomed across the studio, and twelve contestants flinched in unison.",
]

# Child abuse as the clinic writes it: fractures of differing ages in an infant, a
# safeguarding referral or a protection plan for a child; not a phone's protection plan,
# nor an adult's referral (2026-11-29).
POSITIVES += [
    (
        "child-abuse",
        "Skeletal survey: rib fractures of differing ages in a seven-month-old infant.",
    ),
    ("child-abuse", "The baby was discharged to her grandmother under a child protection plan."),
    ("child-abuse", "Urgent safeguarding referral made for the toddler before she left the ward."),
]
NEGATIVES += [
    "The phone shop sold him a screen protection plan for nine pounds a month.",
    "The old timbers showed fractures of differing ages where the damp had got in.",
]
