"""Phrasings of self-harm and suicide, and their innocent look-alikes: one family of
phrasing per comment, each with sentences written for Fanfold (none taken from an
evaluation passage). POSITIVES: (note, sentence) that must give that note; NEGATIVES:
sentences that must give none of LABELS. Read by test_phrasings.py."""

LABELS = ("self-harm", "suicide")

POSITIVES = [
    # the clinical and peer words
    ("self-harm", "The referral letter said he had been self-injuring since the spring."),
    ("self-harm", "Her key worker logged the urge to self-injure as lower this week."),
    # cutting as a habit, a noun
    ("self-harm", "The intake form listed a long history of cutting and two hospital stays."),
    ("self-harm", "Four months clean of the cutting, and one bad evening undid it."),
    # marks under a sleeve, new beside old
    ("self-harm", "By Monday there were fresh lines under his sleeve again."),
    ("self-harm", "She counted three new marks beside the old ones and pulled her cuff down."),
    # cuts where a stranger does not put them
    ("self-harm", "The school nurse cleaned the cuts on Priya's inner thigh without a word."),
    # a cigarette on one's own skin
    ("self-harm", "He stubbed his cigarette out on his wrist and did not even wince."),
    # a hand in the flame
    ("self-harm", "She held her palm against the iron until the smell reached her."),
    ("self-harm", "The old soldier held his arm in the fire far longer than anyone could watch."),
    # pinching and nails until it hurts
    ("self-harm", "All through the sermon she pinched herself black and blue under her shawl."),
    (
        "self-harm",
        "He pressed his thumbnail into the skin of his wrist until the pain cleared his head.",
    ),
    # blows to oneself counted out
    ("self-harm", "Tom hit himself in the face with his open palm, once, twice, three times."),
    # fists against a wall, over and over
    ("self-harm", "He kept punching the garden wall until his knuckles split."),
    ("self-harm", "The report noted bruised hands from repeatedly striking a brick wall."),
    # the head against the wall, not a fall
    ("self-harm", "She banged her head against the bathroom door until her mother heard."),
    (
        "self-harm",
        "He had been hitting his head on the dashboard for ten minutes when I found him.",
    ),
    # sleeves kept down, scars under them, long sleeves in the heat
    (
        "self-harm",
        "Long sleeves again in the heatwave, and a new scar under the left cuff, when she thought nobody saw.",
    ),
    (
        "self-harm",
        "She yanked her sleeve back down and said it was nothing; there were scars under that sleeve.",
    ),
    # the attention accusation, the broken promise
    (
        "self-harm",
        "'I'm not doing it for attention,' he said, tugging his sleeves down over the marks.",
    ),
    # dressings on someone's wrists
    (
        "self-harm",
        "The nurse changed the dressings on Kay's wrists without asking a single question.",
    ),
    # cutting spoken of plainly
    ("self-harm", "That whole winter I cut most nights and lied about it at breakfast."),
    # scoring one's own skin
    ("self-harm", "In her grief she tore her veil and scored her cheeks with her nails."),
    # the substitutes recovery teaches
    ("self-harm", "Her counsellor suggested snapping an elastic band against her wrist instead."),
    # reflexive harm that is not an accident
    ("self-harm", "She cut herself on the thigh where nobody at school would look."),
    ("self-harm", "He burned himself with a lighter until the skin blistered."),
    ("self-harm", "Justine's sister bit her own lip bloody every night in the dark."),
    # skin laddered or crossed with lines
    ("self-harm", "Under the bracelet her wrist was crisscrossed with thin white scars."),
    ("self-harm", "His thigh was a ladder of healed lines, some older than his car."),
    # a razor or blade taken to one's own skin
    ("self-harm", "The night of the results she took a razor to her forearm."),
    ("self-harm", "He held the blade against his wrist and counted his breaths."),
    # heated metal or a cigarette on one's own skin
    ("self-harm", "I held the hot key against my wrist until the smell made me stop."),
    ("self-harm", "She burned her palm with a cigarette behind the bike sheds."),
    # the streak of not doing it
    ("self-harm", "He hasn't cut himself in nine months, and he keeps the count on the fridge."),
    (
        "self-harm",
        "She got through Christmas without hurting herself, the first time in four years.",
    ),
    # bandaged wrists, scratched raw
    ("self-harm", "The night nurse checked the bandages on Ellie's wrists at every round."),
    ("self-harm", "She scratched her forearms raw until they bled and then hid under the duvet."),
    # the note found afterwards, the letters people leave
    (
        "suicide",
        "His sister found the note under the kettle; the ambulance was already on its way.",
    ),
    (
        "suicide",
        "In her head she drafted the kind of letters people find afterwards, tidy and apologetic.",
    ),
    # hoping not to wake; asleep and not coming back
    ("suicide", "Most nights I lie there thinking about not waking up, and it feels like relief."),
    ("suicide", "Honestly I don't want to wake up tomorrow; I just want to sleep forever."),
    (
        "suicide",
        "In the poem the boy wants to go to sleep and never wake, and the teacher rang his mother.",
    ),
    (
        "suicide",
        "She took the sleeping draught wishing it might be enough that she need never get up again.",
    ),
    # the wish to be in one's grave; longing for death
    ("suicide", "The widow told the curate she wished she were in her grave beside him."),
    (
        "suicide",
        "All that winter he prayed nightly for death, and was angry each dawn to be refused.",
    ),
    ("suicide", "i am so tired of being alive, like bone tired"),
    # into the water, not to come back
    ("suicide", "At two in the morning he texted that he was going to walk into the river."),
    ("suicide", "She walked into the loch one grey morning and did not come back."),
    ("suicide", "Abandoned on the beach, she begged the waves to take her."),
    # the attempt in a clinical or family register
    ("suicide", "She has been quieter since her second attempt, her mother told the GP."),
    (
        "suicide",
        "Discharged on day nine after an attempt on her own life, with a follow-up booked.",
    ),
    ("suicide", "He was admitted to the ward following an attempt on his life in March."),
    # safety measures after an attempt
    ("suicide", "The new unit was audited for ligature points before the first patients came."),
    ("suicide", "Dad hid every tablet in the house in the boot of his car."),
    # angry that it had not worked
    ("suicide", "When I came round on the ward I felt nothing but fury that it hadn't worked."),
    # ringing the crisis line, asked about a plan
    ("suicide", "At four in the morning she finally rang the Samaritans."),
    ("suicide", "I keep the crisis number on a sticky note inside my phone case."),
    ("suicide", "The nurse asked me whether I had a plan, and I told her the truth."),
    # old euphemisms and plain methods
    ("suicide", "A lad in the next billet did away with himself the week before the push."),
    (
        "suicide",
        "He sat in the dark with his father's revolver to his temple until the dog barked.",
    ),
    ("suicide", "In the Roman way, the senator opened his veins in a warm bath."),
    ("suicide", "She swallowed a whole packet of paracetamol and then rang her sister."),
    ("suicide", "He told the chaplain he had thought of jumping in front of the train."),
    ("suicide", "The coroner found he had stepped in front of a lorry on the bypass."),
    # ideation in plain words
    ("suicide", "Everyone would be better off if I wasn't here, she wrote in her journal."),
    ("suicide", "She signed off her last post with goodnight forever and a moon emoji."),
    ("suicide", "He wondered whether anybody would even notice if he jumped."),
    # a bullet in one's own head, death by one's own hand
    (
        "suicide",
        "The old colonel put a bullet through his own temple the night the regiment was disbanded.",
    ),
    (
        "suicide",
        "Her grandfather died by his own hand in 1952, and no one in the family said so aloud.",
    ),
    ("suicide", "The inquest recorded a self-inflicted gunshot wound."),
    ("suicide", "He slid the barrel under his own chin and sat there until dawn."),
    # found hanged, cut down
    ("suicide", "The groom was found hanged in the tack room on the morning of the race."),
    ("suicide", "They cut her down from the banister before the ambulance came."),
    # wrists cut in the bath
    ("suicide", "Her flatmate found her in the bath, where she had cut her wrists."),
    # clinical words for the thoughts
    ("suicide", "The assessment noted passive ideation, no plan, and a supportive partner."),
    # the railing of a bridge
    (
        "suicide",
        "At two in the morning he climbed over the railing of the viaduct and looked down.",
    ),
    # no point in going on
    ("suicide", "Since the funeral she saw no point in going on, and said so to the GP."),
    # a car driven off on purpose
    ("suicide", "The coroner could not rule out that he drove off the quarry edge deliberately."),
    # warning signs: a goodbye message, a welfare check, possessions given away
    (
        "suicide",
        "Welfare check requested at 2 a.m.: the caller's brother had sent a text saying goodbye.",
    ),
    (
        "suicide",
        "My safety plan lists the warning signs, and giving all my stuff away is the first one.",
    ),
    # methods in a report's words
    (
        "suicide",
        "Officers found him in the lock-up, engine running, a hosepipe taped to the exhaust and fed through the window.",
    ),
    ("suicide", "He tied a rope round the rafter and tested the knot with both hands."),
    # the lethal dose asked after, counted, taken at once
    (
        "suicide",
        "She asked the chemist how many aspirin it would take, and he looked at her properly.",
    ),
    ("suicide", "He swallowed the tablets one after another and lay down in his coat."),
    ("suicide", "sorry. took all my meds at once. love you"),
    # waking to find oneself still alive
    ("suicide", "In the recovery ward she wept because she was still alive."),
    # self-harm: at one's arms with a blade; since the last time
    ("self-harm", "Kitty had been at her thighs again with the compass from her geometry set."),
    ("self-harm", "Sixty-one days since I last cut."),
    ("self-harm", "She cut herself, something she hadn't done since the summer."),
    ("self-harm", "He cut himself during the night and wore a hoodie to breakfast."),
    # stockpiled medicine, a bottle of aspirin, ending things, a deliberate overdose
    ("suicide", "She had been stockpiling her antidepressants since the spring."),
    ("suicide", "He swallowed a bottle of aspirin in the hotel room and lay down on the bed."),
    ("suicide", "After she tried to end things in March, her brother moved back home."),
    ("suicide", "The toxicology report suggested the overdose had been deliberate."),
    # gas and the oven
    ("suicide", "The neighbours smelled gas; the poet had gassed herself in the kitchen."),
    (
        "suicide",
        "That winter she put her head in the gas oven, and the children were asleep upstairs.",
    ),
    # self-harm: days since, a mess of cuts, words carved, a fist through a mirror
    ("self-harm", "She hadn't cut in a hundred and twelve days, and then she did."),
    ("self-harm", "Under the bath towel her thighs were a mess of old cuts."),
    ("self-harm", "He carved the word into his forearm with the point of a compass."),
    (
        "self-harm",
        "He punched the bathroom mirror until his knuckles bled, and then he punched it again.",
    ),
    (
        "self-harm",
        "Thin white lines ran up the inside of her forearm, and she never wore short sleeves.",
    ),
    # self-harms; glass dragged; an arm bitten; a hand shut in a door on purpose
    ("self-harm", "He self-harms when exams come round, his sister told the form tutor."),
    ("self-harm", "She dragged a piece of glass across her thigh until her head went quiet."),
    ("self-harm", "I bit my wrist until it bled so I wouldn't scream at him."),
    (
        "self-harm",
        "He trapped his fingers in the desk lid deliberately, over and over, until the teacher saw.",
    ),
    # deciding to die; the letter to be read after; the world lighter without me
    ("suicide", "By the spring he had decided to die, and he became very calm."),
    ("suicide", "By the time you read this I won't be here, so please don't blame Mum."),
    ("suicide", "I keep thinking everyone would be happier if I just disappeared."),
    # a shut garage, rope marks, every pill in the cabinet
    ("suicide", "They found him in the garage with the engine still running."),
    ("suicide", "The rope marks on her neck were fading, and the ward kept her on close watch."),
    ("suicide", "He swallowed every pill in the bathroom cabinet and sat down to wait."),
    # clinical shorthand, texted forms
    ("self-harm", "Referral reason: DSH, three episodes this term, mother aware."),
    ("self-harm", "did u hurt urself again? be honest w me"),
    # the same person's arm, wrist or thigh
    ("self-harm", "He sliced into his forearm with a shard of the broken mirror."),
    ("self-harm", "I burned my wrist with the end of the curling tongs and told no one."),
    # wanting to, thinking about it, being found out
    ("self-harm", "I can't stop thinking about cutting."),
    ("self-harm", "Her dad found out about the cutting and drove straight home from work."),
    # marks in rows, a point dug in
    ("self-harm", "There were small round scars on his shoulder in careful rows."),
    (
        "self-harm",
        "She pressed the pin into her thumb until it bled, over and over, through the whole lesson.",
    ),
    # fists against walls as a habit
    ("self-harm", "Since the divorce he'd taken to punching walls when the evenings got long."),
    # a handful of pills
    ("suicide", "She was rushed to A&E after swallowing a handful of pills she'd been saving."),
    # period phrases and euphemisms
    ("suicide", "Ruined at cards, the young baronet took poison in his rooms at Albany."),
    ("suicide", "The valet found that his master had cut his throat with his own razor."),
    ("suicide", "It was whispered below stairs that the old squire had made an end of himself."),
    ("suicide", "The governess had twice tried to do herself a mischief, Mrs. Reed confided."),
    ("suicide", "His fellow officers left him alone with a pistol to do the decent thing."),
    ("suicide", "The signalman saw a figure lay himself down across the rails in the fog."),
    ("suicide", "She filled her coat with stones sewn into the hem and went down to the water."),
    ("suicide", "Like the girl in the ballad, she let the river take her."),
    ("suicide", "The patient jumped from the fourth-floor window of the annexe."),
    ("suicide", "Everyone in the village knew he went off the viaduct that winter."),
    # words typed to get past filters
    ("suicide", "my cousin died by sewerslide last spring and nobody at school knows"),
    ("suicide", "honestly i wanna kms. not joking this time"),
    ("self-harm", "Her forearm looked like a barcode under the gym lights."),
    # purging in the progressive, and fingers down the throat after a meal
    ("self-harm", "She had been making herself sick after dinner for a year."),
    (
        "self-harm",
        "She locked the bathroom door and put two fingers down her throat, the way she did after "
        "every meal.",
    ),
    # a row of marks pinched or scratched into one's own skin
    (
        "self-harm",
        "She pinched the inside of her wrist under the desk until the marks went purple, and "
        "nobody noticed.",
    ),
    (
        "self-harm",
        "He scratched the word off his arm with his nails until only raw welts were left.",
    ),
    # a head struck against a wall on purpose
    ("self-harm", "He kept hitting his head against the wall until his sister pulled him away."),
    # burns on one's own fingertips, an old trick with a candle
    (
        "self-harm",
        "Mum found the burns on her fingertips and knew she had been at her old trick with the "
        "candle again.",
    ),
    # a broken streak
    (
        "self-harm",
        "Forty days clean, and then the relapse, and she had to reset the counter to zero.",
    ),
    # a dressing under the bracelets
    (
        "self-harm",
        "When she reached for her glass I saw the edge of a dressing under her bracelets.",
    ),
    # the wish to die told as over
    ("suicide", "For the first time in months she didn't want to die."),
    # the friend's plea
    (
        "suicide",
        "Promise me you won't do anything stupid tonight; you said last week you wanted to die, "
        "and I believed you.",
    ),
    # bandaged wrists after an attempt
    (
        "suicide",
        "There were bandages on both her wrists when she came home from the hospital, and the "
        "psychiatrist asked about the overdose too.",
    ),
    # the cat blamed for the scratches
    (
        "self-harm",
        "You learn to say the cat did it when they ask about the scratches on your arms.",
    ),
    # a sharp thing gripped until the hand bleeds
    ("self-harm", "She gripped the broken glass until her palm bled, and felt calmer for it."),
    # a thumbnail dug in until the skin breaks
    (
        "self-harm",
        "Ruth pressed her thumbnail into the soft of her wrist all through the meeting until it "
        "broke the skin.",
    ),
]

