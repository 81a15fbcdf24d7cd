"""The one type every check and the comparison report: a verdict on figures.

``check`` findings point at one file and carry the mentions they judge;
``compare`` findings carry the ``old`` and ``new`` mention of an aligned pair
(either may be None for dropped/added). Reports only ever read Findings, so a
new check or a new output format never needs to know about the other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from factcheck.mention import Mention

LEVELS = ("info", "warning", "error")
STATUSES = ("conflict", "match", "unverifiable", "dropped", "added", "derived")
FLAG_STATUSES = ("conflict", "dropped", "added", "unverifiable")
NOT_FLAG_STATUSES = ("match", "derived")
"""Reports, not problems: never annotated, never fail a run."""


def level_rank(level: str | None) -> int:
    """Order levels so that ``--fail-on`` can compare them; unknown ranks lowest."""
    return LEVELS.index(level) if level in LEVELS else -1


QUOTE_LIMIT = 1_000
"""The most characters of a sentence a report quotes for one finding (``quoted_sentence``)."""


@dataclass
class Finding:
    """A rule's verdict on one or more mentions.

    ``start``/``end`` are character offsets into the text of ``file`` (for
    compare findings: into the NEW text, or the OLD text for dropped figures,
    as ``side`` says). ``line``/``column`` are 1-based and refer to the source
    file as stored on disk, after mapping back from Markdown/HTML prose.
    """

    rule: str
    level: str
    status: str
    message: str
    file: str | None = None
    start: int = 0
    end: int = 0
    line: int = 0
    column: int = 0
    sentence: str = ""
    mentions: list[Mention] = field(default_factory=list)
    old: Mention | None = None
    new: Mention | None = None
    side: str | None = None
    """For compare findings: "old" or "new", the text ``start``/``end`` point into."""
    fingerprint: str = ""
    """Stable id across edits (see factcheck/fingerprint.py), set by the producer."""
    figure: str = ""
    """check: the flagged span as written in the file (compare findings use ``old``/``new``)."""
    sentence_spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    """(start, end) of the figure's sentence in each text it is in: key ``""`` for a
    check finding, ``"old"``/``"new"`` for compare. Set by the producers, which
    split the text into sentences already, so reports never split it again.
    Not part of the JSON output."""
    extra: dict[str, Any] = field(default_factory=dict)

    def figure_text(self) -> str:
        """The figure as written: ``old → new`` for a conflict, else the one figure."""
        if self.old is not None and self.new is not None:
            if self.old.text == self.new.text:
                return self.new.text
            return f"{self.old.text} → {self.new.text}"
        if self.new is not None:
            return self.new.text
        if self.old is not None:
            return self.old.text
        return self.figure or " ".join(m.text for m in self.mentions)

    @property
    def is_flag(self) -> bool:
        """Whether a pipeline should annotate this finding: all but matches and derived."""
        return self.status not in NOT_FLAG_STATUSES

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "start": self.start,
            "end": self.end,
            "rule": self.rule,
            "level": self.level,
            "status": self.status,
            "message": self.message,
            "sentence": self.quoted_sentence(),
            "mentions": [m.to_dict() for m in self.mentions],
            "old": self.old.to_dict() if self.old else None,
            "new": self.new.to_dict() if self.new else None,
            "side": self.side,
            "fingerprint": self.fingerprint,
        }
        if self.figure:
            d["figure"] = self.figure
        if self.extra:
            d["extra"] = self.extra
            if isinstance(self.extra.get("old_sentence"), str):
                d["extra"] = {**self.extra, "old_sentence": self.quoted_sentence("old")}
        return d

    def quoted_sentence(self, side: str | None = None) -> str:
        """The finding's sentence (``side`` "old": ``extra["old_sentence"]``), or the
        ``QUOTE_LIMIT`` characters of it around the figure, '…' marking each cut.

        A report quotes a sentence per finding; a sentence with no full stop can be the
        whole of a long paragraph, dense with figures, and quoting it whole for each
        would make the report grow with the square of the text (8,000 wrong weekdays in
        a 45 KB list: 80 MB of JSON). No sentence of news length is cut."""
        if side == "old" and self.side != "old":
            sentence, figure = self.extra.get("old_sentence") or "", self.old
        else:
            side = self.side if self.side in ("old", "new") else ""
            sentence = self.sentence
            figure = {"old": self.old, "new": self.new}.get(side) or (
                self.mentions[0] if self.mentions else None
            )
        if len(sentence) <= QUOTE_LIMIT:
            return sentence
        span = self.sentence_spans.get(side or "")
        at = figure.start - span[0] if figure is not None and span else 0
        if figure is not None and figure.text:  # the figure near where its offsets say
            near = sentence.find(figure.text, max(0, at - 200), max(0, at + 200 + len(figure.text)))
            at = near if near >= 0 else at
        at = min(max(at, 0), len(sentence))
        lo = max(0, at - QUOTE_LIMIT // 2)
        hi = min(len(sentence), lo + QUOTE_LIMIT)
        lo = max(0, hi - QUOTE_LIMIT)
        return ("…" if lo else "") + sentence[lo:hi] + ("…" if hi < len(sentence) else "")

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Finding:
        def m(x: Any) -> Mention | None:
            return Mention.from_dict(x) if x else None

        known = {f for f in cls.__dataclass_fields__}
        kw = {k: v for k, v in d.items() if k in known}
        kw["mentions"] = [Mention.from_dict(x) for x in d.get("mentions", [])]
        kw["old"] = m(d.get("old"))
        kw["new"] = m(d.get("new"))
        return cls(**kw)
