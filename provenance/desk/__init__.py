"""The editor's desk: quote-first verification (`verify_quote`, `provenance quote`) and the
local web app (`provenance serve`).

- `sources`: one input (bytes + name) → text, the single door to the format readers;
- `speech`: the adaptor to the speech scanner (speaker, direct vs reported);
- `index`: a source document segmented and embedded once, cached by content hash;
- `quote`: find a quote's source passage(s) and run the project's checks on them;
- `app`, `jobs`, `marks`: the web app, its background work, the editor's marks.
"""
