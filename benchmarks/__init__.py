"""Speed and size measurements of tuiarchive, beside recoll (see README.md here)."""
