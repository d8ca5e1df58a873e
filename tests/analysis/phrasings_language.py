"""Phrasings of strong language, and their innocent look-alikes: one family of
phrasing per comment, each with sentences written for Fanfold (none taken from an
evaluation passage). POSITIVES: (note, sentence) that must give that note; NEGATIVES:
sentences that must give none of LABELS. Read by test_phrasings.py."""

LABELS = ("strong-language",)

L = "strong-language"

POSITIVES = [
    # forms and compounds, British and American, clipped in dialogue
    (L, "'Shift your fuckin' van,' the builder yelled up at the window."),
    (L, "That was a properly fucked-up weekend, and I want a refund on all of it."),
    (L, "The whole launch was a shitshow from the first slide to the last."),
    (L, "He was shitfaced by nine and asleep in the hedge by ten."),
    (L, "'Move, dickhead,' muttered the lad behind him in the queue."),
    (L, "She called the referee a tosser and was sent off before half-time."),
    (L, "Honestly, the bloke's a complete bellend and everyone in the office knows it."),
    (L, "He did a half-arsed job of the fence and charged us for a full day."),
    (L, "'Abso-fucking-lutely not,' she said, and closed the laptop."),
    # Irish, minced and regional forms that are still the word
    (L, "'Feck off out of it, the pair of you,' said Aunt Bridie, flapping a tea towel."),
    (L, "'Get your bleedin' cart off my pavement!' the flower seller shouted."),
    (L, "That was a bleeding liberty, charging us for the parking."),
    (L, "'Sod this for a game of soldiers,' Dad said, and put the flat-pack down."),
    (L, "'You lazy sods, I said six o'clock,' the foreman barked at the gang."),
    (L, "What an unholy cock-up the council made of the roundabout."),
    (L, "The pipe burst again and the caretaker said 'Balls!' with great feeling."),
    (L, "It fell off the shelf a third time. Damnation, she thought, and fetched the glue."),
    (L, "The whoreson knave has stolen my horse, cried the squire."),
    # censored with asterisks or dashes
    (L, "The striker was booked for telling the linesman to f*** off."),
    (L, "'What a load of sh*t,' read the comment under the council's post."),
    (L, "'D—n the railway and everyone who runs it!' growled the Colonel."),
    (L, "The magistrate heard that the accused had called the sergeant a b—y fool."),
    (L, "'What the f—' he began, and then saw the cake."),
    (L, "Someone had scratched YOU ARE A C*** into the lift door."),
    # as messages are typed
    (L, "wtf did u do to the printer"),
    (L, "who tf leaves one biscuit in the packet"),
    (L, "ffs the bus has gone past without stopping again"),
    (L, "i'm hungover af and i have a meeting at nine"),
    (L, "stfu you did not see a ghost in the stairwell"),
    (L, "missed the last train home fml"),
    # a swear word under a denial is still on the page
    (L, "I don't give a flying fuck what the neighbours think of the hedge."),
    (L, "No bloody chance am I driving to Leeds tonight."),
    (L, "Frankly I couldn't give a rat's arse about the seating plan."),
    (L, "Don't be such a dick about the washing-up."),
    # quoted in narration, as a word or at the end of a line of speech
    (L, "The note on the windscreen just said 'learn to park, you absolute prick'"),
    (L, "Her brother's whole vocabulary that summer was 'shit' and 'bollocks'."),
    # insults that are also innocent words
    (L, "'Get your ass back in the car,' Mom said through her teeth."),
    (L, "'Listen, you silly cow, that's my parking space.'"),
    (L, "She laughed and told him not to be such a knob."),
    (L, "'Christ, that's cold,' he gasped, stepping into the sea."),
    (L, "'Jesus wept, look at the state of this kitchen.'"),
    (L, "'That's total bs and you know it,' she typed."),
    (L, "'Son of a bitch,' he hissed when the hammer found his thumb."),
    (L, "You bloody fool, you've locked the keys in the car."),
]

