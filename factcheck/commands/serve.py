"""``factcheck serve``: the newsroom's web page and JSON API (docs/api.md)."""

from __future__ import annotations

import argparse

from factcheck.commands.common import add_date, add_limits, add_new_is, add_rules, new_is_of

HELP = "serve a web page and a JSON API for editors and a CMS"
DESCRIPTION = """\
Start a small web application: a page where an editor pastes or uploads one
article (check) or two versions (compare) and reads the HTML report, or
downloads it as HTML or JSON; and a JSON API for a CMS (POST /api/check,
POST /api/compare, GET /api/health, /openapi.json; see docs/api.md).

Rules are loaded once at start, as 'check' would load them for a file in the
current folder: the defaults, the nearest .factcheck.yaml, then every
--rules DIR. Needs the 'serve' extra: pip install "factcheck[serve]"."""
EPILOG = """\
examples:
  factcheck serve                         http://127.0.0.1:8000/
  factcheck serve --port 8080 --rules newsroom-rules/
  curl -s localhost:8000/api/compare -d '{"old": "143 people", "new": "134 people"}'

The server listens on 127.0.0.1 only unless --host says otherwise; it has no
authentication, so put it behind the newsroom's proxy before opening it wider.
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1, this machine)"
    )
    parser.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    parser.add_argument(
        "--jobs",
        type=int,
        default=2,
        metavar="N",
        help="worker processes analysing articles (default 2)",
    )
    add_rules(parser)
    add_date(parser)
    add_limits(parser)
    add_new_is(parser)


def run(args: argparse.Namespace) -> int:
    from factcheck.errors import FactcheckError

    try:
        from factcheck import serve
    except ModuleNotFoundError as exc:
        raise FactcheckError(
            f"serve needs the 'serve' extra ({exc.name} is not installed): "
            'pip install "factcheck[serve]"'
        ) from None
    if not 0 < args.port < 65536:
        raise FactcheckError(f"--port {args.port}: not a port number (1-65535)")
    if args.jobs < 1:
        raise FactcheckError(f"--jobs {args.jobs}: at least 1")
    settings = serve.Settings(
        rules=list(args.rules),
        config_start=".",
        max_bytes=args.max_bytes,
        time_budget=args.time_budget,
        date=args.date,
        jobs=args.jobs,
        new_is=new_is_of(args),
    )
    serve.run(settings, args.host, args.port)
    return 0
