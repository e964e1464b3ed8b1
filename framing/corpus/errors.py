"""Errors of a corpus run the user can act on (kept apart so the CLI imports them cheaply)."""


class CorpusError(ValueError):
    """The corpus gave no article to analyze; the message is one line."""


class EngineError(RuntimeError):
    """The engine could not start (a scheduler that cannot be reached, say); the message is one line."""
