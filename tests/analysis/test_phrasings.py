"""The everyday ways stories say each content note, and their innocent look-alikes.

The evaluation set measures the engine; this file pins down phrasings one by one, so a
word list that loses one of them fails here with the sentence in the message. Every
sentence was written for Fanfold. Kept apart from the evaluation sets on purpose: a
phrasing is added here from what writers say, never copied from an evaluation passage.
The word lists grow one note at a time: each pass over a note's word list (a module of
the lexicon package) keeps its phrasings in a module of its own here
(phrasings_violence.py, ...).
"""

from __future__ import annotations

import re

import pytest

from fanfold.analysis import analyze

from . import (
    phrasings_abuse,
    phrasings_language,
    phrasings_selfharm,
    phrasings_sexual,
    phrasings_substance,
    phrasings_violence,
)

PASSES = (
    phrasings_violence,
    phrasings_sexual,
    phrasings_selfharm,
    phrasings_abuse,
    phrasings_substance,
    phrasings_language,
)


def notes_of(text: str) -> set[str]:
    return {s.name for s in analyze(text).notes}


POSITIVES: dict[str, list[str]] = {
    "violence": [
        "The camera caught him dragging the woman back up the path by her wrist.",
        "Sergeant Okoro kicked the door in, and the man came at him with a kitchen knife.",
        "He smothered the old man with a pillow.",
        "They held his head under the water until he stopped fighting.",
        "The airstrike flattened the school.",
        # a modal governs only its own verb
        "She could still feel the place on her cheek where he had hit her.",
        "I could taste blood where he'd punched me.",
        "The victim sustained blunt force trauma to the back of the head.",
        "Defensive wounds on both forearms suggest she fought her attacker.",
        "He got jumped on the way home from work.",
        "Tyler beat the shit out of him behind the gym.",
        "She swung on him first, and then it was on.",
        "The lacerations to his face needed twenty stitches.",
        "He threw a plate at her head and it shattered against the wall behind her.",
        "The mob dragged him from the car and kicked him as he lay there.",
        "Someone had taken a baseball bat to his knees.",
        "He came home with a busted lip and bruises all down his ribs.",
        "He cracked Sam across the jaw, and Sam went down hard on the tiles.",
        "Somebody jumped him outside the pub and left him with a split lip and a black eye.",
        "She decked the guy before he could say another word.",
        "They roughed him up in the alley and took his wallet.",
        "A fight broke out by the bar, bottles flying, fists everywhere.",
        "He got him in a chokehold and squeezed until the struggling stopped.",
        "The shootout lasted four minutes and left the warehouse full of holes.",
        "Somebody pulled the trigger, and the officer went down.",
        "He slammed her against the lockers so hard the metal dented.",
        "Dean grabbed him by the throat and pinned him to the wall.",
        "They beat him senseless and dumped him by the river.",
        "He kneed the guard in the stomach and ran.",
        "Blood ran from his nose where her elbow had caught him.",
        "The bar fight left three men with broken fingers and one with a concussion.",
        "He'd been tortured for days before they found him.",
        "The soldiers opened fire on the crowd.",
        "He knocked the intruder out cold with a cricket bat.",
        "She punched him in the face, twice, and his nose crunched.",
        "He took a bullet to the shoulder and kept running.",
        "The gunshot wound in his side was still leaking through the bandage.",
        "He was stabbed three times outside the station.",
        "I hit him with the lamp and he went down and didn't move.",
        "The ambush came at dusk; arrows from both sides of the road.",
        "He snapped the guard's neck before the man could shout.",
        "His knuckles were raw from the fight, and the other boy's face was worse.",
        "She whacked him over the head with a frying pan.",
        "The explosion threw him across the street and into a parked car.",
        "He twisted her arm behind her back until she screamed.",
        "She was assaulted in the stairwell of her building.",
    ],
    "graphic-violence": [
        "The blade laid his forearm open from the wrist to the elbow, the tendons showing white.",
        "The shell burst beside him, and he looked down at the red ruin where his legs had been.",
        "He bit through the other man's ear, and it hung by a strip of gristle.",
        "The second blow split his skull open, and he went down in a spreading pool of it.",
        "He spat out two teeth and a mouthful of blood and grinned at the guard.",
        "The sword took off his hand at the wrist, and he stared at the stump.",
        "They hacked off his fingers one at a time until he talked.",
        "The claws opened her stomach, and there was blood everywhere.",
        "He kicked the man until there was exposed bone in the ruin of his face.",
        "The club broke his shin, and the bone came through the skin, white and wet in the torchlight.",
        "The shot took half his face away, and what was left was pulp.",
        "Blood sprayed across the wall in an arc as the blade came out.",
        "The bayonet opened him up, and his intestines spilled out between his fingers.",
        "She was lying in a pool of blood, her throat slit from ear to ear.",
        "The axe split his skull, and brain matter spattered the floorboards.",
        "They had flayed him, strips of skin hanging from the rafters.",
        "The dog tore his throat out, and he choked on his own blood.",
        "The body had been dismembered and left in bin bags.",
        "He gouged the man's eye out with his thumb.",
    ],
    "death": [
        "The monitor went flat, and the nurse laid a hand on her shoulder.",
        "Dido climbed the pyre and fell upon his sword.",
        "Tommy Reid bought it yesterday at the wire.",
        "The last time I saw him alive he was laughing at the door.",
        "Rigor mortis had already set in when they found her.",
        "She slipped away in her sleep, with the window open.",
        "The memorial service was held in the village church.",
        # a denial of the knowing, not of the death
        "Nobody knew he was dead until the letter came in March.",
        "In loving memory of Thomas Greaves, 1931-2004.",
        "We laid her to rest beside her father.",
        "The wake was at the house, and everybody brought a casserole.",
        "He was dead on arrival at St Mary's.",
        "I'm so sorry for your loss. He was a good man.",
        "Two soldiers were killed and four more wounded in the blast.",
        "She flatlined at 3:12, and they called it at 3:40.",
        "Time of death, 11:04 p.m.",
        "Dad didn't make it. The doctor said it was quick.",
        "They found her body in the woods three weeks later.",
        "The coroner's report said he'd been dead for two days.",
        "He was killed in action in the second year of the war.",
        "She was pronounced dead at the scene.",
        "His heart stopped on the operating table, and it did not start again.",
        "We scattered his ashes off the end of the pier.",
        "The casket was closed, because there wasn't enough left of him.",
        "He succumbed to his wounds before the ambulance arrived.",
        "They buried Mum on a Tuesday.",
        "The crash was fatal; the driver died instantly.",
        "He took his last breath holding her hand.",
        "The morgue was cold, and the sheet over his face was very white.",
        "My brother was murdered in 2019 and nobody was ever charged.",
        "The plague took half the village that winter.",
        "Her grandmother passed away in the spring, and the house was sold.",
        "He lost his wife to cancer and never remarried.",
        "They turned off the life support on Sunday morning.",
        "He'd been hanged at dawn, in front of the whole town.",
    ],
    "self-harm": [
        "I punched my own thighs under the desk whenever I got an answer wrong.",
        "The patient continues to strike her head against the wall of her room.",
        "She raked her own cheeks with her nails until they bled.",
        "She wore bracelets up to the elbow to cover the scars.",
        "He took apart a pencil sharpener for the blade and locked himself in the bathroom.",
        "She dug her nails into her palms until the skin broke.",
        "He stabbed himself in the thigh with a compass under the desk.",
        "I self harm when things get too loud in my head.",
        "She binged and purged for most of her first year at university.",
        "the urge to cut is so loud tonight and i have nothing to distract myself with",
        "Day 43 clean. I almost broke it last night but I threw the blade away instead.",
        "Her sleeve rode up and he saw the neat rows of cuts before she tugged it back down.",
        "He burns himself with the lighter when the voices get bad.",
        "She pulled her sleeves down over the bandages on her wrists.",
        "He'd been clean for sixty days, and then he cut again.",
        "The old scars on her thighs were silver now.",
        "She started cutting when she was fourteen.",
        "He dug the blade into his forearm and watched the line well up red.",
        "She picked at her skin until it bled, and then kept picking.",
        "She made herself throw up after every meal.",
        "He scratched his arms raw until the nurse took his hands away.",
        "She burned her arm with a lighter, on purpose, to feel anything at all.",
        "The self-harm started after the divorce.",
        "He hit himself in the head over and over until his ears rang.",
        "She kept a razor blade hidden in her pencil case.",
        "He relapsed last night; the cuts are shallow but there are a lot of them.",
        "Her eating disorder got worse every exam season.",
    ],
    "suicide": [
        "Seward wrote that he no longer had any wish to go on living.",
        "Lydia cried that she would throw herself in the river.",
        "Two years ago tomorrow I tried to die.",
        "He told me he goes north to put an end to himself.",
        "Every night he went to bed hoping he would never wake up.",
        "If you're reading this, I'm already gone. Please don't blame yourself.",
        "Nobody would even notice if I was gone.",
        "She'd been stockpiling her sleeping pills for a month.",
        "He threw himself in front of the 7:40 to Waterloo.",
        "I don't want to exist anymore.",
        "He tried to unalive himself last spring.",
        "i dont want to be alive anymore and i dont know who to tell",
        "He had the pills counted out on the desk and a letter addressed to his mother.",
        "I tried to end my life when I was nineteen.",
        "Some nights I think about just driving into the river.",
        "He swallowed a whole bottle of pills and went to sleep.",
        "I just want it all to stop. I don't want to be here any more.",
        "She'd tried to kill herself twice before she turned twenty.",
        "They put him on suicide watch after the second attempt.",
        "I keep thinking everyone would be better off if I was dead.",
        "She was in the hospital after an overdose, and nobody was allowed to visit.",
        "He wrote a note, folded it twice, and left it on the kitchen table.",
        "I've been thinking about ending it.",
        "She stepped off the roof.",
        "They found him hanging in the garage.",
        "I want to die. I want to go to sleep and never wake up.",
        "After his attempt, they took the belts and the shoelaces out of his room.",
        "She called the crisis line at four in the morning because she didn't trust herself.",
    ],
    "abuse": [
        "Is it normal that my boyfriend goes through my phone every night?",
        "He tells me what to wear before I go out.",
        "He put his fist through the wardrobe door an inch from her head.",
        "She knew better than to argue when he'd been drinking.",
        "She had to ask his permission to see her own mother.",
        "He took her bank card and gave her twenty pounds a week.",
        "He decided what she wore and who she spoke to.",
        "It's your fault I lose my temper, he said, as if that settled it.",
        "He screamed at her for hours until she shook.",
        "He said he'd kill her if she ever left him.",
        "No one will ever believe you, he told her; you know what you're like.",
        "She apologised for things she hadn't done, just to make it stop.",
        "He cut her off from her sister and then from everyone else.",
        "He wouldn't let her leave the flat without him.",
        "He promised it would never happen again. It happened again on Friday.",
        "He made her feel crazy for remembering things the way they happened.",
        "He smashed her phone so she couldn't call her sister.",
        "He called her a whore in front of the children.",
        "He punched the wall next to her head, and she didn't move for a long time after.",
        "She wasn't allowed to leave the house without telling him exactly where she was going.",
        "He love-bombed her for a month and then the rules started.",
        "He checked her phone every night and wanted to know who every message was from.",
        "She wasn't allowed to see her friends any more; he said they were a bad influence.",
        "Look what you made me do, he said, and she was the one who apologised.",
        "She covered the bruises with concealer and told everyone she'd walked into a door.",
        "He told her she was nothing without him, every day, until she believed it.",
        "He raised his hand to her, and she flinched before he'd even moved.",
        "You're imagining things, he said, the way he always said it, until she doubted her own memory.",
        "He controlled the money; she had to ask for bus fare.",
        "Her husband hit her when he drank, and he drank most nights.",
        "The restraining order came through on Friday.",
        "He screamed at her until she cried, and then he screamed at her for crying.",
        "He threatened to take the kids if she ever left.",
    ],
    "child-abuse": [
        "Both children were home alone again; the elder, aged seven, had made the tea.",
        "The master gave the boy a cuff and sent him to bed without supper.",
        "His uncle molested him when he was seven, and nobody believed him.",
        "There were scars across his back from his father.",
        "His old man took the belt to him whenever he came home drunk.",
        "Mum used to hit us with the wooden spoon until it broke.",
        "The foster carers locked the fridge and the kids went hungry.",
        "She was eight the first time her father broke her arm.",
        "His father used to beat him with a belt when he was small.",
        "When I was seven my mum's boyfriend locked me in the closet for a whole weekend.",
        "Social services took the children after a teacher saw the bruises.",
        "Her stepfather hit her every time she cried, so she learned not to cry.",
        "The boy flinched whenever an adult raised a hand, even to wave.",
        "They left the baby alone in the flat for two days.",
        "His dad put cigarettes out on his arm when he was nine.",
        "She grew up in the cupboard under the stairs, and nobody fed her when they were angry.",
    ],
    "substance-use": [
        "Daddy is sleeping on the sofa with the bottle again.",
        "Holmes took the needle three times a day that spring.",
        "His breath smelled of whisky at ten in the morning.",
        "She's on something, look at her pupils.",
        "We got wine-drunk on the balcony and sang.",
        "He was three sheets to the wind by the second toast.",
        "He's been doing hard drugs since he was sixteen.",
        "His brother was a heroin addict, and now he's a drug dealer.",
        "They went on a pub crawl and lost Marcus somewhere after the fourth pub.",
        "She downed her pint and ordered another.",
        "We were blackout drunk by ten and I don't remember the taxi.",
        "He popped two Xanax and lay on the floor waiting for it to kick in.",
        "Everyone was rolling on molly by the time the headliner came on.",
        "She's been using again; the money's gone from my purse.",
        "He spent the night throwing back shots until he couldn't stand.",
        "They smoked weed on the roof and talked about nothing.",
        "They got absolutely wasted on cheap vodka and woke up in a field.",
        "He rolled a joint and passed it over.",
        "She did a line of coke off the bathroom counter.",
        "He was three weeks sober and the bar was right there.",
        "The track marks on his arm were fresh.",
        "She washed the painkillers down with wine.",
        "We were all high as kites by midnight.",
        "He'd been an alcoholic for twenty years before the first meeting.",
        "The hangover was biblical; she lay on the bathroom floor until noon.",
        "He took a long pull from the hip flask.",
        "They split a bottle of wine and then another.",
        "She was tripping on acid and the wallpaper was breathing.",
        "He shot up in the stairwell and nodded off against the wall.",
        "The booze had made him sloppy and loud.",
        "He went through withdrawal alone, shaking and sweating on the floor.",
    ],
    "strong-language": [
        "Screw you, Derek, and fuck your fantasy football league.",
        "What the fuck is wrong with you?",
        "Oh, shit, shit, shit, he said.",
        "You absolute bastard.",
        "Piss off, Tom.",
        "That's such bullshit and you know it.",
        "Holy shit, she's alive.",
    ],
    "sexual-violence": [
        "He'd taken the condom off without telling her.",
        "I was in no state to say yes to anything, and he knew it.",
        "She said no twice, and he had stopped listening after the first.",
        "She told him no and he didn't listen.",
        "He pressured her into sex by saying she owed him.",
        "She woke up to find him touching her.",
        "She was too drunk to consent, and everybody at the party knew it.",
        "The coach touched him inappropriately for two years before anyone noticed.",
        "She was date-raped in her second year and never went back to that bar.",
        "He groped her in the crowded tube, and she froze.",
        "Someone spiked her drink, and she woke up in a stranger's bed with no memory of the night.",
        "She said no, and he didn't stop.",
        "He forced himself on her after the party.",
        "The nurse did the rape kit while the detective waited outside.",
        "He'd touched her without asking, again and again, and called it a joke.",
        "He took advantage of her when she was too drunk to stand.",
        "He'd made her sleep with him to keep her job.",
        "She reported him for sexual harassment, and HR did nothing.",
    ],
    "sexual-content": [
        "We didn't make it to the bedroom.",
        "She drew him down onto the furs and blew out the lamp.",
        "He went down on her slowly, until she was shaking.",
        "They shagged in the back room with the music thumping through the wall.",
        "She rolled the condom on with her teeth and he laughed.",
        "They hooked up with each other after the wedding, and again at the christening.",
        "He kissed his way down her stomach and she arched up off the sheets.",
        "They had sex in the back of the car, clumsy and laughing.",
        "She slid her hand into his jeans, and he groaned.",
    ],
}

