"""Screen synthetic staff against Order 338 posts with the compiled formal rules and print throughput.

    .venv/bin/python bench/bench_screen.py [--people 20000] [--repeat 3]

Each person is normalised once (experience as of the date), each post compiled once; the timed loop is
``fast_highest`` (category tables) or ``fast_post_met`` (manager and fixed posts). Output: evaluations
per second of CPU time (``time.process_time``, so other load on the machine does not count) for 1, 10, 30
and all posts (one person × one post = one evaluation).
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date

from sanat.commands.catalog import load_catalog
from sanat.rules.compile import compiled
from sanat.rules.engine import fast_highest, fast_post_met
from sanat.rules.policy import DEFAULT, EXPERIENCE_KINDS
from sanat.rules.profile import load

AS_OF = date(2025, 9, 1)
LEVELS = ("higher", "higher", "higher", "postgraduate", "tvet", "tvet", "school_ped_class_pre1995", "secondary")
CATS = ("moderator", "expert", "researcher", "master", "deputy_2", "first", "highest")


def synthetic_profile(rng: random.Random) -> dict:
    years = round(rng.uniform(0, 25), 2)
    edu = {"level": rng.choice(LEVELS), "pedagogical": rng.random() < 0.8, "retraining": rng.random() < 0.1}
    if edu["level"] == "school_ped_class_pre1995":
        edu["graduated"] = f"{rng.randint(1975, 1994)}-06-20"
    exp = {k: round(years * rng.uniform(0.3, 1.0), 2) for k in EXPERIENCE_KINDS if rng.random() < 0.7}
    exp["pedagogical"] = years
    prof = {"education": [edu], "experience": exp, "location": rng.choice(("urban", "rural")),
            "organisation_level": rng.choice(("oblast", "district"))}
    if rng.random() < 0.4:
        prof["categories"] = [{"code": rng.choice(CATS), "since": "2020-01-01"}]
    return prof


def run(people: int, repeat: int) -> None:
    rng = random.Random(338)
    catalog = load_catalog()
    positions = catalog["positions"]
    persons = [load(synthetic_profile(rng), AS_OF) for _ in range(people)]
    compiled_posts = [compiled(p, "ru", AS_OF, DEFAULT) for p in positions]
    print(f"{len(persons)} synthetic people, {len(compiled_posts)} posts, as of {AS_OF}")
    for n_posts in (1, 10, 30, len(compiled_posts)):
        posts = compiled_posts[:n_posts]
        best = 0.0
        for _ in range(repeat):
            for person in persons:  # no result carried over between runs
                person.cache.clear()
            evals = 0
            t0 = time.process_time()
            for i, person in enumerate(persons):
                cp = posts[i % n_posts]
                if cp.archetype == "category_table":
                    fast_highest(cp, person)
                else:
                    fast_post_met(cp, person)
                evals += 1
            best = max(best, evals / (time.process_time() - t0))
        print(f"posts={n_posts:3d}  evaluations/s={best:,.0f}")
    for person in persons:
        person.cache.clear()
    t0 = time.process_time()
    n = 0
    for person in persons[: max(1, people // 20)]:
        for cp in compiled_posts:
            (fast_highest if cp.archetype == "category_table" else fast_post_met)(cp, person)
            n += 1
    print(f"every person × all {len(compiled_posts)} posts: evaluations/s={n / (time.process_time() - t0):,.0f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--people", type=int, default=20000)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    run(a.people, a.repeat)


if __name__ == "__main__":
    main()
