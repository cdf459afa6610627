"""Server-time bench of the catalog pages on SQLite: ``.venv/bin/python bench/bench_web.py [N]``.

Uses a throwaway ``SANAT_HOME`` (fresh SQLite database, migrated, catalog loaded) and Django's test
client with ``DEBUG`` off, so the figures are view + template + ORM time without a network or server.
The floor, measured in the same run and interleaved with every page: ``/bench-floor/``, a view returning
one JSON body built at start-up, through the same middleware (this script adds the URL). Pages are shown
cached (the per-edition page cache warm, ``docs/performance.md``) and uncached (cache emptied before each
request), each as a multiple of the floor.
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
from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import path  # noqa: E402

from sanat.catalog.models import Position  # noqa: E402
from sanat.web import urls as web_urls  # noqa: E402
from sanat.web.kit import pagecache  # noqa: E402

_FLOOR_BODY = b'{"floor": true, "what": "one JSON body built once, through the same middleware"}'


def floor(request):
    return HttpResponse(_FLOOR_BODY, content_type="application/json")


urlpatterns = [path("bench-floor/", floor), *web_urls.urlpatterns]
settings.ROOT_URLCONF = __name__


def timed(c: Client, url: str, n: int, fresh: bool = False) -> list[float]:
    out = []
    for _ in range(n):
        if fresh:
            pagecache.clear()
        t = time.perf_counter()
        c.get(url)
        out.append(1000 * (time.perf_counter() - t))
    return sorted(out)


def main() -> None:
    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)  # DEBUG off: hashed static names
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
    assert c.get("/bench-floor/").status_code == 200
    print(f"{'page':36} {'median ms':>10} {'p95 ms':>8} {'floor ms':>9} {'× floor':>8} {'uncached ms':>12} "
          f"{'× floor':>8}  (n={N}, SQLite, DEBUG off)")
    for name, url in urls.items():
        for _ in range(5):
            assert c.get(url).status_code == 200, url
        cached, floors, uncached = [], [], []
        for _ in range(10):  # interleaved rounds: the floor sees the same machine load as the page
            floors += timed(c, "/bench-floor/", N // 10)
            cached += timed(c, url, N // 10)
            uncached += timed(c, url, max(1, N // 50), fresh=True)
        cached.sort()
        med, fl, un = statistics.median(cached), statistics.median(floors), statistics.median(uncached)
        print(f"{name:36} {med:10.2f} {cached[int(0.95 * len(cached)) - 1]:8.2f} {fl:9.2f} {med / fl:8.1f} "
              f"{un:12.2f} {un / fl:8.1f}")

if __name__ == "__main__":
    main()
