"""The original's figure whose value a flagged NEW figure gives to another fact.

A summary that moves a value from one fact to another ("Ray, 38, died ... a
23-year-old man is in custody" -> "a 38-year-old man has been arrested") is
caught by the frames (context.py): the NEW figure pairs with the figure of its
own fact as a conflict, or is added. The editor then needs to know where the
value came from, which the finding's message says: "'38-year-old' where the
original has '23-year-old' (the original's '38' is another fact: Ray,
killed)". Only where the frames say so: two ages, or two measures that
differ ("nine years" / "nine times"); "seven bombs" / "seven blasts" is
added for want of a noun class, not known to be another fact.
"""

from __future__ import annotations

from factcheck.compare.context import measures_differ
from factcheck.compare.values import relate
from factcheck.mention import Mention


class ValueIndex:
    """OLD quantities by value, so that each flagged NEW figure looks up its value once."""

    def __init__(self, mentions: list[Mention]):
        self.by_value: dict[float, list[Mention]] = {}
        for m in mentions:
            if m.kind == "quantity" and m.value is not None:
                self.by_value.setdefault(float(m.value), []).append(m)

    def reused(self, new: Mention, paired: Mention | None) -> Mention | None:
        """The OLD figure of another fact with ``new``'s value, if telling it helps."""
        if new.kind != "quantity" or new.value is None:
            return None
        for old in self.by_value.get(float(new.value), ()):
            if old is paired or relate(old, new).kind != "same":
                continue
            if _another_fact_by_frames(old, new):
                return old
        return None


def _another_fact_by_frames(old: Mention, new: Mention) -> bool:
    """Two ages (people of one story are told apart by the frames), or two figures
    whose frames say they measure different things ("nine years" / "nine times")."""
    if old.role == "age" and new.role == "age":
        return True
    return measures_differ(old, new, old.frame.get("measure"), new.frame.get("measure"))


def another_fact(old: Mention) -> str:
    """ " (the original's '38' is another fact: Ray, killed)": what the message adds."""
    # the name only for an age, which has one only right next to it; another
    # figure's nearest name is as often another participant's
    holder = []
    if old.role == "age":
        holder = [w for w in (old.frame.get("entity"), old.frame.get("holder")) if w][:1]
    predicate = old.frame.get("predicate", "").rpartition(".")[2]
    if predicate:
        holder.append(predicate)
    said = f": {', '.join(holder)}" if holder else ""
    return f" (the original's '{old.text}' is another fact{said})"
