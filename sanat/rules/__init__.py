"""Qualification rules engine. Imports no Django."""
