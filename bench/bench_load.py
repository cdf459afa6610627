"""Load benchmark against the production stack on loopback: ``sanat serve-prod`` (gunicorn) on PostgreSQL.

    .venv/bin/python bench/bench_load.py [--workers 3] [--duration 10] [--clients 50,200] [--db URL]

Creates its own database (``sanat_perf_load`` on 127.0.0.1:5432 unless ``--db``), lets ``serve-prod``
migrate and load the catalog, waits for ``/readyz``, then for each client count runs a bounded load
(``--duration`` seconds) with ``wrk`` (Debian's package; C, two threads: the client costs the server
little CPU) or, with ``--client httpx`` or without wrk, a small asyncio client (httpx, one keep-alive
connection per client, at most ``--max-requests`` requests): first the floor, ``/healthz`` (a tiny view through the same middleware
and server), then catalog reads (position pages in kk and ru, chapters, the home page, API bodies).
Prints requests/s, p50/p95/p99 latency and errors per run; stops the server it started when done.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
READS = ["/positions/338-03-07/", "/ru/positions/338-03-07/", "/positions/338-10-12/", "/ru/positions/338-02-01/",
         "/chapters/3/", "/ru/chapters/10/", "/", "/ru/", "/api/positions/338-03-07/", "/api/positions/"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


WRK_SCRIPT = """
local paths = {%s}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i %% #paths) + 1], {["Accept-Encoding"] = "gzip"})
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("WRK %%d %%d %%.3f %%.3f %%.3f %%d %%d %%d %%d %%d\\n", summary.requests, summary.duration,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.connect, e.read, e.write, e.status, e.timeout))
end
"""


def run_wrk(base: str, paths: list[str], clients: int, duration: float) -> dict:
    """One bounded wrk run over ``paths`` in turn: requests/s, p50/p95/p99 (ms) and errors by kind."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(WRK_SCRIPT % ", ".join(f'"{p}"' for p in paths))
    out = subprocess.run(["wrk", "-t", "2", "-c", str(clients), "-d", f"{duration:.0f}s", "--timeout", "30s",
                          "-s", f.name, base], capture_output=True, text=True, check=True).stdout
    os.unlink(f.name)
    line = next(x for x in out.splitlines() if x.startswith("WRK "))
    n, micros, p50, p95, p99, *errs = line.split()[1:]
    kinds = dict(zip(("connect", "read", "write", "status", "timeout"), (int(x) for x in errs), strict=True))
    errors = {k: v for k, v in kinds.items() if v}
    ok = int(n) - kinds["status"]
    return {"requests": int(n), "ok": ok, "rps": ok / (int(micros) / 1e6), "p50": float(p50), "p95": float(p95),
            "p99": float(p99), "errors": errors}


def ensure_database(url: str) -> None:
    import psycopg

    base, name = url.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


async def run_load(base: str, paths: list[str], clients: int, duration: float, max_requests: int) -> dict:
    latencies: list[float] = []
    errors: dict[str, int] = {}
    done = 0
    deadline = time.perf_counter() + duration
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def one(i: int, client: httpx.AsyncClient) -> None:
        nonlocal done
        k = i
        while time.perf_counter() < deadline and done < max_requests:
            path = paths[k % len(paths)]
            k += clients
            t = time.perf_counter()
            try:
                r = await client.get(path, headers={"Accept-Encoding": "gzip"})
                ok = r.status_code == 200
                if not ok:
                    errors[str(r.status_code)] = errors.get(str(r.status_code), 0) + 1
            except httpx.HTTPError as exc:
                errors[type(exc).__name__] = errors.get(type(exc).__name__, 0) + 1
                ok = False
            done += 1
            if ok:
                latencies.append(1000 * (time.perf_counter() - t))

    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        t0 = time.perf_counter()
        await asyncio.gather(*(one(i, client) for i in range(clients)))
        wall = time.perf_counter() - t0
    latencies.sort()

    def pct(q: float) -> float:
        return latencies[min(len(latencies) - 1, int(q * len(latencies)))] if latencies else float("nan")

    return {"requests": done, "ok": len(latencies), "rps": len(latencies) / wall, "p50": pct(0.5),
            "p95": pct(0.95), "p99": pct(0.99), "mean": statistics.mean(latencies) if latencies else float("nan"),
            "errors": errors}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", type=int, default=3)
    ap.add_argument("--duration", type=float, default=10.0, help="seconds per run (bounded)")
    ap.add_argument("--max-requests", type=int, default=20000, help="requests per run at most")
    ap.add_argument("--clients", default="50,200")
    ap.add_argument("--db", default="postgres://postgres@127.0.0.1:5432/sanat_perf_load")
    ap.add_argument("--client", choices=("wrk", "httpx"), default="wrk" if shutil.which("wrk") else "httpx")
    a = ap.parse_args()
    ensure_database(a.db)
    port = free_port()
    home = tempfile.mkdtemp(prefix="sanat-load-")
    env = {**os.environ, "SANAT_HOME": home, "SANAT_DATABASE_URL": a.db, "SANAT_DEBUG": "0",
           "SANAT_SECRET_KEY": secrets.token_urlsafe(50), "SANAT_IIN_KEY": secrets.token_urlsafe(32),
           "SANAT_STATIC_ROOT": str(Path(home) / "static")}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    log = open(Path(home) / "server.log", "w")  # noqa: SIM115 - closed below
    server = subprocess.Popen([str(ROOT / ".venv/bin/sanat"), "serve-prod", "--port", str(port),
                               "--workers", str(a.workers)], env=env, stdout=log, stderr=subprocess.STDOUT,
                              cwd=ROOT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        t0 = time.perf_counter()
        while True:
            if server.poll() is not None:
                raise SystemExit(f"serve-prod exited ({server.returncode}); log: {Path(home) / 'server.log'}")
            try:
                if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.perf_counter() - t0 > 300:
                raise SystemExit("serve-prod not ready after 300 s")
            time.sleep(0.5)
        print(f"serve-prod ready in {time.perf_counter() - t0:.1f} s: gunicorn, {a.workers} sync workers, "
              f"PostgreSQL, loopback; {a.duration:.0f} s per run, client {a.client}")
        asyncio.run(run_load(base, READS, 10, 2, 500))  # warm every worker's page cache
        print(f"{'clients':>7} {'what':>6} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'ok':>7}  errors")
        for n in (int(x) for x in a.clients.split(",")):
            for what, paths in (("floor", ["/healthz"]), ("reads", READS)):
                r = (run_wrk(base, paths, n, a.duration) if a.client == "wrk"
                     else asyncio.run(run_load(base, paths, n, a.duration, a.max_requests)))
                print(f"{n:>7} {what:>6} {r['rps']:8.0f} {r['p50']:8.1f} {r['p95']:8.1f} {r['p99']:8.1f} "
                      f"{r['ok']:>7}  {r['errors'] or 'none'}")
                sys.stdout.flush()
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
        log.close()


if __name__ == "__main__":
    main()
