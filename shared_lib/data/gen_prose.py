"""Reading practice in the shapes of a company's prose pages: care and safety guides, repair terms,
staff roles, glossaries, policies, rate cards and delivery options, about invented everyday services.

``gen_reading`` teaches "label: value" fact sheets. A company's help pages are mostly prose instead:
"Re-oil the chain every 300 km", "Nobody under 16 may hire a canoe", "Desk Runners wear a teal apron
on shift". A small model that never practised that shape answers such questions from habit (measured:
0 of 97 knowledge-base questions on these kinds, even with the right passage in its prompt).

Three rules make the practice teach *reading* rather than memorising:

- **every value is drawn at random** over a wide range, so no answer can be guessed from the question;
- **a page holds several facts of the same type** (three prices, two durations), so finding the right
  one needs the question's words matched to the sentence, not just the answer's type;
- **questions paraphrase the page** ("How often should the chain be oiled?" for "Re-oil the chain every
  300 km"), with several phrasings per fact.

Subjects, services and roles are everyday things (bicycles, pools, libraries, kitchens) and invented
names; none is a word of the course's fictional company (``gen_reading.novel_word`` guards that), so
the closed-book score on the company's questions stays at zero.

Each page maker returns ``(context, [(question, clause, answer), ...])``; every answer occurs in the
context, and ``make_prose_qa`` wraps the questions in ``gen_reading``'s many ways of asking.
"""

from __future__ import annotations

import functools
import random

from .gen_general import SURNAMES, _w
from .gen_reading import _ask, _domain_words, _money, _person, _town, novel_word

# (thing, part, verb, past participle, noun phrase of the job)
CARE = [
    ("bicycle", "chain", "oil", "oiled", "chain oiling"),
    ("bicycle", "brake pads", "replace", "replaced", "brake pad change"),
    ("sewing machine", "needle", "change", "changed", "needle change"),
    ("coffee machine", "water filter", "replace", "replaced", "filter change"),
    ("coffee machine", "boiler", "descale", "descaled", "descaling"),
    ("aquarium", "filter sponge", "rinse", "rinsed", "sponge rinse"),
    ("piano", "strings", "tune", "tuned", "tuning"),
    ("lawnmower", "blade", "sharpen", "sharpened", "blade sharpening"),
    ("smoke alarm", "battery", "test", "tested", "battery test"),
    ("fridge", "door seal", "clean", "cleaned", "seal cleaning"),
    ("guitar", "strings", "change", "changed", "string change"),
    ("dishwasher", "filter", "clean", "cleaned", "filter clean"),
    ("car", "tyre pressure", "check", "checked", "pressure check"),
    ("printer", "print head", "clean", "cleaned", "head cleaning"),
    ("skateboard", "bearings", "grease", "greased", "bearing service"),
    ("wooden table", "surface", "wax", "waxed", "waxing"),
    ("vacuum cleaner", "dust filter", "wash", "washed", "filter wash"),
    ("hot tub", "water", "change", "changed", "water change"),
    ("swimming pool", "pump basket", "empty", "emptied", "basket emptying"),
    ("violin", "bow hair", "replace", "replaced", "rehair"),
    ("sourdough starter", "flour", "feed", "fed", "feeding"),
    ("leather sofa", "leather", "condition", "conditioned", "conditioning"),
    ("chimney", "flue", "sweep", "swept", "sweep"),
    ("bathroom fan", "grille", "dust", "dusted", "grille dusting"),
]
CARE_UNITS = [
    ("days", 2, 60),
    ("weeks", 2, 26),
    ("months", 2, 36),
    ("hours of use", 10, 500),
    ("kilometres", 100, 5000),
    ("washes", 5, 80),
    ("uses", 3, 120),
    ("nights of use", 10, 90),
]

# (thing, state clause for "leave ... <state>", question form "stay <state2>")
LIMITS = [
    ("milk", "out of the fridge", "out of the fridge"),
    ("a wet umbrella", "rolled up", "rolled up"),
    ("cut flowers", "without fresh water", "without fresh water"),
    ("a cast-iron pan", "wet", "wet"),
    ("paint brushes", "standing in water", "in water"),
    ("cooked rice", "at room temperature", "at room temperature"),
    ("a laptop", "in a hot car", "in a hot car"),
    ("wet laundry", "in the machine", "in the machine"),
    ("a sleeping puppy", "home alone", "alone"),
    ("bread dough", "to rise", "rising"),
    ("fresh fish", "unrefrigerated", "unrefrigerated"),
    ("a phone battery", "fully drained", "empty"),
    ("houseplants", "without water", "without water"),
    ("a parked scooter", "unlocked", "unlocked"),
]
LIMIT_UNITS = [("minutes", 5, 90), ("hours", 2, 72), ("days", 2, 30), ("weeks", 2, 12)]

