"""Deterministic, seeded generator of a general English training corpus.

Everything here is written for the course: hand-made word lists, sentence templates and a curated
list of true general-knowledge sentences, recombined by a seeded ``random.Random``.  Standard library
only; the same seed always gives byte-identical output (no sets are iterated, no clocks are read).

    generate(seed=1234, n_docs=...) -> {"train": [...], "validation": [...]}

Records are plain prose ``{"kind", "text"}``, chats ``{"kind": "chat", "messages": [...]}`` and
reading-comprehension items ``{"kind": "context_qa", "context", "question", "answer"}``.
"""

from __future__ import annotations

import random
import re

# ----------------------------------------------------------------------------------------------
# Small grammar helpers
# ----------------------------------------------------------------------------------------------


def _w(s: str) -> list[str]:
    """Split a comma-separated word list (keeps order, strips blanks)."""
    return [" ".join(x.split()) for x in s.split(",") if x.strip()]


_A_NOT_AN = (
    "unicorn",
    "uniform",
    "unit",
    "union",
    "uniq",
    "univers",
    "use",
    "usu",
    "utensil",
    "ukulele",
    "eu",
    "ewe",
    "one",
    "once",
    "ura",
    "unanimous",
)
_AN_NOT_A = ("hour", "honest", "honour", "heir")


def art(word: str) -> str:
    """The indefinite article for ``word``: "a" or "an"."""
    w = word.lower().lstrip("\"'")
    if w.startswith(_A_NOT_AN):
        return "a"
    if w.startswith(_AN_NOT_A):
        return "an"
    if w[:1].isdigit():
        digits = w.replace(",", "")
        lead = digits.split(" ")[0]
        if lead.startswith("8") or lead in ("11", "18") or (len(lead) in (5, 8) and lead[:2] in ("11", "18")):
            return "an"
        return "a"
    return "an" if w[:1] in "aeiou" else "a"


def a(phrase: str) -> str:
    """``phrase`` with its indefinite article: a(\"owl\") -> \"an owl\"."""
    return f"{art(phrase)} {phrase}"


def cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


_IRREG_PL = {
    "child": "children",
    "man": "men",
    "woman": "women",
    "mouse": "mice",
    "goose": "geese",
    "tooth": "teeth",
    "foot": "feet",
    "person": "people",
    "ox": "oxen",
    "knife": "knives",
    "leaf": "leaves",
    "loaf": "loaves",
    "wolf": "wolves",
    "shelf": "shelves",
    "half": "halves",
    "calf": "calves",
    "scarf": "scarves",
    "thief": "thieves",
    "life": "lives",
    "wife": "wives",
    "potato": "potatoes",
    "tomato": "tomatoes",
    "hero": "heroes",
    "echo": "echoes",
    "volcano": "volcanoes",
    "mango": "mangoes",
    "mosquito": "mosquitoes",
    "cactus": "cacti",
    "hoof": "hooves",
    "woodlouse": "woodlice",
    "fungus": "fungi",
    "octopus": "octopuses",
    "buffalo": "buffaloes",
    "domino": "dominoes",
    "torpedo": "torpedoes",
}
_SAME_PL = (
    "sheep",
    "deer",
    "fish",
    "moose",
    "salmon",
    "trout",
    "bison",
    "squid",
    "series",
    "species",
    "broccoli",
    "spinach",
    "celery",
    "asparagus",
    "kale",
    "okra",
    "beetroot",
    "garlic",
    "ginger",
    "corn",
    "cod",
    "aircraft",
    "shrimp",
    "elk",
    "rice",
    "bread",
    "cheese",
    "butter",
    "honey",
    "jam",
    "flour",
    "sugar",
    "salt",
    "tea",
    "coffee",
    "milk",
)


def plural(noun: str) -> str:
    if " of " in noun:
        head, tail = noun.split(" of ", 1)
        return plural(head) + " of " + tail
    if " " in noun:
        head, last = noun.rsplit(" ", 1)
        return head + " " + plural(last)
    if noun in _IRREG_PL:
        return _IRREG_PL[noun]
    if noun in _SAME_PL:
        return noun
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    return noun + "s"


_IRREG_PAST = dict(
    x.split(":")
    for x in _w(
        "be:was, become:became, begin:began, bend:bent, bite:bit, blow:blew, break:broke, "
        "bring:brought, build:built, buy:bought, catch:caught, choose:chose, come:came, cost:cost, "
        "cut:cut, dig:dug, do:did, draw:drew, drink:drank, drive:drove, eat:ate, fall:fell, feed:fed, "
        "feel:felt, fight:fought, find:found, fly:flew, forget:forgot, forgive:forgave, freeze:froze, "
        "get:got, give:gave, go:went, grow:grew, hang:hung, have:had, hear:heard, hide:hid, hit:hit, "
        "hold:held, hurt:hurt, keep:kept, know:knew, lay:laid, lead:led, leave:left, lend:lent, "
        "let:let, light:lit, lose:lost, make:made, mean:meant, meet:met, pay:paid, put:put, read:read, "
        "ride:rode, ring:rang, rise:rose, run:ran, say:said, see:saw, sell:sold, send:sent, set:set, "
        "shake:shook, shine:shone, shoot:shot, shut:shut, sing:sang, sink:sank, sit:sat, "
        "sleep:slept, slide:slid, speak:spoke, spend:spent, spin:spun, spread:spread, stand:stood, "
        "steal:stole, stick:stuck, sting:stung, swim:swam, swing:swung, take:took, teach:taught, "
        "tear:tore, tell:told, think:thought, throw:threw, understand:understood, wake:woke, "
        "wear:wore, weave:wove, win:won, wind:wound, write:wrote, seek:sought, sweep:swept, "
        "creep:crept, kneel:knelt, weep:wept, flee:fled, grind:ground, deal:dealt, quit:quit, "
        "shed:shed, sew:sewed, show:showed, dive:dived, fit:fitted, spit:spat, wring:wrung"
    )
)

_DOUBLE = frozenset(
    _w(
        "stop, plan, drop, shop, hop, skip, clap, hug, jog, nod, grab, tap, wrap, chat, trim, hum, "
        "beg, rub, scrub, knit, admit, prefer, regret, travel, cancel, swim, run, sit, get, put, cut, "
        "hit, set, begin, win, dig, spin, shut, let, forget, stir, plug, pat, pet, rob, slip, trip, "
        "zip, ship, mop, chop, whip, wag, tug, drag, dip, fit, pin, step, jam, scan, spot, trot, knot, "
        "plot, strum, drum, patrol, control, refer, occur, commit, permit, equip, pedal, label, "
        "signal, quarrel, marvel, model, snap, flap, slam, scar, star, bat, chip, nap, rip, sob, "
        "spit, strip, swap, tip, wed, quit, dab, hem, shed, grin, skim, spin, throb, sip"
    )
)


def _is_vowel(ch: str) -> bool:
    return ch in ("a", "e", "i", "o", "u")


def v_past(v: str) -> str:
    if v in _IRREG_PAST:
        return _IRREG_PAST[v]
    if v in _DOUBLE:
        return v + v[-1] + "ed"
    if v.endswith("e"):
        return v + "d"
    if v.endswith("y") and not _is_vowel(v[-2]):
        return v[:-1] + "ied"
    return v + "ed"


def v_ing(v: str) -> str:
    if v in ("be", "see", "flee", "agree", "free", "knee", "dye", "hoe", "tiptoe", "canoe"):
        return v + "ing"
    if v.endswith("ie"):
        return v[:-2] + "ying"
    if v in _DOUBLE:
        return v + v[-1] + "ing"
    if v.endswith("e") and not v.endswith("ee"):
        return v[:-1] + "ing"
    return v + "ing"


def v_s(v: str) -> str:
    if v == "have":
        return "has"
    if v == "be":
        return "is"
    if v.endswith(("s", "x", "z", "ch", "sh", "o")):
        return v + "es"
    if v.endswith("y") and not _is_vowel(v[-2]):
        return v[:-1] + "ies"
    return v + "s"


def vp(phrase: str, form: str) -> str:
    """Conjugate the first word of a verb phrase: form in base/past/ing/s."""
    head, _, rest = phrase.partition(" ")
    f = {"base": head, "past": v_past(head), "ing": v_ing(head), "s": v_s(head)}[form]
    return f + (" " + rest if rest else "")


def join(items: list[str], conj: str = "and") -> str:
    items = list(items)
    if len(items) == 1:
        return items[0]
    if len(items) == 2:
        return f"{items[0]} {conj} {items[1]}"
    return ", ".join(items[:-1]) + f", {conj} " + items[-1]


