"""Phrasings of violence, graphic violence and death, and their innocent look-alikes: one family of
phrasing per comment, each with sentences written for Fanfold (none taken from an
evaluation passage). POSITIVES: (note, sentence) that must give that note; NEGATIVES:
sentences that must give none of LABELS. Read by test_phrasings.py."""

LABELS = ("violence", "graphic-violence", "death")

POSITIVES = [
    ("death", "Her brother bought it at the front in the last month of the war."),
    # gore that names the wound outright, with no blow in the paragraph (a blast, a beast)
    (
        "graphic-violence",
        "After the explosion a man sat in the road holding his own arm, which was no longer "
        "attached to him.",
    ),
    ("graphic-violence", "They found his mangled body at the foot of the cliff."),
    # ---- violence: beasts and monsters on a person
    ("violence", "The wolf sank its teeth into her calf and would not let go."),
    ("violence", "Its jaws closed on the ranger's shoulder and shook him like a rag."),
    ("violence", "The bull gored the farmhand against the gate."),
    ("violence", "The horses trampled the boy who had fallen in the lane."),
    # ---- violence: blows told by what landed, and where
    (
        "violence",
        "In the crush outside the ground he caught a truncheon across the back of the neck.",
    ),
    ("violence", "She caught him across the face with the back of a hairbrush."),
    ("violence", "The sergeant dealt the recruit a blow that split his lip."),
    ("violence", "He drove his knee into the other man's groin and shoved him down the steps."),
    ("violence", "Somebody stamped on his fingers while he lay in the gutter."),
    # ---- violence: shootings and stabbings told by the weapon's path
    ("violence", "She emptied the shotgun into the thing on the porch."),
    ("violence", "The second arrow found its mark, and the rider slid from the saddle."),
    ("violence", "A shard of the windscreen went into his thigh as the bottle burst."),
    ("violence", "There was a hole in his side the size of a coin, and the knife lay beside him."),
    ("violence", "He came at me across the yard with a spade raised over his shoulder."),
    ("violence", "They pitched the bailiff off the bridge into the millrace."),
    # ---- violence: strangling marks, broken limbs, lynching, intimidation
    ("violence", "Round her throat were the blue bruises of a man's thumbs."),
    ("violence", "There was bruising around his neck that the coroner did not like."),
    ("violence", "He broke her wrist the winter after they married."),
    ("violence", "Danny got his nose busted outside the chip shop on Friday."),
    ("violence", "The posse strung him up from the old oak at the crossroads."),
    ("violence", "The blacksmith's skull had been caved in with his own hammer."),
    # ---- graphic violence
    (
        "graphic-violence",
        "The axe came down, and the man's head rolled across the boards into the straw.",
    ),
    (
        "graphic-violence",
        "He hacked at the thing until its arm was chopped clean off at the elbow.",
    ),
    (
        "graphic-violence",
        "The grenade went off under the lorry and the driver's foot was no longer attached.",
    ),
    (
        "graphic-violence",
        "The claw went in deep enough to sever the tendons of his wrist, and he screamed.",
    ),
    (
        "graphic-violence",
        "The sentry was blown to pieces by the shell, and we found his boot in a tree.",
    ),
    ("graphic-violence", "The bullet hit the guard in the face, and his jaw was just gone."),
    ("graphic-violence", "The creature stabbed him and he sat in the mud holding his own insides."),
    ("graphic-violence", "The knife opened his belly and loops of gut slid out onto the cobbles."),
    ("graphic-violence", "The brute beat the guard with a pipe until his skull was stove in."),
    (
        "graphic-violence",
        "The lance was driven clean through his chest and out between his shoulders.",
    ),
    (
        "graphic-violence",
        "He had been stabbed in the thigh, and the arterial spray reached the ceiling.",
    ),
    (
        "graphic-violence",
        "He was shot in the neck, and blood came through his fingers in hot spurts.",
    ),
    ("graphic-violence", "The soldier was shot and lay choking on his own blood in the ditch."),
    ("graphic-violence", "They beat the prisoner, and the straw beneath him was churned red."),
    (
        "graphic-violence",
        "He threw the acid at her and her skin blistered and sloughed off her cheek.",
    ),
    ("graphic-violence", "The pathologist counted twenty-three stab wounds to the chest and neck."),
    # ---- death: the body that does not rise again
    ("death", "The boy went down in the second volley and never got up again."),
    ("death", "The old dog lay down by the stove that night and did not wake again."),
    ("death", "The dog was dead when we found him at the side of the road."),
    # dead on a place, or a day (not "dead on his feet", "dead on time")
    ("death", "The old fisherman lay dead on the quay, his nets still in his hands."),
    ("death", "He was found dead on the beach at first light."),
    ("death", "She was dead on a Thursday, and buried on the Monday."),
    ("death", "Her kitten died in the night, curled up in the laundry basket."),
    ("death", "Grandad, I'm so sorry, he won't be getting up."),
    ("death", "She slipped from us between one breath and the next."),
    # ---- death: euphemism, hospitals, police, letters
    ("death", "It is my sad duty to tell you that your uncle departed this life on the ninth."),
    ("death", "The paramedics pronounced him dead at the scene."),
    ("death", "Life was pronounced extinct at 04:12."),
    ("death", "The nurse felt for a pulse at his wrist, and there was no pulse."),
    ("death", "Our little Robin was taken from us too soon."),
    ("death", "By the time the doctor arrived, she was already gone."),
    ("death", "The War Office regrets to inform you that your son is missing, believed killed."),
    # ---- death: slang killings
    ("death", "Word is the Mancini brothers did him in over a card debt."),
    ("death", "they done him in the car park, and his mum found out on facebook."),
    ("death", "Somebody offed the landlord and left him in the cellar."),
    ("death", "They bumped him off before he could testify."),
    # ---- death: the dead lying where they fell
    ("death", "Bodies floated in the flooded street for a week."),
    ("death", "The men lay where they had fallen along the hedge."),
    ("death", "The nurse drew the sheet up over his face."),
    # ---- death: funerals and grief
    ("death", "They held the service at the crematorium on a wet Thursday."),
    ("death", "The undertaker's men carried the box down the narrow stairs."),
    ("death", "The order of service had her photograph on the front, laughing."),
    ("death", "They laid him out in the front room in his Sunday suit."),
    ("death", "Her brother's name is on the war memorial outside the post office."),
    ("death", "Nan lost both her sons in the war and never spoke of them."),
    ("death", "Heroin took Danny the winter before he turned twenty."),
    ("death", "They worked on him for forty minutes on the pavement."),
    ("death", "The verdict was suicide, and the family would not accept it."),
    ("death", "Pike's suicide left the squadron without a navigator."),
    # ---- death: told without the word (a pass over the death section for recall)
    # "taken their own lives": a suicide told as done is a death, in the plural too
    (
        "death",
        "The parish would not let them lie beside the church, for they had taken their own lives.",
    ),
    # breathing that stops, as the subject of the verb
    (
        "death",
        "Halfway through the hymn her breathing stopped, and the nurse reached for the bell.",
    ),
    # never again: the narrator's verdict, modal and all
    ("death", "The lieutenant looked down at the boy and knew he would never wake again."),
    ("death", "The driver slumped over the wheel and would not be getting up again."),
    ("death", "She lay in the long grass and would never be anything else again."),
    # past help; what is left of someone
    ("death", "By the time the medics forced the door the old man was past all help."),
    ("death", "What was left of him lay scattered across the ice."),
    # the struggle of a living thing, ended
    (
        "death",
        "He held the wolf's head under the black water until the thrashing stopped, and then he "
        "let the body go.",
    ),
    # the last gesture, and then gone
    ("death", "He pressed my hand once, sighed, and was gone."),
    # word gaps cross possessives and contractions ("Ada's", "mother's")
    ("death", "The old man gripped Ada's wrist once, and was gone."),
    # a stillbirth told plainly
    ("death", "Our daughter was born still on a wet Thursday in May."),
    # the stripped hospital bed (with company)
    (
        "death",
        "When I came on shift the bed was stripped, and the sister told me he had died at four.",
    ),
    # nothing left of someone but a thing; a head off in one stroke
    ("death", "When the flood went down there was nothing left of him but his boots on the bank."),
    (
        "death",
        "The axe fell and the traitor's head came away in one stroke, and the crowd roared.",
    ),
    # open eyes that do not answer
    (
        "death",
        "His eyes were still open, and they did not move when I said his name; his chest was still.",
    ),
]

