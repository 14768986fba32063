"""Reading practice in the shape of reference documents: fact sheets, branch directories, house rules.

The stories and short passages of ``gen_general`` teach the model to pick a name or a number out of a
few sentences. A retrieval-augmented assistant reads something else: dense reference text
("List price: $24.00. Weight: 640 g.") and questions asked in many ways ("I'd like to know what the
Halden 2 weighs."). These generators write that kind of document about everyday, non-domain things
(kettles, bicycles, libraries, swimming pools), so the model learns to *read* such text without ever
seeing the course's fictional company, which continued pre-training and RAG introduce later.

Each generator returns ``(context, [(question, answer), ...])``; every answer occurs in the context.
"""

from __future__ import annotations

import random

from . import gen_general as G
from .gen_general import DAYS, NAMES_F, NAMES_M, SEASONS, STREETS, SURNAMES, TOWNS, _w

WRAPPERS = [
    "{Q}",
    "{Q}",
    "Quick question: {q}",
    "Can you tell me {c}?",
    "Do you know {c}?",
    "I need to find out {c}.",
    "Please check {c}.",
    "I'd like to know {c}.",
    "Could you tell me {c}?",
    "One thing I need: {q}",
    "According to the sheet, {q}",
    "From the text above, {q}",
    "Please look up {c}.",
    "Quick check: {q}",
    "Any idea {c}?",
    "Could you confirm {c}?",
    "One question: {q}",
    "According to the records, {q}",
]

PRODUCTS = [
    # (singular, plural, capacity label, capacity unit list, weight range in grams)
    ("kettle", "kettles", "Capacity", ["1.2 litres", "1.5 litres", "1.7 litres", "2 litres"], (700, 1600)),
    ("toaster", "toasters", "Slots", ["2 slots", "4 slots"], (1200, 2600)),
    (
        "bicycle",
        "bicycles",
        "Frame size",
        ["small", "medium", "large", "48 cm", "52 cm", "56 cm"],
        (9000, 16000),
    ),
    ("desk lamp", "desk lamps", "Brightness", ["400 lumens", "600 lumens", "800 lumens"], (500, 1500)),
    ("blender", "blenders", "Jug size", ["1 litre", "1.5 litres", "2 litres"], (1800, 4200)),
    ("alarm clock", "alarm clocks", "Alarms", ["1 alarm", "2 alarms", "3 alarms"], (150, 600)),
    ("radio", "radios", "Battery life", ["12 hours", "20 hours", "30 hours", "40 hours"], (300, 1400)),
    ("armchair", "armchairs", "Seat width", ["52 cm", "56 cm", "60 cm"], (14000, 32000)),
    (
        "board game",
        "board games",
        "Players",
        ["2 to 4 players", "2 to 6 players", "3 to 8 players"],
        (600, 1900),
    ),
    ("camera", "cameras", "Sensor", ["16 megapixels", "20 megapixels", "24 megapixels"], (300, 900)),
    ("umbrella", "umbrellas", "Canopy", ["95 cm", "105 cm", "120 cm"], (250, 700)),
    (
        "sewing machine",
        "sewing machines",
        "Stitches",
        ["24 stitches", "40 stitches", "60 stitches"],
        (5000, 9000),
    ),
    (
        "vacuum cleaner",
        "vacuum cleaners",
        "Run time",
        ["25 minutes", "40 minutes", "60 minutes"],
        (2200, 5400),
    ),
    ("headphones", "headphones", "Battery life", ["18 hours", "30 hours", "45 hours"], (180, 320)),
    ("school bag", "school bags", "Volume", ["18 litres", "22 litres", "26 litres"], (500, 1100)),
    ("fan", "fans", "Speeds", ["3 speeds", "5 speeds", "8 speeds"], (1500, 4000)),
    ("scooter", "scooters", "Wheel size", ["120 mm", "145 mm", "200 mm"], (2800, 6000)),
    ("teapot", "teapots", "Capacity", ["4 cups", "6 cups", "8 cups"], (400, 1200)),
]
NAME_PARTS = _w("""Halden, Corvo, Brisa, Talon, Mirel, Orla, Pendle, Quill, Rivo, Selka, Tamsin, Umbra,
Velo, Wexley, Yarrow, Zephra, Alder, Bexley, Calder, Dorrit, Embry, Fennick, Gorse, Harlow, Islay,
Jory, Kestle, Lumen, Morrow, Nesta, Ostra, Perrin, Rowan, Sorrel, Tarka, Verity, Wick, Linnet""")
NAME_SUFFIX = ["1", "2", "3", "Mini", "Plus", "Pro", "Lite", "S", "XL", "200", "350", "500", "Go", "Max"]
SHOPS = _w("""Brightwell Books, Corner Hardware, Fairprice Foods, Greenleaf Garden Centre, Hilltop Cycles,
Kettle & Co, Lantern Toys, Mapleleaf Pharmacy, Northgate Music, Oakhill Opticians, Riverside Bakery,
Sunny Day Shoes, Tallpine Pets, Willowby Electricals""")
ROLES = _w("Manager, Head Librarian, Duty Manager, Branch Lead, Supervisor, Head Coach, Site Lead")
FACILITIES = _w("""a cafe, a children's corner, free wifi, a photocopier, baby changing, a bike rack,
a quiet room, lockers, a meeting room, a lift, accessible toilets, a reading garden""")
PLACES = [
    # (sheet title, member word, item word, loan verb phrase)
    ("library", "Reading Club members", "books", "borrowed"),
    ("toy library", "Family Pass holders", "toys", "borrowed"),
    ("tool library", "Workshop members", "tools", "borrowed"),
    ("music library", "Gold card holders", "records", "borrowed"),
]


