"""The professional standard «Педагог» (Order 500 of 15.12.2022) as structured data.

Stages, each a pure function over the source lines: ``table`` (rows, headers,
anomaly record) → ``front`` (order, clauses 1–11) → ``framework`` (Appendix 1)
→ ``categories`` (Appendix 2) → ``cards`` (Appendices 3–10, with ``items`` and
``education``) → ``build`` (linking by code) → ``case`` (1EdTech CASE export).
"""

from sanat.regulation.standard.build import FORMAT, build_standard

__all__ = ["FORMAT", "build_standard"]
