"""Text input: bytes to text (load), language (langid), sentences (segment), and the
Document each input becomes (documents)."""