NEGATIVES = [
    # a thing that did not survive
    "He tore up the first draft in a temper; it did not survive the quarter-hour.",
    "My grandmother's blue vase did not survive the move to Leeds.",
    "The seedlings never survive the first frost on that side of the garden.",
    '"It died. My phone died, and then it just went black, I swear I was going to text you."',
    # blow words with nobody on the receiving end, a few in one scene
    "The gate swung shut behind her. He tore the warm loaf open and threw the crust to the ducks.",
    # ordinary prose: a bit of, kitchen knives, a soldier's slang only where there is a war
    "The vet said there was a bit of tartar at the back, and he had put on a bit of weight.",
    "She took the bread knife and a long blade for the ham, and cut the loaf into thick slices.",
    "He had bought it on Wednesday, and it still had the price label on the bottom.",
    "She mangled the French so badly that the waiter laughed.",
    "The surgeon sawed through the sternum and spread the ribs with a retractor.",
    # sport and games
    "Our side took a proper beating at cricket on Saturday, and we laughed all the way home.",
    "Her beatings at draughts were famous in the family.",
    "The match went to a penalty shoot-out and the whole pub held its breath.",
    # figures of speech for killing and dying
    "The critics mauled his debut novel, and he framed the review.",
    "The committee strangled the budget and then asked for miracles.",
    "That geography exam murdered me.",
    "This lemon tart is to die for.",
    "I'd rather die than wear that jumper to the wedding.",
    "These stairs will be the death of me, said Gran, laughing.",
    "I'm a walking corpse until I've had my tea.",
    "Quitting before the promotion would be career suicide.",
    # a threat is not a death: "or I shall have you executed"
    '"Not a word of this to anyone, or I shall have you executed," said the Queen.',
    "Touch my roses again and I'll have you hanged, boy.",
    # back from the dead
    "He came back from the dead on a Thursday, and Watson would not let him out of his sight.",
    "The old mill town rose from the dead on the day the railway came.",
    # dead on: tired, on time, right
    "The eight-fifteen pulled in dead on time for once.",
    "Her guess about the ending of the film was dead on.",
    "He was dead on his feet after the double shift.",
    # pests, insects and specimens: no one's death (a pet's is, below)
    "There was a dead mouse under the stove again.",
    "The dead fly lay on the sill among the crumbs.",
    "We pinned the dead moths in a glass case for the school fair.",
    "A dead frog twitched when the current ran through its leg.",
    "The wasp died on the windowsill, still buzzing faintly.",
    "The slugs were dead by morning, and the lettuces were saved.",
    # machines and things that die
    "The printer's dead again, so I'm writing it by hand.",
    "The old organ wheezed and died in the middle of the hymn.",
    "My phone finally died halfway up the hill.",
    "The joke landed badly and the whole room died.",
    # grave as an adjective; a face buried in a neck; a widow who is only a widow
    "The professor gave us a grave look over his spectacles.",
    "She fell asleep with her face buried in his shoulder.",
    "The widow at number six grows the best roses in the street.",
    # the pension form, the reflexive
    "He flung himself into the armchair and demanded tea.",
    # things found and left, not people
    "What was left of the cake went into a tin for Sunday.",
    "The doctor felt for his pulse and smiled: strong as an ox.",
    "The gentlemen dined at their club and argued about cricket.",
    "He dealt the cards and laughed at his own luck.",
    "The river ran pink with the sunset and the swallows went over.",
    # breathing held for a moment; a tired wish; a condition; a lie-in
    "Her breathing stopped for a second when he walked in.",
    "I'm so tired I never want to move again.",
    "If the fever does not break she will never wake again.",
    "He wasn't getting up before ten on a Sunday.",
    # help with chores, what is left of a virtue, a baby's fit, a wave goodbye
    "She was past helping with the washing-up by then.",
    "What was left of her patience ran out at nine.",
    "The baby cried until the thrashing stopped and she slept.",
    "She waved once from the platform and was gone.",
    "She was born still hoping for a sister.",
    # a bed emptied by a discharge
    "When I came on shift the bed was empty; he had been discharged home that morning.",
    # wasted, not dead; a head off a pillow; a late rabbit; a printer's "funeral"
    "There was nothing left of her but skin and bone after the winter.",
    "His head came away from the pillow slowly.",
    "The White Rabbit was so late that he had as good as hanged himself already.",
    "The printer's dead again. I'm going to give it a proper Viking funeral.",
    # awake and idle
    "Her eyes were open but she did not move from the sofa all evening.",
]

# ---- second round of phrasings
POSITIVES += [
    # violence: slang and brutality
    ("violence", "Some lad glassed him in the beer garden over a spilt pint."),
    ("violence", "The guard knelt on the prisoner's neck until his face went grey."),
    (
        "violence",
        "The foreman clipped the apprentice round the ear and sent him back to the lathe.",
    ),
    (
        "violence",
        "The drunk swung a haymaker, and Tam answered with a right to the jaw that put him on the floor.",
    ),
    ("violence", "Nobody remembers who threw the first punch, only that the window went."),
    ("violence", "She brought the poker down on him once, twice, and then stood back."),
    (
        "violence",
        "Under the table she kicked the boy's shins, again and again, hard enough to bruise.",
    ),
    ("violence", "The landlord hurled a heavy glass ashtray in her direction and missed."),
    ("violence", "I was lifted and flung against the wall like a sack of meal."),
    ("violence", "The hound flung itself at the keeper and bore him to the ground."),
    ("violence", "Both boys came back from break bloody-nosed and grinning."),
    # death: beheading, survival of one, the vet, the grave, the body home
    ("death", "The blade fell, and the traitor's head rolled into the basket."),
    ("death", "The twins were born in the snow; one lived, but the other did not."),
    ("death", "By the time the medic crawled over, the boy had already stopped breathing."),
    ("death", "She would not eat on the morning of his execution."),
    ("death", "They pulled the sheet back from her face, and he nodded."),
    ("death", "The vet put him to sleep on the kitchen floor with his head in my lap."),
    ("death", "Every Sunday she takes fresh flowers to his grave."),
    ("death", "His body was flown home in a plain box in the hold."),
    ("death", "The old cat curled up by the fire one night and never bothered to wake up again."),
]

NEGATIVES += [
    "In the third round the champion took a left hook to the chin and the crowd roared.",
    "His hand on the back of her neck, he kissed her until she forgot the time.",
    "The mechanic worked on her for an hour and the old boat finally started.",
    "He bottled it at the last minute and never asked her to dance.",
    "She knelt on the rug and laid out the picnic.",
    "He threw a shy smile in her direction across the choir stalls.",
    "The puppy flung itself at the door every time the postman came.",
    "Everyone knew the order of service for a wedding by heart.",
    "The whole plan depended on its execution, and Priya's was flawless.",
    "She got out of bed, washed, and took the dog for a walk before the others were up.",
]