# safety: (sentence with {v}, questions, clauses, value maker key)
SAFETY = [
    (
        "Keep portable heaters at least {v} away from curtains and bedding.",
        [
            "How far from curtains should a portable heater be kept?",
            "What gap is needed between a heater and bedding?",
        ],
        ["how far a heater must stay from curtains", "how much space to leave around a portable heater"],
        "dist",
    ),
    (
        "Set up the barbecue at least {v} from any fence or shed.",
        [
            "How far from a fence should a barbecue be set up?",
            "What is the minimum distance between a barbecue and a shed?",
        ],
        ["how far a barbecue must be from a fence"],
        "dist",
    ),
    (
        "Stand at least {v} back from the edge of the platform.",
        [
            "How far from the platform edge should you stand?",
            "What distance should passengers keep from the edge?",
        ],
        ["how far back from the platform edge to stand"],
        "dist",
    ),
    (
        "Store paint tins somewhere that stays below {v}.",
        [
            "What is the highest temperature paint tins may be stored at?",
            "Below what temperature should paint be stored?",
        ],
        ["the maximum storage temperature for paint", "how warm a paint store may get"],
        "temp",
    ),
    (
        "Keep the freezer at {v} or colder.",
        ["What temperature should the freezer be kept at?", "How cold must the freezer be?"],
        ["what temperature the freezer should run at"],
        "cold",
    ),
    (
        "In hot weather, runners should drink about {v} of water every hour.",
        [
            "How much water per hour should runners drink in hot weather?",
            "What is the recommended hourly water intake on a hot run?",
        ],
        ["how much water a runner needs each hour in the heat"],
        "litres",
    ),
    (
        "Children under {v} must wear a helmet on the track.",
        [
            "Up to what age must children wear a helmet on the track?",
            "Below which age is a helmet required on the track?",
        ],
        ["the age below which a helmet is required"],
        "age",
    ),
    (
        "Lifeguards check the water every {v} during busy sessions.",
        [
            "How often do lifeguards check the water in busy sessions?",
            "At what interval is the water checked when the pool is busy?",
        ],
        ["how often the lifeguards check the water"],
        "mins",
    ),
    (
        "If a walker has not returned {v} after the planned time, phone the warden.",
        [
            "How long after the planned time should you phone the warden?",
            "When should the warden be called about a late walker?",
        ],
        ["how long to wait before phoning the warden about a late walker"],
        "hours",
    ),
    (
        "Wait until the iron is {v} before putting it away.",
        ["How cool should the iron be before it is put away?", "When can the iron be put away?"],
        ["when the iron may be stored"],
        "state",
    ),
    (
        "Leave a burnt pan to soak until the water is {v}.",
        ["How long should a burnt pan soak?", "Until when should the burnt pan be left to soak?"],
        ["how long a burnt pan needs to soak"],
        "state",
    ),
    (
        "Ladders must not be climbed higher than {v} from the top.",
        ["How close to the top of a ladder may you climb?", "What is the highest rung you may stand on?"],
        ["how near the top of a ladder you may climb"],
        "rungs",
    ),
]
STATES = _w("""cool to the touch, completely dry, lukewarm, fully cold, clear of suds, bone dry, clean and dry,
no longer steaming, at room temperature""")


def _safety_value(r: random.Random, key: str) -> str:
    if key == "dist":
        return r.choice(
            [f"{r.randint(1, 15)} metres", f"{r.randint(2, 9) * 10} cm", f"{r.randint(2, 30)} feet"]
        )
    if key == "temp":
        return f"{r.randint(18, 45)} °C"
    if key == "cold":
        return f"-{r.randint(12, 24)} °C"
    if key == "litres":
        return f"{r.randint(2, 12) / 10:.1f} litres".replace("1.0 litres", "1 litre")
    if key == "age":
        return f"{r.randint(8, 16)} years old"
    if key == "mins":
        return f"{r.randint(5, 45)} minutes"
    if key == "hours":
        return f"{r.randint(2, 8)} hours"
    if key == "rungs":
        return f"{r.randint(2, 4)} rungs"
    return r.choice(STATES)


ROLE_A = _w(
    "Lane, Desk, Floor, Kitchen, Stage, Ticket, Pool, Studio, Garden, Ferry, Gallery, Crew, Court, Yard"
)
ROLE_B = _w("Host, Steward, Runner, Marshal, Keeper, Captain, Porter, Usher, Mentor, Coordinator, Assistant")
COLOURS = _w("""teal, orange, yellow, purple, navy, maroon, grey, lime, sky-blue, white, black, pink, olive,
gold, scarlet, bottle-green""")
GARMENTS = _w("apron, lanyard, cap, armband, polo shirt, fleece, tabard, bandana, bib, badge, waistcoat")
DUTIES = _w("""greets visitors and checks tickets, sets up the lanes before opening, runs the cloakroom,
keeps the stock room in order, leads the morning briefing, looks after lost property, trains volunteers,
answers the phones, cleans and checks the equipment, opens and locks the building, handles bookings""")

