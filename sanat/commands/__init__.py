"""Sub-commands of the ``sanat`` command, one module each."""
