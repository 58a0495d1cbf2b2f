"""Shared fixtures: the corpus path, a socket guard, and a local HTTP server that replays responses."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[1]
_ALLOWED_HOSTS = {"127.0.0.1", "localhost", "::1"}


# ---------------------------------------------------------------------------
# Socket guard: any connection that is not to this machine fails the test run.
# ---------------------------------------------------------------------------

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _check(address: Any) -> None:
    if isinstance(address, tuple) and address and address[0] not in _ALLOWED_HOSTS:
        raise RuntimeError(f"tests must not use the network: connection to {address!r} blocked")


def _guarded_connect(self: socket.socket, address: Any) -> Any:
    _check(address)
    return _real_connect(self, address)


def _guarded_connect_ex(self: socket.socket, address: Any) -> Any:
    _check(address)
    return _real_connect_ex(self, address)


def _guarded_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
    if host not in _ALLOWED_HOSTS and host is not None:
        raise RuntimeError(f"tests must not use the network: DNS lookup of {host!r} blocked")
    return _real_getaddrinfo(host, *args, **kwargs)


_real_getaddrinfo = socket.getaddrinfo


def pytest_configure(config: pytest.Config) -> None:
    socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign]
    socket.getaddrinfo = _guarded_getaddrinfo  # type: ignore[assignment]


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test gets its own cache folder and no credentials from the developer's shell."""
    monkeypatch.setenv("TRIALINK_CACHE_DIR", str(tmp_path / "cache"))
    for var in ("NCBI_API_KEY", "NCBI_EMAIL", "TRIALINK_OFFLINE"):
        monkeypatch.delenv(var, raising=False)


# ---------------------------------------------------------------------------
# The corpus
# ---------------------------------------------------------------------------


@pytest.fixture(scope="session")
def corpus() -> Path:
    path = Path(os.environ.get("TRIALINK_CORPUS", ROOT.parent / "shared" / "corpus"))
    if not path.is_dir():
        raise RuntimeError(f"corpus not found at {path}: put ../shared beside the checkout or set TRIALINK_CORPUS")
    return path


@pytest.fixture(scope="session")
def shared(corpus: Path) -> Path:
    return corpus.parent


# ---------------------------------------------------------------------------
# A local HTTP server with a scripted route table
# ---------------------------------------------------------------------------


@dataclass
class Seen:
    method: str
    path: str
    query: dict[str, list[str]]
    body: bytes
    headers: dict[str, str]


@dataclass
class Reply:
    status: int = 200
    body: bytes | str | dict[str, Any] | list[Any] = b""
    headers: dict[str, str] = field(default_factory=dict)


Handler = Callable[[Seen], Reply]


class LocalServer:
    """Routes ``(METHOD, path)`` to a handler or a queue of replies; records every request."""

    def __init__(self) -> None:
        self.routes: dict[tuple[str, str], Handler | list[Reply]] = {}
        self.requests: list[Seen] = []
        self._lock = threading.Lock()
        server = self

        class _H(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _serve(self) -> None:
                parts = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                seen = Seen(self.command, parts.path, parse_qs(parts.query, keep_blank_values=True),
                            self.rfile.read(length) if length else b"", dict(self.headers))
                with server._lock:
                    server.requests.append(seen)
                    route = server.routes.get((self.command, parts.path))
                    if isinstance(route, list):
                        reply = route.pop(0) if len(route) > 1 else route[0]
                    elif route is None:
                        reply = Reply(404, {"error": f"no route {self.command} {parts.path}"})
                    else:
                        reply = None
                if reply is None:
                    assert callable(route)
                    reply = route(seen)
                body = reply.body
                if isinstance(body, (dict, list)):
                    body = json.dumps(body).encode()
                elif isinstance(body, str):
                    body = body.encode()
                self.send_response(reply.status)
                headers = {"Content-Type": "application/json", **reply.headers}
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = _serve
            do_POST = _serve

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _H)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def route(self, method: str, path: str, handler: Handler | list[Reply] | Reply) -> None:
        self.routes[(method, path)] = [handler] if isinstance(handler, Reply) else handler

    def count(self, path: str | None = None) -> int:
        return sum(1 for r in self.requests if path is None or r.path == path)


@pytest.fixture
def server() -> Iterator[LocalServer]:
    srv = LocalServer()
    srv.thread.start()
    try:
        yield srv
    finally:
        srv.httpd.shutdown()
        srv.httpd.server_close()


@pytest.fixture
def sleeps() -> list[float]:
    """Records the waits a session would have slept (so tests do not sleep)."""
    return []


@contextlib.contextmanager
def expect_truncated(read: int | None, total: int | None, cause: str = "max_results") -> Iterator[None]:
    """Expect one TruncatedResultsWarning whose fields say how many were read, of how many, and why."""
    from trialink.errors import TruncatedResultsWarning

    with pytest.warns(TruncatedResultsWarning) as caught:
        yield
    got = [(w.message.read, w.message.total, w.message.cause) for w in caught
           if isinstance(w.message, TruncatedResultsWarning)]
    assert got == [(read, total, cause)], got
