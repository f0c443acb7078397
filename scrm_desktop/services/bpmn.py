"""BPMN 2.0 XML import and export of workflow graphs (DESIGN §4, "Workflows and forms").

Export writes one executable ``process`` with a lane per stage that has nodes, the flow nodes and
sequence flows, and a BPMNDI diagram. What BPMN cannot say (assignees, SLAs, forms, approvals,
priorities, the structured conditions) travels in ``extensionElements`` under our own namespace
``SCRM_NS`` (prefix ``scrm``), so a file exported here imports back to exactly the same graph:

- ``scrm:workflow`` on the process: JSON with the stage list (keys, names, order; stages without
  nodes have no lane), the key, the version and the graph's extensions;
- ``scrm:node type="..."`` on every flow node: JSON with the node's fields (``Node.to_json``
  without id, type, name and stage, which BPMN carries itself);
- ``scrm:edge`` on every sequence flow: JSON with priority, the structured condition and flags;
- ``scrm:stage`` (an attribute) on every lane.

The native BPMN parts stay authoritative when another tool edited them: a changed name,
documentation, lane membership, default flow or condition text wins over the JSON copy, which is
only used while it still agrees with what it was exported next to.

Import reads any BPMN 2.0 file namespace-aware (by URI, never by prefix), untrusted: no DTDs or
entities, at most ``MAX_BYTES``, ``MAX_ELEMENTS`` elements nested at most ``MAX_DEPTH`` deep. It takes
the first executable process that has flow nodes (else the first process); a collaboration's other
pools are reported and left out. Ids are kept unless they are not node ids of ours (then a new one
is made). Lanes become the stages (nested lanes flattened; without lanes the default stages stay and
nodes have no stage); shapes give node centres, edge waypoints are kept unless they are the straight
line we would draw anyway; a file without a diagram is laid out by distance from the start. Files
from other tools are mapped as follows, each loss reported as a warning (an English sentence from a
translatable template):

- ``startEvent``/``endEvent`` → start/end (event triggers such as timers are ignored); only the first
  start event of a foreign file is kept, the others are removed with their outgoing flows;
- ``userTask``/``manualTask``/``task`` → task; ``serviceTask``, ``scriptTask``, ``sendTask``,
  ``receiveTask``, ``businessRuleTask``, ``callActivity`` and sub-processes → a manual task that
  needs an assignee (the original element is kept as XML in ``extensions["bpmn"]["original"]``
  for reference; it is not written back);
- ``exclusiveGateway`` → exclusive gateway, ``default`` → ``Edge.is_default``; ``inclusiveGateway``,
  ``eventBasedGateway``, ``complexGateway`` → exclusive gateway; a foreign gateway that only merges
  (one outgoing flow) is removed and its incoming flows lead straight on;
- ``parallelGateway`` → parallel split with more than one outgoing flow (or ``Diverging``), else join;
- intermediate events (timers, messages, signals …) with one incoming and one outgoing flow are
  removed and the two flows joined; any other intermediate event becomes a manual task;
- boundary events are removed with their outgoing flows;
- conditions in our expression language (or without a language; the XPath default some tools
  declare does not count) that ``expressions.parse`` accepts become ``{"expr": text}``; anything else
  (JUEL ``${…}``, FEEL, Python, JavaScript …) is kept as ``Edge.foreign_condition`` for review and
  never executed; a foreign gateway's flows get priorities in file order;
- a sequence flow to or from a missing element is dropped.

Vendor content is kept and written back: foreign attributes and ``extensionElements`` children
of flow nodes, flows, the process and the definitions (``extensions["bpmn"]["attributes"|
"extension_elements"|"definitions_attributes"]``),
and on the graph the process's other children (text annotations, associations, data objects …),
the other root elements (messages, signals …) and their diagram shapes. Kept XML is stored as
self-contained strings in one canonical form, so a kept fragment survives export and import
unchanged. Diagram colours and label positions are not kept.
"""

from __future__ import annotations

import copy
import io
import json
import math
import re
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any
from xml.etree import ElementTree as ET

import defusedxml.ElementTree as DET
from defusedxml import DefusedXmlException

from scrm_desktop import __version__
from scrm_desktop.services import expressions
from scrm_desktop.services import workflow_graph as wg
from scrm_desktop.services.errors import QT_TRANSLATE_NOOP, ValidationError

NS = "http://www.omg.org/spec/BPMN/20100524/MODEL"
BPMNDI_NS = "http://www.omg.org/spec/BPMN/20100524/DI"
DC_NS = "http://www.omg.org/spec/DD/20100524/DC"
DI_NS = "http://www.omg.org/spec/DD/20100524/DI"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
XML_NS = "http://www.w3.org/XML/1998/namespace"
SCRM_NS = "https://scrm-desktop.example/bpmn/ext"
SCRM_PREFIX = "scrm"
EXPR_LANGUAGE = "https://scrm-desktop.example/expr"
TARGET_NAMESPACE = "https://scrm-desktop.example/bpmn/workflows"
EXPORTER = "SCRM Desktop"

MAX_BYTES = 10 * 1024 * 1024
MAX_ELEMENTS = 100_000
MAX_DEPTH = 200
MAX_COORDINATE = 10_000_000  # larger diagram coordinates are treated as missing

# Shape sizes of what we draw; ``ui`` positions are shape centres.
EVENT_SIZE = (36.0, 36.0)
GATEWAY_SIZE = (50.0, 50.0)
TASK_SIZE = (120.0, 80.0)
LANE_PADDING = 40.0
LANE_LABEL = 30.0

_XSI_TYPE = f"{{{XSI_NS}}}type"

# Well-known prefixes, so written files read the way their vendors write them.
_PREFIXES: dict[str, str] = {
    NS: "bpmn",
    BPMNDI_NS: "bpmndi",
    DC_NS: "dc",
    DI_NS: "di",
    XSI_NS: "xsi",
    SCRM_NS: SCRM_PREFIX,
    "http://camunda.org/schema/1.0/bpmn": "camunda",
    "http://camunda.org/schema/zeebe/1.0": "zeebe",
    "http://camunda.org/schema/modeler/1.0": "modeler",
    "http://www.signavio.com": "signavio",
    "http://activiti.org/bpmn": "activiti",
    "http://flowable.org/bpmn": "flowable",
    "http://spiffworkflow.org/bpmn/schema/1.0/core": "spiffworkflow",
    "http://bpmn.io/schema/bpmn/biocolor/1.0": "bioc",
    "http://www.omg.org/spec/BPMN/non-normative/color/1.0": "color",
    "http://www.w3.org/2001/XMLSchema": "xsd",
}

_TASKS = frozenset({"task", "userTask", "manualTask"})
_UNSUPPORTED_ACTIVITIES = frozenset(
    {
        "serviceTask",
        "scriptTask",
        "sendTask",
        "receiveTask",
        "businessRuleTask",
        "callActivity",
        "subProcess",
        "adHocSubProcess",
        "transaction",
        "choreographyTask",
        "callChoreography",
        "subChoreography",
    }
)
_OTHER_GATEWAYS = frozenset({"inclusiveGateway", "eventBasedGateway", "complexGateway"})
_INTERMEDIATE = frozenset({"intermediateCatchEvent", "intermediateThrowEvent", "implicitThrowEvent"})
_FLOW_NODES = (
    _TASKS
    | _UNSUPPORTED_ACTIVITIES
    | _OTHER_GATEWAYS
    | _INTERMEDIATE
    | {"startEvent", "endEvent", "boundaryEvent", "exclusiveGateway", "parallelGateway"}
)
_DEFAULT_CAPABLE = _TASKS | _UNSUPPORTED_ACTIVITIES | {"exclusiveGateway", "inclusiveGateway", "complexGateway"}
# Which BPMN elements a node of our type may be written as (anything else means "edited elsewhere").
_COMPATIBLE: dict[str, frozenset[str]] = {
    wg.START: frozenset({"startEvent"}),
    wg.END: frozenset({"endEvent"}),
    wg.TASK: _TASKS,
    wg.APPROVAL: _TASKS,
    wg.EXCLUSIVE: frozenset({"exclusiveGateway"}),
    wg.SPLIT: frozenset({"parallelGateway"}),
    wg.JOIN: frozenset({"parallelGateway"}),
}
# Where kept process children go back, so the process keeps the XSD's element order.
_PROCESS_BEFORE_LANES = ("supportedInterfaceRef", "ioSpecification", "ioBinding", "auditing", "monitoring", "property")
_PROCESS_ARTIFACTS = ("textAnnotation", "association", "group")
_PROCESS_AFTER = (
    "resourceRole",
    "performer",
    "humanPerformer",
    "potentialOwner",
    "correlationSubscription",
    "supports",
)
# Graph extension keys written natively (the rest travels in the scrm:workflow JSON).
_GRAPH_NATIVE = (
    "definitions_attributes",
    "documentation",
    "attributes",
    "extension_elements",
    "process_elements",
    "root_elements",
    "di",
)

