"""The language server: `jargonlint lsp` speaks the Language Server Protocol over stdio.

Modules: `server.py` (the pygls server and its handlers), `session.py` (open documents,
debounced linting off the event loop), `workspace_config.py` (the configuration for each
document, reloaded when a config file changes), `convert.py` (findings to LSP diagnostics and
ranges), `hover.py`, `actions.py` (quick fixes, rewrites, suppressions).
"""
