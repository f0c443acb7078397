"""How a scoped-rule resolution reads to a person: the trace table and its sentences.

``services.scoping`` explains in English for logs and tests (``describe()``); the GUI says the
same in translated sentences built here from the machine-readable parts (``Reason``,
``RankComponent`` and their parameters). Generic over the rule's outcome, so owner rules, price
tier rules and workflow variants can all show their trace with ``TraceTexts.columns()``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject

from scrm_desktop.services.regions import region_index
from scrm_desktop.services.scoping import CandidateTrace, Dimension, RankComponent, Reason, Rejection, Resolution
from scrm_desktop.views.table_model import Column

Entry = CandidateTrace[Any]


def iso(value: object) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def region_text(code: str | None) -> str:
    return region_index().path_name(code) if code else ""


class TraceTexts(QObject):
    """The columns and sentences of a trace table.

    Args:
        outcome_text: what a rule decides, in words (an owner's name, a tier …).
        group_names: region group id (as text) → name, read each time (groups are reloaded).
    """

    def __init__(
        self,
        outcome_text: Callable[[Any], str],
        group_names: Callable[[], Mapping[str, str]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.outcome_text = outcome_text
        self.group_names = group_names
        self.resolution: Resolution[Any] | None = None

    def columns(self, outcome_title: str) -> list[Column[Entry]]:
        """Result, rule, outcome (titled ``outcome_title``), where it matched, priority, start, why."""
        return [
            Column(self.tr("Result"), self.result),
            Column(self.tr("Rule"), lambda t: t.rule.label),
            Column(outcome_title, lambda t: self.outcome_text(t.rule.outcome)),
            Column(self.tr("Matched through"), self.matched_through),
            Column(self.tr("Priority"), lambda t: t.rule.priority),
            Column(self.tr("Starts"), lambda t: iso(t.rule.scope.valid_from) if t.rule.scope.valid_from else ""),
            Column(self.tr("Why"), self.reason, tooltip=self.reason),
        ]

    def result(self, entry: Entry) -> str:
        if entry.is_winner:
            return self.tr("Chosen")
        if entry.matched:
            return self.tr("Matches, lost")
        return self.tr("Does not match")

    def group_name(self, group_id: object) -> str:
        return self.group_names().get(str(group_id), str(group_id))

    def matched_through(self, entry: Entry) -> str:
        if not entry.matched:
            return ""
        if entry.matched_region is None:
            return self.tr("Whole country")
        region = region_text(entry.matched_region)
        if entry.rule.scope.region_group_id is not None:
            group = self.group_name(entry.rule.scope.region_group_id)
            return self.tr("{region} (in group {group})").format(region=region, group=group)
        return region

    def level(self, specificity: int) -> str:
        return {
            0: self.tr("the whole country"),
            2: self.tr("a province"),
            3: self.tr("a city"),
            4: self.tr("a district"),
        }.get(specificity, self.tr("a region"))

    def reason(self, entry: Entry) -> str:
        """Why the rule was chosen, lost, or does not match (every failed dimension)."""
        if entry.is_winner:
            matched = sum(1 for t in self.resolution.trace if t.matched) if self.resolution is not None else 1
            if matched > 1:
                return self.tr("Ranks above the {count} other matching rules.").format(count=matched - 1)
            return self.tr("The only rule that matches.")
        if entry.matched:
            return self.lost(entry)
        return " ".join(self.rejection(r) for r in entry.rejections)

    def lost(self, entry: Entry) -> str:
        rank, best = entry.rank, entry.winner_rank
        if rank is None or best is None:
            return ""
        match entry.lost_on:
            case RankComponent.SPECIFICITY:
                return self.tr("Lost: the winner matches a more specific region ({winner}, this rule {mine}).").format(
                    winner=self.level(best.specificity), mine=self.level(rank.specificity)
                )
            case RankComponent.DIRECT:
                return self.tr("Lost: the winner names the region directly; this rule matches through a region group.")
            case RankComponent.DIMENSIONS:
                return self.tr("Lost: the winner matches more dimensions ({winner}, this rule {mine}).").format(
                    winner=best.dimensions, mine=rank.dimensions
                )
            case RankComponent.PRIORITY:
                return self.tr("Lost: the winner has a higher priority ({winner}, this rule {mine}).").format(
                    winner=best.priority, mine=rank.priority
                )
            case RankComponent.VALID_FROM:
                return self.tr("Lost: the winner started later ({winner}, this rule {mine}).").format(
                    winner=self.start(best.valid_from), mine=self.start(rank.valid_from)
                )
        return self.tr(
            "Ties with the winner, and the older rule wins. Such a tie should have been refused when the "
            "rules were saved: make one of them more specific."
        )

    def start(self, value: dt.date) -> str:
        return self.tr("no start date") if value == dt.date.min else value.isoformat()

    def dimension(self, name: object) -> str:
        return {
            Dimension.PROVIDER_TYPE.value: self.tr("provider type"),
            Dimension.SCENARIO.value: self.tr("scenario"),
            Dimension.ITEM_CATEGORY.value: self.tr("item category"),
            Dimension.COMPLEXITY.value: self.tr("complexity"),
        }.get(str(name), str(name))

    def rejection(self, rejection: Rejection) -> str:
        p = rejection.params
        region = region_text(str(p["region"])) if p.get("region") else ""
        rule_region = region_text(str(p["rule_region"])) if p.get("rule_region") else ""
        match rejection.reason:
            case Reason.REGION_MISSING if rule_region:
                return self.tr("No region is given; the rule needs one in {region}.").format(region=rule_region)
            case Reason.REGION_MISSING:
                return self.tr("No region is given; the rule needs one in region group {group}.").format(
                    group=self.group_name(p.get("group"))
                )
            case Reason.REGION_UNKNOWN:
                return self.tr("Region {region} is unknown.").format(region=p.get("region"))
            case Reason.REGION_NOT_WITHIN:
                return self.tr("{region} is not within {rule_region}.").format(region=region, rule_region=rule_region)
            case Reason.REGION_NOT_IN_GROUP:
                return self.tr("{region} is not in region group {group}.").format(
                    region=region, group=self.group_name(p.get("group"))
                )
            case Reason.VALUE_MISSING:
                return self.tr("The rule needs {dimension} {value}, and none is given.").format(
                    dimension=self.dimension(p.get("dimension")), value=p.get("rule_value")
                )
            case Reason.VALUE_MISMATCH:
                return self.tr("The rule needs {dimension} {rule_value}, not {value}.").format(
                    dimension=self.dimension(p.get("dimension")), rule_value=p.get("rule_value"), value=p.get("value")
                )
            case Reason.NOT_YET_VALID:
                return self.tr("Valid only from {start}.").format(start=iso(p.get("valid_from")))
            case Reason.EXPIRED:
                return self.tr("Valid only until {end}.").format(end=iso(p.get("valid_to")))
        return str(rejection.reason)
