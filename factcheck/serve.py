"""``factcheck serve``: the newsroom's web page and a JSON API for a CMS.

Built on Starlette (routing, requests, OpenAPI schema) served by uvicorn,
installed with ``pip install "factcheck[serve]"``. Nothing here judges a
figure: a request is validated, handed to a worker process that runs the same
code as the command line (``commands.check`` rules, ``commands.compare.
pair_findings``) and rendered by the same report formats (``report.render``
"json" and "html"), so the page, the API and ``factcheck compare --format
json`` agree byte for byte on the findings.

Why worker processes: the analysis is CPU-bound pure Python, and the time
budget (``budget.time_budget``, docs/limits.md) is a POSIX timer that only
works in a process's main thread. Each worker loads the rules once, at start,
and runs one document at a time in its main thread, so a pathological
article is stopped after ``--time-budget`` seconds and answered with a 422,
while the event loop keeps answering other requests.

Every error is a JSON (or, for the page, a short HTML) answer naming the
problem with a 4xx status; an internal error is a 500 with one line, never a
traceback. Request bodies are read up to a cap (two articles of
``--max-bytes`` plus a little) and refused with 413 beyond it.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as _dt
import json
import os
import signal
import socket
import threading
import time
import urllib.parse
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route
from starlette.schemas import SchemaGenerator

from factcheck.errors import FactcheckError

MARKUP_SUFFIX = {"text": ".txt", "markdown": ".md", "html": ".html"}
"""The ``format`` field: how the article text is written (it is read as a file of that kind)."""


@dataclass
class Settings:
    """What ``factcheck serve`` was started with; workers load the rules from it."""

    rules: list[str] = field(default_factory=list)
    config_start: str = "."
    max_bytes: int = 5 * 1024 * 1024
    time_budget: float = 120.0
    date: _dt.date | None = None
    jobs: int = 2
    new_is: str | None = None
    """``--new-is``: how compare reads NEW unless a request says (None: the settings, else auto)."""

    @property
    def max_body(self) -> int:
        return 2 * self.max_bytes + 64 * 1024


class BadRequest(Exception):
    """A request we refuse: status and a message naming the problem."""

    def __init__(self, status: int, problem: str):
        super().__init__(problem)
        self.status, self.problem = status, problem


# --------------------------------------------------------------------- worker side

_RULES: Any = None
_SETTINGS: Settings | None = None


def _load_rules(settings: Settings):
    from factcheck.ruleset import load_ruleset

    return load_ruleset(settings.rules, start=settings.config_start)


def _worker_start(settings: Settings) -> None:
    """Load the rules once per worker; make the worker end with its server.

    Workers are forked after uvicorn has put its own SIGTERM/SIGINT handlers
    in place, which only make sense in the server: the defaults are restored
    (Ctrl-C is the server's to handle), and a thread ends the worker if the
    server is gone (killed with SIGKILL, say), so that no worker outlives it.
    """
    global _RULES, _SETTINGS
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = os.getppid()

    def orphaned() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(0)

    threading.Thread(target=orphaned, daemon=True).start()
    _SETTINGS, _RULES = settings, _load_rules(settings)


def analyse(job: dict[str, Any]) -> tuple[int, str]:
    """Run one check or compare in a worker; (HTTP status, body in the asked format)."""
    from factcheck.budget import time_budget
    from factcheck.checks import check_article
    from factcheck.commands.common import file_failure, prepare
    from factcheck.commands.compare import pair_findings
    from factcheck.report import FileReport, Report, render

    assert _SETTINGS is not None
    suffix = MARKUP_SUFFIX[job["format"]]
    date = job["date"] or _SETTINGS.date
    name = "new" + suffix if job["old"] is not None else "article" + suffix
    try:
        with time_budget(_SETTINGS.time_budget, name):
            if job["old"] is None:
                from factcheck.article import Article

                article = Article.from_text(job["text"], path=name, reference_date=date)
                findings = [f for f in check_article(article, _RULES) if f.status != "match"]
                files = [FileReport(name, text=job["text"], findings=findings)]
                command = "check"
            else:
                old_name = "old" + suffix
                findings, reading = pair_findings(
                    job["old"],
                    job["text"],
                    _RULES,
                    date,
                    old_path=old_name,
                    new_path=name,
                    new_is=job.get("new_is") or _SETTINGS.new_is,
                )
                for f in findings:
                    f.file = old_name if f.side == "old" else name
                files = [
                    FileReport(
                        name,
                        text=job["text"],
                        findings=findings,
                        old_path=old_name,
                        old_text=job["old"],
                        new_is=reading.to_dict(),
                    )
                ]
                command = "compare"
    except Exception as exc:
        try:
            failed = file_failure(name, exc)
        except FactcheckError as user_error:
            return 422, json.dumps({"error": str(user_error)})
        status = 422 if type(failed).__name__ == "OverBudget" else 500
        return status, json.dumps({"error": str(failed)})
    report = Report(command=command, files=files, meta={"rules": _RULES.descriptions()})
    prepare(report, argparse.Namespace())
    return 200, render(report, job["output"])


# --------------------------------------------------------------------- requests


async def _body(request: Request, settings: Settings) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > settings.max_body:
        raise BadRequest(413, f"request body larger than {settings.max_body:,} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > settings.max_body:
            raise BadRequest(413, f"request body larger than {settings.max_body:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _job(doc: Any, settings: Settings, pair: bool, output: str = "json") -> dict[str, Any]:
    """Validate a request document as a ``batch`` line is validated; the job for a worker."""
    from factcheck.batch.items import Item, parse_line

    if not isinstance(doc, dict):
        raise BadRequest(400, "the body must be a JSON object")
    doc = dict(doc)
    markup = doc.pop("format", None) or "text"
    if markup not in MARKUP_SUFFIX:
        raise BadRequest(
            400, f"'format' must be one of {', '.join(MARKUP_SUFFIX)}, not {markup!r}"[:200]
        )
    wanted = ("old", "new") if pair else ("text",)
    unknown = sorted(set(doc) - {*wanted, "date", "id", *(("new_is",) if pair else ())})
    if unknown:
        raise BadRequest(
            400, f"unknown field {unknown[0]!r}; give {' and '.join(map(repr, wanted))}"[:200]
        )
    for name in wanted:
        if name not in doc:
            raise BadRequest(400, f"missing field '{name}'")
    doc.setdefault("id", "request")
    item = parse_line(1, json.dumps(doc).encode("utf-8"))
    if not isinstance(item, Item):
        raise BadRequest(400, getattr(item, "problem", "empty request"))
    for name in wanted:
        if len(doc[name].encode("utf-8", "surrogatepass")) > settings.max_bytes:
            raise BadRequest(413, f"'{name}' is larger than {settings.max_bytes:,} bytes")
    return {
        "text": item.new if pair else item.text,
        "old": item.old if pair else None,
        "date": item.date,
        "format": markup,
        "output": output,
        "new_is": item.new_is,
    }


async def _run(request: Request, job: dict[str, Any]) -> tuple[int, str]:
    loop = asyncio.get_running_loop()
    pool: ProcessPoolExecutor = request.app.state.pool
    return await loop.run_in_executor(pool, analyse, job)


def _error(exc: BadRequest) -> JSONResponse:
    return JSONResponse({"error": exc.problem}, status_code=exc.status)


async def _api(request: Request, pair: bool) -> Response:
    settings: Settings = request.app.state.settings
    try:
        raw = await _body(request, settings)
        try:
            doc = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            raise BadRequest(400, "the body is not UTF-8") from None
        except (ValueError, RecursionError) as exc:
            raise BadRequest(400, f"the body is not valid JSON ({str(exc)[:120]})") from None
        job = _job(doc, settings, pair)
    except BadRequest as exc:
        return _error(exc)
    status, body = await _run(request, job)
    return Response(body, status_code=status, media_type="application/json")


async def api_check(request: Request) -> Response:
    """
    summary: Check one article on its own
    requestBody:
      content:
        application/json:
          schema:
            type: object
            required: [text]
            properties:
              text: {type: string, description: the article}
              date: {type: string, format: date, description: reference date YYYY-MM-DD}
              format: {type: string, enum: [text, markdown, html], default: text}
    responses:
      200: {description: "the report, as factcheck check --format json (docs/json.md)"}
      400: {description: "bad input: {error: ...}"}
      413: {description: "too large: {error: ...}"}
      422: {description: "stopped by the time budget: {error: ...}"}
    """
    return await _api(request, pair=False)


async def api_compare(request: Request) -> Response:
    """
    summary: Compare two versions of an article
    requestBody:
      content:
        application/json:
          schema:
            type: object
            required: [old, new]
            properties:
              old: {type: string, description: the original version}
              new: {type: string, description: the new version}
              date: {type: string, format: date, description: reference date YYYY-MM-DD}
              format: {type: string, enum: [text, markdown, html], default: text}
              new_is: {type: string, enum: [auto, rewrite, summary, condensed], description: "how NEW is read (default: the server's --new-is, else auto)"}
    responses:
      200: {description: "the report, as factcheck compare --format json (docs/json.md)"}
      400: {description: "bad input: {error: ...}"}
      413: {description: "too large: {error: ...}"}
      422: {description: "stopped by the time budget: {error: ...}"}
    """
    return await _api(request, pair=True)


async def api_health(request: Request) -> Response:
    """
    summary: Liveness and version
    responses:
      200: {description: "{status: ok, version: ...}"}
    """
    from factcheck import __version__

    return JSONResponse({"status": "ok", "version": __version__})


SCHEMAS = SchemaGenerator({"openapi": "3.0.0", "info": {"title": "factcheck", "version": "1"}})


async def openapi(request: Request) -> Response:
    return JSONResponse(SCHEMAS.get_schema(routes=request.app.routes))


# --------------------------------------------------------------------- the page


async def page(request: Request) -> Response:
    return HTMLResponse(PAGE, headers=PAGE_HEADERS)


async def report(request: Request) -> Response:
    """The page's form: the HTML report to read, or a report file to download."""
    settings: Settings = request.app.state.settings
    try:
        raw = await _body(request, settings)
        try:
            form = urllib.parse.parse_qs(
                raw.decode("utf-8"), keep_blank_values=True, max_num_fields=10
            )
        except (UnicodeDecodeError, ValueError) as exc:
            raise BadRequest(400, f"the form could not be read ({str(exc)[:120]})") from None
        field_value = lambda name: (form.get(name) or [""])[0]  # noqa: E731
        old, new = field_value("old"), field_value("new")
        if not new.strip():
            raise BadRequest(400, "paste or upload the article (the new version) first")
        doc: dict[str, Any] = {"old": old, "new": new} if old.strip() else {"text": new}
        if field_value("date"):
            doc["date"] = field_value("date")
        doc["format"] = field_value("format") or "text"
        if "old" in doc and field_value("new_is"):
            doc["new_is"] = field_value("new_is")
        download = field_value("download")
        output = "json" if download == "json" else "html"
        job = _job(doc, settings, pair="old" in doc, output=output)
    except BadRequest as exc:
        body = f"<!DOCTYPE html><title>factcheck: bad request</title><p>{escape(exc.problem)}</p>"
        return HTMLResponse(body, status_code=exc.status, headers=PAGE_HEADERS)
    status, body = await _run(request, job)
    if status != 200:
        problem = json.loads(body)["error"]
        html = f"<!DOCTYPE html><title>factcheck: error</title><p>{escape(problem)}</p>"
        return HTMLResponse(html, status_code=status, headers=PAGE_HEADERS)
    headers = {}
    if download in ("html", "json"):
        headers["Content-Disposition"] = f'attachment; filename="factcheck-report.{download}"'
    media = "application/json" if output == "json" else "text/html; charset=utf-8"
    return Response(body, media_type=media, headers=headers)


PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
    "script-src 'unsafe-inline'; form-action 'self'; base-uri 'none'",
    "Referrer-Policy": "no-referrer",
}

