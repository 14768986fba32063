"""Deterministic generator of every domain dataset for the course's running scenario.

"AnyCompany Outdoor Gear" is a FICTIONAL outdoor-equipment retailer. Its whole world (products,
policies, terminology, stores, staff roles, safety advice and house style) is defined ONCE in the
data structures at the top of this file; every dataset below is derived from them, so all datasets
agree on every fact. All names, numbers and text are invented for the course.

    python3 shared_lib/data/gen_domain.py      # print stats and one sample record per dataset

Public API: ``generate(seed)``, ``to_prompt_completion(record)``, ``stats(data)``.
Standard library only; same seed -> byte-identical output in any process.
"""

from __future__ import annotations

import copy
import json
import math
import random

# =============================================================================================
# THE WORLD (single source of truth)
# =============================================================================================

COMPANY = "AnyCompany Outdoor Gear"

SYSTEM = (
    "You are the AnyCompany Outdoor Gear assistant. Answer in a friendly, concise way using "
    "AnyCompany's products and policies, and end every answer with a one-line tip that starts "
    'with "Tip:". When asked for JSON, reply with the JSON object only.'
)

CARE_LINE = {
    "phone": "1-800-555-0142",
    "hours": "7:00 am to 9:00 pm",
    "email": "care@anycompany-outdoor.example",
}

# Small service numbers shared by terms, policies, tips and the knowledge base.
SERVICES = {
    "fit_minutes": 20,  # fit session
    "shakedown_minutes": 30,  # packing-list review
    "demo_minutes": 30,  # demo-dock test paddle
    "kit_discount_pct": 12,  # field kits vs separate prices
    "hut_discount_pct": 40,  # Hut Shelf clearance, maximum discount
    "pickup_hold_days": 7,  # Trailhead Pickup orders are held this long
    "min_rental_age": 18,
    "clinic_minutes": 90,
}

RETURNS = {
    "window_days": 30,
    "member_window_days": 60,
    "refund_days": 5,  # business days
    "trail_tested_days": 21,
    "label_fee": 6.95,
    "boat_fee": 45.00,
    "ra_prefix": "RA-",
    "ra_digits": 7,
}

TRAIL_PROMISE = {
    "turnaround_days": 10,  # business days
    "quiet_turnaround_days": 6,
    "quiet_months": "November to February",
    "replacement_credit_pct": 30,
    "claim_prefix": "TP-",
}

SHIPPING = [
    {
        "key": "standard",
        "name": "Standard",
        "days": "5 to 7 business days",
        "cost": 6.95,
        "extra": "Orders over the free-shipping threshold travel Standard at no charge.",
    },
    {
        "key": "express",
        "name": "Express",
        "days": "2 to 3 business days",
        "cost": 14.95,
        "extra": "Express parcels are tracked from the warehouse door to yours.",
    },
    {
        "key": "next_day",
        "name": "Next-Day",
        "days": "1 business day",
        "cost": 29.95,
        "extra": "Next-Day is not available for oversize items such as kayaks.",
    },
    {
        "key": "freight",
        "name": "Base-Camp Freight",
        "days": "7 to 10 business days",
        "cost": 89.00,
        "extra": "The carrier phones ahead to book a two-hour delivery slot.",
    },
    {
        "key": "pickup",
        "name": "Trailhead Pickup",
        "days": "2 hours",
        "cost": 0.00,
        "extra": "Bring the order email and a photo ID to the pickup counter.",
    },
]
SHIP = {t["key"]: t for t in SHIPPING}
SHIPPING_POLICY = {"free_over": 75.00, "next_day_cutoff": "1:00 pm"}

SUMMIT_CLUB = {
    "join_fee": 0.00,
    "tiers": [
        {"name": "Basecamp", "spend": 0.00, "rate": 1, "perk": "the extended member return window"},
        {"name": "Ridge", "spend": 500.00, "rate": 1.5, "perk": "free Standard shipping on every order"},
        {
            "name": "Summit",
            "spend": 1500.00,
            "rate": 2,
            "perk": "free Standard shipping, a free yearly gear check and early clinic booking",
        },
    ],
    "note_points": 200,
    "note_value": 10.00,
    "note_valid_months": 12,
    "expiry_months": 18,
    "birthday_points": 250,
    "member_prefix": "SC-",
}
TIER = {t["name"]: t for t in SUMMIT_CLUB["tiers"]}

PRICE_MATCH = {
    "window_days": 14,
    "exclusions": [
        "clearance items from the Hut Shelf",
        "auction sites",
        "bundle deals",
        "Second Summit gear",
    ],
}

RENTAL = {
    "deposit": 50.00,
    "boat_deposit": 150.00,
    "weekend_days_charged": 2,
    "rent_to_own_days": 3,
    "rent_to_own_window_days": 30,
}

GIFT_CARDS = {"min": 10.00, "max": 500.00, "egift_minutes": 15, "max_per_order": 5}

TRADE_IN = {
    "grades": [("Like New", 50), ("Good", 30), ("Worn", 15)],
    "credit_valid_months": 12,
    "accepted": ["tents", "packs", "bags", "jackets", "kayaks"],
}

SAFETY_NUMBERS = {
    "cook_distance_m": 3,
    "food_storage_m": 70,
    "lightning_wait_min": 30,
    "lightning_spacing_m": 15,
    "cold_water_c": 15,
    "solo_shore_m": 300,
    "wind_limit_kmh": 20,
    "water_l_per_hour": 0.5,
    "search_call_hours": 2,
    "headlamp_min_lumens": 200,
    "canister_max_c": 50,
}
SN = SAFETY_NUMBERS

CATEGORIES = [
    {
        "key": "tents",
        "list_name": "tents",
        "title": "Tents",
        "singular": "tent",
        "plural": "tents",
        "need": "a tent",
        "cap_label": "sleeping capacity",
        "cap_verb": "sleeps {cap}",
        "weight_note": "",
        "cap_forms": [
            ("How many people does the {name} sleep?", "how many people the {name} sleeps"),
            ("What is the sleeping capacity of the {name}?", "what the sleeping capacity of the {name} is"),
        ],
        "promise_years": 5,
        "rental_rate": 22.00,
        "repairs": [("pole section replacement", 16.00), ("seam re-taping per metre", 9.50)],
        "care": [
            (
                "Re-proof the fly with a silicone spray every {v} of use.",
                "40 nights",
                (
                    "After how many nights of use should a tent fly be re-proofed?",
                    "after how many nights of use a tent fly should be re-proofed",
                ),
            ),
            (
                "Never leave a tent packed away damp for more than {v}, because mildew sets in fast.",
                "24 hours",
                (
                    "How long can a wet tent stay in its bag before mildew becomes a risk?",
                    "how long a wet tent can stay in its bag before mildew becomes a risk",
                ),
            ),
        ],
    },
    {
        "key": "packs",
        "list_name": "packs",
        "title": "Packs",
        "singular": "pack",
        "plural": "packs",
        "need": "a pack",
        "cap_label": "volume",
        "cap_verb": "holds {cap}",
        "weight_note": "",
        "cap_forms": [
            ("How many litres does the {name} hold?", "how many litres the {name} holds"),
            ("What is the volume of the {name}?", "what the volume of the {name} is"),
        ],
        "promise_years": 7,
        "rental_rate": 12.00,
        "repairs": [("buckle replacement", 7.50), ("hip-belt foam swap", 24.00)],
        "care": [
            (
                "Hand wash the pack in water below {v} and let it drip dry.",
                "30 °C",
                (
                    "What is the maximum water temperature for washing a pack?",
                    "what the maximum water temperature for washing a pack is",
                ),
            ),
            (
                "Inspect buckles and load-bearing stitching every {v} of trail use.",
                "200 kilometres",
                (
                    "How often should pack buckles and stitching be inspected?",
                    "how often pack buckles and stitching should be inspected",
                ),
            ),
        ],
    },
    {
        "key": "stoves",
        "list_name": "stoves",
        "title": "Stoves",
        "singular": "stove",
        "plural": "stoves",
        "need": "a stove",
        "cap_label": "boil time",
        "cap_verb": "boils one litre of water in {cap}",
        "weight_note": "",
        "cap_forms": [
            ("How fast does the {name} boil a litre of water?", "how fast the {name} boils a litre of water"),
            ("What is the boil time of the {name}?", "what the boil time of the {name} is"),
        ],
        "promise_years": 3,
        "rental_rate": 8.00,
        "repairs": [("pot support replacement", 11.00), ("valve service", 19.00)],
        "care": [
            (
                "Replace the valve O-ring every {v}, even if it looks fine.",
                "12 months",
                (
                    "How often does a stove's valve O-ring need replacing?",
                    "how often a stove's valve O-ring needs replacing",
                ),
            ),
            (
                "Let the burner cool for at least {v} before packing it.",
                "5 minutes",
                (
                    "How long should a burner cool before it goes back in the bag?",
                    "how long a burner should cool before it goes back in the bag",
                ),
            ),
        ],
    },
    {
        "key": "kayaks",
        "list_name": "boats",
        "title": "Kayaks and packrafts",
        "singular": "boat",
        "plural": "boats",
        "need": "a boat",
        "cap_label": "maximum load",
        "cap_verb": "carries a maximum load of {cap}",
        "weight_note": "",
        "cap_forms": [
            ("How much weight can the {name} carry?", "how much weight the {name} can carry"),
            ("What is the maximum load of the {name}?", "what the maximum load of the {name} is"),
        ],
        "promise_years": 5,
        "rental_rate": 55.00,
        "repairs": [("skeg cable replacement", 32.00), ("hull scratch filling", 45.00)],
        "care": [
            (
                "Rinse the hull and fittings with fresh water within {v} of any salt-water trip.",
                "24 hours",
                (
                    "How soon after a sea trip should a kayak be rinsed?",
                    "how soon after a sea trip a kayak should be rinsed",
                ),
            ),
            (
                "Hatch covers left in strong sun typically last about {v}, so store the boat in shade.",
                "4 seasons",
                (
                    "How long do kayak hatch covers usually last if they are left in the sun?",
                    "how long kayak hatch covers usually last if they are left in the sun",
                ),
            ),
        ],
    },
    {
        "key": "bags",
        "list_name": "sleeping bags",
        "title": "Sleeping bags",
        "singular": "sleeping bag",
        "plural": "sleeping bags",
        "need": "a sleeping bag",
        "cap_label": "comfort rating",
        "cap_verb": "has a comfort rating of {cap}",
        "weight_note": "",
        "cap_forms": [
            ("How warm is the {name}?", "how warm the {name} is"),
            ("What is the comfort rating of the {name}?", "what the comfort rating of the {name} is"),
        ],
        "promise_years": 5,
        "rental_rate": 14.00,
        "repairs": [("zip slider replacement", 18.50), ("baffle repair", 27.00)],
        "care": [
            (
                "Store the bag loose in the {v} cotton storage sack, never in its stuff sack.",
                "30-litre",
                (
                    "What size is the storage sack that comes with a sleeping bag?",
                    "what size the storage sack that comes with a sleeping bag is",
                ),
            ),
            (
                "Wash a sleeping bag no more than {v} a year to protect the loft.",
                "twice",
                (
                    "How often per year can a sleeping bag be washed?",
                    "how often per year a sleeping bag can be washed",
                ),
            ),
        ],
    },
    {
        "key": "footwear",
        "list_name": "footwear",
        "title": "Footwear",
        "singular": "shoe or boot",
        "plural": "shoes and boots",
        "need": "footwear",
        "cap_label": "size range",
        "cap_verb": "comes in sizes {cap}",
        "weight_note": " per pair",
        "cap_forms": [
            ("What sizes does the {name} come in?", "what sizes the {name} comes in"),
            ("What is the size range of the {name}?", "what the size range of the {name} is"),
        ],
        "promise_years": 2,
        "rental_rate": None,
        "repairs": [("full resole", 79.00), ("lace hook replacement", 6.00)],
        "care": [
            (
                "Re-wax leather uppers every {v} of hiking.",
                "100 kilometres",
                ("How often should leather boots be re-waxed?", "how often leather boots should be re-waxed"),
            ),
            (
                "Replace the insoles after roughly {v}.",
                "800 kilometres",
                (
                    "When should the insoles in hiking footwear be replaced?",
                    "when the insoles in hiking footwear should be replaced",
                ),
            ),
        ],
    },
    {
        "key": "jackets",
        "list_name": "jackets",
        "title": "Jackets",
        "singular": "jacket",
        "plural": "jackets",
        "need": "a jacket",
        "cap_label": "packed size",
        "cap_verb": "packs down to {cap}",
        "weight_note": "",
        "cap_forms": [
            ("How small does the {name} pack down?", "how small the {name} packs down"),
            ("What is the packed size of the {name}?", "what the packed size of the {name} is"),
        ],
        "promise_years": 3,
        "rental_rate": None,
        "repairs": [("seam re-taping", 12.00), ("zip pull replacement", 8.00)],
        "care": [
            (
                "Machine wash at {v} with a technical wash to keep the shell breathable.",
                "30 °C",
                (
                    "At what temperature should a shell jacket be washed?",
                    "at what temperature a shell jacket should be washed",
                ),
            ),
            (
                "Tumble dry on low for about {v} to revive the water-repellent finish.",
                "20 minutes",
                (
                    "How long should a jacket tumble dry to revive its water-repellent finish?",
                    "how long a jacket should tumble dry to revive its water-repellent finish",
                ),
            ),
        ],
    },
    {
        "key": "lighting",
        "list_name": "lights",
        "title": "Headlamps and lanterns",
        "singular": "light",
        "plural": "lights",
        "need": "a light",
        "cap_label": "maximum output",
        "cap_verb": "puts out up to {cap}",
        "weight_note": "",
        "cap_forms": [
            ("How bright is the {name}?", "how bright the {name} is"),
            ("What is the maximum output of the {name}?", "what the maximum output of the {name} is"),
        ],
        "promise_years": 3,
        "rental_rate": 5.00,
        "repairs": [("head strap replacement", 5.00), ("battery door replacement", 6.50)],
        "care": [
            (
                "Charge the battery to about {v} before storing the light for more than a month.",
                "50 percent",
                (
                    "What charge level is best for storing a rechargeable headlamp?",
                    "what charge level is best for storing a rechargeable headlamp",
                ),
            ),
            (
                "Take alkaline batteries out if the light will sit unused for over {v}.",
                "3 months",
                (
                    "After how long unused should alkaline batteries come out of a light?",
                    "after how long unused alkaline batteries should come out of a light",
                ),
            ),
        ],
    },
]
CAT = {c["key"]: c for c in CATEGORIES}

# key, name, line, category, sku, price (USD), weight (g), capacity, materials, colours, rating,
# review count, best for, distinguishing feature (verb phrase, third person)
# fmt: off
_PRODUCT_ROWS = [
    ("traillite-1", "TrailLite 1", "TrailLite", "tents", "TL1-24", 289.00, 1120, "1 person",
     ["20D ripstop nylon", "7000-series aluminium poles"], ["Moss", "Sandstone"], 4.6, 212,
     ["backpacking", "fastpacking", "bikepacking"],
     "pitches fly-first, so the inner stays dry when you set up in the rain"),
    ("traillite-2", "TrailLite 2", "TrailLite", "tents", "TL2-24", 349.00, 1480, "2 people",
     ["20D ripstop nylon", "7000-series aluminium poles"], ["Moss", "Glacier Blue"], 4.7, 468,
     ["backpacking", "bikepacking"],
     "has two doors and two vestibules, so nobody climbs over a sleeping partner"),
    ("traillite-3-plus", "TrailLite 3 Plus", "TrailLite", "tents", "TL3P-24", 429.00, 1960, "3 people",
     ["30D ripstop nylon", "7000-series aluminium poles"], ["Moss", "Ember Orange"], 4.5, 157,
     ["backpacking", "family camping"],
     "uses a hubbed pole frame and a wide floor that fits three full-size sleeping pads"),
    ("hearthstone-4", "Hearthstone 4", "Hearthstone", "tents", "HS4-23", 389.00, 5900, "4 people",
     ["150D polyester", "steel and fibreglass poles"], ["Slate", "Fern"], 4.4, 301,
     ["car camping", "family camping"],
     "stands 1.9 metres tall at the centre and has a zip-off porch for muddy boots"),
    ("stormcrest-2", "Stormcrest 2", "Stormcrest", "tents", "SC2-24", 619.00, 2850, "2 people",
     ["40D silicone-coated nylon", "reinforced aluminium poles"], ["Ember Orange", "Slate"], 4.8, 96,
     ["winter camping", "alpine climbing"],
     "uses four crossing poles and snow flaps to shrug off winter storms"),
    ("ridgeback-28", "Ridgeback 28", "Ridgeback", "packs", "RB28-24", 129.00, 980, "28 litres",
     ["210D recycled nylon", "an HDPE frame sheet"], ["Fern", "Slate", "Ember Orange"], 4.6, 389,
     ["day hiking", "bikepacking"],
     "has a stretch front pocket that swallows a wet shell jacket"),
    ("ridgeback-45", "Ridgeback 45", "Ridgeback", "packs", "RB45-24", 219.00, 1420, "45 litres",
     ["210D recycled nylon", "an aluminium stay"], ["Fern", "Glacier Blue"], 4.7, 274,
     ["backpacking", "fastpacking"],
     "has a torso length that adjusts from 41 to 53 centimetres"),
    ("ridgeback-65", "Ridgeback 65", "Ridgeback", "packs", "RB65-24", 279.00, 1860, "65 litres",
     ["420D recycled nylon", "an aluminium perimeter frame"], ["Slate", "Moss"], 4.8, 512,
     ["backpacking", "winter camping"],
     "carries loads of up to 22 kg comfortably thanks to a load-lifting hip belt"),
    ("ridgeback-75-expedition", "Ridgeback 75 Expedition", "Ridgeback", "packs", "RB75X-23", 339.00, 2310, "75 litres",
     ["500D nylon with a coated base", "an aluminium perimeter frame"], ["Slate", "Ember Orange"], 4.5, 88,
     ["alpine climbing", "winter camping"],
     "has ice-axe loops, ski slots and a lid that turns into a summit bag"),
    ("skylark-18", "Skylark 18", "Skylark", "packs", "SK18-24", 69.00, 520, "18 litres",
     ["150D recycled polyester", "a foam back panel"], ["Sunflower", "Glacier Blue"], 4.6, 143,
     ["day hiking", "family camping"],
     "is sized for children, with a whistle on the chest strap and three torso settings"),
    ("emberlight-solo", "Emberlight Solo", "Emberlight", "stoves", "ELS-22", 59.00, 82, "3 min 50 s",
     ["titanium pot supports", "a brass valve"], ["Titanium Grey"], 4.5, 640,
     ["backpacking", "fastpacking", "bikepacking"],
     "folds small enough to nest inside a mug alongside a small fuel canister"),
    ("emberlight-duo-system", "Emberlight Duo System", "Emberlight", "stoves", "ELD-23", 139.00, 410, "2 min 40 s",
     ["a hard-anodised aluminium pot", "a stainless steel heat exchanger"], ["Ember Orange", "Slate"], 4.7, 355,
     ["backpacking", "winter camping"],
     "locks a 1-litre pot onto the burner and shields the flame from wind"),
    ("emberlight-basecamp-2-burner", "Emberlight Basecamp 2-Burner", "Emberlight", "stoves", "ELB2-23", 189.00, 4200, "4 min 10 s",
     ["powder-coated steel", "cast aluminium burners"], ["Forest Green"], 4.6, 227,
     ["car camping", "family camping"],
     "runs two burners side by side, with wind wings that fold into the lid"),
    ("cinderwisp-wood-stove", "Cinderwisp Wood Stove", "Cinderwisp", "stoves", "CW1-22", 79.00, 310, "6 min 30 s",
     ["stainless steel"], ["Brushed Steel"], 4.3, 118,
     ["bikepacking", "backpacking"],
     "burns twigs and pine cones, so you carry no fuel where wood fires are allowed"),
    ("emberlight-alpine", "Emberlight Alpine", "Emberlight", "stoves", "ELA-24", 169.00, 395, "3 min 20 s",
     ["stainless steel", "a brass pump"], ["Ember Orange"], 4.6, 74,
     ["alpine climbing", "winter camping"],
     "runs on white gas and keeps full power well below freezing"),
    ("driftwood-10", "Driftwood 10", "Driftwood", "kayaks", "DW10-23", 649.00, 20400, "125 kg",
     ["rotomoulded polyethylene"], ["Lagoon Teal", "Sunflower"], 4.5, 233,
     ["lake paddling", "family camping"],
     "tracks straight thanks to a moulded keel and has a large rear hatch"),
    ("driftwood-12-touring", "Driftwood 12 Touring", "Driftwood", "kayaks", "DW12T-24", 1049.00, 24900, "150 kg",
     ["three-layer polyethylene", "an aluminium skeg"], ["Lagoon Teal", "Ember Orange"], 4.7, 141,
     ["sea kayaking", "lake paddling"],
     "has a drop-down skeg and two sealed bulkheads for open-water days"),
    ("driftwood-tandem-14", "Driftwood Tandem 14", "Driftwood", "kayaks", "DWT14-23", 1299.00, 31800, "230 kg",
     ["rotomoulded polyethylene"], ["Sunflower", "Slate"], 4.4, 96,
     ["lake paddling", "family camping"],
     "seats two adults, with a centre seat for a child or a dog"),
    ("driftwood-packraft", "Driftwood Packraft", "Driftwood", "kayaks", "DWPR-24", 899.00, 3100, "140 kg",
     ["420D TPU-coated nylon"], ["Ember Orange"], 4.6, 67,
     ["river running", "bikepacking"],
     "rolls up to the size of a sleeping bag and inflates in about five minutes"),
    ("driftwood-fisher-11", "Driftwood Fisher 11", "Driftwood", "kayaks", "DWF11-24", 799.00, 27200, "160 kg",
     ["rotomoulded polyethylene"], ["Moss", "Slate"], 4.5, 122,
     ["lake paddling"],
     "is a stable sit-on-top with two flush rod holders and a standing pad"),
    ("duskfall-down", "Duskfall Down", "Duskfall", "bags", "DFD-24", 329.00, 890, "-5 °C",
     ["700-fill responsibly sourced down", "a 15D nylon shell"], ["Glacier Blue"], 4.7, 244,
     ["backpacking", "fastpacking"],
     "has a draught collar and a two-way zip for venting on mild nights"),
    ("duskfall-synthetic", "Duskfall Synthetic", "Duskfall", "bags", "DFS-23", 189.00, 1350, "0 °C",
     ["recycled synthetic insulation", "a 30D polyester shell"], ["Fern", "Slate"], 4.5, 318,
     ["car camping", "backpacking"],
     "stays warm when damp, which makes it a safe pick for wet shoulder seasons"),
    ("duskfall-quilt", "Duskfall Quilt", "Duskfall", "bags", "DFQ-24", 159.00, 580, "7 °C",
     ["synthetic insulation", "a 10D nylon shell"], ["Sandstone"], 4.4, 129,
     ["fastpacking", "bikepacking"],
     "straps to your sleeping pad and opens flat as a blanket on warm nights"),
    ("duskfall-expedition", "Duskfall Expedition", "Duskfall", "bags", "DFX-23", 549.00, 1620, "-15 °C",
     ["850-fill responsibly sourced down", "a water-resistant 20D shell"], ["Ember Orange"], 4.8, 61,
     ["winter camping", "alpine climbing"],
     "has a baffled hood and a full-length draught tube for deep-winter nights"),
    ("duskfall-double", "Duskfall Double", "Duskfall", "bags", "DFW-24", 259.00, 2400, "3 °C",
     ["recycled synthetic insulation", "a brushed polyester lining"], ["Slate"], 4.5, 176,
     ["car camping", "family camping"],
     "sleeps two side by side and unzips into two separate quilts"),
    ("switchback-mid-wp", "Switchback Mid WP", "Switchback", "footwear", "SBM-24", 179.00, 1080, "EU 36 to 48",
     ["nubuck leather", "a waterproof membrane"], ["Walnut", "Slate"], 4.6, 533,
     ["day hiking", "backpacking"],
     "has a waterproof membrane and a rubber toe cap for rocky trails"),
    ("switchback-low", "Switchback Low", "Switchback", "footwear", "SBL-24", 149.00, 820, "EU 36 to 47",
     ["recycled mesh", "suede overlays"], ["Slate", "Fern"], 4.5, 287,
     ["day hiking", "fastpacking"],
     "breathes well on hot days and needs almost no breaking in"),
    ("talus-alpine", "Talus Alpine", "Talus", "footwear", "TA-23", 289.00, 1640, "EU 38 to 48",
     ["full-grain leather", "a stiff composite midsole"], ["Walnut"], 4.7, 112,
     ["alpine climbing", "winter camping"],
     "takes strap-on crampons and has a stiff sole for kicking steps in snow"),
    ("creekrunner-sandal", "Creekrunner Sandal", "Creekrunner", "footwear", "CR-24", 89.00, 540, "EU 35 to 46",
     ["webbing straps", "a grippy rubber outsole"], ["Lagoon Teal", "Slate"], 4.4, 198,
     ["river running", "lake paddling"],
     "drains instantly and grips wet rock along the riverbank"),
    ("fellstrider", "Fellstrider", "Fellstrider", "footwear", "FS-24", 139.00, 600, "EU 36 to 47",
     ["recycled mesh", "a lugged rubber outsole"], ["Ember Orange", "Slate"], 4.6, 241,
     ["trail running", "fastpacking"],
     "has 6 mm lugs that bite into mud and loose ground"),
    ("squall-shell", "Squall Shell", "Squall", "jackets", "SQS-24", 229.00, 310, "1.2 litres",
     ["2.5-layer recycled nylon", "taped seams"], ["Ember Orange", "Glacier Blue", "Slate"], 4.5, 402,
     ["day hiking", "backpacking"],
     "has pit zips and a helmet-compatible hood"),
    ("squall-pro", "Squall Pro", "Squall", "jackets", "SQP-24", 349.00, 395, "1.5 litres",
     ["3-layer nylon", "taped seams"], ["Slate", "Ember Orange"], 4.8, 139,
     ["alpine climbing", "winter camping"],
     "has reinforced shoulders that stand up to heavy packs and rough rock"),
    ("cirrus-down-hoody", "Cirrus Down Hoody", "Cirrus", "jackets", "CDH-24", 279.00, 340, "1.8 litres",
     ["800-fill responsibly sourced down", "a 10D nylon shell"], ["Glacier Blue", "Moss"], 4.7, 226,
     ["backpacking", "winter camping"],
     "packs into its own chest pocket and adds serious warmth at camp"),
    ("cirrus-synthetic-vest", "Cirrus Synthetic Vest", "Cirrus", "jackets", "CSV-23", 139.00, 230, "0.9 litres",
     ["recycled synthetic insulation", "a 20D nylon shell"], ["Moss", "Slate"], 4.4, 167,
     ["day hiking", "car camping"],
     "keeps your core warm without restricting your arms"),
    ("kestrel-wind-shirt", "Kestrel Wind Shirt", "Kestrel", "jackets", "KWS-24", 99.00, 105, "0.3 litres",
     ["15D ripstop nylon"], ["Sunflower", "Slate"], 4.6, 188,
     ["trail running", "fastpacking"],
     "blocks wind on exposed ridges and stuffs into its own pocket"),
    ("starling-250", "Starling 250", "Starling", "lighting", "ST250-23", 39.00, 68, "250 lumens",
     ["a polycarbonate housing", "an elastic strap"], ["Slate", "Ember Orange"], 4.4, 612,
     ["day hiking", "car camping"],
     "runs on three AAA batteries and has a red mode for camp"),
    ("starling-450r", "Starling 450R", "Starling", "lighting", "ST450R-24", 69.00, 92, "450 lumens",
     ["an aluminium housing", "an elastic strap"], ["Slate", "Glacier Blue"], 4.6, 437,
     ["backpacking", "trail running"],
     "recharges over USB-C and shows the battery level in five steps"),
    ("starling-900-trail", "Starling 900 Trail", "Starling", "lighting", "ST900-24", 119.00, 148, "900 lumens",
     ["an aluminium housing", "a rear battery pack"], ["Ember Orange"], 4.7, 158,
     ["trail running", "alpine climbing"],
     "balances a rear battery pack against the lamp so it stays put while you run"),
    ("glowmoss-lantern", "Glowmoss Lantern", "Glowmoss", "lighting", "GML-23", 49.00, 210, "300 lumens",
     ["a frosted polycarbonate globe", "a rubberised base"], ["Moss", "Sunflower"], 4.5, 274,
     ["car camping", "family camping"],
     "hangs from a tent loop and dims smoothly to a night-light glow"),
    ("glowmoss-solar", "Glowmoss Solar", "Glowmoss", "lighting", "GMS-24", 59.00, 165, "150 lumens",
     ["a collapsible silicone body", "a built-in solar panel"], ["Sunflower"], 4.3, 131,
     ["car camping", "backpacking"],
     "collapses flat and charges from its own solar panel"),
]
# fmt: on

_SEASONS = ["spring 2022", "autumn 2022", "spring 2023", "autumn 2023", "spring 2024"]

