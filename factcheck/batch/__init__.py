"""Batch audits of archives: JSON Lines in, one result line per article or pair out.

An archive may hold millions of articles, so nothing here ever holds the whole
input: lines are read lazily, at most a fixed window of chunks is in flight,
and each result is written (and flushed) as soon as it is in input order. The
only thing that grows with the input is the set of ids already seen (for
resume and duplicate detection), about 100 bytes per id.

One concern per module, each importing only the ones listed before it:

- ``items``: the input format; reading JSON Lines lazily and validating each line.
- ``worker``: one item to one finished result line, through the public API.
- ``window``: chunks in flight, results in input order (shared by both backends).
- ``local``: in-process (``--jobs 1``) or a local process pool (``--jobs N``).
- ``dask_cluster``: a Dask cluster (``--scheduler``); imported only when used.
- ``resume``: which output may be appended to, and the ids already in it.
- ``run``: the whole run, tying the above together.

The terminal progress bar belongs to the command (``factcheck.commands.batch``);
the run only reports progress through a callback.
"""

from factcheck.batch.items import Item, Malformed, iter_input, parse_line
from factcheck.batch.resume import read_done_ids, result_id
from factcheck.batch.run import Stats, run_batch
from factcheck.batch.window import ordered_window
from factcheck.batch.worker import Options, Outcome, load_rules, run_item, warm

__all__ = [
    "Item",
    "Malformed",
    "Options",
    "Outcome",
    "Stats",
    "iter_input",
    "load_rules",
    "ordered_window",
    "parse_line",
    "read_done_ids",
    "result_id",
    "run_batch",
    "run_item",
    "warm",
]
