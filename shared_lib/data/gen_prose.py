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

from .gen_general import DAYS, STREETS, SURNAMES, _w
from .gen_reading import _ask, _domain_words, _join, _money, _person, _town, novel_word

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


# ----------------------------------------------------------------------------- third set: answers in words
# Written from a list of fact types whose answer is a phrase rather than a number, which the first two
# sets ask about rarely: colours, materials, what a thing runs on, what comes in the box, who runs a
# place or a team, who a role reports to, a session's topic, what to bring, where to meet, the steps of
# a routine in order, and the conditions of a rule. Each fact is written in several sentence shapes
# ("Colours: A and B." / "It comes in A or B.") and asked in several words that differ from the page's
# ("What shades...?" for "Colours:"), and pages hold two facts of one type (a body and a handle
# material, three team leads) so the subject of the question has to be matched. The questions are
# wrapped in a pool of ways of asking kept apart from ``gen_reading``'s, including terse ones ("Vantor
# lamp colours?"), so no single phrasing stands for "a question".

ASK_3 = [
    "{Q}",
    "{Q}",
    "{Q}",
    "Hi, {q}",
    "Hello! {Q}",
    "Sorry, {q}",
    "So {q}",
    "Tell me {c}.",
    "Wondering {c}.",
    "I was wondering {c}.",
    "Just checking {c}.",
    "Remind me {c}.",
    "Need to know {c}, please.",
    "Help me work out {c}.",
    "Trying to figure out {c}.",
    "{Q} Thanks!",
    "{Q} Thanks in advance.",
    "{Q} Cheers.",
    "{P} {Q}",
    "{P} {Q}",
    "{S}?",
    "{S}?",
    "{S}, please.",
]
ASK_3_PREFIX = [
    "First visit here.",
    "Planning a trip.",
    "Buying a present.",
    "For my records:",
    "Asking for a friend.",
    "Back with another question.",
    "Before I book:",
    "It's for next weekend.",
    "We're a family of four.",
    "New here, sorry.",
    "Quick one.",
    "Following up on my last message.",
]


def ask_varied(r: random.Random, q: str, c: str, short: str | None = None) -> str:
    """``q`` (a question), ``c`` (the same as a clause) or ``short`` (a terse topic, "Vantor lamp
    colours") in one of :data:`ASK_3`'s ways of asking."""
    forms = ASK_3 if short else [w for w in ASK_3 if "{S}" not in w]
    w = r.choice(forms)
    s = short[0].upper() + short[1:] if short else None
    return w.format(Q=q, q=q[0].lower() + q[1:], c=c, S=s, P=r.choice(ASK_3_PREFIX))


def _clean(words: list[str]) -> list[str]:
    """Drop any entry that shares a word with the course's company, so closed-book answers stay unknown."""
    bad = _company_words()
    return [x for x in words if not bad.intersection(x.lower().replace("-", " ").split())]


HUES = _clean(
    _w("""Red, Blue, Green, Grey, Orange, Yellow, Brown, White, Black, Pink, Purple, Cream, Teal, Navy,
Olive, Plum, Rust, Sand, Mint, Coral, Amber, Indigo, Ivory, Charcoal, Mustard, Lilac""")
)
TONES = _clean(
    _w("""Harbour, Glacier, Meadow, Storm, Dusk, Ocean, Canyon, Berry, Pebble, Heather, Desert, Lagoon,
Copper, Flint, Mist, Orchard, Thistle, Sunset, Pine, Clay, River, Marsh, Frost, Willow""")
)
MATERIALS = _clean(
    _w("""brushed steel, stainless steel, cast iron, solid oak, oiled beech, bamboo, recycled
polyester, organic cotton, waxed canvas, 600D polyester, ripstop nylon, anodised aluminium, tempered glass,
ceramic, enamelled steel, full-grain leather, wool felt, cork, linen, silicone, recycled plastic, walnut
veneer, powder-coated steel, borosilicate glass, merino wool, hemp, rattan, brass, copper, slate""")
)
PARTS = _w("handle, lid, base, strap, frame, cover, stand, shade, knob, tray, cord, case")
POWER = _clean(
    _w("""two AA batteries, four AAA batteries, a single CR2032 cell, mains power, a USB-C cable,
a built-in lithium-ion battery, a small solar panel, bottled gas, paraffin, a hand crank, a 12-volt car
socket, wood pellets, methylated spirit, a rechargeable battery pack""")
)
EXTRAS = _clean(
    _w("""a carry bag, a spare belt, a cleaning cloth, a wall bracket, a travel case, two spare fuses,
a measuring scoop, a recipe booklet, a charging cable, a remote control, a set of feet, a dust cover, a
replacement filter, a spare lid, an adapter plug, a storage pouch, a user guide, a screwdriver, a drip
tray, a shoulder strap""")
)


