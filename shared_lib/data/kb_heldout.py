"""Held-out knowledge-base questions: a test set that no design decision saw.

The 302 questions of ``kb_questions`` served as a development set: the course model's reading practice
(``gen_prose``) and module 02's chunking were chosen while looking at the reader's errors on them, so a
score on them flatters. These 90 questions were written afterwards, by hand, by a second author who read
the knowledge-base documents and the existing questions but no model's answers, and they are only
measured, never tuned on. 73 ask for facts no question of ``kb_questions`` asks (a product's colours, a
store's address, a second price on a repair card); 17 re-phrase facts it does ask. Every answer is the
shortest verbatim span of its document that answers, as in ``kb_questions``.

``HELDOUT_2`` is a second set of 90, written the same way by another hand after the first set's errors
had been read for a diagnosis (which spends a test set a little) and before the reading practice's third
set of page shapes (``gen_prose.PAGES_3``) was trained on: 70 new facts (none asked by ``kb_questions``
or by ``HELDOUT``), 20 re-phrased ones, about half of them answered in words, asked in a customer's own
way ("Ridgeback 65 price?").
"""

from __future__ import annotations

# (doc_id, question, answer, new_fact)
HELDOUT: tuple[tuple[str, str, str, bool], ...] = (
    ("doc-001", "Which colours does the TrailLite 1 tent come in?", "Moss and Sandstone", True),
    ("doc-001", "How many people can sleep in the TrailLite 1?", "1 person", True),
    ("doc-002", "How heavy is the TrailLite 2 tent when packed for the trail?", "1.48 kg", True),
    ("doc-003", "What's the model code of the TrailLite 3 Plus, not the spare-parts code?", "TL3P-24", True),
    ("doc-004", "What colour options are there for the Hearthstone 4 tent?", "Slate and Fern", True),
    ("doc-004", "How much does a Hearthstone 4 family tent cost?", "$389.00", False),
    ("doc-005", "What's the average customer rating of the Stormcrest 2?", "4.8 out of 5", True),
    ("doc-006", "How much does the Ridgeback 28 daypack weigh?", "980 g", True),
    (
        "doc-007",
        "What range of torso lengths can the Ridgeback 45 be adjusted to?",
        "41 to 53 centimetres",
        True,
    ),
    ("doc-007", "What's the price tag on a Ridgeback 45 pack?", "$219.00", False),
    ("doc-008", "Up to what load does the Ridgeback 65 carry comfortably?", "22 kg", True),
    ("doc-009", "Which colours is the Ridgeback 75 Expedition sold in?", "Slate and Ember Orange", True),
    (
        "doc-010",
        "I'm trying to find out which colours the Skylark 18 kids' pack comes in.",
        "Sunflower and Glacier Blue",
        True,
    ),
    ("doc-011", "How long does the Emberlight Solo take to boil water?", "3 min 50 s", True),
    ("doc-012", "What size of pot locks onto the Emberlight Duo System burner?", "1-litre", True),
    ("doc-013", "What colour is the Emberlight Basecamp 2-Burner stove?", "Forest Green", True),
    ("doc-015", "Which fuel does the Emberlight Alpine stove run on?", "white gas", True),
    ("doc-016", "What's the maximum load rating of the Driftwood 10 kayak?", "125 kg", True),
    ("doc-018", "How much weight can the Driftwood Tandem 14 carry at most?", "230 kg", True),
    ("doc-019", "What material is the Driftwood Packraft made from?", "420D TPU-coated nylon", True),
    ("doc-020", "How much would a Driftwood Fisher 11 fishing kayak set me back?", "$799.00", False),
    ("doc-021", "What's the comfort rating of the Duskfall Down sleeping bag?", "-5 °C", True),
    ("doc-024", "What fill power is the down inside the Duskfall Expedition bag?", "850-fill", True),
    ("doc-026", "Which sizes is the Switchback Mid WP boot made in?", "EU 36 to 48", True),
    ("doc-028", "What colour does the Talus Alpine boot come in?", "Walnut", True),
    ("doc-030", "How deep are the lugs on the Fellstrider trail shoe?", "6 mm", True),
    ("doc-031", "What's the packed size of the Squall Shell jacket?", "1.2 litres", True),
    ("doc-036", "What batteries does the Starling 250 headlamp run on?", "three AAA batteries", True),
    ("doc-037", "How does the Starling 450R headlamp recharge?", "USB-C", True),
    ("doc-038", "What is the list price for a Starling 900 Trail headlamp?", "$119.00", False),
    ("doc-041", "What's the street address of the Cedar Hollow store?", "14 Millrace Road", True),
    (
        "doc-041",
        "How many parking spaces are there for customers at the Cedar Hollow store?",
        "60 customer parking spaces",
        True,
    ),
    ("doc-042", "In what year did the Larkspur Falls store open?", "2012", True),
    (
        "doc-043",
        "What are the Monday to Friday opening hours at the Hollin Lake store?",
        "8:00 am to 6:00 pm",
        True,
    ),
    ("doc-044", "Who is in charge of the Brackenford store?", "Ravi Ashdown", False),
    ("doc-045", "What hours is the Quillon Ridge store open on Saturdays?", "7:00 am to 7:00 pm", True),
    (
        "doc-046",
        "How much customer parking does the Ashgrove Crossing store offer?",
        "120 customer parking spaces",
        True,
    ),
    ("doc-047", "Where exactly is the Fernwick store located?", "12 Bramble Close", True),
    ("doc-048", "Which extension should I ask the care line for to reach the Wrenmoor store?", "275", False),
    ("doc-049", "What time does clinic night start at the Cedar Hollow store?", "6:30 pm", True),
    (
        "doc-050",
        "What's this season's clinic night topic at Larkspur Falls?",
        "Pack fitting and load carrying",
        True,
    ),
    ("doc-051", "At what time does the Hollin Lake clinic night begin on Saturdays?", "8:30 am", True),
    ("doc-052", "Which topic is the Brackenford clinic night covering this season?", "Map and compass", True),
    ("doc-053", "How many seats does the Quillon Ridge clinic night have?", "18 seats", False),
    ("doc-054", "How long does each clinic night session at Ashgrove Crossing last?", "90 minutes", True),
    ("doc-056", "What booking code do I use for the Wrenmoor clinic night?", "CLN-WM-71", False),
    (
        "doc-083",
        "What benefit comes with the Summit Club Basecamp tier?",
        "extended member return window",
        True,
    ),
    ("doc-084", "What's the perk of reaching the Summit Club Ridge tier?", "free Standard shipping", True),
    ("doc-059", "How much is the boat-handling fee when I return a kayak?", "$45.00", False),
    ("doc-095", "What's the largest amount I can load onto one of your gift cards?", "$500.00", True),
    (
        "doc-097",
        "For a trade-in graded Good, what share of the current price do I get as credit?",
        "30%",
        True,
    ),
    ("doc-131", "How quickly does customer care reply to emails?", "one business day", True),
    ("doc-087", "How many times can the same item be price matched?", "once", True),
    (
        "doc-096",
        "In how many grades does the Second Summit trade-in programme accept gear?",
        "three grades",
        True,
    ),
    ("doc-061", "Out of cover, what does tent seam re-taping cost per metre?", "$9.50", True),
    ("doc-062", "What's the repair bench charge for a hip-belt foam swap on a pack?", "$24.00", True),
    ("doc-063", "How much is a valve service on a stove that's out of Trail Promise cover?", "$19.00", True),
    ("doc-065", "What does a baffle repair on a sleeping bag cost at the repair bench?", "$27.00", True),
    ("doc-066", "What's the price of a lace hook replacement on my boots?", "$6.00", True),
    ("doc-060", "What is the standard turnaround for a Trail Promise repair?", "10 business days", False),
    ("doc-069", "What sets in fast if a tent stays packed away damp?", "mildew", True),
    ("doc-070", "After hand washing a pack, how should I let it dry?", "drip dry", True),
    ("doc-075", "What should I wash a shell jacket with to keep it breathable?", "technical wash", True),
    (
        "doc-073",
        "What material is the storage sack you recommend for keeping a sleeping bag loose?",
        "cotton",
        True,
    ),
    ("doc-071", "How long should a stove burner cool before I pack it away?", "5 minutes", False),
    ("doc-089", "How far ahead do tent rental bookings open?", "eight weeks", True),
    ("doc-091", "What's the daily rate to rent a stove from the rental desk?", "$8.00", False),
    (
        "doc-088",
        "How are late returns of rental gear charged under the rental desk rules?",
        "one extra day's rate",
        True,
    ),
    ("doc-093", "What's the weekend bundle price for renting a sleeping bag?", "$28.00", False),
    ("doc-110", "During a thunderstorm, how far apart should our group spread out?", "15 metres", True),
    ("doc-113", "When crossing a river, which direction should I face?", "upstream", True),
    ("doc-115", "What drink should you never give someone showing signs of hypothermia?", "alcohol", True),
    (
        "doc-112",
        "Besides the average wind speed, what should I check in the forecast before paddling open water?",
        "gusts",
        True,
    ),
    ("doc-116", "How much water per hour should I plan on drinking in hot weather?", "0.5 litres", False),
    ("doc-123", "Who does a Store Lead report to?", "Regional Lead", True),
    ("doc-125", "For how long does a new Dock Warden shadow an experienced colleague?", "two weeks", True),
    ("doc-122", "When do Rental Stewards refresh their safety training?", "each spring", True),
    ("doc-121", "What does a Bench Tech wear on shift so I can spot them?", "orange apron", False),
    ("doc-077", "Above what order value does Standard delivery become free?", "$75.00", True),
    (
        "doc-080",
        "How long is the delivery slot the Base-Camp Freight carrier books by phone?",
        "two-hour",
        True,
    ),
    ("doc-079", "Which kind of items can't be shipped with Next-Day delivery?", "oversize items", True),
    ("doc-078", "What's the cost of Express delivery per order?", "$14.95", False),
    ("doc-126", "If bought separately, what would the Weekend Ridge Kit items cost?", "$816.00", True),
    ("doc-128", "Which headlamp is included in the Alpine Start Kit?", "Starling 900 Trail", True),
    ("doc-129", "What jacket comes in the Day Trail Kit?", "Kestrel Wind Shirt", True),
    ("doc-130", "What's the kit price of the Paddle Escape Kit?", "$1,263.00", False),
    (
        "doc-103",
        "With rent-to-own credit, how many days of rental fees can come off the price?",
        "3 days",
        True,
    ),
    ("doc-098", "What kind of label is a gear tag on AnyCompany products?", "QR-coded label", True),
    (
        "doc-099",
        "How much does a loaner swap cost while my gear is on the repair bench?",
        "free of charge",
        True,
    ),
    (
        "doc-104",
        "What's the first layer in your three-layer fit layering approach?",
        "wicking base layer",
        True,
    ),
)


