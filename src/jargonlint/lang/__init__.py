"""Shared English helpers for the checks: inflection and its form cache, frequency, phrases."""