NEGATIVES = [
    # "on purpose" alone is not self-harm
    "He spilled the milk on purpose, just to see her face.",
    # a fall, not a blow
    "She bumped her head on the low beam in the cottage kitchen.",
    # figures of speech for suicide
    "Quitting a week before the bonus was career suicide, and she did it anyway.",
    "That diet is a slow suicide, Gran said, passing him the potatoes.",
    "By losing the witness, the inspector had rather shot himself in the foot.",
    # clinical denials
    "Denies any intent to end her life; discharged home with her sister.",
    "Patient denies suicidal ideation and is eating well.",
    # cutting as a trade
    "Forty years of cutting timber had left him with a bad back.",
    # cuts from an accident or a fight
    "The cuts on his forearms from the brambles stung in the bath.",
    "The paramedic dressed the defensive cuts on his forearms.",
    # a cigarette put out on someone else is not self-harm
    "He stubbed his cigarette out on the saucer and reached for his coat.",
    # warming hands, testing an iron
    "She held her hands to the fire to warm them after the walk.",
    "She held her hand near the iron to feel whether it was hot yet.",
    # pinching oneself awake, nails in fruit
    "She pinched herself to make sure she was not dreaming.",
    "He dug his thumbnail into the orange peel until the juice ran.",
    # hitting the wall in a race; a wall at someone's head is violence, not self-harm
    "The runner hit the wall at mile twenty and kept going until the finish.",
    # "it has to hurt" in training
    "The coach said the last sprint had to hurt or it didn't count.",
    # a clap on one's own forehead, once
    "He smacked himself on the forehead when he remembered the keys.",
    # sleeves, scars, bands and cuts in their everyday senses
    "She pulled her sleeves down over her hands against the cold.",
    "He rolled up his sleeves and the old war scars showed on his forearms.",
    "It was a hot day but she wore long sleeves because she burns in the sun.",
    "He cut every day for a week to get the hedge done.",
    "The thorns scored her arms as she climbed the wall.",
    "The whip scored his back and he did not cry out.",
    "She snapped the rubber band off the bundle of letters.",
    "'You're only doing it for attention,' her brother said about the singing.",
    "The nurse put a plaster on Tom's forearm after the jab.",
    "He promised he had stopped doing the crossword in pen.",
    # kitchen, shaving, sport and falls: accidents, not self-harm
    "She cut herself chopping onions and ran her finger under the tap.",
    "He cut himself shaving and went to the interview with a scrap of tissue on his chin.",
    "She burned herself on the kettle making the tea.",
    "He cut himself on the broken glass in the sink.",
    "He hurt himself playing football and limped home.",
    "She burned herself with the kettle, reaching over it for the sugar.",
    "He hasn't hurt himself skiing in years, touch wood.",
    # a tongue bitten
    "He bit his own tongue to keep from laughing at the vicar.",
    # a single bandage after a sprain, brambles, a playful smack
    "He sprained his wrist at rugby and wore a bandage on his wrist for a week.",
    "She scratched her arms raw on the brambles picking blackberries.",
    "She hit herself on the head with the newspaper, twice, for forgetting the milk.",
    # a knife to a roast, a blade to a whetstone, a ladder in stockings, a lashed back
    "She took a knife to the roast and carved thin slices.",
    "He pressed the blade to the whetstone and drew it back slowly.",
    "There was a ladder in her stockings, and she laughed about it.",
    "His back was criss-crossed with scars from the lash.",
    # hyperbole
    "I'm going to kill myself if I fail this exam lol",
    # a cigarette, a candle, a spoon in ordinary use
    "He lit his cigarette from the candle and leaned back.",
    "She pressed the hot spoon into the jam to see if it had set.",
    # notes, letters, walks, sleep and wishes in their everyday senses
    "She found the note on the fridge: gone to the shops, back by six.",
    "We were going to walk into the sea to swim before breakfast.",
    "The children walked into the sea laughing, buckets in hand.",
    "Grandad went to sleep in his chair and never woke till teatime.",
    "I didn't want to wake up early on a Sunday, so I turned the alarm off.",
    "It would be a mercy if the old dog did not wake in the morning, the vet said gently.",
    "The sailors prayed for a wind and cursed the flat sea.",
    "She was sick of living out of a suitcase.",
    "He wished the river would take the rubbish away before the council noticed.",
    # attempts on a bank, a climb, a test, or by an assassin
    "After the attempt on the bank, the gang lay low for a month.",
    "Following an attempt to climb the north face, he was admitted with frostbite.",
    "After his second attempt at the driving test he gave up and bought a bike.",
    "Following an attempt on his life by the Count's servants, Harker was moved to a safe house.",
    # ligatures in a murder, plans for a weekend, a good Samaritan, crisis figures
    "The strangler left ligature marks on the victim's neck.",
    "She asked whether he had a plan for the weekend.",
    "The good Samaritan stopped to help the traveller.",
    "The cabinet met to discuss the crisis numbers from the Treasury.",
    # a rescue, a course of tablets, a trip
    "He jumped in front of the car to save the child.",
    "He took all of the tablets the doctor had prescribed, one a day.",
    "She wondered whether anyone would miss her if she went to Paris for a year.",
    "He was furious that the printer hadn't worked again.",
    # hands, railings, hangings and points in their everyday senses
    "The house was built by his own hand over eleven summers.",
    "The letter was written in her own hand, the ink still fresh.",
    "The children sat on the railings of the bridge eating chips.",
    "The tourists stood at the parapet of the bridge taking photographs.",
    "There's no point going on with the meeting if nobody has read the papers.",
    "She cut the ivy down from the tree by the gate.",
    "He drove the tractor into the barn on purpose, to keep it dry.",
    # figures of speech and medicine from the brief
    "I could kill myself laughing at that video.",
    "I'm dying of embarrassment, honestly, don't look at me.",
    "She took her tablets as prescribed, two at night, and slept well.",
    "He took all of his antibiotics, as the doctor said, and was better by Friday.",
    # goodbyes, welfare checks and giveaways in ordinary life
    "She sent a message saying goodbye before she left for Australia.",
    "Police did a welfare check on the old man next door after the snow.",
    "Before the move she gave away all her belongings to the charity shop and felt lighter.",
    # hoses, ropes, meds and the last cut in ordinary use
    "He washed the car with the hose, engine running, radio on.",
    "The sailor tied the rope to the beam and went below.",
    "She took all her meds with breakfast and went to work.",
    "He asked the pharmacist how many paracetamol he could take in a day for the toothache.",
    "Since she last cut his hair he had grown a beard.",
    "Since he last cut, the film had run long.",
    "She cried because she was still here at the office at nine.",
    # arms cut and burned by accident, a blade in battle, grass, cake, cuttings
    "She burned her wrist taking the tray out of the oven.",
    "He burned his arm on the oven door reaching for the pie.",
    "Did you hurt yourself again, falling off that bike?",
    "She was thinking about cutting the grass before the rain.",
    "He wanted to cut the cake before the speeches.",
    "The cutting took root in a week on the windowsill.",
    "The cabbages were planted in neat rows along the wall.",
    # dying of happiness, a window-box ledge, a dog's tablets, a wall of pads
    "I want to die of happiness, this cake is so good.",
    "She stood on the ledge of the window box watering the geraniums.",
    "She took every one of the tablets the vet had prescribed for the dog.",
    "The boxer struck the wall of pads again and again in training.",
    "She wore long sleeves to the wedding because the church was cold.",
    "He took the razor to his beard and shaved it clean off.",
    # mischief, decency, railway games, a fire escape, ashes at sea
    "You'll do yourself a mischief lifting that wardrobe on your own.",
    "He did the decent thing and paid for the gun he'd broken.",
    "The children lay on the railway line to feel the train coming, and their mother went spare.",
    "He jumped from the second-floor window to escape the flames and landed in the hedge.",
    "She let the sea take the ashes, as he had asked.",
    "The slugs hate poison pellets, so the lettuces survived.",
    # kilometres, shop tills, teenage hyperbole
    "We drove 20 kms to the lake and back.",
    "Scan the barcode at the till and the price comes up.",
    "omg im gonna kms this is so embarrassing lol",
    # the note left by paramedics, a bank's crisis number, a dare, the past
    "We found the note the paramedics had left about the dressing changes.",
    "The crisis number for the bank's fraud team was printed on the card.",
    "He jumped off the bridge into the river with the other boys, whooping.",
    "No point living in the past, his mother always said.",
    # haircuts, desks, backs, breakups and bands
    "He hadn't cut his hair in months and looked like a sheepdog.",
    "He carved his initials into the desk during double maths.",
    "She tried to end things with Mark over coffee, gently.",
    "The band wanted to end things on a high at the reunion gig.",
    # white lines on a court, old lines of a poem, figures in rows
    "The white lines on the tennis court had faded in the sun.",
    "The old lines of the poem came back to him on the train.",
    "The exam marks were printed in neat rows on the noticeboard.",
    # a dog bite, a hill to die on, a trip abroad, a garage at work, a slammed door
    "By the time you read this I'll be gone to Canada, so write to the new address.",
    "Everyone would be happier if I disappeared for a week to the cottage, she joked.",
    "He worked in the garage with the engine running to tune it.",
    "He slammed the door on purpose so the whole house would know he was back.",
    # an oven cleaned, a party jump, a cliff path, handcuffs, costume paint
    "She put her head in the oven to scrub the grease off the back wall.",
    "He jumped from the first-floor window into the pool at the party.",
    "She went off the cliff path to pick blackberries.",
    "The doctor checked the cuts on his wrists after the handcuffs were removed.",
    "She scored her arms with red paint for the zombie costume.",
    # worry, a pinch to wake, a low beam, a vet, a party, a sprain, hair dye
    "He made himself sick with worry over the exam.",
    "She pinched her arm to check she was not dreaming.",
    "He hit his head on the low beam and swore.",
    "The vet put two fingers down the dog's throat and fished out the sock.",
    "Promise me you won't do anything stupid at the party.",
    "She had her wrists strapped for the match, and the physio checked the dressings on her knees.",
    "He no longer wanted to die his hair blue.",
    # a cat and a vase; a grip on a table
    "The vase was broken and she blamed the cat.",
    "She gripped the edge of the table until her knuckles went white.",
]