# (doc_id, question, answer, new_fact); ids g001…
HELDOUT_2: tuple[tuple[str, str, str, bool], ...] = (
    # product sheets
    ("doc-001", "Does the TrailLite 1 pitch inner-first or fly-first?", "fly-first", True),
    ("doc-002", "TrailLite 2 colour options?", "Moss and Glacier Blue", True),
    (
        "doc-004",
        "I'm 1.85 m tall — how much headroom does the Hearthstone 4 have at the centre?",
        "1.9 metres",
        True,
    ),
    ("doc-005", "What fabric is the Stormcrest 2 tent made from?", "40D silicone-coated nylon", True),
    ("doc-005", "When did the Stormcrest 2 first hit the shelves?", "spring 2023", True),
    ("doc-006", "Ridgeback 28 daypack: which colours can I get it in?", "Fern, Slate and Ember Orange", True),
    ("doc-008", "Ridgeback 65 price?", "$279.00", False),
    (
        "doc-009",
        "My friend says the lid of the Ridgeback 75 Expedition converts into something. Into what?",
        "summit bag",
        True,
    ),
    (
        "doc-014",
        "If I get the Cinderwisp Wood Stove, what do I actually burn in it?",
        "twigs and pine cones",
        True,
    ),
    ("doc-015", "Emberlight Alpine boil time?", "3 min 20 s", True),
    ("doc-016", "Tell me the colours the Driftwood 10 kayak comes in.", "Lagoon Teal and Sunflower", True),
    ("doc-017", "Maximum load on the Driftwood 12 Touring?", "150 kg", True),
    ("doc-017", "Roughly what does a Driftwood 12 Touring kayak cost me?", "$1,049.00", False),
    ("doc-018", "Taking a kid out in the Driftwood Tandem 14 — where would they sit?", "centre seat", True),
    ("doc-021", "Which feature of the Duskfall Down lets you vent it on mild nights?", "two-way zip", True),
    ("doc-022", "Duskfall Synthetic comfort rating in °C?", "0 °C", True),
    ("doc-023", "Which colour is the Duskfall Quilt?", "Sandstone", True),
    (
        "doc-024",
        "Planning a deep-winter trip. Down to what temperature is the Duskfall Expedition comfort-rated?",
        "-15 °C",
        True,
    ),
    (
        "doc-026",
        "Switchback Mid WP: leather or synthetic upper? What material exactly?",
        "nubuck leather",
        True,
    ),
    ("doc-027", "Number of reviews on the Switchback Low?", "287 reviews", False),
    ("doc-028", "Which type of crampons fit the Talus Alpine boots?", "strap-on", True),
    ("doc-029", "Spare-parts code for the Creekrunner Sandal, please.", "SP-CR-67", False),
    ("doc-031", "How do you vent the Squall Shell when you're working hard uphill?", "pit zips", True),
    ("doc-032", "How small does the Squall Pro pack down?", "1.5 litres", True),
    ("doc-035", "Kestrel Wind Shirt — which season and year did it launch?", "spring 2023", False),
    ("doc-037", "The Starling 450R headlamp: which colourways are there?", "Slate and Glacier Blue", True),
    # policies
    ("doc-057", "Return authorisation numbers: how many digits come after the RA- prefix?", "7 digits", True),
    (
        "doc-057",
        "Where does my refund get paid back to when I return something unused?",
        "original payment method",
        True,
    ),
    (
        "doc-059",
        "Who doesn't have to pay the $6.95 prepaid return label fee?",
        "Summit Club members and in-store returns",
        True,
    ),
    (
        "doc-084",
        "To hit Ridge tier in the Summit Club, how much do I have to spend in a calendar year?",
        "$500.00",
        False,
    ),
    ("doc-085", "Spend needed in a year for the Summit tier?", "$1,500.00", False),
    ("doc-086", "What's a Summit Note worth in dollars?", "$10.00", True),
    ("doc-087", "At the store, who fills in the price-match slip for me?", "Gear Guide", True),
    ("doc-131", "Customer care phone number?", "1-800-555-0142", True),
    # safety guides
    ("doc-108", "Which invisible gas do camping stoves give off?", "carbon monoxide", True),
    (
        "doc-109",
        "For trips well below freezing, what type of stove should I pick?",
        "liquid-fuel stove",
        True,
    ),
    (
        "doc-110",
        "Caught out in a thunderstorm: what should we keep away from besides summits and ridges?",
        "lone trees, metal fences and open water",
        True,
    ),
    (
        "doc-111",
        "Below what water temperature should a group without immersion wear make the cold-water call?",
        "15 °C",
        True,
    ),
    ("doc-112", "Wind limit for open-water paddling trips?", "20 km/h", False),
    (
        "doc-113",
        "Before wading across a river, which straps on my pack should I undo?",
        "hip belt and chest strap",
        True,
    ),
    (
        "doc-115",
        "What are the early signs of hypothermia to watch for?",
        "shivering, clumsiness, slurred speech and poor decisions",
        True,
    ),
    (
        "doc-118",
        "Night hike coming up. How bright does my headlamp need to be at minimum?",
        "200 lumens",
        False,
    ),
    ("doc-119", "On what kind of surface is it OK to use a wood stove?", "bare ground or rock", True),
    # glossary
    ("doc-098", "Which shipping method does a base-camp order travel by?", "Base-Camp Freight", True),
    ("doc-100", "With Trailhead Pickup, how soon are most orders ready at the store?", "2 hours", True),
    ("doc-101", "What does a Gear Guide fit for you during a fit session?", "pack or footwear", True),
    ("doc-102", "The demo dock is a jetty at which kind of store?", "lakeside stores", True),
    (
        "doc-103",
        "For rent-to-own credit, within how many days of returning the rental do I have to buy?",
        "30 days",
        True,
    ),
    ("doc-104", "Price-match slip: within how many days of purchase can a customer ask?", "14 days", True),
    ("doc-105", "Where is the pack-out pledge printed?", "every receipt", True),
    (
        "doc-106",
        "During the quiet season, how long does a Trail Promise repair take?",
        "6 business days",
        True,
    ),
    # repair cover
    (
        "doc-060",
        "Explain what the Trail Promise actually covers.",
        "manufacturing defects and normal trail wear",
        True,
    ),
    (
        "doc-061",
        "Bringing a tent in for a pole repair. Besides the tent, what should I bring?",
        "gear tag",
        True,
    ),
    ("doc-064", "Out of cover, how much to fill scratches on my kayak hull?", "$45.00", True),
    ("doc-066", "Full resole price for boots that are out of Trail Promise cover?", "$79.00", False),
    ("doc-067", "Price to replace a zip pull on a jacket outside cover?", "$8.00", True),
    (
        "doc-068",
        "My headlamp's battery door snapped and it's out of warranty. What's the repair cost?",
        "$6.50",
        True,
    ),
    # store pages
    ("doc-041", "Cedar Hollow store lead — who's that?", "Marisol Venn", False),
    ("doc-042", "Where's the Larkspur Falls store? Street address please.", "220 Falls View Avenue", True),
    (
        "doc-043",
        "What facilities does the Hollin Lake store have on site?",
        "rental desk, demo dock and repair bench",
        True,
    ),
    (
        "doc-045",
        "How many parking spaces does the Quillon Ridge store have for customers?",
        "40 customer parking spaces",
        True,
    ),
    ("doc-046", "Saturday opening hours at Ashgrove Crossing?", "9:00 am to 9:00 pm", True),
    ("doc-048", "In what year did the Wrenmoor store open its doors?", "2023", True),
    # event pages
    ("doc-049", "This season's clinic night topic in Cedar Hollow?", "Stove and fuel basics", True),
    ("doc-050", "Larkspur Falls clinic night falls on which day?", "Tuesday", False),
    ("doc-052", "Brackenford runs clinic night on Wednesdays — at what time does it start?", "6:00 pm", True),
    ("doc-053", "Quillon Ridge clinic: what's it about this season?", "Winter camping readiness", True),
    ("doc-054", "Start time for clinic night at Ashgrove Crossing?", "7:30 pm", True),
    ("doc-055", "I want to go to the Thursday clinic in Fernwick. When does it begin?", "7:00 pm", True),
    # care guides
    ("doc-069", "My tent fly is due for re-proofing. What should I use on it?", "silicone spray", True),
    ("doc-071", "How often do I swap the O-ring on my stove valve?", "12 months", False),
    ("doc-072", "After a sea trip, what do I rinse the kayak hull and fittings with?", "fresh water", True),
    ("doc-073", "Where should a sleeping bag never be stored?", "stuff sack", True),
    ("doc-074", "How many km before I swap out the insoles in my boots?", "800 kilometres", False),
    # rate cards
    ("doc-088", "Besides being 18, what do I need to show at the rental desk?", "photo ID", True),
    (
        "doc-090",
        "Give me the list of stores that rent out packs.",
        "Cedar Hollow, Hollin Lake, Quillon Ridge, Fernwick and Wrenmoor",
        True,
    ),
    ("doc-092", "Deposit on a rented kayak or packraft?", "$150.00", True),
    ("doc-094", "Weekend bundle price for renting a headlamp or lantern?", "$10.00", False),
    # staff roles
    ("doc-120", "Gear Guides report to whom?", "Store Lead", True),
    ("doc-121", "Training hours a Bench Tech has to do before working alone?", "120 hours", False),
    ("doc-122", "How long is Rental Steward training, in hours?", "24 hours", False),
    (
        "doc-124",
        "What does a Trail Host actually do in the store?",
        "plans and leads the weekly clinic night and local group walks",
        True,
    ),
    # delivery options
    (
        "doc-077",
        "I ordered on Saturday with Standard delivery. When will it be dispatched?",
        "next business day",
        True,
    ),
    ("doc-079", "Next-Day cutoff time?", "1:00 pm", False),
    ("doc-080", "Base-Camp Freight price per order?", "$89.00", False),
    (
        "doc-081",
        "Collecting a Trailhead Pickup order tomorrow. What do I bring to the counter?",
        "order email and a photo ID",
        True,
    ),
    # field kits
    ("doc-126", "Which stove is packed in the Weekend Ridge Kit?", "Emberlight Solo", True),
    ("doc-127", "Lakeside Family Kit — which lantern is in it?", "Glowmoss Lantern", True),
    ("doc-129", "Day Trail Kit price?", "$234.00", False),
    (
        "doc-130",
        "If I bought everything in the Paddle Escape Kit separately, what would it cost?",
        "$1,436.00",
        True,
    ),
)


def records(documents: list[dict], rows=HELDOUT, prefix: str = "h") -> list[dict]:
    """Held-out questions (``rows``) as ``kb_questions``-style records (ids ``h001``… or ``g001``…), each
    answer checked to be a whole-word span of its document's text."""
    import re

    text = {d["id"]: d["text"] for d in documents}
    out = []
    for n, (doc_id, question, answer, new_fact) in enumerate(rows, 1):
        if doc_id not in text or not re.search(rf"(?<!\w){re.escape(answer)}(?!\w)", text[doc_id]):
            raise ValueError(f"held-out question {prefix}{n:03d}: {answer!r} is not a span of {doc_id}")
        out.append(
            dict(id=f"{prefix}{n:03d}", question=question, answer=answer, doc_id=doc_id, new_fact=new_fact)
        )
    return out