# ---- third round: slang beatings, reports and courts, battles in older words, the body
POSITIVES += [
    ("violence", "Three of his cousins gave the landlord's son a proper kicking in the car park."),
    ("violence", "They did him over behind the bus station and he needed stitches in his face."),
    ("violence", "Mate got done over on the way back from the match last night."),
    (
        "violence",
        "Dad says those lads will kick your head in, and last spring they did kick Sean's head in.",
    ),
    ("violence", "The bouncer laid him out cold with one punch."),
    ("violence", "The screws worked him over with their batons in the showers."),
    ("violence", "Somebody shanked him in the dinner queue."),
    ("violence", "He was remanded in custody charged with GBH."),
    ("violence", "The jury convicted him of grievous bodily harm."),
    ("violence", "The bruises on her upper arms were consistent with being gripped."),
    ("violence", "The young knight slew the raider at the ford."),
    ("death", "The young knight slew the raider at the ford."),
    ("death", "The legion put the whole town to the sword."),
    ("death", "Both her grandfathers fell in battle within a month of each other."),
    ("death", "The drover was kicked to death by his own cattle, the papers said."),
    ("death", "The vicar knelt beside the body and closed the eyes."),
    ("death", "The body lay in the hallway for two days before anyone came."),
    ("death", "She watched the waters close over the boat and her father with it."),
    ("death", "When the fire was out, nothing was left of him but his watch."),
]

NEGATIVES += [
    "A slew of emails arrived the moment she switched the laptop on.",
    "She fell at the first fence and the horse trotted home without her.",
    "He carved the turkey and passed the plates round.",
    "They did the kitchen over in yellow and green.",
    "The body of the letter was two lines long.",
    "The nurse said the bruise on his knee was consistent with a fall off his bike.",
]

# ---- fourth round: text-message slang, faces beaten past knowing, arrests
POSITIVES += [
    ("violence", "omg some lad glassed dev outside spoons, hes got 12 stitches"),
    ("violence", "By the time they let him go his face was beaten past recognition."),
    ("violence", "He came home with his eyes swollen shut and blood dried on his collar."),
    ("violence", "Two officers knelt on his back while a third kept saying stop resisting."),
    (
        "graphic-violence",
        "The executioner swung twice, and the second time the head rolled across the scaffold.",
    ),
]

NEGATIVES += [
    "She knelt on his chest, laughing, and tickled him until he surrendered.",
    "The puppy sank its teeth into my slipper and would not let go.",
    "He caught her in the face with a snowball and ran off shrieking.",
    "The fever took hold of the town in August, and the schools closed for a fortnight.",
    "The sea took my father's boat one winter, and he bought a smaller one.",
    "Her head rolled back against the pillow and she laughed at the ceiling.",
    "They glassed in the porch so Gran could sit out in the winter.",
]

# ---- fifth round: torture, weapons standing out of someone, gore told by what is left;
# and the everyday "her" that is her own (lip, arms, shoes), not a person struck
POSITIVES += [
    ("violence", "They pulled out three of his fingernails before he gave them the address."),
    (
        "graphic-violence",
        "They pulled out three of his fingernails before he gave them the address.",
    ),
    ("violence", "The bolt was still sticking out of the sentry's throat when we reached him."),
    ("graphic-violence", "The shell burst, and the rest of him was scattered in the wire."),
    ("graphic-violence", "The headsman's axe bit into the back of his skull on the first stroke."),
    (
        "graphic-violence",
        "He stabbed the deserter and then sawed through the windpipe with the same knife.",
    ),
    (
        "graphic-violence",
        "The cleaver took his fingers off at the knuckle when he tried to grab the blade.",
    ),
    (
        "graphic-violence",
        "He stabbed the guard again and again and was red with blood to the elbows.",
    ),
    ("violence", "Bodies drifted past the jetty, the slit throats gaping like second mouths."),
    ("violence", "He slapped her face so hard her earring flew across the room."),
]

NEGATIVES += [
    "She pulled out a nail from the plank and hung the picture.",
    "She bit her lip and looked away from the window.",
    "She threw her arms around him at the station.",
    "He threw his head back and laughed at the joke.",
    "She kicked her shoes off and curled up on the sofa.",
    "He struck his head on the low beam of the cottage.",
    "She shoved her hands in her pockets and walked on.",
    "She bit into her toast and smiled at the paper.",
    "The dentist pulled two of her teeth and gave her a lolly.",
]

# ---- sixth round: death in passing, obituaries, news reports, messages, what is found
POSITIVES += [
    ("death", "Her late husband had planted the apple trees along the wall."),
    ("death", "The house went quiet after Dad passed."),
    ("death", "Rest in peace, old friend, and save me a seat."),
    ("death", "RIP Uncle Mick, best laugh in Salford"),
    ("death", "He is survived by his wife, Maureen, and their three sons."),
    ("death", "The baby did not survive the night."),
    ("death", "Two of the crew did not survive the crossing."),
    ("death", "cant believe shes actually gone. saw her tuesday"),
    ("death", "Tributes have been paid to the cyclist named locally as Owen Price."),
    ("death", "Floral tributes were piling up against the school railings."),
    ("death", "A dog walker found her floating face down in the reservoir."),
    ("death", "The traitor's head on a spike above the gate had been there a month."),
    ("death", "The regiment lit candles for its fallen comrades."),
]

NEGATIVES += [
    "We caught the late train home and slept all the way.",
    "She passed the salt and asked about the weather.",
    "He passed in the corridor without a word.",
    "She rips the wrapping paper off in one go.",
    "Tributes were paid to the retiring head teacher's thirty years of work at the school.",
]

# ---- seventh round: games, sport, things that are "dead"
NEGATIVES += [
    "I finally killed the boss on the third try and saved the game.",
    "She hacked off the dead branches and burned them in the brazier.",
    "Our team got slaughtered in the final, and we still went for chips.",
    "The batteries are dead, so the torch is useless.",
    "He was beaten at chess by the vicar and took it well.",
    "They gave us a kicking at five-a-side on Tuesday.",
]

# ---- eighth round: abduction, siege, the blood that was someone else's, a rider's charge
POSITIVES += [
    ("violence", "Two men bundled the courier into the back of a van and drove off."),
    ("violence", "From the walls they poured boiling oil down on the men with the ladders."),
    ("violence", "He came home at dawn and scrubbed his hands, and the blood was not his own."),
    ("violence", "The cavalry rode down the last of the stragglers before they reached the trees."),
    ("violence", "The constable jabbed the heel of his hand up under the thief's chin."),
    ("violence", "The thing shrieks and rakes at your face with its hooked hands."),
]

NEGATIVES += [
    "She put the shopping in the boot and drove to her sister's.",
    "He threw his bag into the boot and whistled.",
    "She rode down the lane on her new bicycle.",
    "He grabbed her hand and they ran for the bus, laughing.",
]

NEGATIVES += [
    "He kissed her hard enough to bruise, and she laughed into his mouth.",
    "Her nails raked his back and he forgot his own name.",
]

# ---- ninth round: gun and blade slang, pathology words, idioms of dying
POSITIVES += [
    ("violence", "Shots rang out from the roof of the grain store."),
    ("violence", "The duellist ran him through with the rapier before he could parry."),
    ("violence", "He put two rounds in the informant and dropped the pistol in the canal."),
    ("violence", "The sniper winged the sergeant as he crossed the yard."),
    ("violence", "The pathologist noted ligature marks around the neck."),
    ("violence", "Some lad lamped Gary in the queue for the taxi rank."),
    ("death", "He took his own life the winter after the mill closed."),
    ("death", "We lost her on the operating table just after midnight."),
    ("death", "Granny's no longer with us, love."),
    ("death", "Grandad kicked the bucket the week before his ninetieth."),
    ("death", "The colonel went to meet his maker in his own bed."),
    ("death", "Auntie Jean lost her battle with cancer in the spring."),
]