NEGATIVES: list[str] = [
    "She poured three glasses of lemonade for the children.",
    "The ketchup bottle was nearly empty.",
    "A cock crowed somewhere beyond the orchard.",
    "To the naked eye the comet was only a smudge.",
    "Priya graduated cum laude in chemistry.",
    "The farmhand's job was to sex the day-old chicks.",
    "The nurse asked her to undress to the waist and listened to her chest.",
    "The cold cut to the bone as they waited for the bus.",
    "She stove in at the last minute and bought the dress.",
    "The exam paper absolutely abused us.",
    "The family keeps a controlling interest in the firm.",
    "The wind bullied the little dinghy across the bay.",
    "She walked into the sea and swam out to the buoy and back.",
    "She woke up late and missed the bus.",
    "The wake-up call came at six.",
    "It was three in the morning and the street was silent.",
    "She was twelve o'clock sharp at the station, as always.",
    "He smothered his toast in butter and marmalade.",
    "They ran down the list of guests one more time.",
    "It was a grave mistake to underestimate the Dowager.",
    "She sat shelling peas on the back step.",
    "The governess taught the girls French and the pianoforte.",
    "He covered the scars on the table with a cloth before the guests arrived.",
    "The acid rain had eaten the faces off the statues.",
    "She kept her pills for her heart in the kitchen drawer.",
    "The drugs the doctor gave him made him sleepy.",
    "They hooked up the trailer to the car and set off.",
    "He screwed the lid back on the jar.",
    "The climax of the film was a chase across the rooftops.",
    "She went down on one knee to tie her daughter's shoe.",
    "The social worker came round for tea and stayed to talk about the garden.",
    "He held the ladder steady while she painted the gutter.",
    "Dick Whittington walked to London with his cat.",
    "She cut off the crusts and gave the sandwiches to the twins.",
    "The surgeon sawed through the bone while the patient slept under ether.",
    "Grandmother kept her good bone china in the glass cabinet.",
    "He tore off a piece of bread and dipped it in the soup.",
    "He could have killed him, and everyone in the room knew it.",
    "She would never hit a child, whatever they said about her.",
    "The wake of the ferry rocked the little boats.",
    "She laid the baby down to rest in the cot.",
    "He tried the new bakery on the corner.",
    "She blacked out the windows for the film night.",
    "The kids rolled down the hill, shrieking.",
    "He threw back the curtains and let the sun in.",
    "The lines on the map were too straight to be roads.",
    "She gave away her old clothes to the charity shop.",
    "They counted out the coins on the desk.",
    # violence look-alikes
    "She cracked the case wide open before lunch.",
    "He decked the halls with holly and ivy.",
    "The comedian killed, and the crowd was in stitches.",
    "A punch bowl sat on the table, full of something pink.",
    "She fought back tears and read the letter again.",
    "The boxer's shorts were hanging on the line.",
    "He shot the breeze with the barman for an hour.",
    "They fought over the last slice of pizza, laughing.",
    "The engine kicked into life on the third try.",
    "The news hit her hard, and she sat down on the stairs.",
    "He beat his own record by four seconds.",
    "The cricket bat leaned by the door with the umbrellas.",
    "The firing of the pottery took all weekend.",
    "She pulled the trigger on the new project at last.",
    "That joke slayed, honestly.",
    "He was blown away by her singing.",
    "The shot of the sunset was the best in the album.",
    "She broke the news gently.",
    "The trigger warning was at the top of the post.",
    # death look-alikes
    "My phone died halfway through the call.",
    "I nearly died of embarrassment when he read it out.",
    "This deadline is going to be the death of me.",
    "The party died down after midnight.",
    "He was dying to tell her.",
    "Her passport expired in March.",
    "She lost her keys again.",
    "I've lost count of the times he's said that.",
    "The ashes in the grate were still warm.",
    "The plants are dead because you never water them.",
    # self-harm look-alikes
    "She cut her hair short for the summer.",
    "He cut himself a slice of cake.",
    "The scarf covered the scar from her appendix operation.",
    "She picked at her salad.",
    "He was clean-shaven for the first time in years.",
    "She burned the toast again.",
    "He made himself a sandwich.",
    "She scratched the cat behind the ears.",
    # suicide look-alikes
    "The bridge was lovely in the snow.",
    "He wrote a note to remind himself to buy milk.",
    "The comedian was dying up there.",
    "I'm going to kill myself laughing if you keep that up.",
    "The suicide squeeze won them the game in the ninth.",
    "She stood on the roof terrace with a glass of lemonade.",
    # abuse look-alikes
    "He checked the weather on his phone.",
    "She wasn't allowed in the staff room, being a student.",
    "The restraining bolt on the gate was rusted.",
    "He raised his hand to ask a question.",
    "She controls the budget for the whole department.",
    # substance look-alikes
    "She drank three cups of tea and went to bed.",
    "He was high up on the ladder, cleaning the gutters.",
    "The high street was busy with Saturday shoppers.",
    "She took a pill for her headache.",
    "The nurse gave him his medication at eight.",
    "He rolled the dough flat and cut out the biscuits.",
    "A line of children waited at the bus stop.",
    "The joint in her knee ached in the cold.",
    "She made a flask of coffee for the drive.",
    "He was tripping over his own feet all evening.",
    # sexual look-alikes
    "She pulled her jumper over her head and threw it on the chair.",
    "He was in bed by nine with a cold and a hot-water bottle.",
    "The kids tumbled into bed after the fireworks.",
    "The spiked punch at the party was mostly fruit juice and lemonade.",
    # denials over a whole list, in the clinical and official register
    "On examination: no evidence of bruising, burns or other injury.",
    "Social services found no indication of neglect, cruelty or abuse in the home.",
    "Patient reports no history of self-injury, overdose or suicidal ideation.",
    "The urine screen was negative for heroin and amphetamines.",
    "Admitted with a sprained ankle; denies any drinking or drug use.",
    "The report describes no gunfire, stabbing or injury on the night in question.",
    # a denied subject, or a denial made absolute ("ever", "once")
    "Nobody on that farm ever beat the children.",
    "No prisoner in that camp was ever beaten by the guards.",
    "Neither of the brothers had touched the whisky all night.",
    "Not one of the guests ended up in his bed, whatever the papers said.",
    "The old captain had never once flogged a sailor in forty years at sea.",
    # no intention of it; a denial with an aside before its verb
    "He had no intention of shooting anyone; the pistol was for show.",
    "She had not the slightest intention of getting drunk at the office party.",
    "The old dog was not, thank goodness, dying; it had only eaten a sock.",
    # a stated boundary; a test that found nothing
    "Graphic torture is a hard limit for our table.",
    "Banned at this table (no exceptions): gore, torture and animal cruelty.",
    "The breath test at the roadside read zero.",
    "Tests for blood on the carpet came back negative.",
    # questions, plans, conditionals and hearsay
    "Did he hit you, or threaten you, or take your money?",
    "bro did u get stabbed?? saw the ambulance",
    "Was anyone killed in the crash?",
    "I'd have punched him if he'd said another word.",
    "He'd punch him if he weren't his brother.",
    "They had planned to get hammered after the exams, but the pub was shut.",
    "Her ex allegedly stabbed a man in Leeds, though nobody ever proved it.",
]


