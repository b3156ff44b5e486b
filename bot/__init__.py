"""Acta's edges: the command line, and (later) the chat bot and local console."""
