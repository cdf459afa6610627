"""Structured qualification requirements of one position (docs/requirements-contract.md).

``structure(kk, ru)`` reads the items of a position's «Біліктілікке қойылатын талаптар» /
«Требования к квалификации» clause; ``compare(kk_struct, ru_struct)`` lists where the two
languages state different facts. Pure Python, no Django.
"""

from .compare import compare
from .structure import signature, structure

__all__ = ["compare", "signature", "structure"]