NEGATIVES += [
    "He ran him through the plan one more time before the meeting.",
    "She put a hand in her pocket and found the ticket.",
    "The old car finally kicked the bucket on the ring road.",
    "Marcus is no longer with us on the project; he moved to Leeds.",
]

NEGATIVES += [
    "Their bodies lay tangled in the sheets until noon.",
    "She ran her hands over the body of her lover and smiled.",
    "She closed her eyes and slept until the train reached York.",
]

# ---- tenth round: families of phrasing for new text (who is hit, weapons drawn, police and
# riots, war, fights starting, heads into walls, the passive with a step between, killing told
# by its means, rough handling, animals hurt on purpose); and their look-alikes
POSITIVES += [
    # the kid, the guy, the victim, a fantasy foe, people in groups
    ("violence", "Marcus punched the kid so hard he fell off the wall."),
    ("violence", "She kicked the guy in the shin and ran for the bus."),
    ("violence", "The guards beat the prisoners every night after lights out."),
    ("violence", "The riot police beat the protesters back with their shields."),
    ("violence", "Aragorn's men shot the orcs as they came over the ridge."),
    # weapons drawn, pointed, brandished
    ("violence", "He pulled a gun on me in the car park of the leisure centre."),
    ("violence", "Two lads held him up at knifepoint and took his phone."),
    ("violence", "A man in a balaclava was brandishing a machete at the bus queue."),
    ("violence", "The sergeant levelled his pistol at the prisoner's chest."),
    ("violence", "He jammed the barrel of the revolver against Ellis's temple."),
    # police and riots
    ("violence", "The officers tased him twice though he was already face down on the tarmac."),
    ("violence", "Mounted police baton-charged the picket line at noon."),
    ("violence", "They fired rubber bullets into the square until it emptied."),
    # war
    ("violence", "For six hours we were pinned down under heavy fire in the ditch."),
    ("violence", "Machine-gun fire raked the wire before the first wave reached it."),
    ("violence", "Shells rained down on the village all through the night."),
    ("violence", "The artillery bombarded the trenches for three days."),
    ("violence", "The cavalry were mowed down before they reached the guns."),
    ("violence", "At dawn the firing squad marched the deserters into the yard."),
    ("violence", "The gunners opened up on the convoy as it crossed the bridge."),
    ("violence", "The gunman fired six rounds into the parked car."),
    # fights starting and spreading
    ("violence", "The two of them came to blows over a parking space."),
    ("violence", "By the time the bell went they were trading punches on the field."),
    ("violence", "The drunk started swinging at anyone who came near him."),
    ("violence", "It turned into a punch-up outside the takeaway."),
    ("violence", "Fists flying, the two families spilled out of the church hall."),
    # heads into walls, faces into bonnets
    ("violence", "He slammed the boy's face into the lockers."),
    ("violence", "He banged my head twice against the headrest before the lights changed."),
    ("violence", "The officer shoved him face-first onto the bonnet."),
    ("violence", "She raised the frying pan and brought it down on his head."),
    # the passive with a step between; killing told by its means
    ("violence", "He was held down by three of them and beaten."),
    ("violence", "The men were marched out behind the barn and shot."),
    ("violence", "The drover was clubbed to death with his own stick."),
    ("violence", "The crowd stoned the woman in the market square."),
    # rough handling, pinching to bruise, animals hurt on purpose
    ("violence", "He shook the baby hard until it went quiet."),
    (
        "violence",
        "The housekeeper pinched the maids until they cried, where the bruises were hidden.",
    ),
    ("violence", "He grabbed her jaw hard enough that his fingers left marks."),
    ("violence", "He kicked the dog until it cowered under the table, whimpering."),
    ("violence", "The captain executed the prisoners on the beach."),
    ("violence", "The knight hacked at the troll with his broadsword."),
    ("violence", "My dad used to get the belt out whenever we answered back."),
]

NEGATIVES += [
    # groups and foes in innocent senses
    "The boys beat the girls at rounders on sports day.",
    "She beats her brother at chess every Sunday.",
    "We beat the visitors by forty runs and went to the pub for tea.",
    "The coach threw the kids a ball and went to fetch the cones.",
    "They dragged the kids to the museum on Saturday.",
    "He shot the guy a look across the office.",
    "She cut the guy some slack for being late.",
    # fire, shells, bombs, rounds that are not war
    "The minister came under fire over the budget.",
    "The band came under fire from the critics for the new album.",
    "Lydia returned fire in shrieks and Mr. Bennet went to the library.",
    "Rockets burst over the river at midnight and the crowd cheered.",
    "The doctor finished his rounds and went home.",
    "She dropped two bath bombs into the water.",
    "The shells fell out of her pocket onto the kitchen floor.",
    "The rain pounded the village all night and the stream burst its banks.",
    # hearts, fruit, the sky, the exam
    "Her heart was beating so fast she could hardly read the letter.",
    "The sky had gone a bruised purple over the hills.",
    "The apples were bruised and split after the storm.",
    "That exam literally murdered me.",
    "Monday punched me in the face and Tuesday finished the job.",
    "The critics slaughtered the play, and it closed in a week.",
    # hands, chins, heads, weapons in play
    "She brought her hand down on his shoulder and laughed.",
    "He brought the tray down on the table with a clatter.",
    "He grabbed her chin and kissed her hard.",
    "The kids swung at the piñata with a broom handle.",
    "He swung at the ball and missed it by a mile.",
    "The little boy was waving a toy sword at the ducks.",
    "She pointed the camera at the children and told them to smile.",
    "He banged his head on the low beam of the cottage.",
    "She kicked her heels against the wall and sang.",
    "Her fists were wound in his hair as they kissed.",
    "She stabbed at her salad with a fork.",
    "My new shoes pinched all day.",
    "Add a pinch of salt and the bruised garlic.",
    "The farmer whipped the horses on up the hill.",
    "The children shook the rattle for the baby.",
    "He took his belt off and hung his trousers on the chair.",
]

# A plan, an order or a jump executed: nobody put to death.
NEGATIVES += [
    "They executed the plan perfectly, and the cake reached the party still a surprise.",
    "She executed a perfect triple jump and the rink went quiet, then roared.",
]
# Someone else's head slammed into a door is a blow, not self-harm.
POSITIVES += [
    ("violence", "He slammed her head against the door and walked out."),
    ("violence", "She slammed his head against the table until he let go of the knife."),
]

# A denial reaches only its own list or clause: what is told past it still happened.
POSITIVES += [
    ("violence", "Nobody stopped him hitting her, and the whole pub watched."),
    ("violence", "He showed no mercy, slashing and stabbing until the man fell."),
    ("violence", "It was not, after all, the first time he had hit her."),
    ("violence", "Nobody saw the man that shot her."),
    ("violence", "There was no sign of a struggle, and she had been stabbed three times."),
    ("death", "There was no sign of a struggle, and she had been dead for hours."),
    ("violence", "Is it normal that he slaps me when he's angry?"),
    # "'d" that is "had", and a preference beside a real blow
    ("violence", "He'd punched him twice before the bouncers came."),
    # a question of why says it happened; nobody seeing it does not unmake it; litotes
    ("violence", "Why did he hit you?"),
    ("death", "I did not see my brother die."),
    ("violence", "There was no end to the beatings that winter."),
    (
        "violence",
        "She would rather have died than let him see her cry, so she bit her lip while he hit her.",
    ),
]