def _colour(r: random.Random) -> str:
    return r.choice(HUES) if r.random() < 0.45 else f"{r.choice(TONES)} {r.choice(HUES)}"


def item_sheet(r: random.Random):
    thing = r.choice(THINGS)
    name = f"{novel_word(r)}{r.choice(['', '', ' ' + str(r.randint(2, 90)), ' Mini', ' Go'])}"
    cols = _distinct(r, lambda: _colour(r), r.randint(1, 3))
    joined = _join(cols) if len(cols) == 1 or r.random() < 0.6 else ", ".join(cols[:-1]) + " or " + cols[-1]
    main, other = r.sample(MATERIALS, 2)
    part = r.choice(PARTS)
    power = r.choice(POWER)
    extras = _join(r.sample(EXTRAS, r.randint(2, 3)))
    who = _person(r)
    where = _place(r)
    short_name = f"{name} {thing}"
    facts = [
        (
            r.choice(
                [
                    f"Colours: {joined}.",
                    f"It comes in {joined}.",
                    f"Available in {joined}.",
                    f"Finish: {joined}.",
                ]
            ),
            r.choice(
                [
                    f"Which colours does the {name} come in?",
                    f"What colour options are there for the {name}?",
                    f"What colours can I get the {name} in?",
                    f"What shades is the {name} sold in?",
                    f"In what colours is the {name} made?",
                ]
                if len(cols) > 1
                else [
                    f"What colour is the {name}?",
                    f"Which colour does the {name} come in?",
                    f"What finish does the {name} have?",
                ]
            ),
            f"which colours the {name} comes in",
            joined,
            f"{short_name} colours",
        ),
        (
            r.choice([f"Made from {main}.", f"Body: {main}.", f"The body is {main}.", f"Material: {main}."]),
            r.choice(
                [
                    f"What is the {name} made of?",
                    f"What material is the {name}'s body?",
                    f"What is the body of the {name} made from?",
                    f"Which material is used for the {name}?",
                ]
            ),
            f"what the {name} is made of",
            main,
            f"{short_name} material",
        ),
        (
            r.choice(
                [f"The {part} is {other}.", f"{part.capitalize()}: {other}.", f"It has a {part} in {other}."]
            ),
            r.choice(
                [f"What is the {part} of the {name} made of?", f"Which material is the {name}'s {part}?"]
            ),
            f"what the {name}'s {part} is made of",
            other,
            f"{short_name} {part} material",
        ),
        (
            r.choice(
                [
                    f"Runs on {power}.",
                    f"Power: {power}.",
                    f"It is powered by {power}.",
                    f"Power source: {power}.",
                ]
            ),
            r.choice(
                [
                    f"What does the {name} run on?",
                    f"How is the {name} powered?",
                    f"What powers the {name}?",
                    f"What power source does the {name} need?",
                ]
            ),
            f"what the {name} runs on",
            power,
            f"{short_name} power",
        ),
        (
            r.choice(
                [
                    f"In the box: {extras}.",
                    f"Comes with {extras}.",
                    f"Included: {extras}.",
                    f"Supplied with {extras}.",
                ]
            ),
            r.choice(
                [
                    f"What comes with the {name}?",
                    f"What is included with the {name}?",
                    f"What's in the box with the {name}?",
                    f"What do I get with the {name}?",
                ]
            ),
            f"what comes in the box with the {name}",
            extras,
            f"{short_name} box contents",
        ),
        (
            r.choice([f"Designed by {who}.", f"The designer is {who}."]),
            r.choice([f"Who designed the {name}?", f"Who is the designer of the {name}?"]),
            f"who designed the {name}",
            who,
            f"{short_name} designer",
        ),
        (
            r.choice([f"Made in {where}.", f"Assembled in {where}."]),
            r.choice([f"Where is the {name} made?", f"In which town is the {name} produced?"]),
            f"where the {name} is made",
            where,
            None,
        ),
        (
            f"List price: {(price := _price(r))}.",
            r.choice([f"What does the {name} cost?", f"How much is the {name}?"]),
            f"what the {name} costs",
            price,
            f"{short_name} price",
        ),
    ]
    facts = r.sample(facts, r.randint(4, 6))
    article = "an" if thing[0] in "aeiou" else "a"
    sents = [f"{name}: {article} {thing} in the {r.choice(LINES)} range."] + [f[0] for f in facts]
    return sents, [(q, c, a, s) for _, q, c, a, s in facts]