# repair services and their categories
SERVICES = _w("""puncture repair, wheel truing, zip replacement, heel rebuild, screen swap, hem shortening,
strap stitching, key cutting, watch battery change, lens refit, chain replacement, sole regluing,
button replacement, frame straightening, cable swap, handle refit""")
CATEGORIES = _w("""bicycles, watches, kettles, prams, sewing machines, lamps, suitcases, radios, toasters,
clocks, scooters, fans, mixers, cameras""")

# rate cards and delivery sheets: (label, question, clause), {i} = the item
RENT_ITEMS = _w("""canoe, projector, ladder, drill, tandem, lawnmower, easel, pressure washer, trailer,
keyboard, paddleboard, telescope, tuxedo, carpet cleaner, bouncy castle, marquee""")
DAY_RATE = [
    ("Daily rate", "What is the daily rate to hire a {i}?", "what the daily rate to hire a {i} is"),
    ("Day rate", "How much does it cost per day to hire a {i}?", "how much a {i} costs per day"),
    ("Price per day", "What does one day's hire of a {i} cost?", "what one day's hire of a {i} costs"),
    ("One day", "What does a {i} cost for one day?", "the one-day price of a {i}"),
]
WEEKEND = [
    ("Weekend price", "What does a weekend with a {i} cost?", "what a weekend with a {i} costs"),
    ("Weekend deal", "How much is the weekend deal for a {i}?", "how much the weekend deal for a {i} is"),
    ("Two-day price", "What is the two-day price for a {i}?", "what the two-day price for a {i} is"),
]
WEEK = [
    ("Weekly rate", "What does it cost to hire a {i} for a week?", "the weekly rate for a {i}"),
    ("Seven days", "How much is a week's hire of a {i}?", "how much a {i} costs for seven days"),
]
DEPOSIT = [
    ("Deposit", "How big is the deposit for a {i}?", "how big the deposit for a {i} is"),
    ("Refundable deposit", "What deposit do I pay to hire a {i}?", "what deposit I pay to hire a {i}"),
    (
        "Security deposit",
        "How much is the security deposit on a {i}?",
        "how much the security deposit on a {i} is",
    ),
]
FILLER = [
    "Staff check every item between hires.",
    "Bookings open six weeks ahead.",
    "Busy weekends fill up first.",
    "A short demonstration is given at pickup.",
    "Tracking details follow by email.",
    "Photo ID is needed at the counter.",
    "Prices include cleaning.",
    "Ask at the desk for help choosing.",
    "Regular visitors can join the mailing list.",
    "Opening times change on public holidays.",
    "Card payments only.",
]


def _units(r: random.Random, table) -> str:
    unit, lo, hi = r.choice(table)
    n = r.randint(lo, hi)
    if unit == "kilometres" and n >= 1000:
        return f"{n // 100 * 100:,} {unit}"
    return f"{n} {unit}"


@functools.cache
def _company_words() -> frozenset[str]:
    """The company's words, built once (``_domain_words`` rebuilds them on every call)."""
    return frozenset(_domain_words())


def _place(r: random.Random) -> str:
    """A town name that is not one of the company's store towns (the general corpus has a few)."""
    while True:
        town = _town(r)
        if not _company_words().intersection(town.lower().split()):
            return town


def _distinct(r: random.Random, make, n: int) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        v = make()
        if v not in out:
            out.append(v)
    return out


def care_guide(r: random.Random):
    thing = r.choice(sorted({c[0] for c in CARE}))
    jobs = [c for c in CARE if c[0] == thing] + r.sample(CARE, 2)
    jobs = list(dict.fromkeys(jobs))[: r.randint(2, 3)]
    sents, qs = [f"Care guide: {thing}s." if r.random() < 0.5 else f"Looking after your {thing}."], []
    vals = _distinct(r, lambda: _units(r, CARE_UNITS), len(jobs))
    for (obj, part, verb, done, job), v in zip(jobs, vals):
        sents.append(
            r.choice(
                [
                    f"{verb.capitalize()} the {part} every {v}.",
                    f"The {part} of a {obj} should be {done} every {v}.",
                    f"Plan a {job} every {v}.",
                    f"Make sure the {part} is {done} after every {v}.",
                ]
            )
        )
        qs.append(
            (
                r.choice(
                    [
                        f"How often should the {part} be {done}?",
                        f"How often does a {obj}'s {part} need a {job}?",
                        f"After how much use should I {verb} the {part}?",
                        f"When is a {job} due?",
                    ]
                ),
                r.choice(
                    [f"how often the {part} needs to be {done}", f"how often to {verb} the {obj}'s {part}"]
                ),
                v,
            )
        )
    lim = r.choice(LIMITS)
    lv = _units(r, LIMIT_UNITS)
    sents.append(
        r.choice(
            [
                f"Never leave {lim[0]} {lim[1]} for more than {lv}.",
                f"Do not leave {lim[0]} {lim[1]} longer than {lv}.",
            ]
        )
    )
    qs.append(
        (
            r.choice(
                [
                    f"How long can {lim[0]} stay {lim[2]}?",
                    f"What is the longest {lim[0]} may be left {lim[1]}?",
                ]
            ),
            f"how long {lim[0]} can be left {lim[1]}",
            lv,
        )
    )
    sents += r.sample(FILLER, r.randint(0, 2))
    return sents[:1] + r.sample(sents[1:], len(sents) - 1), qs