# ---- innocent senses and figures of speech (lexicon/exceptions.py, "innocent senses ...")
# Things that die or are dead without a death: a battery, a phone line, a fashion, a
# scheme, the wind, the light of the day; sleeping like the dead, stopping dead.
NEGATIVES += [
    "Her laptop had finally died, and the torch was dead too.",
    "The radio line went dead halfway through the weather report.",
    "We got back to the car and found the battery was completely dead.",
    "The old laptop's battery is dying again.",
    "The second mate fixed our position by dead reckoning.",
    "She stopped dead in the doorway when she saw the cake.",
    "The music died away and the dancers bowed.",
    "The wind died down after midnight.",
    "The dinosaurs died out long before the first people.",
    "I die a little inside every time he sings karaoke.",
    "The dying light turned the lake the colour of brass.",
    "He slept like the dead after the long drive.",
    "You're so dead when Mum sees this carpet.",
    "Skinny jeans were dead by the time I left school.",
    "After the hill climb my legs were completely dead.",
    "The vicar's scheme died a quiet death in committee.",
    "Who died and made you head chef?",
    "The soup had been boiled to death by the time we got home.",
    "The tea had been stewed to death.",
    "They'll catch their deaths out in that rain without coats.",
    "Lie back in corpse pose and let your breathing slow.",
    "The whole school screamed blue murder when the fire bell went off.",
    "We buried the tulip bulbs along the edge of the lawn.",
    "The archive where the paper keeps its old cuttings is called the morgue.",
]
POSITIVES += [
    ("death", "Her husband was found dead in the car the next morning."),
    ("death", "Everyone in the car was dead when the firemen cut the roof off."),
    ("death", "He died inside the burning house."),
    ("death", "He died away from his family, in a hospital in Leeds."),
    ("death", "The dying soldier asked for his mother, and by dawn he was gone."),
    ("death", "Her phone rang on the night her father died."),
]
# Killing that ends no life: a process, a flame, seedlings in a frost, a writer's darlings,
# a conversation, two birds with one stone, an audition.
NEGATIVES += [
    "I killed the process and restarted the laptop.",
    "He killed the flame under the milk pan just before it boiled over.",
    "The late frost killed all the tomato seedlings.",
    "She killed two birds with one stone and posted the letters on the way to the gym.",
    "Her editor told her to kill her darlings, and the prologue went first.",
    "She killed the conversation with one remark about politics.",
    "Jo killed the audition and got the part.",
]
POSITIVES += [
    ("death", "The frost killed the old shepherd on the hill that winter."),
    ("death", "Six miners were killed by gas in the lower seam."),
    ("death", "He was killed in the process."),
    ("death", "He was killed the moment he stepped outside."),
]
# Murdered, massacred, slaughtered: a carol, a quiz, a team five-nil, a show by the critics;
# killing us with paperwork.
NEGATIVES += [
    "My brother murdered every carol at the school concert.",
    "We absolutely massacred it in the pub quiz.",
    "United slaughtered them five-nil on Saturday.",
    "The critics slaughtered it in every Sunday paper.",
    "The tax office has been killing us with paperwork since March.",
    "By move forty both of White's rooks were dead.",
]
POSITIVES += [
    ("violence", "He was murdered on the steps of the church."),
    ("violence", "They murdered the French ambassador at his desk."),
    ("death", "The raiders slaughtered every family in the village."),
]
# Struck by beauty, by how quiet a house is; a clock striking.
NEGATIVES += [
    "She was struck by the beauty of the old chapel.",
    "Every visitor was struck by how quiet the house was.",
]
POSITIVES += [
    ("violence", "He was struck by a rifle butt and fell."),
    ("violence", "He always struck her when he was drunk."),
    ("violence", "They struck him with the butts of their rifles."),
]
# Beating eggs, iron on an anvil, rain on a window; a beat of time; beating oneself up; a
# game lost.
NEGATIVES += [
    "Beat the egg whites until they hold stiff peaks.",
    "The smith beat the red iron on the anvil until it took the shape of a hook.",
    "The rain beat against the windows all night.",
    "She paused for a beat before she answered.",
    "Stop beating yourself up about the exam.",
    "She was beaten at chess by a nine-year-old.",
]
POSITIVES += [
    ("violence", "He beat the boy until he could not stand."),
    ("violence", "He beat him with a metal bar."),
    ("violence", "He was beaten and left in the pool."),
]
# Archery at a target; a look, a message or a guess shot; nerves shot.
NEGATIVES += [
    "Her third arrow struck the straw target just outside the gold.",
    "Each arrow that lands in the outer ring scores one point.",
    "He shot his brother a warning look across the table.",
    "Shoot me a message when your train gets in.",
    "It was a shot in the dark, but the guess was right.",
    "Her nerves were shot to pieces before the interview.",
    "The starting pistol cracked and the runners leapt forward.",
    "At her karate grading she aimed every strike and block at empty air.",
]
POSITIVES += [
    ("violence", "She shot him a look, then shot him in the chest."),
]
# Knives, blades and swords as tools and exhibits; blows that land on no one.
NEGATIVES += [
    "She took the fillets off the salmon with a boning knife.",
    "The museum's ceremonial sword hangs above the fireplace in the great hall.",
    "He stabbed a fork into the baked potato to see if it was done.",
    "She punched down the risen dough and shaped it into rolls.",
    "He hit his head on the low beam again.",
    "Her uncle slapped him on the back and poured him a lemonade.",
    "They wrestled the new sofa up three flights of stairs.",
    "He swung the gate open and waved us through.",
    "He threw the lever and the points clanked over.",
    "Tom threw a cushion at his sister.",
    "The market trader was flogging umbrellas for a fiver each.",
    "He crushed on her all through sixth form.",
    "Lick your wounds and come back next season.",
    "The robin watched me with one bright black eye.",
    "She cut the dream sequence from the final edit.",
    "Half the class cut their stars from coloured card.",
]
POSITIVES += [
    ("violence", "He stabbed the butcher with his own boning knife."),
    ("violence", "He tore the ceremonial sword from the wall and cut the intruder down."),
    ("violence", "He stabbed him through the heart."),
    ("violence", "He held the knife to her throat and felt her shiver."),
    ("violence", "He whacked him on the back with a bat."),
]
# Bleeding ink, torn ligaments, fish guts, a pig's blood for a pudding, a tree's old wound,
# a meeting that is torture.
NEGATIVES += [
    "The watercolour bled into the damp paper.",
    "He tore a ligament in his knee playing squash.",
    "The gulls squabbled over the fish guts on the harbour wall.",
    "The pig's blood goes into the pudding mixture last.",
    "The bark had grown over the old wound in the oak.",
    "Three more hours of this meeting? This is torture.",
]
POSITIVES += [
    ("violence", "A branch tore a wound in his side."),
]
# A story or a kind of music that died: no one did.
NEGATIVES += [
    "The story died within a fortnight, as newspaper stories do.",
    "My uncle has been telling everyone that disco is dead since 1981.",
]
# Water thrown on a fire, a stake in a garden bed, a bottle broken on a ship's bow, children
# playing zombies, bindweed strangling roses, brambles that flay.
NEGATIVES += [
    "A bucket of water was thrown over the embers.",
    "She pushed a bamboo stake in beside each sweet pea.",
    "The bottle swung on its ribbon and smashed against the bow.",
    "The boys lurched round the garden moaning for brains.",
    "Bindweed will strangle the roses if you let it.",
    "I came out of the hedge flayed by brambles.",
]
POSITIVES += [
    ("violence", "Acid was thrown in her face outside the station."),
    ("violence", "He drove a wooden stake into the vampire's heart."),
    ("violence", "His head smashed against the wall and he went limp."),
    ("violence", "He strangled the old man with a length of wire."),
]