VENUES = _w(
    "pool, library, studio, bakery, workshop, market hall, theatre, gallery, climbing wall, community hall"
)
STREET_ENDS = _w("Road, Lane, Close, Street, Way, Row, Terrace, Walk, Yard, Mews")
FACILITIES = _clean(
    _w("""a café, a lift, baby-changing rooms, lockers, a bike rack, a quiet room, free wifi, a
reading corner, a picnic lawn, a cloakroom, a prayer room, a small shop, a print station, showers, a
car charging point, a games room, a meeting room""")
)
LANDMARKS = _clean(
    _w("""railway station, town hall, post office, war memorial, bus station, clock tower, market
square, old mill, fire station, harbour wall, cathedral, swimming baths, football ground""")
)
PREPS = [
    "next to the",
    "opposite the",
    "behind the",
    "across the road from the",
    "just past the",
    "around the corner from the",
]
PARKING = [
    "in the car park behind the building",
    "on the street outside",
    "in the multi-storey next door",
    "at the leisure centre across the road",
    "in the bays along the side entrance",
]
LEAD_ROLES = _w("Manager, Duty Lead, Head of Site, Supervisor, Team Lead, Site Lead, Centre Manager")


def _address(r: random.Random) -> str:
    street = r.choice(STREETS) if r.random() < 0.3 else f"{novel_word(r)} {r.choice(STREET_ENDS)}"
    return f"{r.randint(1, 240)} {street}"