# Invented names that the tokenizer splits into several pieces ("Brakkelmoor 3", "VentaCrest"). A name
# that is one familiar token is easy to find again; a new company's product and place names are not,
# and a model that only ever practised on familiar names fails to match them (measured: with the
# passage "TrailLite 1 (TL1-24) ... List price: $289.00" it answered a code, with "Halden 2" the price).
_ONSETS = _w("b, br, c, cr, d, dr, f, fl, g, gr, h, k, kl, l, m, n, p, pr, qu, r, s, sk, st, t, tr, v, w, z")
_VOWELS = _w("a, e, i, o, u, ae, ai, ea, ee, oa, ou, y")
_CODAS = _w("-, -, -, n, r, l, m, s, k, x, th, rk, nd, st, ll, rn")
_TAILS = _w("""lite, crest, moor, fell, gard, wick, vale, ridge, pike, glide, dale, mark, stone, wind, brook,
haven, field, peak, line, tor, burn, mere, ward, holt""")
_PLACE_WORDS = _w("Falls, Crossing, Ridge, Hollow, Lake, Green, Bridge, Heath, Point, Springs")


def _syllable(r: random.Random) -> str:
    coda = r.choice(_CODAS)
    return r.choice(_ONSETS) + r.choice(_VOWELS) + ("" if coda == "-" else coda)


def _domain_words() -> set[str]:
    """Lower-case words of the AnyCompany world, which the general corpus must never contain."""
    from . import gen_domain as D

    names = [p["name"] for p in D.PRODUCTS] + [s["town"] for s in D.STORES] + [t["term"] for t in D.TERMS]
    words = {w.lower() for n in names for w in n.replace("-", " ").split() if len(w) > 3}
    return words | {"anycompany", "warranty", "traillite", "summit", "trail"}


_BANNED: set[str] = set()


def novel_word(r: random.Random) -> str:
    """An invented capitalised word, sometimes two parts written together ("VentaCrest"); never a word
    of the course's fictional company."""
    if not _BANNED:
        _BANNED.update(_domain_words())
    while True:
        w = _syllable(r) + ("" if r.random() < 0.7 else _syllable(r)) + r.choice(_TAILS + [""] * 8)
        if r.random() < 0.25:
            w = w.capitalize() + r.choice(_TAILS).capitalize()
        w = w[0].upper() + w[1:]
        low = w.lower()
        if 4 <= len(w) <= 13 and not any(b in low for b in _BANNED):
            return w