@pytest.mark.parametrize(
    ("label", "text"),
    [(label, text) for label, texts in POSITIVES.items() for text in texts]
    + [pair for module in PASSES for pair in module.POSITIVES],
)
def test_phrasing_is_read_as_its_note(label: str, text: str) -> None:
    assert label in notes_of(text), text


@pytest.mark.parametrize("text", NEGATIVES)
def test_look_alike_gives_no_note(text: str) -> None:
    assert notes_of(text) == set(), text


@pytest.mark.parametrize(
    ("labels", "text"),
    [(module.LABELS, text) for module in PASSES for text in module.NEGATIVES],
)
def test_look_alike_gives_none_of_its_notes(labels: tuple[str, ...], text: str) -> None:
    assert not notes_of(text) & set(labels), text


@pytest.mark.parametrize(
    ("label", "text"),
    [pair for module in PASSES for pair in getattr(module, "NOT_AS", [])],
)
def test_phrasing_is_not_read_as_the_note_it_looks_like(label: str, text: str) -> None:
    """NOT_AS: (note, sentence) that must not give that note (a consenting "no, not yet"
    is sexual content, not sexual violence)."""
    assert label not in notes_of(text), text


def listed_notes(text: str) -> set[str]:
    """The word lists' reading alone (the trained reader reads a changed paragraph afresh)."""
    return {s.name for s in analyze(text, read=False).notes}