PAGE = (Path(__file__).resolve().parent / "serve_page.html").read_text(encoding="utf-8")
"""The page: a form, no article text in it, so its inline script and style are ours alone."""


# --------------------------------------------------------------------- the app


def create_app(settings: Settings) -> Starlette:
    """The application; rules are loaded here once (a bad rule file stops the start)."""
    _load_rules(settings)  # fail fast, in one line, before any request
    routes = [
        Route("/", page, methods=["GET"], include_in_schema=False),
        Route("/report", report, methods=["POST"], include_in_schema=False),
        Route("/api/check", api_check, methods=["POST"]),
        Route("/api/compare", api_compare, methods=["POST"]),
        Route("/api/health", api_health, methods=["GET"]),
        Route("/openapi.json", openapi, methods=["GET"], include_in_schema=False),
    ]

    async def internal_error(request: Request, exc: Exception) -> Response:
        return JSONResponse({"error": f"internal error ({type(exc).__name__})"}, status_code=500)

    pool = ProcessPoolExecutor(
        max_workers=max(1, settings.jobs), initializer=_worker_start, initargs=(settings,)
    )

    @contextlib.asynccontextmanager
    async def lifespan(app):
        # uvicorn re-raises SIGTERM once it has shut down: stop the workers here, before
        yield
        pool.shutdown(wait=True, cancel_futures=True)

    app = Starlette(
        routes=routes, exception_handlers={Exception: internal_error}, lifespan=lifespan
    )
    app.state.settings = settings
    app.state.pool = pool
    return app