# Someone else's head slammed into a door is a blow, not self-harm.
NEGATIVES += [
    "He slammed her head against the door and walked out.",
    "She slammed his head against the table until he let go of the knife.",
]

# A preference said with a death wish in it is a figure of speech.
NEGATIVES += [
    "She would rather hang herself than go back to that office.",
    "I would sooner shoot myself than vote for him.",
]

# Innocent senses (lexicon/exceptions.py): throwing oneself into work, killing oneself with
# worry, a chess line or a run called suicidal, a doctor's note, the cutting done oneself.
NEGATIVES += [
    "She threw herself into her revision after the breakup.",
    "Mum has been killing herself with worry about the wedding.",
    "The chess books call that line suicidal for Black.",
    "The winger's suicidal run down the touchline won them a corner.",
    "The doctor wrote a note on the screen and printed the prescription.",
    "Miss Hale did the cutting herself, with the big shears.",
]
POSITIVES += [
    ("suicide", "He threw himself into the river from the old bridge."),
    ("suicide", "She wrote a suicide note and left it on the kitchen table."),
    ("self-harm", "She cut herself again last night, on her thighs."),
]

# Nobody noticing the cuts does not unmake them; never once thinking of it is a denial.
NEGATIVES += [
    "I've never once thought about ending my life, whatever the form says.",
]
POSITIVES += [
    ("self-harm", "None of the nurses mentioned the cuts on her arms, and she was grateful."),
    (
        "self-harm",
        "Nobody noticed the fresh cuts on her forearms, and she wore long sleeves all summer.",
    ),
]

