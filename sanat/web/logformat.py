"""Structured log lines: one JSON object per line (time, level, logger, message, request data, traceback)."""

from __future__ import annotations

import datetime as dt
import json
import logging

_SKIP = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime", "request"}


class JsonFormatter(logging.Formatter):
    """``{"at": ..., "level": ..., "logger": ..., "msg": ..., "exc": "Traceback ..."}`` on one line."""

    def format(self, record: logging.LogRecord) -> str:
        line = {
            "at": dt.datetime.fromtimestamp(record.created, tz=dt.UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
            "pid": record.process,
        }
        request = getattr(record, "request", None)
        if request is not None and hasattr(request, "method"):
            line["method"] = request.method
            line["path"] = request.path
        status = getattr(record, "status_code", None)
        if status is not None:
            line["status"] = status
        for key, value in vars(record).items():
            if key not in _SKIP and key not in line and isinstance(value, str | int | float | bool):
                line[key] = value
        if record.exc_info:
            line["exc"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)
