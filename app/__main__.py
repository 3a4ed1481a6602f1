"""`python -m app` starts the GUI."""

from app.main import main

raise SystemExit(main())