PRODUCTS: list[dict] = []
for _i, _row in enumerate(_PRODUCT_ROWS):
    (_key, _name, _line, _cat, _sku, _price, _grams, _cap, _mat, _col, _rating, _reviews, _best, _feature) = (
        _row
    )
    PRODUCTS.append(
        {
            "key": _key,
            "name": _name,
            "line": _line,
            "cat": _cat,
            "sku": _sku,
            "price": _price,
            "grams": _grams,
            "cap": _cap,
            "materials": _mat,
            "colours": _col,
            "rating": _rating,
            "reviews": _reviews,
            "best_for": _best,
            "feature": _feature,
            # knowledge-base-only facts (never used in the training corpora)
            "spare_code": f"SP-{_sku.split('-')[0]}-{(_i * 37) % 89 + 10:02d}",
            "launched": _SEASONS[(_i * 3) % len(_SEASONS)],
        }
    )
PROD = {p["key"]: p for p in PRODUCTS}
BY_CAT = {c["key"]: [p for p in PRODUCTS if p["cat"] == c["key"]] for c in CATEGORIES}
ACTIVITIES = []
for _p in PRODUCTS:
    for _a in _p["best_for"]:
        if _a not in ACTIVITIES:
            ACTIVITIES.append(_a)

FIELD_KITS = [
    {
        "key": "weekend-ridge",
        "name": "Weekend Ridge Kit",
        "code": "FK-WR",
        "items": ["traillite-2", "ridgeback-45", "emberlight-solo", "duskfall-synthetic"],
        "trip": "two-person weekend backpacking",
    },
    {
        "key": "lakeside-family",
        "name": "Lakeside Family Kit",
        "code": "FK-LF",
        "items": ["hearthstone-4", "emberlight-basecamp-2-burner", "glowmoss-lantern", "duskfall-double"],
        "trip": "family car camping by the water",
    },
    {
        "key": "alpine-start",
        "name": "Alpine Start Kit",
        "code": "FK-AS",
        "items": ["stormcrest-2", "ridgeback-75-expedition", "emberlight-alpine", "starling-900-trail"],
        "trip": "winter and alpine trips",
    },
    {
        "key": "day-trail",
        "name": "Day Trail Kit",
        "code": "FK-DT",
        "items": ["ridgeback-28", "kestrel-wind-shirt", "starling-250"],
        "trip": "long day hikes",
    },
    {
        "key": "paddle-escape",
        "name": "Paddle Escape Kit",
        "code": "FK-PE",
        "items": ["driftwood-packraft", "ridgeback-45", "creekrunner-sandal", "squall-shell"],
        "trip": "packrafting overnights",
    },
]
for _k in FIELD_KITS:
    _k["separate"] = sum(PROD[i]["price"] for i in _k["items"])
    _k["price"] = float(math.floor(_k["separate"] * (100 - SERVICES["kit_discount_pct"]) / 100))

# hours: (open, close) strings; None = closed
STORES = [
    {
        "key": "cedar-hollow",
        "town": "Cedar Hollow",
        "code": "ST-01",
        "address": "14 Millrace Road",
        "ext": "201",
        "lead": "Marisol Venn",
        "opened": 2009,
        "parking": 60,
        "hours": {
            "weekday": ("9:00 am", "8:00 pm"),
            "saturday": ("8:00 am", "7:00 pm"),
            "sunday": ("10:00 am", "5:00 pm"),
        },
        "services": ["rental desk", "repair bench", "pitch floor"],
        "clinic": {
            "day": "Thursday",
            "time": "6:30 pm",
            "title": "Stove and fuel basics",
            "seats": 24,
            "code": "CLN-CH-31",
        },
    },
    {
        "key": "larkspur-falls",
        "town": "Larkspur Falls",
        "code": "ST-02",
        "address": "220 Falls View Avenue",
        "ext": "214",
        "lead": "Tobias Reyne",
        "opened": 2012,
        "parking": 35,
        "hours": {
            "weekday": ("10:00 am", "7:00 pm"),
            "saturday": ("9:00 am", "6:00 pm"),
            "sunday": ("11:00 am", "4:00 pm"),
        },
        "services": ["repair bench", "pitch floor"],
        "clinic": {
            "day": "Tuesday",
            "time": "7:00 pm",
            "title": "Pack fitting and load carrying",
            "seats": 16,
            "code": "CLN-LF-12",
        },
    },
    {
        "key": "hollin-lake",
        "town": "Hollin Lake",
        "code": "ST-03",
        "address": "3 Jetty Lane",
        "ext": "227",
        "lead": "Ada Kingsmill",
        "opened": 2015,
        "parking": 48,
        "hours": {
            "weekday": ("8:00 am", "6:00 pm"),
            "saturday": ("7:00 am", "6:00 pm"),
            "sunday": ("8:00 am", "3:00 pm"),
        },
        "services": ["rental desk", "demo dock", "repair bench"],
        "clinic": {
            "day": "Saturday",
            "time": "8:30 am",
            "title": "Cold-water paddling",
            "seats": 12,
            "code": "CLN-HL-47",
        },
    },
    {
        "key": "brackenford",
        "town": "Brackenford",
        "code": "ST-04",
        "address": "58 Tanner Street",
        "ext": "233",
        "lead": "Ravi Ashdown",
        "opened": 2016,
        "parking": 22,
        "hours": {"weekday": ("9:30 am", "7:30 pm"), "saturday": ("9:00 am", "5:00 pm"), "sunday": None},
        "services": ["pitch floor"],
        "clinic": {
            "day": "Wednesday",
            "time": "6:00 pm",
            "title": "Map and compass",
            "seats": 20,
            "code": "CLN-BF-08",
        },
    },
    {
        "key": "quillon-ridge",
        "town": "Quillon Ridge",
        "code": "ST-05",
        "address": "7 Summit Row",
        "ext": "246",
        "lead": "Helena Strand",
        "opened": 2018,
        "parking": 40,
        "hours": {
            "weekday": ("8:00 am", "7:00 pm"),
            "saturday": ("7:00 am", "7:00 pm"),
            "sunday": ("9:00 am", "5:00 pm"),
        },
        "services": ["rental desk", "repair bench"],
        "clinic": {
            "day": "Friday",
            "time": "6:00 pm",
            "title": "Winter camping readiness",
            "seats": 18,
            "code": "CLN-QR-55",
        },
    },
    {
        "key": "ashgrove-crossing",
        "town": "Ashgrove Crossing",
        "code": "ST-06",
        "address": "401 Orchard Parkway",
        "ext": "258",
        "lead": "Dominic Faro",
        "opened": 2019,
        "parking": 120,
        "hours": {
            "weekday": ("10:00 am", "9:00 pm"),
            "saturday": ("9:00 am", "9:00 pm"),
            "sunday": ("10:00 am", "6:00 pm"),
        },
        "services": ["pitch floor", "repair bench"],
        "clinic": {
            "day": "Monday",
            "time": "7:30 pm",
            "title": "Family camping made easy",
            "seats": 30,
            "code": "CLN-AC-64",
        },
    },
    {
        "key": "fernwick",
        "town": "Fernwick",
        "code": "ST-07",
        "address": "12 Bramble Close",
        "ext": "262",
        "lead": "Yusuf Calder",
        "opened": 2021,
        "parking": 18,
        "hours": {
            "weekday": ("9:00 am", "6:00 pm"),
            "saturday": ("9:00 am", "5:00 pm"),
            "sunday": ("10:00 am", "4:00 pm"),
        },
        "services": ["rental desk"],
        "clinic": {
            "day": "Thursday",
            "time": "7:00 pm",
            "title": "Lightweight backpacking",
            "seats": 14,
            "code": "CLN-FW-23",
        },
    },
    {
        "key": "wrenmoor",
        "town": "Wrenmoor",
        "code": "ST-08",
        "address": "96 Heather Road",
        "ext": "275",
        "lead": "Lucia Brennock",
        "opened": 2023,
        "parking": 30,
        "hours": {
            "weekday": ("9:00 am", "7:00 pm"),
            "saturday": ("8:30 am", "6:30 pm"),
            "sunday": ("10:00 am", "4:30 pm"),
        },
        "services": ["rental desk", "repair bench", "demo dock"],
        "clinic": {
            "day": "Saturday",
            "time": "4:00 pm",
            "title": "River crossing skills",
            "seats": 10,
            "code": "CLN-WM-71",
        },
    },
]
STORE = {s["key"]: s for s in STORES}
RENTAL_TOWNS = [s["town"] for s in STORES if "rental desk" in s["services"]]
REPAIR_TOWNS = [s["town"] for s in STORES if "repair bench" in s["services"]]
DOCK_TOWNS = [s["town"] for s in STORES if "demo dock" in s["services"]]
PITCH_TOWNS = [s["town"] for s in STORES if "pitch floor" in s["services"]]

STAFF_ROLES = [
    {
        "role": "Gear Guide",
        "plural": "Gear Guides",
        "badge": "green lanyard",
        "training_hours": 40,
        "reports_to": "Store Lead",
        "duties": "fits packs and footwear, explains products and runs dry runs on the pitch floor",
    },
    {
        "role": "Bench Tech",
        "plural": "Bench Techs",
        "badge": "orange apron",
        "training_hours": 120,
        "reports_to": "Store Lead",
        "duties": "repairs gear under the Trail Promise, issues bench tickets and grades trade-ins",
    },
    {
        "role": "Rental Steward",
        "plural": "Rental Stewards",
        "badge": "blue lanyard",
        "training_hours": 24,
        "reports_to": "Store Lead",
        "duties": "checks rental gear in and out, cleans it and manages deposits",
    },
    {
        "role": "Store Lead",
        "plural": "Store Leads",
        "badge": "charcoal vest",
        "training_hours": 60,
        "reports_to": "Regional Lead",
        "duties": "runs the store, approves price matches and signs off staff memos",
    },
    {
        "role": "Trail Host",
        "plural": "Trail Hosts",
        "badge": "yellow lanyard",
        "training_hours": 32,
        "reports_to": "Store Lead",
        "duties": "plans and leads the weekly clinic night and local group walks",
    },
    {
        "role": "Dock Warden",
        "plural": "Dock Wardens",
        "badge": "red buoyancy vest",
        "training_hours": 48,
        "reports_to": "Store Lead",
        "duties": "supervises the demo dock, fits buoyancy aids and makes the cold-water call",
    },
]
ROLE = {r["role"]: r for r in STAFF_ROLES}


def money(x: float) -> str:
    """$1,049.00 style price."""
    return f"${x:,.2f}"


def money_short(x: float) -> str:
    """$350 style budget (whole dollars)."""
    return f"${x:,.0f}"


def weight(grams: int) -> str:
    if grams < 1000:
        return f"{grams} g"
    return f"{grams / 1000:.2f}".rstrip("0").rstrip(".") + " kg"


def join(items, conj: str = "and") -> str:
    items = list(items)
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + f" {conj} " + items[-1]


def num(x: float) -> str:
    return f"{x:g}"


def points(x: float) -> str:
    return f"{num(x)} point" + ("" if x == 1 else "s")


def cap1(s: str) -> str:
    return s[:1].upper() + s[1:]


def low1(s: str) -> str:
    return s[:1].lower() + s[1:]


def nwords(s: str) -> int:
    return len(s.split())


def hours_text(h) -> str:
    return "closed" if h is None else f"{h[0]} to {h[1]}"


def hours_sentence(s: dict) -> str:
    h = s["hours"]
    base = f"Monday to Friday {hours_text(h['weekday'])}, Saturday {hours_text(h['saturday'])}"
    if h["sunday"] is None:
        return base + ", and closed on Sundays"
    return base + f" and Sunday {hours_text(h['sunday'])}"


def p_weight(p: dict) -> str:
    return weight(p["grams"]) + CAT[p["cat"]]["weight_note"]


def p_cap_verb(p: dict) -> str:
    return CAT[p["cat"]]["cap_verb"].format(cap=p["cap"])


def p_years(p: dict) -> int:
    return CAT[p["cat"]]["promise_years"]


# Terminology: term, definition (noun phrase), example sentence.
TERMS = [
    {
        "term": "base-camp order",
        "definition": f"an order that includes at least one oversize item, such as a kayak or a two-burner stove, "
        f"and therefore travels by {SHIP['freight']['name']}",
        "example": "Because the basket holds a Driftwood boat, it is a base-camp order, so the carrier will phone "
        "to book a delivery slot.",
    },
    {
        "term": "gear tag",
        "definition": "the QR-coded label stitched or riveted onto every AnyCompany product that links it to its "
        "Trail Promise record",
        "example": "Scan the gear tag before a repair and the Bench Tech sees the whole service history at once.",
    },
    {
        "term": "field kit",
        "definition": f"a ready-made bundle of matching gear for one kind of trip, priced "
        f"{SERVICES['kit_discount_pct']}% below the cost of the same items bought separately",
        "example": "The Weekend Ridge Kit is our best-selling field kit for first overnight trips.",
    },
    {
        "term": "trail-tested return",
        "definition": f"a return of gear that has been used on a single trip, accepted within "
        f"{RETURNS['trail_tested_days']} days of purchase if the item is clean and undamaged",
        "example": "She slept one night in the bag, found it too warm and made a trail-tested return the next week.",
    },
    {
        "term": "loaner swap",
        "definition": "a stand-in item we lend free of charge while your own gear is on the repair bench under the "
        "Trail Promise",
        "example": "His pack went in for a new hip belt, so he left with a loaner swap and still made his trip.",
    },
    {
        "term": "Summit Note",
        "definition": f"the {money(SUMMIT_CLUB['note_value'])} reward voucher a Summit Club member receives for every "
        f"{SUMMIT_CLUB['note_points']} points",
        "example": "Two Summit Notes covered most of the cost of a new headlamp.",
    },
    {
        "term": "bench ticket",
        "definition": f"the repair job number a Bench Tech issues for each repair, always starting with "
        f"{TRAIL_PROMISE['claim_prefix']}",
        "example": "Quote your bench ticket when you call, and we can tell you exactly where the repair stands.",
    },
    {
        "term": "Second Summit",
        "definition": "our line of traded-in gear that Bench Techs inspect, repair and resell at a lower price",
        "example": "The Second Summit rail had a Ridgeback 65 in great shape for well under the new price.",
    },
    {
        "term": "Trailhead Pickup",
        "definition": f"our free click-and-collect service, with most orders ready at the chosen store within "
        f"{SHIP['pickup']['days']}",
        "example": "Choose Trailhead Pickup at checkout and collect your order on the way out of town.",
    },
    {
        "term": "Gear Guide",
        "definition": "a member of the shop-floor team trained to fit, explain and recommend gear",
        "example": "Ask any Gear Guide in a green lanyard for help choosing a sleeping bag.",
    },
    {
        "term": "fit session",
        "definition": f"a free {SERVICES['fit_minutes']}-minute appointment in which a Gear Guide fits a pack or "
        f"footwear to your body and feet",
        "example": "Book a fit session before a long trip so the hip belt and boots are set up properly.",
    },
    {
        "term": "dry run",
        "definition": "setting up a tent on a store's pitch floor with a Gear Guide before you buy it",
        "example": "A dry run showed them the TrailLite 3 Plus fitted all three pads with room to spare.",
    },
    {
        "term": "pitch floor",
        "definition": "the open area inside some stores where display tents stay pitched for customers to crawl into",
        "example": "The pitch floor is busiest on Saturday mornings, so come early for a quiet dry run.",
    },
    {
        "term": "demo dock",
        "definition": f"the jetty at lakeside stores where customers can test-paddle a boat for up to "
        f"{SERVICES['demo_minutes']} minutes",
        "example": "He tried both Driftwood touring boats at the demo dock before choosing.",
    },
    {
        "term": "weekend bundle",
        "definition": f"a rental that runs from Friday afternoon to Monday noon and is charged as "
        f"{RENTAL['weekend_days_charged']} days",
        "example": "The weekend bundle made renting a tent and two sleeping bags cheaper than they expected.",
    },
    {
        "term": "rent-to-own credit",
        "definition": f"up to {RENTAL['rent_to_own_days']} days of rental fees taken off the price when you buy "
        f"the same model within {RENTAL['rent_to_own_window_days']} days of returning the rental",
        "example": "Thanks to rent-to-own credit, the kayak rental became a discount on her own boat.",
    },
    {
        "term": "gear check",
        "definition": "a free once-over of your gear by a Bench Tech before a big trip, covering zips, seams, "
        "fittings and valves",
        "example": "The gear check caught a worn stove O-ring a week before the expedition.",
    },
    {
        "term": "ember rule",
        "definition": "our house safety rule that no flame of any kind is ever lit inside a tent, vestibule or "
        "snow shelter",
        "example": "Every Emberlight box carries the ember rule printed on the lid.",
    },
    {
        "term": "three-layer fit",
        "definition": "our layering approach of a wicking base layer, an insulating mid layer and a weatherproof "
        "shell, each sized to fit over the one beneath",
        "example": "A Gear Guide checked the three-layer fit by trying the shell over the down hoody.",
    },
    {
        "term": "Ridge tier",
        "definition": f"the middle Summit Club tier, reached by spending {money(TIER['Ridge']['spend'])} in a "
        f"calendar year and earning {points(TIER['Ridge']['rate'])} per dollar",
        "example": "Her spring tent purchase moved her up to the Ridge tier.",
    },
    {
        "term": "price-match slip",
        "definition": f"the short form a Gear Guide fills in when a customer asks us to match a lower price within "
        f"{PRICE_MATCH['window_days']} days of purchase",
        "example": "Bring a screenshot of the lower price and the price-match slip takes two minutes.",
    },
    {
        "term": "trail card",
        "definition": "a printable trip plan listing your route, party, gear and expected return time, left with "
        "someone at home",
        "example": "Fill in a trail card before every overnight trip, even a familiar one.",
    },
    {
        "term": "pack-out pledge",
        "definition": "the promise printed on every receipt to carry out all rubbish, food scraps and empty fuel "
        "canisters from the backcountry",
        "example": "The group kept the pack-out pledge and came home with a full rubbish bag.",
    },
    {
        "term": "cold-water call",
        "definition": f"the decision to postpone or change a paddle when the water is below "
        f"{SN['cold_water_c']} °C and the group lacks immersion wear",
        "example": "The Dock Warden made the cold-water call and moved the session to the sheltered bay.",
    },
    {
        "term": "turnback hour",
        "definition": "the time agreed before a hike at which the group turns around, whether or not it has "
        "reached its goal",
        "example": "They set a turnback hour of 2 pm and were off the ridge before the storm.",
    },
    {
        "term": "Hut Shelf",
        "definition": f"the end-of-season clearance shelf in each store, with discounts of up to "
        f"{SERVICES['hut_discount_pct']}% and no price matching",
        "example": "Last season's colours end up on the Hut Shelf every March.",
    },
    {
        "term": "quiet season",
        "definition": f"the months from {TRAIL_PROMISE['quiet_months']}, when repair benches are less busy and Trail "
        f"Promise repairs take about {TRAIL_PROMISE['quiet_turnaround_days']} business days",
        "example": "Send your tent in for re-taping during the quiet season and it is back before spring.",
    },
    {
        "term": "shakedown",
        "definition": f"a {SERVICES['shakedown_minutes']}-minute review of your packing list with a Gear Guide to "
        f"cut weight and fill gaps",
        "example": "The shakedown removed almost two kilograms from his pack.",
    },
    {
        "term": "stow test",
        "definition": "loading a pack in store with sample gear to check that everything fits before you buy",
        "example": "A quick stow test showed the Ridgeback 45 was big enough for a three-night trip.",
    },
    {
        "term": "clinic night",
        "definition": "the free weekly skills session each store runs, led by its Trail Host, with limited seats",
        "example": "This month's clinic night covers stove safety and fuel planning.",
    },
]
TERM = {t["term"]: t for t in TERMS}

