"""jargonlint's shipped rule packs (YAML data; this file only makes the folder a package)."""
