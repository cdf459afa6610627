"""sanat: Kazakhstan's teacher-qualification regulations as working software."""

__version__ = "0.1.0"