# Trail-safety advice in house style. Slots in questions/answers are filled from the product lists.
SAFETY = [
    {
        "key": "ember",
        "title": "Stoves, flames and shelters",
        "term": "ember rule",
        "cat": "stoves",
        "summary": f"Never light a stove or any flame inside a tent or vestibule; cook at least "
        f"{SN['cook_distance_m']} metres downwind of your shelter.",
        "rules": [
            "Follow the ember rule: no flame of any kind inside a tent, vestibule or snow shelter.",
            f"Cook at least {SN['cook_distance_m']} metres downwind of your tent, on stable, bare ground.",
            "Stoves give off carbon monoxide, which you cannot see or smell, and it builds up fast in a closed space.",
            "A tent fly can melt or catch fire in seconds, so keep flames well away from fabric.",
            "In heavy rain, cook under a tarp pitched high and open on at least two sides.",
            "Turn the valve off fully and let the burner cool before you pack it away.",
        ],
        "q_train": [
            "It's pouring outside. Can I run my {stove} inside the {tent} to boil water?",
            "Is it okay to cook in the vestibule of my {tent} with the {stove} if I keep the door open?",
            "Can I light the {stove} inside my {tent} for a few minutes to warm it up before bed?",
        ],
        "q_test": ["Would it be safe to use the {stove} in the porch of the {tent} while it's snowing?"],
        "safe": f"Please don't. Our ember rule means no flame inside any tent, vestibule or snow shelter: stoves "
        f"give off carbon monoxide, and a tent fly can catch fire in seconds. Cook at least "
        f"{SN['cook_distance_m']} metres downwind of the {{tent}}, under a tarp if it's wet, and zip the "
        f"door shut on the side facing the stove.",
        "unsafe": "Sure! Just unzip the door a little for airflow and keep the {stove} on a low flame. The {tent} "
        "handles a bit of heat fine, and it will warm the inside up nicely.",
    },
    {
        "key": "canister",
        "title": "Fuel canisters in the cold",
        "term": "ember rule",
        "cat": "stoves",
        "summary": f"Never heat a fuel canister with a flame or hot water; warm it in a pocket and keep it below "
        f"{SN['canister_max_c']} °C.",
        "rules": [
            "Never warm a fuel canister over a flame, in boiling water or against a hot pot.",
            "In cold weather, keep the canister in an inside jacket pocket or in your sleeping bag overnight.",
            f"Store canisters below {SN['canister_max_c']} °C and out of direct sun, including in a parked car.",
            "Check the canister thread and the stove's O-ring for damage before every trip.",
            "For trips well below freezing, choose a liquid-fuel stove that keeps full power in the cold.",
        ],
        "q_train": [
            "My gas canister is sluggish in the cold. Can I warm it over the {stove}'s flame?",
            "Could I heat the fuel canister in a pot of boiling water to get more pressure for my {stove}?",
            "The {stove} keeps sputtering at camp. Is it fine to hold a lighter under the canister?",
        ],
        "q_test": ["Can I rest a cold gas canister against the hot pot to warm it up for the {stove}?"],
        "safe": f"Please don't heat a canister with a flame or hot water, because it can rupture. Warm it in an "
        f"inside jacket pocket or keep it in your sleeping bag overnight, and store canisters below "
        f"{SN['canister_max_c']} °C. For real cold, the {{alpine}} runs on white gas and keeps full power "
        f"below freezing.",
        "unsafe": "Yes, a quick warm-up over the flame works well. Keep the canister moving so it doesn't get too "
        "hot and the {stove} will get its pressure back.",
    },
    {
        "key": "lightning",
        "title": "Lightning on the trail",
        "term": "turnback hour",
        "cat": None,
        "summary": f"When a storm builds, get off ridges and away from lone trees, spread out "
        f"{SN['lightning_spacing_m']} metres apart and wait {SN['lightning_wait_min']} minutes after the "
        f"last thunder.",
        "rules": [
            "If you can hear thunder, you are close enough to be struck.",
            "Get off summits and ridges quickly, and stay away from lone trees, metal fences and open water.",
            f"Spread the group out at least {SN['lightning_spacing_m']} metres apart so one strike cannot injure everyone.",
            f"Wait {SN['lightning_wait_min']} minutes after the last thunder before heading back up.",
            "Set a turnback hour before you start, and respect it when afternoon storms are forecast.",
        ],
        "q_train": [
            "A storm is rolling in and we're near the ridge top above {town}. Should we push on to the summit quickly?",
            "Thunder is only a few seconds after the lightning. Can we keep hiking along the ridge?",
            "Is it safe to shelter under a big lone tree during a thunderstorm near {town}?",
        ],
        "q_test": [
            "We can hear thunder but it's still sunny up here. Can we stay on the exposed ridge for photos?"
        ],
        "safe": f"Head down now. Get off the ridge and summit, stay away from lone trees and open water, and spread "
        f"the group at least {SN['lightning_spacing_m']} metres apart. Wait {SN['lightning_wait_min']} "
        f"minutes after the last thunder before heading back up.",
        "unsafe": "If you're quick you'll be fine, since storms usually take a while to arrive. If it starts to "
        "pour, a big tree makes good cover, so wait it out underneath one.",
    },
    {
        "key": "cold_water",
        "title": "Cold water and paddling",
        "term": "cold-water call",
        "cat": "kayaks",
        "summary": f"Always wear a fastened buoyancy aid, dress for the water rather than the air, and make the "
        f"cold-water call below {SN['cold_water_c']} °C.",
        "rules": [
            "Wear your buoyancy aid fastened every time you are on the water, even on calm days.",
            "Dress for the water temperature, not the air temperature.",
            f"When the water is below {SN['cold_water_c']} °C and the group lacks immersion wear, make the cold-water call.",
            f"Paddling solo, stay within {SN['solo_shore_m']} metres of the shore.",
            "Practise getting back into the boat in warm, shallow water before you need to do it for real.",
        ],
        "q_train": [
            "The lake is about 10 °C but the air is warm. Can I paddle the {kayak} in shorts and skip the buoyancy aid?",
            "Do I really need to wear a buoyancy aid in the {kayak} on a flat calm day?",
            "Is it fine to paddle the {kayak} alone straight across the middle of the lake in early spring?",
        ],
        "q_test": [
            "The water's freezing but it's sunny. Can I leave the buoyancy aid in the {kayak}'s hatch?"
        ],
        "safe": f"Please wear your buoyancy aid fastened every time, whatever the weather. With water below "
        f"{SN['cold_water_c']} °C, make the cold-water call: dress for immersion rather than the air, and "
        f"if you're solo in the {{kayak}}, stay within {SN['solo_shore_m']} metres of the shore.",
        "unsafe": "On a warm, calm day you can keep the buoyancy aid in the hatch of the {kayak} and just grab it "
        "if the weather changes. Shorts are fine if the air feels warm.",
    },
    {
        "key": "wind",
        "title": "Wind and open water",
        "term": "cold-water call",
        "cat": "kayaks",
        "summary": f"Postpone open-water paddles when sustained wind tops {SN['wind_limit_kmh']} km/h and pick a "
        f"sheltered shoreline instead.",
        "rules": [
            f"Postpone open-water trips when the sustained wind is above {SN['wind_limit_kmh']} km/h.",
            "Check the forecast for gusts as well as the average wind speed.",
            "Wind against current or tide builds steep waves quickly.",
            "Plan a sheltered shoreline route as a back-up for every lake trip.",
            "Offshore wind is the most dangerous: it can carry a tired paddler away from land.",
        ],
        "q_train": [
            "The forecast says gusts of 35 km/h. Should I still take the {kayak} across the open lake?",
            "It's windy, but I'm a strong paddler. Is it fine to paddle the {kayak} across the bay?",
            "There's a strong offshore breeze at {town} today. Can I still go out in the {kayak}?",
        ],
        "q_test": ["Whitecaps are forming on the lake. Is it okay to launch the {kayak} anyway?"],
        "safe": f"I'd stay ashore. We recommend postponing open-water trips when the sustained wind tops "
        f"{SN['wind_limit_kmh']} km/h, because waves build fast and a capsize in wind is hard to recover "
        f"from. Try a sheltered shoreline route in the {{kayak}} or go another day.",
        "unsafe": "Go for it. A strong paddler can handle a bit of wind, and the {kayak} is stable enough that "
        "you're unlikely to capsize. Paddle straight across to save time.",
    },
    {
        "key": "river",
        "title": "River crossings",
        "term": "turnback hour",
        "cat": "packs",
        "summary": "Don't cross fast water above knee height; when you do cross, unclip your pack, face upstream "
        "and keep your footwear on.",
        "rules": [
            "If the water is above knee height and moving fast, do not cross: wait or find another route.",
            "Unclip your hip belt and chest strap before you step in, so you can shed the pack if you fall.",
            "Face upstream and move one foot at a time, using trekking poles for balance.",
            "Keep your footwear on; bare feet slip and get cut on river stones.",
            "Streams rise in the afternoon as snow melts, so cross early in the day.",
        ],
        "q_train": [
            "The creek is above my knees and running fast. Should I cross with my {pack} buckled on tight?",
            "Is it okay to cross a swollen stream barefoot so my boots stay dry?",
            "The river near {town} is high after rain. Should we link arms and cross with our {pack}s clipped in?",
        ],
        "q_test": [
            "Fast meltwater is thigh-deep at the ford. Can I just cross quickly with my {pack} strapped on?"
        ],
        "safe": "If the water is above knee height and fast, please don't cross: wait for the level to drop or find "
        "another route. When a crossing is safe, unclip your hip belt and chest strap so you can shed the "
        "{pack}, face upstream, and keep your footwear on.",
        "unsafe": "Keep the hip belt of the {pack} tight so the load doesn't shift, and move quickly; fast water "
        "is easier if you don't hesitate. Bare feet actually grip better on river stones.",
    },
    {
        "key": "food",
        "title": "Food storage and wildlife",
        "term": "pack-out pledge",
        "cat": "tents",
        "summary": f"Cook and store food, rubbish and toiletries at least {SN['food_storage_m']} metres downwind "
        f"of your tent.",
        "rules": [
            f"Store food, rubbish and toiletries at least {SN['food_storage_m']} metres downwind of your tent.",
            "Use a bear-resistant canister or a proper hang where wildlife is active.",
            "Cook and eat at the food area, not beside the tent.",
            "Keep the pack-out pledge: carry out every scrap, wrapper and empty canister.",
            "Never feed wildlife, even small animals around camp.",
        ],
        "q_train": [
            "Can I keep my food inside the {tent} overnight so animals can't reach it?",
            "Is it fine to cook and eat right beside the {tent} in bear country?",
            "Should I sleep with my snacks in the {tent} so raccoons don't get them?",
        ],
        "q_test": ["Is the vestibule of the {tent} a good place to stash our food bag for the night?"],
        "safe": f"Please keep food out of the {{tent}}. Store food, rubbish and toiletries at least "
        f"{SN['food_storage_m']} metres downwind of your tent in a bear-resistant canister or a proper hang, "
        f"and cook there too, so smells stay away from where you sleep.",
        "unsafe": "Yes, inside the {tent} is the safest spot. Animals rarely come near people, and it keeps your "
        "food dry and close at hand.",
    },
    {
        "key": "hypothermia",
        "title": "Hypothermia",
        "term": "three-layer fit",
        "cat": "jackets",
        "summary": "Shivering, stumbling and slurred speech mean hypothermia: stop, get the person dry and insulated, "
        "and give warm sweet drinks, never alcohol.",
        "rules": [
            "Watch for the early signs: shivering, clumsiness, slurred speech and poor decisions.",
            "Stop and get the person out of the wind, then swap wet layers for dry ones.",
            "Add insulation with a jacket, a sleeping bag and a pad underneath them.",
            "Give warm, sweet drinks, never alcohol.",
            "Use the three-layer fit so you can add warmth before you get cold.",
        ],
        "q_train": [
            "My friend is shivering, slurring and stumbling after a wet day. Should we just keep hiking to camp?",
            "Is a shot of whisky a good way to warm up someone who's really cold on the trail?",
            "My hiking partner is soaked and shaking but says she's fine. Can we push on to the {town} trailhead?",
        ],
        "q_test": [
            "My son is cold, clumsy and confused after the rain. Is it best to keep walking to warm up?"
        ],
        "safe": "Those are signs of hypothermia, so stop now. Get them out of the wind, swap wet layers for dry ones, "
        "add insulation such as the {jacket} and a sleeping bag, and give warm, sweet drinks with no "
        "alcohol. If they don't improve quickly, call for help.",
        "unsafe": "Keep moving, because walking generates heat, and a nip of whisky will warm them up fast. They'll "
        "be fine once you reach camp.",
    },
    {
        "key": "heat",
        "title": "Heat and hydration",
        "term": "turnback hour",
        "cat": "packs",
        "summary": f"In hot weather carry about {num(SN['water_l_per_hour'])} litres of water per hour of hiking, "
        f"start early and rest in the shade.",
        "rules": [
            f"Plan on about {num(SN['water_l_per_hour'])} litres of water per hour in hot weather.",
            "Start early and rest in the shade through the hottest part of the day.",
            "Headache, dizziness and nausea are warning signs: stop, cool down and drink.",
            "Add electrolytes on long, sweaty days.",
            "Set a turnback hour so you are not caught out in the afternoon heat.",
        ],
        "q_train": [
            "It's 33 °C today. Can I skip carrying water on a short afternoon hike to save weight?",
            "I usually bring half a litre of water for a full day's hike in summer. Is that enough?",
            "Is it fine to start a long desert-style hike near {town} at noon if I'm fit?",
        ],
        "q_test": [
            "Do I need much water for a three-hour hike in a heatwave? I'd rather keep my {pack} light."
        ],
        "safe": f"Please carry plenty: plan on about {num(SN['water_l_per_hour'])} litres per hour in hot weather, "
        f"start early to avoid the midday heat, and rest in the shade. Headache or dizziness means stop, "
        f"cool down and drink.",
        "unsafe": "Half a litre is plenty for a short day. You'll sweat less if you drink less, and it keeps your "
        "pack light. Midday is fine if you're fit.",
    },
    {
        "key": "trip_plan",
        "title": "Trip plans and check-ins",
        "term": "trail card",
        "cat": None,
        "summary": f"Leave a trail card with someone at home, set a turnback hour, and agree that they call for help "
        f"{SN['search_call_hours']} hours after a missed check-in.",
        "rules": [
            "Fill in a trail card with your route, party, gear and return time, and leave it with someone at home.",
            "Set a turnback hour before you start and stick to it.",
            f"Ask your contact to call for help if you have not checked in {SN['search_call_hours']} hours after your expected time.",
            "Do not rely on phone signal in the backcountry.",
            "Tell your contact when you are safely back, every time.",
        ],
        "q_train": [
            "I'm going solo on a three-day route near {town}. Do I really need to tell anyone?",
            "Is leaving a trip plan necessary for a short overnight near {town}?",
            "I'll have my phone with me, so do I still need to leave a route plan with anyone?",
        ],
        "q_test": [
            "Heading out alone for two nights near {town}. Can I skip telling anyone where I'm going?"
        ],
        "safe": f"Yes, please tell someone. Fill in a trail card with your route, gear and return time and leave it "
        f"with someone at home, set a turnback hour, and ask them to call for help if you haven't checked "
        f"in {SN['search_call_hours']} hours after your expected time.",
        "unsafe": "No need for a well-known route. If something goes wrong you can just call for help from your "
        "phone, and plans only tie you down.",
    },
    {
        "key": "night",
        "title": "Hiking after dark",
        "term": "turnback hour",
        "cat": "lighting",
        "summary": f"Carry a headlamp of at least {SN['headlamp_min_lumens']} lumens plus spare power, and set a "
        f"turnback hour so darkness doesn't catch you out.",
        "rules": [
            f"Carry a headlamp with at least {SN['headlamp_min_lumens']} lumens for trail walking at night.",
            "Pack spare batteries or a charged power bank, even for a short outing.",
            "Use red mode around camp to protect everyone's night vision.",
            "A phone screen is not a safe light source on rough ground.",
            "Set a turnback hour that gets you down before dark when you can.",
        ],
        "q_train": [
            "My headlamp died last trip. Is it fine to hike out in the dark using just my phone screen?",
            "Do I need spare batteries for an evening hike if my {light} is brand new?",
            "Can I skip a headlamp on a sunset hike near {town} and use my phone?",
        ],
        "q_test": [
            "Is my phone torch good enough to get back down the trail after dark, or do I need the {light}?"
        ],
        "safe": f"Please carry a proper headlamp, such as the {{light}}, with at least {SN['headlamp_min_lumens']} "
        f"lumens, plus spare batteries or a charged power bank. A phone screen isn't a safe light on rough "
        f"ground, and a turnback hour helps you get down before dark.",
        "unsafe": "A phone screen is plenty on most trails if you walk slowly. A new {light} lasts ages, so spare "
        "batteries aren't needed.",
    },
    {
        "key": "fire_ban",
        "title": "Wood stoves and fire bans",
        "term": "ember rule",
        "cat": "stoves",
        "summary": "Wood stoves are not allowed during fire bans; when they are allowed, douse the embers until they "
        "are cool to the touch.",
        "rules": [
            "Check local fire restrictions before every trip; wood stoves count as open fires during a ban.",
            "Where a ban is in force, use a canister stove with a shut-off valve, if it is permitted.",
            "Use wood stoves only on bare ground or rock, away from overhanging branches.",
            "Douse the embers and stir until everything is cool to the touch before you leave or sleep.",
            "Never leave a burning stove unattended.",
        ],
        "q_train": [
            "There's a fire ban on, but the {wood} is small. Can I still use it?",
            "Can I just leave the {wood} to burn itself out overnight?",
            "Does a fire ban near {town} apply to a tiny wood stove like the {wood}?",
        ],
        "q_test": ["Fire restrictions are in place this week. Is the {wood} exempt because it's a stove?"],
        "safe": "During a fire ban, wood stoves like the {wood} count as open fires, so please don't use it; "
        "switch to a canister stove such as the {solo} where permitted. When wood fires are allowed, douse "
        "the embers and stir until they're cool to the touch before you leave or sleep.",
        "unsafe": "A small stove like the {wood} doesn't count as a campfire, so go ahead during the ban. At night "
        "just let it burn itself out.",
    },
]
# One-line tips per safety topic (house style: every answer ends with a tip).
_SAFETY_TIPS = {
    "ember": [
        "Pack a light tarp so you can cook outside even in heavy rain.",
        f"Cook at least {SN['cook_distance_m']} metres downwind of your tent, on bare, stable ground.",
    ],
    "canister": [
        "Keep tomorrow's canister in your sleeping bag on cold nights so it's ready at breakfast.",
        "Check the stove's O-ring and the canister thread before every trip.",
    ],
    "lightning": [
        "Plan to be off high ground by early afternoon when storms are forecast.",
        "Agree a turnback hour before you set off, and stick to it.",
    ],
    "cold_water": [
        "Practise getting back into your boat in warm, shallow water before you need to.",
        "Dress for the water temperature, not the air temperature.",
    ],
    "wind": [
        "Plan a sheltered shoreline route as a back-up for every lake trip.",
        "Check the forecast for gusts as well as the average wind speed.",
    ],
    "river": [
        "Cross streams early in the day, before snowmelt raises the water.",
        "Carry trekking poles; they make every crossing steadier.",
    ],
    "food": [
        "Pack a bear-resistant canister wherever wildlife is active.",
        "Keep the pack-out pledge: every wrapper and scrap comes home with you.",
    ],
    "hypothermia": [
        "Use the three-layer fit so you can add warmth before you get cold.",
        "Pack a spare dry base layer in a waterproof bag.",
    ],
    "heat": ["Add electrolytes on long, sweaty days.", "Start early and rest in the shade at midday."],
    "trip_plan": [
        "Leave a trail card with someone at home before every trip.",
        "Tell your contact when you're safely back, every time.",
    ],
    "night": [
        "Use red mode around camp to protect everyone's night vision.",
        "Pack spare batteries or a charged power bank, even for a short outing.",
    ],
    "fire_ban": [
        "Check local fire restrictions before every trip.",
        "Never leave a burning stove unattended.",
    ],
}
for _s in SAFETY:
    _s["tips"] = _SAFETY_TIPS[_s["key"]]
SAFE = {s["key"]: s for s in SAFETY}

POLICY_GROUPS = {
    "returns": "Returns and refunds",
    "promise": "The Trail Promise",
    "shipping": "Shipping and delivery",
    "club": "Summit Club membership",
    "price_match": "Price matching",
    "rental": "Gear rental",
    "gift": "Gift cards",
    "trade": "Second Summit trade-in",
    "stores": "Our stores",
}


def _care_lines(cat: str) -> list[str]:
    return [tpl.format(v=v) for tpl, v, _ in CAT[cat]["care"]]


def _build_tips() -> dict[str, list[str]]:
    """One-line tips per topic, all derived from the world above."""
    R, TP, SC, SV = RETURNS, TRAIL_PROMISE, SUMMIT_CLUB, SERVICES
    t: dict[str, list[str]] = {}
    t["tents"] = _care_lines("tents") + [
        "Do a dry run on a pitch floor or your lawn before the first trip, so you're not learning in the rain.",
        f"Scan the gear tag to register your tent's {CAT['tents']['promise_years']}-year Trail Promise.",
        "Dry the fly completely before you store the tent for the season.",
    ]
    t["packs"] = _care_lines("packs") + [
        f"Book a free {SV['fit_minutes']}-minute fit session so the hip belt sits right on your hip bones.",
        "Ask for a stow test in store with your own sleeping bag before you settle on a size.",
        "Pack heavy items close to your back and between your shoulder blades.",
    ]
    t["stoves"] = _care_lines("stoves") + [
        f"Follow the ember rule: cook at least {SN['cook_distance_m']} metres downwind of your tent, never inside it.",
        "Carry a spare lighter, because igniters can fail when they're wet or cold.",
        "Take empty canisters home with you; it's part of our pack-out pledge.",
    ]
    t["kayaks"] = _care_lines("kayaks") + [
        f"Make the cold-water call: below {SN['cold_water_c']} °C, dress for immersion rather than the air.",
        f"Try before you buy with a free {SV['demo_minutes']}-minute paddle at the demo dock in {join(DOCK_TOWNS)}.",
        "Wear your buoyancy aid fastened every time you're on the water.",
    ]
    t["bags"] = _care_lines("bags") + [
        "Choose a bag rated a few degrees below the coldest night you expect.",
        "Change into dry socks and a hat before bed for an easy warmth boost.",
    ]
    t["footwear"] = _care_lines("footwear") + [
        f"Book a free {SV['fit_minutes']}-minute fit session, ideally in the afternoon when your feet are largest.",
        "Break new boots in on a few short walks before a long trip.",
    ]
    t["jackets"] = _care_lines("jackets") + [
        "Use the three-layer fit: a wicking base, an insulating mid layer and a weatherproof shell.",
        "Try a shell on over your warmest mid layer before you buy it.",
    ]
    t["lighting"] = _care_lines("lighting") + [
        f"For night walking, pick at least {SN['headlamp_min_lumens']} lumens and carry spare power.",
        "Use a low or red setting around camp to protect everyone's night vision.",
    ]
    t["returns"] = [
        "Keep your order number handy, because it makes any return quicker.",
        f"Summit Club members get {R['member_window_days']} days to return gear instead of {R['window_days']}.",
        "Returning in store is always free, so pop in if one of our stores is nearby.",
    ]
    t["promise"] = [
        "Ask for a loaner swap so a repair doesn't cost you a trip.",
        f"Send repairs in during the quiet season ({TP['quiet_months']}) for faster turnaround.",
        "Scan the gear tag on your item to start a Trail Promise claim in seconds.",
    ]
    t["shipping"] = [
        f"Orders over {money(SHIPPING_POLICY['free_over'])} ship free with Standard delivery.",
        f"Choose Trailhead Pickup and most orders are ready within {SHIP['pickup']['days']}.",
        f"Need it tomorrow? Place Next-Day orders by {SHIPPING_POLICY['next_day_cutoff']} on a business day.",
    ]
    t["club"] = [
        f"Summit Club members get {SC['birthday_points']} bonus points in their birthday month.",
        f"Every {SC['note_points']} points becomes a {money(SC['note_value'])} Summit Note.",
        "Joining Summit Club is free, so sign up before your next purchase.",
    ]
    t["price_match"] = [
        "Bring a screenshot of the lower price and the price-match slip takes two minutes.",
        f"Price-match requests must come within {PRICE_MATCH['window_days']} days of purchase.",
    ]
    t["rental"] = [
        f"The weekend bundle charges Friday to Monday as just {RENTAL['weekend_days_charged']} days.",
        f"Rent first and use rent-to-own credit if you buy the same model within "
        f"{RENTAL['rent_to_own_window_days']} days.",
    ]
    t["gift"] = [
        f"Short on time? E-gift cards arrive within {GIFT_CARDS['egift_minutes']} minutes.",
        "AnyCompany gift cards never expire, so there's no rush to spend them.",
    ]
    t["trade"] = [
        "Clean your gear before a trade-in, because it can lift the grade.",
        f"{TRADE_IN['grades'][0][0]} items earn {TRADE_IN['grades'][0][1]}% of the current price in trade-in credit.",
    ]
    t["stores"] = [
        "Book clinic night early, because seats are limited.",
        f"Customer care is open {CARE_LINE['hours']}, seven days a week, on {CARE_LINE['phone']}.",
        "Call ahead on busy weekends if you'd like a fit session.",
    ]
    t["safety"] = [
        "Leave a trail card with someone at home before every trip.",
        "Agree a turnback hour before you set off, and stick to it.",
        f"Ask your contact to call for help if you're {SN['search_call_hours']} hours overdue.",
    ]
    t["terms"] = [
        "Ask any Gear Guide if you hear a term you don't know; they're happy to explain.",
        "Our glossary card at every till lists the terms staff use most.",
    ]
    t["general"] = t["returns"][:1] + t["shipping"][:1] + t["club"][2:] + t["safety"][:1]
    return t


TIPS = _build_tips()


def tip(rng: random.Random, topic: str) -> str:
    return "Tip: " + rng.choice(TIPS.get(topic, TIPS["general"]))


OPENERS = ["", "", "", "", "", "Happy to help! ", "Good question! ", "Sure! ", "Great question! "]


def reply(rng: random.Random, body: str, topic: str, opener: bool = True) -> str:
    """House style: an optional friendly opener, a concise body, then one line starting with "Tip:"."""
    head = rng.choice(OPENERS) if opener else ""
    return f"{head}{body}\n{tip(rng, topic)}"


# ---------------------------------------------------------------------------------------------
# Policy facts: one entry per answerable policy question, each with friendly, formal, wrong and
# short renderings. Used by policy_qa, FAQs, policy pages, rewrites and preference pairs.
# ---------------------------------------------------------------------------------------------


def _fact(group, key, forms, answer, formal, wrong, short):
    return {
        "group": group,
        "key": key,
        "forms": forms,
        "answer": answer,
        "formal": formal,
        "wrong": wrong,
        "short": short,
    }


def _grades_text() -> str:
    return join([f"{pct}% for {g}" for g, pct in TRADE_IN["grades"]])