def run(settings: Settings, host: str, port: int) -> None:
    """Serve until stopped. "serving on" is said only once the server accepts
    connections, so that a client (or a script) that waits for the line can send
    its first request at once; a bad settings file or a port already in use is the
    one line a start prints instead (exit 2)."""
    import uvicorn

    class _Server(uvicorn.Server):
        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets)
            if self.started:
                print(f"factcheck: serving on http://{host}:{port}/ (Ctrl-C stops)", flush=True)

    app = create_app(settings)
    try:
        sock = _listening_socket(host, port)
        config = uvicorn.Config(app, log_level="warning", server_header=False)
        with sock:
            _Server(config).run(sockets=[sock])
    finally:
        app.state.pool.shutdown(cancel_futures=True)


def _listening_socket(host: str, port: int) -> socket.socket:
    """A socket bound to ``host:port`` (IPv4 or IPv6, as the host resolves), or the one
    line that says why not: uvicorn would log a bind error and exit 1."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
        sock = socket.socket(family, kind, proto)
    except OSError as exc:
        raise FactcheckError(
            f"--host {host}: cannot listen there ({exc.strerror or exc})"
        ) from None
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError as exc:
        sock.close()
        raise FactcheckError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    sock.set_inheritable(True)
    return sock


__all__ = ["Settings", "create_app", "run", "analyse"]
