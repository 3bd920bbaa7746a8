"""Can a window be opened here? Checked before Qt starts, because Qt aborts the
whole process (no exception to catch) when its platform plugin cannot load."""

from __future__ import annotations

import ctypes
import os
import re
import sys

XCB_LIBS = (  # what Qt 6's xcb plugin needs beyond libxcb itself (Debian package names)
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
)
HOW_ELSE = "Or use Hearth from the terminal: `hearth chat`."
# Libraries PySide6's QtGui/QtWidgets link against that a minimal Linux may lack, by the
# Debian/Ubuntu package that has them (the .deb's Depends: names the same packages).
SYSTEM_LIB_PACKAGES = {
    "libGL.so.1": "libgl1", "libEGL.so.1": "libegl1", "libOpenGL.so.0": "libopengl0",
    "libxkbcommon.so.0": "libxkbcommon0", "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6", "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0", "libdbus-1.so.3": "libdbus-1-3",
    "libX11.so.6": "libx11-6", "libX11-xcb.so.1": "libx11-xcb1", "libxcb.so.1": "libxcb1",
}


def _missing_xcb_libs() -> list[str]:
    missing = []
    for lib, package in XCB_LIBS:
        try:
            ctypes.CDLL(lib)
        except OSError:
            missing.append(package)
    return missing


def missing_library_message(exc: ImportError) -> str:
    """One line for an ImportError raised because a shared library is not installed."""
    text = str(exc)
    found = re.search(r"(lib[\w.+-]+\.so(?:\.\d+)*)", text)
    lib = found.group(1) if found else ""
    package = SYSTEM_LIB_PACKAGES.get(lib)
    if package:
        how = f"`sudo apt-get install {package}` (Debian/Ubuntu)"
    elif lib:
        how = f"install the package that provides {lib} with your system's package manager"
    else:
        how = "reinstall Hearth"
    what = f"the system library {lib}" if lib else f"a part of Qt ({text})"
    return f"the window cannot start: {what} is missing. Fix: {how}. {HOW_ELSE}"


def _x_server_answers(display: str) -> bool:
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return True  # let Qt report it
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    conn = xcb.xcb_connect(display.encode(), None)
    ok = bool(conn) and xcb.xcb_connection_has_error(conn) == 0
    if conn:
        xcb.xcb_disconnect(conn)
    return ok


def display_problem() -> str:
    """Why no window can open here (with what to do), or "" when it can."""
    if not sys.platform.startswith("linux"):
        return ""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    display = os.environ.get("DISPLAY", "")
    if platform and platform != "xcb":
        return ""  # offscreen, wayland, vnc...: Qt reports its own problems
    if not platform and os.environ.get("WAYLAND_DISPLAY"):
        return ""
    if not display:
        return ("no display to open the window on (DISPLAY is not set). Run Hearth in a "
                "desktop session, or under a virtual display: `xvfb-run hearth`. " + HOW_ELSE)
    missing = _missing_xcb_libs()
    if missing:
        return ("the window needs X11 libraries that are not installed: "
                f"`sudo apt-get install {' '.join(missing)}` (Debian/Ubuntu). " + HOW_ELSE)
    if not _x_server_answers(display):
        return f"cannot connect to the X display {display!r}: is it running? " + HOW_ELSE
    return ""