def _product_name(r: random.Random) -> str:
    first = r.choice(NAME_PARTS) if r.random() < 0.35 else novel_word(r)
    return f"{first} {r.choice(NAME_SUFFIX)}"


def _town(r: random.Random) -> str:
    if r.random() < 0.4:
        return r.choice(TOWNS)
    return novel_word(r) + ("" if r.random() < 0.5 else " " + r.choice(_PLACE_WORDS))


def _person(r: random.Random) -> str:
    surname = r.choice(SURNAMES) if r.random() < 0.5 else novel_word(r)
    return f"{r.choice(NAMES_F + NAMES_M)} {surname}"


def _money(r: random.Random, lo: int, hi: int) -> str:
    cents = r.choice([0, 0, 50, 99, 95, 49, 25])
    return f"${r.randint(lo, hi)}.{cents:02d}"


def _weight(g: int) -> str:
    return f"{g / 1000:.2f} kg" if g >= 1000 else f"{g} g"


def _code(r: random.Random, letters: int = 2, digits: int = 2) -> str:
    a = "".join(r.choice("ABCDEFGHJKLMNPRSTVWXZ") for _ in range(letters))
    return f"{a}-{r.randint(10 ** (digits - 1), 10**digits - 1)}"


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _hours(r: random.Random) -> str:
    o, c = r.choice([7, 8, 9, 10]), r.choice([4, 5, 6, 7, 8])
    if r.random() < 0.5:
        return f"{o}:00 am to {c}:00 pm"
    return f"{o} am to {c} pm"


def _ask(r: random.Random, q: str, c: str) -> str:
    w = r.choice(WRAPPERS)
    return w.format(Q=q, q=q[0].lower() + q[1:], c=c)


def product_sheet(r: random.Random):
    sing, plur, cap_label, caps, (glo, ghi) = r.choice(PRODUCTS)
    name = _product_name(r)
    code = _code(r, 2, 3)
    price = _money(r, 9, 480)
    grams = r.randint(glo, ghi) // 10 * 10
    cap = r.choice(caps)
    colours = r.sample(
        _w("Red, Navy, Sage, Cream, Charcoal, Teal, Mustard, Plum, White, Black, Coral, Olive"), 2
    )
    years = r.randint(1, 6)
    rating, reviews = f"{r.randint(30, 49) / 10:.1f}", r.randint(12, 980)
    parts = _code(r, 3, 2)
    released = f"{r.choice(SEASONS)} {r.randint(2015, 2025)}"
    fields = [
        (
            f"List price: {price}.",
            (f"What is the list price of the {name}?", f"what the {name} costs", price),
        ),
        (
            f"Weight: {_weight(grams)}.",
            (f"How much does the {name} weigh?", f"what the {name} weighs", _weight(grams)),
        ),
        (
            f"{cap_label}: {cap}.",
            (
                f"What is the {cap_label.lower()} of the {name}?",
                f"the {cap_label.lower()} of the {name}",
                cap,
            ),
        ),
        (
            f"Colours: {_join(colours)}.",
            (f"Which colours does the {name} come in?", f"which colours the {name} comes in", _join(colours)),
        ),
        (
            f"Guarantee: {years} years.",
            (
                f"How long is the {name}'s guarantee?",
                f"how long the guarantee on the {name} lasts",
                f"{years} years",
            ),
        ),
        (
            f"Average rating {rating} out of 5 from {reviews} reviews.",
            (
                f"What is the average rating of the {name}?",
                f"the average rating of the {name}",
                f"{rating} out of 5",
            ),
        ),
        (
            f"Spare-parts code: {parts}.",
            (
                f"What is the spare-parts code for the {name}?",
                f"which code orders spare parts for the {name}",
                parts,
            ),
        ),
        (
            f"First released in {released}.",
            (f"When was the {name} first released?", f"when the {name} came out", released),
        ),
    ]
    r.shuffle(fields)
    kept = fields[: r.randint(4, 8)]
    line = r.choice(NAME_PARTS) if r.random() < 0.5 else novel_word(r)
    kind = ("an " if sing[0] in "aeiou" else "a ") + sing
    head = r.choice(
        [
            f"{name} ({code}) is {kind} from the {line} range.",
            f"{name} ({code}) is {kind} in the {line} line.",
        ]
    )
    context = " ".join([head] + [f for f, _ in kept])
    qs = [(f"What is the model code of the {name}?", f"the model code of the {name}", code)]
    qs += [qa for _, qa in kept]
    return context, qs, plur