def venue_page(r: random.Random):
    town = _place(r)
    place = f"{town} {r.choice(VENUES)}"
    addr, lead, role = _address(r), _person(r), r.choice(LEAD_ROLES)
    facil = _join(r.sample(FACILITIES, r.randint(2, 4)))
    closed = r.choice(DAYS)
    where = f"{r.choice(PREPS)} {r.choice(LANDMARKS)}"
    park = r.choice(PARKING)
    facts = [
        (
            r.choice(
                [
                    f"The {place} is at {addr}, {town}.",
                    f"Address: {addr}, {town}.",
                    f"You will find the {place} at {addr}.",
                ]
            ),
            r.choice(
                [
                    f"What is the address of the {place}?",
                    f"Where is the {place}?",
                    f"Which street address does the {place} have?",
                    f"Where exactly is the {place}?",
                ]
            ),
            f"the address of the {place}",
            addr,
            f"{place} address",
        ),
        (
            r.choice(
                [
                    f"{role}: {lead}.",
                    f"{lead} runs the {place}.",
                    f"The {place} is managed by {lead}.",
                    f"The {role.lower()} is {lead}.",
                ]
            ),
            r.choice(
                [
                    f"Who runs the {place}?",
                    f"Who is in charge of the {place}?",
                    f"Who manages the {place}?",
                    f"Who is the {role.lower()} at the {place}?",
                    f"Who leads the team at the {place}?",
                ]
            ),
            f"who is in charge of the {place}",
            lead,
            f"{place} manager",
        ),
        (
            r.choice([f"On site: {facil}.", f"Facilities include {facil}.", f"Inside there is {facil}."]),
            r.choice(
                [
                    f"What facilities does the {place} have?",
                    f"What is there on site at the {place}?",
                    f"What can I find inside the {place}?",
                    f"Which amenities does the {place} offer?",
                ]
            ),
            f"what facilities the {place} has",
            facil,
            f"{place} facilities",
        ),
        (
            r.choice(
                [
                    f"Closed on {closed}s.",
                    f"The {place} shuts every {closed}.",
                    f"Open every day except {closed}.",
                ]
            ),
            r.choice(
                [
                    f"Which day is the {place} closed?",
                    f"On what day does the {place} shut?",
                    f"What day is the {place} not open?",
                ]
            ),
            f"which day the {place} is closed",
            closed,
            f"{place} closing day",
        ),
        (
            r.choice(
                [f"The entrance is {where}.", f"The door is {where}.", f"Look for the entrance {where}."]
            ),
            r.choice(
                [
                    f"Where is the entrance to the {place}?",
                    f"How do I find the way in to the {place}?",
                    f"Where's the door of the {place}?",
                ]
            ),
            f"where the entrance of the {place} is",
            where,
            f"{place} entrance",
        ),
        (
            r.choice([f"Parking is {park}.", f"Visitors can park {park}.", f"Park {park}."]),
            r.choice(
                [
                    f"Where can I park for the {place}?",
                    f"Where do visitors to the {place} park?",
                    f"Is there parking, and where, at the {place}?",
                ]
            ),
            f"where to park for the {place}",
            park,
            f"{place} parking",
        ),
        (
            f"Opened in {(year := str(r.randint(1950, 2024)))}.",
            r.choice([f"When did the {place} open?", f"In what year did the {place} open?"]),
            f"when the {place} opened",
            year,
            None,
        ),
    ]
    facts = r.sample(facts, r.randint(4, 6))
    return [f"The {place}."] + [f[0] for f in facts], [(q, c, a, s) for _, q, c, a, s in facts]


TOPICS = _clean(
    _w("""Sourdough starters, Fixing a puncture, Watercolour skies, Composting at home, Knots for
beginners, Reading a bus timetable, Night photography, Pruning fruit trees, Sewing a zip, Budget cooking,
Bird song by ear, First steps in pottery, Saving seeds, Safe cycling in traffic, Home energy savings, Simple
bread, Fermenting vegetables, Upcycling old furniture, Beekeeping basics, Planning a vegetable patch""")
)
TERMS_ = ["season", "term", "month", "quarter"]
SESSION_KINDS = ["talk", "workshop", "class", "club night", "walk", "meet-up"]
BRING = _clean(
    _w("""a packed lunch, walking boots, a notebook, an apron, a water bottle, a waterproof jacket, a
pencil case, indoor shoes, a reusable cup, a torch, gardening gloves, a clean tea towel, a bike helmet,
sun cream""")
)
MEET = [
    "the main entrance",
    "the front steps",
    "the café",
    "the car park gate",
    "reception",
    "the side door",
    "the bandstand",
    "the bus shelter",
    "the top of the stairs",
]
EARLY = [
    "members",
    "season ticket holders",
    "students",
    "volunteers",
    "Gold members",
    "regular visitors",
    "local residents",
    "newsletter subscribers",
]
HOST_ROLES = _w(
    "Head Baker, Lead Gardener, Duty Manager, Studio Tutor, Programme Lead, Senior Ranger, Workshop Host"
)