# ---- third pass (phrasings found missing on new writers' text) ----------------------------
# nails pressed into one's own skin, with words between, until it gives
POSITIVES += [
    (
        "self-harm",
        "In maths she pressed her nails into the pale underside of her arm until the skin broke.",
    ),
    ("self-harm", "He dug his thumbnail into the back of his own hand until there was blood."),
]
# the hidden places burned: tops of the thighs, the inside of the wrist
POSITIVES += [
    ("self-harm", "At fifteen she burned the tops of her thighs where her skirt would cover it."),
    ("self-harm", "He burnt the inside of his wrist the night the results came out."),
]
NEGATIVES += [
    "She burned the inside of her wrist on the oven door taking out the bread.",
    "He burned his thighs on the hot car seat in his swimming shorts.",
]
# blows struck at oneself, and "been hurting myself"
POSITIVES += [
    (
        "self-harm",
        "When he gets a sum wrong he hits himself in the head with the heel of his hand.",
    ),
    ("self-harm", "I've been hurting myself again, and I didn't know who else to tell."),
    ("self-harm", "Ah've been hurtin' meself again, Mam."),
    ("self-harm", "Since the divorce she had been taking it out on her own arms."),
    ("self-harm", "He burns his own arm with the iron when the voices say he failed."),
]
NEGATIVES += [
    "He beat himself up about the missed penalty for a week.",
    "She hit herself on the shin climbing out of the rowing boat.",
    "I hit myself with the door on the way out, like an idiot.",
]
# "did you do this to yourself?" over marks on the arm
POSITIVES += [
    (
        "self-harm",
        "The nurse looked at the marks on his arm, and he said he had done them to himself.",
    ),
]
NEGATIVES += [
    "How did you do this to yourself? the physio asked, looking at his swollen arm.",
    "What has she done to herself? Mum asked when Jo came home with pink hair.",
]
# the cheek or one's own forearm bitten until it bleeds
POSITIVES += [
    ("self-harm", "I bite the inside of my cheek until I can taste blood, every single meeting."),
    ("self-harm", "She used to bite her own forearm until the teeth marks came up purple."),
]
NEGATIVES += [
    "She kissed his cheek and bit back a smile until the speeches were over.",
    "The puppy bit her forearm, playing, until she put a toy in its mouth.",
]
# a flame held to one's own skin (not held to another's: that is a cruelty)
POSITIVES += [
    ("self-harm", "When the house was quiet he held the lighter to his forearm and counted."),
    ("self-harm", "She pressed a lit cigarette to her ankle under the table."),
]
NEGATIVES += [
    "She held the match to the candle and the room went gold.",
    "He held the lighter to her cigarette and she leaned in.",
]
# suicide: thinking about "ending things" (not a relationship)
POSITIVES += [
    ("suicide", "For weeks he had been thinking about ending things, and he had picked a day."),
]
NEGATIVES += [
    "She had been thinking about ending things with Marcus since the wedding.",
]
# suicide: the wish not to be here, said plainly
POSITIVES += [
    ("suicide", "She told the GP she kept coming back to the idea of not being here at all."),
    ("suicide", "Lately I keep thinking about just not being around any more."),
]
NEGATIVES += [
    "I keep thinking about not being here for her birthday, and it kills me.",
    "He hated the thought of not being around when the baby came.",
]
# suicide: meaning to leave the world; walking into the sea
POSITIVES += [
    ("suicide", "He had decided to leave this world before the bailiffs came back."),
    ("suicide", "The night her son died she walked into the sea with her coat on."),
]
NEGATIVES += [
    "She decided to leave the world of banking and open a bakery.",
    "We walked into the sea up to our knees and shrieked at the cold.",
    "He walked into the river with his rod to reach the better pool.",
]
# suicide: found with the wrists opened
POSITIVES += [
    ("suicide", "They found him in the bath with his wrists open."),
]
# suicide: talked down from a ledge or a bridge; pills saved up
POSITIVES += [
    ("suicide", "A bus driver talked her down from the railway bridge at two in the morning."),
    (
        "suicide",
        "For a month he had been saving up his tablets in a sock at the back of the drawer.",
    ),
]
NEGATIVES += [
    "The instructor talked us down the black run one turn at a time.",
    "She talked the price down from forty pounds to thirty.",
    "Nan saves her pills in a little box with the days of the week on it.",
]
# self-harm: scars too regular for any accident
POSITIVES += [
    (
        "self-harm",
        "The scars ran in a ladder up her forearm, pale and too regular to be an accident.",
    ),
]
NEGATIVES += [
    "The tyre marks on the lane were far too straight for an accident, the sergeant said.",
]
# self-harm: the person's own nails or fists named as what did it
POSITIVES += [
    (
        "self-harm",
        "The welts along her shins had been raised by her own fists, the night the results came.",
    ),
    (
        "self-harm",
        "By dawn the backs of his hands were scored and bleeding from his own fingernails.",
    ),
    ("self-harm", "In the lift, Marta slapped her own cheeks until they stung, twice, then again."),
    (
        "self-harm",
        "She would sit in the bath and claw at the skin of her own thighs when the flat was quiet.",
    ),
]
NEGATIVES += [
    "He built the wall with his own hands, stone by stone, over three summers.",
    "She opened the parcel with her own fingernails because nobody could find the scissors.",
]
# self-harm: the marks one gave oneself
POSITIVES += [
    ("self-harm", "The burns on his ankle were ones he had given himself the winter he left home."),
]
NEGATIVES += [
    "She gave herself a pep talk in the mirror and then went in for the interview.",
    "The cuts to the budget were ones the minister had given himself no say in.",
]
# self-harm: a blow to oneself told with its force or place
POSITIVES += [
    ("self-harm", "When the email came through he punched himself in the thigh, hard, twice."),
    ("self-harm", "I went into the loo and hit myself, hard, where the bruise wouldn't show."),
]
NEGATIVES += [
    "He slapped himself in the face to stay awake for the last hour of the drive.",
    "She hit herself on the forehead with the heel of her hand: the keys were in the door.",
]
# self-harm: scratching or pinching one's own skin raw, until it bleeds or bruises
POSITIVES += [
    (
        "self-harm",
        "Under the desk he pinched the skin of his wrist, over and over, while the meeting droned.",
    ),
    (
        "self-harm",
        "She was scratching at the backs of her hands again until they bled, and hiding them in her sleeves.",
    ),
]
NEGATIVES += [
    "He kept scratching his arms until they bled from the midge bites he got on the hill.",
    "She pinched her arm to be sure she was not dreaming.",
]
# self-harm: a nail driven into one's own skin until it bled
POSITIVES += [
    ("self-harm", "Every time he stammered he pressed his thumbnail into his palm until it bled."),
]
NEGATIVES += [
    "He pressed his thumbnail into the wax seal until it split and the letter fell open.",
]
# self-harm: marks on the inside of a wrist, an arm, a thigh
POSITIVES += [
    ("self-harm", "The nurse saw the thin cuts along the inside of her forearm and said nothing."),
]
NEGATIVES += [
    "There was a tattoo of a swallow on the inside of her wrist.",
    "The chef had burns on the inside of his forearm from the oven door.",
]
# suicide: not wanting to live, no wish to remain, not wanting to be here no more
POSITIVES += [
    ("suicide", "For most of that winter I had thoughts of not wanting to be alive at all."),
    (
        "suicide",
        "The old sailor told the chaplain he had no wish to live now that his boy was gone.",
    ),
    ("suicide", "honestly i dont want to be here no more, i'm so tired of all of it"),
    (
        "suicide",
        "He said he did not want to be here most days, and that scared her more than tears.",
    ),
]
NEGATIVES += [
    "She had no wish to live in London, whatever her sister said about the theatres.",
    "He talked about not wanting to live with his parents after university.",
    "I have no desire to live like that, counting every penny and every calorie.",
]
# ---- seventh pass: a streak kept, marks given to oneself, skin scratched to feel something
POSITIVES += [
    ("self-harm", "It had been two years without cutting myself, and then the shop closed."),
    ("self-harm", "The burns on her forearm were not from the oven; she gave them to herself."),
    ("self-harm", "He sat in the car scratching his wrists so he could feel anything at all."),
]
NEGATIVES += [
    "She went a whole season without hurting herself on the climbing wall.",
    "She gave it to herself as a birthday present: a red bicycle with a basket.",
    "He was scratching his arm where the midge had bitten him.",
]
# suicide, said sideways: weak signs alone, so no note on their own
NEGATIVES += [
    "The chairman ended matters there, and we all went to lunch.",
    "She had no intention of staying around after the speeches.",
    "I left a key under the mat for whoever comes to read the meter.",
    "Police said there was nothing to suggest anyone else was involved in the fire at the mill.",
]

