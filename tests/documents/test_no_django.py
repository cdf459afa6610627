"""sanat.documents and sanat.regulation.notice stay free of Django (the CLI and other tools use them)."""

import subprocess
import sys


def test_no_django_import():
    code = ("import sys, sanat.documents, sanat.documents.announcement, sanat.documents.render, "
            "sanat.regulation.notice, sanat.regulation.notice.match, sanat.commands.hiring; "
            "sys.exit(1 if any(m == 'django' or m.startswith('django.') for m in sys.modules) else 0)")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