def session_page(r: random.Random):
    kind = r.choice(SESSION_KINDS)
    venue = f"{_place(r)} {r.choice(VENUES)}"
    term, topic = r.choice(TERMS_), r.choice(TOPICS)
    host_role, _ = (
        r.choice(HOST_ROLES),
        _person(r),
    )  # the name is unused; its draw keeps the stream as trained
    bring = _join(r.sample(BRING, r.randint(1, 2)))
    meet, early, day = r.choice(MEET), r.choice(EARLY), r.choice(DAYS)
    quoted = r.random() < 0.5
    t = f'"{topic}"' if quoted else topic
    facts = [
        (
            r.choice(
                [f"This {term}'s topic is {t}.", f"Theme this {term}: {t}.", f"Coming up this {term}: {t}."]
            ),
            r.choice(
                [
                    f"What is this {term}'s topic?",
                    f"What will the {kind} cover this {term}?",
                    f"What's the theme this {term}?",
                    f"What is being taught this {term}?",
                    f"Which subject is the {kind} on this {term}?",
                ]
            ),
            f"what this {term}'s {kind} is about",
            topic,
            f"{kind} topic this {term}",
        ),
        (
            r.choice(
                [
                    f"Every {kind} is led by the {host_role}.",
                    f"The {host_role} hosts each {kind}.",
                    f"Your host is the {host_role}.",
                ]
            ),
            r.choice(
                [
                    f"Who leads the {kind}?",
                    f"Who runs each {kind}?",
                    f"Who hosts the {kind}?",
                    f"Which member of staff takes the {kind}?",
                ]
            ),
            f"who leads the {kind}",
            f"{host_role}",
            f"{kind} host",
        ),
        (
            r.choice([f"Bring {bring}.", f"Please bring {bring}.", f"You will need {bring}."]),
            r.choice(
                [
                    f"What should I bring to the {kind}?",
                    "What do I need to bring along?",
                    "What should people bring with them?",
                    f"Is there anything I need to bring to the {kind}?",
                ]
            ),
            f"what to bring to the {kind}",
            bring,
            f"{kind} what to bring",
        ),
        (
            r.choice(
                [f"Meet at {meet}.", f"We gather at {meet} of the {venue}.", f"The group meets at {meet}."]
            ),
            r.choice(
                [
                    f"Where does the {kind} meet?",
                    f"Where do we gather for the {kind}?",
                    "What is the meeting point?",
                ]
            ),
            f"where the {kind} meets",
            meet,
            f"{kind} meeting point",
        ),
        (
            r.choice([f"Only {early} may book a week early.", f"Early booking is open to {early}."]),
            r.choice(
                [
                    f"Who can book the {kind} early?",
                    "Who gets early booking?",
                    "Which group may book ahead of everyone else?",
                ]
            ),
            "who can book early",
            early,
            f"{kind} early booking",
        ),
        (
            r.choice(
                [f"It runs every {day}.", f"Sessions are held on {day}s.", f"Held each {day} at the {venue}."]
            ),
            r.choice(
                [
                    f"Which day is the {kind}?",
                    f"On what day of the week does the {kind} run?",
                    f"What day does the {kind} happen?",
                ]
            ),
            f"which day the {kind} runs",
            day,
            f"{kind} day",
        ),
    ]
    facts = r.sample(facts, r.randint(4, 6))
    head = f"{kind.capitalize()} at the {venue}."
    return [head] + [f[0] for f in facts], [(q, c, a, s) for _, q, c, a, s in facts]


TEAMS = _w("""bookings, lettings, events, front desk, kitchen, grounds, membership, finance, lost property,
cleaning, volunteering, accessibility, safeguarding, deliveries""")
DESKS = _w("""welcome desk, office manager, duty lead, events team, membership desk, box office, site
supervisor, accounts team""")
GARMENTS_3 = _w("apron, lanyard, cap, armband, polo shirt, fleece, tabard, waistcoat, badge, scarf")


