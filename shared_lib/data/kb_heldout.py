"""Held-out knowledge-base questions: a test set that no design decision saw.

The 302 questions of ``kb_questions`` served as a development set: the course model's reading practice
(``gen_prose``) and module 02's chunking were chosen while looking at the reader's errors on them, so a
score on them flatters. These 90 questions were written afterwards, by hand, by a second author who read
the knowledge-base documents and the existing questions but no model's answers, and they are only
measured, never tuned on. 73 ask for facts no question of ``kb_questions`` asks (a product's colours, a
store's address, a second price on a repair card); 17 re-phrase facts it does ask. Every answer is the
shortest verbatim span of its document that answers, as in ``kb_questions``.
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


def records(documents: list[dict]) -> list[dict]:
    """The held-out questions as ``kb_questions``-style records (ids ``h001``…), each answer checked to be
    a whole-word span of its document's text."""
    import re

    text = {d["id"]: d["text"] for d in documents}
    out = []
    for n, (doc_id, question, answer, new_fact) in enumerate(HELDOUT, 1):
        if doc_id not in text or not re.search(rf"(?<!\w){re.escape(answer)}(?!\w)", text[doc_id]):
            raise ValueError(f"held-out question {n}: {answer!r} is not a span of {doc_id}")
        out.append(dict(id=f"h{n:03d}", question=question, answer=answer, doc_id=doc_id, new_fact=new_fact))
    return out
