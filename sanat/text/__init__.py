"""Text analysis (plain Python, no Django): tokenising, normalising, the Kazakh stemmer, Russian Snowball
stemming and keyboard folding — used by the catalog search and by the parsers (e.g. the crosswalk)."""