def safety_guide(r: random.Random):
    picks = r.sample(SAFETY, r.randint(3, 4))
    sents, qs = [r.choice(["Safety notes.", "Safety guide: at home and out.", "Stay safe: the basics."])], []
    for sent, questions, clauses, key in picks:
        v = _safety_value(r, key)
        sents.append(sent.format(v=v))
        qs.append((r.choice(questions), r.choice(clauses), v))
    sents += r.sample(FILLER, r.randint(0, 1))
    return sents[:1] + r.sample(sents[1:], len(sents) - 1), qs


def _role(r: random.Random) -> str:
    return (
        f"{r.choice(ROLE_A)} {r.choice(ROLE_B)}"
        if r.random() < 0.7
        else f"{novel_word(r)} {r.choice(ROLE_B)}"
    )


def staff_role(r: random.Random):
    role, boss = _role(r), _role(r)
    while boss == role:
        boss = _role(r)
    kit = f"{r.choice(COLOURS)} {r.choice(GARMENTS)}"
    hours = f"{r.randint(4, 90)} hours"
    weeks = f"{r.randint(2, 8)} weeks"
    plural = role + "s"
    sents = [
        f"Staff role: {role}.",
        f"A {role} {r.choice(DUTIES)}.",
        r.choice(
            [
                f"{plural} wear a {kit} on shift and complete {hours} of training before working alone.",
                f"On shift a {role} wears a {kit}. Training takes {hours} before working alone.",
            ]
        ),
        f"The role reports to the {boss}.",
        f"New starters shadow a colleague for {weeks}.",
    ]
    qs = [
        (
            r.choice([f"What does a {role} wear on shift?", f"How can I recognise a {role}?"]),
            f"what a {role} wears at work",
            kit,
        ),
        (
            r.choice(
                [f"How many hours of training does a {role} complete?", f"How long is a {role}'s training?"]
            ),
            f"how many hours of training a {role} needs",
            hours,
        ),
        (f"Who does a {role} report to?", f"who a {role} reports to", boss),
        (
            f"How long do new {plural} shadow a colleague?",
            f"how long a new {role} shadows someone",
            weeks,
        ),
    ]
    return sents, qs


def repair_terms(r: random.Random):
    name = f"the {novel_word(r)} {r.choice(['Pledge', 'Guarantee', 'Cover', 'Care Plan', 'Repair Plan'])}"
    cats = r.sample(CATEGORIES, 3)
    years = _distinct(r, lambda: f"{r.randint(1, 10)} years", 3)
    svc = r.sample(SERVICES, 3)
    prices = _distinct(r, lambda: _money(r, 3, 60), 3)
    days = f"{r.randint(2, 21)} business days"
    pct = f"{r.randint(2, 9) * 5}%"
    title = name[4:]
    sents = [
        f"{title}: the basics.",
        f"{title} covers {cats[0]} for {years[0]}, {cats[1]} for {years[1]} and {cats[2]} for {years[2]}.",
        "Outside cover, the workshop charges: " + "; ".join(f"{s}, {p}" for s, p in zip(svc, prices)) + ".",
        f"Standard turnaround is {days}.",
        f"If an item cannot be mended, you get a credit worth {pct} of its current price.",
    ]
    qs = [
        (
            r.choice(
                [f"For how many years does {title} cover {cats[i]}?", f"How long are {cats[i]} covered?"]
            ),
            f"how many years of cover {cats[i]} get",
            years[i],
        )
        for i in range(3)
    ]
    qs += [
        (
            r.choice(
                [f"What does a {svc[i]} cost outside cover?", f"How much is a {svc[i]} if it is not covered?"]
            ),
            f"what the workshop charges for a {svc[i]}",
            prices[i],
        )
        for i in range(3)
    ]
    qs += [
        ("How long does a standard repair take?", "the standard repair turnaround", days),
        (
            "How big is the credit when an item cannot be mended?",
            "what credit I get if my item cannot be mended",
            pct,
        ),
    ]
    return sents, qs


