"""Development and test settings: the production settings with ``SANAT_DEBUG=1`` unless set otherwise.

pytest uses this module (``pyproject.toml``); ``sanat serve`` sets ``SANAT_DEBUG=1`` itself.
"""

import os

os.environ.setdefault("SANAT_DEBUG", "1")

from sanat.web.settings import *  # noqa: F403
