"""The everyday ways stories say each content note, and their innocent look-alikes.

The evaluation set measures the engine; this file pins down phrasings one by one, so a
word list that loses one of them fails here with the sentence in the message. Every
sentence was written for Fanfold. Kept apart from the evaluation sets on purpose: a
phrasing is added here from what writers say, never from an evaluation miss.
"""

from __future__ import annotations

import pytest

from fanfold.analysis import analyze


def notes_of(text: str) -> set[str]:
    return {s.name for s in analyze(text).notes}


POSITIVES: dict[str, list[str]] = {
    "violence": [
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
        "What the fuck is wrong with you?",
        "Oh, shit, shit, shit, he said.",
        "You absolute bastard.",
        "Piss off, Tom.",
        "That's such bullshit and you know it.",
        "Holy shit, she's alive.",
    ],
    "sexual-violence": [
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
        "He kissed his way down her stomach and she arched up off the sheets.",
        "They had sex in the back of the car, clumsy and laughing.",
        "She slid her hand into his jeans, and he groaned.",
    ],
}

NEGATIVES: list[str] = [
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
]


@pytest.mark.parametrize(
    ("label", "text"),
    [(label, text) for label, texts in POSITIVES.items() for text in texts],
)
def test_phrasing_is_read_as_its_note(label: str, text: str) -> None:
    assert label in notes_of(text), text


@pytest.mark.parametrize("text", NEGATIVES)
def test_look_alike_gives_no_note(text: str) -> None:
    assert notes_of(text) == set(), text
