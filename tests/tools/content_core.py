"""Content rules about what a short plan keeps: the core work of each direction, the interview
questions it prepares, the priorities that choose between tasks, whole works linked as one page,
and where every GPU price comes from. Used by check-content.py; standard library only.

- core gaps: every entry of CORE_GAPS is named by the en title, summary or deliverable of a core
  task of its direction or a common core task (a short plan keeps them);
- interview questions: at least CORE_QUESTIONS of each direction's questions draw only on core
  tasks, so a plan at 6-9 h a week prepares them;
- priorities: a core task a question draws on has priority 3 or more, and no optional task of a
  direction that no question draws on outranks a task of that direction a question draws on (what
  interviews ask outranks nice-to-haves);
- whole works: a book or course resource links a chapter or a section, not the work's front page
  (a Hugging Face Space, or a path of one segment).
"""
import re
from urllib.parse import urlparse

# direction -> gap -> patterns joined by " && ": each must match (ignoring case) the en title,
# summary or deliverable of one core task of the direction or a common core task
CORE_GAPS = {
    "common": {
        "tokenisation": r"tokeni[sz]",
        "attention": r"\battention\b",
        "sampling (temperature, top-p)": r"sampl && temperature|top-p",
        "post-training: SFT, DPO, RL with verifiable rewards":
            r"\bSFT\b && \bDPO\b && verifiable reward",
        "reasoning models": r"reasoning model",
        "choosing a model: open-weight or closed, cost, licence":
            r"open-weight && closed && licen[cs]e && price|cost",
        "AI coding assistants": r"AI coding assistant|coding assistant",
    },
    "data": {
        "tool-use and agent-trajectory data": r"tool[- ]call|tool-use && trajector",
        "licences and opt-outs": r"licen[cs]e && opt-out",
        "the EU AI Act's training-content summary": r"EU AI Act && summary",
        "human annotation": r"annotat|Label Studio",
        "a calibrated LLM judge": r"\bjudge\b && agree",
        "preference data": r"chosen && rejected && \bDPO\b",
    },
    "platform": {
        "tensor, pipeline and context parallelism hands-on":
            r"tensor parallel && pipeline parallel && context parallel && trained|train",
        "Kubernetes gang scheduling (JobSet, LeaderWorkerSet, Kueue)":
            r"gang && JobSet && Kueue && LeaderWorkerSet",
        "RDMA / InfiniBand basics": r"InfiniBand && RDMA|RoCE",
        "NCCL fabric check": r"nccl-tests",
    },
    "application": {
        "an MCP server and client": r"\bMCP server && MCP client|MCP Inspector",
        "an agent SDK with multi-step tool use":
            r"Agents SDK|Agent SDK|\bADK\b|smolagents && multi-step",
        "context engineering": r"context engineering|engineer the context",
        "long context": r"long[- ]context",
        "evaluation before the build": r"evaluation && before && agent",
        "LLM API token spend": r"API token",
    },
    "deployment": {
        "NVFP4/MXFP4 on Blackwell": r"NVFP4 && Blackwell",
        "KV-aware routing": r"KV-cache-aware rout|KV-aware rout",
        "disaggregated serving with llm-d or NVIDIA Dynamo": r"llm-d|Dynamo && prefill && decode",
        "multi-LoRA serving": r"LoRA adapters|multi-LoRA",
        "structured decoding (XGrammar)": r"XGrammar",
        "ROCm": r"\bROCm\b",
        "Ascend": r"\bAscend\b",
    },
}
CORE_QUESTIONS = 0.75  # share of each direction's questions drawn only on core tasks


def _en(text):
    return text if isinstance(text, str) else (text or {}).get("en", "")


def _mine(task, d):
    """A task of direction d, or a common one; d == "common" means common tasks only."""
    dirs = task.get("directions", [])
    return dirs == ["common"] or (d != "common" and d in dirs)


def _covers(task, patterns):
    text = " ".join(_en(task.get(k)) for k in ("title", "summary", "deliverable"))
    return all(re.search(p, text, re.IGNORECASE) for p in patterns.split(" && "))


def check_core_gaps(cat, _):
    for d, gaps in CORE_GAPS.items():
        core = [t for t in cat.get("tasks", []) if _mine(t, d) and t.get("core", True)]
        for gap, patterns in gaps.items():
            if not any(_covers(t, patterns) for t in core):
                where = "common" if d == "common" else f"{d} or common"
                yield None, f"core gap: no core {where} task names {gap} in its en title, " \
                            "summary or deliverable (a short plan would drop it)"


def check_core_questions(cat, ids):
    for i, d in enumerate(cat.get("directions", [])):
        qs = d.get("interview_questions", [])
        core = [q for q in qs
                if q.get("tasks") and all(ids.get(x, {}).get("core", True) for x in q["tasks"])]
        if qs and len(core) < CORE_QUESTIONS * len(qs):
            yield f"/directions/{i}/interview_questions", \
                f"{d.get('id')}: {len(core)} of {len(qs)} questions draw only on core tasks; " \
                f"at least {CORE_QUESTIONS:.0%} must, so a short plan can prepare them"


def check_priorities(cat, ids):
    for d in cat.get("directions", []):
        did = d.get("id")
        asked = {x for q in d.get("interview_questions", []) for x in q.get("tasks", [])
                 if did in ids.get(x, {}).get("directions", [])}
        if not asked:
            continue
        for x in sorted(asked):
            if ids[x].get("core", True) and ids[x].get("priority", 3) < 3:
                yield None, f"{did}: core {x} is asked about in interviews but has priority " \
                            f"{ids[x].get('priority')}; give it 3 or more"
        floor = min(ids[x].get("priority", 3) for x in asked)
        for t in cat.get("tasks", []):
            if did in t.get("directions", []) and not t.get("core", True) \
                    and t.get("id") not in asked and t.get("priority", 3) > floor:
                yield None, f"{did}: optional {t.get('id')} (priority {t.get('priority')}) " \
                            f"outranks a task the interviews ask about (priority {floor})"


def whole_work(url):
    """True for the front page of a whole book, course or site rather than one of its parts."""
    segs = [s for s in url.path.split("/") if s]
    if url.netloc == "huggingface.co" and len(segs) == 3 and segs[0] == "spaces":
        return not url.query and not url.fragment
    return len(segs) <= 1 and not url.query and not url.fragment


def check_whole_works(cat, _):
    for i, t in enumerate(cat.get("tasks", [])):
        for j, r in enumerate(t.get("resources", [])):
            url = urlparse(r.get("url", ""))
            if r.get("type") in ("book", "course") and whole_work(url):
                yield f"/tasks/{i}/resources/{j}/url", \
                    f"{t.get('id')}: {r.get('url')} is a whole {r.get('type')}'s front page; " \
                    "link the chapter or section that teaches the task"


RULES = [check_core_gaps, check_core_questions, check_priorities, check_whole_works]
