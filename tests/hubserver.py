"""A local stand-in for the Hugging Face hub, for the model manager's tests.

It answers the requests huggingface_hub really makes (logged once from the
real client): the model search (`GET /api/models?search=..&filter=gguf&sort=..
&limit=..&expand=..`), model info with file sizes and LFS sha256 (`GET
/api/models/{repo}[/revision/{rev}]?blobs=True`), and `HEAD`/`GET
/{repo}/resolve/{rev}/{file}` which, like the hub, answers LFS files with
`X-Repo-Commit`, `X-Linked-Etag` (the sha256), `X-Linked-Size` and a 302 to a
CDN path that honours `Range`. Errors carry the hub's `X-Error-Code` headers.

Switches make it misbehave the ways a real network does: drop the connection
mid-file, stall, corrupt bytes, throttle, require a token (gated repo). Every
request is logged with the bytes of body it sent.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import numpy as np

COMMIT = "0123456789abcdef0123456789abcdef01234567"


def make_gguf(path: Path, name: str = "tiny", n_floats: int = 16_384, layers: int = 2,
              seed: int = 0) -> Path:
    """Write a small but valid llama-shaped GGUF with the `gguf` package's writer."""
    from gguf import GGUFWriter

    rng = np.random.default_rng(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = GGUFWriter(str(path), "llama")
    writer.add_name(name)
    writer.add_context_length(2048)
    writer.add_block_count(layers)
    writer.add_embedding_length(64)
    writer.add_head_count(4)
    writer.add_head_count_kv(2)
    writer.add_file_type(0)  # ALL_F32
    for i in range(layers):
        writer.add_tensor(f"blk.{i}.w", rng.standard_normal(n_floats // layers, dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


@dataclass
class HubFile:
    data: bytes | None = None
    path: Path | None = None
    lfs: bool = True
    _sha: str | None = None

    @property
    def size(self) -> int:
        return len(self.data) if self.data is not None else self.path.stat().st_size

    @property
    def sha256(self) -> str:
        if self._sha is None:
            digest = hashlib.sha256()
            if self.data is not None:
                digest.update(self.data)
            else:
                with self.path.open("rb") as fh:
                    while block := fh.read(1 << 22):
                        digest.update(block)
            self._sha = digest.hexdigest()
        return self._sha

    def read(self, start: int, end: int) -> bytes:
        if self.data is not None:
            return self.data[start:end]
        with self.path.open("rb") as fh:
            fh.seek(start)
            return fh.read(end - start)


@dataclass
class Repo:
    id: str
    files: dict[str, HubFile]
    downloads: int = 0
    likes: int = 0
    last_modified: str = "2026-01-01T00:00:00.000Z"
    gated: bool = False


@dataclass
class Logged:
    method: str
    path: str
    range: str | None
    status: int = 0
    sent: int = 0
    authorized: bool = False
    query: dict = field(default_factory=dict)


@dataclass
class Switches:
    drop_after: int | None = None  # close a connection after it sent this many bytes...
    drops: int = 0  # ...this many times
    stall_after: int | None = None  # stop sending at this offset of the file...
    stall_s: float = 0.0  # ...for this long (then close)
    rate: float | None = None  # bytes per second
    corrupt: bool = False  # flip one byte in every served file body
    token: str = "hf_test_token"  # the token a gated repo accepts
    api_down: bool = False  # the API answers 503
    refuse: bool = False  # every request answered 500
    overflow: int = 0  # send this many bytes past the file's advertised size


class HubServer:
    def __init__(self) -> None:
        self.repos: dict[str, Repo] = {}
        self.log: list[Logged] = []
        self.switches = Switches()
        self._lock = threading.Lock()
        handler = type("Handler", (_Handler,), {"hub": self})
        # Two servers: the hub, and a "CDN" on another origin that LFS files redirect to
        # (huggingface_hub treats a redirect to another origin as the CDN, as on the hub).
        self._servers = [ThreadingHTTPServer(("127.0.0.1", 0), handler) for _ in range(2)]
        for httpd in self._servers:
            httpd.daemon_threads = True
        self.url, self.cdn_url = (f"http://127.0.0.1:{s.server_address[1]}"
                                  for s in self._servers)
        self._threads = [threading.Thread(target=s.serve_forever, daemon=True)
                         for s in self._servers]

    def start(self) -> HubServer:
        for t in self._threads:
            t.start()
        return self

    def stop(self) -> None:
        for httpd in self._servers:
            httpd.shutdown()
            httpd.server_close()

    def reset(self) -> None:
        with self._lock:
            self.repos.clear()
            self.log.clear()
            self.switches = Switches()

    def add_repo(self, repo_id: str, files: dict[str, bytes | Path | HubFile], **kw) -> Repo:
        made = {}
        for name, value in files.items():
            if isinstance(value, HubFile):
                made[name] = value
            elif isinstance(value, bytes):
                made[name] = HubFile(data=value)
            else:
                made[name] = HubFile(path=Path(value))
        repo = Repo(repo_id, made, **kw)
        self.repos[repo_id] = repo
        return repo

    def downloads(self, name: str) -> list[Logged]:
        """The GETs that sent bytes of file `name` (its resolve or CDN requests)."""
        return [e for e in self.log if e.method == "GET" and e.path.endswith("/" + name)
                and e.status in (200, 206)]

    def record(self, entry: Logged) -> None:
        with self._lock:
            self.log.append(entry)


class _Handler(BaseHTTPRequestHandler):
    hub: HubServer
    protocol_version = "HTTP/1.0"

    def log_message(self, *args) -> None:  # quiet
        pass

    # routing -------------------------------------------------------------
    def do_HEAD(self) -> None:
        self._route(head=True)

    def do_GET(self) -> None:
        self._route(head=False)

    def _route(self, head: bool) -> None:
        url = urlsplit(self.path)
        path = unquote(url.path)
        entry = Logged(self.command, path, self.headers.get("Range"),
                       authorized=bool(self.headers.get("Authorization")),
                       query=parse_qs(url.query))
        self.hub.record(entry)
        self.entry = entry
        try:
            if self.hub.switches.refuse:
                return self._error(500, "Internal Error", "")
            if path == "/api/models":
                return self._search(entry.query)
            m = re.match(r"^/api/models/([^/]+/[^/]+?)(?:/revision/([^/]+))?/?$", path)
            if m:
                return self._info(m[1], m[2], entry.query)
            m = re.match(r"^/_cdn/([^/]+/[^/]+)/(.+)$", path)
            if m:
                return self._serve(m[1], m[2], head, cdn=True)
            m = re.match(r"^/([^/]+/[^/]+)/resolve/([^/]+)/(.+)$", path)
            if m:
                return self._serve(m[1], m[3], head, cdn=False)
            self._error(404, "", "Not Found")
        except (BrokenPipeError, ConnectionResetError):
            pass

    # API -----------------------------------------------------------------
    def _json(self, data, status: int = 200) -> None:
        body = json.dumps(data).encode()
        self.entry.status = status
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _error(self, status: int, code: str, message: str) -> None:
        self.entry.status = status
        body = json.dumps({"error": message}).encode()
        self.send_response(status)
        if code:
            self.send_header("X-Error-Code", code)
        self.send_header("X-Error-Message", message)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _summary(self, repo: Repo) -> dict:
        return {"id": repo.id, "_id": repo.id, "modelId": repo.id, "downloads": repo.downloads,
                "likes": repo.likes, "lastModified": repo.last_modified,
                "gated": "manual" if repo.gated else False, "tags": ["gguf"],
                "private": False}

    def _search(self, query: dict) -> None:
        if self.hub.switches.api_down:
            return self._error(503, "", "Service Unavailable")
        text = (query.get("search") or [""])[0].lower()
        sort = (query.get("sort") or ["downloads"])[0]
        key = {"downloads": "downloads", "likes": "likes",
               "lastModified": "last_modified"}.get(sort, "downloads")
        found = [r for r in self.hub.repos.values() if text in r.id.lower()
                 and any(n.endswith(".gguf") for n in r.files)]
        found.sort(key=lambda r: getattr(r, key), reverse=True)
        limit = int((query.get("limit") or ["1000"])[0])
        self._json([self._summary(r) for r in found[:limit]])

    def _info(self, repo_id: str, revision: str | None, query: dict) -> None:
        if self.hub.switches.api_down:
            return self._error(503, "", "Service Unavailable")
        repo = self.hub.repos.get(repo_id)
        if repo is None:  # the hub answers 401 to anonymous callers for a missing repo
            return self._error(401, "RepoNotFound", "Repository not found")
        if revision not in (None, "main", COMMIT):
            return self._error(404, "RevisionNotFound", "Invalid rev id")
        blobs = (query.get("blobs") or ["false"])[0].lower() == "true"
        siblings = []
        for name, f in repo.files.items():
            item: dict = {"rfilename": name}
            if blobs:
                item["size"] = f.size
                item["blobId"] = hashlib.sha1(name.encode()).hexdigest()
                if f.lfs:
                    item["lfs"] = {"size": f.size, "sha256": f.sha256, "pointerSize": 134}
            siblings.append(item)
        self._json({**self._summary(repo), "sha": COMMIT, "siblings": siblings})

    # files ---------------------------------------------------------------
    def _serve(self, repo_id: str, name: str, head: bool, cdn: bool) -> None:
        hub = self.hub
        repo = hub.repos.get(repo_id)
        if repo is None:
            return self._error(401, "RepoNotFound", "Repository not found")
        f = repo.files.get(name)
        if f is None:
            return self._error(404, "EntryNotFound", "Entry not found")
        authorized = self.headers.get("Authorization") == f"Bearer {hub.switches.token}"
        if repo.gated and not cdn and not authorized:
            return self._error(401, "GatedRepo", "Access to this repo is restricted")
        if f.lfs and not cdn:  # the hub redirects LFS files to its CDN
            self.entry.status = 302
            self.send_response(302)
            self.send_header("Location", f"{hub.cdn_url}/_cdn/{repo_id}/{name}")
            self.send_header("X-Repo-Commit", COMMIT)
            self.send_header("X-Linked-Etag", f'"{f.sha256}"')
            self.send_header("X-Linked-Size", str(f.size))
            self.send_header("ETag", f'"{f.sha256}"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        self._send_body(f, head)

    def _send_body(self, f: HubFile, head: bool) -> None:
        size = f.size
        start, end = 0, size
        rng = self.headers.get("Range")
        status = 200
        if rng:
            m = re.match(r"bytes=(\d+)-(\d*)$", rng)
            if not m or int(m[1]) >= size:
                self.entry.status = 416
                self.send_response(416)
                self.send_header("Content-Range", f"bytes */{size}")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            start, end = int(m[1]), (int(m[2]) + 1 if m[2] else size)
            status = 206
        self.entry.status = status
        self.send_response(status)
        self.send_header("Content-Length", str(end - start + self.hub.switches.overflow))
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("ETag", f'"{f.sha256}"')
        self.send_header("X-Repo-Commit", COMMIT)
        if status == 206:
            self.send_header("Content-Range", f"bytes {start}-{end - 1}/{size}")
        self.end_headers()
        if not head:
            self._stream(f, start, end)

    def _stream(self, f: HubFile, start: int, end: int) -> None:
        sw = self.hub.switches
        pos, chunk = start, 64 * 1024
        t0 = time.monotonic()
        while pos < end:
            sent = self.entry.sent
            if sw.drop_after is not None and sw.drops > 0 and sent >= sw.drop_after:
                sw.drops -= 1
                self._close()
                return
            if sw.stall_after is not None and pos >= sw.stall_after:
                time.sleep(sw.stall_s)
                self._close()
                return
            n = min(chunk, end - pos)
            if sw.drop_after is not None and sw.drops > 0:
                n = min(n, max(1, sw.drop_after - sent))
            data = f.read(pos, pos + n)
            if sw.corrupt and pos <= size_mid(f) < pos + n:
                i = size_mid(f) - pos
                data = data[:i] + bytes([data[i] ^ 0xFF]) + data[i + 1:]
            self.wfile.write(data)
            pos += n
            self.entry.sent += n
            if sw.rate:
                ahead = self.entry.sent / sw.rate - (time.monotonic() - t0)
                if ahead > 0:
                    time.sleep(ahead)
        if sw.overflow:
            self.wfile.write(b"\xee" * sw.overflow)

    def _close(self) -> None:
        self.wfile.flush()
        self.close_connection = True
        import socket

        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def size_mid(f: HubFile) -> int:
    return f.size // 2
