"""Small utilities the stages share: the on-disk cache, bounded memos, word lexicons."""
