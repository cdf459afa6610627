"""Exit 0 when the PostgreSQL server of a postgres:// URL accepts connections (used by dev/test)."""

import sys
from urllib.parse import urlparse

import psycopg

u = urlparse(sys.argv[1])
try:
    psycopg.connect(host=u.hostname or "127.0.0.1", port=u.port or 5432, user=u.username or "postgres",
                    password=u.password or None, dbname="postgres", connect_timeout=5).close()
except psycopg.Error as exc:
    print(f"PostgreSQL unreachable: {exc}", file=sys.stderr)
    sys.exit(1)
