"""Scheduled work (reminders, surveys, post-call summaries); nothing in it imports telegram."""
