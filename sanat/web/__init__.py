"""Django project: settings, root URLs, base templates."""