def branch_sheet(r: random.Random):
    shop, town = r.choice(SHOPS), _town(r)
    code = _code(r, 1, 3)
    addr = f"{r.randint(2, 180)} {r.choice(STREETS)}"
    wk, sat = _hours(r), _hours(r)
    sun = r.choice(["closed", "10 am to 4 pm", "11 am to 3 pm"])
    role = r.choice(ROLES)
    lead = _person(r)
    ext = str(r.randint(100, 899))
    opened = str(r.randint(1968, 2024))
    parking = str(r.randint(6, 140))
    fac = r.sample(FACILITIES, 2)
    sents = [
        f"The {town} branch of {shop} (branch code {code}) is at {addr}, {town}.",
        f"Opening hours: Monday to Friday {wk}; Saturday {sat}; Sunday {sun}.",
        f"Phone extension: {ext}.",
        f"{role}: {lead}.",
        f"On site: {_join(fac)}.",
        f"Opened in {opened}, the branch has {parking} parking spaces.",
    ]
    qs = [
        (f"What is the branch code of the {town} branch?", f"the branch code of the {town} branch", code),
        (f"Where is the {town} branch?", f"where the {town} branch is", f"{addr}, {town}"),
        (f"What are the Saturday opening hours in {town}?", f"when the {town} branch opens on Saturday", sat),
        (f"Who is the {role.lower()} of the {town} branch?", f"who the {role.lower()} in {town} is", lead),
        (
            f"What is the phone extension for the {town} branch?",
            f"which extension reaches the {town} branch",
            ext,
        ),
        (f"When did the {town} branch open?", f"when the {town} branch opened", opened),
        (
            f"How many parking spaces does the {town} branch have?",
            f"how many parking spaces the {town} branch has",
            parking,
        ),
    ]
    return " ".join(sents), qs, None


def rules_sheet(r: random.Random):
    place, members, items, verb = r.choice(PLACES)
    town = _town(r)
    days, mdays = r.choice([7, 14, 21, 28]), r.choice([28, 35, 42])
    fee = f"${r.randint(0, 2)}.{r.choice([10, 20, 25, 50, 75]):02d}"
    limit = str(r.randint(3, 15))
    prefix = "".join(r.choice("ABCDEFGHKLMNPRSTW") for _ in range(2))
    expiry = f"{r.choice([12, 18, 24, 36])} months"
    day = r.choice(DAYS[:6])
    sents = [
        f"{town} {place} rules.",
        f"{items.capitalize()} can be {verb} for {days} days; {members} have {mdays} days.",
        f"Late returns cost {fee} per item per day.",
        f"Each card can hold up to {limit} {items} at a time.",
        f"Card numbers begin with {prefix}.",
        f"Cards expire after {expiry} without use.",
        f"The {place} is closed on {day} mornings for restocking.",
    ]
    qs = [
        (
            f"For how many days can {items} be {verb}?",
            f"how many days {items} can be {verb} for",
            f"{days} days",
        ),
        (f"How long do {members} have?", f"how long {members} can keep {items}", f"{mdays} days"),
        ("What is the late fee?", f"what a late return costs per day at the {town} {place}", fee),
        (f"How many {items} can one card hold?", f"how many {items} one card can hold", limit),
        ("What do card numbers begin with?", "what card numbers begin with", prefix),
        ("When do cards expire?", "how long an unused card lasts", expiry),
        (f"On which morning is the {place} closed?", f"which morning the {place} is closed", day),
    ]
    return " ".join(sents), qs, None