# A streak told by its last time, and "days clean" where the paragraph is about cutting.
POSITIVES += [
    ("self-harm", "I haven't cut since the 3rd. That's eleven days."),
    ("self-harm", "He hasn't hurt himself since March, and his mum has stopped checking his arms."),
    ("self-harm", "It's been a month since I last cut, and I'm telling you because I'm proud."),
    ("self-harm", "Forty days clean today. The blades are still in the shoebox under my bed."),
]
NEGATIVES += [
    "I haven't cut my hair since the wedding.",
    "She hasn't hurt herself since the fall, thank God, but her knee still aches.",
    "They haven't cut back since the new budget came in.",
    "Forty days clean today. I still walk past the pub on the way home.",
]

# Written as authors write them (2026-11-28): stones in the pockets, a farewell note, a
# cigarette to one's own wrist; and their look-alikes.
POSITIVES += [
    (
        "suicide",
        "She filled her pockets with the stones from the garden path and walked down to the "
        "river in her nightgown.",
    ),
    (
        "suicide",
        "The note on the kitchen table said only: I'm sorry, it's not your fault, feed the cat.",
    ),
    (
        "self-harm",
        "He pressed the lit end of the cigarette into the inside of his wrist and held it there.",
    ),
    ("self-harm", "I held the cigarette against the back of my hand until I couldn't feel it."),
]
NEGATIVES += [
    "The boys filled their pockets with stones for skimming and ran down to the lake.",
    "Her note said sorry for eating the last of the cake.",
    "The note on the fridge said: Sorry, back by six, don't eat the lasagne.",
    "We're moving to Leeds, so I've been giving my things away all week.",
    "She pressed the cigarette to her lips and inhaled.",
    "He pressed the cigarette into the ashtray and looked at his watch.",
]

