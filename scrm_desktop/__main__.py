"""``python -m scrm_desktop`` starts the GUI."""

from scrm_desktop.app import main

raise SystemExit(main())
