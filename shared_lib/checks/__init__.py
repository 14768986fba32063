"""Self-checks, one module per course module. Each file registers cases with ``check.register``."""
