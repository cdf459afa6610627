"""Source texts with provenance, cleaning passes and parsers. Imports no Django."""
