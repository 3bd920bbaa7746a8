"""Runs the API with uvicorn: in the foreground for `hearth serve`, or in a background
thread for the window (Settings > Server) and the tests."""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from dataclasses import dataclass

from app.core.errors import HearthError
from app.core.messages import Msg
from app.core.session import Core

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8080


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass
class ServeOptions:
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    api_key: str | None = None
    queue_size: int = 8

    def check(self) -> None:
        """Refuse what would expose the models to the network without a key."""
        if not is_loopback(self.host) and not self.api_key:
            raise HearthError(Msg("Serving on {host} would let anyone who can reach this machine "
                                  "use it.", host=self.host),
                              Msg("Give an API key (--api-key KEY), or keep "
                                  "the default host 127.0.0.1."))
        if not 0 <= self.port <= 65535:
            raise HearthError(Msg("{port} is not a port number.", port=self.port),
                              Msg("Use 1024-65535, e.g. "
                                  "8080."))
        if self.api_key is not None and not self.api_key.strip():
            raise HearthError(Msg("The API key is empty."),
                              Msg("Give a key, or leave --api-key out."))


def bind(host: str, port: int) -> socket.socket:
    """The listening socket (bound here so a port in use is a clear error at once)."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0]
        sock = socket.socket(family, kind, proto)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError as exc:
        raise HearthError(Msg("Cannot listen on {host}:{port}: {reason}.", host=host, port=port,
                              reason=exc.strerror or str(exc)),
                          Msg("Choose another port (--port N), or stop what uses this one.")
                          ) from exc
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def _uvicorn_server(config, stopping: threading.Event):
    """uvicorn's server, telling the running requests (through `stopping`) when Ctrl+C or
    SIGTERM stops it, so that a reply being streamed ends with an error rather than just
    stopping as if it were complete. (uvicorn is imported only when serving.)"""
    import uvicorn

    class Server(uvicorn.Server):
        def handle_exit(self, sig, frame) -> None:
            stopping.set()
            super().handle_exit(sig, frame)

    return Server(config)


class ApiServer:
    """The API for one Core on one socket."""

    def __init__(self, core: Core, options: ServeOptions | None = None) -> None:
        import uvicorn

        from app.server.api import create_app

        self.options = options or ServeOptions()
        self.options.check()
        self.core = core
        self.app = create_app(core, self.options.api_key, self.options.queue_size)
        self._socket = bind(self.options.host, self.options.port)
        self.port = self._socket.getsockname()[1]
        config = uvicorn.Config(self.app, log_level="warning", access_log=False,
                                lifespan="off", timeout_graceful_shutdown=3)
        self._server = _uvicorn_server(config, self.app.state.stopping)
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The base URL an OpenAI client takes."""
        host = self.options.host
        if host in ("0.0.0.0", "::"):  # every address: name this machine
            host = socket.gethostname()
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{self.port}/v1"

    def serve_forever(self) -> None:
        """Run until Ctrl+C (uvicorn stops gracefully on SIGINT/SIGTERM)."""
        try:
            self._server.run(sockets=[self._socket])
        finally:
            self._close()

    def start(self, timeout_s: float = 30.0) -> ApiServer:
        """Serve from a background thread; returns once requests are accepted."""
        self._thread = threading.Thread(target=self.serve_forever, name="hearth-serve",
                                        daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout_s
        while not self._server.started and self._thread.is_alive() \
                and time.monotonic() < deadline:
            time.sleep(0.02)
        if not self._server.started:
            raise HearthError(Msg("The server did not start."), Msg("See `hearth --debug serve`."))
        return self

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def stop(self, timeout_s: float = 10.0) -> None:
        """Stop accepting requests, end those running, and wait for the thread."""
        self.app.state.stopping.set()
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout_s)

    def _close(self) -> None:
        self.app.state.requests.close()
        try:
            self._socket.close()
        except OSError:
            pass
