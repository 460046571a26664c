"""``python -m casemask`` runs the command line."""

from casemask.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