EVENTS = [
    # (event name, venue word, topics)
    ("Story time", "library", ["Animals of the forest", "Stories from the sea", "Tales of the moon"]),
    ("Repair cafe", "community hall", ["Fixing a bicycle puncture", "Mending clothes", "Sharpening tools"]),
    ("Chess club", "library", ["Opening moves", "Endgames for beginners", "Playing against the clock"]),
    ("Baking class", "bakery", ["Bread for beginners", "Fruit pies", "Biscuits with children"]),
    ("Swimming lesson", "pool", ["Floating and kicking", "Back stroke", "Diving safely"]),
    ("Garden workshop", "garden centre", ["Planting bulbs", "Growing tomatoes", "Pruning roses"]),
]


def event_sheet(r: random.Random):
    """A recurring event at one venue: day, time, length, seats and a booking code."""
    event, venue, topics = r.choice(EVENTS)
    town = _town(r)
    day = r.choice(DAYS)
    time = f"{r.randint(1, 7)}:{r.choice(['00', '30'])} pm"
    minutes, seats = str(r.choice([45, 60, 90, 120])), str(r.randint(6, 30))
    topic = r.choice(topics)
    booking = f"{_code(r, 3, 2)[:3]}-{_code(r, 2, 2)}"
    host = r.choice(ROLES)
    sents = [
        f"{event} at the {town} {venue} runs every {day} at {time}.",
        f'This season\'s topic is "{topic}".',
        f"Each session lasts {minutes} minutes and has {seats} seats.",
        f"Booking code: {booking}.",
        f"The {venue}'s {host} leads every session.",
    ]
    where = f"{event.lower()} in {town}"
    qs = [
        (f"On which day is {where}?", f"what day of the week {where} is", day),
        (f"What time does {where} start?", f"what time {where} starts", time),
        (f"How many minutes does {where} last?", f"how long a session of {where} lasts in minutes", minutes),
        (f"How many seats does {where} have?", f"how many seats {where} has", seats),
        (f"Which code books {where}?", f"which booking code to quote for {where}", booking),
        (f"What is this season's topic for {where}?", f"this season's topic for {where}", topic),
    ]
    return " ".join(sents), qs, None


RECALL_THEMES = [
    # (title, key kind, question about x, clause about x, value maker)
    (
        "Locker numbers",
        "person",
        "What is {x}'s locker number?",
        "{x}'s locker number",
        lambda r: str(r.randint(100, 999)),
    ),
    (
        "Room bookings",
        "person",
        "Which room is {x} in?",
        "which room {x} is in",
        lambda r: f"Room {r.randint(1, 60)}",
    ),
    (
        "Parcel codes",
        "person",
        "What is the code on {x}'s parcel?",
        "the code on {x}'s parcel",
        lambda r: _code(r, 2, 3),
    ),
    (
        "Phone extensions",
        "person",
        "What is {x}'s extension?",
        "{x}'s phone extension",
        lambda r: str(r.randint(200, 899)),
    ),
    (
        "Favourite colours",
        "person",
        "What is {x}'s favourite colour?",
        "{x}'s favourite colour",
        lambda r: r.choice(_w("red, blue, green, yellow, orange, purple, pink, grey, teal, gold, silver")),
    ),
    ("Shelf prices", "product", "How much is the {x}?", "how much the {x} costs", lambda r: _money(r, 2, 90)),
    (
        "Stock codes",
        "product",
        "What is the stock code of the {x}?",
        "the stock code of the {x}",
        lambda r: _code(r, 3, 2),
    ),
    (
        "Bus stops",
        "town",
        "Which stop does the bus to {x} leave from?",
        "which stop the bus to {x} leaves from",
        lambda r: f"stop {r.choice('ABCDEFGHJK')}{r.randint(1, 9)}",
    ),
    (
        "Train platforms",
        "town",
        "Which platform does the train to {x} use?",
        "which platform the {x} train uses",
        lambda r: f"platform {r.randint(1, 14)}",
    ),
]


