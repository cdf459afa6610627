"""Server-time bench of the catalog pages on SQLite: ``.venv/bin/python bench/bench_web.py [N]``.

Uses a throwaway ``SANAT_HOME`` (fresh SQLite database, migrated, catalog loaded) and Django's test
client with ``DEBUG`` off, so the figures are view + template + ORM time without a network or server.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 200
os.environ["SANAT_HOME"] = tempfile.mkdtemp(prefix="sanat-bench-")
os.environ["SANAT_DATABASE_URL"] = f"sqlite:///{os.environ['SANAT_HOME']}/bench.sqlite3"
os.environ["SANAT_DEBUG"] = "0"
os.environ.setdefault("SANAT_IIN_KEY", "bench-only-iin-key")  # required when DEBUG is off
os.environ.setdefault("SANAT_SECRET_KEY", "bench-only-secret-key")  # likewise
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sanat.web.settings")

import django  # noqa: E402

django.setup()
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

from sanat.catalog.models import Position  # noqa: E402


def main() -> None:
    call_command("migrate", verbosity=0)
    t = time.perf_counter()
    call_command("load_regulations", stdout=open(os.devnull, "w"))  # noqa: SIM115
    print(f"load_regulations: {1000 * (time.perf_counter() - t):.0f} ms (build + import + index)")
    big = max(Position.objects.all(), key=lambda p: len(str(p.data)))
    item = big.data["duties"]["kk"][0]
    urls = {
        "home": "/",
        "chapter 10": "/chapters/10/",
        f"position {big.pid} (largest)": f"/positions/{big.pid}/",
        "position 338-03-07 (ru)": "/ru/positions/338-03-07/",
        "source viewer": f"/sources/{big.data['source']['kk']['file']}/?lines={item['lines'][0]}-{item['lines'][1]}",
        "search мұғалім": "/search/?q=мұғалім",
        "search 'педагог психолог'": "/search/?q=педагог+психолог",
        "api list": "/api/positions/",
        "api detail": f"/api/positions/{big.pid}/",
    }
    c = Client()
    print(f"{'page':36} {'median ms':>10} {'p95 ms':>8} {'max ms':>8}  (n={N}, SQLite, DEBUG off)")
    for name, url in urls.items():
        for _ in range(5):
            assert c.get(url).status_code == 200, url
        times = []
        for _ in range(N):
            t = time.perf_counter()
            c.get(url)
            times.append(1000 * (time.perf_counter() - t))
        times.sort()
        print(f"{name:36} {statistics.median(times):10.2f} {times[int(0.95 * len(times)) - 1]:8.2f} {times[-1]:8.2f}")


if __name__ == "__main__":
    main()
