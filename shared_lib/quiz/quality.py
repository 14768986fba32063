"""Bank-wide quality checks that a single line cannot show: near-duplicate stems, answer-position
bias, "the longest option is the key" bias, and coverage of the exam guide.

``problems(bank)`` returns ``file:line: message`` strings (the validator fails on any);
``coverage(bank)`` is the report printed by ``python -m shared_lib.quiz stats``.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import combinations

from ..course import DOMAINS, TASKS

NEAR_DUP_JACCARD = 0.5  # word-trigram overlap of two stems above which they count as near-duplicates
MIN_PER_TASK = 5
WEIGHT_TOLERANCE = 0.03  # each domain's share within +-3 points of the exam's weight
POSITION_MIN_ITEMS = 40  # check key positions once a bank has this many multiple-choice items
POSITION_BAND = (0.15, 0.35)  # every letter A-D must be the key of 15-35 % of them
MR_LONGEST_MAX = 0.25  # multiple-response items whose keys are exactly the longest options
LENGTH_RANK_MAX = 0.35  # no length rank (shortest .. longest) may hold more than this share of the keys


def _shingles(text: str) -> frozenset:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return frozenset(zip(words, words[1:], words[2:])) if len(words) >= 3 else frozenset([tuple(words)])


def near_duplicates(bank, threshold: float = NEAR_DUP_JACCARD) -> list[tuple[str, str, float]]:
    """Pairs of questions (not siblings in one case study) whose stems overlap above ``threshold``."""
    items = [(q, _shingles(((q.scenario or "") + " " + q.stem) if q.case else q.stem)) for q in bank]
    out = []
    for (a, sa), (b, sb) in combinations(items, 2):
        if a.case and a.case == b.case:
            continue
        inter = len(sa & sb)
        if not inter:
            continue
        j = inter / len(sa | sb)
        if j >= threshold:
            out.append((a.id, b.id, round(j, 2)))
    return out


def key_positions(bank) -> Counter:
    return Counter(q.key for q in bank if q.type == "multiple_choice")


def key_length_ranks(bank) -> Counter:
    """How often the key is the shortest (0), second-shortest (1), ... longest (3) option: a test-wise
    candidate exploits any rank that is much more common than 1 in 4."""
    ranks = Counter()
    for q in bank:
        if q.type == "multiple_choice":
            order = [oid for _, oid in sorted((len(o.text), o.id) for o in q.options)]
            ranks[order.index(q.key)] += 1
    return ranks


def mr_longest_share(bank) -> float:
    """Share of multiple-response items whose keyed options are exactly the N longest options."""
    mr = [q for q in bank if q.type == "multiple_response"]
    if not mr:
        return 0.0
    hits = 0
    for q in mr:
        keyed = [len(q.option(k).text) for k in q.key]
        others = [len(o.text) for o in q.options if o.id not in q.key]
        hits += min(keyed) > max(others)
    return hits / len(mr)


def longest_key_share(bank) -> float:
    mc = [q for q in bank if q.type == "multiple_choice"]
    if not mc:
        return 0.0
    hits = 0
    for q in mc:
        lengths = {o.id: len(o.text) for o in q.options}
        key_len = lengths[q.key]
        hits += all(key_len > v for k, v in lengths.items() if k != q.key)
    return hits / len(mc)


def problems(bank) -> list[str]:
    out = []
    where = {q.id: q.source for q in bank}
    for a, b, j in near_duplicates(bank):
        out.append(f"{where[b]}: stem of {b!r} nearly duplicates {a!r} at {where[a]} (overlap {j:.2f})")
    pos = key_positions(bank)
    n_mc = sum(pos.values())
    if n_mc >= POSITION_MIN_ITEMS:
        lo, hi = POSITION_BAND
        for letter in "ABCD":
            share = pos.get(letter, 0) / n_mc
            if not lo <= share <= hi:
                out.append(
                    f"bank: option {letter} is the key of {share:.0%} of {n_mc} multiple-choice items "
                    f"(keep every letter within {lo:.0%}-{hi:.0%})"
                )
        n_mr = sum(q.type == "multiple_response" for q in bank)
        if n_mr >= 20 and mr_longest_share(bank) > MR_LONGEST_MAX:
            out.append(
                f"bank: in {mr_longest_share(bank):.0%} of multiple-response items the keys are the longest "
                f"options (at most {MR_LONGEST_MAX:.0%})"
            )
        names = ["shortest", "second-shortest", "second-longest", "longest"]
        for rank, count in sorted(key_length_ranks(bank).items()):
            if count / n_mc > LENGTH_RANK_MAX:
                out.append(
                    f"bank: the key is the {names[rank]} option in {count / n_mc:.0%} of multiple-choice "
                    f"items (at most {LENGTH_RANK_MAX:.0%}: vary option lengths so length gives nothing away)"
                )
    return out


def coverage(bank) -> dict:
    """Size, domain shares against the exam weights, item types, task coverage, modules, key spread."""
    n = len(bank)
    by_domain = Counter(q.domain for q in bank)
    by_task = Counter(q.task for q in bank)
    share = {d: by_domain[d] / n if n else 0.0 for d in DOMAINS}
    pos = key_positions(bank)
    n_mc = sum(pos.values())
    return {
        "questions": n,
        "domain_share": {f"D{d}": round(share[d], 3) for d in DOMAINS},
        "domain_target": {f"D{d}": w for d, (_, w) in DOMAINS.items()},
        "domains_within_tolerance": all(
            abs(share[d] - w) <= WEIGHT_TOLERANCE for d, (_, w) in DOMAINS.items()
        ),
        "types": dict(sorted(Counter(q.type for q in bank).items())),
        "case_studies": len({q.case for q in bank if q.case}),
        "task_coverage": {t: by_task[t] for t in TASKS},
        "tasks_below_minimum": [t for t in TASKS if by_task[t] < MIN_PER_TASK],
        "modules": dict(sorted(Counter(q.module or "-" for q in bank).items())),
        "difficulty": dict(sorted(Counter(q.difficulty for q in bank).items())),
        "mc_key_share": {k: round(pos.get(k, 0) / n_mc, 3) if n_mc else 0.0 for k in "ABCD"},
        "mc_key_is_longest_share": round(longest_key_share(bank), 3),
        "mr_keys_are_longest_share": round(mr_longest_share(bank), 3),
        "mc_key_length_rank_share": {
            r: round(c / n_mc, 3) for r, c in sorted(key_length_ranks(bank).items()) if n_mc
        },
        "near_duplicate_pairs": len(near_duplicates(bank)),
    }