_XPATH = frozenset({"http://www.w3.org/1999/XPath", "http://www.w3.org/TR/XPath"})
_INVALID_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_NCNAME_BAD = re.compile(r"[^A-Za-z0-9_.\-]")
_NCNAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")


@dataclass
class BpmnImport:
    graph: wg.WorkflowGraph
    process_id: str
    name: str
    warnings: list[str] = field(default_factory=list)


def node_counts(graph: wg.WorkflowGraph) -> dict[str, int]:
    """How many nodes of each type the graph has (every type present, zero included)."""
    counts = dict.fromkeys(wg.NODE_TYPES, 0)
    for node in graph.nodes.values():
        if node.type in counts:
            counts[node.type] += 1
    return counts


# --- XML writing ---------------------------------------------------------------------------------


def _clean(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot carry (control characters, lone surrogates)."""
    return _INVALID_XML.sub("", text)


def _pick(native: str, exact: Any) -> str:
    """The exact value from our JSON while it still matches what BPMN shows, else what BPMN shows."""
    if isinstance(exact, str) and _clean(exact) == native:
        return exact
    return native


def _escape_text(text: str) -> str:
    text = _clean(text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def _escape_attr(text: str) -> str:
    text = _escape_text(text).replace('"', "&quot;")
    return text.replace("\n", "&#10;").replace("\t", "&#9;")


def _split_tag(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        uri, _, local = tag[1:].partition("}")
        return uri, local
    return "", tag


def _namespaces(root: ET.Element) -> list[str]:
    """Namespace URIs used in ``root`` (tags, attribute names, xsi:type values), in first-use order."""
    seen: dict[str, None] = {}
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        seen[_split_tag(el.tag)[0]] = None
        for key, value in el.attrib.items():
            seen[_split_tag(key)[0]] = None
            if key == _XSI_TYPE and value.startswith("{"):
                seen[_split_tag(value)[0]] = None
    return [uri for uri in seen if uri and uri != XML_NS]


def _prefix_map(uris: Iterable[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    n = 0
    for uri in uris:
        if uri in out:
            continue
        prefix = _PREFIXES.get(uri)
        if prefix is None:
            n += 1
            prefix = f"ns{n}"
        out[uri] = prefix
    return out


def _qname(name: str, prefixes: Mapping[str, str]) -> str:
    uri, local = _split_tag(name)
    if not uri:
        return local
    if uri == XML_NS:
        return f"xml:{local}"
    return f"{prefixes[uri]}:{local}"


def _write(
    out: list[str],
    el: ET.Element,
    prefixes: Mapping[str, str],
    *,
    level: int | None,
    raw: set[int],
    declare: Sequence[str] = (),
) -> None:
    """Serialise ``el`` (not its tail). ``level`` None writes it as it is; else indented, except kept XML."""
    tag = _qname(el.tag, prefixes)
    out.append("<" + tag)
    for uri in declare:
        out.append(f' xmlns:{prefixes[uri]}="{_escape_attr(uri)}"')
    for key, value in el.attrib.items():
        shown = _qname(value, prefixes) if key == _XSI_TYPE and value.startswith("{") else value
        out.append(f' {_qname(key, prefixes)}="{_escape_attr(shown)}"')
    children = [c for c in el if isinstance(c.tag, str)]
    text = el.text or ""
    if not children and not text:
        out.append("/>")
        return
    out.append(">")
    if level is None:
        out.append(_escape_text(text))
        for child in children:
            _write(out, child, prefixes, level=None, raw=raw)
            out.append(_escape_text(child.tail or ""))
    else:
        out.append(_escape_text(text))
        for child in children:
            out.append("\n" + "  " * (level + 1))
            _write(out, child, prefixes, level=None if id(child) in raw else level + 1, raw=raw)
        if children:
            out.append("\n" + "  " * level)
    out.append(f"</{tag}>")


def _fragment(el: ET.Element) -> str:
    """``el`` as a self-contained XML string in one canonical form (what ``extensions`` keep)."""
    prefixes = _prefix_map(_namespaces(el))
    out: list[str] = []
    _write(out, el, prefixes, level=None, raw=set(), declare=list(prefixes))
    return "".join(out)


def _num(value: float) -> str:
    if not math.isfinite(value):
        value = 0.0
    value = round(value, 2)
    if value == int(value):
        return str(int(value))
    return repr(value)


def _json_text(data: Any) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    # JSON escapes control characters itself; what XML still cannot carry goes as \\uXXXX.
    return _INVALID_XML.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _ncname(text: str, fallback: str) -> str:
    name = _NCNAME_BAD.sub("_", text)[:64]
    if not name or not (name[0].isalpha() or name[0] == "_"):
        name = f"{fallback}_{name}"[:64]
    return name


# --- XML reading ---------------------------------------------------------------------------------


def _parse(data: bytes) -> ET.Element:
    """Parse untrusted XML: no DTD, no entities, bounded size; xsi:type values resolved to ``{uri}local``."""
    if len(data) > MAX_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The BPMN file is larger than {limit} MB."), limit=MAX_BYTES // 2**20
        )
    prefixes: dict[str, str] = {}
    root: ET.Element | None = None
    count = depth = 0
    try:
        for event, item in DET.iterparse(io.BytesIO(data), events=("start", "end", "start-ns"), forbid_dtd=True):
            if event == "start-ns":
                prefixes.setdefault(item[0], item[1])
                continue
            if event == "end":
                depth -= 1
                continue
            depth += 1
            if depth > MAX_DEPTH:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ScrmError", "The BPMN file nests elements more than {limit} levels deep."),
                    limit=MAX_DEPTH,
                )
            count += 1
            if root is None:
                root = item
            if count > MAX_ELEMENTS:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ScrmError", "The BPMN file has more than {limit} XML elements."),
                    limit=MAX_ELEMENTS,
                )
    except DefusedXmlException:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ScrmError",
                "The file contains a DOCTYPE declaration or entities, which BPMN files may not have; it was not read.",
            )
        ) from None
    except (ET.ParseError, ValueError, UnicodeError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The file is not well-formed XML: {reason}"), reason=str(exc)
        ) from None
    if root is None:
        raise ValidationError(QT_TRANSLATE_NOOP("ScrmError", "The file is not well-formed XML: {reason}"), reason="")
    for el in root.iter():
        value = el.attrib.get(_XSI_TYPE)
        if value and not value.startswith("{"):
            prefix, _, local = value.rpartition(":")
            uri = prefixes.get(prefix)
            if uri:
                el.attrib[_XSI_TYPE] = f"{{{uri}}}{local}"
    return root


def _parse_fragment(text: str) -> ET.Element | None:
    try:
        return _parse(text.encode("utf-8"))
    except (ValidationError, UnicodeError):
        return None


def _local(el: ET.Element, ns: str = NS) -> str | None:
    """The local name of ``el`` when it is in namespace ``ns``."""
    if not isinstance(el.tag, str):
        return None
    uri, local = _split_tag(el.tag)
    return local if uri == ns else None


def _children(el: ET.Element, local: str, ns: str = NS) -> list[ET.Element]:
    return [c for c in el if _local(c, ns) == local]


def _ref(value: str | None) -> str:
    """An id reference, without a prefix some tools put in front."""
    return (value or "").strip().rpartition(":")[2]


def _foreign_attributes(el: ET.Element) -> dict[str, str]:
    return {
        k: v for k, v in el.attrib.items() if k.startswith("{") and _split_tag(k)[0] not in (NS, SCRM_NS, XSI_NS, "")
    }


def _extension_parts(el: ET.Element) -> tuple[list[str], dict[str, ET.Element]]:
    """Vendor extension elements (as kept XML) and our own ones (by local name)."""
    kept: list[str] = []
    ours: dict[str, ET.Element] = {}
    for ext in _children(el, "extensionElements"):
        for child in ext:
            if not isinstance(child.tag, str):
                continue
            local = _local(child, SCRM_NS)
            if local is not None:
                ours.setdefault(local, child)
            else:
                kept.append(_fragment(child))
    return kept, ours


def _json_payload(el: ET.Element | None) -> dict[str, Any] | None:
    if el is None:
        return None
    try:
        data = json.loads(el.text or "")
    except (ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def _documentation(el: ET.Element) -> str:
    return "\n".join(d.text or "" for d in _children(el, "documentation"))


def _one_line(text: str) -> str:
    return " ".join(text.split())


# --- geometry ------------------------------------------------------------------------------------


def _size(node_type: str) -> tuple[float, float]:
    if node_type in (wg.START, wg.END):
        return EVENT_SIZE
    if node_type in (wg.EXCLUSIVE, wg.SPLIT, wg.JOIN):
        return GATEWAY_SIZE
    return TASK_SIZE


def _boundary(node_type: str, cx: float, cy: float, tx: float, ty: float) -> tuple[float, float]:
    """Where the line from the centre of a shape towards (tx, ty) leaves the shape."""
    w, h = _size(node_type)
    dx, dy = tx - cx, ty - cy
    if dx == 0 and dy == 0:
        return cx, cy - h / 2
    if node_type in (wg.START, wg.END):
        t = (w / 2) / math.hypot(dx, dy)
    elif node_type in (wg.EXCLUSIVE, wg.SPLIT, wg.JOIN):
        t = 1 / (abs(dx) / (w / 2) + abs(dy) / (h / 2))
    else:
        t = min((w / 2) / abs(dx) if dx else math.inf, (h / 2) / abs(dy) if dy else math.inf)
    return cx + dx * t, cy + dy * t


def _straight(graph: wg.WorkflowGraph, edge: wg.Edge) -> list[list[float]]:
    """The waypoints of an edge drawn straight from the source's outline to the target's."""
    src, dst = graph.nodes.get(edge.source), graph.nodes.get(edge.target)
    sx, sy = graph.position(edge.source)
    tx, ty = graph.position(edge.target)
    start = _boundary(src.type if src else wg.TASK, sx, sy, tx, ty)
    end = _boundary(dst.type if dst else wg.TASK, tx, ty, sx, sy)
    if edge.source == edge.target:
        end = (sx + _size(src.type if src else wg.TASK)[0] / 2, sy)
    return [[start[0], start[1]], [end[0], end[1]]]


def _coordinate(text: str | None) -> float | None:
    """A diagram coordinate from its xsd:double text; None unless a finite number of sane size.

    Layout only, never money: read exactly as a Decimal, then divided out into the float the
    ``ui`` JSON holds.
    """
    try:
        value = Decimal((text or "").strip())
    except InvalidOperation:
        return None
    if not value.is_finite() or abs(value) > MAX_COORDINATE:
        return None
    numerator, denominator = value.as_integer_ratio()
    return numerator / denominator


def _number(value: Any) -> float | None:
    """A coordinate already in ``ui`` (an int or float there), None for anything else."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return max(-MAX_COORDINATE, min(MAX_COORDINATE, value))


def _bounds(shape: ET.Element | None) -> tuple[float, float, float, float] | None:
    """(x, y, width, height) of a BPMNShape, None when it has no usable dc:Bounds."""
    bounds = next(shape.iter(f"{{{DC_NS}}}Bounds"), None) if shape is not None else None
    if bounds is None:
        return None
    x, y, w, h = (_coordinate(bounds.get(k)) for k in ("x", "y", "width", "height"))
    if x is None or y is None or w is None or h is None:
        return None
    return x, y, w, h


def _same_points(a: Sequence[Sequence[float]], b: Sequence[Sequence[float]]) -> bool:
    return len(a) == len(b) and all(
        abs(p[0] - q[0]) <= 0.5 and abs(p[1] - q[1]) <= 0.5 for p, q in zip(a, b, strict=True)
    )


# --- export --------------------------------------------------------------------------------------


class _Ids:
    """Document-wide unique XML ids for the elements we make up (lanes, diagram, shapes)."""

    def __init__(self, used: Iterable[str]) -> None:
        self.used = set(used)

    def take(self, wanted: str) -> str:
        candidate, n = wanted, 1
        while candidate in self.used:
            n += 1
            candidate = f"{wanted}_{n}"
        self.used.add(candidate)
        return candidate


def _sub(parent: ET.Element, local: str, ns: str = NS, attrib: Mapping[str, str] | None = None) -> ET.Element:
    return ET.SubElement(parent, f"{{{ns}}}{local}", dict(attrib or {}))


def _kept_elements(items: Any) -> list[ET.Element] | None:
    """Kept XML strings parsed back, or None when any is not a string of well-formed XML."""
    if not isinstance(items, list):
        return None
    out = []
    for item in items:
        el = _parse_fragment(item) if isinstance(item, str) else None
        if el is None:
            return None
        out.append(el)
    return out


def _kept_attributes(items: Any) -> dict[str, str] | None:
    if not isinstance(items, dict):
        return None
    for key, value in items.items():
        if not (isinstance(key, str) and isinstance(value, str) and key.startswith("{")) or _clean(value) != value:
            return None
        uri, local = _split_tag(key)
        if uri in (NS, SCRM_NS, XSI_NS, XML_NS, "") or not _NCNAME.match(local):
            return None
    return dict(items)


class _Native:
    """The part of an ``extensions`` dict written as BPMN itself; ``rest`` goes into our JSON."""

    def __init__(self, extensions: Mapping[str, Any], keys: Sequence[str]) -> None:
        self.rest: dict[str, Any] = copy.deepcopy(dict(extensions))
        self.elements: dict[str, list[ET.Element]] = {}
        self.attributes: dict[str, dict[str, str]] = {}
        bpmn = self.rest.get("bpmn")
        if not isinstance(bpmn, dict):
            return
        for key in keys:
            if key not in bpmn:
                continue
            if key.endswith("attributes"):
                attrs = _kept_attributes(bpmn[key])
                if attrs is not None:
                    self.attributes[key] = attrs
                    del bpmn[key]
                continue
            elements = _kept_elements(bpmn[key])
            if elements is not None:
                self.elements[key] = elements
                del bpmn[key]
        if not bpmn:
            del self.rest["bpmn"]


def _merge_native(json_ext: Any, native: Mapping[str, dict[str, str] | list[str]]) -> dict[str, Any]:
    """``extensions`` from our JSON copy plus what was read natively (the native parts win)."""
    ext: dict[str, Any] = dict(json_ext) if isinstance(json_ext, dict) else {}
    bpmn = ext.get("bpmn")
    bpmn = dict(bpmn) if isinstance(bpmn, dict) else {}
    for key, items in native.items():
        if items:
            bpmn[key] = copy.copy(items)
    if bpmn:
        ext["bpmn"] = bpmn
    else:
        ext.pop("bpmn", None)
    return ext


def _describe(condition: Mapping[str, Any]) -> str:
    """The text form written as the condition body (the same on export and when checking on import)."""
    try:
        return str(expressions.describe_condition(dict(condition)))
    except (ValidationError, TypeError, ValueError, KeyError, AttributeError, RecursionError):
        expr = condition.get("expr")
        return str(expr) if isinstance(expr, str) else ""


def _parses(body: str) -> bool:
    text = body.strip()
    if not text:
        return False
    try:
        expressions.parse(text)
    except (ValidationError, RecursionError):
        return False
    return True


def _unlabelled_language(body: str) -> str | None:
    """What a condition without a language is written in, None when it is our own language."""
    text = body.strip()
    if text.startswith(("${", "#{")) and text.endswith("}"):
        return "JUEL"
    if text.startswith("="):
        return "FEEL"
    if _parses(text):
        return None
    return "unknown"


def export_bpmn(graph: wg.WorkflowGraph, *, key: str, name: str, version: int | None = None) -> bytes:
    """``graph`` as a BPMN 2.0 file (UTF-8 XML with declaration) that ``import_bpmn`` reads back unchanged."""
    return _Exporter(graph, key=key, name=name, version=version).run()


class _Exporter:
    def __init__(self, graph: wg.WorkflowGraph, *, key: str, name: str, version: int | None) -> None:
        self.graph = graph
        self.key = key
        self.name = name
        self.version = version
        self.raw: set[int] = set()
        for node_id in graph.nodes:
            if not wg.is_valid_node_id(node_id):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ScrmError", "Node id '{id}' is not a valid id."), field="nodes", id=node_id
                )
        for edge_id in graph.edges:
            if not wg.is_valid_node_id(edge_id):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ScrmError", "Edge id '{id}' is not a valid id."), field="edges", id=edge_id
                )
            if edge_id in graph.nodes:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ScrmError", "A node and an edge share the id '{id}'; BPMN needs unique ids."),
                    field="edges",
                    id=edge_id,
                )
        self.native = _Native(graph.extensions, _GRAPH_NATIVE)
        kept_ids = {
            el.attrib["id"]
            for items in self.native.elements.values()
            for root in items
            for el in root.iter()
            if "id" in el.attrib
        }
        self.ids = _Ids([*graph.nodes, *graph.edges, *kept_ids])
        self.process_id = self.ids.take(_ncname(key, "Process"))
        self.incoming: dict[str, list[wg.Edge]] = {}
        self.outgoing: dict[str, list[wg.Edge]] = {}
        for edge in sorted(graph.edges.values(), key=lambda e: (e.priority, e.id)):
            self.outgoing.setdefault(edge.source, []).append(edge)
            self.incoming.setdefault(edge.target, []).append(edge)

    def keep(self, parent: ET.Element, elements: Iterable[ET.Element]) -> None:
        for el in elements:
            parent.append(el)
            self.raw.add(id(el))

    def run(self) -> bytes:
        defs = ET.Element(
            f"{{{NS}}}definitions",
            {
                "id": self.ids.take(f"Definitions_{self.process_id}"),
                "targetNamespace": TARGET_NAMESPACE,
                "exporter": EXPORTER,
                "exporterVersion": __version__,
            },
        )
        if _clean(self.name):
            defs.set("name", self.name)
        defs.attrib.update(self.native.attributes.get("definitions_attributes", {}))
        self.keep(defs, self.native.elements.get("root_elements", []))
        lanes = self.lanes()
        self.process(defs, lanes)
        self.diagram(defs, lanes)
        prefixes = _prefix_map([NS, BPMNDI_NS, DC_NS, DI_NS, XSI_NS, SCRM_NS, *_namespaces(defs)])
        out = ['<?xml version="1.0" encoding="UTF-8"?>\n']
        _write(out, defs, prefixes, level=0, raw=self.raw, declare=list(prefixes))
        out.append("\n")
        return "".join(out).encode("utf-8")

    # --- process ---

    def lanes(self) -> list[tuple[str, str, str, list[str]]]:
        """(lane id, stage key, name, node ids) for every stage that has nodes, in stage order."""
        members: dict[str, list[str]] = {}
        for node in self.graph.nodes.values():
            if node.stage is not None:
                members.setdefault(node.stage, []).append(node.id)
        names = {s.key: s.name for s in self.graph.stages}
        order = [s.key for s in self.graph.stages if s.key in members]
        order += [k for k in members if k not in names]
        seen: set[str] = set()
        out = []
        for stage_key in order:
            if stage_key in seen:
                continue
            seen.add(stage_key)
            wanted = stage_key if stage_key.lower().startswith("lane") else f"Lane_{stage_key}"
            lane_id = self.ids.take(_ncname(wanted, "Lane"))
            out.append((lane_id, stage_key, names.get(stage_key, stage_key), members[stage_key]))
        return out

    def process(self, defs: ET.Element, lanes: list[tuple[str, str, str, list[str]]]) -> None:
        graph = self.graph
        attrib = {"id": self.process_id}
        if _clean(self.name):
            attrib["name"] = self.name
        attrib["isExecutable"] = "true"
        attrib.update(self.native.attributes.get("attributes", {}))
        proc = _sub(defs, "process", attrib=attrib)
        self.keep(proc, self.native.elements.get("documentation", []))
        ext = _sub(proc, "extensionElements")
        payload: dict[str, Any] = {
            "format": 1,
            "key": self.key,
            "stages": [s.to_json() for s in graph.stages],
        }
        if _clean(self.name) != self.name:
            payload["name"] = self.name
        if self.version is not None:
            payload["version"] = self.version
        if self.native.rest:
            payload["extensions"] = self.native.rest
        _sub(ext, "workflow", SCRM_NS).text = _json_text(payload)
        self.keep(ext, self.native.elements.get("extension_elements", []))
        kept = self.native.elements.get("process_elements", [])

        def bucket(el: ET.Element) -> int:
            local = _local(el) or ""
            if local in _PROCESS_BEFORE_LANES:
                return 0
            if local in _PROCESS_ARTIFACTS:
                return 2
            if local in _PROCESS_AFTER:
                return 3
            return 1

        self.keep(proc, [el for el in kept if bucket(el) == 0])
        if lanes:
            lane_set = _sub(proc, "laneSet", attrib={"id": self.ids.take(f"LaneSet_{self.process_id}")})
            for lane_id, stage_key, stage_name, node_ids in lanes:
                lane_attrib = {"id": lane_id}
                if _clean(stage_name):
                    lane_attrib["name"] = stage_name
                lane_attrib[f"{{{SCRM_NS}}}stage"] = stage_key
                lane = _sub(lane_set, "lane", attrib=lane_attrib)
                for node_id in node_ids:
                    _sub(lane, "flowNodeRef").text = node_id
        for node in graph.nodes.values():
            self.node(proc, node)
        self.keep(proc, [el for el in kept if bucket(el) == 1])
        for edge in graph.edges.values():
            self.edge(proc, edge)
        self.keep(proc, [el for el in kept if bucket(el) == 2])
        self.keep(proc, [el for el in kept if bucket(el) == 3])

    def node(self, proc: ET.Element, node: wg.Node) -> None:
        tag = {
            wg.START: "startEvent",
            wg.END: "endEvent",
            wg.TASK: "userTask",
            wg.APPROVAL: "userTask",
            wg.EXCLUSIVE: "exclusiveGateway",
            wg.SPLIT: "parallelGateway",
            wg.JOIN: "parallelGateway",
        }.get(node.type, "task")
        native = _Native(node.extensions, ("attributes", "extension_elements"))
        attrib = {"id": node.id}
        if _clean(node.name):
            attrib["name"] = node.name
        outgoing = self.outgoing.get(node.id, [])
        default = next((e for e in outgoing if e.is_default), None)
        if default is not None and tag in _DEFAULT_CAPABLE:
            attrib["default"] = default.id
        attrib.update(native.attributes.get("attributes", {}))
        el = _sub(proc, tag, attrib=attrib)
        if node.description:
            _sub(el, "documentation").text = node.description
        payload = {k: v for k, v in node.to_json().items() if k not in ("id", "type", "name", "stage", "extensions")}
        if _clean(node.name) != node.name:
            payload["name"] = node.name
        if native.rest:
            payload["extensions"] = native.rest
        ext = _sub(el, "extensionElements")
        _sub(ext, "node", SCRM_NS, {"type": node.type}).text = _json_text(payload)
        self.keep(ext, native.elements.get("extension_elements", []))
        for edge in self.incoming.get(node.id, []):
            _sub(el, "incoming").text = edge.id
        for edge in outgoing:
            _sub(el, "outgoing").text = edge.id

    def edge(self, proc: ET.Element, edge: wg.Edge) -> None:
        native = _Native(edge.extensions, ("attributes", "extension_elements"))
        attrib = {"id": edge.id}
        if _clean(edge.label):
            attrib["name"] = edge.label
        attrib["sourceRef"] = edge.source
        attrib["targetRef"] = edge.target
        attrib.update(native.attributes.get("attributes", {}))
        el = _sub(proc, "sequenceFlow", attrib=attrib)
        payload: dict[str, Any] = {}
        if edge.priority:
            payload["priority"] = edge.priority
        if edge.is_default:
            payload["is_default"] = True
        if _clean(edge.label) != edge.label:
            payload["label"] = edge.label
        foreign = edge.foreign_condition
        if foreign is not None and (edge.condition is not None or any(_clean(v) != v for v in foreign.values())):
            payload["foreign_condition"] = foreign  # not written as BPMN (or not exactly)
        language: str | None
        if edge.condition is not None:
            payload["condition"] = edge.condition
            body, language = _describe(edge.condition), EXPR_LANGUAGE
        elif edge.foreign_condition is not None:
            body = edge.foreign_condition.get("body", "")
            language = edge.foreign_condition.get("language") or "unknown"
            if language == _unlabelled_language(body):
                language = None
        if native.rest:
            payload["extensions"] = native.rest
        ext = _sub(el, "extensionElements")
        _sub(ext, "edge", SCRM_NS).text = _json_text(payload)
        self.keep(ext, native.elements.get("extension_elements", []))
        if edge.condition is not None or edge.foreign_condition is not None:
            cond_attrib = {_XSI_TYPE: f"{{{NS}}}tFormalExpression"}
            if language is not None:
                cond_attrib["language"] = language
            _sub(el, "conditionExpression", attrib=cond_attrib).text = body

    # --- diagram ---

    def diagram(self, defs: ET.Element, lanes: list[tuple[str, str, str, list[str]]]) -> None:
        graph = self.graph
        diagram = _sub(defs, "BPMNDiagram", BPMNDI_NS, {"id": self.ids.take(f"BPMNDiagram_{self.process_id}")})
        plane = _sub(
            diagram,
            "BPMNPlane",
            BPMNDI_NS,
            {"id": self.ids.take(f"BPMNPlane_{self.process_id}"), "bpmnElement": self.process_id},
        )
        boxes: dict[str, tuple[float, float, float, float]] = {}
        for node in graph.nodes.values():
            cx, cy = graph.position(node.id)
            w, h = _size(node.type)
            boxes[node.id] = (cx - w / 2, cy - h / 2, w, h)
        for lane_id, box in self.lane_boxes(lanes, boxes):
            shape = _sub(plane, "BPMNShape", BPMNDI_NS, {"id": self.ids.take(f"{lane_id}_di"), "bpmnElement": lane_id})
            shape.set("isHorizontal", "true")
            self.bounds(shape, box)
        for node in graph.nodes.values():
            attrib = {"id": self.ids.take(f"{node.id}_di"), "bpmnElement": node.id}
            if node.type == wg.EXCLUSIVE:
                attrib["isMarkerVisible"] = "true"
            self.bounds(_sub(plane, "BPMNShape", BPMNDI_NS, attrib), boxes[node.id])
        for edge in graph.edges.values():
            points = graph.ui.get("edges", {}).get(edge.id, {}).get("points")
            waypoints = self.points(points) or _straight(graph, edge)
            el = _sub(plane, "BPMNEdge", BPMNDI_NS, {"id": self.ids.take(f"{edge.id}_di"), "bpmnElement": edge.id})
            for x, y in waypoints:
                _sub(el, "waypoint", DI_NS, {"x": _num(x), "y": _num(y)})
        self.keep(plane, self.native.elements.get("di", []))

    @staticmethod
    def points(points: Any) -> list[list[float]] | None:
        if not isinstance(points, list) or len(points) < 2:
            return None
        out = []
        for p in points:
            x, y = (_number(p[0]), _number(p[1])) if isinstance(p, list | tuple) and len(p) == 2 else (None, None)
            if x is None or y is None:
                return None
            out.append([x, y])
        return out

    @staticmethod
    def bounds(shape: ET.Element, box: tuple[float, float, float, float]) -> None:
        x, y, w, h = box
        _sub(shape, "Bounds", DC_NS, {"x": _num(x), "y": _num(y), "width": _num(w), "height": _num(h)})

    @staticmethod
    def lane_boxes(
        lanes: list[tuple[str, str, str, list[str]]], boxes: Mapping[str, tuple[float, float, float, float]]
    ) -> list[tuple[str, tuple[float, float, float, float]]]:
        """Horizontal bands in stage order, each around its nodes; neighbours meet halfway between their nodes."""
        if not lanes:
            return []
        left = min(b[0] for b in boxes.values()) - LANE_PADDING - LANE_LABEL
        right = max(b[0] + b[2] for b in boxes.values()) + LANE_PADDING
        tops = [min(boxes[n][1] for n in lane[3]) for lane in lanes]
        bottoms = [max(boxes[n][1] + boxes[n][3] for n in lane[3]) for lane in lanes]
        upper = [top - LANE_PADDING for top in tops]
        lower = [bottom + LANE_PADDING for bottom in bottoms]
        for n in range(len(lanes) - 1):
            if bottoms[n] <= tops[n + 1]:
                lower[n] = upper[n + 1] = (bottoms[n] + tops[n + 1]) / 2
        return [(lane[0], (left, upper[n], right - left, lower[n] - upper[n])) for n, lane in enumerate(lanes)]


