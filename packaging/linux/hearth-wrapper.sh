#!/bin/sh
# /usr/bin/hearth: the app lives in /opt/hearth (one PyInstaller folder).
exec /opt/hearth/hearth "$@"