# A place that has never seen a killing has had none.
NEGATIVES += [
    "The old mill has never seen a murder in two hundred years.",
]

# ---- third pass (phrasings found missing on new writers' text) ----------------------------
# violence: a hail of blows; dropped with one punch; another man's fingers broken; a knife
# between the ribs; laid into with a belt; knocked to the ground
POSITIVES += [
    ("violence", "He went down under a hail of blows and did not get up."),
    ("violence", "The bouncer dropped him with a single punch to the temple."),
    ("violence", "The moneylender's men broke two of the grocer's fingers as a warning."),
    ("violence", "She felt the knife between her ribs before she saw the man."),
    (
        "violence",
        "His stepfather laid into him with the belt until the neighbours banged on the wall.",
    ),
    ("violence", "The mugger knocked the old woman to the ground and ran off with her bag."),
]
NEGATIVES += [
    "A hail of confetti came down on the bride and groom.",
    "He dropped the kids at school with a packed lunch each.",
    "The dog broke the vase's lid and hid under the sofa.",
    "The news went through her like a knife in the chest.",
    "Dad laid into the roast with the carving knife while we cheered.",
    "The gale knocked the old fence flat overnight.",
]
# death: the sickroom's plain words ("he went in the night", "Dad went at about half five")
POSITIVES += [
    ("death", "Grandad went peacefully in the end, with the radio on."),
    ("death", "The hospice rang at six: Mum went at about half five, with the nurse beside her."),
]
NEGATIVES += [
    "Dad went at about half five to pick up the curry.",
    "She went in the night to fetch the midwife from the next village.",
]
# death: carried off by a fever; did not live to see; passed from us; ceased breathing
POSITIVES += [
    ("death", "Both the little boys were carried off by the diphtheria that winter."),
    ("death", "Her youngest was taken by the croup before he was two."),
    ("death", "He did not live to see his grandson born."),
    ("death", "Our dear old friend passed from us on Sunday evening."),
    ("death", "The patient ceased breathing a little after four."),
    ("death", "By the time the medic reached him his chest had stopped moving."),
    ("death", "The ambassador expired in the carriage before it reached the hospital."),
    ("death", "She laid her mother out herself, in the blue dress."),
]
NEGATIVES += [
    "The guests were carried off by the coach at midnight, singing.",
    "He was taken by the idea of a walking holiday.",
    "Her passport expired in March, so she could not fly.",
    "She laid her clothes out on the bed the night before.",
    "The choir passed from the nave into the chapel.",
]
# death: a pet put to sleep; did not make it through the night; a body never found
POSITIVES += [
    ("death", "The vet said there was nothing else to do, and the old dog was put to sleep."),
    ("death", "The baby did not make it through the night."),
    ("death", "Gran slipped away in the small hours with all of us round the bed."),
    ("death", "The boat came back empty and his body was never found."),
]
NEGATIVES += [
    "The dog was put to sleep for the operation on his paw and woke up hungry.",
    "We didn't make it through the first episode before we fell asleep.",
    "She slipped away in the small hours to catch the first train.",
]
# violence: a weapon taken to a part of someone; seven bells knocked out of him
POSITIVES += [
    ("violence", "Two of them took a cricket bat to the landlord's knees."),
    ("violence", "The older boys kicked seven bells out of him behind the bike sheds."),
]
NEGATIVES += [
    "She took a hammer to the old kitchen cabinets and enjoyed every minute.",
    "He took the knife to the loaf's crust and sawed.",
]
# death: gone before the ambulance came; a heart that gave out; lost at sea; six feet under;
# never regained consciousness; "we lost Dad last year"
POSITIVES += [
    ("death", "He was gone by the time the paramedics got up the stairs."),
    ("death", "Her heart gave out the winter after the farm was sold."),
    ("death", "Her first husband was lost at sea off the Dogger Bank."),
    ("death", "Old Jack has been six feet under since the spring."),
    ("death", "After the fall she never regained consciousness."),
    ("death", "We lost Mum last spring, and the house is very quiet."),
]
NEGATIVES += [
    "He was gone before the police arrived, and so was the van.",
    "Her heart gave a little jump when the door opened.",
    "The cargo was lost at sea when the containers went over.",
    "We lost Dad in the supermarket for twenty minutes.",
    "The diver stayed six feet under the surface for a minute.",
]
# death: "dead" as an intensifier, fainting "dead away", weddings and funerals as occasions,
# a funeral in a simile
NEGATIVES += [
    "I was dead chuffed when the letter said I'd got the place.",
    "Mum would faint dead away if she saw the state of your room.",
    "The cousins only ever met at weddings and funerals, and talked about the weather.",
    "He stood at the back of the gallery looking as solemn as a vicar at a funeral.",
]
# violence: caning or birching someone
POSITIVES += [
    ("violence", "The master caned the new boy on both palms for speaking out of turn at prayers."),
    ("violence", "In those days the magistrate birched the lad for stealing coal from the yard."),
]
NEGATIVES += [
    "We caned it down the motorway to make the ferry and got there with a minute to spare.",
    "She caned the old chair seats herself, weaving the rattan in neat diagonal rows.",
]
# violence: a blow to a child that the child-abuse words found ("used the strap on the
# boys", "burned her daughter's hand") is on the page, so it is violence too; neglect is not
POSITIVES += [
    ("violence", "Their father used the strap on the boys every Sunday after church."),
    ("violence", "She burned her daughter's hand on the stove to teach her a lesson."),
]
NEGATIVES += [
    "Mum locked us in the coal cellar when we were small, sometimes all night.",
]
# death: widowed as an event is a death; a widow's status, told in passing, is not
POSITIVES += [
    ("death", "She was widowed at thirty-one when the pit roof came down."),
    ("death", "He was left widowed by the flu that winter, with a farm and two small girls."),
]
NEGATIVES += [
    "The widowed Mrs. Pennock let rooms to students and kept a very clean stair.",
]
# death: a lover "buried inside" the other is no burial
NEGATIVES += [
    "He groaned, buried deep inside her, and did not move for a long moment.",
]
# violence: harm called physical; the buckle end; a strap brought down; a round that takes
# someone (and physical things that are no harm, a box brought down from the attic)
POSITIVES += [
    ("violence", "The report found that both boys had been physically abused by their uncle."),
    ("violence", "Physical punishment was still usual at the school in those years."),
    ("violence", "Whoever had cheeked him that week got the buckle end, and that was that."),
    ("violence", "The master brought the cane down across the boy's palm four times."),
    ("violence", "The sniper fired again, and the second round took him high in the chest."),
    ("violence", "A stray bullet caught the driver as he ducked behind the van."),
]
NEGATIVES += [
    "After the operation she went to physical therapy twice a week and hated every minute.",
    "He was physically exhausted by the end of the shift and slept in the car.",
    "Dad brought the box of decorations down from the loft and we sorted the baubles.",
    "The belt had a brass buckle, and the end of it was worn pale from years of use.",
]
NEGATIVES += [
    "His round took him through the old town and down the long hill to the ring road.",
    "Jamie has hyperacusis; loud sounds physically hurt, so he wears ear defenders in assembly.",
]
# ---- seventh pass: look-alikes of death on the training set's negatives ------------------
# the realm of the dead and its furniture; similes of a slaughter; a thing buried or
# "murdered"; a funeral for a gadget; a wish to murder; dying for someone as devotion
NEGATIVES += [
    "Persephone took her place on the throne of the dead and did not look at him.",
    "The ferryman of the dead wanted his coin before anyone stepped aboard.",
    "The old pump wheezed like a cat being strangled every time we turned the tap.",
    "After the marathon he lay on the grass like a dead thing for half an hour.",
    "She wrapped the time capsule in plastic and buried it under the apple tree.",
    "The choir murdered it, but the vicar clapped loudest of all.",
    "We held a small funeral for the old printer beside the skip, with hymns.",
    "His mother had half a mind to strangle him when he came in at three.",
    "The girls on the team would die for their captain, and she knew it.",
    "I'd kill for a bacon sandwich right now.",
]
POSITIVES += [
    ("death", "They buried him under the yew in the churchyard at Hythe."),
    ("death", "She'd killed him before the kettle boiled."),
    (
        "death",
        "Every winter he'd kill a pig and salt it down, and nobody in the village did it quicker.",
    ),
]
# death: a pulse felt for and not found
POSITIVES += [
    (
        "death",
        "He knelt in the wet grass and pressed two fingers to her throat, and there was nothing.",
    ),
    ("death", "The constable felt for a pulse and found none."),
]
NEGATIVES += [
    "She felt for a pulse and found it, faint but steady.",
    "She pressed a finger to her lips and said nothing.",
    "He put two fingers to the horse's neck and waited; the beat was strong.",
]
# death: a desk buried under marking, a performance that "murdered me", a menu knocked off
NEGATIVES += [
    "By Friday her desk was buried under a pile of marking and two cold mugs.",
    '"That recital murdered me," she said, kicking off her shoes in the hall.',
    "He stood up so fast that he knocked the salt cellar off the table.",
]
POSITIVES += [
    ("death", "The climbers were buried under the snow of the north face and never found."),
    ("death", "Somebody bumped the old man off for his pension."),
]

