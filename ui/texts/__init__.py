"""Filer → Klinikkens tekster: the clinic edits, adds and reviews its own texts."""