def _held_by_the_lists(label: str, text: str) -> None:
    if label not in listed_notes(text):
        pytest.skip("held by the trained reader, not by the word lists")


# Scene-setting before a sentence must not hide it. Each opener names a thing that figures of
# speech are told of ("the cold hit me", "the bell struck", "the party died", "the papers
# murdered the play", "the phone did not survive the fall"); a figure's exception that let
# any word stand between its thing and its verb once read "In the cold he hit her again and
# again" and "As the bell tolled he struck the boy" as figures, and gave no note.
OPENERS = (
    "In the cold ",
    "In the rain ",
    "After the news ",
    "Yesterday ",
    "That night ",
    "On Monday ",
    "In the silence ",
    "At the party ",
    "During the game ",
    "After the exam ",
    "Last week ",
    "Today ",
    "As the bell tolled ",
    "In the papers ",
    "By the fire ",
    "Over the phone ",
    "In the heat ",
    "After the match ",
    "When the lights went out ",
    "In the wind ",
)
# (a sentence's first word is kept capitalised where it is a name or "I")
_LOWER_FIRST = (
    "The", "A", "An", "He", "She", "They", "We", "You", "His", "Her", "My", "Our", "Their", "Your",
)  # fmt: skip


def _opened(text: str, opener: str) -> str:
    first, _, rest = text.partition(" ")
    return opener + (first.lower() if first in _LOWER_FIRST else first) + " " + rest


@pytest.mark.parametrize(
    ("label", "text"),
    [pair for module in PASSES for pair in module.POSITIVES],
)
def test_a_scene_set_before_a_phrasing_keeps_its_note(label: str, text: str) -> None:
    _held_by_the_lists(label, text)
    for opener in OPENERS:
        opened = _opened(text, opener)
        assert label in listed_notes(opened), opened


@pytest.mark.parametrize(
    ("label", "text"),
    [pair for module in PASSES for pair in module.POSITIVES],
)
def test_a_clause_after_a_phrasing_keeps_its_note(label: str, text: str) -> None:
    # "... when he started, and nobody said anything": a phrasing read to the end of its
    # clause still ends there when the sentence goes on.
    _held_by_the_lists(label, text)
    trailed = re.sub(r"[.!?][\"”]?$", "", text) + ", and nobody said anything."
    assert label in listed_notes(trailed), trailed