def recall_list(r: random.Random):
    """A list of keys and values (locker numbers, stock codes, platforms) and questions about some of
    them. Nothing but the list can answer them, so the only way to predict an answer is to find the
    key in the passage and copy what follows it: the skill that reading a retrieved passage needs."""
    title, kind, q_tpl, c_tpl, value = r.choice(RECALL_THEMES)
    n = r.randint(4, 8)
    if kind == "person":
        keys = r.sample(NAMES_F + NAMES_M, n)
    elif kind == "product":
        keys = list(dict.fromkeys(_product_name(r) for _ in range(n)))
    else:
        keys = list(dict.fromkeys(_town(r) for _ in range(n)))
    values = []
    for _ in keys:
        v = value(r)
        while v in values:
            v = value(r)
        values.append(v)
    body = " ".join(f"{k}: {v}." for k, v in zip(keys, values))
    context = f"{title}. {body}"
    qs = [(q_tpl.format(x=k), c_tpl.format(x=k), v) for k, v in zip(keys, values)]
    return context, qs, None


SHEETS = [product_sheet, product_sheet, branch_sheet, rules_sheet, event_sheet, recall_list, recall_list]


def make_sheet_qa(r: random.Random, n_questions: int) -> tuple[str, list[tuple[str, str]]]:
    """One reference document and ``n_questions`` distinct questions about it, each phrased in one of
    many ways (direct, or wrapped: "Can you tell me ...?")."""
    context, qs, _ = r.choice(SHEETS)(r)
    chosen = r.sample(qs, min(n_questions, len(qs)))
    out = []
    for q, c, a in chosen:
        assert a in context, (a, context)
        out.append((_ask(r, q, c), a))
    return context, out


# ----------------------------------------------------------------------------- copy drills
COPY_FRAMES = [
    ("The teacher read out a list: {a}. The class wrote it down: {b}.", "list"),
    ("Shopping list: {a}. Reading it back: {b}.", "list"),
    ("Say these words in order: {a}. You said: {b}.", "list"),
    ("Today's code words: {a}. Once more, the code words: {b}.", "list"),
    ("Packing list: {a}. Checked and packed: {b}.", "list"),
    ("Spelling test words: {a}. Repeat after me: {b}.", "list"),
]


def _copy_words(r: random.Random) -> list[str]:
    pools = [
        G.FRUITS,
        G.VEGETABLES,
        G.WILD_ANIMALS,
        G.BIRDS,
        G.COLOURS,
        G.TOOLS,
        G.TOYS,
        G.FLOWERS,
        G.TREES,
        G.SCHOOL_ITEMS,
        NAMES_F,
        NAMES_M,
        TOWNS,
        G.INSTRUMENTS,
        G.SPORTS,
        G.KITCHEN,
    ]
    words: list[str] = []
    for pool in r.sample(pools, r.randint(2, 5)):
        words += r.sample(pool, r.randint(1, 4))
    r.shuffle(words)
    return words[: r.randint(4, 14)]


def copy_drill(r: random.Random) -> str:
    """A random list of words, then the same list again: the second copy can only be predicted by
    looking back at the first. Training on these makes a small model form "induction heads", the
    attention circuit that finds an earlier occurrence and copies what followed it; reading an
    answer out of a passage is built on that circuit (without it the model only guesses)."""
    frame, _ = r.choice(COPY_FRAMES)
    words = ", ".join(_copy_words(r))
    return frame.format(a=words, b=words)
