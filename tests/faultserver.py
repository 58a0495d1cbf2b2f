"""A fault-injecting HTTP server on 127.0.0.1 and the client cases that run against it.

Used by tests/test_faults.py (as a pytest fixture) and by bench/fault_matrix.py (which
prints the client x fault matrix). Healthy answers are real recorded payloads from the
corpus (read by path); faults are scripted per request: the next ``n`` requests (or all)
get the fault, the rest the healthy answer.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

SLOW_SECONDS = 1.5
"""How long the "slow" fault waits before answering (clients under test use a 0.3 s timeout)."""

HTML_PAGE = (b"<!DOCTYPE html><html><head><title>Service unavailable</title></head><body><h1>Down for "
             b"maintenance</h1><p>We will be back shortly.</p></body></html>")
NCBI_ERROR = (b'<?xml version="1.0" encoding="UTF-8" ?>\n<!DOCTYPE eFetchResult PUBLIC "-//NLM//DTD efetch//EN" '
              b'"https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20060628/efetch.dtd">\n<eFetchResult>\n'
              b'\t<ERROR>Unable to obtain query #1</ERROR>\n</eFetchResult>\n')
# The shape CT.gov answers a refused request with (HTTP 400, text body naming the parameter).
CTGOV_400 = (b'{"message":"filter.ids: NCT00000000 does not match pattern ^[Nn][Cc][Tt]0*[1-9]\\\\d{0,7}$"}')

FAULTS = ("429", "503_then_ok", "5xx", "403", "reset", "slow", "truncated", "html", "empty", "wrong_type",
          "inband")
"""Fault kinds. ``429`` and ``503_then_ok`` fail once then heal; the others persist."""


@dataclass
class Seen:
    method: str
    path: str
    query: dict[str, list[str]]
    body: bytes


@dataclass
class Answer:
    status: int = 200
    body: bytes = b""
    ctype: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)


class FaultServer:
    """Answers every request with ``healthy(seen)`` unless a fault is scheduled.

    ``inject(kind, times=None)`` schedules ``kind`` for the next ``times`` requests
    (``None``: until :meth:`heal`). ``requests`` records every request received.
    """

    def __init__(self, healthy: Callable[[Seen], Answer]) -> None:
        self.healthy = healthy
        self.requests: list[Seen] = []
        self.fault: str | None = None
        self.remaining: int | None = None
        self.inband: Callable[[Seen], Answer] | None = None
        self._lock = threading.Lock()
        outer = self

        class _H(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _serve(self) -> None:
                parts = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                seen = Seen(self.command, parts.path, parse_qs(parts.query, keep_blank_values=True),
                            self.rfile.read(length) if length else b"")
                with outer._lock:
                    outer.requests.append(seen)
                    kind = outer.fault
                    if kind is not None and outer.remaining is not None:
                        outer.remaining -= 1
                        if outer.remaining <= 0:
                            outer.fault, outer.remaining = None, None
                outer._answer(self, seen, kind)

            do_GET = _serve
            do_POST = _serve

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _H)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    # -- control ---------------------------------------------------------------

    def start(self) -> FaultServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def inject(self, kind: str, times: int | None = None) -> None:
        if kind not in FAULTS:
            raise ValueError(f"unknown fault {kind!r}; known: {FAULTS}")
        with self._lock:
            self.fault, self.remaining = kind, times

    def heal(self) -> None:
        with self._lock:
            self.fault, self.remaining = None, None

    def count(self) -> int:
        return len(self.requests)

    # -- answers ---------------------------------------------------------------

    @staticmethod
    def _send(h: BaseHTTPRequestHandler, a: Answer, *, declared: int | None = None, cut: int | None = None) -> None:
        h.send_response(a.status)
        h.send_header("Content-Type", a.ctype)
        for k, v in a.headers.items():
            h.send_header(k, v)
        h.send_header("Content-Length", str(len(a.body) if declared is None else declared))
        h.end_headers()
        h.wfile.write(a.body if cut is None else a.body[:cut])
        h.wfile.flush()

    def _answer(self, h: BaseHTTPRequestHandler, seen: Seen, kind: str | None) -> None:
        good = self.healthy(seen)
        if kind is None or (kind == "inband" and self.inband is None):
            self._send(h, good)
        elif kind == "429":
            self._send(h, Answer(429, b'{"error":"API rate limit exceeded"}', headers={"Retry-After": "2"}))
        elif kind in ("503_then_ok", "5xx"):
            self._send(h, Answer(503, b"Service Unavailable", "text/plain"))
        elif kind == "403":
            self._send(h, Answer(403, b"Forbidden", "text/plain"))
        elif kind == "reset":
            # Headers promise the whole body; half of it comes, then the connection drops.
            self._send(h, good, declared=len(good.body), cut=max(1, len(good.body) // 2))
            h.close_connection = True
            try:
                h.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        elif kind == "slow":
            time.sleep(SLOW_SECONDS)
            try:
                self._send(h, good)
            except OSError:
                pass
        elif kind == "truncated":
            # A complete HTTP answer whose document is cut (Content-Length matches the cut body).
            self._send(h, Answer(200, good.body[: max(1, len(good.body) * 2 // 3)], good.ctype))
        elif kind == "html":
            self._send(h, Answer(200, HTML_PAGE, "text/html; charset=utf-8"))
        elif kind == "empty":
            self._send(h, Answer(200, b"", good.ctype))
        elif kind == "wrong_type":
            self._send(h, Answer(good.status, good.body, "text/html; charset=ISO-8859-1"))
        elif kind == "inband":
            assert self.inband is not None
            self._send(h, self.inband(seen))


# ---------------------------------------------------------------------------
# Healthy answers from the corpus
# ---------------------------------------------------------------------------


def corpus_answers(corpus: Path) -> Callable[[Seen], Answer]:
    """Route a request to the real recorded payload that answers it."""
    ct_studies: dict[str, Any] = {}
    for f in (corpus / "ctgov" / "v2").glob("NCT*.json"):
        obj = json.loads(f.read_text(encoding="utf-8"))
        for st in obj.get("studies", [obj]):
            ct_studies[st["protocolSection"]["identificationModule"]["nctId"]] = st
    efetch = (corpus / "pubmed" / "efetch_22663011.xml").read_bytes()
    esearch = (corpus / "pubmed" / "esearch_json_NCT01020916-si.json").read_bytes()
    elink = (corpus / "pubmed" / "elink_json_pubmed_pubmed_29540945.json").read_bytes()
    epmc = (corpus / "europepmc" / "search_lite_22663011.json").read_bytes()
    annotations = (Path(__file__).parent / "fixtures" / "europepmc_annotations.json").read_bytes()
    crossref = (corpus / "crossref" / "works_10.1136_esmoopen-2020-000776.json").read_bytes()
    ctis_record = sorted((corpus / "ctis" / "derived").glob("*.json"))[0].read_bytes()
    hit = json.loads((corpus / "recorded_elsewhere" / "ctis" / "search_hit_2025-523726-40-00_gregory-ai.json")
                     .read_text(encoding="utf-8"))

    def answer(seen: Seen) -> Answer:
        p = seen.path
        if p.endswith("/version"):
            return Answer(body=b'{"apiVersion":"2.0.5","dataTimestamp":"2026-01-01T00:00:00"}')
        if p.endswith("/api/v2/studies"):
            if "filter.ids" in seen.query:
                asked = seen.query["filter.ids"][0].split(",")
                return Answer(body=json.dumps({"studies": [ct_studies[i] for i in asked if i in ct_studies]})
                              .encode())
            return Answer(body=json.dumps({"studies": list(ct_studies.values())[:3], "totalCount": 3}).encode())
        if "/api/v2/studies/" in p:
            nct = p.rsplit("/", 1)[1]
            if nct in ct_studies:
                return Answer(body=json.dumps(ct_studies[nct]).encode())
            return Answer(404, b'{"message":"not found"}')
        if p.endswith("/efetch.fcgi"):
            return Answer(body=efetch, ctype="text/xml; charset=UTF-8")
        if p.endswith("/esearch.fcgi"):
            return Answer(body=esearch)
        if p.endswith("/elink.fcgi"):
            return Answer(body=elink)
        if p.endswith("/annotationsByArticleIds"):
            return Answer(body=annotations)
        if p.endswith("/webservices/rest/search"):
            return Answer(body=epmc)
        if p.startswith("/works/"):
            return Answer(body=crossref)
        if p == "/works":  # a search: Crossref's work-list envelope around the recorded work
            # The first page holds the recorded work; the page after it is empty (the documented end).
            first = seen.query.get("cursor", ["*"])[0] == "*"
            items = [json.loads(crossref)["message"]] if first else []
            return Answer(body=json.dumps({"status": "ok", "message-type": "work-list", "message": {
                "items": items, "total-results": 1, "next-cursor": "c2", "items-per-page": 100}}).encode())
        if "/ctis-public-api/retrieve/" in p:
            return Answer(body=ctis_record)
        if p.endswith("/ctis-public-api/search"):
            return Answer(body=json.dumps({"pagination": {"page": 1, "size": 100, "totalRecords": 1},
                                           "data": [hit]}).encode())
        return Answer(404, b'{"error":"no route"}')

    return answer


def inband_answers(seen: Seen) -> Answer:
    """Each service's own in-band error document."""
    if seen.path.endswith((".fcgi",)):
        if seen.path.endswith("efetch.fcgi"):
            return Answer(200, NCBI_ERROR, "text/xml; charset=UTF-8")
        return Answer(200, b'{"esearchresult":{"ERROR":"Invalid query"}}' if "esearch" in seen.path
                      else b'{"ERROR":"Invalid uid"}')
    if "/api/v2/" in seen.path:
        return Answer(400, CTGOV_400, "application/json")
    if seen.path.endswith("/search") and "ctis" in seen.path:
        return Answer(400, b'{"message":"Invalid search criteria"}')
    return Answer(400, b'{"status":"failed","message":[{"type":"bad-request"}]}')


