"""Merging the panel's scoring files into one panel result (Qt-free)."""