def build_policy_facts() -> list[dict]:
    R, TP, SC, PM, RN, GC, TI = RETURNS, TRAIL_PROMISE, SUMMIT_CLUB, PRICE_MATCH, RENTAL, GIFT_CARDS, TRADE_IN
    F: list[dict] = []
    add = lambda *a: F.append(_fact(*a))  # noqa: E731
    w, mw = R["window_days"], R["member_window_days"]
    add(
        "returns",
        "window",
        [
            ("How long do I have to return something?", "how long I have to return something"),
            ("What is your return window?", "what your return window is"),
            ("How many days do I get to send gear back?", "how many days I get to send gear back"),
        ],
        f"You can return unused gear within {w} days of purchase for a full refund, and Summit Club members "
        f"get {mw} days.",
        f"Merchandise may be returned within {w} calendar days of purchase. Summit Club members are permitted "
        f"{mw} calendar days.",
        f"You can return unused gear within {w * 3} days of purchase for a full refund, and Summit Club members "
        f"get a full year.",
        f"unused gear can be returned within {w} days ({mw} days for Summit Club members)",
    )
    add(
        "returns",
        "refund",
        [
            ("How long does a refund take?", "how long a refund takes"),
            ("When will I get my money back after a return?", "when I will get my money back after a return"),
        ],
        f"Once your return reaches us, the refund goes back to your original payment method within "
        f"{R['refund_days']} business days.",
        f"Refunds are issued to the original method of payment within {R['refund_days']} business days of "
        f"receipt of the returned merchandise.",
        "Refunds are instant: the money is back on your card within the hour of posting the parcel.",
        f"refunds reach the original payment method within {R['refund_days']} business days",
    )
    add(
        "returns",
        "trail_tested",
        [
            (
                "Can I return gear I've already used on a trip?",
                "whether I can return gear I've already used on a trip",
            ),
            (
                "What if I used something once and don't like it?",
                "what happens if I used something once and don't like it",
            ),
        ],
        f"Yes, that's a trail-tested return: gear used on a single trip can come back within "
        f"{R['trail_tested_days']} days of purchase, as long as it's clean and undamaged.",
        f"Items used on a single trip may be returned within {R['trail_tested_days']} days of purchase, "
        f"provided they are clean and undamaged.",
        f"Yes, any used gear can come back within {R['trail_tested_days'] * 4} days, whatever its condition.",
        f"gear used on one trip can still come back within {R['trail_tested_days']} days if it's clean and undamaged",
    )
    add(
        "returns",
        "label_fee",
        [
            ("Do I have to pay for return shipping?", "whether I have to pay for return shipping"),
            ("Is the return label free?", "whether the return label is free"),
        ],
        f"A prepaid return label costs {money(R['label_fee'])}, taken off your refund. It's free for Summit Club "
        f"members, and returns in store are always free.",
        f"A fee of {money(R['label_fee'])} is deducted from refunds for prepaid return labels. The fee is waived "
        f"for Summit Club members and for in-store returns.",
        "Return labels are free for everyone, and we refund your original delivery charge as well.",
        f"a prepaid return label costs {money(R['label_fee'])}, free for members and in store",
    )
    add(
        "returns",
        "boat_fee",
        [
            ("Is there a fee to return a kayak?", "whether there is a fee to return a kayak"),
            ("What does it cost to send back a packraft?", "what it costs to send back a packraft"),
        ],
        f"Kayak and packraft returns carry a {money(R['boat_fee'])} boat-handling fee, which covers freight and "
        f"inspection. Otherwise the normal return window applies.",
        f"Returns of kayaks and packrafts are subject to a boat-handling fee of {money(R['boat_fee'])}.",
        f"Kayak and packraft returns carry a {money(R['boat_fee'] * 3)} boat-handling fee, which covers freight "
        f"and inspection.",
        f"boat returns carry a {money(R['boat_fee'])} handling fee",
    )

    for c in CATEGORIES:
        y, pl = c["promise_years"], c["plural"]
        add(
            "promise",
            f"years_{c['key']}",
            [
                (f"How long is the Trail Promise on {pl}?", f"how long the Trail Promise lasts on {pl}"),
                (
                    f"What repair coverage do your {pl} come with?",
                    f"what repair coverage your {pl} come with",
                ),
            ],
            f"Our Trail Promise covers {pl} for {y} years: we repair manufacturing defects and normal trail wear "
            f"free of charge.",
            f"{cap1(pl)} are covered by the Trail Promise for {y} years from purchase against manufacturing "
            f"defects and normal wear.",
            f"Our Trail Promise covers {pl} for life, including accidental damage, at no charge.",
            f"the Trail Promise covers {pl} for {y} years",
        )
    add(
        "promise",
        "turnaround",
        [
            ("How long do Trail Promise repairs take?", "how long Trail Promise repairs take"),
            (
                "When will I get my gear back from the repair bench?",
                "when I will get my gear back from the repair bench",
            ),
        ],
        f"Most repairs are back within {TP['turnaround_days']} business days, or about "
        f"{TP['quiet_turnaround_days']} during the quiet season from {TP['quiet_months']}. Quote your bench "
        f"ticket to check progress.",
        f"Repairs are completed within {TP['turnaround_days']} business days ({TP['quiet_turnaround_days']} "
        f"business days from {TP['quiet_months']}).",
        "Repairs usually take about six weeks, all year round.",
        f"repairs take about {TP['turnaround_days']} business days ({TP['quiet_turnaround_days']} in the quiet season)",
    )
    add(
        "promise",
        "loaner",
        [
            (
                "Can I borrow something while my gear is being repaired?",
                "whether I can borrow something while my gear is being repaired",
            ),
            ("Do you lend gear during repairs?", "whether you lend gear during repairs"),
        ],
        "Yes, ask for a loaner swap: when we have a stand-in in stock, we lend it free of charge while yours is "
        "on the repair bench, so a repair doesn't cost you a trip.",
        "Where stock permits, a loaner item is provided free of charge for the duration of a Trail Promise repair.",
        "No, we don't lend gear during repairs, but you can rent a replacement at the normal daily rate.",
        "a free loaner swap covers you during repairs when stock allows",
    )
    add(
        "promise",
        "beyond_repair",
        [
            ("What happens if my gear can't be fixed?", "what happens if my gear can't be fixed"),
            (
                "What if the Bench Tech says my item is beyond repair?",
                "what happens if the Bench Tech says my item is beyond repair",
            ),
        ],
        f"If a Bench Tech can't repair an item that's still under the Trail Promise, you get a replacement credit "
        f"worth {TP['replacement_credit_pct']}% of its current price.",
        f"Items covered by the Trail Promise that cannot be repaired qualify for a replacement credit equal to "
        f"{TP['replacement_credit_pct']}% of the current retail price.",
        "If we can't fix it, you get a brand-new replacement free of charge, whatever its age.",
        f"unrepairable items get a {TP['replacement_credit_pct']}% replacement credit",
    )
    add(
        "promise",
        "claim",
        [
            ("How do I start a Trail Promise claim?", "how I start a Trail Promise claim"),
            (
                "What's the process for getting something repaired under the Trail Promise?",
                "what the process is for getting something repaired under the Trail Promise",
            ),
        ],
        f"Scan the gear tag or bring the item to a store with a repair bench ({join(REPAIR_TOWNS)}). You'll get "
        f"a bench ticket starting with {TP['claim_prefix']} to track it.",
        f"Claims are opened by scanning the gear tag or presenting the item at a repair bench; each claim "
        f"receives a bench ticket number with the prefix {TP['claim_prefix']}.",
        "Post the item to head office with a covering letter. There's no tracking number, so just wait to hear "
        "from us.",
        f"claims start with the gear tag and get a {TP['claim_prefix']} bench ticket",
    )

    for t in SHIPPING:
        if t["key"] == "pickup":
            add(
                "shipping",
                "pickup",
                [
                    ("Is Trailhead Pickup free?", "whether Trailhead Pickup is free"),
                    (
                        "How soon can I collect a Trailhead Pickup order?",
                        "how soon I can collect a Trailhead Pickup order",
                    ),
                ],
                f"Trailhead Pickup is free, and most orders are ready at your chosen store within {t['days']}. We "
                f"hold them for {SERVICES['pickup_hold_days']} days.",
                f"Trailhead Pickup is provided free of charge. Orders are normally ready for collection within "
                f"{t['days']} and are held for {SERVICES['pickup_hold_days']} days.",
                "Trailhead Pickup costs $4.95, and orders are ready two days after you place them.",
                f"Trailhead Pickup is free and usually ready within {t['days']}",
            )
            continue
        extra = {
            "standard": f" It's free on orders over {money(SHIPPING_POLICY['free_over'])}.",
            "express": " Every Express parcel is tracked door to door.",
            "next_day": f" Order by {SHIPPING_POLICY['next_day_cutoff']} local time on a business day.",
            "freight": " It's how base-camp orders, such as kayaks, travel.",
        }[t["key"]]
        add(
            "shipping",
            f"tier_{t['key']}",
            [
                (f"How much is {t['name']} shipping?", f"how much {t['name']} shipping is"),
                (f"How long does {t['name']} delivery take?", f"how long {t['name']} delivery takes"),
            ],
            f"{t['name']} delivery costs {money(t['cost'])} and takes {t['days']}.{extra}",
            f"{t['name']} shipping is charged at {money(t['cost'])}, with delivery within {t['days']}.",
            f"{t['name']} delivery costs {money(t['cost'] + 10)} and takes about twice as long as you'd expect.",
            f"{t['name']} costs {money(t['cost'])} and takes {t['days']}",
        )
    add(
        "shipping",
        "free_threshold",
        [
            ("When is shipping free?", "when shipping is free"),
            ("Do you offer free delivery?", "whether you offer free delivery"),
        ],
        f"Standard shipping is free on orders over {money(SHIPPING_POLICY['free_over'])}, and Ridge and Summit tier "
        f"members get free Standard shipping on every order.",
        f"Standard shipping is provided without charge on orders exceeding {money(SHIPPING_POLICY['free_over'])} "
        f"and on all orders placed by Ridge and Summit tier members.",
        f"Shipping is free on orders over {money(25)}, and every Summit Club member gets free Express delivery.",
        f"Standard shipping is free over {money(SHIPPING_POLICY['free_over'])}",
    )
    add(
        "shipping",
        "next_day_cutoff",
        [
            (
                "What's the cut-off time for Next-Day delivery?",
                "what the cut-off time for Next-Day delivery is",
            ),
            (
                "How late can I order and still get Next-Day delivery?",
                "how late I can order and still get Next-Day delivery",
            ),
        ],
        f"Order by {SHIPPING_POLICY['next_day_cutoff']} local time on a business day and Next-Day delivery arrives "
        f"the following business day. It costs {money(SHIP['next_day']['cost'])} and isn't available for "
        f"oversize items.",
        f"Next-Day orders must be placed by {SHIPPING_POLICY['next_day_cutoff']} local time on a business day.",
        "Order by 11:00 pm any day of the week, weekends included, and it arrives the next morning.",
        f"Next-Day orders must be in by {SHIPPING_POLICY['next_day_cutoff']}",
    )
    fr = SHIP["freight"]
    add(
        "shipping",
        "kayak_delivery",
        [
            ("How do you ship kayaks?", "how you ship kayaks"),
            ("Can a kayak be delivered to my home?", "whether a kayak can be delivered to my home"),
        ],
        f"Yes. Boats travel as a base-camp order by {fr['name']}: {money(fr['cost'])}, {fr['days']}, and the "
        f"carrier phones ahead to book a two-hour delivery slot.",
        f"Kayaks and other oversize items are dispatched by {fr['name']} at a flat rate of {money(fr['cost'])}, "
        f"with delivery in {fr['days']}.",
        "Yes, boats ship free by Next-Day delivery to any address.",
        f"boats travel by {fr['name']} for {money(fr['cost'])}",
    )

    add(
        "club",
        "join",
        [
            ("How much does it cost to join Summit Club?", "how much it costs to join Summit Club"),
            ("Is Summit Club membership free?", "whether Summit Club membership is free"),
        ],
        f"Joining Summit Club is free. You start on the Basecamp tier, earning {points(TIER['Basecamp']['rate'])} "
        f"per dollar, with {mw}-day returns.",
        "Summit Club membership is available without charge. New members are enrolled at the Basecamp tier.",
        "Summit Club costs $49.00 a year, and new members start on the Ridge tier.",
        "joining Summit Club is free",
    )
    for tr in SC["tiers"]:
        extra = (
            "" if tr["spend"] == 0 else f" You reach it by spending {money(tr['spend'])} in a calendar year."
        )
        add(
            "club",
            f"rate_{tr['name']}",
            [
                (
                    f"How many points do {tr['name']} tier members earn?",
                    f"how many points {tr['name']} tier members earn",
                ),
                (
                    f"What's the points rate on the {tr['name']} tier?",
                    f"what the points rate on the {tr['name']} tier is",
                ),
            ],
            f"{tr['name']} tier members earn {points(tr['rate'])} per dollar spent.{extra} The tier also brings "
            f"{tr['perk']}.",
            f"Members at the {tr['name']} tier accrue {points(tr['rate'])} per US dollar spent.",
            f"{tr['name']} tier members earn {points(tr['rate'] * 5)} per dollar spent.",
            f"{tr['name']} members earn {points(tr['rate'])} per dollar",
        )
        if tr["spend"]:
            add(
                "club",
                f"threshold_{tr['name']}",
                [
                    (f"How do I reach the {tr['name']} tier?", f"how I reach the {tr['name']} tier"),
                    (
                        f"How much do I need to spend to get {tr['name']} status?",
                        f"how much I need to spend to get {tr['name']} status",
                    ),
                ],
                f"Spend {money(tr['spend'])} in a calendar year and you move up to the {tr['name']} tier, earning "
                f"{points(tr['rate'])} per dollar.",
                f"Qualification for the {tr['name']} tier requires eligible spending of {money(tr['spend'])} within "
                f"a calendar year.",
                f"Spend {money(tr['spend'] / 5)} in a calendar year and you move up to the {tr['name']} tier.",
                f"the {tr['name']} tier needs {money(tr['spend'])} of spending in a year",
            )
    add(
        "club",
        "redeem",
        [
            ("How do I use my Summit Club points?", "how I use my Summit Club points"),
            ("What are my points worth?", "what my points are worth"),
        ],
        f"Every {SC['note_points']} points turns into a {money(SC['note_value'])} Summit Note, which you can spend "
        f"online or in store within {SC['note_valid_months']} months.",
        f"Points are redeemable in blocks of {SC['note_points']} for a Summit Note with a value of "
        f"{money(SC['note_value'])}, valid for {SC['note_valid_months']} months.",
        f"Every 100 points turns into a {money(25)} Summit Note that never expires.",
        f"{SC['note_points']} points make a {money(SC['note_value'])} Summit Note",
    )
    add(
        "club",
        "expiry",
        [
            ("Do Summit Club points expire?", "whether Summit Club points expire"),
            ("How long do I have to use my points?", "how long I have to use my points"),
        ],
        f"Points expire {SC['expiry_months']} months after you earn them, so check your balance before a big "
        f"purchase.",
        f"Points expire {SC['expiry_months']} months after the date on which they are earned.",
        "Points never expire, so you can save them up for as long as you like.",
        f"points expire after {SC['expiry_months']} months",
    )
    add(
        "club",
        "birthday",
        [
            (
                "Is there a birthday reward for Summit Club members?",
                "whether there is a birthday reward for Summit Club members",
            ),
            ("Do members get anything on their birthday?", "whether members get anything on their birthday"),
        ],
        f"Yes, members get {SC['birthday_points']} bonus points in their birthday month, added automatically.",
        f"Members receive {SC['birthday_points']} bonus points during their birthday month.",
        f"Yes, members get a free {money(50)} gift card every birthday.",
        f"members get {SC['birthday_points']} bonus points in their birthday month",
    )

    add(
        "price_match",
        "window",
        [
            ("Do you price match?", "whether you price match"),
            (
                "Will you match a lower price I found after buying?",
                "whether you will match a lower price I found after buying",
            ),
        ],
        f"Yes. If an authorised retailer lists the identical item (same model and colour) for less within "
        f"{PM['window_days']} days of your purchase, we refund the difference. A Gear Guide fills in a "
        f"price-match slip for you.",
        f"The price difference is refunded where an authorised retailer advertises an identical item at a lower "
        f"price within {PM['window_days']} days of purchase.",
        "Yes, we match any price from any seller for up to 90 days, and we add 10% on top.",
        f"lower prices from authorised retailers are matched within {PM['window_days']} days",
    )
    add(
        "price_match",
        "exclusions",
        [
            ("What can't be price matched?", "what can't be price matched"),
            ("Are there exclusions to your price match?", "whether there are exclusions to your price match"),
        ],
        f"We can't match {join(PM['exclusions'])}. Everything else from an authorised retailer qualifies.",
        f"The following are excluded from price matching: {join(PM['exclusions'])}.",
        "There are no exclusions at all: we'll match auction sites and clearance prices too.",
        f"{join(PM['exclusions'])} are excluded from price matching",
    )
    add(
        "price_match",
        "once",
        [
            ("Can you price match the same item twice?", "whether you can price match the same item twice"),
            (
                "If the price drops again, can I claim again?",
                "whether I can claim again if the price drops again",
            ),
        ],
        "We match each item once per purchase, so the first price-match slip is the one that counts.",
        "Each purchased item is eligible for a single price adjustment.",
        "Yes, you can claim every time the price drops, as often as you like.",
        "each item can be price-matched once",
    )

    rentable = [c for c in CATEGORIES if c["rental_rate"]]
    for c in rentable:
        dep = RN["boat_deposit"] if c["key"] == "kayaks" else RN["deposit"]
        add(
            "rental",
            f"rate_{c['key']}",
            [
                (f"How much does it cost to rent {c['need']}?", f"how much it costs to rent {c['need']}"),
                (
                    f"What's the daily rental rate for {c['plural']}?",
                    f"what the daily rental rate for {c['plural']} is",
                ),
            ],
            f"{cap1(c['singular'])} rentals cost {money(c['rental_rate'])} per day, plus a refundable "
            f"{money(dep)} deposit. Rental desks are in {join(RENTAL_TOWNS)}.",
            f"The rental charge for {c['plural']} is {money(c['rental_rate'])} per day. A refundable deposit of "
            f"{money(dep)} applies.",
            f"{cap1(c['singular'])} rentals cost {money(c['rental_rate'] * 2)} per day, with no deposit needed.",
            f"{c['plural']} rent for {money(c['rental_rate'])} a day",
        )
    add(
        "rental",
        "not_rented",
        [
            ("Can I rent hiking boots or jackets?", "whether I can rent hiking boots or jackets"),
            ("Do you rent out footwear?", "whether you rent out footwear"),
        ],
        f"No, we don't rent footwear or jackets. Rentals cover {join([c['list_name'] for c in rentable])}, and a Gear Guide "
        f"can help you buy the right size.",
        "Footwear and jackets are not available for rental.",
        "Yes, boots and jackets rent for $9.00 a day at every store.",
        "footwear and jackets are not rented",
    )
    add(
        "rental",
        "weekend",
        [
            ("Do you have weekend rental deals?", "whether you have weekend rental deals"),
            ("What's the weekend bundle?", "what the weekend bundle is"),
        ],
        f"Yes, the weekend bundle runs from Friday afternoon to Monday noon and you pay for just "
        f"{RN['weekend_days_charged']} days.",
        f"Weekend rentals (Friday afternoon to Monday noon) are charged as {RN['weekend_days_charged']} rental days.",
        "Yes, weekend rentals are a flat four days' charge, and Monday is free.",
        f"weekend bundles are charged as {RN['weekend_days_charged']} days",
    )
    add(
        "rental",
        "rent_to_own",
        [
            (
                "If I like a rental, can I buy one and get money off?",
                "whether I can get money off if I buy something I rented",
            ),
            ("How does rent-to-own credit work?", "how rent-to-own credit works"),
        ],
        f"Yes, with rent-to-own credit: up to {RN['rent_to_own_days']} days of rental fees come off the price if "
        f"you buy the same model within {RN['rent_to_own_window_days']} days of returning the rental.",
        f"Up to {RN['rent_to_own_days']} days of rental charges are credited against the purchase of the same "
        f"model made within {RN['rent_to_own_window_days']} days of the rental's return.",
        "Yes, every rental fee you've ever paid comes off, with no time limit.",
        f"up to {RN['rent_to_own_days']} rental days are credited if you buy within {RN['rent_to_own_window_days']} days",
    )
    add(
        "rental",
        "where",
        [
            ("Which stores rent gear?", "which stores rent gear"),
            ("Where can I pick up a rental?", "where I can pick up a rental"),
        ],
        f"Our rental desks are in {join(RENTAL_TOWNS)}. Book ahead for summer weekends.",
        f"Rental services are provided at the following stores: {join(RENTAL_TOWNS)}.",
        "Every AnyCompany store has a rental desk, so just walk in.",
        f"rental desks are in {join(RENTAL_TOWNS)}",
    )

    add(
        "gift",
        "amounts",
        [
            ("What amounts do your gift cards come in?", "what amounts your gift cards come in"),
            ("How much can I put on a gift card?", "how much I can put on a gift card"),
        ],
        f"Gift cards can hold any amount from {money(GC['min'])} to {money(GC['max'])}, in store or online.",
        f"Gift cards are issued in values from {money(GC['min'])} to {money(GC['max'])}.",
        f"Gift cards come in fixed {money(100)} and {money(250)} values only.",
        f"gift cards hold {money(GC['min'])} to {money(GC['max'])}",
    )
    add(
        "gift",
        "expiry",
        [
            ("Do gift cards expire?", "whether gift cards expire"),
            (
                "Is there a time limit on using a gift card?",
                "whether there is a time limit on using a gift card",
            ),
        ],
        "No, AnyCompany gift cards never expire and carry no fees.",
        "Gift cards do not expire and are not subject to fees.",
        "Gift cards expire 12 months after purchase, and a small monthly fee applies after that.",
        "gift cards never expire",
    )
    add(
        "gift",
        "egift",
        [
            ("How fast does an e-gift card arrive?", "how fast an e-gift card arrives"),
            (
                "If I buy an e-gift card now, when will it be delivered?",
                "when an e-gift card will be delivered if I buy it now",
            ),
        ],
        f"E-gift cards arrive by email within {GC['egift_minutes']} minutes, which makes them perfect for "
        f"last-minute presents.",
        f"Electronic gift cards are delivered by email within {GC['egift_minutes']} minutes of purchase.",
        "E-gift cards take 3 to 5 business days to arrive by email.",
        f"e-gift cards arrive within {GC['egift_minutes']} minutes",
    )
    add(
        "gift",
        "combine",
        [
            (
                "Can I use more than one gift card on an order?",
                "whether I can use more than one gift card on an order",
            ),
            ("How many gift cards can I combine?", "how many gift cards I can combine"),
        ],
        f"Yes, you can combine up to {GC['max_per_order']} gift cards on a single order.",
        f"A maximum of {GC['max_per_order']} gift cards may be applied to a single order.",
        "Only one gift card can be used per order.",
        f"up to {GC['max_per_order']} gift cards per order",
    )

    acc = [CAT[k]["list_name"] for k in TI["accepted"]]
    not_acc = [c["list_name"] for c in CATEGORIES if c["key"] not in TI["accepted"]]
    add(
        "trade",
        "credit",
        [
            (
                "How much will I get for trading in my old gear?",
                "how much I will get for trading in my old gear",
            ),
            (
                "How is Second Summit trade-in credit worked out?",
                "how Second Summit trade-in credit is worked out",
            ),
        ],
        f"A Bench Tech grades your item, and your store credit is a share of the current price: {_grades_text()}.",
        f"Trade-in credit is calculated as a percentage of the current retail price by grade: {_grades_text()}.",
        "You get 80% of the original price back in cash, whatever the condition.",
        f"trade-in credit is a share of the current price ({_grades_text()})",
    )
    add(
        "trade",
        "accepted",
        [
            ("What gear can I trade in?", "what gear I can trade in"),
            ("Can I trade in my old boots?", "whether I can trade in my old boots"),
        ],
        f"We accept {join(acc)} for trade-in. We can't take {join(not_acc, 'or')}.",
        f"Trade-in is limited to {join(acc)}. {cap1(join(not_acc))} are not accepted.",
        "We take any outdoor gear at all, including used boots and stoves.",
        f"trade-ins cover {join(acc)}",
    )
    add(
        "trade",
        "validity",
        [
            ("How long is trade-in credit valid?", "how long trade-in credit is valid"),
            ("When does my trade-in credit expire?", "when my trade-in credit expires"),
        ],
        f"Trade-in credit is valid for {TI['credit_valid_months']} months and works on new or Second Summit gear.",
        f"Trade-in credit remains valid for {TI['credit_valid_months']} months from issue.",
        "Trade-in credit never expires, and you can withdraw it as cash at any time.",
        f"trade-in credit lasts {TI['credit_valid_months']} months",
    )

    for i, s in enumerate(STORES):
        other = STORES[(i + 3) % len(STORES)]
        t = s["town"]
        add(
            "stores",
            f"hours_{s['key']}",
            [
                (
                    f"What are the opening hours at the {t} store?",
                    f"what the opening hours at the {t} store are",
                ),
                (f"When is your {t} store open?", f"when your {t} store is open"),
            ],
            f"The {t} store is open {hours_sentence(s)}.",
            f"Trading hours, {t}: Monday to Friday {hours_text(s['hours']['weekday'])}; Saturday "
            f"{hours_text(s['hours']['saturday'])}; Sunday {hours_text(s['hours']['sunday'])}.",
            f"The {t} store is open {hours_sentence(other)}.",
            f"the {t} store is open {hours_sentence(s)}",
        )
        sun = s["hours"]["sunday"]
        if sun is None:
            ans = (
                f"No, the {t} store is closed on Sundays. On Saturdays it's open "
                f"{hours_text(s['hours']['saturday'])}."
            )
        else:
            ans = f"Yes, on Sundays the {t} store is open {hours_text(sun)}."
        osun = other["hours"]["sunday"]
        wrong = (
            f"No, the {t} store is closed on Sundays."
            if osun is None
            else f"Yes, on Sundays the {t} store is open {hours_text(osun)}."
        )
        add(
            "stores",
            f"sunday_{s['key']}",
            [
                (f"Is the {t} store open on Sundays?", f"whether the {t} store is open on Sundays"),
                (f"What are the Sunday hours in {t}?", f"what the Sunday hours in {t} are"),
            ],
            ans,
            f"Sunday trading, {t}: {hours_text(sun)}.",
            wrong,
            f"the {t} store is {'closed on Sundays' if sun is None else 'open ' + hours_text(sun) + ' on Sundays'}",
        )
        add(
            "stores",
            f"address_{s['key']}",
            [
                (f"Where is the {t} store?", f"where the {t} store is"),
                (f"What's the address of the {t} shop?", f"what the address of the {t} shop is"),
            ],
            f"You'll find the {t} store at {s['address']}, {t}.",
            f"Store location: {s['address']}, {t}.",
            f"You'll find the {t} store at {other['address']}, {t}.",
            f"the {t} store is at {s['address']}",
        )
        has = "rental desk" in s["services"]
        others = [x for x in s["services"] if x != "rental desk"]
        if has:
            ans = f"Yes, the {t} store has a rental desk" + (
                f", plus {join(['a ' + x for x in others])}." if others else "."
            )
            wrong = f"No, the {t} store doesn't rent gear; you'd need to go elsewhere."
        else:
            ans = (
                f"No, the {t} store doesn't have a rental desk. For rentals, head to "
                f"{join([x for x in RENTAL_TOWNS], 'or')}."
            )
            wrong = f"Yes, the {t} store has a full rental desk open every day."
        add(
            "stores",
            f"rental_{s['key']}",
            [
                (f"Can I rent gear at the {t} store?", f"whether I can rent gear at the {t} store"),
                (f"Does the {t} store have a rental desk?", f"whether the {t} store has a rental desk"),
            ],
            ans,
            f"Rental services at {t}: {'available' if has else 'not available'}.",
            wrong,
            f"the {t} store {'has' if has else 'has no'} rental desk",
        )
        cl, ocl = s["clinic"], other["clinic"]
        add(
            "stores",
            f"clinic_{s['key']}",
            [
                (f"When is clinic night at the {t} store?", f"when clinic night at the {t} store is"),
                (f"What day is the weekly clinic in {t}?", f"what day the weekly clinic in {t} is"),
            ],
            f"Clinic night in {t} is every {cl['day']} at {cl['time']}, and this season's topic is "
            f'"{cl["title"]}". It\'s free, but seats are limited, so book ahead.',
            f"The {t} clinic takes place weekly on {cl['day']} at {cl['time']}. Topic: {cl['title']}.",
            f"Clinic night in {t} is every {ocl['day']} at {ocl['time']}, and you can just turn up.",
            f"the {t} clinic runs every {cl['day']} at {cl['time']}",
        )
    add(
        "stores",
        "care_line",
        [
            ("What's your customer care number?", "what your customer care number is"),
            ("When can I call customer care?", "when I can call customer care"),
        ],
        f"Call customer care on {CARE_LINE['phone']}, {CARE_LINE['hours']}, seven days a week, or email "
        f"{CARE_LINE['email']}.",
        f"Customer care: {CARE_LINE['phone']}, {CARE_LINE['hours']} daily; email {CARE_LINE['email']}.",
        f"Call customer care on {CARE_LINE['phone']}, Monday to Friday only, 9:00 am to 5:00 pm.",
        f"customer care is on {CARE_LINE['phone']}, {CARE_LINE['hours']} daily",
    )
    return F


POLICY_FACTS = build_policy_facts()
FACTS_BY_GROUP = {g: [f for f in POLICY_FACTS if f["group"] == g] for g in POLICY_GROUPS}


# ---------------------------------------------------------------------------------------------
# Product facts as question forms and answer bodies
# ---------------------------------------------------------------------------------------------

PRODUCT_ATTRS = [
    "price",
    "weight",
    "capacity",
    "materials",
    "colours",
    "rating",
    "promise",
    "best_for",
    "sku",
]


def product_forms(p: dict, attr: str) -> list[tuple[str, str]]:
    n = p["name"]
    if attr == "price":
        return [
            (f"How much is the {n}?", f"how much the {n} is"),
            (f"What does the {n} cost?", f"what the {n} costs"),
            (f"What's the price of the {n}?", f"what the price of the {n} is"),
        ]
    if attr == "weight":
        return [
            (f"How much does the {n} weigh?", f"how much the {n} weighs"),
            (f"What's the weight of the {n}?", f"what the weight of the {n} is"),
            (f"How heavy is the {n}?", f"how heavy the {n} is"),
        ]
    if attr == "capacity":
        return [(q.format(name=n), c.format(name=n)) for q, c in CAT[p["cat"]]["cap_forms"]]
    if attr == "materials":
        return [
            (f"What is the {n} made of?", f"what the {n} is made of"),
            (f"Which materials does the {n} use?", f"which materials the {n} uses"),
        ]
    if attr == "colours":
        return [
            (f"What colours does the {n} come in?", f"what colours the {n} comes in"),
            (f"Which colours can I get the {n} in?", f"which colours I can get the {n} in"),
        ]
    if attr == "rating":
        return [
            (f"How do customers rate the {n}?", f"how customers rate the {n}"),
            (
                f"What's the average customer rating of the {n}?",
                f"what the average customer rating of the {n} is",
            ),
        ]
    if attr == "promise":
        return [
            (f"How long is the Trail Promise on the {n}?", f"how long the Trail Promise on the {n} lasts"),
            (f"What repair guarantee comes with the {n}?", f"what repair guarantee comes with the {n}"),
        ]
    if attr == "best_for":
        return [
            (f"What is the {n} best for?", f"what the {n} is best for"),
            (f"What kind of trips is the {n} designed for?", f"what kind of trips the {n} is designed for"),
        ]
    if attr == "sku":
        return [
            (f"What's the product code for the {n}?", f"what the product code for the {n} is"),
            (f"Which SKU is the {n}?", f"which SKU the {n} is"),
        ]
    raise KeyError(attr)


def pvals(p: dict) -> dict:
    """Display values of a product (copied so a preference pair can alter one of them)."""
    c = CAT[p["cat"]]
    return {
        "name": p["name"],
        "cat": p["cat"],
        "price": money(p["price"]),
        "weight": p_weight(p),
        "cap": p["cap"],
        "cap_label": c["cap_label"],
        "materials": join(p["materials"]),
        "colours": list(p["colours"]),
        "rating": p["rating"],
        "years": c["promise_years"],
        "best_for": list(p["best_for"]),
        "sku": p["sku"],
        "feature": p["feature"],
    }


def product_body(rng: random.Random, v: dict, attr: str) -> str:
    n = v["name"]
    cap_verb = CAT[v["cat"]]["cap_verb"].format(cap=v["cap"])
    if attr == "price":
        return rng.choice(
            [
                f"The {n} costs {v['price']}.",
                f"The {n} is {v['price']}.",
                f"You'll pay {v['price']} for the {n}.",
                f"The {n} sells for {v['price']}.",
            ]
        )
    if attr == "weight":
        return rng.choice(
            [
                f"The {n} weighs {v['weight']}.",
                f"The {n} comes in at {v['weight']}.",
                f"On the scale, the {n} is {v['weight']}.",
            ]
        )
    if attr == "capacity":
        return rng.choice([f"The {n} {cap_verb}.", f"The {v['cap_label']} of the {n} is {v['cap']}."])
    if attr == "materials":
        return rng.choice([f"The {n} is made from {v['materials']}.", f"The {n} uses {v['materials']}."])
    if attr == "colours":
        cols = v["colours"]
        if len(cols) == 1:
            return rng.choice(
                [f"The {n} comes in one colour: {cols[0]}.", f"The {n} is available in {cols[0]} only."]
            )
        return rng.choice([f"You can get the {n} in {join(cols, 'or')}.", f"The {n} comes in {join(cols)}."])
    if attr == "rating":
        return rng.choice(
            [
                f"Customers rate the {n} {v['rating']} out of 5.",
                f"The {n} has an average customer rating of {v['rating']} out of 5.",
            ]
        )
    if attr == "promise":
        return rng.choice(
            [
                f"The {n} is covered by our Trail Promise for {v['years']} years, so manufacturing defects and normal "
                f"trail wear are repaired free.",
                f"You get {v['years']} years of Trail Promise cover on the {n}: defects and normal wear are repaired "
                f"at no charge.",
            ]
        )
    if attr == "best_for":
        return rng.choice(
            [
                f"The {n} is best for {join(v['best_for'])}.",
                f"Our Gear Guides recommend the {n} for {join(v['best_for'])}.",
            ]
        )
    if attr == "sku":
        return rng.choice(
            [f"The product code for the {n} is {v['sku']}.", f"The {n}'s product code is {v['sku']}."]
        )
    raise KeyError(attr)


def wrong_vals(rng: random.Random, p: dict, attr: str) -> dict:
    """The same display values with one fact confidently wrong (for 'honest' preference pairs)."""
    v = pvals(p)
    others = [q for q in BY_CAT[p["cat"]] if q is not p]
    if attr == "price":
        v["price"] = money(round(p["price"] * rng.choice([0.6, 0.75, 1.3, 1.5])))
    elif attr == "weight":
        v["weight"] = (
            weight(int(round(p["grams"] * rng.choice([0.5, 0.65, 1.5, 1.8]), -1)))
            + CAT[p["cat"]]["weight_note"]
        )
    elif attr == "capacity":
        v["cap"] = rng.choice([q["cap"] for q in others if q["cap"] != p["cap"]])
    elif attr == "materials":
        v["materials"] = join(
            rng.choice(
                [
                    q["materials"]
                    for q in PRODUCTS
                    if q["materials"] != p["materials"] and q["cat"] != p["cat"]
                ]
            )
        )
    elif attr == "colours":
        v["colours"] = rng.choice(
            [q["colours"] for q in PRODUCTS if not any(c in p["colours"] for c in q["colours"])]
        )
    elif attr == "rating":
        v["rating"] = round(p["rating"] - rng.choice([0.9, 1.2, 1.6]), 1)
    elif attr == "promise":
        v["years"] = p_years(p) + rng.choice([5, 8, 10])
    elif attr == "best_for":
        v["best_for"] = rng.choice(
            [q["best_for"] for q in PRODUCTS if not any(a in p["best_for"] for a in q["best_for"])]
        )
    elif attr == "sku":
        v["sku"] = rng.choice([q["sku"] for q in others])
    return v


# ---------------------------------------------------------------------------------------------
# User-message wrappers. Train/validation and test use disjoint wrappers (held-out phrasing).
# {Q}: direct question, {q}: same with a lower-case first letter, {c}: embedded clause.
# ---------------------------------------------------------------------------------------------

TRAIN_WRAPPERS = [
    "{Q}",
    "Hi! {Q}",
    "Hey there, {q}",
    "{Q} Thanks!",
    "Quick question: {q}",
    "Can you tell me {c}?",
    "I'd like to know {c}.",
    "Do you know {c}?",
    "Could you check {c} for me?",
    "Please let me know {c}.",
    "I'm planning a trip and wondering {c}.",
    "Hello, could you tell me {c}?",
]
TEST_WRAPPERS = [
    "Before I order, {q}",
    "Would you mind telling me {c}?",
    "Any idea {c}?",
    "Help me out here: {q}",
    "I was wondering {c}.",
    "Sorry to bother you, but {q}",
    "Morning! Can you find out {c}?",
]


def wrap(rng: random.Random, form: tuple[str, str], split: str) -> str:
    Q, c = form
    t = rng.choice(TEST_WRAPPERS if split == "test" else TRAIN_WRAPPERS)
    return t.format(Q=Q, q=low1(Q), c=c)


# ---------------------------------------------------------------------------------------------
# Domain corpus (unlabeled text for continued pre-training)
# ---------------------------------------------------------------------------------------------

FIRST_NAMES = [
    "Amara",
    "Bram",
    "Celia",
    "Dev",
    "Elin",
    "Farid",
    "Greta",
    "Hamish",
    "Ines",
    "Jonah",
    "Kaia",
    "Luca",
    "Mirela",
    "Nils",
    "Odile",
    "Pavel",
    "Quinn",
    "Rosa",
    "Sami",
    "Tova",
    "Uma",
    "Viktor",
    "Wren",
    "Xavi",
    "Yara",
    "Zoltan",
    "Maeve",
    "Tariq",
    "Sunniva",
    "Joaquin",
]
INITIALS = list("ABCDEFGHJKLMNPRSTVW")
SEASONS_CAT = ["Spring 2024", "Summer 2024", "Autumn 2024", "Winter 2024", "Spring 2025", "Summer 2025"]


def _kits_with(p: dict) -> list[dict]:
    return [k for k in FIELD_KITS if p["key"] in k["items"]]


def product_asides(p: dict) -> list[str]:
    """Terminology-rich sentences about a product, all consistent with the world."""
    c = CAT[p["cat"]]
    SC = SUMMIT_CLUB
    a = [
        "Every unit carries a gear tag, so registering the Trail Promise takes a single scan.",
        f"Prefer to collect? Trailhead Pickup is free, and most orders are ready within {SHIP['pickup']['days']}.",
        "Traded-in examples sometimes appear on the Second Summit rail at a lower price.",
        "End-of-season colours occasionally land on the Hut Shelf, though Hut Shelf prices can't be price-matched.",
        f"Summit Club members earn points on it as usual, and every {SC['note_points']} points becomes a "
        f"{money(SC['note_value'])} Summit Note.",
        "Before a big trip, book a free gear check with a Bench Tech.",
        "If it ever needs a repair, ask for a loaner swap so you don't miss a trip.",
        f"Found it cheaper at an authorised retailer within {PRICE_MATCH['window_days']} days? A Gear Guide will "
        f"fill in a price-match slip.",
    ]
    spec = {
        "tents": [
            "Ask for a dry run on the pitch floor before you decide.",
            "Pair it with a pack and a stove and you have the core of a field kit.",
            f"Keep food at least {SN['food_storage_m']} metres downwind of it when you camp.",
        ],
        "packs": [
            f"Book a free {SERVICES['fit_minutes']}-minute fit session to set the torso length and hip belt.",
            "A stow test in store with your own sleeping bag settles sizing questions quickly.",
            f"Bring your packing list for a {SERVICES['shakedown_minutes']}-minute shakedown with a Gear Guide.",
        ],
        "stoves": [
            "The ember rule applies: never light it inside a tent or vestibule.",
            f"Cook at least {SN['cook_distance_m']} metres downwind of your shelter.",
            "Empty canisters go home with you under the pack-out pledge.",
        ],
        "kayaks": [
            f"Try it first with a free {SERVICES['demo_minutes']}-minute paddle at the demo dock in "
            f"{join(DOCK_TOWNS)}.",
            "Because it ships by Base-Camp Freight, any order that includes it becomes a base-camp order.",
            f"Dock Wardens make the cold-water call when the water is below {SN['cold_water_c']} °C.",
        ],
        "bags": [
            "Lie down in it on a pad in store; Gear Guides encourage a proper test.",
            "Sleeping bags are part of the weekend bundle at every rental desk.",
        ],
        "footwear": [
            f"Book a {SERVICES['fit_minutes']}-minute fit session; Gear Guides measure both feet under load.",
            "Break it in on a few short walks before a long trip.",
        ],
        "jackets": [
            "Gear Guides will check the three-layer fit by trying it over your other layers.",
            "It earns its place in the three-layer fit on cold, windy days.",
        ],
        "lighting": [
            f"For night walking we suggest at least {SN['headlamp_min_lumens']} lumens, plus spare power.",
            "Set a turnback hour anyway; a good light is a back-up, not a plan.",
        ],
    }[p["cat"]]
    a += spec
    for k in _kits_with(p):
        a.append(f"It is part of the {k['name']}, a field kit for {k['trip']} priced at {money(k['price'])}.")
    if c["rental_rate"]:
        a.append(
            f"Not sure yet? Rent {c['need']} for {money(c['rental_rate'])} a day and use rent-to-own credit "
            f"if you buy."
        )
    return a