# Cold: the dead found cold, and the cold of food, tea, weather and manners (two of which in
# one paragraph once made a death: "cold beef" and a cup "gone cold, untouched").
POSITIVES += [
    ("death", "The nurse came at dawn and found the old man cold in his chair by the window."),
    ("death", "When I went in with the tea I found my father cold, his book open on his chest."),
]
NEGATIVES += [
    "Mrs. Hudson brought up cold beef and a pot of tea at six. Watson set Holmes's cup beside "
    "the sofa, where it went cold, untouched.",
    "It was a cold night, and she was cold and hungry by the time the last bus came. Her hands "
    "were cold too.",
    "The soup had gone cold. The cold weather kept them indoors all week.",
    "She was cold to him all through dinner, and colder still in the car.",
    "They found her cold and shivering in the garden shed, and wrapped her in a blanket.",
]

# A body where the dead are found, and the living body in the water.
POSITIVES += [
    ("death", "A boy brought a note from Lestrade: a body in the river below Blackfriars."),
    ("death", "They pulled another body from the canal that winter."),
]
NEGATIVES += [
    "Her body in the water felt weightless and warm.",
    "She floated on her back, the body in the water easy and loose.",
    "The lake was the largest body of water in the county.",
]

# A show, a match or a vote that "was a massacre" (2026-11-28); and a massacre.
POSITIVES += [
    ("violence", "What happened in the village was a massacre, and everyone knew it."),
]
NEGATIVES += [
    "The play was a massacre: the lead forgot every line and the reviews were merciless.",
    "The final was an absolute bloodbath, six-nil by half time.",
]

# Flowers cut down, a regime's funeral (2026-11-28).
NEGATIVES += [
    "The frost had killed the last of the dahlias, and Elinor cut them down for the compost.",
    "After the funeral of the old regime, the new council met in the cold town hall.",
]

# A figure's thing, then a real blow told after it (2026-11-28): the exceptions for "the cold
# hit me", "the bell struck", "the party died", "the phone did not survive" let any word
# stand between the thing and the verb, so these were figures and gave no note.
POSITIVES += [
    ("violence", "In the cold he hit her again and again until she stopped moving."),
    ("violence", "After the news he struck her across the face."),
    ("violence", "As the bell tolled he struck the boy across the face."),
    ("violence", "Yesterday he punched her in the face in front of the children."),
    ("death", "He collapsed at the party and died before the ambulance came."),
    ("death", "Over the phone the baby did not survive the night."),
    ("death", "In the papers he murdered his wife, and in the dock he wept."),
]
NEGATIVES += [
    "The news finally hit him on the train home.",
    "The cold really hit me when I stepped off the plane.",
    "The clock struck midnight and Cinderella ran.",
    "The party died down around midnight.",
    "The marriage, sadly, did not survive the war.",
]

# Chat's "I'm dead", a shot at goal; a bedside's "when she went" (2026-11-28).
POSITIVES += [
    ("death", "You were holding her hand when she went. It was very quiet."),
    ("death", "I was with him when he went, at the end."),
    ("violence", "He took a shot at the sentry and missed by a mile."),
]
NEGATIVES += [
    "kez: IM DEAD 💀💀💀",
    "i'm literally dead lol",
    "He took a shot at the goal and missed by a mile.",
    "She went to the shops when he went to work.",
    "I was with her when she went to the station.",
]
NEGATIVES += [
    "kez: literally dying rn\nsam: i want to die of embarrassment for him",
]

# A blade to someone else's body; a wound that takes part of a face away; a vigil by the body
# (2026-11-28); and their look-alikes.
POSITIVES += [
    ("violence", "He slashed her arm with a razor."),
    ("violence", "Someone had cut his hand open with a broken bottle in the fight."),
    ("graphic-violence", "The shell blew off two of his fingers, and he stared at the hand."),
    (
        "graphic-violence",
        "The sergeant's rifle butt came down again, and the boy spat blood and teeth.",
    ),
    ("death", "Fred was gone. George sat with his twin's body in the Great Hall."),
]
NEGATIVES += [
    "She cut her hand on the glass and swore.",
    "Molly cut her finger on a page of the new book and sucked it, laughing.",
    "He cut her hair short with the kitchen scissors.",
    "The photographer cropped away half his face in the picture.",
]

# From a new writer's scenes (2026-11-28): blows told by what met what, wounds in plain words,
# the house in mourning, a place set and then remembered, no pulse; and their look-alikes.
POSITIVES += [
    ("violence", "The sergeant's fist found the recruit's jaw, and the lad went down."),
    ("violence", "She landed a jab to the thief's ribs that sent him sprawling into the gutter."),
    ("violence", "Achilles seized the old man by the throat and shook him like a rat."),
    ("graphic-violence", "The axe opened him from shoulder to hip, and he fell without a sound."),
    ("graphic-violence", "The blood came arterial and bright, pulsing between her fingers."),
    ("death", "They stopped every clock in the house and hung the mirror with black crape."),
    ("death", "Nell set out four plates for supper, then remembered, and put one back."),
    ("death", "No pulse, and the skin already cooling; the doctor wrote down the time."),
]
NEGATIVES += [
    "The old man went sprawling on the ice and laughed at himself all the way home.",
    "They took the arterial road north and were in Leeds by lunch.",
    "She stopped the clocks to wind them, as she did every Sunday.",
    "Dear diary, a rose thorn stabbed my thumb today, and Jonathan fussed as though I had been "
    "mortally wounded.",
    "He fell back on the sofa as if he'd been shot, and the children shrieked with laughter.",
    "Miss Bingley lost forty guineas at loo and pronounced the evening an utter massacre.",
    "The squire's wooden blade cracked the old knight across the knuckles, and he laughed.",
    "The corpse sneezed during the death scene, and the whole house was in fits.",
    "jules: i'm DEAD did u see his face\nmae: i literally died. rip me",
]