# Over the railing and out on the ledge (2026-11-28); children going to see the ducks are not.
POSITIVES += [
    (
        "suicide",
        "She climbed over the railing and stood on the narrow ledge with the river black below.",
    ),
]
NEGATIVES += [
    "The kids climbed over the railing and stood on the edge of the pond to see the ducks.",
    "The cat sat on the narrow ledge of the window box, washing her paws.",
]

# A razor to one's own arm is self-harm; to someone else's it is not (2026-11-28).
POSITIVES += [
    ("self-harm", "She sliced her arm with a razor in the bathroom."),
]
NEGATIVES += [
    "He slashed her arm with a razor.",
]

# From a new writer's scenes (2026-11-28): a relapse bandaged, a hand held over a flame; clothes
# folded by the water, a step from a cliff, every pill at once.
POSITIVES += [
    ("self-harm", "relapsed last night. did you clean them? yeah. bandaged"),
    ("self-harm", "He held his palm over the candle until the skin blistered, and did it again."),
    ("suicide", "The fishermen found his coat folded neatly on the rocks at low tide."),
    ("suicide", "She stepped from the cliff into the sea without a sound."),
    ("suicide", "He swallowed the rest of the pills and lay down in the snow by the door."),
]
NEGATIVES += [
    "She stepped off the platform onto the train with her suitcase.",
    "He held his hand over the candle to shield it from the draught.",
    "Are you trying to die? Four shots of espresso!",
]