NEGATIVES = [
    "I prick my finger on the needle for the fifth time tonight and keep sewing.",
    # a reported oath without the word
    "He swore under his breath and went back to the crossword.",
    "My grandmother swore by cod liver oil and a brisk walk.",
    "I swear I left the keys on the hall table last night.",
    "The captain cursed the weather and ordered the sails reefed.",
    # turf, donkeys, dogs, roosters, a file and a needle
    "The bishop turned the first sod for the new chapel.",
    "The donkey sanctuary took in an old ass that had worked the beach for twenty years.",
    "Thou shalt not covet thy neighbour's ox, nor his ass.",
    "The greyhound bitch whelped seven pups under the kitchen table.",
    "The old bitch was in whelp again, so the farmer kept her in the barn.",
    "The cock crowed before it was light and woke the whole yard.",
    "The carpenter reached for a bastard file to take the edge off the door.",
    "The king's bastard son was raised at a distant court.",
    "She felt a sharp prick in her arm as the nurse took the sample.",
    "The nurse apologised for the prick of the needle.",
    "She milked the cow at dawn and carried the pail across the yard.",
    "The cows stood at the gate waiting to come in.",
    "A knob of butter melted slowly over the potatoes.",
    "He turned the brass knob and the door swung open.",
    # the place, the creed, the blood
    "The painting showed the harrowing of hell in gold and red.",
    "The preacher warned of the fires of hell and the torments of the damned.",
    "The damned souls wailed in the painter's vision of the pit.",
    "They had supper in Hell's Kitchen before the theatre.",
    "The chapel was dedicated to Christ the King.",
    "The choir sang of the birth of Christ in Bethlehem.",
    "Jesus said to the fishermen that they should follow him.",
    "The fear of eternal damnation kept the village in church every Sunday.",
    "She ordered a Bloody Mary and a plate of chips.",
    "The wolves tore the deer limb from bloody limb.",
    "The brawlers had beaten each other bloody by the time the police arrived.",
    "There were bloody footprints all the way down the hall.",
    "Her knee was bleeding where she had fallen on the gravel.",
    # balls and games
    "The children threw the balls into the net at the end of the lesson.",
    "The blue tits were at the fat balls on the feeder again.",
    # names and letters
    "Dick Grayson landed on the rooftop without a sound.",
    "Colonel F— called at the house while we were out.",
    "We stopped for the night in the town of D— on the coast road.",
    "Lady C*** was the talk of the assembly rooms that season.",
    "He is training a TF model on the new data set.",
    "She has a BS in chemistry and a master's in education.",
    # mentioned, not said
    'The vicar did not say "bugger" at the harvest supper, whatever the newsletter says.',
    "She didn't say 'damn' once in forty years of teaching.",
    'His mother\'s name-calling ("fat cow", "useless") was recorded in the report.',
]

# Swear words in other senses (lexicon/exceptions.py): the damned and hell of a sermon or a
# painting, Christ in majesty, a gaming hell, a bitch with her litter.
NEGATIVES += [
    "The painting shows the damned being dragged into the mouth of hell.",
    "Christ in majesty looks down from the apse.",
    "The preacher swore the wicked would burn in hell for all eternity.",
    "He lost his inheritance at a gaming hell in St James's.",
    "The old bitch whelped six puppies in the straw.",
]
POSITIVES += [
    (L, "'The damned thing won't start,' she snapped."),
    (L, "That bitch stole my parking space."),
    (L, "Go to hell, he told her."),
]

# A swear word in a question is sworn all the same.
POSITIVES += [
    (L, "Are you fucking kidding me?"),
]

# A curse is sworn however the sentence goes on: "fuck off" and "fuck you" (which are no sex
# act), a swear word under a denial, in dialect, or in what is about to happen (2026-11-29).
POSITIVES += [
    (L, "The striker told the referee to fuck off and walked before the card came out."),
    (L, "'Oh, fuck you,' she said, and laughed, and threw the tea towel at him."),
    (L, "Screw this, fuck that, I'm going home, said the text."),
    (L, "'Ah'm no fuckin' carryin' that up four flights,' said the removal man."),
    (L, "This is going to sting like absolute fuck, so hold my hand."),
    (L, "If that shitty printer jams once more I'm throwing it out of the window."),
]
