"""Training-centre rules as pure functions (no Django): final-project rubric scoring and the
certificate rule of the attestation course, both fed by ``sanat.regulation.course`` data."""
