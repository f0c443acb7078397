"""What the designer calls each kind of node, how it draws it in lists, and what a new one looks like.

One place for the translated names (context ``WorkflowLabels``) so the palette, the canvas, the
properties panel and the issues list all say the same thing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon

from scrm_desktop.resources import icon
from scrm_desktop.services import expressions
from scrm_desktop.services import workflow_graph as wg
from scrm_desktop.services.errors import ValidationError

MIME_NODE_TYPE = "application/x-scrm-workflow-node"
"""Drag payload of the palette: the node type as UTF-8."""
MIME_FRAGMENT = "application/x-scrm-workflow-fragment"
"""Clipboard payload of copied nodes: ``GraphModel.fragment`` as JSON."""

CONTEXT = "WorkflowLabels"

# One colour per kind of node: the canvas outline, the palette icon and the issue list agree.
TYPE_COLORS: dict[str, str] = {
    wg.START: "#2e7d32",
    wg.TASK: "#1565c0",
    wg.APPROVAL: "#ef6c00",
    wg.EXCLUSIVE: "#6a1b9a",
    wg.SPLIT: "#00838f",
    wg.JOIN: "#00838f",
    wg.END: "#c62828",
}

_ICONS: dict[str, str] = {
    wg.START: "mdi6.play-circle-outline",
    wg.TASK: "mdi6.clipboard-check-outline",
    wg.APPROVAL: "mdi6.stamper",
    wg.EXCLUSIVE: "mdi6.arrow-decision-outline",
    wg.SPLIT: "mdi6.call-split",
    wg.JOIN: "mdi6.call-merge",
    wg.END: "mdi6.stop-circle-outline",
}


def node_type_label(node_type: str) -> str:
    """The translated name of a node type (任务, 排他网关 …); an unknown type is shown as it is."""
    labels = {
        wg.START: QCoreApplication.translate("WorkflowLabels", "Start"),
        wg.TASK: QCoreApplication.translate("WorkflowLabels", "Task"),
        wg.APPROVAL: QCoreApplication.translate("WorkflowLabels", "Approval"),
        wg.EXCLUSIVE: QCoreApplication.translate("WorkflowLabels", "Exclusive gateway"),
        wg.SPLIT: QCoreApplication.translate("WorkflowLabels", "Parallel split"),
        wg.JOIN: QCoreApplication.translate("WorkflowLabels", "Parallel join"),
        wg.END: QCoreApplication.translate("WorkflowLabels", "End"),
    }
    return labels.get(node_type, node_type)


def node_type_description(node_type: str) -> str:
    """One sentence on what a node of this type does (the palette's tooltip)."""
    descriptions = {
        wg.START: QCoreApplication.translate(
            "WorkflowLabels", "Where every work order enters the workflow. A workflow has exactly one start."
        ),
        wg.TASK: QCoreApplication.translate(
            "WorkflowLabels", "Work a person does: assigned to a role or a user, with an optional form and SLA."
        ),
        wg.APPROVAL: QCoreApplication.translate(
            "WorkflowLabels", "One or more approvers approve or reject; a rejection can send the work back."
        ),
        wg.EXCLUSIVE: QCoreApplication.translate(
            "WorkflowLabels",
            "Takes exactly one of its outgoing paths: the first whose condition holds, else the default.",
        ),
        wg.SPLIT: QCoreApplication.translate("WorkflowLabels", "Starts all of its outgoing paths at the same time."),
        wg.JOIN: QCoreApplication.translate(
            "WorkflowLabels", "Waits until every incoming path has arrived, then continues."
        ),
        wg.END: QCoreApplication.translate("WorkflowLabels", "Where the workflow finishes."),
    }
    return descriptions.get(node_type, "")


def node_type_icon(node_type: str) -> QIcon:
    """The type's icon in its colour (cached by ``resources.icon``). Needs a QApplication."""
    name = _ICONS.get(node_type, "mdi6.help-circle-outline")
    return icon(name, color=TYPE_COLORS.get(node_type, "#546e7a"))


def default_node_name(node_type: str) -> str:
    """The name a node gets when it is dropped on the canvas."""
    if node_type == wg.TASK:
        return QCoreApplication.translate("WorkflowLabels", "New task")
    if node_type == wg.APPROVAL:
        return QCoreApplication.translate("WorkflowLabels", "New approval")
    return node_type_label(node_type)


def new_node(node_type: str, stage: str | None = None) -> wg.Node:
    """A node of ``node_type`` with a fresh id and a default name, in ``stage``."""
    return wg.Node(id=wg.new_node_id(), type=node_type, name=default_node_name(node_type), stage=stage)


def condition_text(condition: dict[str, object] | None) -> str:
    """A condition as one line of expression text (``amount >= 1000 and …``); empty when there is none.

    A malformed condition (validation names it) is shown as ``?`` rather than hiding the edge's label.
    """
    if condition is None:
        return ""
    try:
        return expressions.describe_condition(condition)
    except ValidationError:
        return "?"