def team_page(r: random.Random):
    org = f"{_place(r)} {r.choice(VENUES)}"
    teams = r.sample(TEAMS, 3)
    leads = _distinct(r, lambda: _person(r), 3)
    role, boss = r.sample([f"{r.choice(ROLE_A)} {b}" for b in r.sample(ROLE_B, 2)], 2)
    topic, desk = r.choice(TEAMS), r.choice(DESKS)
    colour = _colour(r).lower() if r.random() < 0.5 else r.choice(COLOURS)
    garment = r.choice(GARMENTS_3)
    sents = [f"Who's who at the {org}."]
    qs = []
    for t, p in zip(teams, leads):
        sents.append(
            r.choice([f"{p} leads the {t} team.", f"The {t} team is led by {p}.", f"{t.capitalize()}: {p}."])
        )
    for t, p in r.sample(list(zip(teams, leads)), 2):
        qs.append(
            (
                r.choice(
                    [
                        f"Who leads the {t} team?",
                        f"Who heads up {t}?",
                        f"Who is in charge of {t}?",
                        f"Who's the {t} lead?",
                    ]
                ),
                f"who leads the {t} team",
                p,
                f"{t} lead",
            )
        )
    sents.append(r.choice([f"The {role} reports to the {boss}.", f"Each {role} answers to the {boss}."]))
    qs.append(
        (
            r.choice(
                [
                    f"Who does the {role} report to?",
                    f"Who is the {role}'s line manager?",
                    f"Who is the {role} accountable to?",
                ]
            ),
            f"who the {role} reports to",
            boss,
            f"{role} line manager",
        )
    )
    sents.append(r.choice([f"Questions about {topic} go to the {desk}.", f"For {topic}, ask the {desk}."]))
    qs.append(
        (
            r.choice(
                [
                    f"Who handles questions about {topic}?",
                    f"Where should questions about {topic} go?",
                    f"Who do I ask about {topic}?",
                ]
            ),
            f"who deals with {topic} questions",
            desk,
            f"{topic} questions",
        )
    )
    sents.append(
        r.choice([f"{role}s wear a {colour} {garment}.", f"You can spot a {role} by the {colour} {garment}."])
    )
    if r.random() < 0.5:
        qs.append((f"What colour {garment} does a {role} wear?", f"the colour a {role} wears", colour, None))
    else:
        qs.append(
            (
                r.choice([f"How do I recognise a {role}?", f"What does a {role} wear?"]),
                f"what a {role} wears",
                f"{colour} {garment}",
                f"{role} uniform",
            )
        )
    return sents[:1] + r.sample(sents[1:], len(sents) - 1), qs


ROUTINES = [
    (
        "cleaning the coffee machine",
        _w("""empty the drip tray, rinse the milk wand, run a descaling cycle, wipe the
    steam arm, soak the filter basket, refill the water tank, dry the outer case"""),
    ),
    (
        "closing the studio",
        _w("""switch off the kilns, wash the brushes, stack the chairs, lock the fire door, empty
    the bins, set the alarm, turn off the lights"""),
    ),
    (
        "setting up the stall",
        _w("""unfold the table, peg down the gazebo, lay out the cloth, price the jars, fill the
    float tin, hang the banner, put out the tasting spoons"""),
    ),
    (
        "dressing for a cold walk",
        _w("""put on a thin wool vest, add a fleece mid layer, pull on a windproof shell,
    wear a warm hat, add thick socks, pack spare gloves, zip up a down jacket"""),
    ),
    (
        "washing a bike",
        _w("""rinse off the mud, spray the degreaser, scrub the chain, wash the frame with soapy water,
    dry the chain, oil the chain, wipe the brake rims"""),
    ),
    (
        "opening the pool",
        _w("""test the water, switch on the pumps, put out the lane ropes, unlock the changing
    rooms, check the first aid kit, brief the lifeguards, open the front doors"""),
    ),
]


def howto_page(r: random.Random):
    task, pool = r.choice(ROUTINES)
    steps = r.sample(pool, r.randint(3, 5))
    linkers = ["First,", "Next,", "Then", "After that,", "Then"]
    body = [f"{linkers[i]} {s}." for i, s in enumerate(steps[:-1])] + [f"Finally, {steps[-1]}."]
    if r.random() < 0.4:
        body = [f"Step {i + 1}: {s}." for i, s in enumerate(steps)]
    sents = [r.choice([f"How to: {task}.", f"A routine for {task}.", f"Checklist: {task}."])] + body
    i = r.randrange(len(steps) - 1)
    qs = [
        (
            r.choice(
                [
                    f"What is the first step when {task}?",
                    f"What do you do first when {task}?",
                    f"When {task}, what comes first?",
                ]
            ),
            f"the first step of {task}",
            steps[0],
            f"first step, {task}",
        ),
        (
            r.choice(
                [
                    f"What is the last step when {task}?",
                    f"What do you do at the end of {task}?",
                    f"What is the final step of {task}?",
                ]
            ),
            f"the last step of {task}",
            steps[-1],
            f"last step, {task}",
        ),
        (
            r.choice(
                [
                    f"What do you do right after you {steps[i]}?",
                    f'What comes after "{steps[i]}"?',
                    f"Once you {steps[i]}, what next?",
                ]
            ),
            f'what follows "{steps[i]}"',
            steps[i + 1],
            None,
        ),
    ]
    if len(steps) >= 3:
        qs.append(
            (
                f"What is the second step when {task}?",
                f"the second step of {task}",
                steps[1],
                None,
            )
        )
    return sents, qs