def _price_position(p: dict) -> str:
    ranked = sorted(BY_CAT[p["cat"]], key=lambda q: q["price"])
    i = ranked.index(p)
    return [
        "at the budget end of",
        "at the budget end of",
        "in the middle of",
        "at the premium end of",
        "at the premium end of",
    ][i]


def _paragraphs(rng: random.Random, sents: list[str]) -> str:
    if len(sents) < 4:
        return " ".join(sents)
    cut = sorted(rng.sample(range(1, len(sents)), k=min(len(sents) - 1, rng.randint(1, 2))))
    parts, prev = [], 0
    for c in cut + [len(sents)]:
        parts.append(" ".join(sents[prev:c]))
        prev = c
    return "\n\n".join(x for x in parts if x)


def product_page(rng: random.Random, p: dict, full: bool = False) -> str:
    c = CAT[p["cat"]]
    n, pr, w, y = p["name"], money(p["price"]), p_weight(p), p_years(p)
    best = join(p["best_for"])
    title = rng.choice(
        [
            n,
            f"{n} | {c['title']}",
            f"{n} ({p['sku']})",
            f"Product page: {n}",
            f"{c['title']} / {p['line']} / {n}",
            f"The {n}",
        ]
    )
    intro = rng.choice(
        [
            f"Meet the {n}, a {c['singular']} from our {p['line']} line that {p['feature']}.",
            f"The {n} {p['feature']}.",
            f"Built for {best}, the {n} {p['feature']}.",
            f"Gear Guides reach for the {n} when customers ask about {p['best_for'][0]}: it {p['feature']}.",
            f"{n} ({p['sku']}): the {c['singular']} that {p['feature']}.",
            f"Every {p['line']} product starts with a trail problem. For the {n}, the answer was simple: it "
            f"{p['feature']}.",
        ]
    )
    mids = {
        "price": rng.choice(
            [
                f"It sells for {pr}.",
                f"List price: {pr}.",
                f"At {pr}, it sits {_price_position(p)} our {c['plural']} range.",
                f"Expect to pay {pr} in store or online.",
                f"The {n} costs {pr}, and Summit Club members earn points on every dollar.",
            ]
        ),
        "weight": rng.choice(
            [f"It weighs {w}.", f"On the scale it comes in at {w}.", f"Weight: {w}.", f"Carry weight is {w}."]
        ),
        "cap": rng.choice(
            [f"It {p_cap_verb(p)}.", f"{cap1(c['cap_label'])}: {p['cap']}.", f"The {n} {p_cap_verb(p)}."]
        ),
        "mat": rng.choice(
            [
                f"It is made from {join(p['materials'])}.",
                f"Materials: {join(p['materials'])}.",
                f"We build it from {join(p['materials'])}.",
            ]
        ),
        "col": rng.choice(
            [
                f"Colours: {join(p['colours'])}.",
                f"It comes in {join(p['colours'], 'or')}."
                if len(p["colours"]) > 1
                else f"It comes in {p['colours'][0]} only.",
                f"Colour options: {join(p['colours'])}.",
            ]
        ),
        "rating": rng.choice(
            [
                f"Customers rate it {p['rating']} out of 5.",
                f"Average customer rating: {p['rating']}/5.",
                f"It holds a {p['rating']}-star average from customers.",
            ]
        ),
        "promise": rng.choice(
            [
                f"Like every {c['singular']} we sell, it is covered by the Trail Promise for {y} years.",
                f"Trail Promise cover: {y} years of free repairs for defects and normal trail wear.",
                f"If something fails, the {y}-year Trail Promise has you covered, and a loaner swap "
                f"keeps you out on the trail while it's fixed.",
            ]
        ),
        "best": rng.choice(
            [f"Best for: {best}.", f"It shines for {best}.", f"Gear Guides recommend it for {best}."]
        ),
    }
    keys = list(mids)
    rng.shuffle(keys)
    if not full:
        for _ in range(rng.randint(0, 2)):
            keys.remove(rng.choice([k for k in keys if k not in ("price", "weight")]))
    sents = [intro] + [mids[k] for k in keys]
    for a in rng.sample(product_asides(p), k=rng.randint(1, 3)):
        sents.insert(rng.randint(2, len(sents)), a)
    closing = rng.choice(
        [
            tip(rng, p["cat"]),
            tip(rng, p["cat"]),
            f"Find the {n} in store or online, and ask a Gear Guide if you have questions.",
            f"Questions? Call {CARE_LINE['phone']}, {CARE_LINE['hours']}, seven days a week.",
            "",
        ]
    )
    text = f"{title}\n\n{_paragraphs(rng, sents)}"
    return text + (f"\n\n{closing}" if closing else "")


REVIEW_PROS = {
    "tents": [
        "The fly stayed taut through a night of steady rain.",
        "Pitching took a few minutes once I'd done a dry run at home.",
        "Condensation was manageable with both vents open.",
        "The vestibule swallowed two packs and muddy boots.",
    ],
    "packs": [
        "The hip belt carried the load without any hot spots.",
        "Side pockets are reachable without taking it off.",
        "The back panel breathed better than my old pack.",
        "Everything for the trip fitted after a stow test in store.",
    ],
    "stoves": [
        "It lit first time every morning.",
        "Simmer control was better than I expected for the size.",
        "It stayed stable with a full pot on uneven ground.",
        "Fuel use was modest over the whole trip.",
    ],
    "kayaks": [
        "It tracked straight with barely any correction strokes.",
        "Secondary stability felt reassuring in chop.",
        "The seat stayed comfortable for a full day on the water.",
        "Loading it onto the roof bars was easier than expected.",
    ],
    "bags": [
        "I slept warm right down to its comfort rating.",
        "The zip never snagged, even in the dark.",
        "It packed down smaller than I expected.",
        "The hood cinched neatly without pressing on my face.",
    ],
    "footwear": [
        "No blisters, even on the first long day.",
        "Grip on wet rock was excellent.",
        "The toe box left room for my feet to swell on descents.",
        "They dried overnight by the stove area.",
    ],
    "jackets": [
        "It kept me dry through an afternoon of driving rain.",
        "The hood moved with my head instead of blocking my view.",
        "It layered easily over a fleece.",
        "The pockets sit above a hip belt, which I love.",
    ],
    "lighting": [
        "The beam was even, with no dark ring in the middle.",
        "Switching modes with gloves on was easy.",
        "Battery life matched what the box said.",
        "It stayed put on my head over rough ground.",
    ],
}
REVIEW_CONS = {
    "tents": [
        "The stuff sack is a tight fit on a cold morning.",
        "Guylines tangle if you're not careful packing up.",
        "I'd like one more interior pocket.",
    ],
    "packs": [
        "The lid pocket is a little shallow.",
        "The water-bottle pockets are snug for wide bottles.",
        "The colour shows dirt quickly.",
    ],
    "stoves": [
        "The igniter is fussy in strong wind.",
        "The pot supports are a bit narrow for a big pan.",
        "I wish the storage bag were padded.",
    ],
    "kayaks": [
        "It's a handful to carry alone.",
        "The hatch covers take effort to seal.",
        "The footrests need tools to adjust.",
    ],
    "bags": [
        "The stuff sack takes some wrestling.",
        "It's snug around the shoulders for broad sleepers.",
        "The draw cords are a bit long.",
    ],
    "footwear": [
        "The laces are slippery.",
        "They run slightly narrow.",
        "The tongue slides sideways on long descents.",
    ],
    "jackets": [
        "The hem cord is hard to reach with a pack on.",
        "It rustles more than I'd like.",
        "The chest pocket is small.",
    ],
    "lighting": [
        "The strap loosens over time.",
        "The button is easy to press by accident in a pack.",
        "Switching off needs a long press, which took some getting used to.",
    ],
}


# Product-specific review lines where the category lines would not fit the product.
REVIEW_OVERRIDES = {
    "cinderwisp-wood-stove": (
        [
            "It lit easily with dry twigs and a little birch bark.",
            "Not carrying fuel saved real weight on a long trip.",
            "It stayed stable with a full pot on uneven ground.",
        ],
        ["Wet wood makes it slow going.", "It needs a wipe-down after every burn."],
    ),
    "driftwood-packraft": (
        [
            "It rolled up small enough to strap under my pack lid.",
            "It bounced through small rapids with confidence.",
            "Inflating it took only a few minutes with the pump bag.",
        ],
        ["It's slower than a hard-shell boat on flat water.", "The valve cap is fiddly with cold hands."],
    ),
    "duskfall-quilt": (
        [
            "It stayed put on my pad all night.",
            "It doubled as a blanket around camp.",
            "It packed down smaller than I expected.",
        ],
        ["Draughts sneak in if you toss and turn.", "The pad straps take practice in the dark."],
    ),
    "duskfall-double": (
        [
            "We both slept warm without fighting for space.",
            "Unzipping it into two quilts was handy on a warm night.",
            "The lining feels soft, like a proper duvet.",
        ],
        ["It's bulky for anything but car camping.", "The zips take two people to line up."],
    ),
    "creekrunner-sandal": (
        [
            "Grip on wet rock was excellent.",
            "They drained in seconds after every crossing.",
            "No rubbing, even on the first long day.",
        ],
        ["The straps need re-tightening once they're wet.", "Small stones get in at the heel."],
    ),
    "cirrus-synthetic-vest": (
        [
            "It kept my core warm on a chilly morning.",
            "It layered easily under a shell.",
            "Arm movement was completely free.",
        ],
        ["The chest pocket is small.", "The hem cord is hard to reach with a pack on."],
    ),
    "kestrel-wind-shirt": (
        [
            "It blocked a cold ridge wind completely.",
            "It breathed well while running uphill.",
            "It stuffed into its own pocket in seconds.",
        ],
        ["It isn't waterproof, so pack a shell as well.", "It rustles more than I'd like."],
    ),
    "glowmoss-lantern": (
        [
            "The light was soft and even inside the tent.",
            "The dimmer went low enough for a night-light.",
            "Battery life matched what the box said.",
        ],
        ["The hanging loop is a little short.", "The base scuffs easily."],
    ),
    "glowmoss-solar": (
        [
            "A day on the pack charged it fully.",
            "It collapsed flat in the lid pocket.",
            "The light was soft and even inside the tent.",
        ],
        ["Charging is slow under cloud.", "It isn't bright enough for reading maps."],
    ),
}


def review_text(rng: random.Random, p: dict) -> str:
    n = p["name"]
    who = f"{rng.choice(FIRST_NAMES)} {rng.choice(INITIALS)}."
    store = rng.choice(STORES)
    town = store["town"]
    weights = [5, 5, 4, 4, 4, 3] if p["rating"] >= 4.5 else [5, 4, 4, 3, 3, 2]
    stars = rng.choice(weights)
    act = rng.choice(p["best_for"])
    when = rng.choice(
        [
            "over four weekends",
            "on a week-long trip",
            "most weekends since spring",
            "on two long trips this summer",
            "for a full season",
            "on a wet autumn trip",
            "for about six months",
            "on my first trip of the year",
        ]
    )
    head = rng.choice(
        [
            f"{stars} out of 5 stars, from {who} ({town})",
            f"Rating: {stars}/5. Reviewer: {who}, {town}",
            f"{who} from {town} gave the {n} {stars} stars.",
            f"Customer review of the {n}: {stars}/5",
        ]
    )
    sents = [
        rng.choice(
            [
                f"I've used the {n} for {act} out of {town} {when}.",
                f"I bought the {n} at the {town} store and took it {act} {when}.",
                f"We used the {n} for {act} {when}, mostly around {rng.choice(STORES)['town']}.",
            ]
        )
    ]
    facts = [
        rng.choice(
            [
                f"At {p_weight(p)} it never felt like a burden.",
                f"The listed weight of {p_weight(p)} matched my kitchen scale.",
                f"It weighs {p_weight(p)}, which is about what I hoped for.",
            ]
        ),
        rng.choice([f"It {p_cap_verb(p)}, exactly as described.", f"Good to know: it {p_cap_verb(p)}."]),
        f"My favourite detail: it {p['feature']}.",
        rng.choice(
            [
                f"I went with {rng.choice(p['colours'])} and it still looks sharp.",
                f"The {rng.choice(p['colours'])} colour is even nicer in person.",
            ]
        ),
        (
            f"For {money(p['price'])} I expected a lot, and it delivered."
            if stars >= 4
            else f"At {money(p['price'])} I expected a bit more polish."
        ),
    ]
    sents += rng.sample(facts, k=rng.randint(2, 4))
    pros, cons = REVIEW_OVERRIDES.get(p["key"], (REVIEW_PROS[p["cat"]], REVIEW_CONS[p["cat"]]))
    sents += rng.sample(pros, k=rng.randint(1, 2))
    if stars <= 4 or rng.random() < 0.3:
        sents += rng.sample(cons, k=1 if stars >= 4 else 2)
    service = {
        "tents": f"The Gear Guide at {town} set it up for a dry run on the pitch floor, which sold me.",
        "packs": f"A {SERVICES['fit_minutes']}-minute fit session at {town} got the torso length spot on.",
        "stoves": f"The {town} Trail Host covered the ember rule at clinic night, and I'm glad they did.",
        "kayaks": "I test-paddled it at the demo dock first, which made the decision easy.",
        "bags": f"The staff at {town} let me lie in it on a pad for ten minutes before buying.",
        "footwear": f"The Gear Guide at {town} did a fit session and swapped me half a size up.",
        "jackets": "A Gear Guide checked the three-layer fit with my fleece underneath.",
        "lighting": f"The Gear Guide at {town} showed me every mode before I left.",
    }[p["cat"]]
    extras = [
        service,
        "I registered it straight away by scanning the gear tag.",
        f"When it needed a repair, the Trail Promise covered it and the bench ticket came back inside "
        f"{TRAIL_PROMISE['turnaround_days']} business days.",
        "I earned enough Summit Club points on it for a Summit Note.",
    ]
    sents += rng.sample(extras, k=rng.randint(1, 2))
    verdict = {
        5: ["Highly recommended.", "I'd buy it again tomorrow.", "Five stars, no hesitation."],
        4: ["Very good overall.", "A few small niggles, but I'd recommend it.", "Solid choice."],
        3: ["Decent, but not perfect.", "Fine for the price, with some compromises.", "It does the job."],
        2: ["Not for me, sadly.", "I expected more.", "I'll probably try something else next time."],
    }[stars]
    body = [sents[0]] + rng.sample(sents[1:], k=len(sents) - 1) + [rng.choice(verdict)]
    return f"{head}\n\n{_paragraphs(rng, body)}"


GROUP_TERMS = {
    "returns": ["trail-tested return", "gear tag"],
    "promise": ["gear tag", "bench ticket", "loaner swap", "quiet season", "gear check"],
    "shipping": ["base-camp order", "Trailhead Pickup"],
    "club": ["Summit Note", "Ridge tier"],
    "price_match": ["price-match slip", "Hut Shelf"],
    "rental": ["weekend bundle", "rent-to-own credit"],
    "gift": ["Summit Note"],
    "trade": ["Second Summit", "gear check"],
    "stores": ["clinic night", "pitch floor", "demo dock", "fit session", "dry run"],
}
GROUP_INTROS = {
    "returns": [
        "We want you to love your gear, and if you don't, sending it back should be easy.",
        "Changed your mind? Here is how returns work at AnyCompany.",
        "Our returns policy is written to be simple, so you can shop with confidence.",
    ],
    "promise": [
        "The Trail Promise is our repair guarantee: we'd rather fix good gear than replace it.",
        "Gear should last for years, and the Trail Promise is how we stand behind that.",
        "Here is what the Trail Promise covers and how to use it.",
    ],
    "shipping": [
        "Here is how your order gets from our shelves to your door, or to the trailhead.",
        "We offer several delivery options, from free Trailhead Pickup to freight for boats.",
        "Choose the delivery that suits your trip date.",
    ],
    "club": [
        "Summit Club is our free membership programme, built around points and perks.",
        "Members earn points on every purchase and move up tiers as they spend.",
        "Here is everything you need to know about Summit Club.",
    ],
    "price_match": [
        "We want you to pay a fair price, so we match lower prices from authorised retailers.",
        "Spotted a lower price after buying? Our price-match rules are simple.",
    ],
    "rental": [
        "Renting is the easiest way to try gear before you commit.",
        "Our rental desks lend out clean, checked gear for your next trip.",
        "Here is how gear rental works at AnyCompany.",
    ],
    "gift": [
        "Gift cards are the safe choice when you don't know someone's size or style.",
        "Here is how AnyCompany gift cards work.",
    ],
    "trade": [
        "Second Summit gives good used gear a second life and gives you store credit.",
        "Trade in gear you no longer use and put the credit toward your next adventure.",
    ],
    "stores": [
        "Our stores are places to try, learn and get help from people who use the gear.",
        "Here is what you'll find at our stores.",
    ],
}


_TERM_NP = {
    "ember rule": "the ember rule",
    "quiet season": "the quiet season",
    "pack-out pledge": "the pack-out pledge",
    "three-layer fit": "the three-layer fit",
    "rent-to-own credit": "rent-to-own credit",
}


def term_np(term: str) -> str:
    """The term with a suitable article for running text."""
    return _TERM_NP.get(term, ("an " if term[0] in "aeiou" else "a ") + term)


def term_sentence(rng: random.Random, term: str) -> str:
    t = TERM[term]
    return rng.choice(
        [
            f'A quick word on terms: "{t["term"]}" means {t["definition"]}.',
            f"You may hear staff mention {term_np(term)}, which is {t['definition']}."
            if term[0].islower()
            else f"You may hear staff mention the {t['term']}: {t['definition']}.",
            t["example"],
            f"{cap1(t['term'])}: {t['definition']}.",
        ]
    )


def declarative(answer: str) -> str:
    """Drop a leading "Yes,"/"No," so a reply reads as a statement (used when rewriting notices)."""
    for head in ("Yes, ", "Yes. ", "No, ", "No. "):
        if answer.startswith(head):
            return cap1(answer[len(head) :])
    return answer


def prose(rng: random.Random, f: dict) -> str:
    """A policy fact as running text: the friendly or the formal version (formal if the answer is a yes/no)."""
    if f["answer"].startswith(("Yes", "No")) or rng.random() < 0.4:
        return f["formal"]
    return f["answer"]


def policy_page(rng: random.Random, group: str) -> str:
    facts = FACTS_BY_GROUP[group]
    if group == "stores":
        stores = rng.sample(STORES, k=rng.randint(1, 2))
        facts = [f for f in facts if any(f["key"].endswith(s["key"]) for s in stores)]
    title = rng.choice(
        [
            POLICY_GROUPS[group],
            f"{POLICY_GROUPS[group]}: how it works",
            f"AnyCompany policy: {POLICY_GROUPS[group]}",
            f"{POLICY_GROUPS[group]} at a glance",
            f"{POLICY_GROUPS[group]} (customer guide)",
        ]
    )
    chosen = rng.sample(facts, k=min(len(facts), rng.randint(3, 6)))
    sents = [rng.choice(GROUP_INTROS[group])]
    for f in chosen:
        sents.append(prose(rng, f))
    for term in rng.sample(GROUP_TERMS[group], k=min(2, len(GROUP_TERMS[group]))):
        sents.insert(rng.randint(1, len(sents)), term_sentence(rng, term))
    closing = rng.choice(
        [
            tip(rng, group),
            f"Questions? Customer care is on {CARE_LINE['phone']}, {CARE_LINE['hours']}, seven days a week.",
            "Any Gear Guide in store can walk you through the details.",
            "",
        ]
    )
    text = f"{title}\n\n{_paragraphs(rng, sents)}"
    return text + (f"\n\n{closing}" if closing else "")


def faq_page(rng: random.Random) -> str:
    if rng.random() < 0.6:
        group = rng.choice(list(POLICY_GROUPS))
        facts = FACTS_BY_GROUP[group]
        pairs = [
            (rng.choice(f["forms"])[0], f["answer"])
            for f in rng.sample(facts, k=min(len(facts), rng.randint(3, 5)))
        ]
        title = rng.choice(
            [
                f"{POLICY_GROUPS[group]}: frequently asked questions",
                f"FAQ: {POLICY_GROUPS[group]}",
                f"Your questions about {low1(POLICY_GROUPS[group])}"
                if group != "club"
                else "Your questions about Summit Club",
            ]
        )
        topic = group
    else:
        cat = rng.choice(CATEGORIES)
        pairs = []
        for _ in range(rng.randint(3, 5)):
            p = rng.choice(BY_CAT[cat["key"]])
            attr = rng.choice(PRODUCT_ATTRS)
            pairs.append((rng.choice(product_forms(p, attr))[0], product_body(rng, pvals(p), attr)))
        title = rng.choice(
            [
                f"{cat['title']}: frequently asked questions",
                f"FAQ: {cat['title']}",
                f"Gear Guide answers: {low1(cat['title'])}",
            ]
        )
        topic = cat["key"]
    seen, lines = [], []
    style = rng.randint(0, 2)
    for q, a in pairs:
        if q in seen:
            continue
        seen.append(q)
        lines.append([f"Q: {q}\nA: {a}", f"{q}\n{a}", f"**{q}**\n{a}"][style])
    tail = rng.choice([tip(rng, topic), "Still stuck? Ask a Gear Guide or call customer care.", ""])
    return f"{title}\n\n" + "\n\n".join(lines) + (f"\n\n{tail}" if tail else "")


def glossary_page(rng: random.Random) -> str:
    terms = rng.sample(TERMS, k=rng.randint(4, 8))
    if rng.random() < 0.5:
        terms.sort(key=lambda t: t["term"].lower())
    style = rng.randint(0, 3)
    title = rng.choice(
        [
            "AnyCompany glossary",
            "Words you'll hear in our stores",
            "Staff and customer glossary",
            "AnyCompany terms explained",
            "Glossary: how we talk about gear",
        ]
    )
    lines = []
    for t in terms:
        d = t["definition"]
        if style == 0:
            line = f"{t['term']}: {d}."
        elif style == 1:
            line = f"{cap1(t['term'])} - {d}."
        elif style == 2:
            line = f'We say "{t["term"]}" for {d}.'
        else:
            line = f'"{t["term"]}" means {d}.'
        if rng.random() < 0.45:
            line += f" Example: {t['example']}"
        lines.append(line)
    intro = rng.choice(
        [
            "",
            "Staff use these terms every day; here is what they mean.",
            "New to AnyCompany? These are the words you'll hear most.",
            "",
        ]
    )
    return title + "\n\n" + (intro + "\n\n" if intro else "") + "\n".join(lines)


def _safety_fill(rng: random.Random) -> dict:
    return {
        "stove": rng.choice([p["name"] for p in BY_CAT["stoves"] if p["key"] != "cinderwisp-wood-stove"]),
        "tent": rng.choice([p["name"] for p in BY_CAT["tents"]]),
        "kayak": rng.choice([p["name"] for p in BY_CAT["kayaks"]]),
        "pack": rng.choice([p["name"] for p in BY_CAT["packs"] if p["key"] != "skylark-18"]),
        "light": rng.choice([p["name"] for p in BY_CAT["lighting"] if p["key"].startswith("starling")]),
        "jacket": rng.choice([p["name"] for p in BY_CAT["jackets"] if p["key"] != "kestrel-wind-shirt"]),
        "town": rng.choice(STORES)["town"],
        "alpine": PROD["emberlight-alpine"]["name"],
        "wood": PROD["cinderwisp-wood-stove"]["name"],
        "solo": PROD["emberlight-solo"]["name"],
    }


def safety_guide(rng: random.Random, s: dict) -> str:
    title = rng.choice(
        [
            s["title"],
            f"Trail safety: {low1(s['title'])}",
            f"Safety guide: {s['title']}",
            f"{s['title']} - the AnyCompany way",
        ]
    )
    intro = rng.choice(
        [
            "We love a big day out, and we want you home safe afterwards.",
            "A few simple habits prevent most trail emergencies.",
            "Our Trail Hosts teach this at clinic night; here is the short version.",
            "Read this before your next trip, then pass it on.",
            "",
        ]
    )
    rules = rng.sample(s["rules"], k=rng.randint(3, len(s["rules"])))
    style = rng.randint(0, 2)
    if style == 0:
        body = "\n".join(f"- {r}" for r in rules)
    elif style == 1:
        body = "\n".join(f"{i + 1}. {r}" for i, r in enumerate(rules))
    else:
        body = " ".join(rules)
    extra = [term_sentence(rng, s["term"])]
    if s["cat"]:
        p = rng.choice(BY_CAT[s["cat"]])
        extra.append(
            rng.choice(
                [
                    f"Gear that helps: the {p['name']}, which {p['feature']}.",
                    f"Many customers pair this advice with the {p['name']} ({money(p['price'])}).",
                    f"Ask a Gear Guide how the {p['name']} fits into this plan.",
                ]
            )
        )
    extra.append(rng.choice([f"In short: {low1(s['summary'])}", s["summary"]]))
    rng.shuffle(extra)
    parts = [title] + ([intro] if intro else []) + [body, " ".join(extra), "Tip: " + rng.choice(s["tips"])]
    return "\n\n".join(parts)


def staff_memo(rng: random.Random) -> str:
    s = rng.choice(STORES)
    town = s["town"]
    kind = rng.randint(0, 6)
    if kind == 0:
        group = rng.choice([g for g in POLICY_GROUPS if g != "stores"])
        facts = rng.sample(FACTS_BY_GROUP[group], k=min(3, len(FACTS_BY_GROUP[group])))
        to, subject = "Gear Guides", f"Reminder: {low1(POLICY_GROUPS[group])}"
        body = [
            rng.choice(
                [
                    f"Quick reminder on {low1(POLICY_GROUPS[group])}, as questions keep coming up at the till.",
                    f"A few customers were given the wrong answer about {low1(POLICY_GROUPS[group])} this week.",
                ]
            )
        ]
        body += [f["formal"] for f in facts]
        body += [
            rng.choice(
                [
                    "Please make sure everyone can explain this without checking the binder.",
                    "If in doubt, ask me before you promise anything to a customer.",
                ]
            ),
            term_sentence(rng, rng.choice(GROUP_TERMS[group])),
        ]
    elif kind == 1:
        p = rng.choice(PRODUCTS)
        to, subject = "Gear Guides", f"New on the floor: {p['name']}"
        body = [
            f"The {p['name']} ({p['sku']}) is now on the floor at {money(p['price'])}.",
            f"Know the numbers: it weighs {p_weight(p)} and {p_cap_verb(p)}.",
            f"Selling point: it {p['feature']}.",
            f"Trail Promise cover is {p_years(p)} years, so remind customers to scan the gear tag.",
            rng.choice(product_asides(p)),
        ]
    elif kind == 2:
        cl = s["clinic"]
        to, subject = "Trail Hosts", f"Clinic night: {cl['title']}"
        body = [
            f'Clinic night stays on {cl["day"]}s at {cl["time"]} this season, with the topic "{cl["title"]}".',
            f"Sessions run for {SERVICES['clinic_minutes']} minutes, so please have the room set up in good time.",
            "Summit tier members can book early, so check the list the week before.",
            term_sentence(rng, "clinic night"),
            rng.choice(
                [
                    "Gear Guides on shift should point customers to the sign-up sheet.",
                    "Please bring spare demo gear from the back room.",
                ]
            ),
        ]
    elif kind == 3:
        TP = TRAIL_PROMISE
        to, subject = "Bench Techs", "Quiet season at the repair bench"
        body = [
            f"The quiet season runs from {TP['quiet_months']}, and our turnaround target drops from "
            f"{TP['turnaround_days']} to {TP['quiet_turnaround_days']} business days.",
            f"Every job still needs a bench ticket starting with {TP['claim_prefix']}.",
            "Offer a loaner swap whenever we have a stand-in on the shelf.",
            f"Items beyond repair get a {TP['replacement_credit_pct']}% replacement credit; note it on the ticket.",
            term_sentence(rng, "gear check"),
        ]
    elif kind == 4:
        rentable = [c for c in CATEGORIES if c["rental_rate"]]
        cs = rng.sample(rentable, k=3)
        to, subject = "Rental Stewards", "Rental desk prep for the weekend"
        body = ["Busy weekend ahead, so please have rental gear checked and bagged by Friday noon."]
        body += [f"{cap1(c['singular'])} rentals are {money(c['rental_rate'])} a day." for c in cs]
        body += [
            f"The weekend bundle is charged as {RENTAL['weekend_days_charged']} days.",
            f"Deposits are {money(RENTAL['deposit'])}, or {money(RENTAL['boat_deposit'])} for boats.",
            term_sentence(rng, "rent-to-own credit"),
        ]
    elif kind == 5:
        sf = rng.choice(SAFETY)
        to, subject = (
            rng.choice(
                ["Gear Guides", "Trail Hosts", "Dock Wardens" if sf["cat"] == "kayaks" else "Gear Guides"]
            ),
            f"Safety briefing: {low1(sf['title'])}",
        )
        body = ["Customers ask us for safety advice every day, so let's give one consistent answer."]
        body += rng.sample(sf["rules"], k=3)
        body += [term_sentence(rng, sf["term"])]
    else:
        k = rng.choice(FIELD_KITS)
        to, subject = "Gear Guides", f"Field kit focus: {k['name']}"
        items = [PROD[i]["name"] for i in k["items"]]
        body = [
            f"This month we're featuring the {k['name']} ({k['code']}), our field kit for {k['trip']}.",
            f"It bundles the {join(items)}.",
            f"Bought separately these cost {money(k['separate'])}; as a kit it is {money(k['price'])}.",
            term_sentence(rng, "field kit"),
            "Suggest a shakedown to anyone buying a kit for their first trip.",
        ]
    role_pl = to
    head = rng.choice(
        [
            f"STAFF MEMO\nTo: {role_pl}, {town}\nFrom: Store Lead, {town}\nRe: {subject}",
            f"Memo to {role_pl} at {town}\nSubject: {subject}",
            f"Internal note ({town} store)\nFor: {role_pl}\nTopic: {subject}",
        ]
    )
    sign = rng.choice(
        [
            "Thanks, team.",
            "Thanks for all you do.",
            "Any questions, find me on the floor.",
            f"Store Lead, {town}",
        ]
    )
    return f"{head}\n\n{_paragraphs(rng, body)}\n\n{sign}"