_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_ORD = (
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()


def nw(n: int) -> str:
    """A whole number in words (0 to 999,999)."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return _TENS[t] + ("-" + _ONES[o] if o else "")
    if n < 1000:
        h, rest = divmod(n, 100)
        return _ONES[h] + " hundred" + (" and " + nw(rest) if rest else "")
    th, rest = divmod(n, 1000)
    s = nw(th) + " thousand"
    if rest:
        s += (" and " if rest < 100 else " ") + nw(rest)
    return s


def num(n: int) -> str:
    """Digits with thousands separators: 12500 -> 12,500."""
    return f"{n:,}"


def count(r: random.Random, n: int, noun: str, words: bool | None = None) -> str:
    """ "three apples" / "12 apples" / "one apple"."""
    if words is None:
        words = n <= 12 or r.random() < 0.3
    qty = nw(n) if words and n < 1000 else num(n)
    return f"{qty} {noun if n == 1 else plural(noun)}"


# ----------------------------------------------------------------------------------------------
# Word lists (all hand-written for this project)
# ----------------------------------------------------------------------------------------------

NAMES_F = _w("""Anna, Mia, Ella, Nora, Ivy, Lena, Rosa, Clara, Maya, Zoe, Lily, Grace, Hannah, Sofia,
Amelia, Isla, Freya, Alice, Ruby, Lucy, Chloe, Emma, Olivia, Ava, Poppy, Daisy, Holly, Jasmine,
Layla, Aisha, Fatima, Priya, Anika, Meera, Yara, Leila, Nadia, Sara, Elena, Lucia, Carmen, Marta,
Ines, Julia, Helena, Greta, Ingrid, Astrid, Elsa, Hilda, Maria, Eva, Iris, Flora, Hazel, Violet,
Willow, Pearl, Ruth, Esther, Naomi, Miriam, Leah, Tara, Kira, Nina, Tessa, Vera, Wendy, Beth,
Kate, Jane, Molly, Polly, Sally, Amy, Emily, Sophie, Charlotte, Harriet, Matilda, Beatrice, Edith,
Agnes, Mabel, Ada, Ida, Cora, Dora, Thea, Mila, Luna, Stella, Aurora, Celia, Delia, Gemma, Jenna,
Lana, Megan, Nicole, Paula, Rachel, Tina, Ursula, Wanda, Yasmin, Zara, Amara, Chioma, Ngozi, Kemi,
Zainab, Hana, Yuki, Mei, Lin, Aiko, Keiko, Mina, Anya, Olga, Irina, Katya, Bianca, Chiara, Giulia,
Francesca, Rita, Gloria, Pilar, Ximena, Camila, Valentina, Isabel, Lorena, Alma, Frida, Signe,
Maren, Liv, Niamh, Bridget, Maeve, Orla, Fiona, Moira, Eileen, Joan, Norma, Doris, Hattie, Josie,
Imogen, Rosalind, Marisol, Adela, Noor, Safiya, Leona, Odette, Petra, Rhea, Selma, Talia""")

NAMES_M = _w("""Leo, Sam, Ben, Tom, Max, Finn, Oscar, Jack, Noah, Liam, Ethan, Lucas, Oliver, Harry,
George, Arthur, Henry, Theo, Felix, Hugo, Jonah, Caleb, Eli, Isaac, Jacob, Daniel, David, Samuel,
Joseph, Adam, Aaron, Omar, Yusuf, Ali, Hassan, Karim, Tariq, Ravi, Arjun, Dev, Rohan, Vikram,
Sanjay, Mateo, Diego, Pablo, Carlos, Luis, Javier, Marco, Luca, Paolo, Enzo, Nico, Stefan, Lars,
Erik, Nils, Anders, Sven, Otto, Hans, Karl, Felipe, Rafael, Tiago, Kofi, Kwame, Emeka, Tunde,
Chidi, Musa, Jamal, Malik, Idris, Kenji, Hiro, Takeshi, Ren, Jin, Wei, Chen, Ivan, Pavel, Dmitri,
Mikhail, Boris, Alexei, Andrei, Tomas, Jakub, Piotr, Marek, Milan, Peter, Paul, Mark, Luke, John,
James, Robert, Edward, Albert, Walter, Frank, Harold, Ernest, Stanley, Rupert, Percy, Alfie,
Archie, Reggie, Freddie, Charlie, Billy, Danny, Eddie, Ned, Ted, Gus, Ray, Roy, Glen, Dale, Wade,
Brian, Colin, Dennis, Gordon, Keith, Martin, Neil, Owen, Rhys, Gareth, Dylan, Evan, Ewan, Callum,
Angus, Fraser, Hamish, Declan, Cormac, Patrick, Kieran, Ronan, Aidan, Conor, Simon, Victor,
Xavier, Wesley, Vincent, Jasper, Ruben, Silas, Tobias, Milo, Rufus, Otis, Abel, Ezra, Gideon,
Bruno, Emil, Florian, Gustav, Ibrahim, Joel, Kai, Leon, Moses, Nathan, Quincy, Rory, Tristan""")

SURNAMES = _w("""Abbott, Baker, Carter, Dalton, Ellis, Fisher, Garner, Hale, Irving, Jensen, Keller,
Lambert, Moreno, Nash, Osei, Patel, Quinn, Reyes, Shaw, Turner, Underwood, Vance, Walsh, Young,
Zimmer, Adeyemi, Bishop, Cole, Doyle, Evans, Foster, Grant, Hughes, Ibrahim, Jones, Khan, Lopez,
Murphy, Nakamura, Okafor, Price, Rossi, Sato, Tanaka, Usman, Varga, Wong, Yilmaz, Novak, Kowalski,
Berg, Lindqvist, Haddad, Mensah, Silva, Costa, Ferreira, Santos, Morgan, Hart, Lowe, Marsh, Pike,
Reed, Thorne, Wilde, Bell, Brooks, Chapman, Dixon, Fletcher, Harper, Jennings, Kemp, Lawson,
Mason, Norris, Palmer, Rowe, Sutton, Tucker, Webb, Wheeler, Barker, Cooper, Dunn, Holt, Lane,
Nolan, Page, Ross, Tate, Ward, Ashworth, Bramley, Crane, Devlin, Ferris, Goodwin, Hollis, Ingram,
Kirby, Lister, Mayhew, Oakley, Pemberton, Radcliffe, Sinclair, Thornton, Whitlock, Yates""")

_TOWN_A = _w("""Ash, Bram, Cold, Elder, Fern, Glen, Hazel, Holly, Iron, Kings, Lark, Maple, Mill, Oak,
Pine, Red, Rose, Silver, Stone, Thorn, Willow, West, Brook, Clay, Corn, Deep, East, Fair, Fox,
Green, Hart, High, Long, Marsh, Moss, North, Old, Raven, Rush, Salt, South, Sun, Swan, White,
Wood, Apple, Bell, Birch, Black, Bright, Cliff, Crow, Dun, Elm, Gold, Hay, Heather, Kettle,
Lin, Lynd, Nether, Pen, Quarry, Rye, Shep, Sorrel, Tall, Wren, Yew""")
_TOWN_B = _w("""ford, field, wick, bury, mere, ton, dale, by, holm, stead, wood, haven, bridge, combe,
moor, gate, well, brook, hurst, ley, cross, worth, thorpe, hampton, minster, stow, wold, marsh,
hollow, port""")
TOWNS = [p + s for p in _TOWN_A for s in _TOWN_B if p[-1] != s[0]]
RIVERS = _w("""Ash, Bray, Cale, Dove, Esk, Frome, Gale, Hask, Isen, Kell, Lune, Mell, Nene, Orr, Pell,
Quill, Rill, Sable, Tarn, Umber, Vell, Wend, Yarrow, Brisk, Coll, Dwyn, Fenn, Loder, Mirren, Tolly""")
STREETS = _w("""Mill Lane, Church Street, Baker Street, Orchard Road, Station Road, High Street,
Willow Way, Chapel Lane, Harbour Road, Meadow Close, Kiln Lane, Market Street, Bridge Street,
Park Avenue, Quarry Road, Beech Grove, Ferry Lane, Rope Walk, Tanner's Row, School Lane,
Forge Street, Garden Terrace, Hill Rise, Lark Lane, Elm Crescent""")

DAYS = _w("Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday")
MONTHS = _w(
    "January, February, March, April, May, June, July, August, September, October, November, December"
)
MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
SEASON_OF_MONTH = (
    "winter",
    "winter",
    "spring",
    "spring",
    "spring",
    "summer",
    "summer",
    "summer",
    "autumn",
    "autumn",
    "autumn",
    "winter",
)
TIMES = _w("""seven o'clock, half past seven, eight o'clock, half past eight, nine o'clock, ten
o'clock, half past ten, eleven o'clock, noon, one o'clock, two o'clock, half past two, three
o'clock, four o'clock, half past four, five o'clock, six o'clock, half past six""")

COLOURS = _w("""red, blue, green, yellow, orange, purple, pink, brown, black, white, grey, silver,
golden, turquoise, crimson, scarlet, navy, teal, lilac, maroon, beige, cream, amber, indigo,
olive, emerald, coral, rust, mustard, plum""")
BASIC_COLOURS = _w("red, blue, green, yellow, orange, purple, pink, brown, black, white, grey")

LOSABLE = _w("""notebook, pencil case, umbrella, scarf, glove, hat, wallet, watch, ring, necklace,
bracelet, backpack, lunchbox, water bottle, torch, map, compass, comb, hairbrush, diary, library
book, postcard, photograph, teddy bear, kite, whistle, harmonica, paintbrush, sketchbook,
magnifying glass, mug, basket, ribbon, badge, medal, coin, shell, feather, lantern, blanket,
cushion, slipper, sweater, jacket, raincoat, cap, football, skateboard, puzzle, recipe book,
key ring, pair of glasses, toy boat, calculator, flute, recorder, purse, pocket watch, wooden
spoon, brooch, bookmark, headband, lucky pebble""")

FRUITS = _w("""apple, pear, plum, peach, apricot, cherry, grape, banana, orange, lemon, lime, mango,
pineapple, melon, watermelon, strawberry, raspberry, blueberry, blackberry, gooseberry, fig,
kiwi, papaya, guava, coconut, pomegranate, nectarine, tangerine, grapefruit, lychee, cranberry,
quince, persimmon, avocado, damson, clementine""")
VEGETABLES = _w("""carrot, potato, onion, leek, cabbage, cauliflower, broccoli, spinach, lettuce,
cucumber, tomato, pepper, courgette, aubergine, pumpkin, turnip, parsnip, radish, beetroot,
celery, pea, bean, asparagus, artichoke, kale, sweet potato, mushroom, chilli, okra, swede,
butternut squash, sprout, shallot, fennel, chickpea, lentil""")
SOUP_VEG = _w("""carrot, potato, onion, leek, cabbage, cauliflower, broccoli, spinach, tomato,
pepper, pumpkin, turnip, parsnip, beetroot, pea, bean, kale, mushroom, lentil, sweet potato,
butternut squash, fennel, chickpea""")
PIE_FRUIT = _w("""apple, pear, plum, peach, apricot, cherry, raspberry, blueberry, blackberry,
gooseberry, rhubarb, lemon, banana, strawberry, damson, quince""")
BAKES = _w("""loaf of bread, batch of biscuits, tray of scones, pot of soup, fruit cake, lemon tart,
carrot cake, pan of flapjacks, batch of muffins, plate of pancakes, vegetable pie, pot of stew,
bowl of salad, pan of paella, chocolate cake, tray of cinnamon buns, jar of jam, apple crumble,
cheese pie, spicy curry, banana loaf, bowl of porridge, rice pudding, stack of flatbreads,
plum tart, ginger cake, pumpkin soup, tomato sauce, honey cake, oat loaf""")
DRINKS = _w("""tea, hot chocolate, lemonade, orange juice, apple juice, milk, cocoa, mint tea,
ginger beer, water, cold milk, elderflower cordial""")
SNACKS = _w("""sandwich, apple, biscuit, banana, cheese roll, slice of cake, handful of nuts, pear,
bowl of soup, boiled egg, muffin, bag of crisps, flapjack, oatcake, slice of toast""")

WILD_ANIMALS = _w("""fox, badger, deer, rabbit, hare, squirrel, hedgehog, mole, otter, beaver,
wolf, bear, moose, lynx, elephant, giraffe, zebra, lion, tiger, leopard, cheetah, hippo, rhino,
gorilla, chimpanzee, monkey, kangaroo, koala, wombat, platypus, camel, llama, panda, sloth,
armadillo, raccoon, skunk, porcupine, bat, vole, shrew, weasel, stoat, crocodile, alligator,
lizard, gecko, snake, tortoise, turtle, frog, toad, newt, salamander, penguin, seal, walrus,
polar bear, whale, dolphin, shark, octopus, jellyfish, crab, lobster, starfish, seahorse, eel,
meerkat, antelope, bison, buffalo, jaguar, orangutan, lemur, tapir, yak, iguana, chameleon""")
BIRDS = _w("""robin, sparrow, blackbird, thrush, wren, finch, goldfinch, starling, magpie, crow,
raven, jay, pigeon, dove, owl, hawk, eagle, falcon, kestrel, heron, swan, duck, goose, gull,
puffin, pelican, flamingo, parrot, peacock, woodpecker, kingfisher, swallow, lark,
nightingale, cuckoo, ostrich, hummingbird, stork, albatross, toucan, blue tit, curlew, owlet""")
SMALL_CREATURES = _w("""bee, wasp, ant, beetle, ladybird, butterfly, moth, dragonfly, grasshopper,
cricket, caterpillar, snail, slug, worm, spider, centipede, firefly, mosquito, fly, termite,
earwig, woodlouse, bumblebee, damselfly, glow-worm""")
FARM_ANIMALS = _w("""cow, pig, sheep, goat, horse, donkey, chicken, hen, duck, goose, turkey,
lamb, pony, mule, rooster, alpaca""")
PETS = _w("""dog, cat, rabbit, hamster, guinea pig, goldfish, parrot, tortoise, budgie, puppy,
kitten, ferret, mouse, canary""")
PET_NAMES = _w("""Biscuit, Pepper, Whiskers, Pickle, Muffin, Noodle, Ziggy, Bramble, Sooty, Patch,
Toffee, Custard, Button, Pip, Mango, Socks, Rusty, Shadow, Juniper, Clover, Pudding, Crumble,
Dusty, Barnaby, Hector, Nutmeg, Ginger, Snowball, Bandit, Scout, Domino, Pebble, Comet, Waffle,
Tinker, Marmalade, Fudge, Bubbles, Poppet, Treacle, Sprout, Bingo, Ruffles, Zephyr, Kipper""")

TREES = _w("""oak, ash, beech, birch, maple, willow, pine, fir, spruce, cedar, elm, yew, holly,
chestnut, sycamore, hazel, alder, rowan, cherry, apple, walnut, poplar, larch, lime, hawthorn,
olive, palm, magnolia, eucalyptus, redwood""")
FLOWERS = _w("""rose, tulip, daisy, daffodil, sunflower, lily, poppy, bluebell, lavender, orchid,
violet, marigold, pansy, primrose, snowdrop, iris, peony, dahlia, carnation, crocus, foxglove,
buttercup, dandelion, geranium, hyacinth, chrysanthemum, honeysuckle, jasmine, lilac, cornflower,
sweet pea, forget-me-not, clover, cowslip, heather, thistle""")
CLOTHING = _w("""shirt, blouse, skirt, dress, coat, jacket, sweater, jumper, cardigan, scarf, hat,
cap, beret, glove, mitten, boot, shoe, sandal, slipper, sock, belt, tie, apron, raincoat,
waistcoat, hoodie, dressing gown, overcoat, bobble hat, shawl""")
TOOLS = _w("""hammer, screwdriver, saw, drill, spanner, chisel, shovel, spade, rake, hoe, trowel,
wheelbarrow, ladder, bucket, watering can, tape measure, paintbrush, nail, screw, bolt, rope,
hose, axe, broom, mop, sponge, toolbox, clamp, pencil, ruler, sandpaper, pair of pliers,
spirit level, crowbar, mallet, pitchfork, garden fork, pair of shears, hand saw, oil can""")
KITCHEN = _w("""pan, pot, kettle, teapot, ladle, whisk, rolling pin, colander, sieve, grater,
chopping board, mixing bowl, oven, fridge, toaster, blender, spatula, baking tray, jug, cup,
plate, bowl, fork, spoon, napkin, apron, tea towel, saucepan, frying pan, measuring jug,
cake tin, egg timer, pepper mill, bread bin, tin opener""")
FURNITURE = _w("""chair, table, sofa, bed, bookshelf, wardrobe, desk, lamp, rug, armchair, stool,
bench, cupboard, drawer, cabinet, dresser, mirror, clock, curtain, bookcase, hammock, rocking
chair, footstool, chest of drawers, coat rack, sideboard, window seat""")
VEHICLES = _w("""car, bus, train, tram, bicycle, scooter, motorbike, lorry, van, taxi, boat,
ferry, ship, yacht, canoe, kayak, rowing boat, plane, helicopter, hot-air balloon, tractor,
ambulance, fire engine, narrowboat, cable car""")
TOWN_PLACES = _w("""library, bakery, post office, market, school, museum, park, square, station,
harbour, bridge, town hall, cafe, hospital, cinema, theatre, swimming pool, playground, garden
centre, bookshop, toyshop, florist, pharmacy, bank, community centre, sports hall, football
pitch, bus stop, clock tower, lighthouse, pier, boatyard, windmill, farm shop, orchard,
allotment, village green, fire station, zoo, aquarium, observatory, art gallery, concert hall,
bandstand, fish market, ice rink, bowling green, repair shop, tea room, flower market""")
NATURE_PLACES = _w("""river, stream, lake, pond, hill, valley, meadow, field, forest, wood, cliff,
beach, bay, cove, island, marsh, moor, waterfall, cave, mountain, ridge, glacier, canyon,
lagoon, creek, heath, gorge, estuary, dune, orchard""")
ROOMS = _w("""kitchen, living room, bedroom, bathroom, hallway, attic, cellar, garage, garden
shed, porch, study, dining room, pantry, conservatory, loft, spare room, laundry room""")
HIDING_SPOTS = _w("""under the sofa, behind the curtains, inside the laundry basket, under a
cushion, in the coat pocket, beside the bread bin, on top of the wardrobe, under the bed,
behind the bookcase, in the garden shed, inside a wellington boot, in the biscuit tin,
between the sofa cushions, under a pile of newspapers, on the windowsill, in the car,
beneath the kitchen table, inside the piano stool, next to the garden gate, in the fruit bowl,
behind the flowerpots, in the pocket of an old coat, under the doormat, in the dog's basket""")

JOBS = _w("""baker, teacher, doctor, nurse, farmer, carpenter, plumber, electrician, mechanic,
librarian, postal worker, firefighter, police officer, pilot, chef, waiter, gardener, painter,
builder, architect, engineer, scientist, vet, dentist, pharmacist, tailor, potter, blacksmith,
shopkeeper, florist, journalist, photographer, musician, singer, dancer, actor, writer, poet,
artist, sculptor, clockmaker, beekeeper, shepherd, lifeguard, park ranger, zookeeper,
lighthouse keeper, bus driver, train driver, accountant, lawyer, judge, programmer, astronomer,
geologist, biologist, chemist, translator, caretaker, cashier, hairdresser, barber, butcher,
grocer, weaver, glassblower, bookbinder, cobbler, fisher, boatbuilder, cheesemaker, miller,
nursery teacher, midwife, optician, surveyor, surgeon, paramedic, locksmith, upholsterer""")
INSTRUMENTS = _w("""piano, violin, cello, guitar, flute, clarinet, trumpet, trombone, drums, harp,
harmonica, recorder, saxophone, accordion, banjo, ukulele, tuba, xylophone, tambourine, oboe,
bassoon, mandolin, fiddle, double bass, bagpipes""")
SPORTS = _w("""football, tennis, cricket, basketball, hockey, badminton, volleyball, rugby, netball,
golf, table tennis, chess, draughts, rounders, bowls, squash""")
SUBJECTS = _w("""maths, history, geography, science, art, music, reading, spelling, French,
Spanish, drama, biology, chemistry, physics, woodwork, cookery, German, astronomy""")
SCHOOL_ITEMS = _w("""pencil, pen, ruler, eraser, crayon, notebook, exercise book, textbook,
calculator, protractor, glue stick, stapler, pencil sharpener, folder, satchel, piece of chalk,
set of paints, compass""")
MATERIALS = _w("""wood, stone, glass, metal, iron, steel, copper, silver, gold, plastic, paper,
cardboard, cotton, wool, silk, leather, clay, brick, concrete, rubber, wax, willow, bamboo, tin""")
SHAPES = _w("""circle, square, triangle, rectangle, oval, star, heart, diamond, hexagon, pentagon,
octagon, cube, sphere, cylinder, cone, pyramid, crescent, spiral""")
TOYS = _w("""kite, yo-yo, spinning top, rag doll, jigsaw, marble, toy train, rocking horse,
skipping rope, hula hoop, puppet, kaleidoscope, wooden sword, dolls' house, toy drum""")

EMOTIONS = _w("""happy, sad, proud, nervous, excited, worried, curious, surprised, grateful, tired,
calm, cheerful, anxious, delighted, disappointed, embarrassed, confused, lonely, relieved,
thrilled, hopeful, grumpy, annoyed, frightened, amazed, content, glad, upset, shy, restless,
bored, puzzled, determined, eager, impatient, overjoyed, homesick, jealous""")
GOOD_FEELINGS = _w("""happy, proud, delighted, relieved, thrilled, grateful, cheerful, glad,
overjoyed, content, amazed, pleased, satisfied""")
BAD_FEELINGS = _w("""worried, nervous, anxious, upset, disappointed, frustrated, gloomy, uneasy,
cross, puzzled, confused, restless""")
TRAITS = _w("""kind, clever, brave, patient, cheerful, friendly, gentle, generous, honest, careful,
curious, funny, quiet, shy, thoughtful, helpful, stubborn, lively, calm, polite, clumsy,
forgetful, cautious, adventurous, creative, hardworking, sensible, playful, wise, modest, loyal,
energetic, bold, determined, imaginative, practical, tidy, talkative, cheeky, dreamy, sensitive,
easygoing, ambitious, resourceful""")
SIZES = _w("""tiny, small, little, large, big, huge, enormous, narrow, wide, tall, short, long,
thin, thick, deep, shallow, miniature, giant, massive, slender""")
LOOKS = _w("""old, new, ancient, shiny, dusty, rusty, clean, bright, dark, pale, colourful, plain,
fancy, smooth, rough, soft, heavy, light, faded, polished, wooden, striped, spotted, woolly,
fluffy, crooked, sturdy, fragile, elegant, shabby, sparkling, glossy, wrinkled, battered, sleek,
patched, painted, carved, knitted, embroidered, freckled, tangled, gleaming, chipped, dented""")
PLACE_ADJS = _w("""quiet, busy, peaceful, noisy, crowded, sleepy, bustling, pretty, charming,
remote, sunny, windy, misty, leafy, hilly, rocky, sandy, grassy, snowy, old-fashioned, tidy,
lively, friendly, picturesque, cosy, historic""")
TASTES = _w("""sweet, sour, bitter, salty, spicy, crunchy, juicy, creamy, crispy, fresh, ripe,
tender, tasty, delicious, warm, chewy, fluffy, sticky, tangy, savoury, rich, mild, zesty,
buttery, crumbly, golden""")
SOUNDS = _w("""loud, soft, quiet, gentle, sharp, deep, high, shrill, low, booming, faint,
cheerful, steady, rhythmic, squeaky, rumbling, tinkling, rattling, humming, whistling""")
ADVERBS = _w("""quickly, slowly, carefully, quietly, loudly, gently, happily, sadly, eagerly,
patiently, suddenly, nervously, proudly, softly, calmly, bravely, politely, cheerfully,
brightly, kindly, neatly, silently, warmly, firmly, lightly, swiftly, gracefully, awkwardly,
anxiously, curiously, hopefully, thoughtfully, boldly, cautiously, briskly, lazily, merrily,
sleepily, steadily, tightly, smoothly, easily, busily, clumsily, fondly, gladly, safely,
seriously, sweetly, wisely, gratefully, shyly, excitedly, quickly""")
MANNER_WALK = _w("""walked, hurried, strolled, wandered, ran, rushed, marched, skipped, tiptoed,
raced, jogged, dashed, ambled, trudged, cycled""")
SPEECH_VERBS = _w("""said, replied, answered, added, explained, whispered, laughed, called,
admitted, agreed, suggested, announced, remarked, murmured, declared""")
ASK_VERBS = _w("asked, wondered, enquired, asked quietly, asked with a smile, asked again")

WEATHER_PAST = _w("""it was raining softly, a cold wind was blowing, the sun was shining brightly,
thick fog covered the streets, the sky was grey and heavy, a light drizzle was falling, dark clouds
were gathering over the hills, the sky was bright and clear, it was cloudy but dry""")
SEASONS = _w("spring, summer, autumn, winter")
SEASON_DETAIL = {
    "spring": _w("""the first blossom was appearing on the trees, lambs were playing in the fields,
daffodils were nodding along the roadside, birds were building nests in the hedges,
the days were growing longer, the hawthorn was covered in white flowers"""),
    "summer": _w("""the fields were golden with wheat, bees were humming in the lavender,
children were paddling in the river, the evenings stayed light until late, the strawberries
were ripe, the air smelled of cut grass"""),
    "autumn": _w("""the leaves were turning red and gold, conkers were falling from the chestnut
trees, the mornings were misty, apples were ready to pick, geese were flying south,
the evenings were drawing in"""),
    "winter": _w("""frost sparkled on the rooftops, the ponds were covered in thin ice, smoke curled
from the chimneys, the trees stood bare against the sky, the nights were long and cold,
people hurried home wrapped in scarves"""),
}

HOBBIES = _w("""play the piano, play chess, play football, ride a bicycle, bake bread, bake
biscuits, grow tomatoes, paint pictures of birds, draw maps, collect stamps, collect shells,
build model boats, read adventure stories, write poems, sing in a choir, knit scarves, fly kites,
go fishing, go swimming, go for long walks, watch birds, climb trees, carve wood, make pottery,
keep bees, fix old clocks, learn new languages, study the stars, press flowers, sew quilts,
repair bicycles, do jigsaw puzzles, tell jokes, run along the river, skate in the park,
feed the ducks, take photographs, plant trees, write letters, solve riddles, practise magic
tricks, play the drums, grow sunflowers, make paper lanterns, weave baskets, draw cartoons,
play the violin, learn about insects, make jam, repair old radios, go rowing, play cricket,
visit museums, make birdhouses, cook spicy soups, arrange flowers, play badminton""")
CHORES = _w("""sweep the floor, wash the dishes, water the plants, feed the chickens, hang out the
washing, tidy the shelves, polish the windows, dig the vegetable patch, mend the fence, paint
the gate, clean the windows, fold the laundry, chop the firewood, stack the logs, weed the
flower beds, empty the bins, dust the bookshelves, mow the lawn, bake the bread, collect the
eggs, sort the post, fix the leaking tap, clear the gutters, rake the leaves""")
SKILLS = _w("""ride a bicycle, swim across the pool, play the violin, juggle three balls, bake a
perfect loaf, whistle a tune, knit a scarf, speak a little Spanish, draw a horse, tie a sailor's
knot, stand on a surfboard, play a song on the guitar, skate backwards, do a cartwheel, row a
boat, paint a sunset, read music, build a campfire safely, sew on a button, make a kite""")


# ----------------------------------------------------------------------------------------------
# Curated true general knowledge (hand-written).  Topic -> (title used in intros, sentences).
# ----------------------------------------------------------------------------------------------

FACTS: dict[str, tuple[str, list[str]]] = {
    "water": (
        "water and the states of matter",
        [
            "Water boils at 100 degrees Celsius at sea level.",
            "Pure water freezes at 0 degrees Celsius.",
            "Ice is less dense than liquid water, so it floats.",
            "Water can exist as a solid, a liquid or a gas.",
            "When water is heated enough, it turns into water vapour, which is an invisible gas.",
            "The white cloud above a boiling kettle is made of tiny droplets of water that have condensed from vapour.",
            "Salt water freezes at a lower temperature than fresh water.",
            "A water molecule is made of two hydrogen atoms and one oxygen atom.",
            "Most of the water on Earth is salt water in the oceans.",
            "Only a small part of the world's water is fresh water that people can drink.",
            "Evaporation happens when a liquid slowly turns into a gas at its surface.",
            "Condensation happens when a gas cools and turns back into a liquid.",
            "Dew forms when water vapour in the air condenses on cool surfaces during the night.",
            "Water expands when it freezes, which is why frozen pipes can burst.",
            "Sugar dissolves faster in hot water than in cold water.",
            "Oil floats on water because it is less dense than water.",
            "Hot air rises because it is less dense than the cooler air around it.",
            "Melting is what happens when a solid turns into a liquid.",
            "Solids keep their own shape, while liquids take the shape of their container.",
            "A gas spreads out to fill whatever space it is in.",
            "Puddles dry up on a sunny day because the water evaporates into the air.",
            "Wet clothes dry faster on a warm, windy day than on a cold, still one.",
        ],
    ),
    "weather": (
        "weather",
        [
            "Clouds are made of tiny drops of water or small crystals of ice.",
            "Rain falls when water droplets in a cloud join together and become too heavy to stay in the air.",
            "Snow forms when water vapour high in a cloud freezes into ice crystals.",
            "Most snowflakes have six sides or six points.",
            "Lightning is a giant spark of electricity in the sky.",
            "Thunder is the sound made by air that is heated very quickly by lightning.",
            "Light travels much faster than sound, so we see lightning before we hear thunder.",
            "A rainbow appears when sunlight shines through raindrops and is split into colours.",
            "To see a rainbow, you usually need the Sun behind you and rain in front of you.",
            "The colours of a rainbow are red, orange, yellow, green, blue, indigo and violet.",
            "Wind is air moving from a place of higher pressure to a place of lower pressure.",
            "Fog is a cloud that forms close to the ground.",
            "Hailstones are lumps of ice that grow inside tall storm clouds.",
            "A rain gauge is used to measure how much rain has fallen.",
            "Weather is what happens in the air from day to day, while climate is the usual weather of a place over many years.",
            "Deserts are places that get very little rain.",
            "Frost forms when water vapour freezes onto cold surfaces.",
            "Hurricanes are large, powerful storms that form over warm ocean water.",
            "A weather vane shows which direction the wind is blowing from.",
            "Scientists who study and forecast the weather are called meteorologists.",
            "An anemometer is an instrument that measures the speed of the wind.",
        ],
    ),
    "space": (
        "space and the Solar System",
        [
            "The Earth travels around the Sun once in about 365 days.",
            "The Earth spins on its axis about once every 24 hours, which gives us day and night.",
            "The Moon travels around the Earth about once a month.",
            "The Sun is a star.",
            "The Sun is so big that more than a million Earths could fit inside it.",
            "There are eight planets in our Solar System.",
            "The planets in order from the Sun are Mercury, Venus, Earth, Mars, Jupiter, Saturn, Uranus and Neptune.",
            "Jupiter is the largest planet in the Solar System.",
            "Mercury is the planet closest to the Sun.",
            "Venus is the hottest planet in the Solar System because its thick clouds trap heat.",
            "Mars is often called the Red Planet because of the reddish dust on its surface.",
            "Saturn is famous for its bright rings, which are made mostly of ice and rock.",
            "The Moon does not make its own light; it reflects light from the Sun.",
            "Light from the Sun takes about eight minutes to reach the Earth.",
            "Stars look tiny because they are extremely far away.",
            "A group of stars that makes a pattern in the sky is called a constellation.",
            "Our galaxy is called the Milky Way.",
            "Astronauts in orbit feel weightless because they and their spacecraft are falling around the Earth together.",
            "People first walked on the Moon in 1969.",
            "The Moon has no air to breathe.",
            "Gravity is the force that keeps the planets moving around the Sun.",
            "A telescope makes faraway objects look closer and clearer.",
            "The Sun rises in the east and sets in the west.",
            "Comets are lumps of ice and dust that travel around the Sun.",
            "The Moon seems to change shape during the month because we see different amounts of its sunlit side.",
            "The Moon's gravity is weaker than the Earth's, so you would weigh less on the Moon.",
            "The Earth is the only planet known to have life.",
            "A year on Mars is almost twice as long as a year on Earth.",
        ],
    ),
    "earth": (
        "the Earth and its rocks",
        [
            "The Earth is shaped almost like a ball.",
            "The outer layer of the Earth is called the crust.",
            "The centre of the Earth is called the core, and it is extremely hot.",
            "Melted rock underground is called magma, and when it reaches the surface it is called lava.",
            "Volcanoes form where melted rock from deep underground comes up to the surface.",
            "Earthquakes happen when large pieces of the Earth's crust suddenly move.",
            "Mountains can form when huge pieces of the Earth's crust push against each other.",
            "Fossils are the remains or traces of living things from long ago, preserved in rock.",
            "Sand is made of tiny pieces of rock and shell.",
            "Soil is a mixture of tiny pieces of rock, rotting plants, water and air.",
            "Rivers flow downhill and usually end in a lake or the sea.",
            "A glacier is a huge, slow-moving river of ice.",
            "The three main types of rock are igneous, sedimentary and metamorphic.",
            "Coal, oil and natural gas are called fossil fuels because they formed from ancient living things.",
            "Many caves are formed when water slowly dissolves rock such as limestone.",
            "Diamond is the hardest natural material.",
            "About seventy percent of the Earth's surface is covered by water.",
            "The equator is an imaginary line around the middle of the Earth.",
            "Places near the equator are usually warm all year round.",
            "The areas around the North Pole and the South Pole are among the coldest places on Earth.",
            "Wind and water slowly wear rocks away; this is called erosion.",
        ],
    ),
    "geography": (
        "the geography of the world",
        [
            "There are seven continents: Africa, Antarctica, Asia, Australia, Europe, North America and South America.",
            "Asia is the largest continent.",
            "Antarctica is the coldest continent, and it is covered by a thick sheet of ice.",
            "The Pacific Ocean is the largest and deepest ocean.",
            "The five oceans are the Pacific, the Atlantic, the Indian, the Southern and the Arctic Oceans.",
            "The Nile and the Amazon are two of the longest rivers in the world.",
            "The Amazon rainforest in South America is the largest tropical rainforest in the world.",
            "Mount Everest is the highest mountain above sea level.",
            "Mount Everest is in the Himalayas, on the border between Nepal and China.",
            "The Sahara in northern Africa is the largest hot desert in the world.",
            "Paris is the capital of France.",
            "London is the capital of the United Kingdom.",
            "Tokyo is the capital of Japan.",
            "Canberra is the capital of Australia.",
            "Ottawa is the capital of Canada.",
            "Cairo is the capital of Egypt.",
            "Madrid is the capital of Spain.",
            "Rome is the capital of Italy.",
            "Berlin is the capital of Germany.",
            "Nairobi is the capital of Kenya.",
            "New Delhi is the capital of India.",
            "Beijing is the capital of China.",
            "Mexico City is the capital of Mexico.",
            "Buenos Aires is the capital of Argentina.",
            "Russia is the largest country in the world by area.",
            "Greenland is the largest island in the world.",
            "The Dead Sea is so salty that people can float on it easily.",
            "Iceland has many volcanoes and hot springs.",
            "Venice in Italy is famous for its canals.",
            "The Great Barrier Reef, off the coast of Australia, is the largest coral reef system in the world.",
            "Lake Baikal in Russia is the deepest lake in the world.",
            "The Andes in South America are the longest mountain range on land.",
            "North, south, east and west are the four main points of the compass.",
            "A map uses a scale to show how distances on paper compare with real distances.",
        ],
    ),
    "animals": (
        "animals",
        [
            "The blue whale is the largest animal known to have ever lived.",
            "Whales and dolphins are mammals, so they must come to the surface to breathe air.",
            "The cheetah is the fastest land animal.",
            "Giraffes are the tallest animals in the world.",
            "Elephants are the largest land animals.",
            "An elephant uses its trunk to breathe, smell, drink and pick things up.",
            "Bats are the only mammals that can truly fly.",
            "Mammals have hair or fur and feed their young with milk.",
            "Reptiles, such as snakes and lizards, have dry, scaly skin.",
            "Frogs are amphibians, which means they usually begin life in water and later live on land as well.",
            "Tadpoles slowly grow legs and turn into frogs.",
            "Fish breathe using gills, which take oxygen from the water.",
            "Insects have six legs and three main body parts.",
            "Spiders have eight legs, so they are not insects.",
            "Penguins are birds that cannot fly, but they are excellent swimmers.",
            "Most owls hunt at night.",
            "Animals that are active at night are called nocturnal.",
            "Herbivores are animals that eat only plants.",
            "Carnivores are animals that eat mainly meat.",
            "Omnivores eat both plants and animals.",
            "A camel's hump stores fat, not water.",
            "Camels can go for many days without drinking water.",
            "An octopus has eight arms.",
            "Some animals, such as hedgehogs and dormice, hibernate through the winter.",
            "Kangaroos carry their young in a pouch.",
            "Koalas live in Australia and eat mainly eucalyptus leaves.",
            "Polar bears live in the Arctic, while almost all penguins live in the Southern Hemisphere.",
            "Giant pandas eat mostly bamboo.",
            "Snakes use their tongues to pick up smells from the air.",
            "A group of wolves is called a pack.",
            "A young cat is called a kitten, and a young dog is called a puppy.",
            "A baby cow is called a calf, and a baby horse is called a foal.",
            "A baby sheep is called a lamb.",
            "Dogs have a much stronger sense of smell than humans.",
            "Sharks were swimming in the oceans long before the first dinosaurs appeared.",
            "Dinosaurs lived millions of years ago, long before there were any people.",
            "Birds are the living descendants of dinosaurs.",
            "Chameleons can change the colour of their skin.",
            "A starfish can grow back an arm that it has lost.",
            "Hummingbirds can hover in one place and even fly backwards.",
            "The ostrich is the largest bird, and it cannot fly.",
            "Horses can sleep standing up.",
            "Dolphins use clicking sounds and their echoes to find food.",
            "Seahorses are fish, and it is the father that carries the eggs until they hatch.",
            "Crabs have a hard outer shell, and many of them walk sideways.",
        ],
    ),
    "small creatures": (
        "insects and other small creatures",
        [
            "Bees make honey from the nectar of flowers.",
            "Bees help plants by carrying pollen from one flower to another.",
            "Caterpillars turn into butterflies or moths.",
            "A caterpillar makes a hard case called a chrysalis before it becomes a butterfly.",
            "Ants live in large groups called colonies.",
            "Earthworms help the soil by mixing it and letting air into it.",
            "A spider spins its web from silk that it makes in its own body.",
            "Snails carry their shells on their backs.",
            "Ladybirds eat tiny insects called aphids, which helps gardeners.",
            "Woodlice are not insects; they are related to crabs and shrimps.",
            "Fireflies make their own light to signal to each other.",
            "Grasshoppers and crickets make sounds by rubbing parts of their bodies together.",
            "Dragonflies catch other insects while they are flying.",
            "A honeybee colony has one queen, who lays the eggs.",
            "Moths usually fly at night, while most butterflies fly during the day.",
            "Many birds fly to warmer places for the winter; this journey is called migration.",
            "Woodpeckers tap on trees to find insects and to make holes for nests.",
        ],
    ),
    "plants": (
        "plants",
        [
            "Plants make their own food using sunlight, water and carbon dioxide; this is called photosynthesis.",
            "Leaves are green because they contain a substance called chlorophyll.",
            "Plants give off oxygen, which people and animals need to breathe.",
            "Roots hold a plant in the ground and take up water from the soil.",
            "Seeds need water, warmth and air to start growing.",
            "The stem carries water from the roots up to the leaves.",
            "Flowers help plants to make seeds.",
            "Trees that lose their leaves in autumn are called deciduous trees.",
            "Evergreen trees, such as pines, keep their leaves all year round.",
            "You can estimate the age of a tree by counting the rings in its trunk.",
            "A cactus can store water in its thick stem, which helps it survive in the desert.",
            "Young sunflowers turn to follow the Sun across the sky.",
            "A fruit is the part of a plant that holds its seeds.",
            "Tomatoes are fruits, because they grow from a flower and contain seeds.",
            "Bamboo is a kind of grass, and some types can grow very quickly.",
            "Mushrooms are not plants; they belong to a group of living things called fungi.",
            "Some plants, such as the Venus flytrap, catch and digest insects.",
            "Some trees can live for thousands of years.",
            "Wind, water and animals all help to spread seeds.",
            "Potatoes are swollen underground stems called tubers.",
            "Apples grow on trees, while strawberries grow on low plants close to the ground.",
            "Plants grown without enough light become pale and weak.",
        ],
    ),
    "body": (
        "the human body",
        [
            "The heart is a muscle that pumps blood around the body.",
            "An adult human skeleton has 206 bones.",
            "The brain controls the body and lets us think, remember and feel.",
            "The lungs take in oxygen from the air we breathe.",
            "When we breathe out, we get rid of carbon dioxide.",
            "Blood carries oxygen and food to every part of the body.",
            "The skin is the largest organ of the human body.",
            "Bones support the body and protect the organs inside it.",
            "The skull protects the brain.",
            "Muscles pull on bones to make the body move.",
            "Teeth help us to bite and chew our food.",
            "Children have 20 baby teeth, which are later replaced by adult teeth.",
            "Most adults have 32 teeth.",
            "The five senses are sight, hearing, smell, taste and touch.",
            "The stomach helps to break down the food we eat.",
            "Drinking enough water helps the body stay healthy.",
            "Sleep helps the body rest and helps the brain store memories.",
            "Washing your hands with soap helps to remove germs.",
            "Regular exercise makes the heart and muscles stronger.",
            "Your heart beats faster when you run.",
            "No two people have exactly the same fingerprints.",
            "Hair and nails are made of a tough material called keratin.",
            "The skin makes vitamin D when it is in sunlight.",
            "Calcium, found in foods such as milk and cheese, helps to build strong bones.",
            "Sweating helps to cool the body down.",
            "Shivering helps to warm the body up.",
            "Normal body temperature is about 37 degrees Celsius.",
            "The smallest bones in the body are inside the ear.",
            "The thigh bone is the longest bone in the human body.",
            "Babies are born with more bones than adults, and some of them join together as the baby grows.",
            "Germs such as bacteria and viruses can make people ill.",
            "Fruit and vegetables give the body vitamins and fibre.",
        ],
    ),
    "food": (
        "food and cooking",
        [
            "Bread rises because yeast makes bubbles of carbon dioxide gas in the dough.",
            "Yeast is a tiny living fungus.",
            "Honey can last for a very long time without going bad.",
            "Cheese and yoghurt are made from milk.",
            "Butter is made by churning cream.",
            "Flour is made by grinding grains such as wheat.",
            "Rice is a grain, and it is the main food for billions of people.",
            "Chocolate is made from cocoa beans, the seeds of the cacao tree.",
            "Popcorn pops because the water inside each kernel turns to steam and bursts the shell.",
            "Keeping food in a fridge slows down the growth of germs.",
            "Salt has been used for thousands of years to stop food from spoiling.",
            "Cutting onions can make your eyes water because onions release a gas that stings the eyes.",
            "A cut apple turns brown because the inside reacts with oxygen in the air.",
            "Lemons taste sour because they contain citric acid.",
            "Hens can lay eggs with white, brown or even blue shells, depending on the breed.",
            "Most pasta is made from wheat flour and water, and some kinds also contain egg.",
            "Tea is made from the dried leaves of the tea plant.",
            "Coffee is made from roasted coffee beans.",
            "Beans, lentils, eggs and fish are good sources of protein.",
            "Boiling an egg makes the clear part turn white and firm.",
            "Sugar turns brown and tastes different when it is heated; this is called caramelising.",
        ],
    ),
    "physics": (
        "light, sound and forces",
        [
            "Light travels faster than anything else in the universe.",
            "Light travels at about 300,000 kilometres per second.",
            "Sound is made when something vibrates.",
            "Sound can travel through air, water and solids, but it cannot travel through empty space.",
            "Sound travels faster through water than through air.",
            "An echo is a sound that bounces back from a hard surface.",
            "A shadow forms when an object blocks light.",
            "Mirrors reflect light.",
            "White light is a mixture of all the colours of the rainbow.",
            "A glass prism can split white light into a band of colours.",
            "Magnets attract things made of iron, such as steel paper clips.",
            "Every magnet has a north pole and a south pole.",
            "Opposite poles of two magnets attract each other, and like poles push each other away.",
            "The Earth behaves like a giant magnet, which is why a compass needle points north.",
            "Friction is a force that slows things down when surfaces rub together.",
            "Rubbing your hands together makes them warm because of friction.",
            "Electricity flows easily through metals such as copper.",
            "Materials that let electricity flow are called conductors, and materials that block it are called insulators.",
            "Rubber and plastic are good electrical insulators.",
            "A battery stores energy and releases it as electricity.",
            "Electricity can only flow around a circuit if it is a complete loop.",
            "Heat always moves from hotter things to colder things.",
            "Metal feels cold to touch because it carries heat away from your hand quickly.",
            "Levers, pulleys and wheels are examples of simple machines.",
            "An object floats if it is less dense than the liquid it is in.",
            "Energy cannot be made or destroyed; it only changes from one form to another.",
            "The Sun's energy reaches the Earth as light and heat.",
            "Dark colours absorb more sunlight than light colours, so they warm up faster.",
            "Things fall to the ground because of gravity.",
            "Without air to slow them down, a feather and a hammer fall at the same speed.",
        ],
    ),
    "materials": (
        "materials and chemistry",
        [
            "Everything around us is made of tiny particles called atoms.",
            "Oxygen makes up about one fifth of the air.",
            "Most of the air is made of a gas called nitrogen.",
            "Iron rusts when it is left in contact with water and air.",
            "Glass is made by melting sand at very high temperatures.",
            "Paper is usually made from wood pulp.",
            "Most plastic is made from oil or natural gas.",
            "Gold does not rust, which is one reason people have valued it for thousands of years.",
            "Wool comes from sheep, and silk is made by silkworms.",
            "Cotton comes from the fluffy fibres around the seeds of the cotton plant.",
            "Leather is made from animal skin.",
            "Natural rubber is made from the sap of rubber trees.",
            "Bricks are made from clay that has been baked until it is hard.",
            "Recycling glass, paper and metal saves materials and energy.",
            "A fire needs heat, fuel and oxygen to keep burning.",
            "Water should never be thrown on burning oil, because it can make the fire spread.",
            "Vinegar and baking soda fizz when they are mixed because they make carbon dioxide gas.",
            "The bubbles in fizzy drinks are carbon dioxide gas.",
            "Diamonds and the graphite in pencils are both made of carbon.",
            "Steel is made mostly of iron mixed with a little carbon.",
            "Wood, paper and cotton burn easily, while stone and brick do not.",
        ],
    ),
    "time": (
        "time, numbers and shapes",
        [
            "There are 60 seconds in a minute and 60 minutes in an hour.",
            "There are 24 hours in a day.",
            "There are seven days in a week.",
            "There are twelve months in a year.",
            "A normal year has 365 days, and a leap year has 366 days.",
            "A leap year usually comes once every four years.",
            "February is the shortest month, with 28 days, or 29 in a leap year.",
            "April, June, September and November each have 30 days.",
            "A decade is ten years, a century is one hundred years, and a millennium is one thousand years.",
            "The days of the week are Monday, Tuesday, Wednesday, Thursday, Friday, Saturday and Sunday.",
            "A dozen means twelve.",
            "A triangle has three sides, and a square has four equal sides.",
            "A pentagon has five sides, a hexagon has six sides and an octagon has eight sides.",
            "Every point on the edge of a circle is the same distance from its centre.",
            "An even number can be divided into two equal whole numbers, but an odd number cannot.",
            "Zero is neither positive nor negative.",
            "Any number multiplied by zero equals zero.",
            "Any number multiplied by one stays the same.",
            "A right angle measures 90 degrees.",
            "The three angles inside a triangle always add up to 180 degrees.",
            "There are 100 centimetres in a metre and 1,000 metres in a kilometre.",
            "There are 1,000 grams in a kilogram.",
            "One half is the same as fifty percent.",
            "A prime number has exactly two factors: one and itself.",
            "The number 2 is the only even prime number.",
            "In the Northern Hemisphere summer starts around June, but in the Southern Hemisphere it starts around December.",
            "A cube has six square faces.",
        ],
    ),
    "technology": (
        "everyday technology",
        [
            "A fridge keeps food cold by moving heat from the inside to the outside.",
            "A microwave oven heats food by making the water inside it move very quickly.",
            "A bicycle turns the pushing of your legs into the turning of its wheels.",
            "An electric kettle heats water with a metal element near the bottom.",
            "A light bulb turns electricity into light.",
            "LED lights use much less electricity than old-fashioned bulbs.",
            "A thermometer measures how hot or cold something is.",
            "Solar panels turn sunlight into electricity.",
            "Wind turbines use the wind to make electricity.",
            "A compass needle is a small magnet that lines up with the Earth's magnetic field.",
            "Computers store information as long strings of ones and zeros.",
            "An aeroplane's wings push air downwards as it moves forward, and this lifts the plane up.",
            "A boat floats because it pushes aside a weight of water equal to its own weight.",
            "Traffic lights use red for stop and green for go.",
            "The wheel is one of the most important inventions in history.",
            "The printing press made it possible to copy books quickly.",
            "Glasses help people see clearly by bending light before it enters the eye.",
            "Soap helps water to wash away grease and dirt.",
            "Insulation in walls and roofs helps keep houses warm in winter.",
            "A vacuum cleaner sucks up dust by pulling air through a filter.",
            "A telephone turns your voice into signals that are turned back into sound at the other end.",
            "A dam holds back water, and the water flowing through it can be used to make electricity.",
        ],
    ),
    "ocean": (
        "the oceans",
        [
            "The oceans cover most of the Earth's surface.",
            "Sea water is salty because rivers carry tiny amounts of salt from rocks into the sea.",
            "Tides are caused mainly by the pull of the Moon's gravity on the oceans.",
            "Most coasts have two high tides and two low tides every day.",
            "Coral reefs are built by tiny animals called corals.",
            "The deepest known part of the ocean is the Mariana Trench in the Pacific Ocean.",
            "Sunlight cannot reach the deepest parts of the ocean, so they are completely dark.",
            "Most waves are caused by wind blowing across the surface of the water.",
            "Jellyfish have no bones and no brain.",
            "Seaweeds are algae, which make their food from sunlight just as plants do.",
            "Plankton are tiny living things that drift in the sea and feed many animals, even huge whales.",
            "Sea turtles return to beaches to lay their eggs in the sand.",
            "Salmon hatch in rivers, swim out to sea, and return to rivers to lay their eggs.",
            "A lighthouse warns ships about dangerous rocks and coasts.",
        ],
    ),
    "language": (
        "language and writing",
        [
            "The English alphabet has 26 letters.",
            "The vowels in the English alphabet are a, e, i, o and u.",
            "A noun is a word for a person, a place or a thing.",
            "A verb is a word for an action or a state, such as run or be.",
            "An adjective is a word that describes a noun, such as tall or green.",
            "An adverb often tells us how something is done, such as quickly or quietly.",
            "A sentence begins with a capital letter and usually ends with a full stop, a question mark or an exclamation mark.",
            "Words that sound the same but have different meanings, like sea and see, are called homophones.",
            "A synonym is a word that means the same or nearly the same as another word.",
            "An antonym is a word with the opposite meaning, like hot and cold.",
            "A dictionary lists words in alphabetical order and explains what they mean.",
            "The names of people and places begin with a capital letter.",
            "Most plural nouns end in s, but some, like mice and children, are irregular.",
            "Commas are used to separate the items in a list.",
        ],
    ),
    "history": (
        "history and inventions",
        [
            "The ancient Egyptians built the great pyramids at Giza more than four thousand years ago.",
            "The Romans built long, straight roads across their empire.",
            "The Great Wall of China was built and rebuilt over many centuries to protect against invaders.",
            "Writing was invented more than five thousand years ago.",
            "The Wright brothers made the first successful powered aeroplane flight in 1903.",
            "Paper was first made in China.",
            "The telephone was invented in the 1870s.",
            "Explorers first reached the South Pole in 1911.",
            "The first modern Olympic Games were held in Athens in 1896.",
            "People have been growing crops for more than ten thousand years.",
            "Before clocks were common, people used sundials to tell the time from shadows.",
        ],
    ),
}

FACT_INTROS = [
    "Here are some facts about {t}.",
    "This is a short note about {t}.",
    "Did you know these things about {t}?",
    "Let us learn a little about {t}.",
    "Many interesting things are true about {t}.",
    "These are a few true facts about {t}.",
    "Here is what scientists and teachers tell us about {t}.",
    "A few simple facts can help us understand {t}.",
    "Some of the most useful things to know concern {t}.",
    "Our topic today is {t}.",
    "This page is about {t}.",
]
FACT_LINKS = [
    "",
    "",
    "",
    "",
    "Also, ",
    "In addition, ",
    "Another fact is that ",
    "It is also true that ",
    "Remember that ",
    "Interestingly, ",
    "Besides this, ",
    "What is more, ",
    "You may already know that ",
    "A useful fact is that ",
]
FACT_OUTROS = [
    "",
    "",
    "Facts like these help us understand the world around us.",
    "There is always more to learn about {t}.",
    "Learning about {t} can be fascinating.",
    "Next time you go outside, see if you can notice some of these things.",
    "Which of these facts did you already know?",
    "You can find out more about {t} in a library.",
    "Knowing these facts makes the world seem a little less mysterious.",
    "Try explaining one of these facts to a friend.",
]

# Short explanations: (question, sentences).  Used for "explanation" prose and for chat answers.
EXPLANATIONS: list[tuple[str, list[str]]] = [
    (
        "Why is the sky blue?",
        [
            "Sunlight looks white, but it is really a mixture of many colours.",
            "When sunlight enters the air, it bumps into the tiny particles that make up the air.",
            "Blue light is scattered by these particles much more than red or yellow light is.",
            "This scattered blue light reaches our eyes from every part of the sky, so the sky looks blue.",
            "At sunset the light travels through much more air, most of the blue is scattered away, and the sky glows orange and red.",
        ],
    ),
    (
        "Why do leaves change colour in autumn?",
        [
            "Leaves are green because they contain chlorophyll, which plants use to make food from sunlight.",
            "In autumn the days get shorter and cooler, and many trees stop making chlorophyll.",
            "As the green fades, yellow and orange colours that were hidden in the leaf begin to show.",
            "Some trees also make new red colours at this time of year.",
            "Later the leaves dry out, turn brown and fall, and the tree rests until spring.",
        ],
    ),
    (
        "How does a rainbow form?",
        [
            "A rainbow forms when sunlight shines into raindrops.",
            "As the light enters each drop, it bends, and the different colours bend by slightly different amounts.",
            "The light reflects off the back of the drop and bends again as it comes out.",
            "This spreads the white light into a band of colours from red to violet.",
            "That is why you usually see a rainbow when the Sun is behind you and the rain is in front of you.",
        ],
    ),
    (
        "Why do we have seasons?",
        [
            "The Earth is tilted, so it leans a little to one side as it travels around the Sun.",
            "For part of the year, the northern half of the Earth leans towards the Sun.",
            "It then gets more direct sunlight and longer days, and it has summer.",
            "Six months later the northern half leans away from the Sun, and it has winter.",
            "The southern half has the opposite season at the same time, so December is a summer month in Australia.",
        ],
    ),
    (
        "Why does the Moon seem to change shape?",
        [
            "The Moon does not make its own light; the side facing the Sun is always lit.",
            "As the Moon travels around the Earth, we see different amounts of that lit side.",
            "When the lit side faces away from us, we can hardly see the Moon at all.",
            "When the whole lit side faces us, we see a full moon.",
            "The cycle from one new moon to the next takes about a month.",
        ],
    ),
    (
        "Why does ice float?",
        [
            "Most things get smaller and heavier for their size when they freeze, but water is unusual.",
            "When water freezes, its particles line up in an open pattern that takes up more space.",
            "This makes ice less dense than liquid water.",
            "Anything less dense than water floats, so ice cubes bob at the top of a drink.",
            "This is also why ponds freeze from the top down, which lets fish survive underneath.",
        ],
    ),
    (
        "How do plants make their food?",
        [
            "Plants make their own food in a process called photosynthesis.",
            "Their roots take in water, and tiny holes in their leaves take in carbon dioxide from the air.",
            "The green chlorophyll in the leaves captures energy from sunlight.",
            "The plant uses this energy to turn the water and carbon dioxide into sugar, which is its food.",
            "As it does this, the plant releases oxygen, which animals and people need to breathe.",
        ],
    ),
    (
        "How does the heart work?",
        [
            "The heart is a strong muscle about the size of a fist.",
            "It squeezes again and again to push blood through tubes called blood vessels.",
            "One side of the heart sends blood to the lungs to pick up oxygen.",
            "The other side pumps this oxygen-rich blood out to the rest of the body.",
            "When you exercise, your muscles need more oxygen, so your heart beats faster.",
        ],
    ),
    (
        "Why do we need sleep?",
        [
            "Sleep gives the body and the brain time to rest and repair themselves.",
            "While we sleep, the brain sorts through the day and stores important memories.",
            "Children need more sleep than adults because their bodies are still growing.",
            "Without enough sleep, people find it harder to concentrate and feel grumpy.",
            "Going to bed at the same time each night helps the body get into a good rhythm.",
        ],
    ),
    (
        "Why does bread rise?",
        [
            "Bread dough usually contains flour, water, salt and yeast.",
            "Yeast is a tiny living thing that feeds on the sugars in the flour.",
            "As it feeds, it gives off bubbles of carbon dioxide gas.",
            "Kneading the dough makes it stretchy, so it can trap these bubbles like tiny balloons.",
            "The trapped gas makes the dough swell, and baking sets it into a light, airy loaf.",
        ],
    ),
    (
        "How does a fridge keep food cold?",
        [
            "A fridge does not make cold; it moves heat from the inside to the outside.",
            "A special liquid flows through pipes around the fridge.",
            "Inside the fridge the liquid turns into a gas, and this takes heat away from the food.",
            "A pump then squeezes the gas, and it gives out that heat through the coils at the back.",
            "That is why the back of a fridge often feels warm.",
        ],
    ),
    (
        "How does sound travel?",
        [
            "Sound is made when something vibrates, such as a guitar string or your vocal cords.",
            "The vibration pushes on the air next to it, and that air pushes on the air beyond it.",
            "In this way a wave of vibrations spreads out in all directions.",
            "When the wave reaches your ear, it makes your eardrum vibrate, and your brain hears a sound.",
            "Sound needs something to travel through, so in empty space there is complete silence.",
        ],
    ),
    (
        "Why do we see lightning before we hear thunder?",
        [
            "Lightning and thunder happen at the same moment.",
            "However, light travels almost a million times faster than sound.",
            "The flash reaches your eyes almost instantly, while the sound takes longer to arrive.",
            "Sound travels about one kilometre in three seconds.",
            "By counting the seconds between the flash and the rumble, you can guess how far away the storm is.",
        ],
    ),
    (
        "What causes tides?",
        [
            "Tides are the regular rise and fall of the sea along the coast.",
            "They are caused mainly by the pull of the Moon's gravity.",
            "The Moon pulls the ocean water into a bulge on the side of the Earth facing it, and another bulge forms on the far side.",
            "As the Earth spins, a stretch of coast passes through both bulges each day.",
            "That is why most beaches have two high tides and two low tides every day.",
        ],
    ),
    (
        "How do bees make honey?",
        [
            "Honeybees visit flowers and suck up a sweet liquid called nectar.",
            "They carry the nectar back to the hive in a special honey stomach.",
            "In the hive, the bees pass the nectar to one another and store it in wax cells.",
            "They fan it with their wings so that much of the water evaporates.",
            "When the nectar has become thick, sweet honey, the bees seal the cell with a lid of wax.",
        ],
    ),
    (
        "Why is the sea salty?",
        [
            "Rain is very slightly acidic, and as it falls on rocks it slowly dissolves tiny amounts of salts and minerals.",
            "Rivers carry these salts down to the sea.",
            "When sea water evaporates in the sunshine, the water rises into the air, but the salt stays behind.",
            "Over millions of years, the salt has built up in the oceans.",
            "Rivers and lakes that drain away taste fresh because the salt in them keeps moving on.",
        ],
    ),
    (
        "How does a compass work?",
        [
            "A compass has a thin needle that is a small magnet, balanced so it can spin freely.",
            "The Earth itself acts like a huge magnet.",
            "The needle lines up with the Earth's magnetic field, so one end points roughly north.",
            "Once you know where north is, you can work out south, east and west.",
            "Walkers and sailors use a compass together with a map to find their way.",
        ],
    ),
    (
        "Why do we sweat?",
        [
            "Our bodies work best at a temperature of about 37 degrees Celsius.",
            "When we get too hot, tiny glands in the skin release sweat, which is mostly water.",
            "As the sweat evaporates from the skin, it carries heat away with it.",
            "This cools the body down.",
            "That is why it is important to drink water on hot days and after exercise.",
        ],
    ),
    (
        "How do clouds form?",
        [
            "The Sun warms water in seas, lakes and puddles, and some of it evaporates into invisible vapour.",
            "Warm, damp air rises, and the higher it goes, the cooler it becomes.",
            "Cool air cannot hold as much water vapour, so the vapour condenses onto specks of dust.",
            "Billions of these tiny droplets together make a cloud that we can see.",
            "When the droplets grow large and heavy, they fall as rain.",
        ],
    ),
    (
        "Why do boats float?",
        [
            "When a boat sits in water, it pushes some of the water out of the way.",
            "The water pushes back up on the boat with a force called upthrust.",
            "If the boat pushes aside a weight of water equal to its own weight before it sinks too deep, it floats.",
            "A steel ship is hollow and full of air, so it can push aside a lot of water without being too heavy.",
            "A solid lump of steel the same weight would sink, because it is much smaller and pushes aside very little water.",
        ],
    ),
    (
        "How do magnets work?",
        [
            "A magnet has two ends called poles, a north pole and a south pole.",
            "Around every magnet there is an invisible area called a magnetic field.",
            "If you bring two magnets together, opposite poles pull towards each other and matching poles push apart.",
            "Magnets also pull on things made of iron, such as nails and steel paper clips.",
            "They do not attract wood, plastic, glass or most other metals, such as aluminium.",
        ],
    ),
    (
        "Why do volcanoes erupt?",
        [
            "Deep under the ground it is so hot that some rock melts into a liquid called magma.",
            "Magma is lighter than the solid rock around it, so it slowly rises.",
            "It collects in a chamber under the volcano, along with gases that are dissolved in it.",
            "When the pressure becomes too great, the magma bursts out through cracks in the crust.",
            "Once it reaches the surface it is called lava, and it cools and hardens into new rock.",
        ],
    ),
    (
        "What causes an earthquake?",
        [
            "The outer layer of the Earth is broken into huge pieces called plates.",
            "These plates move very slowly, only a few centimetres each year.",
            "Sometimes the edges of two plates get stuck while the rest keeps moving.",
            "Pressure builds up until the rocks suddenly slip.",
            "That sudden movement sends shaking waves through the ground, and we feel an earthquake.",
        ],
    ),
    (
        "Why does the Sun rise in the east?",
        [
            "The Sun does not really move across our sky; the Earth is turning.",
            "The Earth spins from west to east.",
            "As your part of the Earth turns towards the Sun in the morning, the Sun appears over the eastern horizon.",
            "As your part of the Earth turns away in the evening, the Sun seems to sink in the west.",
            "One full turn takes about 24 hours, which is why we have one day and one night each day.",
        ],
    ),
    (
        "How does soap clean your hands?",
        [
            "Water alone cannot wash away grease, because oil and water do not mix.",
            "Soap is made of tiny particles with two different ends.",
            "One end is attracted to water, and the other end is attracted to oil and grease.",
            "The soap surrounds bits of grease and dirt, and the water can then rinse them away.",
            "Scrubbing for about twenty seconds also breaks up many germs and washes them off.",
        ],
    ),
    (
        "How do fossils form?",
        [
            "Most living things rot away completely when they die.",
            "Sometimes, however, a shell or a bone is quickly buried in mud or sand.",
            "Over thousands of years, more layers pile on top, and the mud slowly turns into rock.",
            "Minerals in the water seeping through the rock gradually replace the shell or bone.",
            "Millions of years later, erosion may bring the fossil back to the surface, where someone might find it.",
        ],
    ),
    (
        "How does a caterpillar become a butterfly?",
        [
            "A butterfly begins life as a tiny egg laid on a leaf.",
            "A caterpillar hatches from the egg and spends its days eating and growing.",
            "When it is fully grown, it forms a hard case called a chrysalis.",
            "Inside the chrysalis, its body is completely rebuilt.",
            "After some days or weeks, an adult butterfly climbs out, dries its wings and flies away.",
            "This great change is called metamorphosis.",
        ],
    ),
    (
        "Why do we have day and night?",
        [
            "The Earth is always spinning, like a top, around an imaginary line called its axis.",
            "At any moment, half of the Earth faces the Sun and has daytime.",
            "The other half faces away from the Sun and has night.",
            "As the Earth keeps turning, each place moves from day into night and back again.",
            "A full spin takes about 24 hours.",
        ],
    ),
    (
        "How are shadows made?",
        [
            "Light travels in straight lines.",
            "When an object that light cannot pass through gets in the way, it blocks some of the light.",
            "The dark area behind the object, where the light cannot reach, is its shadow.",
            "When the Sun is low in the morning or evening, shadows are long.",
            "At midday, when the Sun is high, shadows are much shorter.",
        ],
    ),
    (
        "Why do stars twinkle?",
        [
            "Stars are so far away that their light reaches us as tiny points.",
            "Before that light reaches our eyes, it has to pass through the moving air around the Earth.",
            "Pockets of warm and cool air bend the light slightly in different directions.",
            "This makes the star seem to flicker and change brightness.",
            "Astronauts above the air see stars shining steadily without twinkling.",
        ],
    ),
    (
        "How does a seed grow into a plant?",
        [
            "A seed contains a tiny baby plant and a store of food.",
            "When the seed gets water and warmth, it swells and its coat splits open.",
            "First a root grows downwards to find water and hold the plant in place.",
            "Then a shoot pushes upwards towards the light.",
            "Once the first leaves open, the plant can make its own food from sunlight.",
        ],
    ),
    (
        "How do our lungs work?",
        [
            "When you breathe in, a muscle under your lungs called the diaphragm moves down.",
            "This makes space in your chest, and air rushes into your lungs.",
            "Inside the lungs are millions of tiny air sacs surrounded by blood vessels.",
            "Oxygen passes from the air into the blood, and carbon dioxide passes from the blood into the air.",
            "When you breathe out, that used air is pushed back out of your body.",
        ],
    ),
    (
        "Why should we brush our teeth?",
        [
            "After we eat, tiny bits of food stay on our teeth.",
            "Bacteria in the mouth feed on the sugar in these bits and make acid.",
            "The acid can slowly make holes in the hard outer layer of the teeth.",
            "Brushing twice a day removes the food and the sticky layer of bacteria.",
            "Toothpaste with fluoride also helps to make the teeth stronger.",
        ],
    ),
    (
        "What is an echo?",
        [
            "Sound travels through the air as a wave.",
            "When the wave hits a large, hard surface such as a cliff or a wall, it bounces back.",
            "If the surface is far enough away, you hear the bounced sound a moment after the original one.",
            "That repeated sound is called an echo.",
            "Soft things, such as curtains and carpets, soak up sound, so rooms full of them have very little echo.",
        ],
    ),
    (
        "How does a battery work?",
        [
            "A battery stores energy in chemicals.",
            "Inside it, two different materials are separated by a substance that lets certain particles pass through.",
            "When the battery is connected in a complete circuit, a chemical reaction begins.",
            "This reaction pushes tiny particles called electrons through the wire, and that flow is electricity.",
            "When the chemicals are used up, the battery is flat, although some kinds can be recharged.",
        ],
    ),
    (
        "How do snowflakes form?",
        [
            "Snowflakes begin high in cold clouds.",
            "Water vapour freezes onto a tiny speck of dust and forms a small ice crystal.",
            "Because of the way water particles fit together, the crystal grows with six sides.",
            "As it falls through air of different temperatures and dampness, it grows branches and patterns.",
            "Each snowflake takes its own path, so each one grows a little differently.",
        ],
    ),
    (
        "Why does metal feel colder than wood?",
        [
            "On a cool day, a metal spoon and a wooden spoon in the same room are the same temperature.",
            "Yet the metal one feels much colder when you touch it.",
            "This is because metal is a good conductor of heat.",
            "It carries heat away from your warm fingers very quickly, so your skin cools and feels cold.",
            "Wood is a poor conductor, so it takes heat from your hand slowly and feels warmer.",
        ],
    ),
    (
        "Why do birds migrate?",
        [
            "Many birds travel long distances between the places where they spend summer and winter.",
            "In winter, food such as insects becomes hard to find in cold places.",
            "Birds fly to warmer areas where there is plenty to eat.",
            "In spring they return to cooler places, where long days and lots of insects help them raise their chicks.",
            "Birds find their way using the Sun, the stars, landmarks and even the Earth's magnetic field.",
        ],
    ),
    (
        "How do vaccines help the body?",
        [
            "The body has a defence system, called the immune system, that fights germs.",
            "When it meets a new germ, it takes some time to learn how to fight it.",
            "A vaccine safely shows the immune system what a particular germ looks like, without causing the illness.",
            "The body then remembers how to fight that germ.",
            "If the real germ arrives later, the body can fight it off quickly.",
        ],
    ),
    (
        "Why do onions make us cry?",
        [
            "When you cut an onion, you break open many of its tiny cells.",
            "Chemicals from the broken cells mix and make a gas that floats up into the air.",
            "When this gas reaches your eyes, it stings them a little.",
            "Your eyes make tears to wash the stinging substance away.",
            "Chilling the onion first or using a very sharp knife can make this happen less.",
        ],
    ),
    (
        "How does recycling help?",
        [
            "Making new things from raw materials uses a lot of energy, water and land.",
            "Recycling turns used paper, glass, metal and some plastics into new products.",
            "For example, old aluminium cans can be melted down and made into new cans again and again.",
            "This means fewer trees need to be cut down and less rock needs to be dug out of the ground.",
            "It also means less rubbish goes to landfill sites.",
        ],
    ),
    (
        "How do contour lines show hills on a map?",
        [
            "A map is flat, but the land it shows has hills and valleys.",
            "Contour lines join places that are the same height above sea level.",
            "When the lines are close together, the ground is steep.",
            "When they are far apart, the ground is gentle or nearly flat.",
            "A set of rings inside each other usually shows the top of a hill.",
        ],
    ),
    (
        "Why do cut apples turn brown?",
        [
            "When you cut an apple, you break open some of its cells.",
            "Substances inside the cells come into contact with oxygen in the air.",
            "This starts a chemical reaction that makes brown colours.",
            "The apple is still safe to eat, even if it looks less fresh.",
            "A little lemon juice slows the browning, because its acid slows down the reaction.",
        ],
    ),
]

EXPLAIN_INTROS = [
    "{q}",
    "Have you ever wondered: {ql}",
    "A question many people ask is this: {ql}",
    "Here is a simple answer to the question, {ql}",
    "{q} The answer is simpler than it seems.",
    "{q} Let us find out.",
    "{q} Here is how it works.",
    "Question: {q}",
    "{q} Scientists have a clear answer.",
    "{q} It helps to think about it step by step.",
]
EXPLAIN_OUTROS = [
    "",
    "",
    "",
    "So the next time you notice it, you will know what is happening.",
    "In short, there is a simple reason behind something we see every day.",
    "Science helps us understand everyday things like this.",
    "It is a good example of how nature follows clear rules.",
    "You could try explaining this to someone else to check that you understand it.",
    "Once you know the reason, it is easy to remember.",
]

# Question/answer pairs of true general knowledge.
QA_PAIRS: list[tuple[str, str]] = [
    ("How many legs does a spider have?", "A spider has eight legs."),
    ("How many legs does an insect have?", "An insect has six legs."),
    ("At what temperature does water boil at sea level?", "Water boils at 100 degrees Celsius at sea level."),
    ("At what temperature does pure water freeze?", "Pure water freezes at 0 degrees Celsius."),
    ("What is the largest planet in the Solar System?", "Jupiter is the largest planet in the Solar System."),
    ("Which planet is closest to the Sun?", "Mercury is the planet closest to the Sun."),
    ("Which planet is known as the Red Planet?", "Mars is known as the Red Planet."),
    ("How many planets are in our Solar System?", "There are eight planets in our Solar System."),
    ("What is the capital of France?", "The capital of France is Paris."),
    ("What is the capital of Japan?", "The capital of Japan is Tokyo."),
    ("What is the capital of Australia?", "The capital of Australia is Canberra."),
    ("What is the capital of Canada?", "The capital of Canada is Ottawa."),
    ("What is the capital of Egypt?", "The capital of Egypt is Cairo."),
    ("What is the capital of Italy?", "The capital of Italy is Rome."),
    ("What is the capital of Spain?", "The capital of Spain is Madrid."),
    ("What is the capital of Germany?", "The capital of Germany is Berlin."),
    ("What is the capital of Kenya?", "The capital of Kenya is Nairobi."),
    ("What is the capital of India?", "The capital of India is New Delhi."),
    ("What is the capital of China?", "The capital of China is Beijing."),
    ("What is the capital of Argentina?", "The capital of Argentina is Buenos Aires."),
    ("What is the capital of the United Kingdom?", "The capital of the United Kingdom is London."),
    ("What is the largest ocean?", "The Pacific Ocean is the largest ocean."),
    (
        "What is the highest mountain above sea level?",
        "Mount Everest is the highest mountain above sea level.",
    ),
    ("What is the largest continent?", "Asia is the largest continent."),
    ("How many continents are there?", "There are seven continents."),
    ("What is the coldest continent?", "Antarctica is the coldest continent."),
    ("What is the fastest land animal?", "The cheetah is the fastest land animal."),
    ("What is the tallest animal?", "The giraffe is the tallest animal."),
    (
        "What is the largest animal that has ever lived?",
        "The blue whale is the largest animal known to have ever lived.",
    ),
    ("Which mammals can truly fly?", "Bats are the only mammals that can truly fly."),
    ("What do bees make from nectar?", "Bees make honey from nectar."),
    ("What do caterpillars turn into?", "Caterpillars turn into butterflies or moths."),
    ("What do tadpoles grow into?", "Tadpoles grow into frogs."),
    ("What is a baby cow called?", "A baby cow is called a calf."),
    ("What is a baby horse called?", "A baby horse is called a foal."),
    ("What is a baby sheep called?", "A baby sheep is called a lamb."),
    ("What is a young dog called?", "A young dog is called a puppy."),
    ("What is a group of wolves called?", "A group of wolves is called a pack."),
    ("How many arms does an octopus have?", "An octopus has eight arms."),
    ("What does a camel store in its hump?", "A camel stores fat in its hump, not water."),
    ("What do giant pandas mostly eat?", "Giant pandas mostly eat bamboo."),
    ("Why are leaves green?", "Leaves are green because they contain chlorophyll."),
    ("What gas do plants give off?", "Plants give off oxygen."),
    (
        "What do plants need to make their food?",
        "Plants need sunlight, water and carbon dioxide to make their food.",
    ),
    ("What is the process plants use to make food called?", "It is called photosynthesis."),
    ("How many bones are in an adult human skeleton?", "An adult human skeleton has 206 bones."),
    ("What organ pumps blood around the body?", "The heart pumps blood around the body."),
    ("What is the largest organ of the human body?", "The skin is the largest organ of the human body."),
    ("What are the five senses?", "The five senses are sight, hearing, smell, taste and touch."),
    ("How many teeth do most adults have?", "Most adults have 32 teeth."),
    ("What is normal human body temperature?", "Normal body temperature is about 37 degrees Celsius."),
    ("How many days are there in a week?", "There are seven days in a week."),
    ("How many months are there in a year?", "There are twelve months in a year."),
    ("How many days are there in a leap year?", "A leap year has 366 days."),
    ("How many minutes are there in an hour?", "There are 60 minutes in an hour."),
    ("How many hours are there in a day?", "There are 24 hours in a day."),
    ("How many seconds are there in a minute?", "There are 60 seconds in a minute."),
    ("Which is the shortest month?", "February is the shortest month."),
    ("How many years are there in a century?", "There are one hundred years in a century."),
    ("How many years are there in a decade?", "There are ten years in a decade."),
    ("How many is a dozen?", "A dozen is twelve."),
    ("How many sides does a hexagon have?", "A hexagon has six sides."),
    ("How many sides does an octagon have?", "An octagon has eight sides."),
    ("How many sides does a triangle have?", "A triangle has three sides."),
    ("How many degrees are there in a right angle?", "A right angle measures 90 degrees."),
    ("What do the angles in a triangle add up to?", "The angles in a triangle add up to 180 degrees."),
    ("How many centimetres are there in a metre?", "There are 100 centimetres in a metre."),
    ("How many grams are there in a kilogram?", "There are 1,000 grams in a kilogram."),
    ("How many letters are in the English alphabet?", "The English alphabet has 26 letters."),
    ("What are the vowels in English?", "The vowels are a, e, i, o and u."),
    ("What is the only even prime number?", "The only even prime number is 2."),
    ("In which direction does the Sun rise?", "The Sun rises in the east."),
    ("In which direction does the Sun set?", "The Sun sets in the west."),
    ("What is the Sun?", "The Sun is a star."),
    ("What is our galaxy called?", "Our galaxy is called the Milky Way."),
    ("In what year did people first walk on the Moon?", "People first walked on the Moon in 1969."),
    ("How long does light from the Sun take to reach the Earth?", "It takes about eight minutes."),
    ("What causes tides?", "Tides are caused mainly by the pull of the Moon's gravity."),
    ("What is melted rock called when it reaches the surface?", "It is called lava."),
    ("What are clouds made of?", "Clouds are made of tiny drops of water or small crystals of ice."),
    (
        "What are the colours of the rainbow?",
        "The colours of the rainbow are red, orange, yellow, green, blue, indigo and violet.",
    ),
    ("Why do we see lightning before we hear thunder?", "Because light travels much faster than sound."),
    ("What instrument measures temperature?", "A thermometer measures temperature."),
    ("What instrument measures wind speed?", "An anemometer measures wind speed."),
    ("What is glass made from?", "Glass is made by melting sand at very high temperatures."),
    ("What does a fire need to keep burning?", "A fire needs heat, fuel and oxygen."),
    ("What gas makes up most of the air?", "Most of the air is nitrogen."),
    ("What happens to iron when it is left in water and air?", "It rusts."),
    ("What is butter made from?", "Butter is made by churning cream."),
    ("What is chocolate made from?", "Chocolate is made from cocoa beans."),
    ("Why does bread rise?", "Bread rises because yeast makes bubbles of carbon dioxide gas in the dough."),
    ("What makes the bubbles in fizzy drinks?", "The bubbles are carbon dioxide gas."),
    ("What is the largest hot desert in the world?", "The Sahara is the largest hot desert in the world."),
    ("What is the largest island in the world?", "Greenland is the largest island in the world."),
    ("What is the deepest lake in the world?", "Lake Baikal in Russia is the deepest lake in the world."),
    ("Which country is the largest by area?", "Russia is the largest country by area."),
    (
        "Who made the first successful powered aeroplane flight?",
        "The Wright brothers made the first successful powered aeroplane flight, in 1903.",
    ),
    ("Where was paper first made?", "Paper was first made in China."),
    (
        "Where were the first modern Olympic Games held?",
        "The first modern Olympic Games were held in Athens, in 1896.",
    ),
    ("What is a noun?", "A noun is a word for a person, a place or a thing."),
    ("What is a verb?", "A verb is a word for an action or a state."),
    ("What is an adjective?", "An adjective is a word that describes a noun."),
    (
        "What are homophones?",
        "Homophones are words that sound the same but have different meanings, like sea and see.",
    ),
    ("What is a synonym?", "A synonym is a word with the same or nearly the same meaning as another word."),
    ("Do magnets attract plastic?", "No. Magnets attract things made of iron, but not plastic."),
    (
        "Can sound travel through space?",
        "No. Sound needs air, water or a solid to travel through, so it cannot cross empty space.",
    ),
    ("Is a spider an insect?", "No. A spider has eight legs, so it is not an insect."),
    ("Is a whale a fish?", "No. A whale is a mammal, and it breathes air."),
    ("Is a tomato a fruit?", "Yes. A tomato is a fruit, because it grows from a flower and contains seeds."),
    ("Are mushrooms plants?", "No. Mushrooms are fungi, not plants."),
    ("Why does ice float?", "Ice floats because it is less dense than liquid water."),
]

# word -> (part of speech, meaning, example sentence)
DEFINITIONS: dict[str, tuple[str, str, str]] = {
    "curious": (
        "adjective",
        "eager to know or learn about something",
        "The curious kitten sniffed every box in the room.",
    ),
    "generous": (
        "adjective",
        "happy to give time, help or things to other people",
        "Her generous neighbour shared his apples with the whole street.",
    ),
    "reluctant": ("adjective", "not wanting to do something", "He was reluctant to leave the warm kitchen."),
    "fragile": ("adjective", "easily broken or damaged", "Please carry the fragile vase with both hands."),
    "enormous": ("adjective", "very large", "An enormous wave crashed against the pier."),
    "ancient": (
        "adjective",
        "very old, from a long time ago",
        "They explored the ruins of an ancient castle.",
    ),
    "cautious": (
        "adjective",
        "careful to avoid danger or mistakes",
        "The cautious driver slowed down in the fog.",
    ),
    "brave": (
        "adjective",
        "ready to face danger or pain without showing fear",
        "The brave girl climbed down to rescue the lamb.",
    ),
    "patient": (
        "adjective",
        "able to wait calmly without getting annoyed",
        "The patient teacher explained the sum again.",
    ),
    "grateful": (
        "adjective",
        "feeling or showing thanks",
        "We were grateful for the shelter during the storm.",
    ),
    "anxious": (
        "adjective",
        "worried and nervous about something",
        "She felt anxious before her first swimming lesson.",
    ),
    "delighted": ("adjective", "very pleased", "Grandpa was delighted with his birthday card."),
    "exhausted": ("adjective", "extremely tired", "After the long walk, the children were exhausted."),
    "cosy": ("adjective", "warm, comfortable and safe", "The cottage was cosy on the snowy evening."),
    "gloomy": ("adjective", "dark, or feeling sad and without hope", "The sky was gloomy all afternoon."),
    "cheerful": ("adjective", "happy and full of good spirits", "The baker gave us a cheerful wave."),
    "stubborn": (
        "adjective",
        "unwilling to change your mind",
        "The stubborn donkey refused to cross the bridge.",
    ),
    "humble": (
        "adjective",
        "not proud; not thinking you are better than others",
        "Even after winning, she stayed humble.",
    ),
    "vivid": ("adjective", "very bright and clear", "He painted the sunset in vivid oranges and pinks."),
    "ordinary": ("adjective", "normal, not special or different", "It began as an ordinary Tuesday."),
    "rare": ("adjective", "not found or seen very often", "They spotted a rare bird by the lake."),
    "ripe": ("adjective", "fully grown and ready to eat", "The pears were ripe and juicy."),
    "shallow": ("adjective", "not deep", "The toddlers paddled in the shallow end."),
    "steep": ("adjective", "rising or falling sharply", "The path up the hill was steep and rocky."),
    "damp": ("adjective", "slightly wet", "The towel was still damp from the morning."),
    "swift": ("adjective", "moving very fast", "A swift river ran through the valley."),
    "tidy": ("adjective", "neat and in order", "His desk was always tidy."),
    "clumsy": (
        "adjective",
        "moving in an awkward way and often knocking things over",
        "The clumsy puppy tripped over its own paws.",
    ),
    "honest": ("adjective", "telling the truth", "It was honest of him to admit his mistake."),
    "loyal": (
        "adjective",
        "always supporting a friend or a cause",
        "The loyal dog waited by the gate every day.",
    ),
    "weary": ("adjective", "very tired", "The weary travellers rested by the well."),
    "fierce": ("adjective", "strong, wild or frightening", "A fierce wind blew all night."),
    "peculiar": ("adjective", "strange or unusual", "There was a peculiar smell in the cellar."),
    "abundant": ("adjective", "existing in large amounts", "Apples were abundant that autumn."),
    "transparent": ("adjective", "clear enough to see through", "The jar was made of transparent glass."),
    "nocturnal": ("adjective", "active at night", "Owls and badgers are nocturnal animals."),
    "edible": ("adjective", "safe to eat", "Some mushrooms are edible, but many are poisonous."),
    "fertile": ("adjective", "able to produce many plants or crops", "The fertile valley was full of farms."),
    "hollow": ("adjective", "having an empty space inside", "A squirrel lived in the hollow tree."),
    "sturdy": ("adjective", "strong and not easily broken", "They built a sturdy table out of oak."),
    "run": ("verb", "to move quickly on your feet", "The children run to the gate when the bell rings."),
    "whisper": ("verb", "to speak very quietly", "She whispered the secret to her brother."),
    "wander": ("verb", "to walk slowly without a fixed plan", "We wandered through the market all morning."),
    "gather": ("verb", "to bring or come together in one place", "The family gathered around the fire."),
    "borrow": ("verb", "to take something that you will give back later", "Can I borrow your pencil?"),
    "lend": ("verb", "to give something to someone for a short time", "Could you lend me your umbrella?"),
    "imagine": ("verb", "to form a picture of something in your mind", "Imagine a castle made of ice."),
    "explore": (
        "verb",
        "to travel around a place to learn about it",
        "They explored the rock pools at low tide.",
    ),
    "hesitate": (
        "verb",
        "to pause before doing something because you are unsure",
        "He hesitated at the edge of the diving board.",
    ),
    "admire": (
        "verb",
        "to look at something with pleasure or to respect someone",
        "We admired the view from the hill.",
    ),
    "repair": ("verb", "to fix something that is broken", "The mechanic repaired the old van."),
    "gaze": ("verb", "to look at something for a long time", "She gazed at the stars."),
    "shiver": ("verb", "to shake slightly because you are cold or afraid", "They shivered at the bus stop."),
    "scatter": ("verb", "to throw or spread things over an area", "He scattered seeds for the birds."),
    "stumble": ("verb", "to trip and almost fall", "I stumbled on the uneven path."),
    "persuade": (
        "verb",
        "to make someone agree to do something by giving good reasons",
        "She persuaded her dad to plant a pear tree.",
    ),
    "collect": (
        "verb",
        "to bring things together from different places",
        "They collect shells on the beach.",
    ),
    "predict": ("verb", "to say what you think will happen", "Can you predict the end of the story?"),
    "observe": ("verb", "to watch something carefully", "We observed the tadpoles for a week."),
    "measure": ("verb", "to find the size or amount of something", "Measure the flour before you add it."),
    "compare": (
        "verb",
        "to look at how two things are alike or different",
        "Compare the two leaves with a magnifying glass.",
    ),
    "invent": ("verb", "to make or think of something completely new", "Who invented the bicycle?"),
    "celebrate": (
        "verb",
        "to do something enjoyable for a special occasion",
        "We celebrated Grandma's birthday with a picnic.",
    ),
    "apologise": ("verb", "to say that you are sorry", "He apologised for being late."),
    "encourage": (
        "verb",
        "to give someone confidence or support",
        "Her friends encouraged her to enter the race.",
    ),
    "vanish": ("verb", "to disappear suddenly", "The rabbit vanished into the hedge."),
    "sprint": ("verb", "to run very fast for a short distance", "He sprinted to catch the bus."),
    "mend": ("verb", "to repair something", "Mum mended the hole in my sock."),
    "soar": ("verb", "to fly high in the air", "The eagle soared above the mountains."),
    "harbour": (
        "noun",
        "a sheltered area of water where boats can stay safely",
        "The fishing boats returned to the harbour at dusk.",
    ),
    "journey": ("noun", "a trip from one place to another", "The journey to the coast took three hours."),
    "recipe": ("noun", "a set of instructions for cooking a dish", "This recipe needs two eggs."),
    "library": (
        "noun",
        "a building or room where books are kept for people to read or borrow",
        "I borrowed three books from the library.",
    ),
    "habitat": (
        "noun",
        "the natural home of an animal or plant",
        "The pond is the habitat of frogs and newts.",
    ),
    "orchard": ("noun", "a piece of land where fruit trees are grown", "We picked plums in the orchard."),
    "meadow": ("noun", "a field of grass and wild flowers", "Butterflies danced over the meadow."),
    "breeze": ("noun", "a gentle wind", "A cool breeze came off the sea."),
    "puddle": (
        "noun",
        "a small pool of water on the ground, usually after rain",
        "The boy jumped in every puddle.",
    ),
    "lantern": (
        "noun",
        "a lamp with a case that protects the flame or bulb",
        "They carried a lantern through the dark garden.",
    ),
    "voyage": ("noun", "a long journey, especially by sea", "The ship set off on a long voyage."),
    "shelter": (
        "noun",
        "a place that protects you from weather or danger",
        "We found shelter under a rocky ledge.",
    ),
    "festival": (
        "noun",
        "a special time when people celebrate with events and activities",
        "The town holds a music festival every summer.",
    ),
    "ingredient": ("noun", "one of the foods used to make a dish", "Flour is the main ingredient in bread."),
    "neighbour": (
        "noun",
        "a person who lives near you",
        "Our neighbour looks after our cat when we are away.",
    ),
    "puzzle": (
        "noun",
        "a game or problem that you have to think hard to solve",
        "The puzzle took us all afternoon.",
    ),
    "triumph": ("noun", "a great success or victory", "Finishing the race was a triumph for him."),
    "courage": (
        "noun",
        "the ability to do something that frightens you",
        "It took courage to speak in front of the school.",
    ),
    "curiosity": (
        "noun",
        "a strong wish to know or learn something",
        "Her curiosity led her to open the old chest.",
    ),
    "kindness": (
        "noun",
        "the quality of being friendly, generous and caring",
        "Thank you for your kindness.",
    ),
    "patience": (
        "noun",
        "the ability to wait or keep trying without getting upset",
        "Learning the violin takes patience.",
    ),
    "silence": ("noun", "complete quiet", "There was silence in the hall as she began to sing."),
    "horizon": (
        "noun",
        "the line where the land or sea seems to meet the sky",
        "A ship appeared on the horizon.",
    ),
    "glacier": ("noun", "a huge, slow-moving mass of ice", "The glacier has carved a deep valley."),
    "volcano": (
        "noun",
        "a mountain with an opening through which melted rock and gas can escape",
        "Smoke rose from the top of the volcano.",
    ),
    "island": ("noun", "a piece of land with water all around it", "They rowed out to the small island."),
    "compass": (
        "noun",
        "a tool with a magnetic needle that shows which way is north",
        "She checked the compass before they set off.",
    ),
    "telescope": (
        "noun",
        "a tube with lenses that makes faraway things look closer",
        "Through the telescope we could see the Moon's craters.",
    ),
    "fossil": (
        "noun",
        "the remains of an ancient plant or animal preserved in rock",
        "We found a fossil shell on the beach.",
    ),
    "harvest": (
        "noun",
        "the time when crops are gathered, or the crops themselves",
        "The apple harvest was good this year.",
    ),
    "community": (
        "noun",
        "the people who live in one area, or a group that shares something",
        "The whole community helped to build the playground.",
    ),
    "opinion": (
        "noun",
        "what a person thinks or believes about something",
        "In my opinion, this is the best soup.",
    ),
    "habit": ("noun", "something you do often and regularly", "Reading before bed is a good habit."),
    "quickly": ("adverb", "at a fast speed", "She quickly packed her bag."),
    "gently": ("adverb", "in a soft and careful way", "He gently stroked the kitten."),
    "rarely": ("adverb", "not very often", "It rarely snows here."),
    "eventually": ("adverb", "in the end, after a long time", "Eventually, the rain stopped."),
    "immediately": ("adverb", "at once, without waiting", "Please come downstairs immediately."),
    "carefully": ("adverb", "with care, to avoid mistakes or harm", "Carry the eggs carefully."),
    "nearly": ("adverb", "almost", "We nearly missed the train."),
    "although": ("conjunction", "in spite of the fact that", "Although it was raining, we went for a walk."),
    "because": ("conjunction", "for the reason that", "We stayed inside because it was cold."),
    "beneath": ("preposition", "under or below something", "The cat slept beneath the table."),
    "between": (
        "preposition",
        "in the space that separates two things",
        "The shop is between the bank and the bakery.",
    ),
    "despite": ("preposition", "without being stopped by something", "Despite the wind, the kite stayed up."),
}

OPPOSITES = [
    tuple(p.split("/"))
    for p in _w("""hot/cold, big/small, tall/short, happy/sad, fast/slow,
light/dark, open/closed, early/late, full/empty, heavy/light, hard/soft, loud/quiet, wet/dry,
young/old, clean/dirty, strong/weak, thick/thin, wide/narrow, deep/shallow, rich/poor, high/low,
near/far, first/last, always/never, up/down, inside/outside, push/pull, laugh/cry, buy/sell,
arrive/leave, win/lose, give/take, remember/forget, begin/end, asleep/awake, brave/cowardly,
kind/cruel, polite/rude, sharp/blunt, smooth/rough, sweet/sour, tidy/messy, safe/dangerous,
easy/difficult, cheap/expensive, true/false, noisy/peaceful, ancient/modern, friend/enemy,
day/night, summer/winter, north/south, east/west, question/answer, love/hate, accept/refuse,
increase/decrease, include/exclude, appear/disappear, possible/impossible, careful/careless,
hopeful/hopeless, entrance/exit, above/below, before/after, often/rarely, awake/asleep,
lend/borrow, teach/learn, float/sink, rise/fall, sunrise/sunset, victory/defeat, success/failure,
generous/mean, shiny/dull, tight/loose, crooked/straight, healthy/ill, fresh/stale, calm/stormy,
raw/cooked, sharp/dull, odd/even, plural/singular, arrive/depart, fact/opinion,
add/subtract, whisper/shout, frown/smile, minimum/maximum, interesting/boring, ugly/beautiful,
private/public, lead/follow, major/minor, humble/proud, ordinary/special, temporary/permanent""")
]

HOWTOS: list[tuple[str, list[str], list[str]]] = [
    (
        "make a cup of tea",
        [
            "fill the kettle with fresh water and switch it on",
            "warm the teapot or mug with a little hot water",
            "put a tea bag or a spoonful of loose tea into the pot",
            "pour on the boiling water",
            "let the tea brew for three to five minutes",
            "remove the tea bag and add milk or lemon if you like it",
        ],
        [
            "Be careful with boiling water, and keep the kettle away from the edge of the counter.",
            "Green tea tastes better with water that is hot but not quite boiling.",
        ],
    ),
    (
        "plant a seed",
        [
            "fill a small pot with damp compost",
            "make a hole about as deep as the seed is long",
            "drop the seed in and cover it lightly with compost",
            "water it gently so that the soil is moist but not soaked",
            "put the pot somewhere warm and bright",
            "check it every day and keep the soil damp until the shoot appears",
        ],
        [
            "Write the name of the plant on a label so you remember what you sowed.",
            "Some seeds take weeks to sprout, so be patient.",
        ],
    ),
    (
        "wash your hands properly",
        [
            "wet your hands with clean running water",
            "rub on enough soap to cover both hands",
            "scrub the backs of your hands, between your fingers and under your nails",
            "keep scrubbing for about twenty seconds",
            "rinse off all the soap",
            "dry your hands on a clean towel",
        ],
        [
            "Humming a short song twice helps you scrub for long enough.",
            "Always wash your hands before eating and after using the toilet.",
        ],
    ),
    (
        "make a simple sandwich",
        [
            "choose two slices of bread",
            "spread a thin layer of butter on each slice",
            "add a filling such as cheese, tomato or cucumber",
            "place the second slice on top, buttered side down",
            "cut the sandwich in half with a blunt knife",
        ],
        [
            "Wash any fruit or vegetables before you slice them.",
            "Wrap the sandwich if you are taking it out for a picnic.",
        ],
    ),
    (
        "make a paper aeroplane",
        [
            "take a rectangular sheet of paper",
            "fold it in half along its length and open it again",
            "fold the two top corners down to meet the middle crease",
            "fold the new slanted edges into the middle again",
            "fold the plane in half along the first crease",
            "fold each side down to make the wings",
        ],
        [
            "Throw it gently and slightly upwards for the longest flight.",
            "Try bending the back edges of the wings a little to change how it flies.",
        ],
    ),
    (
        "tie your shoelaces",
        [
            "cross the two laces over each other and pull one under to make a knot",
            "make a loop with one lace",
            "wrap the other lace around the loop",
            "push that lace through the gap to make a second loop",
            "hold both loops and pull them tight",
        ],
        ["Practise slowly at first; it soon becomes easy.", "Double-knot your laces before playing sport."],
    ),
    (
        "look after a goldfish",
        [
            "keep it in a large tank, not a small bowl",
            "fit a filter to keep the water clean",
            "feed it a small pinch of fish food once or twice a day",
            "change part of the water every week",
            "keep the tank out of direct sunlight",
        ],
        [
            "Never give a fish more food than it can eat in a few minutes.",
            "Goldfish are happier with some plants and hiding places.",
        ],
    ),
    (
        "pack for a day trip",
        [
            "check the weather forecast",
            "pack a waterproof jacket and a warm layer",
            "fill a water bottle and pack some snacks",
            "bring a map and a charged phone",
            "put a small first-aid kit and some sun cream in your bag",
            "tell someone where you are going and when you will be back",
        ],
        ["A light bag is easier to carry all day.", "Take your rubbish home with you."],
    ),
    (
        "bake simple biscuits",
        [
            "heat the oven to 180 degrees Celsius",
            "beat soft butter and sugar together until pale",
            "mix in an egg and then stir in the flour",
            "roll the dough into small balls and press them flat on a tray",
            "bake them for about twelve minutes, until golden",
            "let them cool on a rack before eating",
        ],
        ["Ask an adult to help with the hot oven.", "Leave space between the biscuits, because they spread."],
    ),
    (
        "make your bed",
        [
            "pull the sheet straight and tuck it in at the corners",
            "shake out the duvet or blankets",
            "lay the duvet evenly across the bed",
            "plump up the pillows and place them at the top",
            "smooth out any creases",
        ],
        [
            "Opening the window for a few minutes first lets fresh air in.",
            "Making your bed each morning makes the whole room look tidier.",
        ],
    ),
    (
        "read a map",
        [
            "find the key, which explains what the symbols mean",
            "look at the scale to see how far distances on the map are in real life",
            "find north, which is usually at the top of the map",
            "locate where you are now",
            "find where you want to go and choose a route between the two points",
            "follow the route, checking landmarks as you pass them",
        ],
        [
            "Turning the map so that it matches the land around you makes it easier to follow.",
            "Contour lines that are close together mean the ground is steep.",
        ],
    ),
    (
        "save money for something special",
        [
            "decide what you are saving for and how much it costs",
            "choose a safe place to keep your savings",
            "put aside a small amount every week",
            "write down how much you have saved so far",
            "avoid spending on things you do not really need",
            "celebrate when you reach your goal",
        ],
        [
            "Small amounts add up faster than you might expect.",
            "Drawing a chart of your progress can keep you motivated.",
        ],
    ),
    (
        "clean a bicycle",
        [
            "rinse off mud with a gentle spray of water",
            "wash the frame with warm, soapy water and a sponge",
            "scrub the chain with an old brush",
            "rinse everything and dry it with a cloth",
            "put a few drops of oil on the chain",
            "check that the tyres are pumped up and the brakes work",
        ],
        ["Never use a powerful jet of water on the wheel hubs.", "A clean chain makes pedalling easier."],
    ),
    (
        "grow cress on a windowsill",
        [
            "place some damp kitchen paper or cotton wool on a saucer",
            "sprinkle cress seeds thickly over it",
            "put the saucer on a bright windowsill",
            "keep the paper moist by adding a little water each day",
            "cut the cress with scissors after about a week",
        ],
        ["Cress tastes lovely in an egg sandwich.", "Try growing it in the shape of a letter."],
    ),
    (
        "write a letter",
        [
            "write your address at the top right of the page",
            "write the date underneath",
            "begin with a greeting, such as Dear Sam",
            "write your message in clear paragraphs",
            "end with a friendly closing, such as Best wishes",
            "sign your name at the bottom",
        ],
        [
            "Read the letter through once to check the spelling.",
            "A handwritten letter can make someone's day.",
        ],
    ),
    (
        "make porridge",
        [
            "put a cup of oats in a saucepan",
            "add two cups of milk or water",
            "heat it gently, stirring all the time",
            "let it simmer for about five minutes until thick and creamy",
            "pour it into a bowl and add fruit or honey",
        ],
        [
            "Stirring stops the porridge from sticking to the pan.",
            "Chopped apple and a pinch of cinnamon make a tasty topping.",
        ],
    ),
    (
        "care for a houseplant",
        [
            "find out how much light your plant likes",
            "water it when the top of the soil feels dry",
            "empty any water that collects in the saucer",
            "wipe dust off the leaves with a damp cloth",
            "move it to a bigger pot when the roots fill the old one",
            "feed it with plant food in spring and summer",
        ],
        [
            "Too much water is a common reason for houseplants to die.",
            "Turning the pot now and then helps the plant grow evenly.",
        ],
    ),
    (
        "cross the road safely",
        [
            "find a safe place to cross, such as a zebra crossing",
            "stop at the edge of the pavement",
            "look and listen for traffic in both directions",
            "wait until the road is clear or the traffic has stopped",
            "walk straight across without running",
            "keep looking and listening as you cross",
        ],
        ["Never cross between parked cars.", "Wear something bright if you are walking at dusk."],
    ),
    (
        "make a bird feeder",
        [
            "wash out an empty plastic bottle",
            "ask an adult to cut two small holes on opposite sides near the bottom",
            "push a wooden spoon through the holes to make a perch",
            "fill the bottle with birdseed and screw on the lid",
            "tie string around the neck and hang it from a branch",
        ],
        ["Hang the feeder where cats cannot reach it.", "Clean the feeder regularly."],
    ),
    (
        "learn a poem by heart",
        [
            "read the whole poem aloud several times",
            "break it into short sections",
            "learn the first section and say it without looking",
            "add the next section and repeat both together",
            "practise again the next day until you know it all",
        ],
        [
            "Acting out the words can help you remember them.",
            "Reciting it just before sleep helps the memory stick.",
        ],
    ),
    (
        "set the table for dinner",
        [
            "put a clean cloth or mats on the table",
            "place a plate in front of each chair",
            "put the fork on the left of the plate and the knife on the right",
            "put the spoon above the plate or to the right of the knife",
            "set a glass near the top right of each plate",
            "add napkins and a jug of water",
        ],
        [
            "Turn the blade of the knife towards the plate.",
            "Flowers in the middle make the table look cheerful.",
        ],
    ),
    (
        "build a snowman",
        [
            "make a small snowball and roll it through the snow to make it bigger",
            "keep rolling until you have a large ball for the body",
            "roll a smaller ball for the head",
            "lift the head onto the body and press it down firmly",
            "add stones for the eyes and a carrot for the nose",
            "finish it with an old scarf and a hat",
        ],
        ["Slightly wet snow sticks together best.", "Wear waterproof gloves to keep your hands warm."],
    ),
    (
        "calm down when you feel upset",
        [
            "stop what you are doing for a moment",
            "take a slow breath in through your nose",
            "breathe out slowly through your mouth",
            "repeat the slow breathing a few times",
            "name the feeling to yourself",
            "talk to someone you trust if the feeling does not pass",
        ],
        [
            "A short walk or a drink of water can also help.",
            "Everyone feels upset sometimes, and that is normal.",
        ],
    ),
    (
        "make a simple salad",
        [
            "wash the lettuce and other vegetables",
            "dry the leaves in a clean tea towel",
            "tear the lettuce into pieces and put them in a bowl",
            "slice cucumber, tomatoes and peppers and add them",
            "mix a little oil, lemon juice and salt for a dressing",
            "pour on the dressing and toss the salad just before serving",
        ],
        ["Adding the dressing too early makes the leaves soggy.", "Seeds and nuts add a nice crunch."],
    ),
    (
        "start a nature diary",
        [
            "choose a notebook that is easy to carry",
            "take it with you on walks",
            "write the date, the place and the weather each time",
            "draw or describe the plants, birds and insects you notice",
            "add questions about anything you want to find out",
            "look back after a few months to see how the seasons changed",
        ],
        [
            "Coloured pencils help you record colours accurately.",
            "Pressed leaves and flowers can be taped into the pages.",
        ],
    ),
    (
        "look after a library book",
        [
            "keep it in a bag when you carry it outside",
            "use a bookmark instead of folding the corners of the pages",
            "read with clean, dry hands",
            "keep it away from food, drinks and pets",
            "return it on or before the date stamped inside",
        ],
        [
            "If you damage a book by accident, tell the librarian.",
            "Many libraries let you renew books for longer.",
        ],
    ),
    (
        "make lemonade",
        [
            "squeeze the juice from four lemons",
            "stir sugar into a little warm water until it dissolves",
            "pour the lemon juice and sugar water into a large jug",
            "add about a litre of cold water",
            "taste it and add more sugar or lemon if needed",
            "chill it in the fridge and serve it with ice",
        ],
        [
            "Rolling the lemons on the table first makes them easier to squeeze.",
            "A few mint leaves make it extra refreshing.",
        ],
    ),
    (
        "fix a puncture on a bicycle tyre",
        [
            "remove the wheel from the bicycle",
            "use tyre levers to ease one side of the tyre off the rim",
            "pull out the inner tube and pump a little air into it",
            "find the hole by listening for the hiss of escaping air",
            "clean and roughen the area, then stick on a patch",
            "put the tube back, refit the tyre and pump it up",
        ],
        [
            "Check the inside of the tyre for thorns or glass before refitting it.",
            "Carry a small repair kit when you go on long rides.",
        ],
    ),
    (
        "prepare for a test",
        [
            "find out which topics the test will cover",
            "make a simple revision timetable",
            "study in short sessions with breaks",
            "test yourself with questions instead of just rereading",
            "ask for help with anything you do not understand",
            "get a good night's sleep before the test",
        ],
        [
            "Explaining a topic to someone else is a great way to learn it.",
            "Eat a good breakfast on the morning of the test.",
        ],
    ),
]
HOWTO_TITLES = [
    "How to {t}",
    "How to {t}: a simple guide",
    "A simple guide: how to {t}",
    "Learning how to {t}",
    "The easy way to {t}",
    "Steps to {t}",
]
HOWTO_INTROS = [
    "It is easy to {t} if you follow a few simple steps.",
    "Knowing how to {t} is a useful skill.",
    "Here is a clear way to {t}.",
    "Many people ask how to {t}. The steps below will help.",
    "You do not need any special skill to {t}.",
    "Anyone can learn to {t} with a little practice.",
    "If you have never tried to {t} before, start here.",
    "This short guide explains how to {t}.",
]
STEP_WORDS = [
    ["First", "Next", "Then", "After that", "Now", "Finally"],
    ["To begin", "Second", "Third", "Then", "After this", "Lastly"],
    ["Start by making sure you", "Next", "When that is done", "Then", "After that", "To finish"],
]

ADVICE: dict[str, list[str]] = {
    "sleep better": [
        "Go to bed and get up at about the same time every day.",
        "Keep your bedroom dark, quiet and a little cool.",
        "Put screens away for an hour before bed.",
        "Avoid big meals and sugary drinks late in the evening.",
        "Try reading a calm book or listening to soft music before sleep.",
        "Get some daylight and exercise during the day.",
    ],
    "make new friends": [
        "Join a club or group for something you enjoy.",
        "Smile and say hello to people you see often.",
        "Ask people questions about themselves and listen to their answers.",
        "Invite someone to do a simple activity with you.",
        "Be patient, because friendships take time to grow.",
        "Be kind and keep your promises.",
    ],
    "study well": [
        "Study in a quiet place with few distractions.",
        "Work in short blocks of about twenty-five minutes with short breaks.",
        "Test yourself instead of only reading your notes.",
        "Teach what you have learned to someone else.",
        "Review your notes again a few days later.",
        "Sleep well, because the brain stores memories while you sleep.",
    ],
    "stay calm before a test": [
        "Prepare early so you do not need to cram.",
        "Take slow, deep breaths when you feel nervous.",
        "Remind yourself of the things you already know.",
        "Read each question carefully before answering.",
        "Start with the questions you find easiest.",
        "Remember that one test does not decide everything.",
    ],
    "save money": [
        "Decide on a goal and write it down.",
        "Put some money aside as soon as you receive it.",
        "Wait a day before buying something you had not planned to buy.",
        "Compare prices before you buy.",
        "Keep track of what you spend.",
        "Repair or borrow things instead of always buying new ones.",
    ],
    "eat healthily": [
        "Fill half your plate with fruit and vegetables.",
        "Drink water instead of sugary drinks.",
        "Choose whole grains such as brown bread and oats.",
        "Eat a good breakfast to start the day.",
        "Keep sweets and crisps as occasional treats.",
        "Try a new fruit or vegetable each week.",
    ],
    "keep a room tidy": [
        "Give everything its own place.",
        "Put things away as soon as you finish using them.",
        "Spend five minutes tidying every evening.",
        "Give away things you no longer use.",
        "Use boxes or baskets to sort small items.",
        "Make your bed each morning.",
    ],
    "be a good listener": [
        "Look at the person who is speaking.",
        "Do not interrupt; let them finish.",
        "Ask questions to show you are interested.",
        "Repeat back what you heard to check you understood.",
        "Put your phone away during the conversation.",
        "Think about how the other person feels.",
    ],
    "look after your teeth": [
        "Brush your teeth twice a day for two minutes.",
        "Use a toothpaste with fluoride.",
        "Do not forget to brush along the gums.",
        "Cut down on sugary snacks and drinks.",
        "Visit the dentist for regular check-ups.",
        "Replace your toothbrush every few months.",
    ],
    "get more exercise": [
        "Walk or cycle for short journeys instead of taking the car.",
        "Take the stairs instead of the lift.",
        "Find an activity you enjoy, such as dancing or swimming.",
        "Exercise with a friend to keep each other going.",
        "Start gently and build up slowly.",
        "Stretch before and after exercise.",
    ],
    "learn a new language": [
        "Practise a little every day rather than a lot once a week.",
        "Learn the most common words first.",
        "Listen to songs and stories in the language.",
        "Say new words out loud.",
        "Do not be afraid of making mistakes.",
        "Find a partner to practise speaking with.",
    ],
    "stay safe in hot weather": [
        "Drink plenty of water throughout the day.",
        "Stay in the shade during the hottest part of the day.",
        "Wear a hat and light, loose clothes.",
        "Use sun cream and put more on after swimming.",
        "Never leave people or pets in a parked car.",
        "Check on elderly neighbours.",
    ],
    "stay warm in winter": [
        "Wear several thin layers rather than one thick one.",
        "Keep your head, hands and feet covered outside.",
        "Eat warm meals and have hot drinks.",
        "Keep moving to help your body make heat.",
        "Close curtains at night to keep the warmth in.",
        "Block draughts under doors.",
    ],
    "be more organised": [
        "Write a list of tasks each morning.",
        "Do the most important task first.",
        "Use a calendar to remember dates.",
        "Pack your bag the night before.",
        "Break big jobs into small steps.",
        "Keep your desk clear.",
    ],
    "be kind to the environment": [
        "Turn off lights when you leave a room.",
        "Walk, cycle or take the bus when you can.",
        "Recycle paper, glass and cans.",
        "Carry a reusable bag and water bottle.",
        "Plant flowers that bees like.",
        "Do not waste food.",
    ],
    "speak confidently in public": [
        "Practise your talk out loud several times.",
        "Know your first sentence by heart.",
        "Stand up straight and breathe slowly.",
        "Look at friendly faces in the audience.",
        "Speak a little more slowly than feels natural.",
        "Remember that the audience wants you to do well.",
    ],
    "care for a new puppy": [
        "Give it a quiet bed of its own.",
        "Feed it puppy food at regular times.",
        "Take it outside often to help with toilet training.",
        "Praise it when it behaves well.",
        "Keep training sessions short and fun.",
        "Take it to a vet for its check-ups.",
    ],
    "remember things better": [
        "Write things down as soon as you hear them.",
        "Connect new facts to things you already know.",
        "Make a picture of the idea in your mind.",
        "Review information after a day and again after a week.",
        "Get enough sleep.",
        "Teach the idea to someone else.",
    ],
    "deal with a disagreement": [
        "Stay calm and speak quietly.",
        "Listen to the other person's side first.",
        "Talk about the problem, not about the person.",
        "Look for a solution that works for both of you.",
        "Take a break if you both feel too upset.",
        "Say sorry if you were wrong.",
    ],
    "grow vegetables at home": [
        "Choose a sunny spot.",
        "Start with easy crops such as lettuce, radishes and beans.",
        "Use good compost.",
        "Water the plants in the morning or evening.",
        "Pull up weeds while they are small.",
        "Pick your vegetables when they are ripe.",
    ],
}


# ----------------------------------------------------------------------------------------------
# People and shared scene pieces
# ----------------------------------------------------------------------------------------------

REL = {
    "f": _w("grandmother, aunt, older sister, little sister, cousin, best friend, neighbour, mother"),
    "m": _w("grandfather, uncle, older brother, little brother, cousin, best friend, neighbour, father"),
}
OBJ_ADJS = _w("""old, little, precious, treasured, well-worn, shiny, battered, red, blue, green, yellow,
purple, brown, orange, silver, golden, striped, tartan""")


class Person:
    """A character with consistent pronouns."""

    def __init__(self, name: str, g: str, noun: str) -> None:
        self.name, self.g, self.noun = name, g, noun
        f = g == "f"
        self.he = "she" if f else "he"
        self.him = "her" if f else "him"
        self.his = "her" if f else "his"
        self.hers = "hers" if f else "his"
        self.self_ = "herself" if f else "himself"
        self.He, self.His = cap(self.he), cap(self.his)
        self.kid = "girl" if f else "boy"
        self.child = "daughter" if f else "son"


def person(
    r: random.Random, used: list[str] | None = None, g: str | None = None, adult: bool | None = None
) -> Person:
    g = g or r.choice("fm")
    names = NAMES_F if g == "f" else NAMES_M
    used = used if used is not None else []
    name = r.choice(names)
    while name in used:
        name = r.choice(names)
    used.append(name)
    if adult is None:
        adult = r.random() < 0.4
    noun = r.choice(JOBS) if adult else ("girl" if g == "f" else "boy")
    return Person(name, g, noun)


def full_name(r: random.Random, p: Person) -> str:
    return f"{p.name} {r.choice(SURNAMES)}"


def _time_phrase(r: random.Random, season: str) -> str:
    return r.choice(
        [
            f"One {r.choice(DAYS)} morning",
            f"Early one {season} morning",
            "One afternoon",
            f"On a {r.choice(['grey', 'bright', 'windy', 'chilly', 'warm', 'quiet'])} {season} day",
            "Late one evening",
            f"On the first {r.choice(DAYS)} of the holidays",
            f"One {r.choice(['misty', 'sunny', 'rainy', 'frosty', 'breezy'])} {r.choice(DAYS)}",
            "One weekend",
            f"At the start of {season}",
        ]
    )


def opening(r: random.Random, h: Person, town: str, season: str) -> str:
    trait = r.choice(TRAITS)
    pa = r.choice(PLACE_ADJS)
    detail = r.choice(SEASON_DETAIL[season])
    return r.choice(
        [
            f"{h.name} lived in {a(pa)} town called {town}.",
            f"In the {pa} town of {town}, there lived {a(trait)} {h.noun} named {h.name}.",
            f"Once upon a time, in a small house on {r.choice(STREETS)} in {town}, there lived {a(trait)} {h.noun} called {h.name}.",
            f"{h.name} was {a(trait)} {h.noun} who lived near the {r.choice(TOWN_PLACES)} in {town}.",
            f"It was {season} in {town}, and {detail}. {h.name}, {a(trait)} {h.noun}, had lived there all {h.his} life.",
            f"Everyone in {town} knew {h.name}, {a(trait)} {h.noun} with a {r.choice(['loud', 'warm', 'quick', 'shy', 'big'])} laugh.",
            f"{h.name} had lived in {town} all {h.his} life, and {h.he} knew every street in it.",
            f"The {season} had come to {town}, and {detail}. Nobody enjoyed it more than {h.name}, {a(trait)} {h.noun} who lived on {r.choice(STREETS)}.",
            f"There was once {a(trait)} {h.noun} called {h.name} who lived in {a(pa)} town by the {r.choice(['river', 'sea', 'hills', 'forest', 'lake', 'moor'])}.",
        ]
    )


def closing(r: random.Random, h: Person) -> str:
    feel = r.choice(GOOD_FEELINGS)
    return r.choice(
        [
            f"That night, {h.name} fell asleep feeling {feel}.",
            f"{h.He} smiled all the way home.",
            f"It had been a long day, but {h.name} was {feel}.",
            f"From then on, {h.name} always remembered that day.",
            f"{h.name} decided that it had been one of the best days of the year.",
            f"As the sun went down, {h.name} felt {feel} and a little tired.",
            f"Years later, {h.name} still liked to tell the story of that day.",
            f"{h.He} went to bed early, {feel} and ready for whatever tomorrow would bring.",
            f"{h.name} thought about it for a long time afterwards.",
        ]
    )


MORALS = {
    "lost": [
        "Sometimes the things we are looking for are closer than we think.",
        "A calm mind finds answers that a worried one misses.",
        "Asking for help is nothing to be ashamed of.",
        "A little patience can solve a big problem.",
    ],
    "pet": [
        "Asking for help is nothing to be ashamed of.",
        "Friends make hard work feel lighter.",
        "A little patience can solve a big problem.",
        "Never give up on the ones you love.",
    ],
    "cook": [
        "Mistakes are how we learn.",
        "Sharing makes good things even better.",
        "Asking for help is nothing to be ashamed of.",
        "A calm mind finds answers that a worried one misses.",
    ],
    "skill": [
        "Practice turns difficult things into easy ones.",
        "Small steps can take you a long way.",
        "It is better to try and fail than never to try at all.",
        "Good things are worth waiting for.",
    ],
    "storm": [
        "Even the darkest night ends with morning.",
        "Being together makes hard times easier.",
        "A calm mind finds answers that a worried one misses.",
    ],
    "neighbour": [
        "Kindness is usually returned in the end.",
        "Every stranger could be a friend you have not met yet.",
        "Listening carefully is a kind of kindness.",
        "Even the smallest helper can make a difference.",
    ],
    "friend": [
        "Every stranger could be a friend you have not met yet.",
        "Listening carefully is a kind of kindness.",
        "Sharing makes good things even better.",
        "A little courage can open a new door.",
    ],
    "garden": [
        "Good things are worth waiting for.",
        "A little patience can solve a big problem.",
        "Small steps can take you a long way.",
        "Mistakes are how we learn.",
    ],
    "build": [
        "Mistakes are how we learn.",
        "Friends make hard work feel lighter.",
        "Small steps can take you a long way.",
        "Measure twice and cut once.",
    ],
}


def moral(r: random.Random, h: Person, kind: str) -> str:
    m = r.choice(MORALS[kind])
    low = m[0].lower() + m[1:]
    return r.choice(
        [
            m,
            f"{h.name} had learned something important: {low}",
            f"As {h.his} {r.choice(['grandmother', 'grandfather', 'teacher', 'mother', 'father', 'aunt'])} liked to say, {low}",
            f"{h.He} understood now that {low[:-1]}.",
            "",
        ]
    )


def _para(*sents: str) -> str:
    return " ".join(s for s in sents if s)


# ----------------------------------------------------------------------------------------------
# Stories: each plot picks its cast, place and objects once and reuses them.
# ----------------------------------------------------------------------------------------------


def plot_lost(r: random.Random, h: Person, f: Person, town: str, season: str) -> list[str]:
    C = r.choice
    obj = f"{C(OBJ_ADJS)} {C(LOSABLE)}"
    short = obj.split(" ", 1)[1]
    rooms = r.sample(ROOMS, 3)
    spot = C(HIDING_SPOTS)
    rel = C(REL[f.g])
    p1 = _para(
        opening(r, h, town, season),
        C(
            [
                f"{h.name} had {a(obj)} that {h.he} loved more than anything.",
                f"{h.name}'s favourite thing in the world was {a(obj)}.",
                f"{h.He} never went anywhere without {h.his} {obj}.",
                f"{h.His} {obj} had once belonged to {h.his} {C(['grandmother', 'grandfather', 'great-aunt', 'great-uncle'])}.",
            ]
        ),
        C(
            [
                f"{_time_phrase(r, season)}, {h.he} reached for it and found that it was gone.",
                f"{_time_phrase(r, season)}, {h.he} looked for the {short}, but it was nowhere to be seen.",
                f"{_time_phrase(r, season)}, the {short} was missing.",
            ]
        ),
    )
    p2 = _para(
        C(
            [
                f"{h.name} searched the {rooms[0]} and the {rooms[1]}.",
                f"{h.He} looked in the {rooms[0]}, then in the {rooms[1]}, and then in the {rooms[2]}.",
                f"First {h.he} checked the {rooms[0]}, and next {h.he} searched every corner of the {rooms[1]}.",
            ]
        ),
        C(
            [
                f"{h.He} even looked {C(HIDING_SPOTS)}, but there was nothing there.",
                f"{h.He} emptied every drawer and every bag, but the {short} did not turn up.",
                f"After an hour, {h.he} sat down on the stairs feeling {C(BAD_FEELINGS)}.",
            ]
        ),
        C(
            [
                f"Then {h.his} {rel} {f.name} came in and asked what was wrong.",
                f"Just then, {h.his} {rel} {f.name} knocked at the door.",
                f"{f.name}, {h.his} {rel}, noticed {h.his} long face and offered to help.",
            ]
        ),
        C(
            [
                f'"Let\'s think about where you last had it," {f.name} {C(["said", "suggested"])}.',
                f'"When did you last see it?" {f.name} asked {C(["gently", "kindly", "calmly", "softly"])}.',
                f'"Retrace your steps," {f.he} {C(["suggested", "said", "advised"])}.',
            ]
        ),
    )
    p3 = _para(
        C(
            [
                f"{h.name} closed {h.his} eyes and thought hard.",
                f"Together they went back over everything {h.name} had done the day before.",
                f"{h.name} remembered coming home in a hurry and dropping {h.his} things.",
            ]
        ),
        C(
            [
                f"At last they found the {short} {spot}.",
                f"There, {spot}, was the {short}.",
                f"{f.name} laughed and pointed: the {short} was {spot}.",
            ]
        ),
        C(
            [
                f"{h.name} hugged {f.name} and thanked {f.him} again and again.",
                f'"Thank you!" cried {h.name}, holding the {short} tightly.',
                f"{h.name} felt {C(GOOD_FEELINGS)} and promised to keep it somewhere safe from now on.",
            ]
        ),
        moral(r, h, "lost"),
    )
    return [p1, p2, p3]


def plot_pet(r: random.Random, h: Person, f: Person, town: str, season: str) -> list[str]:
    C = r.choice
    rel = C(REL[f.g])
    pet = C(["dog", "cat", "puppy", "kitten", "rabbit", "tortoise", "goat", "parrot", "ferret"])
    pname = C(PET_NAMES)
    pg = C(["he", "she"])
    pgo, pgs = ("him" if pg == "he" else "her"), ("his" if pg == "he" else "her")
    col = C(_w("ginger, black, white, grey, brown, spotted, black-and-white, sandy, tabby, golden"))
    if pet in ("tortoise", "parrot"):
        col = (
            C(["small", "old", "clever", "noisy", "green", "cheeky"])
            if pet == "parrot"
            else C(["small", "old", "slow", "ancient"])
        )
    places = r.sample(TOWN_PLACES, 3)
    found = C(places)
    p1 = _para(
        opening(r, h, town, season),
        C(
            [
                f"{h.He} had {a(col)} {pet} called {pname}.",
                f"{h.His} best companion was {pname}, {a(col)} {pet} with a {C(['curious', 'cheeky', 'gentle', 'lazy', 'playful'])} nature.",
                f"{pname} was {h.his} {pet}: {C(['small', 'quick', 'clever', 'greedy', 'friendly'])}, {C(['noisy', 'nosy', 'fearless', 'fluffy', 'lively'])} and full of mischief.",
            ]
        ),
        C(
            [
                f"{_time_phrase(r, season)}, the gate was left open, and {pname} slipped out.",
                f"{_time_phrase(r, season)}, {pname} was not in {pgs} usual place by the {C(['fire', 'window', 'door', 'stove'])}.",
                f"{_time_phrase(r, season)}, {h.name} called for {pname}, but {pg} did not come.",
            ]
        ),
    )
    p2 = _para(
        C(
            [
                f"{h.name} ran to ask {h.his} {rel} {f.name} for help.",
                f"{h.name} and {h.his} {rel} {f.name} set off at once to look for {pgo}.",
                f"{h.His} {rel} {f.name} grabbed a torch, and the two of them went out into the street.",
            ]
        ),
        C(
            [
                f"They looked near the {places[0]} and behind the {places[1]}.",
                f"They asked people at the {places[0]}, the {places[1]} and the {places[2]} if they had seen {a(col)} {pet}.",
                f"First they tried the {places[0]}, and then they walked all the way to the {places[1]}.",
            ]
        ),
        C(
            [
                f"Nobody had seen {pname}, and {h.name} began to feel {C(BAD_FEELINGS)}.",
                f"{cap(a(C(JOBS)))} said that {C(['he', 'she'])} might have seen something {C(['near the bins', 'by the fence', 'under a hedge', 'on a wall'])}, but it was only a pile of leaves.",
                f"The {C(['wind', 'rain', 'cold'])} grew {C(['stronger', 'worse', 'sharper'])}, and still there was no sign of {pgo}.",
            ]
        ),
    )
    p3 = _para(
        C(
            [
                f"At last they heard a small sound from the {found}.",
                f"Then {f.name} spotted something moving near the {found}.",
                f"Just as they were about to give up, they reached the {found}.",
            ]
        ),
        C(
            [
                f"There was {pname}, {C(['curled up asleep', 'looking very pleased with ' + ('himself' if pg == 'he' else 'herself'), 'covered in mud', 'sitting quietly', 'eating a crust of bread'])}.",
                f"{pname} was hiding there, {C(['warm and safe', 'a little muddy', 'perfectly happy', 'quite unbothered'])}.",
            ]
        ),
        C(
            [
                f"{h.name} scooped {pgo} up and carried {pgo} home.",
                f"{h.name} laughed with relief and gave {pname} a big hug.",
                f"They walked home together, with {pname} {C(['trotting', 'riding', 'sleeping', 'peeping out'])} {C(['beside them', 'in a basket', 'in ' + h.his + ' arms'])}.",
            ]
        ),
        C(
            [
                f"From that day on, {h.name} always checked the gate twice.",
                f"That evening {pname} got an extra treat for supper.",
                closing(r, h),
            ]
        ),
    )
    return [p1, p2, p3]


def plot_cook(r: random.Random, h: Person, f: Person, town: str, season: str) -> list[str]:
    C = r.choice
    rel = C(REL[f.g])
    event = C(
        [
            "a birthday party",
            "the village picnic",
            "a family dinner",
            "the school fair",
            "a street party",
            "the harvest supper",
            "a surprise party",
            "the club's summer lunch",
        ]
    )
    dish = C(BAKES)
    dish_s = dish.split(" of ")[-1] if " of " in dish else dish
    savoury = any(
        w in dish for w in ("soup", "pie", "stew", "salad", "paella", "curry", "sauce", "flatbreads")
    )
    if dish == "apple crumble" or "cake" in dish:
        savoury = False
    ingr = r.sample(
        [
            "onions",
            "carrots",
            "rice",
            "cheese",
            "tomatoes",
            "potatoes",
            "garlic",
            "lentils",
            "peppers",
            "olive oil",
            "spinach",
            "beans",
        ]
        if savoury
        else [
            "flour",
            "eggs",
            "butter",
            "sugar",
            "milk",
            "honey",
            "oats",
            "cinnamon",
            "raisins",
            "lemons",
            "nutmeg",
            "walnuts",
            "ginger",
        ],
        3,
    )
    mistake = C(
        [
            f"{h.he} forgot to set the timer",
            f"{h.he} added salt instead of sugar" if not savoury else f"{h.he} added far too much salt",
            "the oven was far too hot",
            f"{h.he} knocked the bag of flour onto the floor",
            f"they ran out of {ingr[0]}",
            f"{h.he} doubled the {ingr[1]} by mistake",
        ]
    )
    p1 = _para(
        opening(r, h, town, season),
        C(
            [
                f"{h.name} wanted to make {a(dish)} for {event}.",
                f"{h.name} had promised to bring {a(dish)} to {event}.",
                f"This year it was {h.name}'s job to make {a(dish)} for {event}.",
            ]
        ),
        C(
            [
                f"{h.He} found an old recipe in the family notebook, and {h.his} {rel} {f.name} offered to help.",
                f"{h.He} asked {h.his} {rel} {f.name} to help.",
                f"{h.He} and {h.his} {rel} {f.name} went to the shop and bought {join(ingr)}.",
            ]
        ),
    )
    p2 = _para(
        C(
            [
                f"{h.name} and {f.name} tied on their aprons and got to work in the kitchen.",
                "They weighed everything carefully and mixed it in a big bowl.",
                f"{f.name} read the recipe aloud while {h.name} measured the {ingr[0]} and the {ingr[1]}.",
            ]
        ),
        C(
            [
                f"Everything went well until {mistake}.",
                f"Halfway through, something went wrong: {mistake}.",
                f"Then disaster struck: {mistake}.",
            ]
        ),
        C(
            [
                f'"Oh no!" cried {h.name}. "It\'s ruined!"',
                f"{h.name} felt like giving up.",
                "For a moment nobody spoke.",
            ]
        ),
        C(
            [
                f'"Don\'t worry," said {f.name}. "We still have time to start again."',
                f'"Every cook makes mistakes," {f.name} said with a smile. "Let\'s fix it."',
                f'{f.name} just rolled up {f.his} sleeves and said, "Right, let\'s try again."',
            ]
        ),
    )
    p3 = _para(
        C(
            [
                f"The second {dish_s} turned out {C(['perfect', 'just right', 'even better than the first', 'delicious'])}.",
                f"This time they were extra careful, and the kitchen soon smelled {C(['wonderful', 'delicious', 'rich and spicy' if savoury else 'warm and sweet'])}.",
                f"An hour later, the {dish_s} was ready, and it looked even better than the picture.",
            ]
        ),
        C(
            [
                f"At {event.replace('a ', 'the ', 1) if event.startswith('a ') else event}, everyone asked for a second helping.",
                "When they served it, the guests went quiet, and then they all asked for the recipe.",
                "By the end of the evening there was not a crumb left.",
            ]
        ),
        C([closing(r, h), moral(r, h, "cook")]),
    )
    return [p1, p2, p3]


def plot_skill(r: random.Random, h: Person, f: Person, town: str, season: str) -> list[str]:
    C = r.choice
    rel = C(REL[f.g])
    skill = C(SKILLS)
    weeks = r.randint(2, 9)
    p1 = _para(
        opening(r, h, town, season),
        C(
            [
                f"More than anything, {h.name} wanted to learn to {skill}.",
                f"{h.name} had always dreamed of being able to {skill}.",
                f"All of {h.name}'s friends could {skill}, and {h.he} wanted to be able to do it too.",
            ]
        ),
        C(
            [
                f"The first time {h.he} tried, it went badly.",
                f"{h.His} first attempt was a disaster.",
                f"It was much harder than {h.he} had expected.",
            ]
        ),
        C(
            [
                f"{h.He} felt {C(BAD_FEELINGS)} and wanted to give up.",
                f"{h.He} went home feeling {C(BAD_FEELINGS)}.",
                f'"I\'ll never be able to do it," {h.he} {C(["sighed", "grumbled", "muttered", "said sadly"])}.',
            ]
        ),
    )
    p2 = _para(
        C(
            [
                f"{h.His} {rel} {f.name} offered to help {h.him} practise.",
                f"Luckily, {f.name}, {a(C(TRAITS))} {f.noun} who lived next door, knew exactly how to {skill}.",
                f"{h.His} {rel} {f.name} told {h.him} that everyone finds new things hard at first.",
            ]
        ),
        C(
            [
                f'"Try a little every day," {f.name} said. "That\'s the secret."',
                f'"Go slowly," {f.name} {C(["advised", "said", "explained"])}. "Speed comes later."',
                f'"Don\'t worry about getting it right," {f.name} said. "Just keep practising."',
            ]
        ),
        C(
            [
                f"So {h.name} practised every {C(['morning', 'afternoon', 'evening'])} for {nw(weeks)} weeks.",
                f"For the next {nw(weeks)} weeks, {h.name} practised whenever {h.he} had a spare moment.",
                f"{h.name} practised in the {C(ROOMS + ['garden', 'park', 'yard'])}, even on the days when {h.he} did not feel like it.",
            ]
        ),
        C(
            [
                f"Little by little, {h.he} got better.",
                "Some days were good and some were not, but slowly things improved.",
                f"Each week {h.he} could do a bit more than the week before.",
            ]
        ),
    )
    p3 = _para(
        C(
            [
                f"Then one day, without even thinking about it, {h.name} managed to {skill}.",
                f"At the end of the {nw(weeks)} weeks, {h.name} showed {h.his} family what {h.he} could do.",
                f"At last came the day when {h.name} could {skill} without any help.",
            ]
        ),
        C(
            [
                "Everyone clapped and cheered.",
                f"{f.name} gave {h.him} a proud smile.",
                f"{h.His} family could hardly believe it.",
            ]
        ),
        C([moral(r, h, "skill"), closing(r, h)]),
    )
    return [p1, p2, p3]


def plot_trip(r: random.Random, h: Person, f: Person, town: str, season: str) -> list[str]:
    C = r.choice
    rel = C(REL[f.g])
    dest = C(
        [
            "the coast",
            "the mountains",
            "the big city",
            "a lake in the hills",
            "an island",
            "a forest park",
            "a castle",
            "a farm in the valley",
            "a waterfall",
            "an old lighthouse",
        ]
    )
    veh = C(["train", "bus", "ferry", "car", "bicycle", "boat", "tram"])
    hours = r.randint(1, 5)
    seen = [
        C(
            _w(
                "cow, sheep, horse, swan, windmill, tractor, bridge, church tower, sailing boat, scarecrow, heron, haystack"
            )
        )
    ]
    seen.append(
        C(
            _w(
                "deer, heron, hare, red kite, buzzard, seal, fox, squirrel, kingfisher, family of ducks, herd of goats"
            )
        )
    )
    food = C(SNACKS)
    p1 = _para(
        opening(r, h, town, season),
        C(
            [
                f"{_time_phrase(r, season)}, {h.name} and {h.his} {rel} {f.name} set off on a trip to {dest}.",
                f"{h.name} and {h.his} {rel} {f.name} had been looking forward to their trip to {dest} for weeks.",
                f"{h.name}'s {rel} {f.name} had promised to take {h.him} to {dest}, and at last the day had come.",
            ]
        ),
        C(
            [
                f"They travelled by {veh}, and the journey took {count(r, hours, 'hour', True)}.",
                f"The {veh} left {town} at {C(TIMES)}, and the journey took about {count(r, hours, 'hour', True)}.",
                f"They packed {a(food)} each and caught the {veh}, which took {count(r, hours, 'hour', True)}.",
            ]
        ),
        C(
            [
                f"Through the window, {h.name} saw fields, rivers and little villages.",
                f"On the way, {h.name} counted {nw(r.randint(3, 19))} {plural(seen[0])}.",
                f"{h.name} pressed {h.his} nose against the window the whole way.",
            ]
        ),
    )
    p2 = _para(
        C(
            [
                f"When they arrived, everything was even more beautiful than {h.he} had imagined.",
                f"When they got there, the air smelled of {C(['salt', 'pine needles', 'rain', 'wild flowers', 'wood smoke'])}.",
                f"The first thing {h.name} noticed was how {C(['quiet', 'big', 'bright', 'green', 'busy'])} everything was.",
            ]
        ),
        C(
            [
                f"They walked for a long time and saw {a(seen[1])} {C(['in the distance', 'by the water', 'near the path', 'high above them'])}.",
                f"They explored all morning, and {f.name} told {h.name} the names of the plants they passed.",
                f"They climbed to a high point and looked out over the {C(NATURE_PLACES)}.",
            ]
        ),
        C(
            [
                "At lunchtime they sat on a rock and shared their food.",
                f"For lunch they ate {plural(food) if ' of ' not in food else food} and drank {C(DRINKS)}.",
                "They found a sheltered spot for a picnic and watched the clouds go by.",
            ]
        ),
    )
    p3 = _para(
        C(
            [
                f"In the afternoon the weather changed, and {C(['it began to rain', 'a strong wind picked up', 'fog rolled in', 'dark clouds gathered'])}.",
                f"Later, they bought a postcard to send to {h.his} {C(['grandmother', 'grandfather', 'teacher', 'cousin'])}.",
                f"Before leaving, {h.name} picked up {a(C(['smooth pebble', 'pine cone', 'feather', 'shell', 'acorn']))} to remember the day.",
            ]
        ),
        C(
            [
                f"On the way home, {h.name} fell asleep on the {veh}.",
                f"They got back to {town} just as the street lamps were coming on.",
                f"It was dark when they got home, and {h.name} was tired but happy.",
            ]
        ),
        closing(r, h),
    )
    return [p1, p2, p3]


def plot_storm(r: random.Random, h: Person, f: Person, town: str, season: str) -> list[str]:
    C = r.choice
    rel = C(REL[f.g])
    game = C(["cards", "a board game", "charades", "a guessing game", "dominoes", "chess", "I spy"])
    p1 = _para(
        opening(r, h, town, season),
        C(
            [
                f"{_time_phrase(r, season)}, the sky turned dark, and the wind began to howl.",
                f"{_time_phrase(r, season)}, a storm rolled in over the {C(['hills', 'sea', 'rooftops', 'fields'])}.",
                "By the evening, heavy rain was drumming on the roof.",
            ]
        ),
        C(
            [
                "Thunder rumbled, and lightning flashed across the sky.",
                "The trees bent in the wind, and the windows rattled in their frames.",
                "Rain poured down the windows and gurgled in the drains.",
            ]
        ),
        C(
            [
                "Suddenly, all the lights went out.",
                "Then, with a click, the power went off.",
                "A moment later the house was plunged into darkness.",
            ]
        ),
    )
    p2 = _para(
        C(
            [
                f"{h.name} felt a little {C(['frightened', 'nervous', 'uneasy', 'worried'])}.",
                f"{h.name} did not like the dark, and {h.he} held on to {h.his} {C(['blanket', 'teddy bear', 'cushion', 'pillow'])}.",
            ]
        ),
        C(
            [
                f"{h.His} {rel} {f.name} found some candles and a box of matches.",
                f"{h.His} {rel} {f.name} switched on a torch and made everyone a hot drink on the gas stove.",
                f'"Don\'t worry," said {h.his} {rel} {f.name}, lighting a lantern. "Storms always pass."',
            ]
        ),
        C(
            [
                f"They sat together and played {game} by candlelight.",
                f"They wrapped themselves in blankets and told stories about {C(['pirates', 'dragons', 'old times', 'far-off places', 'brave explorers'])}.",
                f"{f.name} taught {h.name} how to make shadow animals on the wall: a rabbit, a bird and {a(C(['dog', 'duck', 'snail', 'crocodile']))}.",
            ]
        ),
        C(
            [
                f"Soon {h.name} was laughing so much that {h.he} forgot about the storm.",
                "After a while, the thunder seemed further and further away.",
                f"Outside the storm raged, but inside it felt {C(['cosy', 'warm', 'safe', 'peaceful'])}.",
            ]
        ),
    )
    p3 = _para(
        C(
            [
                "In the morning the sky was clear and blue.",
                "The next morning, everything was calm, and the air smelled fresh.",
                f"When {h.name} woke up, sunshine was pouring through the curtains.",
            ]
        ),
        C(
            [
                "Branches and leaves were scattered across the garden, and there were puddles everywhere.",
                "Neighbours were already out, helping each other clear the paths.",
                f"A {C(['fence', 'garden chair', 'flowerpot', 'bin lid'])} had blown over, but nothing else was damaged.",
            ]
        ),
        C(
            [
                f"{h.name} put on {h.his} boots and went out to help.",
                f"{h.name} realised that the storm had not been so frightening after all.",
                moral(r, h, "storm"),
            ]
        ),
    )
    return [p1, p2, p3]


def plot_neighbour(r: random.Random, h: Person, f: Person, town: str, season: str) -> list[str]:
    C = r.choice
    job = C(CHORES)
    reward = C(
        [
            f"a jar of {C(['honey', 'plum jam', 'pickles', 'marmalade', 'lemon curd'])}",
            "a slice of warm cake",
            "an old book full of maps",
            "a basket of apples",
            "a bunch of flowers from the garden",
            "a small wooden boat that he had carved long ago",
            "a packet of seeds",
            "a handful of coins",
            "a jigsaw puzzle",
        ]
    )
    if f.g == "f":
        reward = reward.replace("that he had", "that she had")
    old_f = Person(f.name, f.g, f.noun)
    title = ("Mrs" if f.g == "f" else "Mr") + " " + C(SURNAMES)
    p1 = _para(
        opening(r, h, town, season),
        C(
            [
                f"Next door lived {title}, who was very old and walked with a stick.",
                f"{title}, who lived across the road, had recently hurt {old_f.his} {C(['back', 'knee', 'wrist', 'ankle'])}.",
                f"At the end of the street lived {title}, a retired {C(JOBS)}.",
            ]
        ),
        C(
            [
                f"{_time_phrase(r, season)}, {h.name} saw {title} trying to {job}.",
                f"{_time_phrase(r, season)}, {h.name} noticed that {title} was struggling to {job}.",
                f"{_time_phrase(r, season)}, {title} asked if anyone could help {old_f.him} {job}.",
            ]
        ),
    )
    p2 = _para(
        C(
            [
                f'"Can I help?" asked {h.name}.',
                f"{h.name} went over at once and offered to help.",
                f"{h.name} did not wait to be asked twice.",
            ]
        ),
        C(
            [
                f'"That\'s very kind of you," said {title}.',
                f"{title} smiled and handed {h.him} the tools.",
                f"{title} looked surprised and then very pleased.",
            ]
        ),
        C(
            [
                f"It took {h.name} most of the afternoon to {job}, but {h.he} did not mind.",
                f"{h.name} worked {C(ADVERBS)} until the job was done.",
                f"While {h.he} worked, {title} told stories about {town} in the old days.",
            ]
        ),
        C(
            [
                f"{h.He} learned that {title} had once {C(['sailed around the world', 'played in a band', 'run the town bakery', 'climbed a famous mountain', 'taught at the school', 'kept bees on the roof'])}.",
                f"Some of the stories were so funny that {h.name} had to stop and laugh.",
                "",
            ]
        ),
    )
    p3 = _para(
        C(
            [
                f"When the job was finished, {title} gave {h.name} {reward}.",
                f"To say thank you, {title} gave {h.him} {reward}.",
                f"Before {h.name} left, {title} pressed {reward} into {h.his} hands.",
            ]
        ),
        C(
            [
                f"After that, {h.name} visited {title} every {C(DAYS)}.",
                "They became good friends, even though one was young and the other was old.",
                f"From then on, {h.name} always waved when {h.he} passed the house.",
            ]
        ),
        moral(r, h, "neighbour"),
    )
    return [p1, p2, p3]


def plot_friend(r: random.Random, h: Person, f: Person, town: str, season: str) -> list[str]:
    C = r.choice
    hobby = C(HOBBIES)
    origin = C(TOWNS)
    p1 = _para(
        opening(r, h, town, season),
        C(
            [
                f"One day a new family moved into the house opposite, and they had {a(f.kid)} called {f.name}.",
                f"At the start of term, a new {f.kid} called {f.name} joined {h.name}'s class.",
                f"{f.name} had just moved to {town} from {origin}, a town far away.",
            ]
        ),
        C(
            [
                f"{f.name} seemed very shy and sat alone at lunchtime.",
                f"{f.name} did not know anyone and hardly said a word.",
                f"For the first week, {f.name} looked lonely and kept to {f.self_}.",
            ]
        ),
    )
    p2 = _para(
        C(
            [
                f"{h.name} wanted to say hello but felt {C(['shy', 'nervous', 'awkward', 'unsure'])} too.",
                f"{h.name} wondered what {f.name} liked to do.",
                f"{h.name} decided to be brave and sit next to {f.him}.",
            ]
        ),
        C(
            [
                f"Then {h.he} noticed that {f.name} was {C(['reading', 'carrying', 'holding', 'drawing in'])} a book about {C(['birds', 'stars', 'boats', 'castles', 'insects', 'volcanoes', 'trains'])}.",
                f"Then {h.he} saw {f.name} doodling pictures of {plural(C(WILD_ANIMALS + BIRDS))} in the margin of {f.his} notebook.",
                f"Then {h.he} heard that {f.name} liked to {hobby}.",
            ]
        ),
        C(
            [
                f'"I love that too!" said {h.name}.',
                f'"Do you want to come over on {C(DAYS)}?" {h.name} asked.',
                f'"Can you show me how?" asked {h.name}.',
            ]
        ),
        C(
            [
                f"{f.name} smiled for the first time.",
                f"{f.name}'s face lit up.",
                f"{f.name} looked surprised and then nodded happily.",
            ]
        ),
    )
    p3 = _para(
        C(
            [
                "That weekend, the two of them spent the whole afternoon together.",
                "Soon they were meeting every day after school.",
                "Before long they were the best of friends.",
            ]
        ),
        C(
            [
                f"They found out they both liked to {hobby}, and that they both hated {C(['cabbage', 'thunder', 'getting up early', 'cold porridge', 'wet socks'])}.",
                f"{f.name} told {h.name} all about life in {origin}, and {h.name} showed {f.name} all the best places in {town}.",
                "They built a den in the park and gave it a secret name.",
            ]
        ),
        moral(r, h, "friend"),
    )
    return [p1, p2, p3]


def plot_fair(r: random.Random, h: Person, f: Person, town: str, season: str) -> list[str]:
    C = r.choice
    rel = C(REL[f.g])
    comp = C(
        [
            "the biggest marrow",
            "the best apple pie",
            "the tallest sunflower",
            "the best scarecrow",
            "the best homemade kite",
            "the best sandcastle",
            "the best painted pebble",
            "the prettiest flower basket",
            "the best-dressed pet",
            "the funniest hat",
            "the best jam",
            "the most colourful cake",
        ]
    )
    rivals = r.randint(8, 40)
    place = C(["first", "second", "third"])
    p1 = _para(
        opening(r, h, town, season),
        C(
            [
                f"Every year, {town} held a fair on the village green.",
                f"The {town} {season} fair was the biggest event of the year.",
                f"Posters all over {town} announced that the fair would be held on {C(DAYS)}.",
            ]
        ),
        C(
            [
                f"This year, {h.name} decided to enter the contest for {comp}.",
                f"{h.name} wanted to win the prize for {comp}.",
                f"{h.name} had been preparing for the contest for {comp} for weeks.",
            ]
        ),
        C(
            [
                f"{h.His} {rel} {f.name} helped {h.him} get ready.",
                f"{h.His} {rel} {f.name} thought {h.he} had a good chance.",
                f"{h.His} {rel} {f.name} said that the most important thing was to have fun.",
            ]
        ),
    )
    p2 = _para(
        C(
            [
                "On the day of the fair, the green was full of stalls, music and bunting.",
                f"When they arrived, there were stalls selling {plural(C(FRUITS))}, {plural(C(TOYS))} and homemade {C(['cakes', 'candles', 'soaps', 'scarves', 'pots'])}.",
                f"A brass band was playing, and the smell of {C(['toffee apples', 'fresh bread', 'roasted nuts', 'popcorn'])} filled the air.",
            ]
        ),
        C(
            [
                f"There were {nw(rivals)} other entries in the contest.",
                f"{h.name} counted {nw(rivals)} other people hoping to win.",
                f"{h.name} was one of {nw(rivals + 1)} people taking part.",
            ]
        ),
        C(
            [
                f"The judge, a tall {C(JOBS)} with a clipboard, looked at every entry very carefully.",
                "The judges took a long time to decide.",
                f"{h.name} waited nervously while the judges made their notes.",
            ]
        ),
    )
    ri = r.randrange(3)
    result = [
        f"At last they announced that {h.name} had come {place}.",
        f"{h.name} did not win, but the judge said {h.his} entry was the most original.",
        f"To {h.his} amazement, {h.name} won the prize!",
    ][ri]
    colour = {"first": "red", "second": "blue", "third": "green"}[place] if ri == 0 else "gold"
    prize = (
        f"{h.He} was given {a(colour)} rosette and {a(C(['book token', 'jar of honey', 'small cup', 'certificate']))}."
        if ri != 1
        else f"{h.He} was given a certificate for the most original entry."
    )
    p3 = _para(
        result,
        C([prize, f"{f.name} cheered louder than anyone.", f"{h.name} could not stop smiling."]),
        C(
            [
                f"Afterwards, they ate {C(['ice cream', 'toffee apples', 'hot pies', 'candyfloss'])} and watched the {C(['dancers', 'puppet show', 'tug of war', 'fireworks'])}.",
                f"On the way home, {h.name} was already planning what to enter next year.",
            ]
        ),
        C(
            [
                "It is better to try and fail than never to try at all.",
                "Taking part is what matters most.",
                f"{h.He} had enjoyed the day more than {h.he} had expected.",
                "",
            ]
        )
        if "not win" in result
        else closing(r, h),
    )
    return [p1, p2, p3]


def plot_garden(r: random.Random, h: Person, f: Person, town: str, season: str) -> list[str]:
    C = r.choice
    rel = C(REL[f.g])
    crop = C(
        [
            "carrot",
            "bean",
            "pea",
            "tomato",
            "pumpkin",
            "lettuce",
            "sunflower",
            "strawberry",
            "radish",
            "potato",
            "courgette",
            "cabbage",
            "onion",
        ]
    )
    pest = C(["slugs", "snails", "pigeons", "rabbits", "caterpillars", "a hungry squirrel", "greenfly"])
    n = r.randint(6, 30)
    weeks = r.randint(8, 16)
    p1 = _para(
        opening(r, h, town, season),
        C(
            [
                f"In spring, {h.name} and {h.his} {rel} {f.name} decided to grow {plural(crop)}.",
                f"{h.name} had a small patch of garden behind the house, and {h.his} {rel} {f.name} suggested growing {plural(crop)} in it.",
                f"{h.His} {rel} {f.name} gave {h.name} a packet of {crop} seeds and an old trowel.",
            ]
        ),
        C(
            [
                f"They dug the soil, pulled out the weeds and planted {nw(n)} seeds in neat rows.",
                f"{h.name} planted {nw(n)} seeds and watered them carefully.",
                f"Together they sowed {nw(n)} seeds and put a little label at the end of each row.",
            ]
        ),
    )
    p2 = _para(
        C(
            [
                f"Every day, {h.name} checked to see if anything was growing.",
                f"For a week, nothing happened, and {h.name} began to worry.",
                f"{h.name} watered the seeds every evening, even when {h.he} was tired.",
            ]
        ),
        C(
            [
                "Then tiny green shoots began to appear.",
                "At last, small green leaves pushed up through the soil.",
                "One morning, the first shoots had appeared overnight.",
            ]
        ),
        C(
            [
                f"But then {pest} started eating the young plants.",
                f"Just as the plants were growing strong, {pest} arrived.",
                f"Disaster came one night in the form of {pest}.",
            ]
        ),
        C(
            [
                f"{f.name} showed {h.name} how to protect the plants with a net.",
                f"They put up a fence of sticks and string, and {h.name} checked it every morning.",
                f"{h.name} moved the survivors to a safer corner and looked after them even more carefully.",
            ]
        ),
    )
    p3 = _para(
        C(
            [
                f"After {nw(weeks)} weeks, the {plural(crop)} were ready.",
                f"By the end of the summer, the garden was full of {plural(crop)}.",
                f"{cap(nw(weeks))} weeks later, {h.name} picked {h.his} first {crop}.",
            ]
        ),
        C(
            [
                f"{h.name} shared them with the neighbours, who said they were the best they had ever tasted.",
                f"They were {C(['big', 'plump', 'healthy', 'fine'])} and {C(['fresh', 'tasty', 'delicious', 'perfect'])}, and {h.name} was very proud.",
                "They made a big dinner and invited the whole family.",
            ]
        ),
        C([moral(r, h, "garden"), closing(r, h)]),
    )
    return [p1, p2, p3]


ANIMAL_HEROES = _w("""hedgehog, rabbit, mouse, fox, badger, squirrel, otter, mole, tortoise, duck,
owl, wren, frog, beaver, hare, robin, sparrow, vole, goat, lamb""")


def plot_fable(r: random.Random, h: Person, f: Person, town: str, season: str) -> list[str]:
    C = r.choice
    a1, a2 = r.sample(ANIMAL_HEROES, 2)
    n1, n2 = r.sample(PET_NAMES, 2)
    wood = C(
        [
            "Whispering Wood",
            "Bramble Hollow",
            "the Old Meadow",
            "Willow Bank",
            "Fern Valley",
            "the Foxglove Forest",
            "Mossy Dell",
            "the Long Field",
            "Hazel Copse",
        ]
    )
    need = C(
        [
            "gather food for the winter",
            "build a new home before the snow",
            "cross the river",
            "find a way out of a deep ditch",
            "carry a heavy acorn home",
            "mend a broken nest",
            "find the way home in the fog",
        ]
    )
    A = Person(n1, h.g, a1)
    p1 = _para(
        C(
            [
                f"Deep in {wood} lived {a(C(TRAITS))} {a1} named {n1}.",
                f"Once upon a time, in {wood}, there lived {a(a1)} called {n1}.",
                f"At the edge of {wood}, under the roots of an old {C(TREES)} tree, lived {a(a1)} named {n1}.",
            ]
        ),
        C(
            [
                f"{n1} was {C(['proud', 'clever', 'quick', 'strong', 'busy'])} and liked to do everything {A.self_}.",
                f"{n1} was small, but {A.he} was very {C(['determined', 'stubborn', 'hardworking', 'brave'])}.",
                f"{n1} was known for being {C(['cheerful', 'careful', 'impatient', 'boastful', 'kind'])}.",
            ]
        ),
        C(
            [
                f"One {season}, {n1} needed to {need}.",
                f"As {season} came, {n1} had to {need}.",
                f"That {season}, {n1} faced a problem: {A.he} had to {need}.",
            ]
        ),
    )
    p2 = _para(
        C(
            [
                f"{A.He} tried on {A.his} own, again and again, but it was too hard.",
                f"{A.He} worked all day, but by the evening {A.he} was exhausted and no closer to finishing.",
                f"{A.He} tried every way {A.he} could think of, but nothing worked.",
            ]
        ),
        C(
            [
                f"Just then {a(a2)} called {n2} came by.",
                f"A friendly {a2} named {n2} saw {A.him} struggling.",
                f"{n2} the {a2}, who lived nearby, stopped to watch.",
            ]
        ),
        C(
            [
                f'"Would you like some help?" asked {n2}.',
                f'"Two heads are better than one," said {n2}.',
                f'"I know a way," said {n2} {C(["quietly", "kindly", "with a grin", "shyly"])}.',
            ]
        ),
        C(
            [
                f"At first {n1} was too proud to say yes, but at last {A.he} nodded.",
                f"{n1} was so tired that {A.he} gladly agreed.",
                f'{n1} hesitated, and then said, "Yes, please."',
            ]
        ),
    )
    p3 = _para(
        C(
            [
                "Working together, they finished the job before the sun went down.",
                f"With {n2}'s help, the task that had seemed impossible was done in no time.",
                f"{n2} knew a clever trick, and {n1} was strong, so together they managed it easily.",
            ]
        ),
        C(
            [
                f"Later that {season}, when {n2} needed help, {n1} was the first to arrive.",
                f"From then on, {n1} and {n2} looked after each other.",
                f"{n1} thanked {n2} and shared {A.his} supper with {n2}.",
            ]
        ),
        C(
            [
                "Working together makes hard work lighter.",
                "Pride can stop us from accepting help.",
                "A friend in need is a friend indeed.",
                "Many small hands make a big job easy.",
                "Kindness shown is kindness returned.",
            ]
        ),
    )
    return [p1, p2, p3]


def plot_build(r: random.Random, h: Person, f: Person, town: str, season: str) -> list[str]:
    C = r.choice
    rel = C(REL[f.g])
    thing = C(
        [
            "treehouse",
            "birdhouse",
            "raft",
            "model boat",
            "go-kart",
            "bookshelf",
            "kite",
            "rabbit hutch",
            "garden bench",
            "den",
            "bird table",
            "puppet theatre",
        ]
    )
    mat = C(["old planks", "scraps of wood", "cardboard boxes", "bamboo canes", "driftwood", "an old crate"])
    tools = r.sample(
        [
            "hammer",
            "saw",
            "tape measure",
            "box of nails",
            "paintbrush",
            "screwdriver",
            "ball of string",
            "pot of glue",
            "pencil",
            "ruler",
        ],
        3,
    )
    colour = C(BASIC_COLOURS)
    p1 = _para(
        opening(r, h, town, season),
        C(
            [
                f"{h.name} wanted to build {a(thing)}.",
                f"{h.name} had drawn plans for {a(thing)} in {h.his} notebook.",
                f"{_time_phrase(r, season)}, {h.name} decided that it was time to build {a(thing)}.",
            ]
        ),
        C(
            [
                f"{h.His} {rel} {f.name} found some {mat} in the shed.",
                f"{h.He} and {h.his} {rel} {f.name} collected {mat} from around the house and the garden.",
                f"{h.His} {rel} {f.name} said they could use {mat} that nobody needed.",
            ]
        ),
        C(
            [
                f"They gathered {a(tools[0])}, {a(tools[1])} and {a(tools[2])}.",
                f"They laid out their tools: {a(tools[0])}, {a(tools[1])} and {a(tools[2])}.",
            ]
        ),
    )
    p2 = _para(
        C(
            [
                f"First they measured everything twice, just as {f.name} had taught {h.him}.",
                "They began by marking where each piece would go.",
                f"{f.name} held the pieces steady while {h.name} fixed them together.",
            ]
        ),
        C(
            [
                "The first attempt wobbled and fell apart.",
                "Halfway through, they realised one side was much shorter than the other.",
                f"It was slow work, and {h.name} hit {h.his} thumb once.",
            ]
        ),
        C(
            [
                f"They took a break, ate some {C(['biscuits', 'sandwiches', 'apples', 'cake'])}, and started again.",
                f'"Let\'s look at the plan again," said {f.name}.',
                "Instead of giving up, they worked out what had gone wrong.",
            ]
        ),
    )
    p3 = _para(
        C(
            [
                f"By the evening the {thing} was finished.",
                f"After {nw(r.randint(2, 6))} days of work, the {thing} was ready.",
                f"At last the {thing} stood complete.",
            ]
        ),
        C(
            [
                f"They painted it {colour}, and it looked wonderful.",
                f"{h.name} painted {h.his} name on the side in {colour} letters.",
                f"It was not perfect, but it was strong, and {h.name} had made it {h.self_}.",
            ]
        ),
        C([closing(r, h), moral(r, h, "build")]),
    )
    return [p1, p2, p3]


def plot_market(r: random.Random, h: Person, f: Person, town: str, season: str) -> list[str]:
    C = r.choice
    rel = C(REL[f.g])
    items = r.sample(SHOP_ITEMS[:26], 3)
    prices = [r.randint(1, 4) for _ in items]
    qty = [r.randint(2, 5) for _ in items]
    total = sum(p * q for p, q in zip(prices, qty))
    money = total + r.randint(1, 10)
    change = money - total
    lines = [
        f"{nw(q)} {plural(i)} at {nw(p)} {'coin' if p == 1 else 'coins'} each"
        for i, p, q in zip(items, prices, qty)
    ]
    p1 = _para(
        opening(r, h, town, season),
        C(
            [
                f"{_time_phrase(r, season)}, {h.name}'s {rel} {f.name} sent {h.him} to the market with {nw(money)} coins.",
                f"{_time_phrase(r, season)}, {h.name}'s {rel} {f.name} let {h.him} go to the market alone for the first time, with {nw(money)} coins in {h.his} pocket.",
            ]
        ),
        C(
            [
                f"{h.His} list said: {join([nw(q) + ' ' + plural(i) for i, q in zip(items, qty)])}.",
                f"{h.He} had to buy {join([nw(q) + ' ' + plural(i) for i, q in zip(items, qty)])}.",
            ]
        ),
    )
    p2 = _para(
        C(
            [
                f"The market was {C(['busy', 'crowded', 'noisy', 'bustling', 'colourful'])}, and the stallholders were calling out their prices.",
                "Stalls lined the square, piled high with fruit, vegetables, bread and flowers.",
            ]
        ),
        f"{h.name} bought {join(lines)}.",
        C(
            [
                f"{h.He} added it up carefully: it came to {nw(total)} coins.",
                f"In {h.his} head, {h.he} worked out that the total was {nw(total)} coins.",
                f"Altogether, {h.he} spent {nw(total)} coins.",
            ]
        ),
        C(
            [
                f"The stallholder gave {h.him} {nw(change)} {'coin' if change == 1 else 'coins'} in change.",
                f"That left {nw(change)} {'coin' if change == 1 else 'coins'}, which {h.he} put back in {h.his} pocket.",
            ]
        ),
    )
    p3 = _para(
        C(
            [
                f"When {h.he} got home, {f.name} checked the shopping and the change.",
                f"{f.name} was waiting at the door when {h.he} got home.",
            ]
        ),
        C(
            [
                f'"Well done," said {f.name}. "You didn\'t forget a thing."',
                f'"Perfect," said {f.name}. "And you counted the change correctly too."',
            ]
        ),
        C([f"{f.name} let {h.him} keep the change, and {h.name} decided to save it.", closing(r, h)]),
    )
    return [p1, p2, p3]


def plot_attic(r: random.Random, h: Person, f: Person, town: str, season: str) -> list[str]:
    C = r.choice
    rel = C(REL[f.g])
    found = C(
        [
            "an old photograph album",
            "a box of letters tied with ribbon",
            "a wooden chest",
            "a dusty violin case",
            "a map of " + town + " from long ago",
            "a tin of old coins",
            "a diary from a hundred years ago",
            "a model ship in a glass bottle",
        ]
    )
    ancestor = C(["great-grandmother", "great-grandfather", "great-aunt", "great-uncle"])
    p1 = _para(
        opening(r, h, town, season),
        C(
            [
                f"{_time_phrase(r, season)}, it rained all day, and {h.name} was bored.",
                f"{_time_phrase(r, season)}, there was nothing to do, and the rain would not stop.",
                f"It was too wet to play outside, so {h.name} wandered around the house.",
            ]
        ),
        C(
            [
                f"{h.His} {rel} {f.name} suggested exploring the attic.",
                f"{h.He} asked {h.his} {rel} {f.name} if they could look in the attic.",
                f"{h.His} {rel} {f.name} took down the ladder to the attic and handed {h.him} a torch.",
            ]
        ),
    )
    p2 = _para(
        C(
            [
                "The attic was dusty and full of boxes.",
                "Up in the attic, spiders' webs hung from the beams.",
                "The attic smelled of old paper and dust.",
            ]
        ),
        C(
            [
                f"In a corner, under an old blanket, {h.name} found {found}.",
                f"Behind a pile of suitcases, {h.name} discovered {found}.",
                f"{h.name} lifted the lid of a trunk and found {found}.",
            ]
        ),
        C(
            [
                f'"That belonged to your {ancestor}," said {f.name}.',
                f"{f.name} explained that it had belonged to {h.his} {ancestor}.",
            ]
        ),
    )
    p3 = _para(
        C(
            [
                f"They sat down together, and {f.name} told {h.name} stories about the old days in {town}.",
                "They spent the rest of the afternoon looking through it.",
                f"{h.name} asked so many questions that {f.name} laughed.",
            ]
        ),
        C(
            [
                f"{h.name} learned that {h.his} {ancestor} had been {a(C(JOBS))} and had once {C(['crossed the sea in a small boat', 'won a prize for singing', 'built the bridge over the river', 'planted the oak tree in the square', 'written a book about birds'])}.",
                "Some of it made them laugh, and some of it made them quiet and thoughtful.",
            ]
        ),
        C(
            [
                f"When the rain finally stopped, {h.name} hardly noticed.",
                "It had turned out to be the best rainy day ever.",
                closing(r, h),
            ]
        ),
    )
    return [p1, p2, p3]


PLOTS = [
    plot_lost,
    plot_pet,
    plot_cook,
    plot_skill,
    plot_trip,
    plot_storm,
    plot_neighbour,
    plot_friend,
    plot_fair,
    plot_garden,
    plot_fable,
    plot_build,
    plot_market,
    plot_attic,
]


_CHILD_PLOTS = (plot_storm, plot_friend, plot_market, plot_attic)


def gen_story(r: random.Random) -> str:
    plot = r.choice(PLOTS)
    used: list[str] = []
    h = person(r, used, adult=False if plot in _CHILD_PLOTS else None)
    f = person(r, used, adult=False if plot is plot_friend else None)
    town = r.choice(TOWNS)
    season = "spring" if plot is plot_garden else r.choice(SEASONS)
    paras = plot(r, h, f, town, season)
    if r.random() < 0.25:
        title = r.choice(
            [
                f"{h.name} and the {r.choice(['Long', 'Strange', 'Rainy', 'Busy', 'Happy', 'Surprising'])} Day",
                f"{cap(a(season.capitalize()))} Story",
                f"The Story of {h.name}",
                f"A Day in {town}",
            ]
        )
        paras = [title] + paras
    return "\n".join(p for p in paras if p)


# ----------------------------------------------------------------------------------------------
# Facts, explanations, questions and answers, how-to guides
# ----------------------------------------------------------------------------------------------

_PROPER_START = frozenset(
    _w("""Antarctica, April, Asia, Beijing, Berlin, Buenos, Cairo, Canberra,
February, Greenland, Iceland, Jupiter, LED, Lake, London, Madrid, Mars, Mercury, Mexico, Mount,
Nairobi, New, Ottawa, Paris, Rome, Russia, Saturn, Tokyo, Venice, Venus, Earth, Moon, Sun, I,
Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday, English, Mount""")
)


def decap(s: str) -> str:
    """Lower-case the first letter unless the sentence starts with a proper noun."""
    first = s.split(" ", 1)[0].rstrip(",.;:")
    if first in _PROPER_START or (len(first) > 1 and first.isupper()):
        return s
    return s[:1].lower() + s[1:]


def _words(s: str) -> int:
    return len(s.split())


FACT_KEYS = list(FACTS)


def gen_fact(r: random.Random) -> str:
    key = r.choice(FACT_KEYS)
    title, facts = FACTS[key]
    pool = r.sample(facts, len(facts))
    sents = [r.choice(FACT_INTROS).format(t=title)] if r.random() < 0.8 else []
    target = r.randint(45, 120)
    i = 0
    used_links: list[str] = []
    while i < len(pool) and (_words(" ".join(sents)) < target or i < 3):
        link = r.choice(FACT_LINKS) if i > 0 else ""
        if link and link in used_links:
            link = ""
        used_links.append(link)
        sents.append(link + decap(pool[i]) if link else pool[i])
        i += 1
    out = r.choice(FACT_OUTROS).format(t=title)
    if out:
        sents.append(out)
    if len(sents) > 5 and r.random() < 0.6:
        cut = len(sents) // 2
        return " ".join(sents[:cut]) + "\n" + " ".join(sents[cut:])
    return " ".join(sents)


def gen_explanation(r: random.Random) -> str:
    q, sents = r.choice(EXPLANATIONS)
    ql = decap(q)
    intro = r.choice(EXPLAIN_INTROS).format(q=q, ql=ql)
    body = list(sents)
    if r.random() < 0.3:
        pre = r.choice(["To begin with, ", "First of all, ", "Let us start with the basics. "])
        body[0] = pre + (body[0] if pre.endswith(". ") else decap(body[0]))
    paras = [intro]
    if len(body) >= 4 and r.random() < 0.5:
        paras += [" ".join(body[:3]), " ".join(body[3:])]
    else:
        paras.append(" ".join(body))
    out = r.choice(EXPLAIN_OUTROS)
    if out:
        paras[-1] += " " + out
    keys = [w for w in re.findall(r"[a-z]+", q.lower()) if len(w) > 4]
    related = [f for k in FACT_KEYS for f in FACTS[k][1] if any(w in f.lower() for w in keys)]
    related = [f for f in related if f not in sents]
    if related and r.random() < 0.4:
        paras.append(
            r.choice(
                [
                    "A related fact: ",
                    "Here is one more thing to know: ",
                    "Fun fact: ",
                    "You might also like to know this. ",
                ]
            )
            + r.choice(related)
        )
    if len(paras[0].split()) < 12 and r.random() < 0.5:
        paras[0] = paras[0] + " " + paras.pop(1)
    return "\n".join(paras)


def word_problem(r: random.Random) -> tuple[str, str]:
    """An arithmetic word problem and its correct answer sentence."""
    used: list[str] = []
    p = person(r, used, adult=False)
    kind = r.randint(0, 9)
    thing = r.choice(
        FRUITS
        + [
            "marble",
            "sticker",
            "stamp",
            "shell",
            "pencil",
            "biscuit",
            "conker",
            "button",
            "feather",
            "postcard",
            "coin",
            "crayon",
            "balloon",
        ]
    )
    if kind == 0:
        x, y = r.randint(2, 30), r.randint(2, 30)
        more = f"{nw(y) if y <= 12 else y} more {plural(thing) if y > 1 else thing}"
        return (
            f"{p.name} has {count(r, x, thing)}. {p.He} {r.choice(['buys', 'finds', 'is given', 'picks up'])} {more}. How many {plural(thing)} does {p.he} have now?",
            f"{p.He} has {count(r, x + y, thing)} now, because {x} plus {y} is {x + y}.",
        )
    if kind == 1:
        x = r.randint(6, 40)
        y = r.randint(1, x - 1)
        return (
            f"{p.name} had {count(r, x, thing)} and gave {count(r, y, thing)} to a friend. How many {plural(thing)} does {p.he} have left?",
            f"{p.He} has {count(r, x - y, thing)} left, because {x} minus {y} is {x - y}.",
        )
    if kind == 2:
        x, y = r.randint(2, 12), r.randint(2, 12)
        box = r.choice(["box", "bag", "basket", "jar", "tin", "bowl"])
        return (
            f"There are {count(r, x, box)}, and each {box} holds {count(r, y, thing)}. How many {plural(thing)} are there altogether?",
            f"There are {count(r, x * y, thing)} altogether, because {x} times {y} is {x * y}.",
        )
    if kind == 3:
        x, y = r.randint(2, 10), r.randint(2, 10)
        return (
            f"{p.name} shares {count(r, x * y, thing)} equally between {nw(y)} friends. How many does each friend get?",
            f"Each friend gets {count(r, x, thing)}, because {x * y} divided by {y} is {x}.",
        )
    if kind == 4:
        start = r.randint(1, 8)
        dur = r.randint(1, 4)
        ev = r.choice(["film", "concert", "football match", "play", "party", "lesson", "boat trip"])
        return (
            f"The {ev} starts at {nw(start)} o'clock and lasts {count(r, dur, 'hour', True)}. What time does it finish?",
            f"It finishes at {nw(start + dur)} o'clock.",
        )
    if kind == 5:
        age = r.randint(4, 14)
        d = r.randint(1, 9)
        older = r.random() < 0.5
        q = person(r, used)
        rel = "brother" if q.g == "m" else "sister"
        other = age + d if older else max(1, age - d)
        d = abs(other - age)
        return (
            f"{p.name} is {nw(age)} years old. {p.His} {rel} {q.name} is {nw(d)} {'year' if d == 1 else 'years'} {'older' if older else 'younger'}. How old is {q.name}?",
            f"{q.name} is {nw(other)} years old.",
        )
    if kind == 6:
        i = r.randrange(7)
        k = r.randint(2, 6)
        return (
            f"Today is {DAYS[i]}. What day will it be in {count(r, k, 'day', True)}?",
            f"It will be {DAYS[(i + k) % 7]}.",
        )
    if kind == 7:
        price, n = r.randint(2, 9), r.randint(2, 6)
        paid = price * n + r.randint(0, 10)
        item = r.choice(["notebook", "apple", "ticket", "postcard", "pencil", "cupcake", "bus ticket"])
        return (
            f"{cap(a(item))} costs {price} pounds. {p.name} buys {nw(n)} of them and pays with {paid} pounds. How much change does {p.he} get?",
            f"{p.He} spends {price * n} pounds, so {p.he} gets {paid - price * n} pounds in change."
            if paid > price * n
            else f"{p.He} spends exactly {price * n} pounds, so {p.he} gets no change.",
        )
    if kind == 8:
        legs = r.choice(
            [("spider", 8), ("dog", 4), ("chicken", 2), ("ant", 6), ("cat", 4), ("duck", 2), ("beetle", 6)]
        )
        n = r.randint(2, 9)
        return (
            f"How many legs do {nw(n)} {plural(legs[0])} have altogether?",
            f"{cap(nw(n))} {plural(legs[0])} have {n * legs[1]} legs altogether, because each {legs[0]} has {nw(legs[1])} legs.",
        )
    x = r.randint(11, 99)
    return (
        f"Is {x} an odd number or an even number?",
        f"{x} is an {'even' if x % 2 == 0 else 'odd'} number.",
    )


def _def_qa(r: random.Random) -> tuple[str, str]:
    word = r.choice(list(DEFINITIONS))
    pos, meaning, ex = DEFINITIONS[word]
    return (
        f'What does the word "{word}" mean?',
        f'"{cap(word)}" is {a(pos)} that means {meaning}. For example: {ex}',
    )


def _opp_qa(r: random.Random) -> tuple[str, str]:
    x, y = r.choice(OPPOSITES)
    if r.random() < 0.5:
        x, y = y, x
    return (f'What is the opposite of "{x}"?', f'The opposite of "{x}" is "{y}".')


def _plural_qa(r: random.Random) -> tuple[str, str]:
    n = r.choice(list(_IRREG_PL) + r.sample(FRUITS + WILD_ANIMALS + TOOLS, 5))
    return (f'What is the plural of "{n}"?', f'The plural of "{n}" is "{plural(n)}".')


def any_qa(r: random.Random) -> tuple[str, str]:
    x = r.random()
    if x < 0.45:
        return r.choice(QA_PAIRS)
    if x < 0.75:
        return word_problem(r)
    if x < 0.87:
        return _def_qa(r)
    if x < 0.95:
        return _opp_qa(r)
    return _plural_qa(r)


def gen_qa(r: random.Random) -> str:
    n = r.randint(3, 6)
    pairs: list[tuple[str, str]] = []
    while len(pairs) < n:
        qa = any_qa(r)
        if qa not in pairs:
            pairs.append(qa)
    style = r.randrange(3)
    head = r.choice(
        [
            "",
            "",
            "Quiz time!",
            "Questions and answers",
            "Test your knowledge.",
            "Here are some questions with their answers.",
            "A short quiz",
            "Can you answer these?",
            "Practice questions",
            "Questions from today's lesson",
        ]
    )
    lines = [head] if head else []
    for q, ans in pairs:
        if style == 0:
            lines.append(f"Question: {q}\nAnswer: {ans}")
        elif style == 1:
            lines.append(f"Q: {q}\nA: {ans}")
        else:
            lines.append(f"{q} {ans}")
    return "\n".join(lines)


def gen_howto(r: random.Random) -> str:
    t, steps, tips = r.choice(HOWTOS)
    title = r.choice(HOWTO_TITLES).format(t=t)
    intro = r.choice(HOWTO_INTROS).format(t=t)
    style = r.randrange(3)
    paras = [title if r.random() < 0.7 else "", intro]
    if style == 0:
        paras.append(
            r.choice(
                [
                    "You will need a little time and some patience.",
                    "Here is what to do.",
                    "Follow these steps.",
                    "Work through the steps in order.",
                    "",
                ]
            )
        )
        paras += [f"{i + 1}. {cap(s)}." for i, s in enumerate(steps)]
    else:
        words = r.choice(STEP_WORDS)
        if len(steps) < len(words):
            words = words[: len(steps) - 1] + [words[-1]]
        out = []
        for i, s in enumerate(steps):
            w = words[i]
            if w.startswith("Start by"):
                out.append(f"Start by {vp(s, 'ing')}.")
            else:
                out.append(f"{w}, {s}.")
        if style == 1:
            paras.append(" ".join(out))
        else:
            mid = len(out) // 2
            paras += [" ".join(out[:mid]), " ".join(out[mid:])]
    k = r.randint(0, len(tips))
    for tip in r.sample(tips, k):
        pre = r.choice(["Tip: ", "A useful tip: ", "", "Remember: ", "Top tip: "])
        paras.append(pre + (decap(tip) if pre else tip))
    paras.append(
        r.choice(
            [
                "",
                "",
                "That's all there is to it.",
                "With practice, it becomes easy.",
                f"Now you know how to {t}.",
                "Good luck!",
                "Enjoy!",
            ]
        )
    )
    return "\n".join(p for p in paras if p)


# ----------------------------------------------------------------------------------------------
# Dialogues (prose with quoted speech)
# ----------------------------------------------------------------------------------------------


def say(
    r: random.Random, p: Person, line: str, reply: bool = False, tag: bool = True, same: bool = False
) -> str:
    if not tag:
        return f'"{line}"'
    if line.endswith("?"):
        if r.random() < 0.25:
            return (
                f'"{line}" {p.name} asked {r.choice(["quietly", "with a smile", "politely", "curiously"])}.'
            )
        v = r.choice(["asked", "asked", "asked", "enquired"])
        return r.choice([f'"{line}" {v} {p.name}.', f'"{line}" {p.name} {v}.'])
    if line.endswith("!"):
        v = r.choice(["cried", "exclaimed", "said happily", "said"])
        return r.choice(
            [
                f'"{line}" {p.name} {v}.',
                f'"{line}" {v} {p.name}.' if " " not in v else f'"{line}" {p.name} {v}.',
            ]
        )
    if same:
        v = r.choice(["added", "went on", "said"])
    elif reply:
        v = r.choice(["replied", "answered", "said"])
    else:
        v = r.choice(["said", "said", "replied"] + (["explained"] if len(line.split()) > 12 else []))
    body = line[:-1] + ","
    if " " in v:
        return r.choice([f'"{body}" {p.name} {v}.', f'{p.name} {v}, "{line}"'])
    return r.choice([f'"{body}" {v} {p.name}.', f'"{body}" {p.name} {v}.', f'{p.name} {v}, "{line}"'])


def render(r: random.Random, lines: list[tuple[Person, str]]) -> list[str]:
    out = []
    prev_q = False
    prev_p = None
    for i, (p, line) in enumerate(lines):
        tag = i < 2 or p is prev_p or r.random() > 0.15
        out.append(
            say(r, p, line, reply=prev_q, tag=tag, same=p is prev_p)
            if i
            else say(r, p, line, tag=True).replace(" replied", " said").replace("replied ", "said ")
        )
        prev_q = line.endswith("?")
        prev_p = p
    return out


def dlg_directions(r: random.Random, A: Person, B: Person, town: str) -> list[str]:
    C = r.choice
    target, lm1, lm2 = r.sample(TOWN_PLACES, 3)
    street = C(STREETS)
    side = C(["left", "right"])
    mins = r.randint(3, 15)
    farq = C(
        [
            ("Is it far?", "Not at all."),
            ("Is it a long walk?", "No, not really."),
            ("Can I walk there?", "Yes, easily."),
        ]
    )
    intro = C(
        [
            f"{A.name} was visiting {town} for the first time and could not find the {target}.",
            f"{A.name} had been walking around {town} for half an hour, looking for the {target}.",
            f"It was {A.name}'s first day in {town}, and {A.he} was already lost.",
        ]
    )
    intro += " " + C(
        [
            f"{A.He} stopped {a(B.noun)} called {B.name}, who was {C(['walking a dog', 'sweeping the pavement', 'waiting at the bus stop', 'carrying a bag of shopping', 'reading a newspaper on a bench'])}.",
            f"{A.He} saw {a(B.noun)} named {B.name} and decided to ask for help.",
        ]
    )
    lines = [
        (
            A,
            C(
                [
                    f"Excuse me, could you tell me the way to the {target}?",
                    f"Excuse me, do you know where the {target} is?",
                    f"Sorry to bother you, but how do I get to the {target}?",
                ]
            ),
        ),
        (
            B,
            C(
                [
                    f"Of course. Go straight down {street} until you reach the {lm1}.",
                    f"Certainly. Follow {street} as far as the {lm1}.",
                ]
            ),
        ),
        (A, farq[0]),
        (
            B,
            f"{farq[1]} It's about {nw(mins)} minutes on foot. Turn {side} at the {lm1}, and you'll see the {target} next to the {lm2}.",
        ),
        (
            A,
            C(
                [
                    f"Turn {side} at the {lm1}, and it's next to the {lm2}. Thank you so much!",
                    f"Next to the {lm2}? That sounds easy. Thank you!",
                ]
            ),
        ),
        (
            B,
            C(
                [
                    f"You're welcome. Enjoy your visit to {town}!",
                    "My pleasure. If you get lost, just ask anyone.",
                    f"No trouble at all. The {target} is lovely at this time of day.",
                ]
            ),
        ),
    ]
    end = C(
        [
            f"{nw(mins).capitalize()} minutes later, {A.name} was standing outside the {target}.",
            f"{A.name} followed the directions and found the {target} easily.",
            f"Thanks to {B.name}, {A.name} arrived at the {target} just in time.",
        ]
    )
    return [intro] + render(r, lines) + [end]


SHOP_ITEMS = _w("""apple, pear, orange, lemon, mango, pineapple, melon, avocado, grapefruit, coconut,
peach, cucumber, cabbage, cauliflower, lettuce, pumpkin, leek, onion, sweet potato, courgette, aubergine,
pepper, nectarine, pomegranate, papaya, bunch of grapes, punnet of strawberries, bag of carrots,
bag of potatoes, bunch of bananas, bunch of radishes, box of eggs, jar of honey, bunch of flowers""")
CAFE_DRINKS = [
    ("a cup of tea", "tea"),
    ("a glass of lemonade", "lemonade"),
    ("a mug of hot chocolate", "hot chocolate"),
    ("a glass of orange juice", "orange juice"),
    ("a cup of mint tea", "mint tea"),
    ("a glass of apple juice", "apple juice"),
    ("a glass of cold milk", "milk"),
    ("a cup of cocoa", "cocoa"),
    ("a cup of coffee", "coffee"),
    ("a pot of tea", "tea"),
]
WEEKEND = _w("""go for a bike ride, fly kites on the hill, have a picnic by the river, go swimming, visit the
museum, play football in the park, bake a cake, go fishing at the lake, build a den in the woods, go to the
cinema, look for fossils on the beach, play board games, go rock pooling, walk up to the old windmill,
paint pictures in the garden, watch the boats in the harbour, go to the market, explore the castle ruins""")


def dlg_shop(r: random.Random, A: Person, B: Person, town: str) -> list[str]:
    C = r.choice
    shop = C(["greengrocer's", "market stall", "corner shop", "farm shop", "bakery"])
    if shop == "bakery":
        goods = r.sample(
            _w("loaf, bun, scone, croissant, muffin, bread roll, pie, doughnut, tart, flapjack"), 2
        )
    else:
        goods = r.sample(SHOP_ITEMS, 2)
    n1, n2 = r.randint(2, 6), r.randint(1, 4)
    p1, p2 = r.randint(20, 90), r.randint(20, 90)
    total = n1 * p1 + n2 * p2
    pay = ((total // 100) + 1) * 100 if total % 100 else total

    def money(c: int) -> str:
        if c < 100:
            return f"{c} pence"
        pounds = "1 pound" if c // 100 == 1 else f"{c // 100} pounds"
        return pounds + (f" {c % 100} pence" if c % 100 else "")

    intro = C(
        [
            f"{A.name} went into the {shop} on {C(STREETS)} with a shopping list.",
            f"On {C(DAYS)} morning, {A.name} stopped at the {shop} in {town}.",
        ]
    )
    lines = [
        (
            B,
            C(
                [
                    "Good morning! What can I get for you?",
                    "Hello there. What would you like today?",
                    "Morning! How can I help?",
                ]
            ),
        ),
        (
            A,
            f"Could I have {nw(n1)} {plural(goods[0])} and {nw(n2)} {goods[1] if n2 == 1 else plural(goods[1])}, please?",
        ),
        (
            B,
            C(
                [
                    f"Of course. The {plural(goods[0])} are {p1} pence each today.",
                    f"Certainly. The {plural(goods[0])} are {p1} pence each.",
                ]
            ),
        ),
        (A, f"And how much is {'the' if n2 == 1 else 'each'} {goods[1]}?"),
        (
            B,
            (f"They are {p2} pence each." if n2 > 1 else f"It is {p2} pence.")
            + f" That makes {money(total)} altogether.",
        ),
        (A, f"Here is {money(pay)}."),
        (
            B,
            (
                f"Thank you. Here is your change: {money(pay - total)}."
                if pay > total
                else "Thank you. That's exactly right."
            )
            + " "
            + C(["Have a lovely day!", "See you next time!", "Enjoy them!"]),
        ),
    ]
    end = C(
        [
            f"{A.name} put the shopping in {A.his} bag and headed home.",
            f"{A.name} checked the change and smiled.",
        ]
    )
    return [intro] + render(r, lines) + [end]


def dlg_plans(r: random.Random, A: Person, B: Person, town: str) -> list[str]:
    C = r.choice
    h1, h2 = r.sample(WEEKEND, 2)
    day = C(["Saturday", "Sunday"])
    place = C(
        _w(
            "park, museum, cinema, swimming pool, zoo, aquarium, ice rink, harbour, playground, art gallery, bookshop, village green, castle, beach"
        )
    )
    intro = C(
        [
            f"{A.name} and {B.name} were sitting on the wall outside the {C(TOWN_PLACES)}, making plans for the weekend.",
            f"{A.name} called {A.his} friend {B.name} on {C(DAYS[:5])} evening.",
            f"After school, {A.name} and {B.name} walked home together through {town}.",
        ]
    )
    weather = C(
        [
            "it's going to be sunny",
            "it might rain in the morning",
            "it's going to be windy",
            "it will be cold but dry",
        ]
    )
    lines = [
        (A, f"What shall we do on {day}?"),
        (B, f"We could {h1}. Or we could go to the {place}."),
        (
            A,
            C(
                [
                    f"I'd like to {h2}, if that's all right with you.",
                    f"I heard that {weather}.",
                    "I don't mind. What do you think?",
                ]
            ),
        ),
        (
            B,
            C(
                [
                    f"The forecast says {weather}, so let's {h1} first.",
                    f"Why don't we {h1} in the morning and {h2} in the afternoon?",
                    f"Let's {h2}, and we can ask my mum if we can take a picnic.",
                ]
            ),
        ),
        (
            A,
            C(
                [
                    "That's a great idea!",
                    "Perfect. What time shall we meet?",
                    "Good plan. Shall I bring some snacks?",
                ]
            ),
        ),
        (B, f"Let's meet at {C(TIMES)} by the {place}."),
        (A, C(["See you then!", "It's a plan!", "I can't wait!"])),
    ]
    end = C(
        [
            f"On {day}, they did exactly that, and it was the best weekend of the month.",
            f"When {day} came, they had a wonderful time.",
            "",
        ]
    )
    return [intro] + render(r, lines) + [end]


LIB_TOPICS = _w("""volcanoes, sharks, castles, trains, the planets, knights, dinosaurs, rainforests,
birds of prey, the human body, pirates, inventors, the ocean, insects, deserts, ancient Egypt,
cooking, gardening, magic tricks, knots, the weather, bridges, robots, horses, mountains""")


def dlg_library(r: random.Random, A: Person, B: Person, town: str) -> list[str]:
    C = r.choice
    topic = C(LIB_TOPICS)
    shelf = C(["first", "second", "third", "bottom", "top"])
    weeks = r.randint(2, 4)
    intro = C(
        [
            f"{A.name} went to the library in {town} after school.",
            f"The library in {town} was warm and quiet when {A.name} arrived.",
            f"{A.name} had a project to do, so {A.he} went to the library.",
        ]
    )
    intro += f" The librarian, {B.name}, looked up and smiled."
    lines = [
        (
            A,
            C(
                [
                    f"Hello. Do you have any books about {topic}?",
                    f"Excuse me, where can I find books about {topic}?",
                    f"Hi! I'm looking for a book about {topic}. Can you help me?",
                ]
            ),
        ),
        (
            B,
            C(
                [
                    f"Yes, we have lots. They're on the {shelf} shelf, by the window.",
                    f"Certainly. Books about {topic} are in the non-fiction section, on the {shelf} shelf.",
                ]
            ),
        ),
        (
            A,
            C(
                [
                    "Is there one with lots of pictures?",
                    "Which one would you recommend?",
                    "Are any of them easy to read?",
                ]
            ),
        ),
        (
            B,
            C(
                [
                    "This one is very popular. It has pictures on every page.",
                    "I'd start with this one. It explains everything clearly.",
                    "Try this one. Lots of children your age enjoy it.",
                ]
            ),
        ),
        (A, "How long can I keep it?"),
        (B, f"You can keep it for {nw(weeks)} weeks. Just bring it back by the date on the stamp."),
        (A, C(["Thank you very much!", "Brilliant, thank you!", "Thanks for your help."])),
    ]
    end = C(
        [
            f"{A.name} read the first chapter on the bus home.",
            f"That evening, {A.name} learned a lot about {topic}.",
            f"{A.name} tucked the book carefully into {A.his} bag.",
        ]
    )
    return [intro] + render(r, lines) + [end]


def dlg_vet(r: random.Random, A: Person, B: Person, town: str) -> list[str]:
    C = r.choice
    pet = C(["dog", "cat", "rabbit", "guinea pig", "hamster", "tortoise", "parrot"])
    pname = C(PET_NAMES)
    sym = C(
        [
            "has not been eating much",
            "has been sleeping all day",
            "keeps scratching one ear",
            "is limping a little",
            "has been very quiet",
            "keeps sneezing",
        ]
    )
    days = r.randint(2, 7)
    intro = C(
        [
            f"{A.name} took {A.his} {pet}, {pname}, to the vet in {town}.",
            f"{A.name} was worried about {A.his} {pet}, {pname}, so {A.he} made an appointment with the vet.",
        ]
    )
    intro += f" The vet, {B.name}, was {a(C(['kind', 'calm', 'cheerful', 'gentle']))} {C(['woman', 'person']) if B.g == 'f' else C(['man', 'person'])} with warm hands."
    lines = [
        (B, "Hello! What seems to be the problem?"),
        (A, f"{pname} {sym}. It started {nw(days)} days ago."),
        (B, C([f"Let's have a look. Can you hold {pname} still for me?", "I see. I'll give a quick check."])),
        (A, C(["Is it serious?", "Will it be all right?", "Should I be worried?"])),
        (
            B,
            C(
                [
                    f"No, I don't think so. Keep {pname} warm, make sure there is always fresh water, and let {pname} rest.",
                    f"It doesn't look serious. Give {pname} plenty of water and quiet, and come back if things aren't better in a few days.",
                ]
            ),
        ),
        (A, "Thank you. That's a relief."),
        (
            B,
            C(
                [
                    "You're welcome. You did the right thing by coming in.",
                    "Not at all. Call us if you have any questions.",
                ]
            ),
        ),
    ]
    end = C(
        [
            f"A week later, {pname} was back to normal.",
            f"By the weekend, {pname} was much better.",
            f"{A.name} carried {pname} home feeling much calmer.",
        ]
    )
    return [intro] + render(r, lines) + [end]


BORROW = [
    ("mend the fence", "hammer"),
    ("put up a shelf", "drill"),
    ("cut back the hedge", "pair of shears"),
    ("dig the vegetable patch", "spade"),
    ("rake up the leaves", "rake"),
    ("clear the gutters", "ladder"),
    ("water the garden", "hose"),
    ("fix a wobbly chair", "screwdriver"),
    ("cut some planks", "saw"),
    ("move some heavy sacks of soil", "wheelbarrow"),
    ("tighten a bolt on my bike", "spanner"),
    ("measure the window for new curtains", "tape measure"),
    ("hang a picture straight", "spirit level"),
    ("paint the gate", "paintbrush"),
    ("sweep the yard", "broom"),
    ("plant some bulbs", "trowel"),
    ("split some firewood", "axe"),
    ("wash the car", "bucket"),
    ("mop the kitchen floor", "mop"),
    ("smooth a rough shelf", "sanding block"),
    ("trim the lawn edges", "pair of shears"),
]


def dlg_borrow(r: random.Random, A: Person, B: Person, town: str) -> list[str]:
    C = r.choice
    chore, tool = C(BORROW)
    day = C(DAYS)
    intro = C(
        [
            f"{A.name} knocked on {B.name}'s door.",
            f"{A.name} leaned over the fence to talk to {A.his} neighbour {B.name}.",
            f"{A.name} saw {A.his} neighbour {B.name} in the garden.",
        ]
    )
    lines = [
        (
            A,
            C(
                [
                    f"Hello, {B.name}. I'm trying to {chore}. Could I borrow your {tool}?",
                    f"Sorry to bother you. Do you have {a(tool)} I could borrow? I need to {chore}.",
                ]
            ),
        ),
        (
            B,
            C(
                [
                    "Of course. Wait here, and I'll fetch it from the shed.",
                    "Yes, I think so. Let me have a look.",
                ]
            ),
        ),
        (
            B,
            C(["Here you are. Be careful with it; it's quite old.", "Here it is. I used it only last week."]),
        ),
        (A, f"Thank you! I'll bring it back by {day}."),
        (B, C(["No hurry. Do you need any help?", "That's fine. Shout if you need a hand."])),
        (A, C(["I think I can manage, but thanks!", "Maybe later. That's very kind of you."])),
    ]
    end = C(
        [
            f"On {day}, {A.name} returned the {tool} with a jar of homemade jam to say thank you.",
            f"{A.name} returned the {tool} the next morning, clean and dry.",
            f"The job took all afternoon, but {A.name} managed it, and the {tool} went back to {B.name} that evening.",
        ]
    )
    return [intro] + render(r, lines) + [end]


def dlg_homework(r: random.Random, A: Person, B: Person, town: str) -> list[str]:
    C = r.choice
    qs = r.sample(QA_PAIRS, 3)
    rel = C(REL[B.g])
    intro = C(
        [
            f"{A.name} was doing {A.his} homework at the kitchen table when {A.his} {rel} {B.name} came in.",
            f"{A.name} had a list of questions to answer for school, so {A.he} asked {A.his} {rel} {B.name} for help.",
            f"After dinner, {A.name} and {A.his} {rel} {B.name} sat down together with {A.name}'s homework.",
        ]
    )
    lines: list[tuple[Person, str]] = []
    for i, (q, ans) in enumerate(qs):
        lead = (
            C(["", "Do you know this one? ", "Here's another. ", "Next question. "])
            if i
            else C(["", "Can you help me? "])
        )
        lines.append((A, lead + q))
        lines.append(
            (
                B,
                ans
                if r.random() < 0.6
                else C(["I know that one. ", "Let me think. ", "That's an easy one. "]) + ans,
            )
        )
    end = C(
        [
            ("Thanks! That's all of them.", "Well done for working so hard."),
            ("Brilliant, I'm finished!", "You did most of the work yourself."),
            ("Thank you! You know everything.", "Not everything, but I like learning too."),
        ]
    )
    lines.append((A, end[0]))
    lines.append((B, end[1]))
    return [intro] + render(r, lines)


def dlg_cafe(r: random.Random, A: Person, B: Person, town: str) -> list[str]:
    C = r.choice
    drink, dshort = C(CAFE_DRINKS)
    order = C([("Could I have", "?"), ("Please may I have", "?"), ("I would like", "."), ("I'll have", ".")])
    snack = C(
        _w(
            "slice of carrot cake, cheese toastie, bowl of soup, scone with jam, bacon roll, jacket potato, tuna sandwich, fruit salad, blueberry muffin, piece of flapjack"
        )
    )
    dp, sp = r.randint(2, 4), r.randint(2, 6)
    intro = C(
        [
            f"{A.name} sat down at a table by the window in a small cafe in {town}.",
            f"It was raining, so {A.name} went into the cafe on {C(STREETS)} to warm up.",
        ]
    )
    lines = [
        (B, C(["Hello! Are you ready to order?", "Good afternoon. What can I get you?"])),
        (A, f"{order[0]} {drink} and {a(snack)}{C([', please', ''])}{order[1]}"),
        (B, C(["Of course. Would you like anything else?", "Certainly. Anything else?"])),
        (A, C(["No, thank you. How much is that?", "That's all, thanks. How much will it be?"])),
        (
            B,
            f"The {dshort} is {dp} pounds and the {snack.split(' of ')[-1] if snack.startswith(('slice', 'bowl', 'piece')) else snack} is {sp} pounds, so that's {dp + sp} pounds altogether.",
        ),
        (A, "Lovely. Thank you."),
    ]
    end = C(
        [
            f"The {dshort} was {C(['hot and sweet', 'just right', 'lovely', 'refreshing'])}, and {A.name} watched the people passing outside.",
            f"{A.name} stayed until the rain stopped.",
        ]
    )
    return [intro] + render(r, lines) + [end]


def dlg_lost_property(r: random.Random, A: Person, B: Person, town: str) -> list[str]:
    C = r.choice
    item = C(LOSABLE)
    col = C(BASIC_COLOURS)
    where = C(
        [
            "on the bus",
            "at the station",
            "in the park",
            "at the swimming pool",
            "in the library",
            "on the train",
        ]
    )
    day = C(DAYS)
    intro = C(
        [
            f"{A.name} went to the lost property office at the {C(['station', 'town hall', 'bus depot', 'sports centre'])}.",
            f"{A.name} hurried to the lost property office in {town}.",
        ]
    )
    lines = [
        (A, f"Hello. I think I left my {item} {where} on {day}."),
        (B, "I'm sorry to hear that. What does it look like?"),
        (A, f"It's {col}, and it has a label with my name, {A.name}, on it."),
        (
            B,
            C(
                [
                    f"Let me check. We've had quite a few things handed in since {day}.",
                    "One moment, please. I'll look in the cupboard.",
                ]
            ),
        ),
        (
            B,
            C(
                [
                    f"Is this it? {cap(a(col))} {item}?",
                    f"Here we are: {a(col)} {item} with the name {A.name} on the label.",
                ]
            ),
        ),
        (A, C(["Yes, that's mine! Thank you so much!", "That's it! I'm so relieved."])),
        (B, "You're welcome. Please sign here to say you've collected it."),
    ]
    end = C(
        [
            f"{A.name} signed the form and went home with {A.his} {item}.",
            f"{A.name} decided to be more careful in future.",
        ]
    )
    return [intro] + render(r, lines) + [end]


DIALOGUES = [
    dlg_directions,
    dlg_shop,
    dlg_plans,
    dlg_library,
    dlg_vet,
    dlg_borrow,
    dlg_homework,
    dlg_cafe,
    dlg_lost_property,
]


def gen_dialogue(r: random.Random) -> str:
    used: list[str] = []
    fn = r.choice(DIALOGUES)
    A = person(r, used, adult=False if fn in (dlg_plans, dlg_homework) else None)
    B = person(r, used, adult=None if fn is not dlg_plans else False)
    paras = [p for p in fn(r, A, B, r.choice(TOWNS)) if p]
    return "\n".join(paras)


# ----------------------------------------------------------------------------------------------
# Letters, news reports, diary entries and descriptions
# ----------------------------------------------------------------------------------------------

SEASON_NOW = {
    "spring": _w("""the days are getting longer, the blossom is out on the trees, the lambs are out in the fields,
the birds are singing early every morning, the daffodils are out"""),
    "summer": _w("""the evenings are long and light, the strawberries are ripe, the river is busy with boats,
everyone is eating outside, the fields are turning gold"""),
    "autumn": _w("""the leaves are turning red and gold, the mornings are misty, the apples are ready to pick,
the evenings are drawing in, the conkers are falling"""),
    "winter": _w("""the mornings are frosty, it gets dark very early, the ponds are frozen, everyone is wrapped up
in scarves, the fires are lit every evening"""),
}
WEATHER_SEASON = {
    "spring": _w(
        "a gentle rain had just stopped, the first warm sunshine of the year was pouring in, a fresh breeze was blowing"
    ),
    "summer": _w(
        "the air was hot and still, a warm breeze was drifting in from the sea, the sun was already warm"
    ),
    "autumn": _w(
        "the wind was rattling the windows, it was a crisp and chilly morning, leaves were blowing along the street"
    ),
    "winter": _w(
        "snow was falling in large flakes, it was a crisp and frosty morning, the first frost had turned the grass white"
    ),
}
DINNERS = _w("""vegetable soup, fish pie, spaghetti with tomato sauce, chicken curry, bean stew, cheese omelettes,
roast vegetables, shepherd's pie, pancakes, lentil soup, fried rice, baked potatoes, noodles with vegetables, pizza,
sausages and mash, fish and chips, mushroom risotto, lamb stew, vegetable lasagne, leek and potato pie""")
WEAR = _w(
    "coat, jacket, scarf, hat, cap, cardigan, sweater, jumper, waistcoat, raincoat, beret, apron, shirt"
)


def _date(r: random.Random) -> tuple[str, str, int]:
    m = r.randrange(12)
    d = r.randint(1, MONTH_DAYS[m])
    return f"{d} {MONTHS[m]}", SEASON_OF_MONTH[m], m


TRIP_SIGHTS = [
    (
        "the museum",
        _w(
            "an old suit of armour, a huge skeleton of a whale, a room full of clocks, a display of butterflies, a real Egyptian mummy"
        ),
    ),
    (
        "a farm",
        _w("a field of lambs, a pond full of frogs, a huge tractor, a barn full of hay, a litter of piglets"),
    ),
    (
        "the seaside",
        _w(
            "a colony of seals, the rock pools, a lighthouse, a sandcastle competition, a fishing boat unloading its catch"
        ),
    ),
    (
        "the castle",
        _w(
            "an old suit of armour, a hidden staircase, the view from the tower, a deep well, a huge banqueting hall"
        ),
    ),
    (
        "a nature reserve",
        _w(
            "a family of otters, a heron catching a fish, a pond full of frogs, a hide for watching birds, a field of wild orchids"
        ),
    ),
    (
        "the science centre",
        _w(
            "a model of the Solar System, a real steam engine, a machine that makes lightning, a giant bubble, a room of mirrors"
        ),
    ),
]


def _news_item_first_person(r: random.Random, town: str, x: int, season: str) -> list[str]:
    """A short first-person account of something that happened (kind ``x`` in 0..7)."""
    C = r.choice
    if x == 0:
        place, sights = C(TRIP_SIGHTS)
        seen = r.sample(sights, 2)
        return [
            f"Last week my class went on a trip to {place}.",
            f"We travelled there by {C(['coach', 'train', 'minibus'])}, and it took {C(['an hour', 'two hours', 'most of the morning'])}.",
            f"The best part was {seen[0]}, but I also liked {seen[1]}.",
            f"Our teacher, {C(['Mr', 'Ms', 'Mrs'])} {C(SURNAMES)}, said we were very well behaved.",
        ]
    if x == 1:
        pet = C(PETS)
        nm = C(PET_NAMES)
        return [
            f"I have some exciting news: we have a new {pet}!",
            f"{C(['Her', 'His'])} name is {nm}, and {C(['she', 'he'])} is {C(['tiny', 'very curious', 'very playful', 'rather noisy', 'so sweet'])}.".replace(
                "Her name is " + nm + ", and he", "Her name is " + nm + ", and she"
            ).replace("His name is " + nm + ", and she", "His name is " + nm + ", and he"),
            f"Yesterday {nm} {C(['chewed one of my slippers', 'fell asleep in the laundry basket', 'chased a leaf around the garden', 'knocked over a cup of tea'])}.",
            f"Everybody in the family already loves {nm}.",
        ]
    if x == 2:
        crop = C(
            ["tomatoes", "beans", "strawberries", "sunflowers", "potatoes", "carrots", "peas", "pumpkins"]
        )
        return [
            "The garden is looking wonderful this year.",
            f"I planted {crop} in the spring, and they are growing fast.",
            f"Every evening I water them with the old {C(['green', 'blue', 'red', 'metal'])} watering can.",
            f"{C(['Slugs', 'Pigeons', 'Snails', 'Squirrels'])} have been causing trouble, but I am winning the battle.",
        ]
    if x == 3:
        skill = C(SKILLS)
        return [
            f"I have been learning to {skill}.",
            "It was very hard at first, and I nearly gave up.",
            f"But I practised every day for {C(['three', 'four', 'five', 'six'])} weeks, and now I can do it.",
            "I will show you when I see you next.",
        ]
    if x == 4:
        sport = C(["football", "netball", "hockey", "cricket", "basketball", "rounders"])
        a_, b_ = r.randint(0, 6), r.randint(0, 6)
        res = "we won" if a_ > b_ else ("we lost" if a_ < b_ else "it was a draw")
        return [
            f"On {C(DAYS[5:])} our {sport} team played against {C(TOWNS)}.",
            f"The final score was {a_} to {b_}, so {res}.",
            C(
                [
                    "I scored one of the goals."
                    if a_ > 0 and sport != "cricket"
                    else "I was very nervous before the match.",
                    "It rained the whole time, and we were covered in mud.",
                    "Our coach said we played as a real team.",
                ]
            ),
        ]
    if x == 5:
        w = C(
            {
                "winter": ["heavy snow", "a hard frost", "thick fog", "a huge storm"],
                "summer": ["a heatwave", "a huge thunderstorm", "a hailstorm"],
                "spring": ["a huge storm", "a late frost", "a hailstorm", "thick fog"],
                "autumn": ["a huge storm", "thick fog", "a week of heavy rain"],
            }[season]
        )
        return [
            f"We had {w} here in {town} last week.",
            C(
                [
                    "The school was closed for a day.",
                    "The trains were late, and the roads were very quiet.",
                    "We stayed inside and played board games.",
                    "We spent the afternoon by the fire.",
                ]
            ),
            C(
                [
                    "It is much calmer now.",
                    "Everything is back to normal.",
                    "I have never seen anything like it.",
                ]
            ),
        ]
    if x == 6:
        ev = C(
            [
                "the town fair",
                "a music festival",
                "the harvest supper",
                "a street party",
                "the summer fete",
                "a bonfire night party",
            ]
        )
        return [
            f"On {C(DAYS)} we went to {ev}.",
            f"There were stalls selling {plural(C(FRUITS))}, {plural(C(TOYS))} and homemade {C(['cakes', 'candles', 'jam', 'bread'])}.",
            f"I {C(['won a prize in the raffle', 'tried a toffee apple for the first time', 'danced until my feet hurt', 'watched a puppet show'])}.",
            "We did not get home until after dark.",
        ]
    book = C(["an adventure story", "a mystery story", "a story about pirates", "a story about a lost dog"])
    return [
        f"I have just finished reading {book} from the library.",
        C(
            [
                "I could not put it down.",
                "It took me two weeks, but it was worth it.",
                "I read the last chapter under the covers with a torch.",
            ]
        ),
        f"My favourite part was when the {C(['detective', 'captain', 'young explorer', 'old sailor', 'girl', 'boy'])} {C(['found the secret door', 'solved the puzzle', 'escaped from the island', 'made friends with a fox'])}.",
        "I think you would like it too.",
    ]


def gen_letter(r: random.Random) -> str:
    C = r.choice
    used: list[str] = []
    w = person(r, used, adult=r.random() < 0.3)
    town = C(TOWNS)
    rg = C("fm")
    rname = C(NAMES_F if rg == "f" else NAMES_M)
    to = C(
        [
            ("Grandma" if rg == "f" else "Grandpa"),
            f"{'Aunt' if rg == 'f' else 'Uncle'} {rname}",
            rname,
            rname,
            "Granny" if rg == "f" else "Grandad",
        ]
    )
    date, season, m = _date(r)
    gift = C(
        [
            "the book",
            "the scarf",
            "the birthday card",
            "the paint set",
            "the jigsaw",
            "the postcard",
            "the jumper",
            "the kite",
            "the seeds",
            "the photographs",
        ]
    )
    opening = C(
        [
            f"I hope you are well and enjoying the {season}.",
            "How are you? I hope you are keeping warm."
            if season == "winter"
            else "How are you? I hope you are well.",
            f"Thank you so much for {gift}. {C(['I love it.', 'It was a lovely surprise.', 'It made me smile.', 'I have shown it to all my friends.'])}",
            "I am sorry I have not written for so long.",
            "It feels like ages since we last saw each other.",
        ]
    )
    paras = [
        C([f"{town}\n{date}", date, ""]),
        f"Dear {to},",
        opening
        + " "
        + C(
            [
                f"Everyone here is fine, although {C(['Dad', 'Mum', 'my brother', 'my sister', 'the dog'])} has had a bit of a cold.",
                f"It has been {C(['a busy', 'a quiet', 'an exciting', 'a rainy', 'a lovely'])} few weeks here in {town}.",
                f"It is {season} here in {town}, and {C(SEASON_NOW[season])}.",
            ]
        ),
    ]
    xs = r.sample([x for x in range(8) if not (x == 2 and season == "winter")], 2)
    paras.append(" ".join(_news_item_first_person(r, town, xs[0], season)))
    if r.random() < 0.5:
        paras.append(" ".join(_news_item_first_person(r, town, xs[1], season)))
    q = C(
        [
            f"How is your garden? Are the {plural(C(FLOWERS))} out yet?",
            "How is your cat? Is she still sleeping on the piano?",
            "Have you finished the jumper you were knitting?",
            "Is your knee feeling better now?",
            "Did you go to the concert in the end?",
            f"What is the weather like in {C(TOWNS)}?",
            "Are you still going swimming every morning?",
        ]
    )
    plan = C(
        [
            f"We are hoping to visit you in {MONTHS[(m + r.randint(1, 3)) % 12]}.",
            "Please write back soon and tell me all your news.",
            "I am counting the days until the holidays.",
            "Mum says we might come and stay for a few days at half term.",
            "I will send you a photograph soon.",
        ]
    )
    paras.append(q + " " + plan)
    sign = C(
        [
            "Love from,",
            "With love,",
            "Best wishes,",
            "Lots of love,",
            "Your friend,",
            "All the best,",
            "Take care,",
        ]
    )
    paras.append(f"{sign}\n{w.name}")
    return "\n".join(p for p in paras if p)


def _quote(r: random.Random, who: str, age_or_role: str, text: str) -> str:
    return r.choice(
        [
            f'"{text[:-1]}," said {who}, {age_or_role}.',
            f'{who}, {age_or_role}, said: "{text}"',
            f'"{text}" said {who}, {age_or_role}.'
            if text.endswith("!")
            else f'"{text[:-1]}," {who}, {age_or_role}, told us.',
        ]
    )


def gen_news(r: random.Random) -> str:
    C = r.choice
    town = C(TOWNS)
    used: list[str] = []
    p = person(r, used, adult=True)
    q = person(r, used)
    pn, qn = full_name(r, p), full_name(r, q)
    day = C(DAYS)
    x = r.randrange(9)
    role = f"{a(p.noun)} from {town}"
    if x == 0:
        place = C(
            [
                "library",
                "playground",
                "swimming pool",
                "community garden",
                "skate park",
                "footbridge",
                "museum",
                "sports hall",
            ]
        )
        cost, months = r.randint(20, 900) * 1000, r.randint(3, 18)
        head = C(
            [
                f"New {place} opens in {town}",
                f"{town} celebrates its new {place}",
                f"Doors open at {town}'s new {place}",
            ]
        )
        body = [
            f"The new {place} in {town} opened on {day}, after {nw(months)} months of building work.",
            f"It cost {num(cost)} pounds, and much of the money was raised by local families.",
            f"More than {num(r.randint(2, 30) * 50)} people came to the opening, and there was {C(['a brass band', 'free cake', 'a ribbon-cutting ceremony', 'face painting for the children'])}.",
            _quote(
                r,
                pn,
                role,
                C(
                    [
                        "We have waited a long time for this, and it was worth it.",
                        f"I think the whole town will use the {place}.",
                        "It is a wonderful day for everyone here!",
                    ]
                ),
            ),
            f"The {place} will be open every day from {C(TIMES[:6])} until {C(TIMES[-6:])}.",
        ]
    elif x == 1:
        veg, lo, hi = C(
            [
                ("pumpkin", 90, 500),
                ("marrow", 20, 60),
                ("cabbage", 15, 45),
                ("sunflower", 0, 0),
                ("onion", 3, 7),
                ("carrot", 3, 8),
                ("swede", 10, 30),
            ]
        )
        kg = r.randint(lo, hi)
        head = C([f"Record {veg} wins prize at {town} show", f"Giant {veg} amazes visitors"])
        measure = f"was {r.randint(3, 6)} metres tall" if veg == "sunflower" else f"weighed {kg} kilograms"
        body = [
            f"{cap(a(veg))} grown by {pn} has won first prize at the {town} {C(['flower and vegetable show', 'autumn show', 'summer fair'])}.",
            f"The {veg} {measure}, which is the biggest the judges have ever seen.",
            _quote(
                r,
                pn,
                f"who has been gardening for {nw(r.randint(5, 50))} years",
                C(
                    [
                        "The secret is good soil, plenty of water and a lot of patience.",
                        "I talk to my plants every morning!",
                        "I never expected to win, and I am delighted.",
                    ]
                ),
            ),
            f"Second prize went to {qn}, and third prize went to {full_name(r, person(r, used))}.",
        ]
    elif x == 2:
        raised = r.randint(5, 200) * 50
        runners = r.randint(30, 600)
        cause = C(
            [
                "the children's hospital",
                "the animal shelter",
                "the lifeboat station",
                "the village hall roof",
                "the food bank",
                "the town library",
            ]
        )
        head = C([f"Fun run raises {num(raised)} pounds", f"{town} runners raise money for {cause}"])
        body = [
            f"{cap(nw(runners)) if runners < 100 else num(runners)} runners took part in the {town} fun run on {day}.",
            f"Together they raised {num(raised)} pounds for {cause}.",
            f"The route was {r.randint(3, 10)} kilometres long and went past the {C(TOWN_PLACES)} and along the {C(['river', 'seafront', 'canal', 'old railway line'])}.",
            f"The fastest runner was {qn}, who finished in {r.randint(18, 45)} minutes.",
            _quote(
                r,
                pn,
                "one of the organisers",
                C(
                    [
                        "Everyone did brilliantly, whether they ran or walked.",
                        "We could not have done it without the volunteers.",
                        "What an amazing day!",
                    ]
                ),
            ),
        ]
    elif x == 3:
        pet = C(["dog", "cat", "tortoise", "parrot", "rabbit", "goat"])
        nm = C(PET_NAMES)
        days = r.randint(2, 30)
        head = C([f"Missing {pet} found safe after {days} days", f"Happy ending for lost {pet} {nm}"])
        body = [
            f"{cap(a(pet))} called {nm}, who went missing from {C(STREETS)} in {town}, has been found safe and well.",
            f"{nm} had been missing for {nw(days)} days.",
            f"{qn}, {a('local ' + q.noun) if q.noun in ('girl', 'boy') else a(q.noun)}, spotted {nm} {C(['hiding in a garden shed', 'sitting on a bus shelter', 'asleep in a flowerpot', 'near the railway station', 'in the churchyard'])} and called the owner.",
            _quote(
                r,
                pn,
                f"{nm}'s owner",
                C(
                    [
                        "We had almost given up hope. We are so grateful.",
                        "I cried when I heard the news!",
                        "Thank you to everyone who helped look.",
                    ]
                ),
            ),
        ]
    elif x == 4:
        team = C(
            [
                "choir",
                "chess club",
                "football team",
                "robotics club",
                "quiz team",
                "brass band",
                "netball team",
            ]
        )
        school = f"{town} {C(['Primary School', 'School', 'Academy'])}"
        rivals = r.randint(6, 40)
        head = C([f"{school} {team} wins regional title", f"Success for {school}"])
        body = [
            f"The {team} from {school} has won a regional competition, beating {nw(rivals) if rivals < 20 else rivals} other schools.",
            f"The competition was held in {C(TOWNS)} on {day}.",
            _quote(
                r,
                qn,
                "who is in the " + team,
                C(
                    [
                        "We practised every lunchtime for months.",
                        "I still can't believe it!",
                        "Everyone worked really hard.",
                    ]
                ),
            ),
            f"The {team} will now travel to the national final in {C(MONTHS)}.",
        ]
    elif x == 5:
        trees = r.randint(2, 40)
        hours = r.randint(2, 20)
        head = C([f"Storm brings down trees in {town}", "Clean-up begins after storm"])
        body = [
            f"Strong winds and heavy rain hit {town} on {day} night.",
            f"{cap(nw(trees))} {'tree was' if trees == 1 else 'trees were'} blown down, and some homes were without power for {nw(hours)} hours.",
            f"Volunteers spent the weekend clearing branches from {C(STREETS)} and {C(STREETS)}.",
            _quote(
                r,
                pn,
                role,
                C(
                    [
                        "It was very loud, but luckily nobody was hurt.",
                        "It was wonderful to see neighbours helping each other.",
                        "I have lived here for thirty years and never seen a storm like it.",
                    ]
                ),
            ),
        ]
    elif x == 6:
        n_from, n_to = r.sample(TOWNS, 2)
        mins = r.randint(10, 60)
        head = C([f"New bus route links {town} and {n_to}", f"Faster journeys for {town} passengers"])
        body = [
            f"A new bus service between {town} and {n_to} will start on {day}.",
            f"Buses will run every {nw(mins)} minutes, and the journey will take about {nw(r.randint(15, 50))} minutes.",
            f"Until now, people had to change buses in {n_from}.",
            _quote(
                r,
                pn,
                role,
                C(
                    [
                        "This will make it much easier to get to work.",
                        "I can visit my grandchildren twice as often now!",
                        "It is about time.",
                    ]
                ),
            ),
        ]
    elif x == 7:
        animal, spot = C(
            [
                ("swan", "stuck on a frozen pond"),
                ("deer", "trapped in a fence"),
                ("cat", "stuck up a tall tree"),
                ("owl", "trapped in a chimney"),
                ("badger", "stuck in a drain"),
                ("fox cub", "caught in some netting"),
                ("pony", "stuck in deep mud"),
                ("sheep", "stranded on a narrow ledge"),
                ("seal pup", "stranded in a harbour pool"),
                ("dog", "stuck down a rabbit hole"),
            ]
        )
        head = C([f"Firefighters rescue {animal} in {town}", f"Lucky escape for {animal}"])
        body = [
            f"Firefighters from {town} rescued {a(animal)} that was {spot} on {day} morning.",
            f"The rescue took {nw(r.randint(2, 9) * 10)} minutes, and the {animal} was not hurt.",
            f"It was spotted by {qn}, who was {C(['walking a dog', 'cycling to work', 'out jogging', 'delivering the post'])}.",
            _quote(
                r,
                pn,
                "a firefighter",
                C(
                    [
                        "The animal was very calm, which made our job easier.",
                        "We are always happy to help.",
                        "It was a team effort.",
                    ]
                ),
            ),
        ]
    else:
        topic = C(
            [
                "the history of the town",
                "old toys",
                "local artists",
                "the river and its wildlife",
                "life a hundred years ago",
                "clocks and watches",
                "boats and boatbuilding",
                "fossils found nearby",
            ]
        )
        weeks = r.randint(3, 12)
        head = C([f"New exhibition at {town} Museum", f"Museum shows {topic}"])
        body = [
            f"A new exhibition about {topic} has opened at {town} Museum.",
            f"It includes more than {r.randint(5, 60) * 10} objects, many of them lent by local families.",
            _quote(
                r,
                pn,
                "the museum's curator",
                C(
                    [
                        "We hope visitors will learn something new.",
                        "Some of these objects have never been seen in public before.",
                        "Children especially will love it.",
                    ]
                ),
            ),
            f"The exhibition is free and runs for {nw(weeks)} weeks.",
        ]
    paras = [head, " ".join(body[:2]), " ".join(body[2:])]
    return "\n".join(paras)


def gen_diary(r: random.Random) -> str:
    C = r.choice
    date, season, _ = _date(r)
    day = C(DAYS)
    used: list[str] = []
    fr = person(r, used)
    wx = C(WEATHER_PAST + WEATHER_SEASON[season])
    food = C(DINNERS)
    reason = C(
        [
            ("it is nearly the holidays", C(["happy", "excited", "cheerful"])),
            (f"I have a test on {C(DAYS)}", C(["nervous", "worried", "anxious"])),
            (f"we are going to {C(TOWNS)} tomorrow", C(["excited", "thrilled", "happy"])),
            ("my cousin is coming to stay", C(["excited", "delighted", "happy"])),
            ("I lost my favourite pen", C(["upset", "grumpy", "cross"])),
            ("I finished my project at last", C(["proud", "relieved", "pleased"])),
        ]
    )
    hobby = C(WEEKEND)
    head = C([f"{day} {date}", f"{day}, {date}", "Dear Diary,", f"{date}", f"Diary, {day}"])
    p1 = [
        C([f"Today {wx}.", f"When I woke up this morning, {wx}.", f"This morning {wx}."]),
        C(
            [
                f"I had {a(C(['bowl of porridge', 'boiled egg', 'slice of toast', 'pancake', 'bowl of cereal', 'banana']))} for breakfast and then {C(['walked', 'cycled', 'took the bus'])} to {C(['school', 'work', 'the market', 'town'] if day not in ('Saturday', 'Sunday') else ['the market', 'town', 'the park'])}.",
                "I got up early because I could not sleep.",
                "I overslept and had to rush.",
            ]
        ),
    ]
    p2 = [
        C(
            [
                f"In the afternoon I met {fr.name} at the {C(TOWN_PLACES)}.",
                f"After lunch, {fr.name} came round.",
                f"Later I went to see {fr.name}, who lives on {C(STREETS)}.",
            ]
        ),
        C(
            [
                f"We decided to {hobby}.",
                f"{fr.He} wanted to {hobby}, so we did that.",
                f"We spent most of the time {vp(hobby, 'ing')}.",
            ]
        ),
        C(
            [
                f"It was {C(['great fun', 'harder than it looked', 'a bit boring at first', 'very relaxing'])}.",
                f"{fr.name} was much better at it than me.",
                "We laughed so much that my stomach hurt.",
            ]
        ),
    ]
    p3 = [
        C(
            [
                f"For dinner we had {food}, which tasted {C(['delicious', 'wonderful', 'a bit too salty', 'really good', 'lovely', 'too spicy for me'])}.",
                f"Dad made {food} for tea.",
                f"Mum and I made {food} together.",
            ]
        ),
        C(
            [
                f"I feel {C(EMOTIONS)} tonight.",
                f"I am {reason[1]} because {reason[0]}.",
                "I am very tired, so I am going to sleep now.",
            ]
        ),
        C([f"Tomorrow I want to {C(WEEKEND)}.", f"Tomorrow I have to {C(CHORES)}.", "Goodnight!", ""]),
    ]
    return "\n".join([head, " ".join(p1 + p2[:1]), " ".join(p2[1:]), " ".join(x for x in p3 if x)])


def gen_description(r: random.Random) -> str:
    C = r.choice
    x = r.randrange(4)
    town = C(TOWNS)
    if x == 0:
        river = C(RIVERS)
        pop = r.randint(8, 400) * 50
        spot = C(
            [
                ("riverside path", "is", "its"),
                ("park", "looks", "its"),
                ("hills around the town", "are", "their"),
                ("gardens", "look", "their"),
                ("old orchard", "is", "its"),
            ]
        )
        tr = r.sample(TRAITS, 2)
        places = r.sample(TOWN_PLACES, 4)
        s = [
            C(
                [
                    f"{town} is {a(C(PLACE_ADJS))} town on the banks of the River {river}.",
                    f"The town of {town} lies in a {C(['green', 'wide', 'narrow', 'wooded'])} valley beside the River {river}.",
                ]
            ),
            f"About {num(pop)} people live there.",
            f"In the centre there is a {C(['cobbled', 'wide', 'busy', 'sunny'])} square with {a(places[0])} on one side and {a(places[1])} on the other.",
            f"Most of the houses are built of {C(['grey stone', 'red brick', 'white-painted wood', 'yellow sandstone', 'dark flint'])}.",
            f"On {C(DAYS)}s there is a market, where farmers sell {plural(C(VEGETABLES))}, {plural(C(FRUITS))} and {C(['cheese', 'honey', 'eggs', 'bread', 'flowers'])}.",
            f"Visitors like the {places[2]} and the old {places[3]}, and in {C(SEASONS)} the {spot[0]} {spot[1]} {C(['beautiful', 'at ' + spot[2] + ' best', 'full of colour', 'lovely'])}.",
            f"The people of {town} are known for being {tr[0]} and {tr[1]}.",
        ]
        return " ".join(s[:3]) + "\n" + " ".join(s[3:])
    if x == 1:
        p = person(r, [], adult=True)
        t1, t2 = r.sample(TRAITS, 2)
        hair = C(
            [
                "short grey",
                "long black",
                "curly red",
                "straight brown",
                "wavy fair",
                "neat white",
                "short dark",
            ]
        )
        eyes = C(["brown", "blue", "green", "grey", "hazel"])
        s = [
            f"{p.name} is {a(p.noun)} who lives in {town}.",
            f"{p.He} has {hair} hair and {eyes} eyes, and {p.he} usually wears {a(C(BASIC_COLOURS))} {C(WEAR)}.",
            f"{p.He} is {t1} and {t2}, and {p.he} {C(['always has time for a chat', 'hums while ' + p.he + ' works', 'is never late', 'knows the name of everyone in town', 'laughs at ' + p.his + ' own jokes'])}.",
            f"Every morning {p.he} {vp(C(HOBBIES), 's')} before work.",
            f"At weekends {p.he} likes to {C(HOBBIES)}.",
            f"{p.His} favourite food is {C(['soup', 'fresh bread', 'spicy curry', 'apple pie', 'roast vegetables', 'noodles', 'porridge with honey'])}, and {p.his} favourite colour is {C(BASIC_COLOURS)}.",
            C(
                [
                    f"People say that {p.he} is the best {p.noun} for miles around.",
                    f"Everyone in {town} seems to know {p.him}.",
                    f"{p.He} has lived in the same house for {nw(r.randint(3, 40))} years.",
                ]
            ),
        ]
        return " ".join(s[:3]) + "\n" + " ".join(s[3:])
    if x == 2:
        room = C(
            ["kitchen", "bedroom", "living room", "classroom", "workshop", "attic", "study", "greenhouse"]
        )
        items = r.sample([x for x in FURNITURE if x not in ("rug", "curtain", "drawer", "mirror")], 2)
        items.append(C(["table", "desk", "windowsill", "shelf", "dresser", "sideboard", "chest of drawers"]))
        s = [
            f"The {room} is {C(['small', 'large', 'long', 'narrow', 'square'])} and {C(['bright', 'cosy', 'a little untidy', 'very neat', 'warm', 'cool'])}.",
            f"There is a {C(['big', 'tall', 'small', 'wide'])} window that looks out over the {C(['garden', 'street', 'fields', 'harbour', 'park', 'rooftops'])}.",
            f"Against one wall stands {a(C(LOOKS[:20]))} {items[0]}, and in the corner there is {a(items[1])}.",
            f"The walls are painted {C(BASIC_COLOURS)}, and the floor is covered with {a(C(COLOURS))} rug.",
            f"On the {items[2]} there {C(['is a vase of ' + plural(C(FLOWERS)), 'is a pile of books', 'are some old photographs', 'is a bowl of ' + plural(C(FRUITS[:12])), 'is a sleeping cat'])}.",
            f"It smells of {C(['fresh bread', 'wood polish', 'lavender', 'coffee', 'old books', 'soap', 'soil and leaves'])}.",
            C(
                [
                    "It is the best place in the house to read.",
                    "It is where everyone gathers in the evening.",
                    "It is a quiet place to think.",
                    "It feels like a place where stories happen.",
                ]
            ),
        ]
        s[2] = s[2].replace("a old", "an old").replace("a ancient", "an ancient")
        return " ".join(s[:4]) + "\n" + " ".join(s[4:])
    market = C(["market", "harbour", "park", "garden", "beach", "forest"])
    season = C(SEASONS)
    sounds = {
        "market": "traders calling out their prices",
        "harbour": "gulls crying and ropes creaking",
        "park": "children laughing and dogs barking",
        "garden": "bees humming and birds singing",
        "beach": "waves breaking and gulls calling",
        "forest": "leaves rustling and birds calling",
    }
    sights = {
        "market": f"stalls piled high with {plural(C(FRUITS))} and {plural(C(VEGETABLES))}",
        "harbour": f"fishing boats painted {C(BASIC_COLOURS)} and {C(BASIC_COLOURS)}",
        "park": f"a pond with {plural(C(['duck', 'swan', 'goose', 'moorhen']))} and a bandstand",
        "garden": f"beds of {plural(C(FLOWERS))} and a row of {C(TREES[:10])} trees",
        "beach": "rock pools, smooth pebbles and a long line of seaweed",
        "forest": f"tall {C(TREES[:15])} trees and paths covered in moss",
    }
    s = [
        f"On {a(C(['bright', 'cold', 'warm', 'misty', 'windy', 'quiet']))} {season} {C(['morning', 'afternoon', 'evening'])}, the {market} at {town} is a wonderful place to be.",
        f"You can see {sights[market]}.",
        f"You can hear {sounds[market]}.",
        f"The air smells of {C(['salt', 'fresh bread', 'cut grass', 'pine', 'rain', 'flowers', 'wood smoke'])}.",
        C(
            [
                f"People {C(['stroll', 'hurry', 'wander', 'stop and chat'])} here at every time of day.",
                "Nobody is ever in a hurry here.",
                "Some people come every day and never get tired of it.",
            ]
        ),
        C(
            [
                f"It is one of the {C(['prettiest', 'liveliest', 'most peaceful', 'most interesting'])} places in {town}.",
                "Once you have been, you will want to come back.",
            ]
        ),
    ]
    return " ".join(s[:3]) + "\n" + " ".join(s[3:])


# ----------------------------------------------------------------------------------------------
# Reading comprehension: passage + question whose answer is a verbatim span of the passage.
# Every passage holds distractors of the same type as the answer.
# ----------------------------------------------------------------------------------------------


def _people(r: random.Random, n: int, adult: bool | None = None) -> list[Person]:
    used: list[str] = []
    return [person(r, used, adult=adult) for _ in range(n)]


def cq_pets(r: random.Random):
    P = _people(r, 3)
    pets = r.sample(
        [
            "cat",
            "dog",
            "rabbit",
            "hamster",
            "parrot",
            "tortoise",
            "goldfish",
            "guinea pig",
            "ferret",
            "budgie",
        ],
        3,
    )
    names = r.sample(PET_NAMES, 3)
    cols = r.sample(_w("black, white, grey, brown, ginger, golden, spotted, sandy"), 3)
    if "goldfish" in pets:
        cols[pets.index("goldfish")] = (
            r.choice(["orange", "golden"])
            if "golden" not in cols and "orange" not in cols
            else cols[pets.index("goldfish")]
        )
    s = [
        f"{P[0].name} has {a(cols[0])} {pets[0]} called {names[0]}.",
        r.choice(
            [
                f"{P[1].name}'s {pets[1]} is {cols[1]} and is named {names[1]}.",
                f"{P[1].name} owns {a(cols[1])} {pets[1]} named {names[1]}.",
            ]
        ),
        r.choice(
            [
                f"Their neighbour {P[2].name} keeps {a(cols[2])} {pets[2]} called {names[2]}.",
                f"{P[2].name} looks after {a(cols[2])} {pets[2]} whose name is {names[2]}.",
            ]
        ),
    ]
    if r.random() < 0.5:
        s.append(f"{names[r.randrange(3)]} is the oldest of the three animals.")
    i = r.randrange(3)
    qs = [
        (f"What is the name of {P[i].name}'s {pets[i]}?", names[i]),
        (f"What colour is {P[i].name}'s {pets[i]}?", cols[i]),
        (f"Who has a pet called {names[i]}?", P[i].name),
        (f"What kind of animal is {names[i]}?", pets[i]),
        (f"Which person owns the {pets[i]}?", P[i].name),
    ]
    return s, qs


def cq_jobs(r: random.Random):
    P = _people(r, 3, adult=True)
    jobs = r.sample(JOBS, 3)
    towns = r.sample(TOWNS, 3)
    sib = "sister" if P[1].g == "f" else "brother"
    s = [
        f"{P[0].name} works as {a(jobs[0])} in {towns[0]}.",
        f"{P[0].His} {sib}, {P[1].name}, is {a(jobs[1])} in {towns[1]}.",
        f"Their old school friend {P[2].name} became {a(jobs[2])} and now lives in {towns[2]}.",
    ]
    if r.random() < 0.5:
        s.append(f"They all meet in {r.choice(towns)} every {r.choice(MONTHS)}.")
    i = r.randrange(3)
    qs = [
        (f"What is {P[i].name}'s job?", jobs[i]),
        (f"Who works as {a(jobs[i])}?", P[i].name),
        (f"Where does {P[i].name} {'live' if i == 2 else 'work'}?", towns[i]),
        (f"What does {P[1].name} do for a living?", jobs[1]),
        (f"Who is {P[0].name}'s {sib}?", P[1].name),
    ]
    return s, qs


def cq_prices(r: random.Random):
    town = r.choice(TOWNS)
    items = r.sample(SHOP_ITEMS[:26], 3)
    prices = r.sample(range(15, 95), 3)
    p = person(r)
    k = r.randint(2, 9)
    s = [
        f"At the market in {town}, {plural(items[0])} cost {prices[0]} pence each.",
        f"{cap(plural(items[1]))} were {prices[1]} pence each, and {plural(items[2])} were {prices[2]} pence each.",
        f"{p.name} bought {nw(k)} {plural(items[0]) if k > 1 else items[0]} and one {items[2]}.",
    ]
    i = r.randrange(3)
    qs = [
        (f"How much did one {items[i]} cost?", f"{prices[i]} pence"),
        (f"Which item cost {prices[i]} pence each?", plural(items[i])),
        (f"How many {plural(items[0])} did {p.name} buy?", nw(k)),
        ("Where was the market?", town),
    ]
    return s, qs


EVENTS = _w("""concert, book fair, bake sale, quiz night, dance class, chess tournament, film night, craft fair,
plant sale, talent show, poetry reading, puppet show, jumble sale, art exhibition, magic show, spelling bee,
cookery class""")


def cq_schedule(r: random.Random):
    ev = r.sample(EVENTS, 3)
    days = r.sample(DAYS, 3)
    places = r.sample(
        _w(
            "town hall, library, village hall, school hall, church hall, art centre, community centre, sports hall, museum"
        ),
        3,
    )
    times = r.sample(TIMES, 3)
    town = r.choice(TOWNS)
    s = [
        f"Next week is a busy week in {town}.",
        f"The {ev[0]} will be held on {days[0]} at the {places[0]}, starting at {times[0]}.",
        f"The {ev[1]} is on {days[1]} in the {places[1]}, and it begins at {times[1]}.",
        f"On {days[2]}, there will be {a(ev[2])} at the {places[2]} at {times[2]}.",
    ]
    i = r.randrange(3)
    qs = [
        (f"On which day is the {ev[i]}?", days[i]),
        (f"When is the {ev[i]}?", days[i]),
        (f"Where will the {ev[i]} take place?", f"the {places[i]}"),
        (f"What time does the {ev[i]} start?", times[i]),
        (f"What is happening on {days[i]}?", f"{ev[i]}"),
        (f"Which event is at the {places[i]}?", f"{ev[i]}"),
    ]
    return s, qs


def cq_race(r: random.Random):
    P = _people(r, 4, adult=False)
    race = r.choice(
        [
            "school sports day race",
            "swimming race",
            "cycle race",
            "egg-and-spoon race",
            "sack race",
            "cross-country race",
        ]
    )
    day = r.choice(DAYS)
    reason = r.choice(
        [
            f"{P[3].he} lost {P[3].his} shoe",
            f"{P[3].he} twisted {P[3].his} ankle",
            f"{P[3].he} stopped to help a friend",
            f"{P[3].he} took a wrong turn",
        ]
    )
    s = [
        f"In the {race} on {day}, {P[0].name} finished first.",
        f"{P[1].name} came second, and {P[2].name} was third.",
        f"{P[3].name} did not finish because {reason}.",
    ]
    if r.random() < 0.5:
        s.insert(
            1,
            f"There were {nw(r.randint(8, 20))} runners in the race."
            if "swimming" not in race and "cycle" not in race
            else f"There were {nw(r.randint(8, 20))} competitors.",
        )
    qs = [
        ("Who won the race?", P[0].name),
        ("Who came second?", P[1].name),
        ("Who finished third?", P[2].name),
        (f"In what position did {P[2].name} finish?", "third"),
        ("Who did not finish the race?", P[3].name),
        ("On which day was the race?", day),
        (f"Why did {P[3].name} not finish?", reason),
    ]
    return s, qs


def cq_travel(r: random.Random):
    P = _people(r, 2)
    t = r.sample(TOWNS, 3)
    v1, v2 = r.sample(["train", "bus", "car", "bicycle", "ferry", "coach", "tram"], 2)
    h = r.randint(2, 6)
    m = r.randint(10, 50)
    fr = "friend"
    s = [
        f"{P[0].name} took the {v1} from {t[0]} to {t[1]}, and the journey took {nw(h)} hours.",
        f"{P[0].His} {fr} {P[1].name} travelled from {t[2]} by {v2} and arrived {nw(m)} minutes later.",
        f"They met outside the {r.choice(TOWN_PLACES)} in {t[1]}.",
    ]
    qs = [
        (f"How long did {P[0].name}'s journey take?", f"{nw(h)} hours"),
        (f"How did {P[1].name} travel?", f"by {v2}"),
        (f"Where did {P[0].name} travel to?", t[1]),
        (f"Which town did {P[1].name} come from?", t[2]),
        (f"How much later did {P[1].name} arrive?", f"{nw(m)} minutes later"),
        (f"Where did {P[0].name}'s journey start?", t[0]),
    ]
    return s, qs


def cq_farm(r: random.Random):
    p = person(r, adult=True)
    town = r.choice(TOWNS)
    an = r.sample(["cow", "sheep", "goat", "pig", "horse", "donkey", "hen", "duck", "goose", "alpaca"], 4)
    ns = r.sample(range(2, 40), 4)
    s = [
        f"{p.name}'s farm near {town} has {nw(ns[0])} {plural(an[0])}, {nw(ns[1])} {plural(an[1])} and {nw(ns[2])} {plural(an[2])}.",
        f"{p.He} also keeps {nw(ns[3])} {plural(an[3])} in the field by the {r.choice(['river', 'road', 'woods', 'barn'])}.",
        f"Every morning, {p.name} gets up at {r.choice(TIMES[:4])} to feed them all.",
    ]
    i = r.randrange(4)
    qs = [
        (f"How many {plural(an[i])} are on the farm?", nw(ns[i])),
        (f"How many {plural(an[i])} does {p.name} have?", nw(ns[i])),
        (f"Which animals are kept in the field by the {s[1].split('by the ')[1][:-1]}?", plural(an[3])),
        (f"Where is {p.name}'s farm?", f"near {town}"),
    ]
    return s, qs


def cq_school(r: random.Random):
    teachers = []
    for _ in range(3):
        g = r.choice("fm")
        teachers.append(("Ms" if g == "f" else "Mr") + " " + r.choice(SURNAMES))
    if len(set(teachers)) < 3:
        teachers = [f"{t.split()[0]} {sn}" for t, sn in zip(teachers, r.sample(SURNAMES, 3))]
    subj = r.sample(SUBJECTS, 3)
    rooms = r.sample(range(1, 30), 3)
    s = [
        f"At {r.choice(TOWNS)} School, {teachers[0]} teaches {subj[0]} in Room {rooms[0]}.",
        f"{teachers[1]} teaches {subj[1]} in Room {rooms[1]}, which is next to the hall.",
        f"In Room {rooms[2]}, {subj[2]} lessons are taught by {teachers[2]}.",
    ]
    i = r.randrange(3)
    qs = [
        (f"Which room is {subj[i]} taught in?", f"Room {rooms[i]}"),
        (f"Who teaches {subj[i]}?", teachers[i]),
        (f"What subject does {teachers[i]} teach?", subj[i]),
        ("Which room is next to the hall?", f"Room {rooms[1]}"),
    ]
    return s, qs


def cq_lost(r: random.Random):
    items = r.sample(LOSABLE[:40], 3)
    cols = r.sample(BASIC_COLOURS, 3)
    places = r.sample(
        _w("station, library, swimming pool, park, bus stop, bakery, cinema, town hall, playground"), 3
    )
    days = r.sample(DAYS, 3)
    s = [
        f"On {days[0]}, {a(cols[0])} {items[0]} was found at the {places[0]}.",
        f"{a(cols[1]).capitalize()} {items[1]} was handed in at the {places[1]} on {days[1]}.",
        f"On {days[2]}, someone found {a(cols[2])} {items[2]} near the {places[2]}.",
    ]
    s.append(
        r.choice(
            [
                "All three items are now at the lost property office.",
                "The owners have not yet been found.",
                "Anyone who has lost something should ask at the town hall.",
            ]
        )
    )
    i = r.randrange(3)
    qs = [
        (f"Where was the {items[i]} found?", f"the {places[i]}"),
        (f"What colour was the {items[i]}?", cols[i]),
        (f"On which day was the {items[i]} found?", days[i]),
        (f"What was found at the {places[i]}?", f"{cols[i]} {items[i]}"),
    ]
    if i == 1:
        qs[0] = (f"Where was the {items[1]} handed in?", f"the {places[1]}")
        qs[2] = (f"On which day was the {items[1]} handed in?", days[1])
        qs[3] = (f"What was handed in at the {places[1]}?", f"{cols[1]} {items[1]}")
    return s, qs


def cq_ages(r: random.Random):
    P = _people(r, 3, adult=False)
    ages = r.sample(range(3, 16), 3)
    month = r.choice(MONTHS)
    sib = "sister" if P[1].g == "f" else "brother"
    s = [
        f"{P[0].name} is {nw(ages[0])} years old, and {P[0].his} {sib} {P[1].name} is {nw(ages[1])}.",
        f"Their cousin {P[2].name} turned {nw(ages[2])} in {month}.",
        f"They are all going to {r.choice(['the seaside', 'a farm', 'their grandparents', 'a music festival', 'the zoo'])} together next {r.choice(SEASONS)}.",
    ]
    i = r.randrange(3)
    oldest = P[ages.index(max(ages))].name
    youngest = P[ages.index(min(ages))].name
    qs = [
        (f"How old is {P[i].name}?", nw(ages[i])),
        ("Who is the oldest?", oldest),
        ("Who is the youngest?", youngest),
        (f"In which month did {P[2].name} have a birthday?", month),
        (f"What is the name of {P[0].name}'s {sib}?", P[1].name),
    ]
    return s, qs


def cq_books(r: random.Random):
    P = _people(r, 3)
    topics = r.sample(LIB_TOPICS, 3)
    day = r.choice(DAYS)
    s = [
        f"On {r.choice(DAYS)}, three friends visited the library in {r.choice(TOWNS)}.",
        f"{P[0].name} borrowed a book about {topics[0]}, and {P[1].name} chose one about {topics[1]}.",
        f"{P[2].name} took home a book about {topics[2]}.",
        f"They have to return the books by {day}.",
    ]
    i = r.randrange(3)
    qs = [
        (f"What was {P[i].name}'s book about?", topics[i]),
        (f"Who borrowed a book about {topics[i]}?", P[i].name),
        ("By which day must the books be returned?", day),
    ]
    return s, qs


def cq_weather(r: random.Random):
    t = r.sample(TOWNS, 3)
    w = r.sample(["sunny", "rainy", "foggy", "windy", "snowy", "cloudy", "stormy"], 3)
    ranges = {
        "sunny": (12, 30),
        "rainy": (5, 18),
        "foggy": (1, 12),
        "windy": (4, 20),
        "snowy": (-4, 1),
        "cloudy": (6, 20),
        "stormy": (8, 22),
    }
    deg: list[int] = []
    for x in w:
        v = r.randint(*ranges[x])
        while v in deg:
            v = r.randint(*ranges[x]) if ranges[x][1] - ranges[x][0] > 3 else v - 1
        deg.append(v)
    day = r.choice(DAYS)

    def d(x: int) -> str:
        return f"{x} degrees" if x != 1 and x != -1 else f"{x} degree"

    s = [
        f"On {day}, the weather was very different in three nearby towns.",
        f"{t[0]} was {w[0]}, with a temperature of {d(deg[0])}.",
        f"In {t[1]} it was {w[1]}, and the temperature reached {d(deg[1])}.",
        f"{t[2]} was {w[2]} all day, at {d(deg[2])}.",
    ]
    i = r.randrange(3)
    qs = [
        (f"What was the temperature in {t[i]}?", d(deg[i])),
        (f"Which town was {w[i]}?", t[i]),
        (f"What was the weather like in {t[i]}?", w[i]),
    ]
    return s, qs


def cq_garden(r: random.Random):
    p = person(r)
    veg = r.sample(
        [
            "carrots",
            "beans",
            "peas",
            "potatoes",
            "onions",
            "lettuces",
            "tomatoes",
            "pumpkins",
            "radishes",
            "cabbages",
            "strawberries",
        ],
        3,
    )
    spots = r.sample(
        [
            "by the fence",
            "near the shed",
            "in the big pots by the door",
            "under the apple tree",
            "next to the pond",
            "along the path",
            "in the greenhouse",
        ],
        3,
    )
    s = [
        f"In {r.choice(['April', 'May', 'March'])}, {p.name} planted {veg[0]} {spots[0]}.",
        f"{p.He} put the {veg[1]} {spots[1]} and the {veg[2]} {spots[2]}.",
        f"{r.choice(['Slugs', 'Birds', 'Rabbits'])} ate some of the {veg[r.randrange(3)]}, but most of the plants grew well.",
    ]
    i = r.randrange(3)
    qs = [(f"Where did {p.name} plant the {veg[i]}?", spots[i]), (f"What was planted {spots[i]}?", veg[i])]
    return s, qs


def cq_history(r: random.Random):
    town = r.choice(TOWNS)
    things = r.sample(
        [
            "the bridge",
            "the clock tower",
            "the library",
            "the railway station",
            "the school",
            "the town hall",
            "the museum",
            "the lighthouse",
            "the market hall",
            "the swimming pool",
        ],
        3,
    )
    years = sorted(r.sample(range(1650, 2015), 3))
    s = [
        f"In {town}, {things[0]} was built in {years[0]}.",
        f"Later, {things[1]} was built in {years[1]}, and {things[2]} opened in {years[2]}.",
        "Today, visitors can learn about all of them on a guided walk.",
    ]
    i = r.randrange(3)
    if i < 2:
        qs = [
            (f"When was {things[i]} built?", str(years[i])),
            (f"In which year was {things[i]} built?", str(years[i])),
            (f"What was built in {years[i]}?", things[i]),
        ]
    else:
        qs = [
            (f"When did {things[2]} open?", str(years[2])),
            (f"In which year did {things[2]} open?", str(years[2])),
            (f"What opened in {years[2]}?", things[2]),
        ]
    qs.append(("Which of the three is the oldest?", things[0]))
    return s, qs


def cq_bake(r: random.Random):
    P = _people(r, 3)
    items = r.sample(
        ["cupcakes", "scones", "biscuits", "muffins", "flapjacks", "jam tarts", "cinnamon buns", "brownies"],
        3,
    )
    ns = r.sample(range(6, 40), 3)
    event = r.choice(["school fair", "bake sale", "village fete", "charity lunch"])
    s = [
        f"For the {event}, {P[0].name} baked {nw(ns[0])} {items[0]}.",
        f"{P[1].name} made {nw(ns[1])} {items[1]}, and {P[2].name} brought {nw(ns[2])} {items[2]}.",
        r.choice(
            [
                f"The {items[r.randrange(3)]} sold out first.",
                "Everything was sold by lunchtime.",
                f"The money raised will help pay for a new {r.choice(['playground', 'library', 'minibus', 'garden'])}.",
            ]
        ),
    ]
    i = r.randrange(3)
    qs = [
        (
            f"How many {items[i]} did {P[i].name} {'bake' if i == 0 else ('make' if i == 1 else 'bring')}?",
            nw(ns[i]),
        ),
        (
            f"Who made the {items[i]}?"
            if i == 1
            else (f"Who baked the {items[i]}?" if i == 0 else f"Who brought the {items[i]}?"),
            P[i].name,
        ),
        (f"What did {P[i].name} {'bake' if i == 0 else ('make' if i == 1 else 'bring')}?", items[i]),
    ]
    return s, qs


def cq_music(r: random.Random):
    P = _people(r, 3)
    inst = r.sample(INSTRUMENTS, 3)
    years = r.sample(range(1, 9), 3)
    s = [
        f"{P[0].name} has played the {inst[0]} for {nw(years[0])} {'year' if years[0] == 1 else 'years'}.",
        f"{P[1].name} prefers the {inst[1]}, which {P[1].he} learned from {P[1].his} {r.choice(['grandmother', 'grandfather', 'aunt', 'uncle'])}.",
        f"{P[2].name} is still learning the {inst[2]} and practises every {r.choice(['morning', 'evening', 'weekend'])}.",
        f"Together they play in a band called {r.choice(['the', 'The'])} {r.choice(['Blue', 'Silver', 'Wild', 'Happy', 'Rusty', 'Midnight'])} {r.choice(['Foxes', 'Kettles', 'Lanterns', 'Owls', 'Bicycles', 'Comets'])}.".replace(
            "called the", "called The"
        ),
    ]
    i = r.randrange(3)
    qs = [
        (f"Which instrument does {P[i].name} play?", f"the {inst[i]}"),
        (f"Who plays the {inst[i]}?", P[i].name),
        (
            f"How long has {P[0].name} played the {inst[0]}?",
            f"{nw(years[0])} {'year' if years[0] == 1 else 'years'}",
        ),
    ]
    return s, qs


CQ_TEMPLATES = [
    cq_pets,
    cq_jobs,
    cq_prices,
    cq_schedule,
    cq_race,
    cq_travel,
    cq_farm,
    cq_school,
    cq_lost,
    cq_ages,
    cq_books,
    cq_weather,
    cq_garden,
    cq_history,
    cq_bake,
    cq_music,
]


def make_context_qa(r: random.Random) -> tuple[str, str, str]:
    while True:
        fn = r.choice(CQ_TEMPLATES)
        sents, qs = fn(r)
        q, ans = r.choice(qs)
        ctx = " ".join(sents)
        if ans in ctx:
            return ctx, q, ans


def make_context_qas(r: random.Random, n: int) -> tuple[str, list[tuple[str, str]]]:
    """One passage and up to ``n`` distinct questions about it whose answers occur in the passage."""
    while True:
        sents, qs = r.choice(CQ_TEMPLATES)(r)
        ctx = " ".join(sents)
        seen, good = set(), []
        for q, a in qs:
            if a in ctx and q not in seen:
                seen.add(q)
                good.append((q, a))
        if good:
            return ctx, r.sample(good, min(n, len(good)))


# ----------------------------------------------------------------------------------------------
# Chats: 1-3 user/assistant turns, optional system message, always ending with the assistant.
# ----------------------------------------------------------------------------------------------

SYSTEMS = [
    "You are a helpful assistant.",
    "You are a friendly assistant who gives short, clear answers.",
    "You are a patient teacher who explains things simply.",
    "You are a kind and polite helper.",
    "Answer the user's questions briefly and accurately.",
    "You are a helpful assistant. Keep your answers short.",
    "You are a cheerful assistant for young learners.",
    "You help people with everyday questions.",
    "You are a careful assistant. If you are not sure about something, say so.",
    "Be helpful, honest and polite.",
    "You are a friendly chatbot.",
    "Give clear, correct answers in one or two sentences.",
    "You are a knowledgeable assistant who explains science simply.",
    "You are a helpful assistant. Use simple words.",
    "You are a calm and thoughtful assistant.",
    "You are an assistant that answers questions politely and correctly.",
    "You are a helpful tutor. Be encouraging and accurate.",
    "Reply in plain, friendly English.",
    "You are a small, helpful language model. Answer clearly.",
    "Help the user as well as you can, and keep it short.",
]
GREETINGS = [
    ("Hello!", "Hello! How can I help you today?"),
    ("Hi there.", "Hi! What would you like to know?"),
    ("Good morning!", "Good morning! What can I do for you?"),
    ("Hey, are you there?", "Yes, I'm here. How can I help?"),
    ("Hi! How are you?", "I'm doing well, thank you for asking. How can I help you today?"),
    ("Good evening.", "Good evening! What would you like to talk about?"),
    ("Hello, can you help me with something?", "Of course! What do you need help with?"),
    ("Hi, I have a question.", "Sure, go ahead and ask."),
    ("Good afternoon!", "Good afternoon! How can I help?"),
]
THANKS = [
    "Thank you!",
    "Thanks!",
    "Thanks a lot.",
    "Great, thank you.",
    "That's helpful, thanks.",
    "Perfect, thanks!",
    "Thank you very much.",
    "Cheers!",
    "OK, thanks.",
    "Brilliant, thank you!",
    "That makes sense. Thanks!",
]
WELCOME = [
    "You're welcome!",
    "You're welcome! Let me know if you have any other questions.",
    "Happy to help!",
    "Glad I could help.",
    "No problem at all.",
    "Any time!",
    "My pleasure.",
    "You're very welcome. Have a lovely day!",
    "Glad that was useful!",
    "You're welcome. Good luck!",
    "No problem. Feel free to ask me anything else.",
    "I'm glad it helped.",
]


def ch_arith(r: random.Random):
    op = r.randrange(5)
    if op == 0:
        x, y = r.randint(1, 99), r.randint(1, 99)
        word, res = "plus", x + y
    elif op == 1:
        x = r.randint(5, 120)
        y = r.randint(1, x)
        word, res = "minus", x - y
    elif op == 2:
        x, y = r.randint(2, 12), r.randint(2, 12)
        word, res = r.choice(["times", "multiplied by"]), x * y
    elif op == 3:
        y, res = r.randint(2, 12), r.randint(1, 12)
        x = y * res
        word = "divided by"
    else:
        x, y = r.randint(10, 500), r.randint(10, 500)
        word, res = "plus", x + y
    words = x <= 20 and y <= 20 and r.random() < 0.3
    X, Y, R = (nw(x), nw(y), nw(res)) if words else (str(x), str(y), str(res))
    sym = {"plus": "+", "minus": "-", "times": "x", "multiplied by": "x", "divided by": "/"}[word]
    u = r.choice(
        [
            f"What is {X} {word} {Y}?",
            f"What's {X} {word} {Y}?",
            f"Can you work out {X} {word} {Y}?",
            f"How much is {X} {word} {Y}?",
            f"Quick maths question: what is {X} {word} {Y}?",
            f"What is {x} {sym} {y}?" if sym != "x" else f"What is {x} x {y}?",
        ]
    )
    a_ = r.choice(
        [
            f"{cap(X)} {word} {Y} is {R}.",
            f"{cap(X)} {word} {Y} equals {R}.",
            f"The answer is {R}.",
            f"It's {R}.",
        ]
    )
    if op == 3 and r.random() < 0.5:
        a_ += f" You can check it: {y} times {res} is {x}."
    if op == 1 and r.random() < 0.3:
        a_ += f" You can check it: {res} plus {y} is {x}."
    k = r.randint(2, 10)
    follow = (
        r.choice([f"And if I add {k} to that?", f"What if I add {k} more?", f"Now add {k}."]),
        r.choice([f"{res} plus {k} is {res + k}.", f"Then you get {res + k}.", f"That makes {res + k}."]),
    )
    return u, a_, follow


def ch_fact(r: random.Random):
    q, ans = r.choice(QA_PAIRS)
    u = r.choice(
        [
            q,
            q,
            f"Quick question: {decap(q)}",
            f"Do you know this? {q}",
            f"I was wondering: {decap(q)}",
            f"Can you tell me something? {q}",
        ]
    )
    return u, ans, None


def ch_explain(r: random.Random):
    q, sents = r.choice(EXPLANATIONS)
    k = r.randint(2, min(4, len(sents)))
    u = r.choice(
        [
            q,
            q,
            f"Can you explain something? {q}",
            f"{q} Please keep it simple.",
            f"I've always wondered: {decap(q)}",
            f"My little brother asked me this: {decap(q)} What should I tell him?",
        ]
    )
    body = " ".join(sents[:k])
    if u.startswith("My little brother"):
        body = "You could tell him this. " + body
    follow = (
        r.choice(
            ["Can you tell me a bit more?", "Interesting! Is there more to it?", "Go on, tell me more."]
        ),
        " ".join(sents[k:]) if len(sents) > k else "That is the main idea. " + sents[-1],
    )
    return u, body, follow


def ch_define(r: random.Random):
    word = r.choice(list(DEFINITIONS))
    pos, meaning, ex = DEFINITIONS[word]
    u = r.choice(
        [
            f'What does "{word}" mean?',
            f'What is the meaning of the word "{word}"?',
            f'Define "{word}", please.',
            f"Can you tell me what {word} means?",
            f'I read the word "{word}" today. What does it mean?',
        ]
    )
    a_ = r.choice(
        [
            f'"{cap(word)}" is {a(pos)} that means {meaning}. For example: {ex}',
            f"It means {meaning}. Here is an example: {ex}",
            f'As {a(pos)}, "{word}" means {meaning}. For example: {ex}',
        ]
    )
    opp = [y for x, y in OPPOSITES if x == word] + [x for x, y in OPPOSITES if y == word]
    follow = None
    if opp:
        follow = (f'And what is the opposite of "{word}"?', f'The opposite of "{word}" is "{opp[0]}".')
    return u, a_, follow


def ch_opposite(r: random.Random):
    x, y = r.choice(OPPOSITES)
    if r.random() < 0.5:
        x, y = y, x
    u = r.choice(
        [
            f'What is the opposite of "{x}"?',
            f"What's the opposite of {x}?",
            f'Give me the opposite of the word "{x}".',
        ]
    )
    return (
        u,
        r.choice(
            [f'The opposite of "{x}" is "{y}".', f'"{cap(y)}" is the opposite of "{x}".', f'It\'s "{y}".']
        ),
        None,
    )


_PAST_VERBS = [h.split(" ", 1)[0] for h in HOBBIES + CHORES] + list(_IRREG_PAST)
_PAST_VERBS = list(dict.fromkeys(v for v in _PAST_VERBS if v not in ("be", "quit", "lay", "wind", "shed")))


def ch_grammar(r: random.Random):
    x = r.randrange(6)
    if x == 0:
        v = r.choice(_PAST_VERBS)
        return (
            r.choice([f'What is the past tense of "{v}"?', f"What's the past tense of {v}?"]),
            f'The past tense of "{v}" is "{v_past(v)}".'
            + (" It is an irregular verb." if v in _IRREG_PAST else ""),
            None,
        )
    if x == 1:
        n = r.choice(list(_IRREG_PL) + r.sample(FRUITS + WILD_ANIMALS + TOOLS + FURNITURE, 6))
        return (f'What is the plural of "{n}"?', f'The plural of "{n}" is "{plural(n)}".', None)
    p = person(r)
    phrase = r.choice(HOBBIES + CHORES)
    when = r.choice(
        ["every day", "on Saturdays", "every morning", "after school", "at the weekend", "every evening"]
    )
    if x == 2:
        src = f"{p.name} {vp(phrase, 's')} {when}."
        return (
            f"Change this sentence to the past tense: {src}",
            f"{p.name} {vp(phrase, 'past')} {when}.",
            None,
        )
    if x == 3:
        src = f"{p.name} {vp(phrase, 's')} {when}."
        return (f"Rewrite this sentence in the future tense: {src}", f"{p.name} will {phrase} {when}.", None)
    if x == 4:
        wrong = f"{p.name} {phrase} {when}."
        return (
            r.choice(
                [f'Is this sentence correct? "{wrong}"', f"Can you fix the grammar in this sentence: {wrong}"]
            ),
            f'Not quite. Because {p.name} is one person, the verb needs an -s ending: "{p.name} {vp(phrase, "s")} {when}."',
            None,
        )
    noun = r.choice(
        [n for n in WILD_ANIMALS + BIRDS + FRUITS + VEGETABLES if n[0] in "aeiou" and art(n) == "an"]
    )
    verb = r.choice(["saw", "found", "drew", "noticed", "photographed"])
    return (
        f'Is this correct? "I {verb} a {noun} today."',
        f'Almost. It should be "I {verb} an {noun} today." We use "an" before a word that starts with a vowel sound.',
        None,
    )


POLITE = _w("""open the window, close the door, pass me the salt, turn the music down, tell me the time, help me
carry these boxes, give me that pen, wait here for a moment, move your bag, lend me your umbrella, bring me a glass
of water, call me tomorrow, send me the photos, show me the map, speak a little more slowly, hold the door, switch
off the light, read that again, save me a seat, check my homework, feed the cat while I'm away, water my plants""")


def ch_polite(r: random.Random):
    req = r.choice(POLITE)
    u = r.choice(
        [
            f"Make this sentence more polite: {cap(req)}.",
            f'How can I say this more politely? "{cap(req)}."',
            f"Rewrite this politely: {cap(req)}!",
        ]
    )
    a_ = r.choice(
        [
            f"Could you please {req}?",
            f"Would you mind if I asked you to {req}, please?",
            f"Could you {req}, please?",
            f"Would you please {req}?",
        ]
    )
    return u, r.choice([a_, f'You could say: "{a_}"']), None


LIST_CATS = [
    ("fruits", FRUITS),
    ("vegetables", VEGETABLES[:30]),
    ("farm animals", FARM_ANIMALS[:12]),
    ("birds", BIRDS[:36]),
    ("flowers", FLOWERS),
    ("trees", TREES[:24]),
    ("musical instruments", INSTRUMENTS),
    ("jobs", JOBS),
    ("colours", BASIC_COLOURS),
    ("tools", TOOLS[:24]),
    ("things you find in a kitchen", KITCHEN),
    ("pieces of clothing", CLOTHING),
    ("vehicles", VEHICLES),
    ("wild animals", WILD_ANIMALS[:40]),
    ("shapes", SHAPES),
    (
        "insects",
        _w(
            "bee, ant, beetle, butterfly, moth, dragonfly, grasshopper, ladybird, wasp, cricket, fly, mosquito"
        ),
    ),
    ("pieces of furniture", FURNITURE),
    ("school subjects", SUBJECTS),
    ("sports", SPORTS),
    (
        "sea creatures",
        _w("whale, dolphin, shark, octopus, jellyfish, crab, lobster, starfish, seahorse, seal, squid, eel"),
    ),
]
FIXED_LISTS = [
    ("the planets in our Solar System", _w("Mercury, Venus, Earth, Mars, Jupiter, Saturn, Uranus, Neptune")),
    ("the continents", _w("Africa, Antarctica, Asia, Australia, Europe, North America, South America")),
    ("the days of the week", DAYS),
    ("the months of the year", MONTHS),
    (
        "the oceans",
        _w("the Pacific Ocean, the Atlantic Ocean, the Indian Ocean, the Southern Ocean, the Arctic Ocean"),
    ),
    ("the colours of the rainbow", _w("red, orange, yellow, green, blue, indigo, violet")),
    ("the five senses", _w("sight, hearing, smell, taste, touch")),
    ("the seasons", SEASONS),
    ("the vowels", _w("a, e, i, o, u")),
]


def ch_list(r: random.Random):
    if r.random() < 0.25:
        name, items = r.choice(FIXED_LISTS)
        u = r.choice([f"Can you list {name}?", f"What are {name}?", f"Name {name}, please."])
        if r.random() < 0.5 or name == "the vowels":
            a_ = f"Here they are: {join(items)}."
        else:
            a_ = "\n".join(f"{i + 1}. {cap(x)}" for i, x in enumerate(items))
        return u, a_, None
    name, pool = r.choice(LIST_CATS)
    n = r.randint(3, 6)
    items = r.sample(pool, min(len(pool), n + 2))
    shown, extra = items[:n], items[n : n + 2]
    disp = [x if name in ("colours", "sports", "school subjects") else plural(x) for x in shown]
    u = r.choice(
        [
            f"List {nw(n)} {name}.",
            f"Can you name {nw(n)} {name}?",
            f"Give me {nw(n)} {name}, please.",
            f"I need {nw(n)} examples of {name}.",
        ]
    )
    style = r.randrange(3)
    if style == 0:
        a_ = f"Here are {nw(n)} {name}: {join(disp)}."
    elif style == 1:
        a_ = "Sure!\n" + "\n".join(f"{i + 1}. {cap(x)}" for i, x in enumerate(disp))
    else:
        a_ = f"Of course: {join(disp)}."
    follow = None
    if len(extra) == 2:
        ex = [x if name in ("colours", "sports", "school subjects") else plural(x) for x in extra]
        follow = (
            r.choice(["Can you give me two more?", "Two more, please.", "Any others?"]),
            r.choice(
                [
                    f"Two more are {ex[0]} and {ex[1]}.",
                    f"Sure: {ex[0]} and {ex[1]}.",
                    f"How about {ex[0]} and {ex[1]}?",
                ]
            ),
        )
    return u, a_, follow


def ch_advice(r: random.Random):
    topic = r.choice(list(ADVICE))
    tips = r.sample(ADVICE[topic], r.randint(3, 5))
    u = r.choice(
        [
            f"How can I {topic}?",
            f"Do you have any tips to help me {topic}?",
            f"What's the best way to {topic}?",
            f"I want to {topic}. Any advice?",
            f"Can you give me some advice on how to {topic}?",
        ]
    )
    intro = r.choice(
        [
            "Here are a few ideas:",
            "Good question! Try these:",
            "Here are some simple tips:",
            "A few things can help:",
        ]
    )
    if r.random() < 0.5:
        a_ = intro + "\n" + "\n".join(f"{i + 1}. {t}" for i, t in enumerate(tips))
    else:
        a_ = intro + " " + " ".join(tips)
    a_ += r.choice(
        [
            "",
            "",
            "\nGood luck!",
            "\nStart with one or two and build from there.",
            "\nSmall changes really do add up.",
        ]
    )
    return u, a_, None


def ch_howto(r: random.Random):
    t, steps, tips = r.choice(HOWTOS)
    u = r.choice(
        [
            f"How do I {t}?",
            f"Can you tell me how to {t}?",
            f"What are the steps to {t}?",
            f"Please explain how to {t}.",
        ]
    )
    a_ = (
        r.choice(["Here's how:", "Sure! Follow these steps:", "Here is a simple way:"])
        + "\n"
        + "\n".join(f"{i + 1}. {cap(s)}." for i, s in enumerate(steps))
    )
    if r.random() < 0.5:
        a_ += "\n" + r.choice(tips)
    return u, a_, None


def ch_words(r: random.Random):
    pool = [
        w
        for w in FRUITS + VEGETABLES + WILD_ANIMALS + BIRDS + TOOLS + FURNITURE + list(DEFINITIONS)
        if w.isalpha()
    ]
    x = r.randrange(4)
    w = r.choice(pool)
    if x == 0:
        return (f'How many letters are in the word "{w}"?', f'The word "{w}" has {nw(len(w))} letters.', None)
    if x == 1:
        return (f'What is the first letter of "{w}"?', f'The first letter of "{w}" is "{w[0]}".', None)
    if x == 2:
        w2 = r.choice(pool)
        while w2 == w:
            w2 = r.choice(pool)
        first, second = sorted([w, w2])
        return (
            f'Which comes first in alphabetical order, "{w}" or "{w2}"?',
            f'"{cap(first)}" comes first, before "{second}".',
            None,
        )
    return (f'How do you spell "{w}"?', f"It is spelled {'-'.join(w.upper())}.", None)


def ch_numbers(r: random.Random):
    x = r.randrange(6)
    if x == 0:
        a1, a2 = r.sample(range(1, 1000), 2)
        return (f"Which is bigger, {a1} or {a2}?", f"{max(a1, a2)} is bigger than {min(a1, a2)}.", None)
    if x == 1:
        i = r.randrange(7)
        if r.random() < 0.5:
            return (f"What day comes after {DAYS[i]}?", f"{DAYS[(i + 1) % 7]} comes after {DAYS[i]}.", None)
        return (f"What day comes before {DAYS[i]}?", f"{DAYS[(i - 1) % 7]} comes before {DAYS[i]}.", None)
    if x == 2:
        i = r.randrange(12)
        if r.random() < 0.5:
            return (
                f"What month comes after {MONTHS[i]}?",
                f"{MONTHS[(i + 1) % 12]} comes after {MONTHS[i]}.",
                None,
            )
        return (
            f"How many days are there in {MONTHS[i]}?",
            "February has 28 days, or 29 in a leap year."
            if i == 1
            else f"{MONTHS[i]} has {MONTH_DAYS[i]} days.",
            None,
        )
    if x == 3:
        n = r.randint(2, 15)
        unit = r.choice(
            [
                ("metres", "centimetres", 100),
                ("kilometres", "metres", 1000),
                ("kilograms", "grams", 1000),
                ("hours", "minutes", 60),
                ("minutes", "seconds", 60),
                ("days", "hours", 24),
                ("weeks", "days", 7),
            ]
        )
        return (
            f"How many {unit[1]} are there in {n} {unit[0]}?",
            f"There are {num(n * unit[2])} {unit[1]} in {n} {unit[0]}, because each one has {num(unit[2])}.".replace(
                "each one has", f"one {unit[0][:-1]} has"
            ),
            None,
        )
    if x == 4:
        n = r.randint(2, 99)
        return (f"Is {n} odd or even?", f"{n} is {'even' if n % 2 == 0 else 'odd'}.", None)
    n = r.randint(1, 999)
    return (f"How do you write {n} in words?", f'{n} is written as "{nw(n)}".', None)


def ch_passage(r: random.Random):
    ctx, q, ans = make_context_qa(r)
    u = r.choice(
        [
            f"Read this and answer the question.\n{ctx}\nQuestion: {q}",
            f"{ctx}\n{q}",
            f"Here is a short passage: {ctx}\nBased on the passage, {decap(q)}",
            f"Context: {ctx}\nQuestion: {q}",
        ]
    )
    a_ = r.choice([ans, ans, f"The answer is {ans}.", f"According to the passage, the answer is {ans}."])
    if a_ == ans:
        a_ = cap(ans) + "." if not ans[:1].isdigit() else ans + "."
    return u, a_, None


def ch_story(r: random.Random):
    animal = r.choice(ANIMAL_HEROES)
    nm = r.choice(PET_NAMES)
    g = r.choice(["he", "she"])
    his = "his" if g == "he" else "her"
    place = r.choice(
        [
            "in a quiet wood",
            "on a busy farm",
            "in an old garden",
            "on a riverbank",
            "in a meadow",
            "in a hedge by the lane",
        ]
    )
    goal = r.choice(
        [
            "find the biggest acorn",
            "see the sea",
            "make a new friend",
            "learn to swim",
            "build a cosy nest",
            "find the way home",
        ]
    )
    u = r.choice(
        [
            f"Tell me a very short story about {a(animal)}.",
            f"Can you write a tiny story about {a(animal)}?",
            f"I'd like a short bedtime story about {a(animal)}, please.",
        ]
    )
    a_ = (
        f"Once upon a time, {place}, there lived {a(animal)} called {nm}. "
        f"More than anything, {nm} wanted to {goal}. "
        f"{cap(g)} tried and tried, and one day, with a little help from {his} friends, {g} did it. "
        f"{nm} was so happy that {g} {r.choice(['danced all the way home', 'told everyone about it', 'slept with a smile', 'sang a little song'])}. "
        + r.choice(["The end.", "And that is the end of the story.", "Goodnight!", ""])
    )
    return u, a_.strip(), None


def ch_honest(r: random.Random):
    pairs = [
        (
            "What will the weather be like tomorrow?",
            "I don't have access to live weather forecasts. A local weather service or a weather app will give you an up-to-date forecast.",
        ),
        (
            "What am I thinking right now?",
            "I can't know what you are thinking, but I'm happy to guess if you give me a clue!",
        ),
        (
            "What time is it?",
            "I can't see a clock, so I don't know the current time. Your phone or computer will show it.",
        ),
        ("Can you see me?", "No, I can't see you. I can only read the text that you type."),
        (
            "What is my name?",
            "I don't know your name unless you tell me. What would you like me to call you?",
        ),
        (
            "Who will win the next football match?",
            "I can't predict the future, so I don't know who will win. It depends on how the teams play on the day.",
        ),
        (
            "Can you remember what we talked about last week?",
            "I can only see our current conversation, so I don't remember earlier chats.",
        ),
        (
            "Are you a person?",
            "No, I'm a computer program that has learned to write text. I'll do my best to help you, though.",
        ),
    ]
    u, a_ = r.choice(pairs)
    return u, a_, None


def ch_weather_wear(r: random.Random):
    w = r.choice(
        [
            ("raining", "a waterproof coat, boots and perhaps an umbrella"),
            ("very cold", "a warm coat, a hat, gloves and a scarf"),
            ("hot and sunny", "light clothes, a sun hat and some sun cream"),
            ("windy", "a jacket that zips up and nothing too loose"),
            ("snowing", "a warm coat, waterproof boots, gloves and a woolly hat"),
            ("cool and cloudy", "a jumper and a light jacket"),
        ]
    )
    u = r.choice([f"It's {w[0]} outside. What should I wear?", f"What should I wear if it's {w[0]}?"])
    return (
        u,
        r.choice(
            [f"I'd suggest {w[1]}.", f"If it's {w[0]}, {w[1]} would be a good choice.", f"Go for {w[1]}."]
        ),
        None,
    )


CHAT_TASKS = [
    (ch_arith, 12),
    (ch_fact, 14),
    (ch_explain, 8),
    (ch_define, 8),
    (ch_opposite, 4),
    (ch_grammar, 8),
    (ch_polite, 4),
    (ch_list, 9),
    (ch_advice, 7),
    (ch_howto, 5),
    (ch_words, 5),
    (ch_numbers, 8),
    (ch_passage, 8),
    (ch_story, 3),
    (ch_honest, 2),
    (ch_weather_wear, 2),
]
_CT_FNS = [f for f, _ in CHAT_TASKS]
_CT_W = [w for _, w in CHAT_TASKS]


def gen_chat(r: random.Random) -> list[dict]:
    msgs: list[dict] = []
    if r.random() < 0.5:
        msgs.append({"role": "system", "content": r.choice(SYSTEMS)})
    greet = r.random() < 0.2
    if greet:
        g = r.choice(GREETINGS)
        msgs += [{"role": "user", "content": g[0]}, {"role": "assistant", "content": g[1]}]
    turns = 1 if r.random() < 0.55 else 2
    if greet:
        turns = 1
    for _t in range(turns):
        fn = r.choices(_CT_FNS, _CT_W)[0]
        u, a_, follow = fn(r)
        msgs += [{"role": "user", "content": u}, {"role": "assistant", "content": a_}]
        if follow and r.random() < 0.5 and len(msgs) < 6:
            msgs += [{"role": "user", "content": follow[0]}, {"role": "assistant", "content": follow[1]}]
            break
    n_user = sum(1 for m in msgs if m["role"] == "user")
    if n_user < 3 and r.random() < 0.3:
        msgs += [
            {"role": "user", "content": r.choice(THANKS)},
            {"role": "assistant", "content": r.choice(WELCOME)},
        ]
    return msgs


# ----------------------------------------------------------------------------------------------
# Corpus assembly
# ----------------------------------------------------------------------------------------------

PROSE = {
    "story": gen_story,
    "fact": gen_fact,
    "explanation": gen_explanation,
    "dialogue": gen_dialogue,
    "qa": gen_qa,
    "howto": gen_howto,
    "letter": gen_letter,
    "news": gen_news,
    "diary": gen_diary,
    "description": gen_description,
}
KIND_WEIGHTS = [
    ("story", 24),
    ("fact", 8),
    ("explanation", 7),
    ("dialogue", 9),
    ("qa", 7),
    ("howto", 6),
    ("letter", 5),
    ("news", 5),
    ("diary", 3),
    ("description", 2),
    ("chat", 12),
    ("context_qa", 12),
]
_KINDS = [k for k, _ in KIND_WEIGHTS]
_KW = [w for _, w in KIND_WEIGHTS]
MIN_WORDS, MAX_WORDS = 40, 250


def _prose(r: random.Random, kind: str) -> str:
    fn = PROSE[kind]
    for _ in range(50):
        text = fn(r)
        n = len(text.split())
        if MIN_WORDS <= n <= MAX_WORDS:
            return text
    raise RuntimeError(f"could not generate a {kind} record of the right length")


def make_record(r: random.Random, kind: str) -> dict:
    if kind == "chat":
        return {"kind": "chat", "messages": gen_chat(r)}
    if kind == "context_qa":
        ctx, q, ans = make_context_qa(r)
        return {"kind": "context_qa", "context": ctx, "question": q, "answer": ans}
    return {"kind": kind, "text": _prose(r, kind)}


def generate(seed: int = 1234, n_docs: int = 17_000) -> dict[str, list[dict]]:
    """Returns {"train": [...], "validation": [...]} of records; validation is ~2% held out.

    Deterministic: the same seed gives byte-identical output in every process.  Every 50th
    record goes to validation.  With the default ``n_docs`` the corpus holds about 8 MB of text.
    """
    r = random.Random(seed)
    train: list[dict] = []
    val: list[dict] = []
    seen: dict[str, None] = {}
    prev = ""
    for i in range(n_docs):
        kind = r.choices(_KINDS, _KW)[0]
        if kind == prev and kind not in ("story",) and r.random() < 0.7:
            kind = r.choices(_KINDS, _KW)[0]
        prev = kind
        for _ in range(20):  # no exact duplicates, so nothing leaks between the splits
            rec = make_record(r, kind)
            key = _key(rec)
            if key not in seen:
                break
        seen[key] = None
        (val if i % 50 == 49 else train).append(rec)
    return {"train": train, "validation": val}


def _key(rec: dict) -> str:
    if "text" in rec:
        return rec["text"]
    if "messages" in rec:
        return "\x00".join(m["role"] + ":" + m["content"] for m in rec["messages"])
    return rec["context"] + "\x00" + rec["question"]


def _texts(rec: dict) -> list[str]:
    if "text" in rec:
        return [rec["text"]]
    if "messages" in rec:
        return [m["content"] for m in rec["messages"]]
    return [rec.get("context", ""), rec.get("question", ""), rec.get("answer", "")]


def stats(records: list[dict]) -> dict:
    """Counts per kind, total characters, and the number of distinct lowercase word types."""
    kinds: dict[str, int] = {}
    chars = 0
    vocab: dict[str, None] = {}
    for rec in records:
        kinds[rec["kind"]] = kinds.get(rec["kind"], 0) + 1
        for t in _texts(rec):
            chars += len(t)
            for w in re.findall(r"[a-z]+", t.lower()):
                vocab[w] = None
    return {
        "records": len(records),
        "kinds": dict(sorted(kinds.items())),
        "chars": chars,
        "word_types": len(vocab),
    }


if __name__ == "__main__":
    import json
    import time

    t0 = time.perf_counter()
    data = generate()
    dt = time.perf_counter() - t0
    for split in ("train", "validation"):
        print(split, json.dumps(stats(data[split]), indent=1))
    print("all", json.dumps(stats(data["train"] + data["validation"])))
    print(f"generated in {dt:.1f} s")
    shown: dict[str, int] = {}
    for rec in data["train"]:
        if shown.get(rec["kind"], 0) < 2:
            shown[rec["kind"]] = shown.get(rec["kind"], 0) + 1
            print("\n====", rec["kind"])
            print(json.dumps(rec, indent=1, ensure_ascii=False))
