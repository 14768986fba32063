"""A learner's drill progress as a picture: accuracy per exam domain, and exam scores, over time.

matplotlib is imported inside :func:`plot_progress` only, so the terminal drill starts without it.
"""

from __future__ import annotations

from ..course import DOMAINS
from .exam import PASS_SCALED, RAW_PASS

WINDOW = 20  # rolling accuracy over a domain's last WINDOW attempts


def rolling_accuracy(attempts: list[dict], window: int = WINDOW) -> dict[int, tuple[list[int], list[float]]]:
    """``{domain: (attempt numbers, accuracy in %)}``: after each attempt in a domain, the share right
    among that domain's last ``window`` attempts. Attempt numbers count every attempt (1-based), so the
    domains share one x axis."""
    out: dict[int, tuple[list[int], list[float]]] = {}
    recent: dict[int, list[int]] = {}
    for i, a in enumerate(attempts, 1):
        d = int(a["domain"])
        r = recent.setdefault(d, [])
        r.append(int(a["correct"]))
        del r[:-window]
        xs, ys = out.setdefault(d, ([], []))
        xs.append(i)
        ys.append(100.0 * sum(r) / len(r))
    return out


SHORT_NAMES = {
    1: "AI/ML basics",
    2: "GenAI basics",
    3: "FM applications",
    4: "responsible AI",
    5: "security, governance",
}


def _short(name: str, width: int = 28) -> str:
    return name if len(name) <= width else name[: width - 1].rstrip() + "…"


def plot_progress(store, fig=None, axes=None, window: int = WINDOW):
    """Draw the progress of ``store`` (a :class:`~shared_lib.quiz.progress.ProgressStore`).

    Left: rolling accuracy per exam domain (D1..D5) against attempt number, with the 70 % line.
    Right: every finished exam's scaled score with the 700 pass line.
    Pass ``fig`` (a Figure to draw into) or ``axes`` (two Axes); by default a new Figure is made
    without pyplot, so a notebook shows it once. Returns the Figure. An empty store gives a figure
    that says there are no attempts yet.
    """
    from matplotlib.figure import Figure

    if axes is not None:
        ax_acc, ax_exam = axes
        fig = ax_acc.figure
    else:
        if fig is None:
            fig = Figure(figsize=(11, 4.2), layout="constrained")
        ax_acc, ax_exam = fig.subplots(1, 2, gridspec_kw={"width_ratios": [3, 2]})

    attempts = store.attempts()
    exams = store.exams()

    # ---- left: accuracy per domain
    ax_acc.set_title(f"Accuracy by exam domain (last {window} answers per domain)", fontsize=10)
    ax_acc.set_xlabel("answer number (practice and exams, all domains)")
    ax_acc.set_ylabel("right (%)")
    ax_acc.set_ylim(-3, 103)
    ax_acc.axhline(100 * RAW_PASS, color="0.4", ls="--", lw=1)
    ax_acc.text(
        0.005, 100 * RAW_PASS + 1.5, "70 %", color="0.35", fontsize=8, transform=ax_acc.get_yaxis_transform()
    )
    if not attempts:
        ax_acc.set_xlim(0, 10)
        ax_acc.text(
            0.5,
            0.5,
            "No attempts yet:\nanswer a few questions first",
            ha="center",
            va="center",
            transform=ax_acc.transAxes,
            fontsize=12,
            color="0.3",
        )
    else:
        curves = rolling_accuracy(attempts, window)
        colors = ["#4C72B0", "#DD8452", "#55A868", "#C44E52", "#8172B3"]
        for d in sorted(curves):
            xs, ys = curves[d]
            name = DOMAINS.get(d, (f"domain {d}", 0))[0]
            ax_acc.plot(
                xs,
                ys,
                color=colors[(d - 1) % len(colors)],
                lw=2,
                marker="o" if len(attempts) <= 60 else None,
                ms=3,
                label=f"D{d} {SHORT_NAMES.get(d, _short(name))} ({ys[-1]:.0f} %)",
            )
        ax_acc.set_xlim(0, max(len(attempts), 10) + 1)
        ax_acc.legend(loc="lower right", fontsize=8, framealpha=0.9)

    # ---- right: exam scores
    from matplotlib.ticker import MaxNLocator

    ax_acc.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax_exam.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax_exam.set_title("Exam mode: scaled score", fontsize=10)
    ax_exam.set_xlabel("exam")
    ax_exam.set_ylabel("scaled score (100-1000)")
    ax_exam.set_ylim(90, 1010)
    ax_exam.axhline(PASS_SCALED, color="0.4", ls="--", lw=1)
    ax_exam.text(
        0.01, PASS_SCALED + 12, "pass 700", color="0.35", fontsize=8, transform=ax_exam.get_yaxis_transform()
    )
    if not exams:
        ax_exam.set_xlim(0.5, 3.5)
        ax_exam.set_xticks([1, 2, 3])
        msg = "No attempts yet" if not attempts else "No exams yet:\ntry exam mode"
        ax_exam.text(
            0.5, 0.5, msg, ha="center", va="center", transform=ax_exam.transAxes, fontsize=12, color="0.3"
        )
    else:
        xs = list(range(1, len(exams) + 1))
        ys = [e["scaled"] for e in exams]
        ax_exam.plot(xs, ys, color="0.55", lw=1, zorder=1)
        ax_exam.scatter(
            xs,
            ys,
            c=["#55A868" if e["passed"] else "#C44E52" for e in exams],
            s=40,
            zorder=2,
            edgecolors="white",
        )
        for x, y in zip(xs, ys):
            ax_exam.annotate(
                str(y), (x, y), textcoords="offset points", xytext=(0, 7), ha="center", fontsize=8
            )
        ax_exam.set_xlim(0.5, len(exams) + 0.5)
        ax_exam.set_xticks(xs if len(xs) <= 12 else xs[:: max(1, len(xs) // 10)])
    return fig
