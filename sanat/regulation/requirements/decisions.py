"""Choices the text leaves open, named in one place (see docs/requirements-contract.md, «Decisions»).

Each constant is what the parser does; none of them hides a fact: the text as printed is kept
next to every reading (``printed``, ``quote``, connector ``printed``), and the engine's policy
may decide differently.
"""

from __future__ import annotations

BARE_NUMBER_STRICT = False
"""A bare «– 5 жыл» / «– 5 лет» is stored ``strict=False, bare=True``: read as a floor, flagged so the
engine's policy can decide (notes §7.2.4)."""

CONNECTORLESS_NORMALISED = None
"""A line printed with no connector (Ch. 8 category lines, 5.5, 10.16, Ch. 9) keeps ``normalised=None``
and raises ``connector_missing``; the parser assumes neither AND nor OR."""

UNRESTRICTED_LEVELS: list[str] = []
"""A threshold row that names no level of qualification (5.5, kk 10.16 L8267) gets ``[]``: unrestricted."""

LEVEL_FROM_EDUCATION_CONDITION = True
"""A row conditioned on the education held instead of a level (2.2: «... техникалық және кәсіптік білімі
болған жағдайда») gets the level that education implies (TVET → middle, higher → high)."""

ELLIPSIS = True
"""«жоғары ... педагогикалық немесе өзге де кәсіптік білім»: a piece with no level after a noun-less
piece shares its level (higher other-professional education). Marked ``level_inherited``. After a run of
noun-less pieces of different levels («жоғары және (немесе) жоғары оқу орнынан кейінгі немесе техникалық және
кәсіптік педагогикалық немесе музыкалық білімі», 2.3) the piece shares every level of the run: one alternative
per level, in the order printed (higher music, TVET music)."""

RETRAINING_LEVEL = None
"""A retraining document implies no level by itself (``qualification_level=None``): it inherits the
level of the diploma it builds on, which only the applicant's documents tell."""

UNSTATED_LEVEL = None
"""«тиісті бейін бойынша өзге де кәсіптік білім» with no level word: ``qualification_level=None``
(the level of the diploma held)."""

DECLARED_LEVEL_WINS = True
"""The XI pedagogical class certificate gets the level the text declares for it («орташа деңгейіне
жататын» / «относящиеся к среднему уровню»); without such words it gets ``None``, never a guess."""

PRIMARY_LANG = "kk"
"""The archetype and ``no_experience_required`` come from kk when both languages exist (kk is the only
complete text); ``archetype_by_lang`` / ``no_experience_required_by_lang`` keep both, ``compare`` reports
disagreements."""

UNMARKED_LOCALITY = None
"""«5 жыл, ..., ауылдық жерде - үш жыл»: the unmarked floor keeps ``locality=None`` (it applies wherever
no variant is printed); only the printed variant is ``rural``/``urban``."""

LOCALITY_VARIANT_IS_ALTERNATIVE = True
"""A floor printed for a locality right after a floor for another (or no) locality in the same row is that
floor's variant: an ``alternative_to`` it, with its own parts («педагогикалық жұмыс өтілі бес жыл, оның ішінде
мектепке дейінгі ұйымда соңғы екі жыл, ауылдық жерде - үш жыл, оның ішінде мектепке дейінгі ұйымда соңғы бір
жыл», clause 9, 001:L199-203: a rural candidate needs 3 years of which the last one in a preschool
organisation, not 5; «қалалық жерде - кемінде 3 жыл, ауылдық жерде - кемінде 1 жыл», clause 12, 001:L279).
Every «ауылдық жерде / қалалық жерде» of both texts is read this way (the Russian text prints none:
``docs/requirements-scans.md``)."""

ALTERNATIVE_ONLY_RIGHT_AFTER_NUMBER = True
"""A base floor is an ``alternative_to`` the previous one only when «немесе»/«или» follows that number
directly («кемінде 5 жыл немесе ... кемінде 3 жыл»); an «or» inside a later description («басшының
орынбасары немесе басшысы лауазымында») is kept as ``joined_by`` only. A waiver of experience printed
between the two numbers («… не менее одного года или E2 без предъявления требований к стажу работы или … не
менее 3 лет», ru 10.16) closes the first statement: the second number is no alternative of the first."""

STANDALONE_AFTER_BARE_EDUCATION = True
"""«E1 немесе E2 немесе ... ұйымдарда ... жұмыс өтілі кемінде 3 жыл» (10.15): a floor whose own
alternative names no education and follows an education with no experience clause is a path by
experience alone: an ``experience_path`` alternative, not a floor in ``base_experience``. An education whose
experience is waived («E2 без предъявления требований к стажу работы или стаж работы … не менее 3 лет», ru
10.16 002:L771) counts as one with no experience clause."""

MIDDLE_ONLY_IS_ANOMALY = True
"""A category whose every threshold is for the middle level (2.2, 2.6) raises ``threshold_middle_only``:
the text gives holders of the high level no floor for it."""

COMPARE_PAIRING = "category, sorted by years"
"""``compare`` pairs kk and ru threshold rows per category in ascending order of years."""

ACADEMIC_DEGREE_CODES = ("candidate", "doctor", "phd")
"""«ғылыми дәрежесі болған жағдайда» / «при наличии ученой степени» (7.1, 7.2) is coded ``degree`` = candidate
of sciences, doctor of sciences or PhD (Kazakhstan awards the PhD as a ғылыми дәреже since 2011). A master's
degree is an academic degree («академиялық дәрежесі», 6.x) and does not count. The condition's wording stays
in ``quote``."""