# Case files and literary scenes by new writers (2026-11-28, second round); and a surgeon's
# ligature.
POSITIVES += [
    ("self-harm", "Reports deliberately pressing a heated lighter to the skin when overwhelmed."),
    (
        "self-harm",
        "She sits on the bed and presses it into the skin above her knee, again and again, until "
        "the world goes quiet.",
    ),
    (
        "self-harm",
        "You press the lit cigarette into your thigh and tell yourself it's the last time.",
    ),
    ("suicide", "Deceased located in the garage with a ligature in situ."),
]
NEGATIVES += [
    "The surgeon tied off the vessel with a ligature and closed.",
]

# A third round of scenes by new writers (2026-11-28): arms kept from view, a palm to the hot
# grate; a letter "too tired to go on", a report with no one else involved.
POSITIVES += [
    (
        "self-harm",
        "Did it again after the results. Wore a hoodie to dinner so Mum wouldn't see my arms.",
    ),
    ("self-harm", "She pressed her palm to the hot grate whenever her thoughts grew unbearable."),
    (
        "suicide",
        "'Do not blame yourself,' the letter began. 'I have simply grown too tired to go on.'",
    ),
    ("suicide", "kes: do u ever think everyone would be better off without u"),
]
NEGATIVES += [
    "She wore her cardigan to dinner so Gran wouldn't see the new tattoo on her arms.",
    "The hikers were too tired to go on, so they pitched the tent by the stream.",
]

