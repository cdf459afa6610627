"""The 80-hour course's rules as pure functions (no Django): final-project rubric scoring (``rubric``) and
the certificate rule (``certificate``), both fed by ``sanat.regulation.course`` data. The Django app that
runs cohorts with them is ``sanat.training_centre``."""
