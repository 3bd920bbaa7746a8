"""One worker in a spawned child process, spoken to through a pipe.

The embedding model and the OCR engine both run this way: their imports and C
calls hold the GIL (the window would stall) and a request that takes too long
or too much memory can be ended by ending the child. This module keeps the
lifecycle they share: spawn, wait for the child to be ready (bounded), one
request at a time from any thread, a child that dies is reported and started
again on the next request, and stopping escalates from asking to SIGTERM to
SIGKILL.

The child runs `serve(conn, setup, *args)`: `setup(*args)` (a module-level
function, so that spawn can pickle it) loads what the worker needs and returns
`(handler, ready)`; each request's arguments go to `handler(*args)`, whose tuple
goes back. Errors come back as `ChildError` subclasses without wording: each
owner turns them into its own HearthError with a message for the user.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import Any


class ChildError(Exception):
    """Base of what `ChildProcess` raises (owners translate these for the user)."""


class ChildStartTimeout(ChildError):
    """The child did not become ready within `start_timeout_s` (it was ended)."""


class ChildStartFailed(ChildError):
    """The child's setup raised; `detail` is its 'Type: message'."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class ChildDied(ChildError):
    """The child ended while starting or answering; `exitcode` is its exit status
    (a negative number is the signal that ended it) or None when unknown."""

    def __init__(self, exitcode: int | None) -> None:
        super().__init__(f"exit code {exitcode if exitcode is not None else 'unknown'}")
        self.exitcode = exitcode


class ChildTimedOut(ChildError):
    """A request took over its time limit; the child was ended."""


class RequestFailed(ChildError):
    """The handler raised inside the child (the child keeps serving)."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


def serve(conn: Any, setup: Callable[..., tuple[Callable[..., tuple], tuple]],
          *args: Any, nice: int = 0) -> None:
    """The child's loop: `setup(*args)`, report ready, then answer requests until
    asked to stop or the parent is gone. `nice` lowers the child's CPU priority."""
    if nice and hasattr(os, "nice"):
        try:
            os.nice(nice)
        except OSError:  # not permitted here: run at the parent's priority
            pass
    try:
        handler, ready = setup(*args)
        conn.send(("ready", *ready))
    except Exception as exc:  # noqa: BLE001 - the parent turns it into a clear message
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
        return
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):  # the parent's process is gone
            return
        if request[0] != "call":
            return
        try:
            reply = ("ok", *handler(*request[1]))
        except Exception as exc:  # noqa: BLE001 - one bad request must not end the child
            reply = ("error", f"{type(exc).__name__}: {exc}")
        conn.send(reply)


class ChildProcess:
    """A spawned child running `serve(conn, setup, *args)`; thread-safe."""

    def __init__(self, setup: Callable[..., tuple[Callable[..., tuple], tuple]],
                 args: tuple = (), *, name: str, start_timeout_s: float,
                 stop_timeout_s: float = 5.0, nice: int = 0) -> None:
        """`nice`: how much lower the child's CPU priority is than this process's (a
        CPU-heavy child on a busy machine must not take the window's time slices)."""
        self.setup, self.args, self.name, self.nice = setup, args, name, nice
        self.start_timeout_s, self.stop_timeout_s = start_timeout_s, stop_timeout_s
        self.ready: tuple = ()  # what the last started child's setup reported
        self._proc: Any = None
        self._conn: Any = None
        self._lock = threading.Lock()

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.is_alive()

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    def start(self) -> tuple:
        """Start the child unless it runs and wait until it is ready; its `ready` tuple."""
        with self._lock:
            self._start()
            return self.ready

    def request(self, *args: Any, timeout_s: float | None = None) -> tuple:
        """`handler(*args)` in the child (started first when needed); its tuple.

        Raises ChildTimedOut (the child was ended; the next request starts a new
        one), ChildDied, RequestFailed, or the start errors."""
        with self._lock:
            self._start()
            try:
                self._conn.send(("call", args))
            except (OSError, ValueError):  # it died since the last request
                raise self._died() from None
            if timeout_s is not None and not self._conn.poll(timeout_s):
                self._stop(kill=True)
                raise ChildTimedOut(f"over {timeout_s:g} s")
            reply = self._receive()
        if reply[0] != "ok":
            raise RequestFailed(reply[1])
        return reply[1:]

    def stop(self, kill: bool = False) -> None:
        """End the child: ask it, then SIGTERM, then SIGKILL (each waits up to
        `stop_timeout_s`); `kill` skips the asking."""
        with self._lock:
            self._stop(kill)

    # under the lock -----------------------------------------------------------
    def _start(self) -> None:
        if self.running:
            return
        if self._proc is not None:  # it died between requests: reap it
            self._stop(kill=True)
        import multiprocessing

        ctx = multiprocessing.get_context("spawn")  # no fork of a threaded Qt process
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=serve, name=self.name, daemon=True,
                           args=(child, self.setup, *self.args), kwargs={"nice": self.nice})
        proc.start()
        child.close()
        self._proc, self._conn = proc, parent
        if not parent.poll(self.start_timeout_s):
            self._stop(kill=True)
            raise ChildStartTimeout(f"not ready after {self.start_timeout_s:g} s")
        reply = self._receive()
        if reply[0] != "ready":
            self._stop()  # it returns after reporting the error
            raise ChildStartFailed(reply[1])
        self.ready = tuple(reply[1:])

    def _receive(self) -> tuple:
        try:
            return self._conn.recv()
        except (EOFError, OSError):
            raise self._died() from None

    def _died(self) -> ChildDied:
        proc = self._proc
        if proc is not None:
            proc.join(1.0)  # the pipe closes a moment before the process is gone
        self._stop(kill=True)  # reaps it, so its exit code is known
        return ChildDied(proc.exitcode if proc is not None else None)

    def _stop(self, kill: bool = False) -> None:
        proc, conn = self._proc, self._conn
        self._proc = self._conn = None
        if proc is None:
            return
        if not kill and proc.is_alive():
            try:
                conn.send(("stop",))
            except (OSError, ValueError):
                pass
            proc.join(self.stop_timeout_s)
        for end in (proc.terminate, proc.kill):
            if not proc.is_alive():
                break
            end()
            proc.join(self.stop_timeout_s)
        conn.close()