# ---- self-harm (scenes of 2026-11-28, second round): one's own fist on one's own leg; the
# injuries owned ("he'd done that himself"); a head knocked against the tiles; blades kept
# hidden; a clinic's words for the marks; a new wound among the old scars; a relapse told
# by what covers it again; what it does for them; a burn said to be deliberate; lashes
# pulled out one at a time; a name's possessive on the marks ("on Fran's thigh")
POSITIVES += [
    (
        "self-harm",
        "Through the floor I could hear his own fist against his thigh, steady as a clock.",
    ),
    ("self-harm", "The bruises up her arms, she had done every one of them to herself."),
    ("self-harm", "Some nights he knocked his head against the bedroom wall until it went quiet."),
    ("self-harm", "Her mother found two razor blades folded inside a sock in the drawer."),
    ("self-harm", "There was a blade missing from the pencil sharpener on his desk again."),
    ("self-harm", "Triage note: parallel superficial marks to the left forearm, several recent."),
    ("self-harm", "Obs: superficial lacerations to R thigh, cleaned and closed with strips."),
    ("self-harm", "On the ward they found another fresh cut between the old scars."),
    ("self-harm", "He relapsed in March, and the long sleeves came back out of the drawer."),
    ("self-harm", "'The cutting helps,' she told the counsellor. 'For about an hour.'"),
    ("self-harm", "The burn on the inside of his wrist was small, round and deliberate."),
    ("self-harm", "Every night she pulled out her eyelashes one at a time."),
    ("self-harm", "The coach saw the neat row of scars across Imogen's thigh."),
]
NEGATIVES += [
    "She dug her nails into the skin of Oliver's arm to stop him stepping into the road.",
    "Superficial lacerations to both forearms, consistent with his account of a fall through the greenhouse roof.",
    "The budget cuts help nobody, the councillor said.",
    "He relapsed with the flu in March and spent a week in bed.",
    "The shelves? She did every one of them herself, and the scuffs on the skirting prove it.",
]

# ---- suicide (scenes of 2026-11-28, second round): an "intentional OD" on a ward; a death
# one's own doing with the inquest or the funeral near; a note's wish about who finds them;
# being gone as a favour or a saving to the others; affairs put in order with a farewell;
# the car found with a note
POSITIVES += [
    ("suicide", "Bed six: twenty-year-old, admitted after an intentional OD, now medically fit."),
    ("suicide", "The inquest heard that he had ended it himself in the spring of that year."),
    ("suicide", "Please don't let Gran be the one who finds me."),
    (
        "suicide",
        "If I wasn't here they'd save a fortune on me, and the insurance would pay off the flat.",
    ),
    ("suicide", "Honestly if I was gone I'd be doing everyone a favour."),
    ("suicide", "I have put my affairs in order, and I ask you all to forgive me."),
    ("suicide", "The police found his van at the viewpoint and a note on the seat."),
]
NEGATIVES += [
    "She ended it herself, a week before the wedding, and sent back the ring.",
    "He did it himself, the whole loft conversion, and the inspector was dead impressed.",
    "Don't let Mum find me like this, in a face mask and my dad's dressing gown!",
    "Things would be easier without me doing the school run, honestly.",
    "I've put my affairs in order before the trip. Pray for me on that ferry.",
    "With a runner on third the coach called the suicide squeeze, and Kenji dropped the bunt dead.",
]

# ---- suicide: a leap from a height in the old stories' words; "came here to end it" at a
# viaduct; a vow not to do it "tonight"; not a leap to catch a ball, nor ending it with him
POSITIVES += [
    ("suicide", "The old queen cast herself from the tower when the black sails came in."),
    ("suicide", "On the viaduct he told the constable he had come here to end it."),
    ("suicide", "Every night I tell the ceiling I'm not going to kill myself tonight."),
]
NEGATIVES += [
    "He flung himself off the wall to catch the ball, laughing.",
    "I came here to end it with him, not to start a fight.",
]