# --- import --------------------------------------------------------------------------------------


def import_bpmn(data: bytes) -> BpmnImport:
    """Read a BPMN 2.0 file into a workflow graph; what cannot be represented is reported in ``warnings``.

    Raises:
        ValidationError: the file is too large, not XML, not BPMN, has a DTD, or has no process.
    """
    root = _parse(data)
    if _local(root) != "definitions":
        raise ValidationError(
            QT_TRANSLATE_NOOP("ScrmError", "The file is not BPMN 2.0 XML (its root element is {element})."),
            element=_split_tag(root.tag)[1] if isinstance(root.tag, str) else "?",
        )
    return _Importer(root).run()


@dataclass
class _Flow:
    """A flow node as read, before it becomes a ``Node``."""

    element: ET.Element
    local: str
    id: str
    own: bool


class _Importer:
    def __init__(self, root: ET.Element) -> None:
        self.root = root
        self.warnings: list[str] = []
        self.graph = wg.WorkflowGraph()
        self.ids: dict[str, str] = {}  # id in the file → id in the graph
        self.taken: set[str] = set()
        self.flows: dict[str, _Flow] = {}  # by graph id
        self.points: dict[str, list[list[float]]] = {}
        self.flow_elements: dict[str, ET.Element] = {}  # sequenceFlow by graph edge id
        # Tools write the BPMN default (XPath) without meaning it; only another real language counts.
        language = root.get("expressionLanguage")
        self.language = None if language in _XPATH else language
        self.edge_di = self.di("BPMNEdge")
        self.edge_payloads: dict[str, dict[str, Any]] = {}

    def warn(self, template: str, **params: Any) -> None:
        self.warnings.append(ValidationError(template, **params).message())

    def run(self) -> BpmnImport:
        process = self.choose_process()
        process_id = process.get("id", "")
        kept_ext, ours = _extension_parts(process)
        workflow = _json_payload(ours.get("workflow"))
        name = _one_line(_clean(process.get("name", ""))) or self.participant_name(process_id)
        if workflow is not None:
            name = _pick(_clean(process.get("name", "")), workflow.get("name"))
        kept = self.read_process(process)
        self.read_flow_nodes(process)
        self.read_edges(process)
        self.drop_boundary_events()
        self.drop_extra_starts()
        self.settle_parallel_gateways()
        self.bridge()
        self.read_defaults()
        self.read_lanes(process, workflow)
        self.layout()
        self.graph.extensions = self.graph_extensions(process, workflow, kept_ext, kept)
        return BpmnImport(self.graph, process_id, name, self.warnings)

    # --- process ---

    def choose_process(self) -> ET.Element:
        processes = _children(self.root, "process")
        if not processes:
            raise ValidationError(QT_TRANSLATE_NOOP("ScrmError", "The BPMN file contains no process."))
        useful = [p for p in processes if any(_local(c) in _FLOW_NODES for c in p)] or processes
        chosen = next((p for p in useful if p.get("isExecutable", "").strip() == "true"), useful[0])
        participants = sum(1 for _ in self.root.iter(f"{{{NS}}}participant"))
        count = max(len(processes), participants)
        if count > 1:
            label = chosen.get("name") or self.participant_name(chosen.get("id", "")) or chosen.get("id", "")
            self.warn(
                QT_TRANSLATE_NOOP("ScrmError", "The file has {count} processes or pools; only '{name}' was imported."),
                count=count,
                name=label,
            )
        return chosen

    def participant_name(self, process_id: str) -> str:
        for participant in self.root.iter(f"{{{NS}}}participant"):
            if _ref(participant.get("processRef")) == process_id and process_id:
                return _one_line(_clean(participant.get("name", "")))
        return ""

    def read_process(self, process: ET.Element) -> list[str]:
        """Process children we do not map, as kept XML (text annotations, data objects …)."""
        kept = []
        handled = _FLOW_NODES | {"sequenceFlow", "laneSet", "extensionElements", "documentation"}
        for child in process:
            local = _local(child)
            if not isinstance(child.tag, str) or local in handled:
                continue
            kept.append(_fragment(child))
        return kept

    def new_id(self, file_id: str, prefix: str) -> str | None:
        """The graph id for an element's file id; None (and a warning) for a second element with the same id."""
        if file_id and file_id in self.ids:
            self.warn(
                QT_TRANSLATE_NOOP("ScrmError", "Id '{id}' appears twice; the second element was ignored."), id=file_id
            )
            return None
        if wg.is_valid_node_id(file_id) and file_id not in self.taken:
            new = file_id
        else:
            new = wg.new_node_id(prefix)
            self.warn(
                QT_TRANSLATE_NOOP("ScrmError", "Id '{id}' is not a valid id; it was replaced by '{new}'."),
                id=file_id,
                new=new,
            )
        self.ids[file_id] = new
        self.taken.add(new)
        return new

    # --- nodes ---

    def read_flow_nodes(self, process: ET.Element) -> None:
        nodes = self.graph.nodes
        for el in process:
            local = _local(el)
            if local not in _FLOW_NODES:
                continue
            node_id = self.new_id(el.get("id", ""), "n")
            if node_id is None:
                continue
            if len(nodes) >= wg.MAX_NODES:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ScrmError", "A workflow may have at most {limit} nodes."), limit=wg.MAX_NODES
                )
            kept, ours = _extension_parts(el)
            payload = _json_payload(ours.get("node"))
            node_type = ours["node"].get("type", "") if "node" in ours else ""
            own = payload is not None and local in _COMPATIBLE.get(node_type, frozenset({"task"}))
            self.flows[node_id] = _Flow(el, local, node_id, own)
            attributes = _foreign_attributes(el)
            native_name = _clean(el.get("name", ""))
            if own and payload is not None:
                data = dict(payload)
                data.update(
                    id=node_id,
                    type=node_type,
                    name=_pick(native_name, payload.get("name")),
                    description=_pick(_clean(_documentation(el)), payload.get("description")),
                    extensions=_merge_native(
                        payload.get("extensions"), {"attributes": attributes, "extension_elements": kept}
                    ),
                )
                data.pop("stage", None)
                try:
                    nodes[node_id] = wg.Node.from_json(data)
                    continue
                except (TypeError, ValueError, AttributeError):
                    self.flows[node_id].own = False  # our JSON was damaged: read it as any other file's node
            bpmn_ext: dict[str, Any] = {}
            if attributes:
                bpmn_ext["attributes"] = attributes
            if kept:
                bpmn_ext["extension_elements"] = kept
            node = wg.Node(
                id=node_id,
                type=self.foreign_type(el, local, node_id, bpmn_ext),
                name=_one_line(native_name),
                description=_clean(_documentation(el)).strip(),
            )
            if bpmn_ext:
                node.extensions["bpmn"] = bpmn_ext
            nodes[node_id] = node

    def foreign_type(self, el: ET.Element, local: str, node_id: str, bpmn_ext: dict[str, Any]) -> str:
        """Our node type for a flow node another tool wrote; warns about what is lost."""
        unsupported = [
            c_local
            for c in el
            if (c_local := _local(c)) is not None
            and (c_local.endswith("EventDefinition") or c_local.endswith("LoopCharacteristics"))
        ]
        if local in _TASKS or local in ("startEvent", "endEvent"):
            for feature in unsupported:
                self.warn(
                    QT_TRANSLATE_NOOP("ScrmError", "Node {id}: {feature} is not supported and was ignored."),
                    id=node_id,
                    feature=feature,
                )
            if unsupported:
                bpmn_ext["original"] = _fragment(el)
            return {"startEvent": wg.START, "endEvent": wg.END}.get(local, wg.TASK)
        if local == "exclusiveGateway":
            return wg.EXCLUSIVE
        if local == "parallelGateway":
            return wg.SPLIT  # settled by its flows later
        if local in _OTHER_GATEWAYS:
            bpmn_ext["element"] = local
            self.warn(
                QT_TRANSLATE_NOOP(
                    "ScrmError", "Node {id}: the {element} was imported as an exclusive gateway; check its conditions."
                ),
                id=node_id,
                element=local,
            )
            return wg.EXCLUSIVE
        # Activities we cannot run, intermediate and boundary events: settled (or removed) later.
        bpmn_ext["element"] = local
        bpmn_ext["original"] = _fragment(el)
        if local in _UNSUPPORTED_ACTIVITIES or local not in (_INTERMEDIATE | {"boundaryEvent"}):
            self.warn_task(node_id, local)
        return wg.TASK

    def warn_task(self, node_id: str, local: str) -> None:
        self.warn(
            QT_TRANSLATE_NOOP(
                "ScrmError",
                "Node {id}: cannot represent {element}; imported as a manual task needing an assignee.",
            ),
            id=node_id,
            element=local,
        )

    # --- edges ---

    def read_edges(self, process: ET.Element) -> None:
        for el in _children(process, "sequenceFlow"):
            edge_id = self.new_id(el.get("id", ""), "e")
            if edge_id is None:
                continue
            source_ref, target_ref = _ref(el.get("sourceRef")), _ref(el.get("targetRef"))
            source, target = self.ids.get(source_ref, ""), self.ids.get(target_ref, "")
            if source not in self.graph.nodes or target not in self.graph.nodes:
                missing = source_ref if source not in self.graph.nodes else target_ref
                self.warn(
                    QT_TRANSLATE_NOOP(
                        "ScrmError", "Edge {id}: it refers to a node that does not exist ({ref}); it was dropped."
                    ),
                    id=edge_id,
                    ref=missing,
                )
                continue
            kept, ours = _extension_parts(el)
            payload = _json_payload(ours.get("edge"))
            self.edge_payloads[edge_id] = payload or {}
            attributes = _foreign_attributes(el)
            native_label = _clean(el.get("name", ""))
            edge = wg.Edge(id=edge_id, source=source, target=target)
            if payload is not None:
                edge.label = _pick(native_label, payload.get("label"))
                try:
                    edge.priority = int(payload.get("priority", 0) or 0)
                except (TypeError, ValueError):
                    edge.priority = 0
                edge.extensions = _merge_native(
                    payload.get("extensions"), {"attributes": attributes, "extension_elements": kept}
                )
                foreign = payload.get("foreign_condition")
                if isinstance(foreign, dict):
                    edge.foreign_condition = {str(k): str(v) for k, v in foreign.items()}
            else:
                edge.label = _one_line(native_label)
                edge.extensions = _merge_native(None, {"attributes": attributes, "extension_elements": kept})
            self.read_condition(el, edge, payload)
            self.graph.edges[edge_id] = edge
            self.flow_elements[edge_id] = el
            points = self.waypoints(el.get("id", ""))
            if points:
                self.points[edge_id] = points

    def read_condition(self, el: ET.Element, edge: wg.Edge, payload: Mapping[str, Any] | None) -> None:
        cond_el = next(iter(_children(el, "conditionExpression")), None)
        if cond_el is None:
            return
        body = _clean("".join(cond_el.itertext()))
        attr_language = cond_el.get("language")
        structured = payload.get("condition") if payload is not None else None
        if attr_language == EXPR_LANGUAGE and isinstance(structured, dict) and _clean(_describe(structured)) == body:
            edge.condition = structured
            return
        language = attr_language or self.language
        if language in (None, EXPR_LANGUAGE) and _parses(body):
            edge.condition = {"expr": body.strip()}
            return
        label = language if language is not None else (_unlabelled_language(body) or "unknown")
        edge.foreign_condition = {"language": label, "body": body}
        exact = payload.get("foreign_condition") if payload is not None else None
        if isinstance(exact, dict) and _clean(str(exact.get("body", ""))) == body:
            edge.foreign_condition = {str(k): str(v) for k, v in exact.items()}
            label = edge.foreign_condition.get("language", label)
        self.warn(
            QT_TRANSLATE_NOOP("ScrmError", "Edge {id}: condition in {language} needs review."),
            id=edge.id,
            language=label,
        )

    def remove_node(self, node_id: str) -> None:
        self.graph.nodes.pop(node_id, None)
        self.flows.pop(node_id, None)
        for edge in [e for e in self.graph.edges.values() if node_id in (e.source, e.target)]:
            self.graph.edges.pop(edge.id)
            self.points.pop(edge.id, None)

    def drop_boundary_events(self) -> None:
        for flow in [f for f in self.flows.values() if f.local == "boundaryEvent" and not f.own]:
            attached = self.ids.get(_ref(flow.element.get("attachedToRef")), _ref(flow.element.get("attachedToRef")))
            self.warn(
                QT_TRANSLATE_NOOP(
                    "ScrmError", "Node {id}: the boundary event on {attached} was removed with its outgoing flows."
                ),
                id=flow.id,
                attached=attached,
            )
            self.remove_node(flow.id)

    def drop_extra_starts(self) -> None:
        starts = [n for n in self.graph.nodes.values() if n.type == wg.START]
        extra = [n for n in starts[1:] if not self.flows[n.id].own]
        if extra:
            self.warn(
                QT_TRANSLATE_NOOP("ScrmError", "The process has {count} start events; only the first ({id}) was kept."),
                count=len(starts),
                id=starts[0].id,
            )
        for node in extra:
            self.remove_node(node.id)

    def degrees(self, node_id: str) -> tuple[int, int]:
        edges = self.graph.edges.values()
        return sum(1 for e in edges if e.target == node_id), sum(1 for e in edges if e.source == node_id)

    def settle_parallel_gateways(self) -> None:
        for flow in self.flows.values():
            if flow.own or flow.local != "parallelGateway":
                continue
            node = self.graph.nodes[flow.id]
            incoming, outgoing = self.degrees(flow.id)
            direction = flow.element.get("gatewayDirection", "")
            if direction == "Diverging":
                node.type = wg.SPLIT
            elif direction == "Converging":
                node.type = wg.JOIN
            else:
                node.type = wg.SPLIT if outgoing > 1 else wg.JOIN
            if node.type == wg.SPLIT and incoming > 1 and outgoing > 1:
                self.warn(
                    QT_TRANSLATE_NOOP(
                        "ScrmError",
                        "Node {id}: the parallel gateway both joins and splits; it was imported as a split.",
                    ),
                    id=flow.id,
                )

    def bridge(self) -> None:
        """Remove what only passes the flow on (intermediate events, merging gateways), joining the flows."""
        for flow in list(self.flows.values()):
            if flow.own or flow.id not in self.graph.nodes:
                continue
            node = self.graph.nodes[flow.id]
            incoming = [e for e in self.graph.edges.values() if e.target == flow.id]
            outgoing = [e for e in self.graph.edges.values() if e.source == flow.id]
            passes = len(outgoing) == 1 and incoming and outgoing[0].target != flow.id
            if flow.local in _INTERMEDIATE:
                if passes and len(incoming) == 1:
                    self.warn(
                        QT_TRANSLATE_NOOP(
                            "ScrmError",
                            "Node {id}: the {element} was removed and its incoming and outgoing flows were joined.",
                        ),
                        id=flow.id,
                        element=flow.local,
                    )
                    self.join(flow.id, incoming, outgoing[0])
                else:
                    self.warn_task(flow.id, flow.local)
            elif node.type == wg.EXCLUSIVE and passes:
                target = self.graph.nodes[outgoing[0].target]
                self.warn(
                    QT_TRANSLATE_NOOP(
                        "ScrmError",
                        "Node {id}: the gateway only merges flows; it was removed and its incoming flows now lead "
                        "to {target}.",
                    ),
                    id=flow.id,
                    target=target.name or target.id,
                )
                self.join(flow.id, incoming, outgoing[0])

    def join(self, node_id: str, incoming: list[wg.Edge], out: wg.Edge) -> None:
        for edge in incoming:
            edge.target = out.target
            if not edge.label and len(incoming) == 1:
                edge.label = out.label
            if edge.id in self.points and out.id in self.points:
                self.points[edge.id] = self.points[edge.id] + self.points[out.id]
            else:
                self.points.pop(edge.id, None)
        self.graph.edges.pop(out.id)
        self.points.pop(out.id, None)
        self.graph.nodes.pop(node_id)
        self.flows.pop(node_id)

    def read_defaults(self) -> None:
        """``default`` attributes → ``Edge.is_default``; priorities of a foreign gateway's flows in file order."""
        graph = self.graph
        leaving: dict[str, list[wg.Edge]] = {}
        for edge in sorted(graph.edges.values(), key=lambda e: (e.priority, e.id)):
            leaving.setdefault(edge.source, []).append(edge)
        listed = {edge_id: n for n, edge_id in enumerate(self.flow_elements)}
        for flow in self.flows.values():
            outgoing = leaving.get(flow.id, [])
            native = self.ids.get(_ref(flow.element.get("default"))) if flow.element.get("default") else None
            if native not in {e.id for e in outgoing}:
                native = None
            mine = [e for e in outgoing if self.edge_payload(e.id).get("is_default") is True]
            if flow.own and (flow.local not in _DEFAULT_CAPABLE or native == (mine[0].id if mine else None)):
                # Our own flags, unless another tool changed the default flow since.
                for edge in outgoing:
                    edge.is_default = edge in mine
                continue
            for edge in outgoing:
                edge.is_default = edge.id == native
            if not flow.own and graph.nodes[flow.id].type == wg.EXCLUSIVE:
                order = {self.ids.get(_ref(o.text), ""): n for n, o in enumerate(_children(flow.element, "outgoing"))}
                ranked = sorted(
                    (e for e in outgoing if not self.edge_payload(e.id)),
                    key=lambda e: (order.get(e.id, len(order)), listed.get(e.id, 0)),
                )
                for index, edge in enumerate(ranked):
                    edge.priority = index

    def edge_payload(self, edge_id: str) -> dict[str, Any]:
        return self.edge_payloads.get(edge_id, {})

    # --- stages ---

    def read_lanes(self, process: ET.Element, workflow: Mapping[str, Any] | None) -> None:
        graph = self.graph
        if workflow is not None and isinstance(workflow.get("stages"), list):
            graph.stages = [
                wg.Stage(str(s.get("key", "")), str(s.get("name", "")))
                for s in workflow["stages"]
                if isinstance(s, Mapping)
            ]
        lanes = [lane for lane_set in _children(process, "laneSet") for lane in _children(lane_set, "lane")]
        if lanes and workflow is None:
            graph.stages = []
        known = {s.key for s in graph.stages}
        nested = False
        for n, lane in enumerate(lanes, start=1):
            refs: list[str] = []
            for el in lane.iter(f"{{{NS}}}flowNodeRef"):
                refs.append(_ref(el.text))
            nested = nested or any(True for _ in lane.iter(f"{{{NS}}}childLaneSet"))
            native_name = _one_line(_clean(lane.get("name", "")))
            ours = lane.get(f"{{{SCRM_NS}}}stage")
            if ours is not None and workflow is not None:
                stage_key = ours
                for stage in graph.stages:
                    if stage.key == stage_key:
                        stage.name = _pick(_clean(lane.get("name", "")), stage.name)
            else:
                wanted = ours or lane.get("id") or ""  # our stage key survives a damaged workflow JSON
                stage_key = wanted if wg.is_valid_stage_key(wanted) and wanted not in known else f"stage_{n}"
                while stage_key in known:
                    stage_key += "_"
                graph.stages.append(wg.Stage(stage_key, native_name or stage_key))
                known.add(stage_key)
            for ref in refs:
                node_id = self.ids.get(ref)
                if node_id in graph.nodes:
                    graph.nodes[node_id].stage = stage_key
        if nested:
            self.warn(QT_TRANSLATE_NOOP("ScrmError", "Nested lanes were flattened into stages."))

    # --- geometry ---

    def di(self, kind: str) -> dict[str, ET.Element]:
        out: dict[str, ET.Element] = {}
        for el in self.root.iter(f"{{{BPMNDI_NS}}}{kind}"):
            out.setdefault(_ref(el.get("bpmnElement")), el)
        return out

    def waypoints(self, file_id: str) -> list[list[float]]:
        el = self.edge_di.get(file_id)
        points: list[list[float]] = []
        if el is None:
            return points
        for wp in el.iter(f"{{{DI_NS}}}waypoint"):
            x, y = _coordinate(wp.get("x")), _coordinate(wp.get("y"))
            if x is None or y is None:
                return []
            points.append([round(x, 2), round(y, 2)])
        return points if len(points) >= 2 else []

    def layout(self) -> None:
        """Node centres from the diagram's shapes (placed automatically where missing); edge bends."""
        graph = self.graph
        shapes = self.di("BPMNShape")
        file_ids = {new: old for old, new in self.ids.items()}
        missing = []
        for node_id in graph.nodes:
            box = _bounds(shapes.get(file_ids.get(node_id, node_id)))
            if box is None:
                missing.append(node_id)
                continue
            x, y, w, h = box
            graph.set_position(node_id, x + w / 2, y + h / 2)
        if missing:
            offset = 0.0
            if len(missing) == len(graph.nodes):
                self.warn(
                    QT_TRANSLATE_NOOP("ScrmError", "The file has no layout; the workflow was laid out automatically.")
                )
            else:
                self.warn(
                    QT_TRANSLATE_NOOP(
                        "ScrmError", "Nodes without a layout ({count}) were placed automatically below the others."
                    ),
                    count=len(missing),
                )
                offset = max(graph.position(n)[1] for n in graph.nodes if n not in missing) + 150.0
            for node_id, (x, y) in self.auto_layout(missing).items():
                graph.set_position(node_id, x, y + offset)
        edges_ui: dict[str, Any] = {}
        for edge_id, points in self.points.items():
            edge = graph.edges.get(edge_id)
            if edge is None or _same_points(points, _straight(graph, edge)):
                continue
            edges_ui[edge_id] = {"points": points}
        graph.ui["edges"] = edges_ui

    def auto_layout(self, node_ids: list[str]) -> dict[str, tuple[float, float]]:
        """Columns by distance from the start (breadth first), rows in file order."""
        graph = self.graph
        succ: dict[str, list[str]] = {}
        for edge in graph.edges.values():
            succ.setdefault(edge.source, []).append(edge.target)
        depth: dict[str, int] = {}
        todo = deque(n.id for n in graph.nodes.values() if n.type == wg.START)
        for node_id in todo:
            depth[node_id] = 0
        while todo:
            current = todo.popleft()
            for nxt in succ.get(current, []):
                if nxt not in depth:
                    depth[nxt] = depth[current] + 1
                    todo.append(nxt)
        last = max(depth.values(), default=-1)
        rows: dict[int, int] = {}
        placed: dict[str, tuple[float, float]] = {}
        for node_id in node_ids:
            column = depth.get(node_id, last + 1)
            row = rows.get(column, 0)
            rows[column] = row + 1
            placed[node_id] = (100.0 + 180.0 * column, 100.0 + 120.0 * row)
        return placed

    # --- kept content ---

    def graph_extensions(
        self, process: ET.Element, workflow: Mapping[str, Any] | None, kept_ext: list[str], kept: list[str]
    ) -> dict[str, Any]:
        # Root elements other processes may refer to (messages, signals, item definitions …); the
        # collaboration goes (one process, no pools) and so do relationships (rare, after the diagrams).
        root_elements = [
            _fragment(c)
            for c in self.root
            if isinstance(c.tag, str) and _local(c) not in ("process", "collaboration", "relationship", None)
        ]
        kept_ids: set[str] = set()
        for text in kept:
            el = _parse_fragment(text)
            if el is not None:
                kept_ids.update(e.attrib["id"] for e in el.iter() if "id" in e.attrib)
        di = [
            _fragment(el)
            for kind in ("BPMNShape", "BPMNEdge")
            for el in self.root.iter(f"{{{BPMNDI_NS}}}{kind}")
            if _ref(el.get("bpmnElement")) in kept_ids
        ]
        documentation = [_fragment(d) for d in _children(process, "documentation")]
        return _merge_native(
            workflow.get("extensions") if workflow is not None else None,
            {
                "definitions_attributes": _foreign_attributes(self.root),
                "attributes": _foreign_attributes(process),
                "documentation": documentation,
                "extension_elements": kept_ext,
                "process_elements": kept,
                "root_elements": root_elements,
                "di": di,
            },
        )