# Case files, slang and literary scenes by new writers (2026-11-28, second round); and their
# look-alikes.
POSITIVES += [
    ("violence", "The bosun was set upon by three men with belaying pins outside the inn."),
    (
        "graphic-violence",
        "The arm came away at the shoulder, and the wolf dragged it into the trees.",
    ),
    (
        "death",
        "The house stopped every clock at twenty past four, and Mamma hung crape on the door.",
    ),
]
NEGATIVES += [
    "RIP my sourdough starter, gone mouldy in the heatwave.",
    "that exam killed me, i'm dead, just bury me in the library",
    "The shop died a slow death once the retail park opened.",
    "Op note: three ports sited; appendix retrieved via the umbilical port.",
    "October is killing the garden slowly, and the dahlias hang their heads.",
    "Kill the fire, Granny said, and Tom smothered the embers with ash.",
    "Grandfather showed her how to dress the rabbit: the quick cut, the skin peeled back.",
    "You wake with a jolt in your own bed, sheets tangled, the cat on your chest.",
]

# "Had" opens a condition only with its subject and a participle ("Had the steward ever struck
# a maid"), not a diary's subjectless "Had a row with Dad" (2026-11-28).
POSITIVES += [
    ("violence", "Had a massive row with Dad and he slapped me across the face."),
]
NEGATIVES += [
    "Had the steward ever struck a maid, the housekeeper would have had him dismissed.",
    "Had Emma been a violent woman she might have thrown the teapot; instead she laughed.",
    "Should any footman ever be found fighting, he was to be turned off at once.",
]

# A third round (2026-11-28): Cluedo, a game's boss, a joke that died, a plan dead on arrival,
# blood given, a stage sword duel.
NEGATIVES += [
    "It was the professor, in the conservatory, with the wrench, Jo declared.",
    "I've died on this boss eleven times, Sam complained, and threw down the controller.",
    "His opening joke about the parrot died the moment it left his mouth.",
    "The council's plan for a car park was dead on arrival.",
    "Giving blood for the first time, Owen watched the bag slowly fill.",
    "In the stunt rehearsal her character lost the sword duel and fell onto the crash mat.",
]

# ---- death: a sound "drowned out" is no drowning; a drowning out at sea still is
POSITIVES += [
    ("death", "Two of the crew drowned out at sea that winter."),
]
NEGATIVES += [
    "He turned the radio up until it drowned out the ringing in his ears.",
    "Her answer was drowned out by the kettle.",
    "The brass band drowned the speeches out entirely.",
]

# ---- death: "knocked him off" a thing is a fall, not a killing; "dead" as an intensifier
NEGATIVES += [
    "The second wave knocked him off his board and he came up laughing.",
    "She was dead impressed with the new kitchen.",
]

# ---- violence: what "could" be seen or heard happened ("I could hear him hitting her");
# what could be done did not
POSITIVES += [
    ("violence", "From the landing I could hear him hitting her, and then the door."),
    ("violence", "She could only watch as they kicked the boy along the gutter."),
]
NEGATIVES += [
    "He could hit her if he wanted to, and she knew it.",
]

# ---- figures and kitchen work in long chapters (scenes of 2026-11-28, second round): a
# thing "murdered" (a quiz round, the bindweed, the Macarena), a look "ready to murder",
# shapes cut in a kitchen, gutters gargling, a wardrobe that "beat" them
NEGATIVES += [
    "We were absolutely murdering the picture round until the music round came.",
    "I spent Sunday on my knees murdering the bindweed along the fence.",
    "By the interval the vicar looked ready to murder the organist.",
    "She cut them into triangles with the big knife and put the crusts in the bin.",
    "It rained so hard the downpipes were gargling all night.",
    "By midnight the flat-pack wardrobe had well and truly beaten us.",
    "The game had beaten them all by the final level.",
]
POSITIVES += [
    ("violence", "The man had beaten her black and blue."),
    ("death", "He murdered the game warden on the road to the lodge."),
]

# ---- death as a figure of machines, gardens, projects and games: "kill the main drive",
# "kill off the bindweed", weeds that strangle the beans, "what killed us?" after a launch,
# a page "dead on arrival", an old logo buried, a game's "YOU DIED"
NEGATIVES += [
    "'Kill the main drive,' said the captain, and the ship went dark.",
    "Saturday jobs: kill off the bindweed before it strangles the runner beans.",
    "'So,' said the manager, 'what killed us?' Nobody mentioned the deadline.",
    "The new pricing page had been dead on arrival.",
    "They agreed to bury the old logo for good.",
    "YOU DIED flashed across the screen for the ninth time that evening.",
]
POSITIVES += [
    ("death", "They killed the power to the street and then killed him in the dark."),
    ("death", "He was dead on arrival at St Mary's."),
]

# ---- death: going "peacefully"; a heart that gave out; a monitor's line gone flat; not a
# heart that "gave out a little" at a sight, nor going to bed peacefully, nor a flat tyre
POSITIVES += [
    ("death", "Grandad went last night, peacefully, with the radio on."),
    ("death", "Her heart gave out halfway up the hill."),
    ("death", "At ten past four the monitor went flat and stayed flat."),
]
NEGATIVES += [
    "My heart gave out a little when I saw him at the gate.",
    "The children went to bed peacefully for once.",
    "The front tyre went flat on the motorway.",
]

# ---- figures of sport, gardens, chess, politics and the comedy club (scenes of
# 2026-11-28, third round)
NEGATIVES += [
    "'You're getting murdered out there,' her coach said at the changeover.",
    "That kick serve of hers kills everyone the first time they face it.",
    "The slugs had massacred the lettuces overnight.",
    "Take the knight and you're dead in three moves.",
    "The backbenchers felt stabbed in the back by the repeal.",
    "At the new-material night you either killed or you died.",
]
POSITIVES += [
    ("violence", "He was stabbed in the back in an alley behind the market."),
]

# ---- a stage's deaths and blows, told only by words a stage can act out, in a paragraph
# set at a rehearsal or a performance; not when the knife was real or the ambulance came,
# nor a bank director shot dead as a meeting's audience filed in
NEGATIVES += [
    "'And die,' said the director, 'and die, and no. Stop.' Felix, sprawled across the edge "
    "of the stage, opened one eye. The audience would be here in a week.",
    "'Juliet, you're dead. Dead people don't scratch their nose,' called Ms Farrant from the "
    "back of the hall. The production was nine days away, and the tomb scene was a disaster.",
]
POSITIVES += [
    (
        "death",
        "On opening night the stage knife was real, and the actor playing Tybalt died in the "
        "wings before the ambulance came.",
    ),
    (
        "death",
        "The director of the bank was shot dead outside his office as the audience for the "
        "shareholders' meeting filed in.",
    ),
]

# A stove in a room is no skull stove in (2026-11-29).
NEGATIVES += [
    "Inside it smelled of leather and dust and the paraffin stove in the corner.",
    "Gran made us cocoa on the little camping stove in the barn while the storm passed.",
]
POSITIVES += [
    ("violence", "The troll's club stove in Brother Aldo's skull in one swing."),
    ("graphic-violence", "The troll's club stove in Brother Aldo's skull in one swing."),
]

# Thrown by a horse, or thrown off like a shawl, is no blow (2026-11-29).
NEGATIVES += [
    "Fitzwilliam thought I had been thrown by a fox, the way the mare came home alone.",
    "The women have let down their hair and thrown off their sandals to dance.",
]
POSITIVES += [
    ("violence", "He had been thrown from the window by his captors."),
]