def policy(r: random.Random):
    items, verb, base = r.choice(
        [
            ("Unopened books", "returned", "return"),
            ("Concert tickets", "exchanged", "exchange"),
            ("Unworn shoes", "returned", "return"),
            ("Class passes", "refunded", "get a refund on"),
            ("Gift boxes", "swapped", "swap"),
            ("Unused vouchers", "cancelled", "cancel"),
        ]
    )
    club = f"{novel_word(r)} {r.choice(['Club', 'Circle', 'Plus', 'Friends'])} members"
    d1 = r.randint(5, 45)
    d2 = d1 + r.randint(5, 60)
    refund = f"{r.randint(2, 14)} business days"
    label = _money(r, 2, 9)
    pts = f"{r.randint(2, 60) * 50} points"
    reward = r.choice(["free coffee", "cinema ticket", "tote bag", "class pass", "gift card"])
    prefix = "".join(r.choice("ABCDEFGHKLMNPRSTW") for _ in range(2)) + "-"
    digits = r.randint(5, 9)
    sents = [
        r.choice(["Returns and refunds.", "Our policy, in short.", "Customer promise."]),
        f"{items} can be {verb} within {d1} days of purchase.",
        f"{club} have {d2} days.",
        f"Refunds reach the original payment card within {refund}.",
        f"A prepaid return label costs {label}.",
        f"Every case gets a number starting with {prefix} followed by {digits} digits.",
        f"One {reward} takes {pts}.",
    ]
    it = items.lower()
    qs = [
        (
            r.choice(
                [f"Within how many days of buying can {it} be {verb}?", f"How long do I have to {base} {it}?"]
            ),
            f"how many days after purchase {it} can be {verb}",
            f"{d1} days",
        ),
        (f"How long do {club} have?", f"how long {club} get", f"{d2} days"),
        ("How quickly are refunds paid?", "how long a refund takes to arrive", refund),
        ("What does a prepaid return label cost?", "the price of a prepaid return label", label),
        (f"How many points does a {reward} take?", f"how many points a {reward} costs", pts),
        ("How many digits follow the case prefix?", "how many digits a case number has", f"{digits} digits"),
    ]
    return sents, qs


def glossary(r: random.Random):
    terms = []
    for _ in range(r.randint(2, 3)):
        word = novel_word(r)
        kind, unit = r.choice(
            [
                ("session", "minutes"),
                ("check", "minutes"),
                ("taster", "minutes"),
                ("pass", "days"),
                ("trial", "days"),
            ]
        )
        terms.append((f"{word} {kind}", unit))
    sents, qs = ["Glossary."], []
    for (term, unit), n in zip(terms, _distinct(r, lambda: r.randint(10, 90), len(terms))):
        v = f"{n} {unit}"
        what = r.choice(["a free appointment with a staff member", "a paid booking", "a one-off visit"])
        sents.append(f"{term.capitalize()}: {what} that lasts {v}.")
        qs.append(
            (
                r.choice([f"How long does a {term} last?", f"What is the length of a {term}?"]),
                f"how long a {term} is",
                v,
            )
        )
    shelf = f"{novel_word(r)} Shelf"
    pct = f"{r.randint(1, 14) * 5}%"
    sents.append(f"{shelf}: the corner for ex-display items, at up to {pct} off.")
    qs.append((f"What is the biggest discount on the {shelf}?", f"the largest discount on the {shelf}", pct))
    return sents, qs


def rate_card(r: random.Random):
    item = r.choice(RENT_ITEMS)
    d = r.randint(5, 90)
    v = {
        "day": f"${d}.00",
        "wk": f"${d * 2 - r.choice([0, 5, 10])}.00",
        "week": f"${d * r.randint(4, 6)}.00",
        "dep": f"${r.randint(2, 40) * 5}.00",
    }
    rows = [
        (r.choice(DAY_RATE), "day"),
        (r.choice(WEEKEND), "wk"),
        (r.choice(WEEK), "week"),
        (r.choice(DEPOSIT), "dep"),
    ]
    age = r.randint(12, 21)
    at_least = r.random() < 0.5
    sents = [f"{label}: {v[k]}." for (label, _, _), k in rows]
    sents.append(
        f"Hirers must be at least {age} years old." if at_least else f"Nobody under {age} may hire a {item}."
    )
    r.shuffle(sents)
    qs = [(q.format(i=item), c.format(i=item), v[k]) for (_, q, c), k in rows]
    qs.append(
        (
            f"What is the minimum age to hire a {item}?",
            f"how old I must be to hire a {item}",
            f"{age} years old" if at_least else str(age),
        )
    )
    head = f"{item.capitalize()} hire at {_place(r)}."
    return [head] + sents + r.sample(FILLER, r.randint(0, 2)), qs


