"""The 80-hour attestation-preparation course programme (source 003) as cited, checked data."""

from .build import SCHEMA_VERSION, build_course

__all__ = ["SCHEMA_VERSION", "build_course"]