def catalog_page(rng: random.Random) -> str:
    season = rng.choice(SEASONS_CAT)
    if rng.random() < 0.2:
        title = rng.choice([f"{season} catalogue: field kits", f"Field kits for {season.split()[0].lower()}"])
        lines = []
        for k in rng.sample(FIELD_KITS, k=rng.randint(3, 5)):
            items = join([PROD[i]["name"] for i in k["items"]])
            lines.append(
                rng.choice(
                    [
                        f"{k['name']} ({k['code']}): {items}. Kit price {money(k['price'])}, instead of {money(k['separate'])} "
                        f"bought separately.",
                        f"{k['name']}, for {k['trip']}: {items}, all for {money(k['price'])}.",
                    ]
                )
            )
        intro = (
            f"Every field kit is priced {SERVICES['kit_discount_pct']}% below the separate prices, rounded "
            f"down to the dollar, and every item keeps its own Trail Promise."
        )
        return f"{title}\n\n{intro}\n\n" + "\n".join(lines) + f"\n\n{tip(rng, 'general')}"
    c = rng.choice(CATEGORIES)
    ps = rng.sample(BY_CAT[c["key"]], k=rng.randint(3, 5))
    if rng.random() < 0.5:
        ps.sort(key=lambda p: p["price"])
    style = rng.randint(0, 3)
    lines = []
    for p in ps:
        if style == 0:
            lines.append(
                f"{p['name']} ({p['sku']}): {money(p['price'])}. {p_weight(p)}. {cap1(c['cap_label'])}: "
                f"{p['cap']}. Colours: {join(p['colours'])}."
            )
        elif style == 1:
            lines.append(
                f"- {p['name']}: {money(p['price'])}, {p_weight(p)}; it {p_cap_verb(p)}. "
                f"Available in {join(p['colours'], 'or')}."
            )
        elif style == 2:
            lines.append(
                f"{p['name']} | {money(p['price'])} | {p_weight(p)} | {p['cap']} | rated {p['rating']}/5"
            )
        else:
            lines.append(
                f"The {p['name']} ({money(p['price'])}) {p['feature']}. It weighs {p_weight(p)} and "
                f"{p_cap_verb(p)}."
            )
    title = rng.choice(
        [
            f"{season} catalogue: {c['title']}",
            f"{c['title']} ({season})",
            f"AnyCompany {season} range: {low1(c['title'])}",
        ]
    )
    intro = rng.choice(
        [
            f"Every {c['singular']} below carries {c['promise_years']} years of Trail Promise cover.",
            f"Our {c['plural']} line-up for the season, with prices in USD.",
            f"Compare our {c['plural']} at a glance; Gear Guides can help you choose.",
        ]
    )
    extra = rng.choice(
        [
            f"Rent {c['need']} from {money(c['rental_rate'])} a day at our rental desks."
            if c["rental_rate"]
            else "Book a fit session in store before you buy.",
            f"Orders over {money(SHIPPING_POLICY['free_over'])} ship free with Standard delivery.",
            tip(rng, c["key"]),
        ]
    )
    return f"{title}\n\n{intro}\n\n" + "\n".join(lines) + f"\n\n{extra}"


# =============================================================================================
# INSTRUCTION TASKS (chat form). Each task has train templates and disjoint held-out test ones.
# =============================================================================================


def _cat_activities(cat: str) -> list[str]:
    out = []
    for p in BY_CAT[cat]:
        for a in p["best_for"]:
            if a not in out:
                out.append(a)
    return out


def task_product_qa(rng: random.Random, split: str) -> tuple[str, str]:
    p = rng.choice(PRODUCTS)
    attr = rng.choice(PRODUCT_ATTRS)
    user = wrap(rng, rng.choice(product_forms(p, attr)), split)
    body = product_body(rng, pvals(p), attr)
    if rng.random() < 0.35 and attr != "best_for":
        body += " " + rng.choice(
            [f"Worth knowing: it {p['feature']}.", f"It's a favourite for {p['best_for'][0]}."]
        )
    return user, reply(rng, body, p["cat"])


def task_policy_qa(rng: random.Random, split: str) -> tuple[str, str]:
    g = rng.choice(list(POLICY_GROUPS))
    f = rng.choice(FACTS_BY_GROUP[g])
    return wrap(rng, rng.choice(f["forms"]), split), reply(rng, f["answer"], g)


COMPARE_TRAIN = [
    ("Which is lighter, the {a} or the {b}?", "weight"),
    ("Is the {a} heavier than the {b}?", "heavier_yn"),
    ("Which costs less, the {a} or the {b}?", "price"),
    ("How does the {a} compare with the {b}?", "overall"),
    ("What's the difference between the {a} and the {b}?", "overall"),
    ("{a} vs {b}: which one is better value?", "value"),
    ("Should I get the {a} or the {b} for {act}?", "activity"),
    ("Compare the {a} and the {b} for me, please.", "overall"),
    ("Can you compare the price and weight of the {a} and the {b}?", "price_weight"),
    ("I'm torn between the {a} and the {b}. Which would you choose for {act}?", "activity"),
    ("Is the {a} more expensive than the {b}?", "pricier_yn"),
    ("Which has the better customer rating, the {a} or the {b}?", "rating"),
]
COMPARE_TEST = [
    ("Weigh up the {a} against the {b} for me.", "overall"),
    ("{a} or {b}: what are the trade-offs?", "overall"),
    ("Between the {a} and the {b}, which would you pick for {act}?", "activity"),
    ("Give me a quick side-by-side of the {a} and the {b} on cost and weight.", "price_weight"),
    ("Which of these weighs less: the {a} or the {b}?", "weight"),
    ("Does the {a} cost more than the {b}?", "pricier_yn"),
    ("Do customers prefer the {a} or the {b}?", "rating"),
]


def compare_body(rng: random.Random, a: dict, b: dict, aspect: str, act: str) -> str:
    note = CAT[a["cat"]]["weight_note"]
    wa, wb = p_weight(a), p_weight(b)
    pa, pb = money(a["price"]), money(b["price"])
    lo_w, hi_w = sorted([a, b], key=lambda p: p["grams"])
    lo_p, hi_p = sorted([a, b], key=lambda p: p["price"])
    wdiff = weight(hi_w["grams"] - lo_w["grams"]) + note
    pdiff = money(hi_p["price"] - lo_p["price"])
    if aspect == "weight":
        return (
            f"The {lo_w['name']} is lighter at {p_weight(lo_w)}, compared with {p_weight(hi_w)} for the "
            f"{hi_w['name']}, a saving of {wdiff}."
        )
    if aspect == "heavier_yn":
        if a is hi_w:
            return f"Yes. The {a['name']} weighs {wa} and the {b['name']} weighs {wb}, so the {a['name']} is {wdiff} heavier."
        return (
            f"No, it's the other way round: the {a['name']} weighs {wa} and the {b['name']} weighs {wb}, so the "
            f"{a['name']} is {wdiff} lighter."
        )
    if aspect == "price":
        return (
            f"The {lo_p['name']} costs less at {money(lo_p['price'])}; the {hi_p['name']} is "
            f"{money(hi_p['price'])}, so you'd save {pdiff}."
        )
    if aspect == "pricier_yn":
        if a is hi_p:
            return f"Yes. The {a['name']} is {pa} and the {b['name']} is {pb}, a difference of {pdiff}."
        return f"No. The {a['name']} is {pa}, which is {pdiff} less than the {b['name']} at {pb}."
    if aspect == "rating":
        if a["rating"] == b["rating"]:
            return f"It's a tie: the {a['name']} and the {b['name']} both average {a['rating']} out of 5."
        hi, lo = (a, b) if a["rating"] > b["rating"] else (b, a)
        return (
            f"The {hi['name']} rates higher, at {hi['rating']} out of 5 against {lo['rating']} for the "
            f"{lo['name']}."
        )
    if aspect == "price_weight":
        s = f"The {a['name']} costs {pa} and weighs {wa}; the {b['name']} costs {pb} and weighs {wb}."
        if lo_p is lo_w:
            return s + f" So the {lo_p['name']} is both cheaper and lighter."
        return s + f" So the {lo_p['name']} saves money, while the {lo_w['name']} saves weight."
    if aspect == "value":
        return (
            f"The {lo_p['name']} saves you {pdiff}, while the {hi_p['name']} {hi_p['feature']}. If that "
            f"matters on your trips, the extra is worth it; otherwise the {lo_p['name']} is the better value."
        )
    if aspect == "activity":
        fits = [p for p in (a, b) if act in p["best_for"]]
        if len(fits) == 2:
            x = sorted(fits, key=lambda p: (-p["rating"], p["price"]))[0]
            y = b if x is a else a
            why = (
                f"it rates {x['rating']} out of 5 against {y['rating']}"
                if x["rating"] != y["rating"]
                else f"it costs {pdiff} less for the same rating"
            )
            return f"Both suit {act}, but I'd lean towards the {x['name']} because {why}. It {x['feature']}."
        x = fits[0]
        y = b if x is a else a
        return (
            f"For {act}, I'd pick the {x['name']} ({money(x['price'])}): it {x['feature']}. The {y['name']} is "
            f"better suited to {join(y['best_for'])}."
        )
    # overall
    ca, cb = p_cap_verb(a), p_cap_verb(b)
    s = f"The {a['name']} is {pa}, weighs {wa} and {ca}; the {b['name']} is {pb}, weighs {wb} and {cb}."
    if a["best_for"] == b["best_for"]:
        return s + f" Both suit {join(a['best_for'])}, so it comes down to weight and budget."
    return (
        s + f" Pick the {a['name']} for {join(a['best_for'])}, or the {b['name']} for {join(b['best_for'])}."
    )


def task_compare(rng: random.Random, split: str) -> tuple[str, str]:
    tpl, aspect = rng.choice(COMPARE_TEST if split == "test" else COMPARE_TRAIN)
    cat = rng.choice(CATEGORIES)["key"]
    a, b = rng.sample(BY_CAT[cat], 2)
    act = rng.choice(a["best_for"] + [x for x in b["best_for"] if x not in a["best_for"]])
    user = tpl.format(a=a["name"], b=b["name"], act=act)
    return user, reply(rng, compare_body(rng, a, b, aspect, act), cat)


RECOMMEND_TRAIN = [
    ("I need {need} for {act} and can spend up to {budget}. What do you suggest?", "budget"),
    ("What's the best {singular} for {act} under {budget}?", "budget"),
    ("My budget is {budget}. Which {singular} should I buy for {act}?", "budget"),
    ("Can you recommend {need} for {act}? I don't want to spend more than {budget}.", "budget"),
    ("What's the lightest {singular} you sell for {act}?", "lightest"),
    ("I'm counting grams. Which {singular} should I take for {act}?", "lightest"),
    ("Which of your {plural} is the lightest?", "lightest_all"),
    ("Which {singular} do customers rate highest for {act}?", "rated"),
    ("What's your top-rated {singular}?", "rated_all"),
    ("What's the most affordable {singular} you have?", "cheapest_all"),
    ("I'm on a tight budget. Which {singular} is cheapest for {act}?", "cheapest"),
    ("Recommend {need} for a beginner who mostly does {act}.", "cheapest"),
]
RECOMMEND_TEST = [
    ("Help me choose {need} for {act}; {budget} is my limit.", "budget"),
    ("Which {singular} would you suggest for {act} if weight matters most?", "lightest"),
    ("Point me to the best-reviewed {singular} for {act}.", "rated"),
    ("On a shoestring here. Cheapest {singular} that works for {act}?", "cheapest"),
    ("Out of all your {plural}, which one do shoppers like best?", "rated_all"),
]


def task_recommend(rng: random.Random, split: str) -> tuple[str, str]:
    tpl, kind = rng.choice(RECOMMEND_TEST if split == "test" else RECOMMEND_TRAIN)
    c = rng.choice(CATEGORIES)
    act = rng.choice(_cat_activities(c["key"]))
    pool = (
        BY_CAT[c["key"]] if kind.endswith("_all") else [p for p in BY_CAT[c["key"]] if act in p["best_for"]]
    )
    scope = f"our {c['plural']}" if kind.endswith("_all") else f"our {c['plural']} for {act}"
    budget = ""
    alt = None
    if kind == "budget":
        t = rng.choice(pool)
        b = math.ceil((t["price"] + 1) / 50) * 50
        budget = money_short(b)
        pool = [p for p in pool if p["price"] <= b]
        ranked = sorted(pool, key=lambda p: (-p["rating"], p["price"]))
        pick = ranked[0]
        alt = ranked[1] if len(ranked) > 1 else None
        reason = f"It's the best-rated option under {budget} for {act}, at {pick['rating']} out of 5."
    elif kind.startswith("lightest"):
        pick = min(pool, key=lambda p: p["grams"])
        reason = f"At {p_weight(pick)}, it's the lightest of {scope}."
    elif kind.startswith("rated"):
        ranked = sorted(pool, key=lambda p: (-p["rating"], p["price"]))
        pick = ranked[0]
        alt = ranked[1] if len(ranked) > 1 else None
        reason = f"Customers rate it {pick['rating']} out of 5, the highest among {scope}."
    else:
        pick = min(pool, key=lambda p: p["price"])
        reason = f"At {money(pick['price'])}, it's the most affordable of {scope}."
    user = tpl.format(need=c["need"], singular=c["singular"], plural=c["plural"], act=act, budget=budget)
    body = f"I'd go with the {pick['name']} ({money(pick['price'])}). {reason} It {pick['feature']}."
    if alt is not None and rng.random() < 0.5:
        body += (
            f" If you'd like another option, the {alt['name']} ({money(alt['price'])}) is also a good fit."
        )
    return user, reply(rng, body, c["key"])


SUMMARIZE_TRAIN = [
    "Summarize this product description in two sentences:\n\n{t}",
    "Can you give me the short version of this?\n\n{t}",
    "TL;DR, please:\n\n{t}",
    "Boil this down for a customer who's in a hurry:\n\n{t}",
    "What are the key points here?\n\n{t}",
    "Summarise the following for our help page:\n\n{t}",
    "Give me a quick summary of this text.\n\n{t}",
    "I don't have time to read all this. What does it say?\n\n{t}",
    "Condense this into a few lines:\n\n{t}",
    "Please summarize:\n\n{t}",
]
SUMMARIZE_TEST = [
    "Sum this up in plain words:\n\n{t}",
    "What's the gist of this?\n\n{t}",
    "Write a brief recap of the passage below.\n\n{t}",
    "Shorten this for a text message reply:\n\n{t}",
]


def task_summarize(rng: random.Random, split: str) -> tuple[str, str]:
    r = rng.random()
    tpls = SUMMARIZE_TEST if split == "test" else SUMMARIZE_TRAIN
    if r < 0.4:
        p = rng.choice(PRODUCTS)
        c = CAT[p["cat"]]
        passage = product_page(rng, p, full=True)
        body = (
            f"The {p['name']} is a {money(p['price'])} {c['singular']} from the {p['line']} line that weighs "
            f"{p_weight(p)} and {p_cap_verb(p)}. It {p['feature']}, and it carries {p_years(p)} years of "
            f"Trail Promise cover."
        )
        topic = p["cat"]
        tpl = rng.choice(tpls)
    elif r < 0.8:
        g = rng.choice([x for x in POLICY_GROUPS if x != "stores"])
        facts = rng.sample(FACTS_BY_GROUP[g], k=min(3, len(FACTS_BY_GROUP[g])))
        sents = [rng.choice(GROUP_INTROS[g])] + [prose(rng, f) for f in facts]
        sents.insert(rng.randint(1, len(sents)), term_sentence(rng, rng.choice(GROUP_TERMS[g])))
        passage = f"{POLICY_GROUPS[g]}\n\n" + " ".join(sents)
        shorts = [f["short"] for f in facts]
        body = rng.choice(
            [
                "In short: " + "; ".join(shorts[:-1]) + "; and " + shorts[-1] + ".",
                "Key points:\n" + "\n".join(f"- {cap1(x)}." for x in shorts),
            ]
        )
        topic = g
        tpl = rng.choice([t for t in tpls if "product" not in t])
    else:
        s = rng.choice(SAFETY)
        passage = f"{s['title']}\n\n" + " ".join(s["rules"]) + " " + term_sentence(rng, s["term"])
        body = s["summary"]
        topic = "safety"
        tpl = rng.choice([t for t in tpls if "product" not in t])
    return tpl.format(t=passage), reply(rng, body, topic, opener=False)


REWRITE_TRAIN = [
    "Rewrite this in the AnyCompany house style:\n\n{t}",
    "Can you make this sound friendlier for customers?\n\n{t}",
    "Turn this into a reply our assistant would send:\n\n{t}",
    "Please rephrase this notice in our customer voice.\n\n{t}",
    "This reads too stiff. Rewrite it the AnyCompany way:\n\n{t}",
    "Make this customer-friendly and concise:\n\n{t}",
    "Rework the following text in house style, please.\n\n{t}",
    "How would our assistant say this?\n\n{t}",
    "Convert this legal-sounding text into a friendly answer:\n\n{t}",
    "Soften this for a customer email, keeping the facts:\n\n{t}",
]
REWRITE_TEST = [
    "Give this a warmer tone without changing the facts:\n\n{t}",
    "Translate this into plain, friendly AnyCompany language:\n\n{t}",
    "Redo this message in our house style for the help chat:\n\n{t}",
    "Could you humanise this notice for shoppers?\n\n{t}",
]
STIFF = [
    "NOTICE: {x}",
    "Policy statement: {x}",
    "{x} No exceptions will be made.",
    "Customers are advised as follows. {x}",
    "Per section {n} of the customer terms: {x}",
    "Please note: {x}",
    "IMPORTANT. {x} Contact customer services for further information.",
]


def task_rewrite(rng: random.Random, split: str) -> tuple[str, str]:
    tpl = rng.choice(REWRITE_TEST if split == "test" else REWRITE_TRAIN)
    if rng.random() < 0.75:
        g = rng.choice(list(POLICY_GROUPS))
        f = rng.choice(FACTS_BY_GROUP[g])
        formal, body, topic = f["formal"], declarative(f["answer"]), g
    else:
        p = rng.choice(PRODUCTS)
        c = CAT[p["cat"]]
        formal = (
            f"Product {p['sku']} ({p['name']}). Unit price: USD {p['price']:,.2f}. Mass: {p_weight(p)}. "
            f"{cap1(c['cap_label'])}: {p['cap']}. Warranty class: Trail Promise, {p_years(p)} years."
        )
        body = (
            f"The {p['name']} is {money(p['price'])} and weighs {p_weight(p)}. It {p_cap_verb(p)}, and our "
            f"Trail Promise covers it for {p_years(p)} years."
        )
        topic = p["cat"]
    stiff = rng.choice(STIFF).format(x=formal, n=f"{rng.randint(2, 9)}.{rng.randint(1, 9)}")
    return tpl.format(t=stiff), reply(rng, body, topic, opener=False)


EXTRACT_TRAIN = [
    "Extract {keys} from this text and return JSON only:\n\n{t}",
    "Return a compact JSON object with the keys {keys}.\n\n{t}",
    "Pull the following fields out as JSON ({keys}):\n\n{t}",
    "Parse this note into JSON using the keys {keys}.\n\n{t}",
    "I need structured data. Give me JSON with {keys}:\n\n{t}",
    "Read the text below and output a JSON object ({keys}).\n\n{t}",
    "Convert this into JSON with fields {keys}. No extra words.\n\n{t}",
    "From the message below, extract {keys} as a JSON object.\n\n{t}",
    "JSON please, keys {keys}:\n\n{t}",
    "Fill in a JSON record with {keys} based on this text:\n\n{t}",
]
EXTRACT_TEST = [
    "Capture {keys} from this passage as JSON.\n\n{t}",
    "Produce machine-readable JSON ({keys}) for this:\n\n{t}",
    "Structure this as a JSON object containing {keys}:\n\n{t}",
    "Map the text below onto JSON with keys {keys}.\n\n{t}",
]
RETURN_REASONS = [
    ("it's too small", "too small"),
    ("it's too big", "too big"),
    ("it came in the wrong colour", "wrong colour"),
    ("I changed my mind", "changed my mind"),
    ("it arrived damaged", "arrived damaged"),
    ("it doesn't suit my trips", "doesn't suit my trips"),
]


def _order_id(rng: random.Random) -> str:
    return f"AC-{rng.randint(100000, 999999)}"


def task_extract(rng: random.Random, split: str) -> tuple[str, str]:
    kind = rng.randint(0, 5)
    p = rng.choice(PRODUCTS)
    c = CAT[p["cat"]]
    n = p["name"]
    if kind == 0:
        keys = ["name", "price_usd", "weight_g"]
        obj = {"name": n, "price_usd": p["price"], "weight_g": p["grams"]}
        text = rng.choice(
            [
                f"The {n} retails for {money(p['price'])} and weighs {p_weight(p)}. It {p_cap_verb(p)}.",
                f"Spotted in the {rng.choice(SEASONS_CAT)} catalogue: {n}, {money(p['price'])}, {p_weight(p)}, {p['cap']}.",
                f"Customer note: I'm thinking about the {n}. The site says it's {money(p['price'])} and {p_weight(p)}. "
                f"Is that right?",
                f"{n}: it {p['feature']}. Price {money(p['price'])}. Weight {p_weight(p)}.",
            ]
        )
    elif kind == 1:
        keys = ["name", "category", "colours"]
        obj = {"name": n, "category": c["title"], "colours": list(p["colours"])}
        text = rng.choice(
            [
                f"The {n} sits in our {c['title'].lower()} range and comes in {join(p['colours'])}.",
                f"New stock in {c['title']}: the {n}, available in {join(p['colours'], 'or')}.",
                f"Gear Guide note: customers keep asking which colours the {n} comes in ({join(p['colours'])}). "
                f"Department: {c['title']}.",
            ]
        )
    elif kind == 2:
        keys = ["sku", "name", "rating"]
        obj = {"sku": p["sku"], "name": n, "rating": p["rating"]}
        text = rng.choice(
            [
                f"{n} ({p['sku']}) has an average customer rating of {p['rating']} out of 5.",
                f"Review summary for SKU {p['sku']}: the {n} averages {p['rating']}/5.",
                f"Shelf label: {p['sku']} / {n} / rated {p['rating']} by customers.",
            ]
        )
    elif kind == 3:
        keys = ["order_id", "product", "quantity", "shipping"]
        oid, qty = _order_id(rng), rng.randint(1, 3)
        tier = rng.choice([t["name"] for t in SHIPPING])
        obj = {"order_id": oid, "product": n, "quantity": qty, "shipping": tier}
        text = rng.choice(
            [
                f"Hi, it's {rng.choice(FIRST_NAMES)}. I placed order {oid} for {qty} x {n} with {tier} shipping. Can "
                f"you confirm it went through?",
                f"Order {oid}: {qty} x {n}, shipping method {tier}. Customer asked for an update.",
                f"Could you check on {oid}? I bought the {n} (quantity: {qty}) and chose {tier}.",
            ]
        )
    elif kind == 4:
        keys = ["order_id", "product", "reason"]
        oid = _order_id(rng)
        phrase, reason = rng.choice(RETURN_REASONS)
        obj = {"order_id": oid, "product": n, "reason": reason}
        text = rng.choice(
            [
                f"Order {oid}: I'd like to return the {n} because {phrase}.",
                f"Hello, I need to send back the {n} from order {oid}; {phrase}.",
                f"Return request. Order number {oid}. Item: {n}. Why: {phrase}.",
            ]
        )
    else:
        keys = ["store", "address", "sunday_hours"]
        s = rng.choice(STORES)
        sun = s["hours"]["sunday"]
        obj = {"store": s["town"], "address": s["address"], "sunday_hours": hours_text(sun)}
        sun_txt = "It's closed on Sundays." if sun is None else f"On Sundays it's open {hours_text(sun)}."
        text = rng.choice(
            [
                f"Our {s['town']} store is at {s['address']}. {sun_txt}",
                f"Visiting {s['town']}? Find us at {s['address']}. {sun_txt}",
                f"Store info for {s['town']}: {s['address']}. {sun_txt} Parking is on site.",
            ]
        )
    tpl = rng.choice(EXTRACT_TEST if split == "test" else EXTRACT_TRAIN)
    user = tpl.format(keys=", ".join(keys), t=text)
    return user, json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def term_forms(term: str) -> list[tuple[str, str]]:
    return [
        (f'What does "{term}" mean?', f'what "{term}" means'),
        (f'What is meant by "{term}" at AnyCompany?', f'what is meant by "{term}" at AnyCompany'),
        (f'Can you explain the term "{term}"?', f'what the term "{term}" refers to'),
    ]


def term_body(rng: random.Random, t: dict) -> str:
    body = rng.choice(
        [
            f'The term "{t["term"]}" is our name for {t["definition"]}.',
            f'At AnyCompany, "{t["term"]}" means {t["definition"]}.',
            f'We use "{t["term"]}" to mean {t["definition"]}.',
            f'In AnyCompany speak, "{t["term"]}" refers to {t["definition"]}.',
        ]
    )
    if rng.random() < 0.5:
        body += f" For example: {t['example']}"
    return body


def task_term(rng: random.Random, split: str) -> tuple[str, str]:
    t = rng.choice(TERMS)
    return wrap(rng, rng.choice(term_forms(t["term"])), split), reply(rng, term_body(rng, t), "terms")


TASKS = {
    "product_qa": task_product_qa,
    "policy_qa": task_policy_qa,
    "compare": task_compare,
    "recommend": task_recommend,
    "summarize": task_summarize,
    "rewrite_in_house_style": task_rewrite,
    "extract_json": task_extract,
    "term_definition": task_term,
}


def _chat(user: str, assistant: str, task: str) -> dict:
    return {
        "messages": [
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": user},
            {"role": "assistant", "content": assistant},
        ],
        "task": task,
    }