def delivery(r: random.Random):
    name = (
        f"{novel_word(r)} delivery"
        if r.random() < 0.6
        else f"{r.choice(['Economy', 'Priority', 'Courier', 'Locker', 'Evening'])} delivery"
    )
    cost = _money(r, 2, 40)
    lo = r.randint(1, 9)
    span = f"{lo} to {lo + r.randint(1, 4)} business days" if r.random() < 0.7 else f"{lo + 1} business days"
    free = _money(r, 20, 150)
    cutoff = f"{r.randint(10, 12) if r.random() < 0.3 else r.randint(1, 6)}:{r.choice(['00', '30'])} {r.choice(['am', 'pm'])}"
    keep = f"{r.randint(3, 21)} days"
    sents = [
        f"{name[0].upper() + name[1:]}.",
        r.choice(
            [f"Cost: {cost} per order.", f"Price: {cost} per parcel.", f"Charge: {cost} for each order."]
        ),
        r.choice([f"Delivery time: {span}.", f"Arrives in {span}.", f"Expect it within {span}."]),
        f"It is free on orders over {free}.",
        f"Orders must be placed by {cutoff}.",
        f"Parcels not collected are kept for {keep}.",
    ]
    q = [
        (
            r.choice([f"What is the charge for {name}?", f"How much does {name} cost?"]),
            f"the price of {name}",
            cost,
        ),
        (
            r.choice([f"How long does {name} take?", f"How many days does {name} take?"]),
            f"how long {name} takes",
            span,
        ),
        (f"Above what order value is {name} free?", f"when {name} becomes free", free),
        (f"By what time must a {name} order be placed?", f"the order cut-off for {name}", cutoff),
        (f"How long are uncollected {name} parcels kept?", "how long uncollected parcels are held", keep),
    ]
    return sents[:1] + r.sample(sents[1:], len(sents) - 1) + r.sample(FILLER, r.randint(0, 1)), q


def contact_page(r: random.Random):
    place = f"{_place(r)} {r.choice(['pool', 'library', 'studio', 'bakery', 'workshop', 'market hall', 'theatre'])}"
    lead = _person(r) if r.random() < 0.7 else f"{r.choice(SURNAMES)} {novel_word(r)}"
    role = r.choice(["Manager", "Duty Lead", "Head of Site", "Supervisor", "Team Lead"])
    ext = str(r.randint(100, 999))
    days = r.sample(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], 3)
    hours = _distinct(
        r, lambda: f"{r.randint(6, 11)}:{r.choice(['00', '30'])} am to {r.randint(3, 10)}:00 pm", 3
    )
    code = f"{''.join(r.choice('ABCDEFGHKLMNPRSTW') for _ in range(r.randint(2, 3)))}-{r.randint(1, 99):02d}"
    sents = [
        f"The {place} (site code {code}).",
        "Opening hours: " + "; ".join(f"{d} {h}" for d, h in zip(days, hours)) + ".",
        f"Call the front desk and ask for extension {ext}.",
        f"{role}: {lead}.",
    ]
    qs = [
        (f"What time is the {place} open on {d}s?", f"the {place}'s hours on {d}", h)
        for d, h in zip(days, hours)
    ][: r.randint(1, 2)]
    qs += [
        (f"Which extension reaches the {place}?", f"the extension for the {place}", ext),
        (
            r.choice([f"Who runs the {place}?", f"Who is the {role.lower()} of the {place}?"]),
            f"who leads the {place}",
            lead,
        ),
        (f"What is the site code of the {place}?", f"the {place}'s site code", code),
    ]
    return sents, qs


BUNDLE_ITEMS = _w("""teapot, two mugs, a tea towel, a cake tin, a rolling pin, a set of brushes, a sketchbook, an easel,
a pair of goggles, a swim cap, a towel, a water bottle, a bike lock, a pump, a helmet, a lunch box, a
torch, a picnic rug""")


