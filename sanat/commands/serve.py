"""``sanat serve`` (development server, DEBUG on), ``sanat serve-prod`` (gunicorn) and ``sanat worker`` (Huey).

``serve`` is the zero-set-up development command: it turns DEBUG on explicitly, migrates, loads the catalog
and runs Django's development server. ``serve-prod`` is the production path: DEBUG off, collectstatic
(hashed, compressed names; unless ``--no-collectstatic``), migrate (unless ``--no-migrate``: on N app nodes one node or a release step
migrates), load the catalog, clean partial uploads, then replace itself with gunicorn
(``sanat/web/gunicorn_conf.py``). ``worker`` runs the Huey consumer as its own process.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="start the development web app (DEBUG on; creates the database, loads the catalog)")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--sources", help="folder with newer editions of the source texts")
    p.add_argument("--demo", action="store_true",
                   help="also create the demo users and data (the `demo` management command) and list the log-ins")
    p.set_defaults(func=run)

    p = sub.add_parser("serve-prod", help="start the production web app (gunicorn, DEBUG off)")
    p.add_argument("--port", type=int, default=int(os.environ.get("SANAT_PORT", "8000")))
    p.add_argument("--host", default=os.environ.get("SANAT_BIND_HOST", "127.0.0.1"))
    p.add_argument("--workers", type=int, default=None, help="gunicorn workers (default SANAT_WEB_WORKERS or 2×CPU+1)")
    p.add_argument("--no-migrate", action="store_true", help="skip migrate (another node or a release step runs it)")
    p.add_argument("--no-collectstatic", action="store_true",
                   help="skip collectstatic (the release step collected SANAT_STATIC_ROOT already)")
    p.add_argument("--sources", help="folder with newer editions of the source texts")
    p.set_defaults(func=run_prod)

    p = sub.add_parser("worker", help="run the Huey consumer (e-mail, the retention purge, clean-ups)")
    p.add_argument("--workers", type=int, default=int(os.environ.get("SANAT_WORKER_THREADS", "2")))
    p.set_defaults(func=run_worker)


def django_setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sanat.web.settings")
    import django

    django.setup()


def run(args: argparse.Namespace) -> int:
    if os.environ.get("SANAT_DEBUG") == "0":
        print("sanat serve is the development server and runs with DEBUG on; "
              "use `sanat serve-prod` for production", file=sys.stderr)
    os.environ["SANAT_DEBUG"] = "1"
    django_setup()
    from django.core.management import call_command

    say = functools.partial(print, file=sys.stderr, flush=True)
    say("sanat: creating or updating the database (migrate) …")
    call_command("migrate", interactive=False, verbosity=0)
    say("sanat: loading the catalog from the source texts (the first time takes about a minute) …")
    call_command("load_regulations", *(["--sources", args.sources] if args.sources else []))
    if getattr(args, "demo", False):
        say("sanat: demo users and data …")
        call_command("demo")
    url = f"http://{args.host}:{args.port}/"
    say(f"\nsanat is ready: {url}  (Russian interface: {url}ru/)")
    if getattr(args, "demo", False):
        say(DEMO_LOGINS)
    call_command("runserver", f"{args.host}:{args.port}", use_reloader=False)
    return 0


DEMO_LOGINS = """Demo log-ins (password = user name):
  demo-teacher     a teacher: profile, decision, self-assessment, evidence, plan, training certificate
  demo-candidate   a candidate: apply to the open competition (the form is pre-filled from the profile)
  demo-secretary   the commission secretary: completeness checks, scoring, protocol
  demo-member1/2   voting commission members: assessment sheets
  demo-admin       the school's administrator: competitions, posts, commission
  demo-viewer      an education-department viewer (read only)
  demo-trainer     training-centre staff: cohorts, attendance, scores, certificates
  demo-superuser   the site administrator (/admin/)"""


def _production_setup() -> int:
    os.environ.setdefault("SANAT_DEBUG", "0")
    if os.environ["SANAT_DEBUG"] != "0":
        print("serve-prod/worker refuse SANAT_DEBUG=1 (use `sanat serve` for development)", file=sys.stderr)
        return 2
    django_setup()
    return 0


def run_prod(args: argparse.Namespace) -> int:
    if code := _production_setup():
        return code
    from django.core.management import call_command

    from sanat.ops.partials import clean_partial_uploads

    if not args.no_collectstatic:
        call_command("collectstatic", interactive=False, verbosity=0)
    if not args.no_migrate:
        call_command("migrate", interactive=False, verbosity=0)
        call_command("load_regulations", *(["--sources", args.sources] if args.sources else []))
    clean_partial_uploads()
    os.environ["SANAT_BIND"] = f"{args.host}:{args.port}"
    if args.workers:
        os.environ["SANAT_WEB_WORKERS"] = str(args.workers)
    argv = [sys.executable, "-m", "gunicorn", "--config", "python:sanat.web.gunicorn_conf", "sanat.web.wsgi"]
    sys.stdout.flush()
    os.execv(sys.executable, argv)
    return 0  # not reached


def run_worker(args: argparse.Namespace) -> int:
    if code := _production_setup():
        return code
    from django.core.management import call_command

    from sanat.ops.partials import clean_partial_uploads

    clean_partial_uploads()
    call_command("run_huey", workers=args.workers, worker_type="thread")
    return 0