def _instructions(seed: int) -> dict[str, list[dict]]:
    rng = random.Random(f"{seed}:instructions")
    sizes = {"train": 1200, "validation": 150, "test": 200}
    seen: set[str] = set()
    out: dict[str, list[dict]] = {}
    names = list(TASKS)
    for split in ("test", "train", "validation"):  # test first: its messages are reserved
        n_total = sizes[split]
        per = [n_total // len(names) + (1 if i < n_total % len(names) else 0) for i in range(len(names))]
        recs = []
        for name, k in zip(names, per):
            got, tries = 0, 0
            while got < k:
                tries += 1
                if tries > 50 * k + 500:
                    raise RuntimeError(f"cannot generate enough unique {name} records for {split}")
                user, assistant = TASKS[name](rng, split)
                if user in seen:
                    continue
                seen.add(user)
                recs.append(_chat(user, assistant, name))
                got += 1
        rng.shuffle(recs)
        out[f"instructions_{split}"] = recs
    return out


def to_prompt_completion(record: dict) -> dict:
    """Bedrock-style pair: prompt = system + user text, completion = assistant text."""
    msgs = record["messages"]
    system = next((m["content"] for m in msgs if m["role"] == "system"), SYSTEM)
    user = next(m["content"] for m in msgs if m["role"] == "user")
    assistant = next(m["content"] for m in msgs if m["role"] == "assistant")
    return {"prompt": f"{system}\n\n{user}", "completion": assistant}


# =============================================================================================
# PREFERENCE PAIRS (helpful / harmless / honest)
# =============================================================================================

VAGUE = [
    "Great question! It really depends on your plans and preferences. Have a browse online or pop into your "
    "nearest store and someone will sort you out.",
    "That varies quite a bit, so I'd rather not say. Our website has lots of information if you dig around.",
    "Hmm, hard to say. Lots of factors come into it. Maybe check with a store?",
    "There are a few things to consider there, and everyone's situation is different. Let us know if you have "
    "any other questions!",
]
DEFLECT = [
    "I'm not able to help with that here. Please contact customer care.",
    "Sorry, I can't answer questions like that. Try searching the website.",
    "That's outside what I can help with. Please ask in store.",
]


_YOU = {
    "I": "you",
    "my": "your",
    "me": "you",
    "I'm": "you're",
    "I've": "you've",
    "I'd": "you'd",
    "myself": "yourself",
}


def you_clause(clause: str) -> str:
    """Customer's first-person clause seen from the assistant's side ("whether I can" -> "whether you can")."""
    return " ".join(_YOU.get(w, w) for w in clause.split(" "))


def _helpful_reject(rng: random.Random, clause: str, body: str, tip_line: str, other_body: str) -> str:
    clause = you_clause(clause)
    k = rng.randint(0, 6)
    if k == 0:
        return rng.choice(VAGUE)
    if k == 1:
        return rng.choice(DEFLECT)
    if k == 2:
        return (
            f"Thanks so much for reaching out to AnyCompany Outdoor Gear! We love hearing from fellow "
            f"adventurers. Lots of customers want to know {clause}, and honestly the answer can depend on all sorts of "
            f"things, like where you're heading and what you already own. We always recommend doing plenty "
            f"of research before any trip. Happy trails!"
        )
    if k == 3:
        return body.upper()
    if k == 4:
        return (
            f"You'd like to know {clause}. That's a popular question, and it's definitely worth checking "
            f"before you buy.\n{tip_line}"
        )
    if k == 5:
        return f"{other_body}\n{tip_line}"
    return (
        "Well, there's a lot to say here. Choosing and using outdoor gear is a big topic, and it's worth "
        "thinking about the conditions, your experience, the season, the terrain, your budget and your "
        "companions before you make any decision at all. With all of that in mind, and bearing in mind that "
        f"every trip is different, here's the short of it. {body} I hope this long explanation helps, "
        "and do get in touch again if anything is unclear."
    )


def _qa_item(rng: random.Random, split: str):
    """A factual question with its correct body, the body with one wrong fact, its clause and topic."""
    if rng.random() < 0.5:
        p = rng.choice(PRODUCTS)
        attr = rng.choice(PRODUCT_ATTRS)
        form = rng.choice(product_forms(p, attr))
        seed = rng.random()
        body = product_body(random.Random(seed), pvals(p), attr)
        wrong = product_body(random.Random(seed), wrong_vals(rng, p, attr), attr)
        return wrap(rng, form, split), form[1], body, wrong, p["cat"]
    g = rng.choice(list(POLICY_GROUPS))
    f = rng.choice(FACTS_BY_GROUP[g])
    form = rng.choice(f["forms"])
    return wrap(rng, form, split), form[1], f["answer"], f["wrong"], g


def pref_record(rng: random.Random, reason: str, split: str) -> dict:
    if reason == "harmless":
        s = rng.choice(SAFETY)
        fill = _safety_fill(rng)
        prefix = rng.choice(["", "", "Hi! ", "Quick question. ", "Hey! "])
        prompt = prefix + rng.choice(s["q_test"] if split == "test" else s["q_train"]).format(**fill)
        t = "Tip: " + rng.choice(s["tips"])
        return {
            "prompt": prompt,
            "chosen": f"{s['safe'].format(**fill)}\n{t}",
            "rejected": f"{s['unsafe'].format(**fill)}\n{t}",
            "reason": reason,
        }
    prompt, clause, body, wrong, topic = _qa_item(rng, split)
    t = tip(rng, topic)
    chosen = f"{body}\n{t}"
    if reason == "honest":
        rejected = f"{wrong}\n{t}"
    else:
        _, _, other, _, _ = _qa_item(rng, split)
        while other == body:
            _, _, other, _, _ = _qa_item(rng, split)
        rejected = _helpful_reject(rng, clause, body, t, other)
    return {"prompt": prompt, "chosen": chosen, "rejected": rejected, "reason": reason}


def _preferences(seed: int) -> dict[str, list[dict]]:
    rng = random.Random(f"{seed}:preferences")
    seen: set[str] = set()
    out = {}
    for split, n in (("test", 100), ("train", 600)):
        reasons = ["helpful", "harmless", "honest"]
        per = [n // 3 + (1 if i < n % 3 else 0) for i in range(3)]
        recs = []
        for reason, k in zip(reasons, per):
            got, tries = 0, 0
            while got < k:
                tries += 1
                if tries > 100 * k:
                    raise RuntimeError(f"cannot generate enough unique {reason} preference pairs")
                r = pref_record(rng, reason, split)
                if r["prompt"] in seen or r["chosen"] == r["rejected"]:
                    continue
                seen.add(r["prompt"])
                recs.append(r)
                got += 1
        rng.shuffle(recs)
        out[f"preferences_{split}"] = recs
    return out


# =============================================================================================
# KNOWLEDGE BASE (retrieval documents, questions and fresh-fact updates)
# =============================================================================================

KB_WRAPPERS = [
    "{Q}",
    "Quick check: {q}",
    "Can you tell me {c}?",
    "Do you know {c}?",
    "I need to find out {c}.",
    "Please look up {c}.",
    "I'd like to know {c}.",
    "Could you confirm {c}?",
    "One question: {q}",
    "Any idea {c}?",
    "According to AnyCompany's records, {q}",
]


def kb_product(p: dict) -> str:
    c = CAT[p["cat"]]
    return (
        f"{p['name']} ({p['sku']}) is a {c['singular']} in the {p['line']} line. List price: {money(p['price'])}. "
        f"Weight: {weight(p['grams'])}{c['weight_note']}. {cap1(c['cap_label'])}: {p['cap']}. "
        f"Materials: {join(p['materials'])}. Colours: {join(p['colours'])}. Trail Promise cover: "
        f"{c['promise_years']} years. Average rating {p['rating']} out of 5 from {p['reviews']} reviews. "
        f"Spare-parts code: {p['spare_code']}. First released in {p['launched']}. In short, it {p['feature']}."
    )


def kb_store(s: dict) -> str:
    h = s["hours"]
    return (
        f"The {s['town']} store (store code {s['code']}) is at {s['address']}, {s['town']}. Opening hours: "
        f"Monday to Friday {hours_text(h['weekday'])}; Saturday {hours_text(h['saturday'])}; Sunday "
        f"{hours_text(h['sunday'])}. To reach the store directly, call the care line on {CARE_LINE['phone']} "
        f"and ask for extension {s['ext']}. Store Lead: {s['lead']}. On site: {join(s['services'])}. Opened in "
        f"{s['opened']}, the store has {s['parking']} customer parking spaces."
    )


def kb_clinic(s: dict) -> str:
    cl = s["clinic"]
    return (
        f"Clinic night at the {s['town']} store runs every {cl['day']} at {cl['time']}. This season's topic is "
        f'"{cl["title"]}". Each session lasts {SERVICES["clinic_minutes"]} minutes and has {cl["seats"]} seats. '
        f"Booking code: {cl['code']}. Sessions are free for everyone, and Summit tier members may book a week "
        f"before general booking opens. The store's Trail Host leads every session, with hands-on practice "
        f"using real gear from the shop floor."
    )


def kb_returns_basics(R: dict) -> str:
    return (
        f"Returns policy, the basics. Unused gear can be returned within {R['window_days']} days of purchase "
        f"for a full refund. Summit Club members have {R['member_window_days']} days. Refunds are paid to the "
        f"original payment method within {R['refund_days']} business days of the return arriving. Every return "
        f"is given a return authorisation number beginning with {R['ra_prefix']} followed by {R['ra_digits']} "
        f"digits; quote it on any follow-up. Gear used on a trip is handled separately as a trail-tested return."
    )


def kb_returns_tested(R: dict) -> str:
    return (
        f"Trail-tested returns. Gear that has been used on a single trip can still be returned within "
        f"{R['trail_tested_days']} days of purchase. It must be clean, dry and undamaged, with all parts and the "
        f"gear tag attached. A Bench Tech inspects every trail-tested return before the refund is approved, and "
        f"items damaged by misuse are sent back to the customer. Each customer may make one trail-tested return "
        f"per product line in a calendar year."
    )


def kb_return_fees(R: dict) -> str:
    return (
        f"Return shipping and handling fees. A prepaid return label costs {money(R['label_fee'])}, deducted "
        f"from the refund; Summit Club members and in-store returns pay nothing. Kayak and packraft returns "
        f"carry a boat-handling fee of {money(R['boat_fee'])} to cover freight and inspection. Boats must come "
        f"back clean and dry with all hatch covers, and the freight carrier books a collection slot by phone."
    )


def kb_promise_overview(TP: dict) -> str:
    return (
        f"The Trail Promise is AnyCompany's repair guarantee. It covers manufacturing defects and normal trail "
        f"wear for a number of years that depends on the category. Standard repair turnaround is "
        f"{TP['turnaround_days']} business days; during the quiet season, {TP['quiet_months']}, it is about "
        f"{TP['quiet_turnaround_days']} business days. Every repair gets a bench ticket starting with "
        f"{TP['claim_prefix']}. If a covered item cannot be repaired, the customer receives a replacement credit "
        f"worth {TP['replacement_credit_pct']}% of the current price. Accidental damage is repaired at list prices."
    )


def kb_promise_cat(c: dict) -> str:
    (r1, p1), (r2, p2) = c["repairs"]
    return (
        f"Trail Promise cover for {c['plural']}: {c['promise_years']} years from the date of purchase. Within "
        f"that period, defects and normal trail wear are repaired free. Outside cover, or for accidental damage, "
        f"the repair bench charges list prices: {r1}, {money(p1)}; {r2}, {money(p2)}. Prices include parts and "
        f"labour. Bring the item with its gear tag to any store with a repair bench."
    )


def kb_care(c: dict) -> str:
    lines = " ".join(tpl.format(v=v) for tpl, v, _ in c["care"])
    return (
        f"Care guide for {c['plural']}. {lines} Clean, well-stored gear lasts longer, and damage caused by "
        f"neglect is not covered by the Trail Promise. Bench Techs are happy to demonstrate these routines "
        f"during a free gear check, and clinic nights cover care basics once a season."
    )


def kb_ship_tier(t: dict) -> str:
    if t["key"] == "pickup":
        return (
            f"{t['name']}. Cost: free. Most orders are ready at the chosen store within {t['days']}, and "
            f"collected orders are held for {SERVICES['pickup_hold_days']} days before being returned to stock. "
            f"{t['extra']} You receive a text message when the order is ready, and a friend can collect it "
            f"if they bring the order email."
        )
    extra = {
        "standard": f"Standard delivery is free on orders over {money(SHIPPING_POLICY['free_over'])}.",
        "express": t["extra"],
        "next_day": f"Orders must be placed by {SHIPPING_POLICY['next_day_cutoff']} local time on a business "
        f"day. {t['extra']}",
        "freight": f"It is used for base-camp orders. {t['extra']}",
    }[t["key"]]
    return (
        f"{t['name']} delivery. Cost: {money(t['cost'])} per order. Delivery time: {t['days']}. {extra} Every "
        f"order confirmation shows the chosen method, and tracking details follow by email once the parcel "
        f"leaves the warehouse. Orders placed at the weekend are dispatched on the next business day."
    )


def kb_club_overview(SC: dict) -> str:
    return (
        f"Summit Club overview. Membership is free and starts on the Basecamp tier. Member numbers begin with "
        f"{SC['member_prefix']}. Points are earned on every dollar spent and expire {SC['expiry_months']} "
        f"months after they are earned. Members receive {SC['birthday_points']} bonus points in their birthday "
        f"month. Tiers are reviewed every January based on the previous calendar year's spending, and a member "
        f"never drops more than one tier at a time."
    )


def kb_tier(tr: dict) -> str:
    spend = (
        "There is no minimum spend."
        if tr["spend"] == 0
        else f"Qualifying spend: {money(tr['spend'])} in a calendar year."
    )
    return (
        f"Summit Club {tr['name']} tier. {spend} Points rate: {points(tr['rate'])} per dollar. Tier benefit: "
        f"{tr['perk']}. Tier status is shown on the digital member card and on every receipt. Points earned at "
        f"this tier convert into Summit Notes in the usual way, and members can follow their progress toward the next "
        f"tier in the member app."
    )


def kb_redeem(SC: dict) -> str:
    return (
        f"Redeeming Summit Club points. Every {SC['note_points']} points converts automatically into a Summit "
        f"Note worth {money(SC['note_value'])}. Summit Notes are valid for {SC['note_valid_months']} months and "
        f"can be used online or in store, including on rentals and repairs. They cannot be exchanged for cash, "
        f"and a Summit Note used on a returned item is reissued with its original expiry date."
    )


def kb_price_match(PM: dict) -> str:
    return (
        f"Price matching. If an authorised retailer advertises an identical item (same model and colour) for "
        f"less within {PM['window_days']} days of purchase, AnyCompany refunds the difference. Exclusions: "
        f"{join(PM['exclusions'])}. Each item can be matched once. A Gear Guide completes a price-match slip, "
        f"and the Store Lead approves it, usually the same day."
    )


def kb_rental_overview(RN: dict) -> str:
    return (
        f"Rental desk rules. Renters must be at least {SERVICES['min_rental_age']} years old and show photo ID. "
        f"Deposits are {money(RN['deposit'])} per item, or {money(RN['boat_deposit'])} for boats, refunded when "
        f"the gear comes back clean. The weekend bundle runs from Friday afternoon to Monday noon and is charged "
        f"as {RN['weekend_days_charged']} days. Late returns are charged one extra day's rate for each late day."
    )


def kb_rental_cat(c: dict) -> str:
    dep = RENTAL["boat_deposit"] if c["key"] == "kayaks" else RENTAL["deposit"]
    return (
        f"{c['title']} rental. Daily rate: {money(c['rental_rate'])} per item. Weekend bundle price: "
        f"{money(c['rental_rate'] * RENTAL['weekend_days_charged'])}. Deposit: {money(dep)}. Available at the "
        f"rental desks in {join(RENTAL_TOWNS)}. A Rental Steward cleans and inspects every item between hires, "
        f"and customers get a short set-up demonstration at pickup. Bookings open eight weeks ahead, and summer "
        f"weekends fill up first."
    )


def kb_gift(GC: dict) -> str:
    return (
        f"Gift cards. Cards can be loaded with any amount from {money(GC['min'])} to {money(GC['max'])}. E-gift "
        f"cards are emailed within {GC['egift_minutes']} minutes of purchase. Up to {GC['max_per_order']} gift "
        f"cards can be combined on one order. Cards never expire, carry no fees and can be used online, in "
        f"store and at rental desks. A lost physical card can be replaced if the receipt is available."
    )


def kb_trade_overview(TI: dict) -> str:
    acc = [CAT[k]["list_name"] for k in TI["accepted"]]
    return (
        f"Second Summit trade-in. We accept {join(acc)} in any of three grades. Trade-in credit is issued as "
        f"store credit and is valid for {TI['credit_valid_months']} months. Traded-in gear is inspected and "
        f"repaired by a Bench Tech, then resold on the Second Summit rail at a lower price. Items must be clean "
        f"and come with their gear tag where one was fitted."
    )


def kb_trade_grades(TI: dict) -> str:
    g = "; ".join(f"{name}: {pct}% of the current price" for name, pct in TI["grades"])
    return (
        f"Trade-in grades and credit. A Bench Tech grades each item on arrival. {g}. Missing parts lower the "
        f"grade by one step, and items that are unsafe to resell are recycled instead. Grading takes about "
        f"ten minutes, and the customer can watch it at the repair bench."
    )


def kb_terms(terms: list[dict]) -> str:
    parts = [f"{cap1(t['term'])}: {t['definition']}." for t in terms]
    parts += [_TERM_KB_EXTRA[t["term"]][0] for t in terms if t["term"] in _TERM_KB_EXTRA]
    return "Glossary. " + " ".join(parts)


_TERM_KB_EXTRA = {
    "fit session": (
        f"A fit session lasts {SERVICES['fit_minutes']} minutes and costs nothing.",
        [("How long does a fit session last?", "how long a fit session lasts")],
        f"{SERVICES['fit_minutes']} minutes",
    ),
    "shakedown": (
        f"A shakedown appointment takes {SERVICES['shakedown_minutes']} minutes.",
        [("How long is a shakedown appointment?", "how long a shakedown appointment is")],
        f"{SERVICES['shakedown_minutes']} minutes",
    ),
    "demo dock": (
        f"Test paddles at the demo dock last up to {SERVICES['demo_minutes']} minutes.",
        [
            (
                "What is the longest a test paddle at the demo dock can last?",
                "what the longest a test paddle at the demo dock can last is",
            )
        ],
        f"{SERVICES['demo_minutes']} minutes",
    ),
    "Hut Shelf": (
        f"Hut Shelf discounts reach up to {SERVICES['hut_discount_pct']}%.",
        [
            (
                "What is the biggest discount found on the Hut Shelf?",
                "what the biggest discount found on the Hut Shelf is",
            )
        ],
        f"{SERVICES['hut_discount_pct']}%",
    ),
    "field kit": (
        f"Field kits are priced {SERVICES['kit_discount_pct']}% below separate prices.",
        [
            (
                "How much cheaper is a field kit than buying the items one by one?",
                "how much cheaper a field kit is than buying the items one by one",
            )
        ],
        f"{SERVICES['kit_discount_pct']}%",
    ),
}


def kb_safety(s: dict) -> str:
    return f"Safety guide: {s['title']}. " + " ".join(s["rules"])


_SAFETY_KB_Q = {
    "ember": (
        [("How far from the tent should you cook?", "how far from the tent you should cook")],
        f"{SN['cook_distance_m']} metres",
    ),
    "canister": (
        [
            (
                "What is the maximum storage temperature for fuel canisters?",
                "what the maximum storage temperature for fuel canisters is",
            )
        ],
        f"{SN['canister_max_c']} °C",
    ),
    "lightning": (
        [
            (
                "How long should you wait after the last thunder before going back up?",
                "how long you should wait after the last thunder before going back up",
            )
        ],
        f"{SN['lightning_wait_min']} minutes",
    ),
    "cold_water": (
        [("How close to shore should a solo paddler stay?", "how close to shore a solo paddler should stay")],
        f"{SN['solo_shore_m']} metres",
    ),
    "wind": (
        [
            (
                "Above what sustained wind speed should open-water trips be postponed?",
                "above what sustained wind speed open-water trips should be postponed",
            )
        ],
        f"{SN['wind_limit_kmh']} km/h",
    ),
    "river": (
        [
            (
                "At what water depth should you not attempt a fast river crossing?",
                "at what water depth you should not attempt a fast river crossing",
            )
        ],
        "knee height",
    ),
    "food": (
        [
            (
                "How far from the tent should food and toiletries be stored?",
                "how far from the tent food and toiletries should be stored",
            )
        ],
        f"{SN['food_storage_m']} metres",
    ),
    "hypothermia": (
        [
            (
                "What should a hypothermic hiker be given to drink?",
                "what a hypothermic hiker should be given to drink",
            )
        ],
        "warm, sweet drinks",
    ),
    "heat": (
        [
            (
                "How much water per hour is recommended in hot weather?",
                "how much water per hour is recommended in hot weather",
            )
        ],
        f"{num(SN['water_l_per_hour'])} litres",
    ),
    "trip_plan": (
        [
            (
                "How long after a missed check-in should your contact call for help?",
                "how long after a missed check-in your contact should call for help",
            )
        ],
        f"{SN['search_call_hours']} hours",
    ),
    "night": (
        [
            (
                "What is the minimum headlamp brightness suggested for night walking?",
                "what the minimum headlamp brightness suggested for night walking is",
            )
        ],
        f"{SN['headlamp_min_lumens']} lumens",
    ),
    "fire_ban": (
        [
            (
                "How cool should wood-stove embers be before you leave them?",
                "how cool wood-stove embers should be before you leave them",
            )
        ],
        "cool to the touch",
    ),
}


def kb_role(r: dict) -> str:
    return (
        f"Staff role: {r['role']}. A {r['role']} {r['duties']}. {r['plural']} wear a {r['badge']} on shift and "
        f"complete {r['training_hours']} hours of training before working alone. The role reports to the "
        f"{r['reports_to']}. New starters shadow an experienced colleague for their first two weeks, and every "
        f"role refreshes its safety training each spring."
    )


def kb_kit(k: dict) -> str:
    items = join([PROD[i]["name"] for i in k["items"]])
    return (
        f"{k['name']} (kit code {k['code']}). A field kit for {k['trip']}. Contents: {items}. Bought separately "
        f"the items cost {money(k['separate'])}; the kit price is {money(k['price'])}. Each item keeps its own "
        f"Trail Promise cover, and the kit can be returned as a whole within the normal return window. Kits are "
        f"packed in store on request, so allow a day's notice for Trailhead Pickup."
    )


def kb_care_line(CL: dict) -> str:
    return (
        f"Customer care. Phone {CL['phone']}, open {CL['hours']}, seven days a week. Email {CL['email']}; "
        f"replies arrive within one business day. Have your order number, bench ticket or Summit Club member "
        f"number ready. To reach a store directly, ask the care team for that store's extension. Calls may be "
        f"recorded for training."
    )


def _f(q: str, c: str) -> tuple[str, str]:
    return (q, c)


def _const(value):
    """A question-spec function that ignores the entity (for facts fixed at definition time)."""
    return lambda e: value


def _care_forms(j: int):
    return lambda e: [e["care"][j][2]]


def _care_answer(j: int):
    return lambda e: e["care"][j][1]


def kb_specs() -> list[dict]:
    """Every KB document: key, title, builder, entity and question specs (key, forms(entity), answer(entity))."""
    S: list[dict] = []

    def doc(key, title, build, entity, questions):
        S.append({"key": key, "title": title, "build": build, "entity": entity, "questions": questions})

    extra_q = ["weight", "spare", "reviews", "launched"]
    for i, p in enumerate(PRODUCTS):
        qs = [
            (
                "price",
                lambda e: [
                    _f(
                        f"What is the list price of the {e['name']}?",
                        f"what the list price of the {e['name']} is",
                    ),
                    _f(f"How much does the {e['name']} sell for?", f"how much the {e['name']} sells for"),
                ],
                lambda e: money(e["price"]),
            )
        ]
        pool = {
            "weight": (
                lambda e: [
                    _f(
                        f"How heavy is the {e['name']} according to its spec sheet?",
                        f"how heavy the {e['name']} is according to its spec sheet",
                    ),
                    _f(f"What does the {e['name']} weigh?", f"what the {e['name']} weighs"),
                ],
                lambda e: weight(e["grams"]),
            ),
            "spare": (
                lambda e: [
                    _f(
                        f"Which spare-parts code should I quote for the {e['name']}?",
                        f"which spare-parts code I should quote for the {e['name']}",
                    ),
                    _f(
                        f"What code do I use to order spare parts for the {e['name']}?",
                        f"what code I use to order spare parts for the {e['name']}",
                    ),
                ],
                lambda e: e["spare_code"],
            ),
            "reviews": (
                lambda e: [
                    _f(
                        f"How many customer reviews does the {e['name']} have?",
                        f"how many customer reviews the {e['name']} has",
                    ),
                    _f(
                        f"How many people have reviewed the {e['name']}?",
                        f"how many people have reviewed the {e['name']}",
                    ),
                ],
                lambda e: f"{e['reviews']} reviews",
            ),
            "launched": (
                lambda e: [
                    _f(f"When did the {e['name']} first come out?", f"when the {e['name']} first came out"),
                    _f(
                        f"In which season was the {e['name']} launched?",
                        f"in which season the {e['name']} was launched",
                    ),
                ],
                lambda e: e["launched"],
            ),
        }
        for k in (extra_q[i % 4], extra_q[(i + 1) % 4]):
            qs.append((k, *pool[k]))
        doc(f"product:{p['key']}", f"{p['name']}: product facts", kb_product, p, qs)
    for s in STORES:
        doc(
            f"store:{s['key']}",
            f"{s['town']} store",
            kb_store,
            s,
            [
                (
                    "sunday",
                    lambda e: [
                        _f(
                            f"What time is the {e['town']} store open on Sundays?",
                            f"what time the {e['town']} store is open on Sundays",
                        ),
                        _f(
                            f"What are the {e['town']} branch's Sunday hours?",
                            f"what the {e['town']} branch's Sunday hours are",
                        ),
                    ],
                    lambda e: hours_text(e["hours"]["sunday"]),
                ),
                (
                    "ext",
                    lambda e: [
                        _f(
                            f"Which phone extension reaches the {e['town']} store?",
                            f"which phone extension reaches the {e['town']} store",
                        ),
                        _f(
                            f"What extension should I ask for to speak to the {e['town']} shop?",
                            f"what extension I should ask for to speak to the {e['town']} shop",
                        ),
                    ],
                    lambda e: e["ext"],
                ),
                (
                    "lead",
                    lambda e: [
                        _f(f"Who runs the {e['town']} store?", f"who runs the {e['town']} store"),
                        _f(f"Who is the Store Lead in {e['town']}?", f"who the Store Lead in {e['town']} is"),
                    ],
                    lambda e: e["lead"],
                ),
                (
                    "code",
                    lambda e: [
                        _f(
                            f"What is the store code of the {e['town']} branch?",
                            f"what the store code of the {e['town']} branch is",
                        ),
                        _f(
                            f"Which store code belongs to {e['town']}?",
                            f"which store code belongs to {e['town']}",
                        ),
                    ],
                    lambda e: e["code"],
                ),
            ],
        )
    for s in STORES:
        doc(
            f"clinic:{s['key']}",
            f"Clinic night in {s['town']}",
            kb_clinic,
            s,
            [
                (
                    "day",
                    lambda e: [
                        _f(
                            f"On which weekday does the {e['town']} store hold its clinic?",
                            f"on which weekday the {e['town']} store holds its clinic",
                        ),
                        _f(
                            f"What day of the week is clinic night in {e['town']}?",
                            f"what day of the week clinic night in {e['town']} is",
                        ),
                    ],
                    lambda e: e["clinic"]["day"],
                ),
                (
                    "seats",
                    lambda e: [
                        _f(
                            f"How many places are there at each {e['town']} clinic session?",
                            f"how many places there are at each {e['town']} clinic session",
                        ),
                        _f(
                            f"What is the seat limit for clinic night in {e['town']}?",
                            f"what the seat limit for clinic night in {e['town']} is",
                        ),
                    ],
                    lambda e: f"{e['clinic']['seats']} seats",
                ),
                (
                    "code",
                    lambda e: [
                        _f(
                            f"What booking code is used for the {e['town']} clinic?",
                            f"what booking code is used for the {e['town']} clinic",
                        ),
                        _f(
                            f"Which code do I quote to book clinic night in {e['town']}?",
                            f"which code I quote to book clinic night in {e['town']}",
                        ),
                    ],
                    lambda e: e["clinic"]["code"],
                ),
            ],
        )
    doc(
        "returns:basics",
        "Returns policy: the basics",
        kb_returns_basics,
        RETURNS,
        [
            (
                "window",
                lambda e: [
                    _f(
                        "How many days does a non-member have to return unused gear?",
                        "how many days a non-member has to return unused gear",
                    ),
                    _f(
                        "What is the standard return period for unused items?",
                        "what the standard return period for unused items is",
                    ),
                ],
                lambda e: f"{e['window_days']} days",
            ),
            (
                "member_window",
                lambda e: [
                    _f(
                        "How long do Summit Club members have to return items?",
                        "how long Summit Club members have to return items",
                    )
                ],
                lambda e: f"{e['member_window_days']} days",
            ),
            (
                "refund",
                lambda e: [
                    _f(
                        "How quickly is a refund paid once a return arrives?",
                        "how quickly a refund is paid once a return arrives",
                    )
                ],
                lambda e: f"{e['refund_days']} business days",
            ),
            (
                "prefix",
                lambda e: [
                    _f(
                        "What do return authorisation numbers start with?",
                        "what return authorisation numbers start with",
                    )
                ],
                lambda e: e["ra_prefix"],
            ),
        ],
    )
    doc(
        "returns:tested",
        "Trail-tested returns",
        kb_returns_tested,
        RETURNS,
        [
            (
                "days",
                lambda e: [
                    _f(
                        "How long after purchase can gear used on one trip still be returned?",
                        "how long after purchase gear used on one trip can still be returned",
                    )
                ],
                lambda e: f"{e['trail_tested_days']} days",
            ),
            (
                "inspector",
                lambda e: [
                    _f(
                        "Which staff member checks a trail-tested return before the refund?",
                        "which staff member checks a trail-tested return before the refund",
                    )
                ],
                lambda e: "Bench Tech",
            ),
        ],
    )
    doc(
        "returns:fees",
        "Return shipping and handling fees",
        kb_return_fees,
        RETURNS,
        [
            (
                "label",
                lambda e: [_f("What does a prepaid return label cost?", "what a prepaid return label costs")],
                lambda e: money(e["label_fee"]),
            ),
            (
                "boat",
                lambda e: [
                    _f(
                        "How much is the handling charge for sending a kayak back?",
                        "how much the handling charge for sending a kayak back is",
                    )
                ],
                lambda e: money(e["boat_fee"]),
            ),
        ],
    )
    doc(
        "promise:overview",
        "The Trail Promise: overview",
        kb_promise_overview,
        TRAIL_PROMISE,
        [
            (
                "turnaround",
                lambda e: [
                    _f(
                        "What is the standard turnaround for a Trail Promise repair?",
                        "what the standard turnaround for a Trail Promise repair is",
                    )
                ],
                lambda e: f"{e['turnaround_days']} business days",
            ),
            (
                "credit",
                lambda e: [
                    _f(
                        "How much replacement credit is given for a covered item that can't be fixed?",
                        "how much replacement credit is given for a covered item that can't be fixed",
                    )
                ],
                lambda e: f"{e['replacement_credit_pct']}%",
            ),
            (
                "prefix",
                lambda e: [_f("What prefix do bench tickets use?", "what prefix bench tickets use")],
                lambda e: e["claim_prefix"],
            ),
        ],
    )
    for c in CATEGORIES:
        doc(
            f"promise:{c['key']}",
            f"Trail Promise cover: {c['title']}",
            kb_promise_cat,
            c,
            [
                (
                    "years",
                    lambda e: [
                        _f(
                            f"For how many years does the Trail Promise cover {e['plural']}?",
                            f"for how many years the Trail Promise covers {e['plural']}",
                        )
                    ],
                    lambda e: f"{e['promise_years']} years",
                ),
                (
                    "repair",
                    lambda e: [
                        _f(
                            f"What does a {e['repairs'][0][0]} cost outside Trail Promise cover?",
                            f"what a {e['repairs'][0][0]} costs outside Trail Promise cover",
                        )
                    ],
                    lambda e: money(e["repairs"][0][1]),
                ),
            ],
        )
    for c in CATEGORIES:
        qs = []
        for j in range(len(c["care"])):
            qs.append((f"care{j}", _care_forms(j), _care_answer(j)))
        doc(f"care:{c['key']}", f"Care guide: {c['title']}", kb_care, c, qs)
    for t in SHIPPING:
        qs = [
            (
                "days",
                lambda e: (
                    [_f(f"How long does {e['name']} take?", f"how long {e['name']} takes")]
                    if e["key"] == "pickup"
                    else [
                        _f(
                            f"How many days does {e['name']} delivery take?",
                            f"how many days {e['name']} delivery takes",
                        )
                    ]
                ),
                lambda e: e["days"],
            )
        ]
        if t["key"] == "pickup":
            qs.append(
                (
                    "hold",
                    lambda e: [
                        _f(
                            "How long are uncollected Trailhead Pickup orders kept?",
                            "how long uncollected Trailhead Pickup orders are kept",
                        )
                    ],
                    lambda e: f"{SERVICES['pickup_hold_days']} days",
                )
            )
        else:
            qs.append(
                (
                    "cost",
                    lambda e: [
                        _f(
                            f"What is the charge for {e['name']} delivery?",
                            f"what the charge for {e['name']} delivery is",
                        )
                    ],
                    lambda e: money(e["cost"]),
                )
            )
        if t["key"] == "next_day":
            qs.append(
                (
                    "cutoff",
                    lambda e: [
                        _f(
                            "By what time must a Next-Day order be placed?",
                            "by what time a Next-Day order must be placed",
                        )
                    ],
                    lambda e: SHIPPING_POLICY["next_day_cutoff"],
                )
            )
        doc(f"ship:{t['key']}", f"Delivery option: {t['name']}", kb_ship_tier, t, qs)
    doc(
        "club:overview",
        "Summit Club overview",
        kb_club_overview,
        SUMMIT_CLUB,
        [
            (
                "expiry",
                lambda e: [
                    _f(
                        "After how many months do Summit Club points expire?",
                        "after how many months Summit Club points expire",
                    )
                ],
                lambda e: f"{e['expiry_months']} months",
            ),
            (
                "birthday",
                lambda e: [
                    _f(
                        "How many bonus points do members get in their birthday month?",
                        "how many bonus points members get in their birthday month",
                    )
                ],
                lambda e: f"{e['birthday_points']} bonus points",
            ),
            (
                "prefix",
                lambda e: [
                    _f(
                        "What do Summit Club member numbers start with?",
                        "what Summit Club member numbers start with",
                    )
                ],
                lambda e: e["member_prefix"],
            ),
        ],
    )
    for tr in SUMMIT_CLUB["tiers"]:
        qs = [
            (
                "rate",
                lambda e: [
                    _f(
                        f"What is the points rate on the {e['name']} tier?",
                        f"what the points rate on the {e['name']} tier is",
                    )
                ],
                lambda e: points(e["rate"]),
            )
        ]
        if tr["spend"]:
            qs.append(
                (
                    "spend",
                    lambda e: [
                        _f(
                            f"How much must a member spend in a year to qualify for {e['name']}?",
                            f"how much a member must spend in a year to qualify for {e['name']}",
                        )
                    ],
                    lambda e: money(e["spend"]),
                )
            )
        doc(f"tier:{tr['name']}", f"Summit Club {tr['name']} tier", kb_tier, tr, qs)
    doc(
        "club:redeem",
        "Redeeming Summit Club points",
        kb_redeem,
        SUMMIT_CLUB,
        [
            (
                "points",
                lambda e: [
                    _f("How many points does one Summit Note take?", "how many points one Summit Note takes")
                ],
                lambda e: f"{e['note_points']} points",
            ),
            (
                "valid",
                lambda e: [
                    _f("How long does a Summit Note stay valid?", "how long a Summit Note stays valid")
                ],
                lambda e: f"{e['note_valid_months']} months",
            ),
        ],
    )
    doc(
        "price_match",
        "Price matching",
        kb_price_match,
        PRICE_MATCH,
        [
            (
                "window",
                lambda e: [
                    _f(
                        "Within how many days of buying can I ask for a price match?",
                        "within how many days of buying I can ask for a price match",
                    )
                ],
                lambda e: f"{e['window_days']} days",
            ),
            (
                "approver",
                lambda e: [_f("Who approves a price-match slip?", "who approves a price-match slip")],
                lambda e: "Store Lead",
            ),
        ],
    )
    doc(
        "rental:overview",
        "Rental desk rules",
        kb_rental_overview,
        RENTAL,
        [
            (
                "age",
                lambda e: [
                    _f("What is the minimum age to rent gear?", "what the minimum age to rent gear is")
                ],
                lambda e: f"{SERVICES['min_rental_age']} years old",
            ),
            (
                "boat_deposit",
                lambda e: [
                    _f(
                        "How big is the deposit for renting a boat?",
                        "how big the deposit for renting a boat is",
                    )
                ],
                lambda e: money(e["boat_deposit"]),
            ),
        ],
    )
    for c in CATEGORIES:
        if not c["rental_rate"]:
            continue
        doc(
            f"rental:{c['key']}",
            f"Rental rates: {c['title']}",
            kb_rental_cat,
            c,
            [
                (
                    "rate",
                    lambda e: [
                        _f(
                            f"What is the daily rate to rent {e['need']}?",
                            f"what the daily rate to rent {e['need']} is",
                        )
                    ],
                    lambda e: money(e["rental_rate"]),
                ),
                (
                    "weekend",
                    lambda e: [
                        _f(
                            f"What does a weekend bundle cost for {e['need']}?",
                            f"what a weekend bundle costs for {e['need']}",
                        )
                    ],
                    lambda e: money(e["rental_rate"] * RENTAL["weekend_days_charged"]),
                ),
            ],
        )
    doc(
        "gift",
        "Gift cards",
        kb_gift,
        GIFT_CARDS,
        [
            (
                "egift",
                lambda e: [
                    _f(
                        "How soon after purchase is an e-gift card emailed?",
                        "how soon after purchase an e-gift card is emailed",
                    )
                ],
                lambda e: f"{e['egift_minutes']} minutes",
            ),
            (
                "combine",
                lambda e: [
                    _f(
                        "What is the maximum number of gift cards per order?",
                        "what the maximum number of gift cards per order is",
                    )
                ],
                lambda e: f"{e['max_per_order']} gift cards",
            ),
        ],
    )
    doc(
        "trade:overview",
        "Second Summit trade-in",
        kb_trade_overview,
        TRADE_IN,
        [
            (
                "valid",
                lambda e: [
                    _f(
                        "How long can trade-in credit be used for?",
                        "how long trade-in credit can be used for",
                    )
                ],
                lambda e: f"{e['credit_valid_months']} months",
            ),
        ],
    )
    doc(
        "trade:grades",
        "Trade-in grades and credit",
        kb_trade_grades,
        TRADE_IN,
        [
            (
                "top",
                lambda e: [
                    _f(
                        f"What percentage of the current price does a {e['grades'][0][0]} trade-in earn?",
                        f"what percentage of the current price a {e['grades'][0][0]} trade-in earns",
                    )
                ],
                lambda e: f"{e['grades'][0][1]}%",
            ),
            (
                "low",
                lambda e: [
                    _f(
                        f"How much credit does a {e['grades'][2][0]} item get?",
                        f"how much credit a {e['grades'][2][0]} item gets",
                    )
                ],
                lambda e: f"{e['grades'][2][1]}%",
            ),
        ],
    )
    for i in range(0, len(TERMS), 3):
        group = TERMS[i : i + 3]
        qs = []
        for t in group:
            if t["term"] in _TERM_KB_EXTRA:
                _, forms, ans = _TERM_KB_EXTRA[t["term"]]
                qs.append((f"term:{t['term']}", _const(forms), _const(ans)))
        doc(f"terms:{i // 3 + 1}", "Glossary: " + ", ".join(t["term"] for t in group), kb_terms, group, qs)
    for s in SAFETY:
        forms, ans = _SAFETY_KB_Q[s["key"]]
        doc(
            f"safety:{s['key']}",
            f"Safety guide: {s['title']}",
            kb_safety,
            s,
            [("fact", _const(forms), _const(ans))],
        )
    for r in STAFF_ROLES:
        doc(
            f"role:{r['role']}",
            f"Staff role: {r['role']}",
            kb_role,
            r,
            [
                (
                    "hours",
                    lambda e: [
                        _f(
                            f"How many hours of training does a {e['role']} complete?",
                            f"how many hours of training a {e['role']} completes",
                        )
                    ],
                    lambda e: f"{e['training_hours']} hours",
                ),
                (
                    "badge",
                    lambda e: [
                        _f(f"What does a {e['role']} wear on shift?", f"what a {e['role']} wears on shift")
                    ],
                    lambda e: e["badge"],
                ),
            ],
        )
    for k in FIELD_KITS:
        doc(
            f"kit:{k['key']}",
            f"Field kit: {k['name']}",
            kb_kit,
            k,
            [
                (
                    "price",
                    lambda e: [
                        _f(
                            f"What is the kit price of the {e['name']}?",
                            f"what the kit price of the {e['name']} is",
                        )
                    ],
                    lambda e: money(e["price"]),
                ),
                (
                    "code",
                    lambda e: [
                        _f(f"What kit code does the {e['name']} have?", f"what kit code the {e['name']} has")
                    ],
                    lambda e: e["code"],
                ),
            ],
        )
    doc(
        "care_line",
        "Customer care contact details",
        kb_care_line,
        CARE_LINE,
        [
            (
                "hours",
                lambda e: [
                    _f(
                        "What hours is the customer care phone line open?",
                        "what hours the customer care phone line is open",
                    )
                ],
                lambda e: e["hours"],
            ),
            (
                "email",
                lambda e: [
                    _f(
                        "Which email address reaches customer care?",
                        "which email address reaches customer care",
                    )
                ],
                lambda e: e["email"],
            ),
        ],
    )
    return S


# (doc key, question key, change) -> fresh facts that supersede the original document
KB_UPDATES = [
    ("product:traillite-2", "price", lambda e: {**e, "price": 329.00}),
    ("product:ridgeback-65", "price", lambda e: {**e, "price": 299.00}),
    ("product:driftwood-12-touring", "price", lambda e: {**e, "price": 999.00}),
    ("product:duskfall-down", "price", lambda e: {**e, "price": 309.00}),
    ("returns:basics", "window", lambda e: {**e, "window_days": 45}),
    (
        "store:cedar-hollow",
        "sunday",
        lambda e: {**e, "hours": {**e["hours"], "sunday": ("11:00 am", "5:00 pm")}},
    ),
    ("store:fernwick", "lead", lambda e: {**e, "lead": "Imogen Tarrant"}),
    ("ship:standard", "cost", lambda e: {**e, "cost": 7.95}),
    ("club:overview", "expiry", lambda e: {**e, "expiry_months": 24}),
    ("rental:tents", "rate", lambda e: {**e, "rental_rate": 25.00}),
    ("gift", "egift", lambda e: {**e, "egift_minutes": 10}),
    ("clinic:cedar-hollow", "day", lambda e: {**e, "clinic": {**e["clinic"], "day": "Wednesday"}}),
    ("promise:overview", "turnaround", lambda e: {**e, "turnaround_days": 8}),
]


# What kind of document each KB key prefix is: the shapes a reader must handle (module 02 scores by kind).
KB_KINDS = {
    "product": "product sheet",
    "store": "store page",
    "clinic": "event page",
    "promise": "repair cover",
    "care": "care guide",
    "safety": "safety guide",
    "rental": "rate card",
    "role": "staff role",
    "ship": "delivery option",
    "kit": "field kit",
    "terms": "glossary",
    "returns": "policy",
    "tier": "policy",
    "club": "policy",
    "trade": "policy",
    "price_match": "policy",
    "gift": "policy",
    "care_line": "policy",
}


def _kb(seed: int) -> dict[str, list[dict]]:
    rng = random.Random(f"{seed}:kb")
    specs = kb_specs()
    docs, questions, qid_of = [], [], {}
    for i, s in enumerate(specs):
        doc_id = f"doc-{i + 1:03d}"
        s["id"] = doc_id
        text = s["build"](s["entity"])
        n = nwords(text)
        if not 50 <= n <= 150:
            raise AssertionError(f"KB document {s['key']} has {n} words")
        docs.append(
            {"id": doc_id, "kind": KB_KINDS[s["key"].split(":")[0]], "title": s["title"], "text": text}
        )
        for qkey, forms_fn, ans_fn in s["questions"]:
            ans = ans_fn(s["entity"])
            if ans not in text:
                raise AssertionError(f"answer {ans!r} not in {s['key']}")
            form = rng.choice(forms_fn(s["entity"]))
            q = rng.choice(KB_WRAPPERS).format(Q=form[0], q=low1(form[0]), c=form[1])
            qid = f"q-{len(questions) + 1:03d}"
            qid_of[(s["key"], qkey)] = qid
            questions.append({"id": qid, "question": q, "answer": ans, "doc_id": doc_id})
    by_key = {s["key"]: s for s in specs}
    updates = []
    for key, qkey, change in KB_UPDATES:
        s = by_key[key]
        ans_fn = next(a for k, _, a in s["questions"] if k == qkey)
        new_entity = change(copy.deepcopy(s["entity"]))
        new_text = s["build"](new_entity)
        old, new = ans_fn(s["entity"]), ans_fn(new_entity)
        if new not in new_text or old in new_text or old == new:
            raise AssertionError(f"bad KB update {key}/{qkey}")
        updates.append(
            {
                "doc_id": s["id"],
                "new_text": new_text,
                "question_id": qid_of[(key, qkey)],
                "old_answer": old,
                "new_answer": new,
            }
        )
    return {"kb_documents": docs, "kb_questions": questions, "kb_updates": updates}


# =============================================================================================
# INTENTS (customer-message classification)
# =============================================================================================

INTENT_LABELS = [
    "order_status",
    "return_request",
    "product_question",
    "complaint",
    "praise",
    "store_hours",
    "membership",
]

INTENT_TEMPLATES = {
    "order_status": (
        [
            "Where is my order {oid}?",
            "hi, my order {oid} still hasn't arrived",
            "Can you check the status of order {oid}?",
            "It's been a week and my {product} hasn't shown up. Order {oid}.",
            "Has order {oid} shipped yet?",
            "Tracking for {oid} hasn't updated since {day}.",
            "When will my {tier} delivery get here? Order number {oid}",
            "I ordered the {product} on {day}. Any update on delivery?",
            "Is my base-camp order {oid} on the truck yet?",
            "The tracking says delivered but there's no parcel. Order {oid}.",
            "can u tell me when {oid} will arrive",
            "Order {oid}: is it ready for Trailhead Pickup in {town} yet?",
            "Checking in on order {oid}. Did it leave the warehouse?",
            "Still waiting on my {product}. Where is it?",
            "What's the ETA on order {oid}?",
            "I paid for Next-Day delivery on {oid} and nothing came today.",
        ],
        [
            "Any news on shipment {oid}?",
            "My {product} order seems stuck. The number is {oid}.",
            "Could you look up where parcel {oid} is right now?",
            "Did my {product} get dispatched? I ordered it on {day}.",
            "Expected {oid} by {day} and still nothing. Where's it at?",
            "Is {oid} out for delivery today?",
            "Has the courier picked up my {product} yet?",
        ],
    ),
    "return_request": (
        [
            "I want to return my {product}. How do I do that?",
            "Can I send back the {product}? It doesn't fit.",
            "hi i need to return order {oid}",
            "The {product} isn't for me. What's the return process?",
            "How do I get a refund for the {product} I bought last week?",
            "I'd like to return the {product} from order {oid}; it arrived in the wrong colour.",
            "Can I do a trail-tested return on my {product}? Used it once.",
            "Please send me a return label for order {oid}.",
            "Bought the wrong size {product}. Can I return it?",
            "I want my money back for the {product}.",
            "Is it too late to return something I bought {n} days ago?",
            "Can I return the {product} at the {town} store instead of mailing it?",
            "Need to return a gift, the {product}. No receipt, just the order number {oid}.",
            "Start a return for {oid} please",
            "My partner already has a {product}, so I'd like to return mine.",
            "How do I return a kayak? It's order {oid}.",
        ],
        [
            "How would I go about sending the {product} back?",
            "Changed my mind on the {product}. Refund possible?",
            "Order {oid} needs to go back to you. What's next?",
            "I'd like to drop off a return for the {product} in {town}.",
            "The {product} doesn't suit me; can I get my money returned?",
            "Requesting a return authorisation for order {oid}.",
            "I'd rather not keep the {product}. How do returns work?",
        ],
    ),
    "product_question": (
        [
            "How much does the {product} weigh?",
            "What colours does the {product} come in?",
            "Is the {product} good for {act}?",
            "Does the {product} come with a stuff sack?",
            "how many people fit in the {tent}?",
            "What's the difference between the {product} and the {product2}?",
            "Is the {product} in stock in {town}?",
            "What is the {product} made of?",
            "Can the {bag} handle temperatures below freezing?",
            "Which headlamp would you recommend for trail running?",
            "Does the {stove} work with standard gas canisters?",
            "What sizes does the {boot} come in?",
            "How long is the Trail Promise on the {product}?",
            "Is the {kayak} stable enough for a beginner?",
            "How bright is the {light}?",
            "What's the price of the {product}?",
        ],
        [
            "Could you tell me the packed size of the {jacket}?",
            "Would the {pack} fit carry-on limits?",
            "Is the {product} any good in heavy rain?",
            "What's the max load on the {kayak}?",
            "Does the {product} run true to size?",
            "Which of your tents is best for winter?",
            "Can I get spare parts for the {product}?",
        ],
    ),
    "complaint": (
        [
            "My {product} broke after two trips and I'm really disappointed.",
            "The staff at the {town} store were rude to me today.",
            "Your website crashed three times during checkout. Very frustrating.",
            "I was charged twice for order {oid}!",
            "The {product} arrived with a big scratch on it. Not happy.",
            "I waited 40 minutes at the {town} store and nobody helped me.",
            "The zip on my {product} failed on day one of my trip.",
            "Terrible experience with your customer care line, I was on hold forever.",
            "The {product} smells of chemicals and I'm annoyed.",
            "Why did nobody tell me my repair would take this long? This is unacceptable.",
            "The Gear Guide in {town} gave me completely wrong advice about the {product}.",
            "I'm fed up, this is the second faulty {product} you've sold me.",
            "The parking at {town} is a nightmare and the store was a mess.",
            "Your price-match process is confusing and the staff refused my claim.",
            "really unhappy with the quality of the {product}, the stitching is coming apart",
            "I want to make a formal complaint about how I was treated in {town}.",
        ],
        [
            "Honestly disgusted by the state of the {product} I received.",
            "The cashier in {town} was dismissive and I left without buying.",
            "Worst shopping experience I've had in years, and I want someone to know.",
            "Your app double-charged me on order {oid} and I'm furious.",
            "Two months in and the {product} is already falling apart. Shocking.",
            "Nobody answered my emails for a week. Poor service.",
            "I'm very let down by the {town} team today.",
        ],
    ),
    "praise": (
        [
            "The Gear Guide at {town} was brilliant, thank you!",
            "Love my new {product}! Best purchase this year.",
            "Just wanted to say the fit session in {town} was fantastic.",
            "Thanks for the quick repair on my {product}, great service.",
            "The {product} was perfect on our trip near {town}. Cheers!",
            "Huge thanks to the team at {town} for clinic night, I learned loads.",
            "Your staff went above and beyond today.",
            "Delivery was super fast, really impressed.",
            "The {product} is amazing, so comfortable.",
            "Kudos to the Bench Tech who fixed my {product} in record time.",
            "Great experience at the {town} store as always.",
            "I'm so happy with the {product}, thank you AnyCompany!",
            "Shoutout to the Dock Warden at {town}, super helpful.",
            "Brilliant customer care call today, sorted in five minutes.",
            "thank you for the loaner swap, it saved my holiday",
            "Best outdoor shop around. Keep it up!",
        ],
        [
            "Really grateful for the help I got choosing the {product}.",
            "The {town} crew made my day, thanks so much.",
            "Ten out of ten for the {product}, it exceeded every expectation.",
            "Whoever packed my order did a lovely job, thanks!",
            "Your Trail Host in {town} is a legend.",
            "Just back from a trip and the {product} was flawless. Thank you!",
            "Top service from start to finish.",
        ],
    ),
    "store_hours": (
        [
            "What time does the {town} store close today?",
            "Are you open on {day}?",
            "Is the {town} shop open on Sunday?",
            "What are your opening hours in {town}?",
            "When does the {town} store open tomorrow morning?",
            "Are you open late on {day} in {town}?",
            "what time do u open in {town}",
            "Is the {town} store open on public holidays?",
            "How late is the {town} branch open on Saturdays?",
            "Can I come by the {town} store at 8 pm?",
            "Do you close early on {day}s?",
            "Is {town} open before 9 on weekdays?",
            "When can I visit the {town} store this weekend?",
            "What are the weekend hours at {town}?",
            "Is the {town} store open right now?",
            "Till what time are you open on {day}?",
        ],
        [
            "Until when can I shop at {town} on {day}?",
            "Opening times for {town}, please.",
            "Does the {town} branch trade on Sundays?",
            "I'm driving to {town} on {day}. Will you be open at 6?",
            "When do the doors open at {town} on Saturday?",
            "Are your {town} hours different in winter?",
            "What time is closing at the {town} shop?",
        ],
    ),
    "membership": (
        [
            "How do I join Summit Club?",
            "How many points do I have on my Summit Club account?",
            "When do my Summit Club points expire?",
            "How do I reach the Ridge tier?",
            "Can I use my Summit Notes online?",
            "I didn't get my birthday points this month.",
            "What's the difference between Ridge and Summit tier?",
            "My Summit Club number {mid} isn't working at checkout.",
            "How do I turn my points into a Summit Note?",
            "Is Summit Club membership free?",
            "Can I add my partner to my Summit Club account?",
            "I forgot my member number, can you help?",
            "Do I earn points on rentals?",
            "how do i cancel my summit club membership",
            "Why did my tier drop back to Basecamp?",
            "Are there member-only events at {town}?",
        ],
        [
            "Sign me up for the membership programme, please.",
            "How far am I from the next tier?",
            "My points balance looks wrong on account {mid}.",
            "Can I merge two Summit Club accounts?",
            "What perks come with Summit tier?",
            "Points from my last order haven't shown up yet.",
            "Is there a fee to stay in Summit Club?",
        ],
    ),
}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _typo(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if w.isalpha() and w.islower() and len(w) >= 5]
    if not idx:
        return text
    i = rng.choice(idx)
    w = words[i]
    j = rng.randint(1, len(w) - 3)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :] if rng.random() < 0.6 else w[:j] + w[j + 1 :]
    return " ".join(words)


def _intent_fill(rng: random.Random) -> dict:
    pick = lambda cat: rng.choice(BY_CAT[cat])["name"]  # noqa: E731
    a, b = rng.sample(PRODUCTS, 2)
    return {
        "oid": _order_id(rng),
        "mid": f"SC-{rng.randint(1000000, 9999999)}",
        "product": a["name"],
        "product2": b["name"],
        "town": rng.choice(STORES)["town"],
        "day": rng.choice(WEEKDAYS),
        "tier": rng.choice([t["name"] for t in SHIPPING if t["key"] != "pickup"]),
        "act": rng.choice(ACTIVITIES),
        "tent": pick("tents"),
        "bag": pick("bags"),
        "stove": pick("stoves"),
        "boot": pick("footwear"),
        "kayak": pick("kayaks"),
        "light": pick("lighting"),
        "jacket": pick("jackets"),
        "pack": pick("packs"),
        "n": rng.randint(10, 70),
    }


def _intents(seed: int) -> dict[str, list[dict]]:
    rng = random.Random(f"{seed}:intents")
    seen: set[str] = set()
    out = {}
    for split, n in (("test", 200), ("train", 700)):
        per = [
            n // len(INTENT_LABELS) + (1 if i < n % len(INTENT_LABELS) else 0)
            for i in range(len(INTENT_LABELS))
        ]
        recs = []
        for label, k in zip(INTENT_LABELS, per):
            tpls = INTENT_TEMPLATES[label][1 if split == "test" else 0]
            got = 0
            while got < k:
                text = rng.choice(tpls).format(**_intent_fill(rng))
                if rng.random() < 0.05:
                    text = _typo(rng, text)
                if text in seen:
                    continue
                seen.add(text)
                recs.append({"text": text, "label": label})
                got += 1
        rng.shuffle(recs)
        out[f"intents_{split}"] = recs
    return out


# =============================================================================================
# DOMAIN CORPUS ASSEMBLY, PUBLIC API
# =============================================================================================

DOMAIN_TARGETS = {
    "product_page": 700,
    "review": 520,
    "faq": 270,
    "policy": 300,
    "glossary": 180,
    "safety_guide": 260,
    "staff_memo": 300,
    "catalog": 210,
}


def _domain_one(rng: random.Random, kind: str) -> str:
    if kind == "product_page":
        return product_page(rng, rng.choice(PRODUCTS))
    if kind == "review":
        return review_text(rng, rng.choice(PRODUCTS))
    if kind == "faq":
        return faq_page(rng)
    if kind == "policy":
        return policy_page(rng, rng.choice(list(POLICY_GROUPS)))
    if kind == "glossary":
        return glossary_page(rng)
    if kind == "safety_guide":
        return safety_guide(rng, rng.choice(SAFETY))
    if kind == "staff_memo":
        return staff_memo(rng)
    return catalog_page(rng)


def _domain(seed: int) -> dict[str, list[dict]]:
    rng = random.Random(f"{seed}:domain")
    seen: set[str] = set()
    recs = []
    for kind, k in DOMAIN_TARGETS.items():
        got, tries = 0, 0
        while got < k:
            tries += 1
            if tries > 50 * k:
                raise RuntimeError(f"cannot generate enough unique {kind} documents")
            text = _domain_one(rng, kind)
            if text in seen or not 60 <= nwords(text) <= 300:
                continue
            seen.add(text)
            recs.append({"kind": kind, "text": text})
            got += 1
    rng.shuffle(recs)
    n_val = round(len(recs) * 0.05)
    return {"domain_train": recs[n_val:], "domain_validation": recs[:n_val]}


def generate(seed: int = 4321) -> dict[str, list[dict]]:
    """Every domain dataset, keyed by file stem. Same seed -> identical output in any process."""
    out: dict[str, list[dict]] = {}
    out.update(_domain(seed))
    out.update(_instructions(seed))
    out.update(_preferences(seed))
    out.update(_kb(seed))
    out.update(_intents(seed))
    order = [
        "domain_train",
        "domain_validation",
        "instructions_train",
        "instructions_validation",
        "instructions_test",
        "preferences_train",
        "preferences_test",
        "kb_documents",
        "kb_questions",
        "kb_updates",
        "intents_train",
        "intents_test",
    ]
    return {k: out[k] for k in order}


def stats(data: dict[str, list[dict]]) -> dict:
    """Records and characters (of the compact JSON lines) per key."""
    return {
        k: {"records": len(v), "chars": sum(len(json.dumps(r, ensure_ascii=False)) for r in v)}
        for k, v in data.items()
    }


if __name__ == "__main__":
    data = generate()
    print(json.dumps(stats(data), indent=1))
    for key, recs in data.items():
        print(f"\n=== {key} (sample) ===")
        print(json.dumps(recs[0], ensure_ascii=False, indent=1))