def bundle_sheet(r: random.Random):
    name = f"{novel_word(r)} {r.choice(['Starter', 'Family', 'Weekend', 'Studio', 'Picnic', 'Swim'])} {r.choice(['Bundle', 'Set', 'Pack'])}"
    code = f"{''.join(r.choice('ABCDEFGHKLMNPRSTW') for _ in range(2))}-{''.join(r.choice('ABCDEFGHKLMNPRSTW') for _ in range(2))}"
    separate = r.randint(40, 900)
    price = separate - r.randint(3, max(4, separate // 4))
    contents = r.sample(BUNDLE_ITEMS, r.randint(3, 4))
    sents = [
        f"{name} ({r.choice(['bundle code', 'set code', 'item code'])} {code}).",
        f"Contents: {', '.join(contents[:-1])} and {contents[-1]}.",
        f"Bought separately the items cost ${separate}.00; the {name.split()[-1].lower()} price is ${price}.00.",
        f"It can be returned as a whole within {r.randint(7, 60)} days.",
    ]
    qs = [
        (
            r.choice([f"What code does the {name} have?", f"Which code do I quote for the {name}?"]),
            f"the code of the {name}",
            code,
        ),
        (f"What does the {name} cost?", f"the price of the {name}", f"${price}.00"),
        (
            f"What would the items in the {name} cost bought separately?",
            f"the separate price of everything in the {name}",
            f"${separate}.00",
        ),
    ]
    return sents, qs


PAGES = (
    bundle_sheet,
    care_guide,
    safety_guide,
    staff_role,
    repair_terms,
    policy,
    glossary,
    rate_card,
    delivery,
    contact_page,
)


def make_prose_qa(r: random.Random, n_questions: int, pages=None) -> tuple[str, list[tuple[str, str]]]:
    """One prose page (one of ``pages``, by default :data:`PAGES`) and up to ``n_questions`` questions
    about it, each asked in one of many ways."""
    sents, qs = r.choice(pages or PAGES)(r)
    context = " ".join(sents)
    picked = r.sample(qs, min(n_questions, len(qs)))
    out = []
    for q, c, a in picked:
        assert a in context, (a, context)
        out.append((_ask(r, q, c), a))
    return context, out


# ----------------------------------------------------------------------------- second set of shapes
# Written after measuring the first set: the reader then failed on value *formats* it had not practised
# (thousands separators, one-decimal weights, "N reviews", season and year, codes mixing letters and
# digits such as "SP-RC4X-27"), on sentences holding two numbers ("lasts 90 minutes and has 24 seats"),
# on graded lists ("Gold: 50%; Silver: 30%") and on membership pages (tiers, points, e-mail addresses).

SEASONS_ = ["spring", "summer", "autumn", "winter"]
THINGS = _w("""kettle, desk lamp, blender, rice cooker, air fryer, record player, sewing machine, bread maker,
speaker, projector, coffee grinder, hair dryer, food mixer, ceiling fan, office chair, bookcase""")
LINES = _w("Home, Studio, Classic, Urban, Compact, Signature, Everyday, Pro, Heritage, Nova")


def _price(r: random.Random, lo: int = 9, hi: int = 2400) -> str:
    n = r.randint(lo, hi)
    return f"${n:,}.{r.choice(['00', '00', '50', '99', '95']):s}"


def _mixed_code(r: random.Random, name: str) -> str:
    letters = "".join(w[0] for w in name.split() if w[:1].isalpha()).upper() or "X"
    digits = "".join(ch for ch in name if ch.isdigit())
    middle = letters + digits + (r.choice("XTLPS") if r.random() < 0.3 else "")
    return f"{r.choice(['SP', 'PT', 'RP', 'SV'])}-{middle}-{r.randint(10, 99)}"


def spec_sheet(r: random.Random):
    thing = r.choice(THINGS)
    name = f"{novel_word(r)} {r.choice(['', str(r.randint(2, 90)) + ' ', 'Mini ', 'Max '])}{r.choice(['', 'Plus', 'Duo', 'Lite'])}".strip()
    name = " ".join(name.split())
    grams = r.randint(150, 30000)
    weight = (
        f"{grams} g"
        if grams < 1000
        else (f"{grams / 1000:.1f} kg" if r.random() < 0.5 else f"{grams / 1000:.2f} kg")
    )
    price = _price(r)
    rating, reviews = f"{r.randint(30, 49) / 10:.1f}", f"{r.randint(8, 980)} reviews"
    released = f"{r.choice(SEASONS_)} {r.randint(2012, 2025)}"
    code = _mixed_code(r, name)
    facts = [
        (
            f"List price: {price}.",
            [
                f"How much does the {name} sell for?",
                f"What is the list price of the {name}?",
                f"What does the {name} cost?",
                f"How much is the {name}?",
            ],
            f"what the {name} costs",
            price,
        ),
        (
            f"Weight: {weight}.",
            [
                f"How heavy is the {name}?",
                f"What does the {name} weigh?",
                f"What is the weight of the {name}?",
            ],
            f"how much the {name} weighs",
            weight,
        ),
        (
            f"Average rating {rating} out of 5 from {reviews}.",
            [
                f"How many reviews does the {name} have?",
                f"How many people have reviewed the {name}?",
                f"How many customer reviews has the {name} had?",
            ],
            f"how many reviews the {name} has",
            reviews,
        ),
        (
            f"First released in {released}.",
            [
                f"When was the {name} first released?",
                f"In which season did the {name} come out?",
                f"When did the {name} launch?",
            ],
            f"when the {name} was launched",
            released,
        ),
        (
            f"Spare-parts code: {code}.",
            [
                f"Which code do I quote for {name} spare parts?",
                f"What is the spare-parts code of the {name}?",
                f"What code orders parts for the {name}?",
            ],
            f"the spare-parts code for the {name}",
            code,
        ),
    ]
    r.shuffle(facts)
    head = f"{name}: {r.choice(['product facts', 'spec sheet', 'at a glance', 'key facts'])}."
    intro = f"The {name} is a {thing} in the {r.choice(LINES)} range."
    sents = [head, intro] + [f for f, _, _, _ in facts]
    return sents, [(r.choice(qs), c, a) for _, qs, c, a in facts]


ACTIVITIES = _w("""pottery, yoga, first aid, bread baking, chess, life drawing, beginner guitar, knitting, coding,
watercolour, swimming, cycle repair, photography, choir""")


def class_page(r: random.Random):
    act, place = (
        r.choice(ACTIVITIES),
        f"{_place(r)} {r.choice(['community centre', 'library', 'studio', 'hall'])}",
    )
    day = r.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
    time = f"{r.randint(1, 11)}:{r.choice(['00', '15', '30', '45'])} {r.choice(['am', 'pm'])}"
    mins, seats = r.sample(range(10, 150), 2)
    noun = r.choice(["seats", "places", "spaces"])
    code = f"{''.join(r.choice('ABCDEFGHKLMNPRSTW') for _ in range(3))}-{''.join(r.choice('ABCDEFGHKLMNPRSTW') for _ in range(2))}-{r.randint(10, 99)}"
    sents = [
        f"{act.capitalize()} at the {place}.",
        f"Classes run every {day} at {time}.",
        f"Each class lasts {mins} minutes and has {seats} {noun}.",
        f"Booking code: {code}.",
        f"Classes cost {_price(r, 2, 40)} each.",
    ]
    qs = [
        (
            r.choice([f"On which day is the {act} class?", f"What day of the week does {act} run?"]),
            f"which day {act} runs",
            day,
        ),
        (f"What time does the {act} class start?", f"when {act} starts", time),
        (
            r.choice([f"How long does each {act} class last?", f"How many minutes is a {act} class?"]),
            f"how long a {act} class is",
            f"{mins} minutes",
        ),
        (
            r.choice(
                [
                    f"How many places are there in each {act} class?",
                    f"What is the seat limit for {act}?",
                    f"How many people fit in a {act} class?",
                ]
            ),
            f"how many people a {act} class takes",
            f"{seats} {noun}",
        ),
        (
            r.choice([f"Which code do I quote to book {act}?", f"What is the booking code for {act}?"]),
            f"the booking code for {act}",
            code,
        ),
    ]
    return sents, qs


GRADES = [
    ["Gold", "Silver", "Bronze"],
    ["Like New", "Good", "Fair"],
    ["Grade A", "Grade B", "Grade C"],
    ["Mint", "Used", "Worn"],
]


def club_page(r: random.Random):
    club = f"{novel_word(r)} {r.choice(['Club', 'Rewards', 'Circle'])}"
    tier = novel_word(r)
    spend = _price(r, 100, 5000)
    grades = r.choice(GRADES)
    pcts = sorted(r.sample(range(5, 80), 3), reverse=True)
    months = f"{r.randint(3, 36)} months"
    bonus = f"{r.randint(2, 60) * 10} bonus points"
    cap = r.randint(2, 9)
    things = r.choice(["vouchers", "gift cards", "coupons", "tokens"])
    user, domain = novel_word(r).lower(), novel_word(r).lower()
    email = f"{user}@{domain}-{r.choice(['help', 'club', 'team'])}.example"
    prefix = "".join(r.choice("ABCDEFGHKLMNPRSTW") for _ in range(2)) + "-"
    sents = [
        f"{club} overview.",
        f"Points expire {months} after they are earned.",
        f"Members receive {bonus} in their birthday month.",
        f"{tier} tier. Qualifying spend: {spend} in a calendar year.",
        "Trade-in credit: "
        + "; ".join(f"{g}: {p}% of the current price" for g, p in zip(grades, pcts))
        + ".",
        f"Up to {cap} {things} can be combined on one order.",
        f"Email {email}; replies arrive within {r.randint(2, 5)} business days.",
        f"Member numbers begin with {prefix}.",
    ]
    gi = r.randrange(3)
    qs = [
        (f"After how many months do {club} points expire?", f"when {club} points expire", months),
        ("How many bonus points do members get in their birthday month?", "the birthday bonus", bonus),
        (
            f"How much must a member spend in a year to reach {tier}?",
            f"the qualifying spend for {tier}",
            spend,
        ),
        (
            f"What percentage of the current price does a {grades[gi]} trade-in get?",
            f"the credit for a {grades[gi]} item",
            f"{pcts[gi]}%",
        ),
        (
            f"What is the maximum number of {things} per order?",
            f"how many {things} one order can use",
            f"{cap} {things}",
        ),
        (f"Which email address reaches the {club}?", f"the {club}'s email address", email),
        (f"What do {club} member numbers start with?", "the member number prefix", prefix),
    ]
    return sents[:1] + r.sample(sents[1:], len(sents) - 1), qs


PAGES_2 = (spec_sheet, class_page, club_page)
