"""Acta's knowledge base: read transcripts, store them in SQLite, search and summarise them.

Nothing in this package knows about Telegram: the chat layer (``bot/``) calls it.
"""
