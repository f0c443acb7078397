"""What every page and dialog of a signed-in session needs: the database, the actor, settings."""

from __future__ import annotations

from dataclasses import dataclass

from scrm_desktop.config import Settings
from scrm_desktop.db import Database
from scrm_desktop.services.permissions import Actor


@dataclass
class AppContext:
    db: Database
    actor: Actor
    settings: Settings
