"""shared_lib: the course's library. Each technique from scratch, short and readable.

Importing this package is cheap (no torch): heavy modules load when first used.
"""

__version__ = "0.1.0"

from .settings import fast_mode, sizes  # noqa: E402  (stdlib only)


def setup(*args, **kwargs):
    """See :func:`shared_lib.runtime.setup`."""
    from .runtime import setup as _setup

    return _setup(*args, **kwargs)


def check(*args, **kwargs):
    """Run an exercise's self-checks: see :func:`shared_lib.selfcheck.check`."""
    from .selfcheck import check as _check

    return _check(*args, **kwargs)


def check_answer(*args, **kwargs):
    """Is a scenario answer well formed? See :func:`shared_lib.selfcheck.check_answer`."""
    from .selfcheck import check_answer as _check_answer

    return _check_answer(*args, **kwargs)


__all__ = ["__version__", "check", "check_answer", "fast_mode", "setup", "sizes"]
