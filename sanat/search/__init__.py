"""Search analyzers (plain Python, no Django): Kazakh stemmer, Russian stemming, folding, query terms."""