CONDITIONS = _w("""unused with the tags still attached, clean and in the original packaging, undamaged and complete,
washed and fully dry, boxed with every part, unopened and sealed""")
REFUND_TO = _w("""the original card, the card you paid with, store credit, a gift voucher, the original payment
method, your member account""")
ID_DOCS = _w("""a passport, a driving licence, a student card, a bank card, a utility bill, a library card""")
NOT_COVERED = _w("""accidental damage, normal wear, water damage, lost parts, cosmetic scratches, damage from
misuse, batteries""")
CHANNELS = _w(
    """by email, by post, in person at the desk, through the online form, by phone, with a signed letter"""
)


def terms_page(r: random.Random):
    scheme = f"{novel_word(r)} {r.choice(['returns', 'hire terms', 'membership rules', 'repair terms', 'loan rules'])}"
    cond, refund = r.choice(CONDITIONS), r.choice(REFUND_TO)
    ids = " or ".join(r.sample(ID_DOCS, 2))
    nc = _join(r.sample(NOT_COVERED, r.randint(1, 2)))
    chan = r.choice(CHANNELS)
    facts = [
        (
            r.choice(
                [
                    f"Items must be {cond} to be accepted.",
                    f"We accept items that are {cond}.",
                    f"Condition: {cond}.",
                ]
            ),
            r.choice(
                [
                    "What condition must items be in?",
                    "In what state do items have to come back?",
                    "What are the condition rules for items?",
                ]
            ),
            "what condition items must be in",
            cond,
            "item condition",
        ),
        (
            r.choice(
                [f"Refunds go to {refund}.", f"Money is paid back to {refund}.", f"Refund method: {refund}."]
            ),
            r.choice(["Where does the refund go?", "How is money paid back?", "What are refunds paid to?"]),
            "where refunds are paid",
            refund,
            "refund method",
        ),
        (
            r.choice([f"Bring {ids} as ID.", f"Accepted ID: {ids}.", f"Show {ids} at the desk."]),
            r.choice(
                ["What ID is accepted?", "Which documents count as ID?", "What proof of identity do I need?"]
            ),
            "what ID is accepted",
            ids,
            "accepted ID",
        ),
        (
            r.choice([f"Not covered: {nc}.", f"The {scheme} do not cover {nc}.", f"Excluded: {nc}."]),
            r.choice(["What isn't covered?", "What is excluded?", f"What do the {scheme} leave out?"]),
            "what is not covered",
            nc,
            "exclusions",
        ),
        (
            r.choice([f"Claims are made {chan}.", f"To claim, get in touch {chan}.", f"Send claims {chan}."]),
            r.choice(["How do I make a claim?", "How are claims made?", "How do I get in touch to claim?"]),
            "how to make a claim",
            chan,
            "how to claim",
        ),
    ]
    facts = r.sample(facts, r.randint(3, 5))
    return [f"{scheme.capitalize()}."] + [f[0] for f in facts], [(q, c, a, s) for _, q, c, a, s in facts]


PAGES_3 = (item_sheet, venue_page, session_page, team_page, howto_page, terms_page)


def make_varied_qa(r: random.Random, n_questions: int) -> tuple[str, list[tuple[str, str]]]:
    """One page (two in three from :data:`PAGES_3`, the rest from the first two sets) with up to
    ``n_questions`` questions asked in :data:`ASK_3`'s ways."""
    page = r.choice(PAGES_3) if r.random() < 2 / 3 else r.choice(PAGES + PAGES_2)
    sents, qs = page(r)
    context = " ".join(sents)
    out = []
    for item in r.sample(qs, min(n_questions, len(qs))):
        q, c, a = item[:3]
        assert a in context, (a, context)
        out.append((ask_varied(r, q, c, item[3] if len(item) > 3 else None), a))
    return context, out