# ---------------------------------------------------------------------------
# The client methods under test
# ---------------------------------------------------------------------------


@dataclass
class Case:
    name: str
    call: Callable[[Any], Any]  # clients -> result
    ids: tuple[str, ...] = ()
    batch: bool = False  # returns a batch with .failed instead of raising


def clients(url: str, session: Any) -> dict[str, Any]:
    from trialink import CrossrefClient, CtgovClient, CtisClient, EuropePmcClient, PubmedClient

    return {
        "ctgov": CtgovClient(session, base_url=url + "/api/v2"),
        "pubmed": PubmedClient(session, base_url=url + "/entrez/eutils"),
        "europepmc": EuropePmcClient(session, base_url=url + "/europepmc/webservices/rest"),
        "crossref": CrossrefClient(session, base_url=url),
        "ctis": CtisClient(session, base_url=url + "/ctis-public-api"),
    }


def _names(items: Any) -> list[str]:
    return sorted((getattr(x, "trial_id", None) or getattr(x, "pmid", None) or getattr(x, "doi", None) or "?")
                  for x in items)


CASES: tuple[Case, ...] = (
    Case("CtgovClient.version", lambda c: c["ctgov"].version()["apiVersion"]),
    Case("CtgovClient.get", lambda c: c["ctgov"].get("NCT00791778").trial_id, ("NCT00791778",)),
    Case("CtgovClient.get_many", lambda c: c["ctgov"].get_many(["NCT00791778", "NCT00763412"]),
         ("NCT00791778", "NCT00763412"), batch=True),
    Case("CtgovClient.search", lambda c: _names(c["ctgov"].search(cond="cancer", on_error="raise"))),
    Case("PubmedClient.esearch", lambda c: c["pubmed"].esearch("NCT01020916[si]")["ids"]),
    Case("PubmedClient.get", lambda c: c["pubmed"].get("22663011").pmid, ("22663011",)),
    Case("PubmedClient.get_many", lambda c: c["pubmed"].get_many(["22663011"]), ("22663011",), batch=True),
    Case("PubmedClient.elink", lambda c: len(c["pubmed"].elink(["29540945"])["29540945"]), ("29540945",)),
    Case("PubmedClient.stream", lambda c: _names(c["pubmed"].stream(["22663011"], on_error="raise")),
         ("22663011",)),
    Case("EuropePmcClient.get", lambda c: c["europepmc"].get("22663011").pmid, ("22663011",)),
    Case("EuropePmcClient.get_many", lambda c: c["europepmc"].get_many(["22663011"]), ("22663011",), batch=True),
    Case("EuropePmcClient.search", lambda c: _names(c["europepmc"].search("EXT_ID:22663011", on_error="raise"))),
    Case("EuropePmcClient.text_mined_accessions",
         lambda c: c["europepmc"].text_mined_accessions(["22663011"]), ("22663011",), batch=True),
    Case("CrossrefClient.get", lambda c: c["crossref"].get("10.1136/esmoopen-2020-000776").doi,
         ("10.1136/esmoopen-2020-000776",)),
    Case("CrossrefClient.get_many", lambda c: c["crossref"].get_many(["10.1136/esmoopen-2020-000776"]),
         ("10.1136/esmoopen-2020-000776",), batch=True),
    Case("CrossrefClient.search", lambda c: _names(c["crossref"].search("esmo open", on_error="raise"))),
    Case("CtisClient.get", lambda c: c["ctis"].get("2022-500244-37-00").trial_id, ("2022-500244-37-00",)),
    Case("CtisClient.get_many", lambda c: c["ctis"].get_many(["2022-500244-37-00"]), ("2022-500244-37-00",),
         batch=True),
    Case("CtisClient.search", lambda c: _names(c["ctis"].search(text="sclerosis", on_error="raise"))),
)


@dataclass
class Outcome:
    kind: str  # "ok", "error", "failed"
    value: Any = None
    error: BaseException | None = None


def run(case: Case, cl: dict[str, Any]) -> Outcome:
    """Run one case; a batch with ``failed`` entries is a "failed" outcome carrying its first error."""
    from trialink.errors import TrialinkError

    try:
        result = case.call(cl)
    except TrialinkError as exc:
        return Outcome("error", error=exc)
    if case.batch:
        failed = getattr(result, "failed", {})
        if failed:
            return Outcome("failed", value=dict(failed), error=next(iter(failed.values())))
        if hasattr(result, "accessions"):  # text-mined annotations
            return Outcome("ok", sorted((k, tuple(a.id for a in v)) for k, v in result.accessions.items()))
        return Outcome("ok", (_names(result.records), sorted(result.not_found)))
    return Outcome("ok", result)
