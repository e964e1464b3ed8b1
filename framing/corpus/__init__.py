"""Corpus mode: many articles read, attributed and counted on any engine, summed, then the same statistics."""
