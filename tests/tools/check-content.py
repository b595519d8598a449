#!/usr/bin/python3
"""Checks the content of the default catalogue against the rules of docs/content.md.

Usage: tests/tools/check-content.py [CATALOG [CONTENT_DOC]]
       (default: this repository's data/catalog.json and docs/content.md)
Prints one line per violation, `FILE:POINTER: message` or `FILE: message`, and exits 1 if there is
one; else prints a summary and exits 0. Standard library only. What `llmpath catalog validate`
checks (ids, references, cycles, languages of texts, phase days, checkpoint parts' phases and
directions, presenting loops, taught before used, shorten) is not repeated. Rules:
- texts: no Chinese in en; in every zh text, one space (not two) between Chinese and a Latin letter
  or digit, on both sides; no space beside full-width punctuation; no ASCII , . : ; ? ! ( ) next
  to a Chinese character, nor , : ; ? ! apart from one by spaces; no ", " between Latin words of a
  Chinese sentence (list items take 、); the ellipsis is ……; no text cites a source the learner
  never sees (en "the article", zh 文章 or 原文 with a word that cites it);
- terms: the article's terms where the content brief names them (PLACED_TERMS); 数据管道 and
  结果验证 nowhere;
- directions: 8-12 interview questions in en and as many in zh, none repeated;
- layers: the six ids top to bottom, 3-6 tools and 1-4 directions each;
- tasks: a deliverable in en and zh; 1-4 resources, https with a host, none a site's or a GitHub
  repository's front page unless FRONT_PAGE_OK lists the task and URL; one official resource at
  least that is not a documentation front page; no URL in more than 3 tasks;
- gpu: the price table, the GPUs a task's class lists, and a source and date for every price in
  docs/content.md: see content_gpu.py;
- order: llm-overview first, without prerequisites; bridging tasks right after it, each common, in
  the first phase, with skip_if_skills and listed by a pitfall;
- presenting: one interview task, which presents; no building task needs a presenting task;
- questions: answering yes to k8s gives the skills kubernetes and docker;
- phases: ready_to_apply on hands-on only; hands-on and portfolio have a checkpoint for every
  direction; every checkpoint part has a text and names only core tasks;
- gaps (issue 17): every entry of GAPS is named by the en title, summary or deliverable of a task
  of its direction or common;
- tools: a deliverable that names Git (GitHub, a repository, commits or a pull request),
  lm-evaluation-harness or llama.cpp uses (or teaches) the skill git, lm-eval or llama-cpp;
- questions: each interview question names tasks of its direction or common;
- budget: a complete beginner's core hours (core tasks of the direction and common, plus optional
  prerequisites they pull in, at a beginner's hours_by) are at most 234 per direction (26 weeks at
  9 h a week); at least 6
  foundations, 6 hands-on and 5 portfolio tasks per direction, bridging not counted;
- core work, interview questions, priorities, whole works and price sources: see content_core.py.
"""
import json
import os
import re
import sys
from collections import defaultdict
from urllib.parse import urlparse

import content_core
import content_gpu

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "../../data/catalog.json")
DEFAULT_DOC = os.path.join(HERE, "../../docs/content.md")
BUDGET = 234  # 26 weeks at 9 h a week
# A complete beginner's answers, for the hours of tasks whose effort depends on an answer
BEGINNER = {"background": "none", "coding": "none", "python": "none", "linux": "none",
            "math": "weak", "gpu": "none", "business": "low", "k8s": "no"}
CJK = "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
LATIN = "[A-Za-z0-9]"
FULLWIDTH = "，。：；？！（）、“”‘’《》【】「」『』…—"
LAYERS = ["application", "model", "pipeline", "data", "inference", "mlops"]
DRIFTED = ["数据管道", "结果验证"]
# "place: terms": each term is in the zh text at the place (list items are chosen by id)
PLACED_TERMS = [
    "description: 全景图, 做过项目, 自己适合哪个方向",
    "layers/application/name: 应用层", "layers/model/name: 模型层",
    "layers/pipeline/name: 训练链路", "layers/data/name: 数据层",
    "layers/inference/name: 部署链路", "layers/mlops/name: 运维与平台",
    "directions/data/name: 数据方向", "directions/platform/name: 平台方向",
    "directions/application/name: 应用方向", "directions/deployment/name: 部署方向",
    "directions/data/tagline: 转行者的黄金入口", "directions/platform/tagline: 程序员转行最优路径",
    "directions/application/tagline: 最卷但最酷", "directions/deployment/tagline: 高门槛但极缺人",
    "directions/data/keywords: 数据构建, 清洗, 评测集",
    "directions/platform/keywords: 训练流水线, 分布式",
    "directions/application/keywords: RAG, Agent, 对话系统",
    "directions/deployment/keywords: 推理加速, 压缩, 端侧",
    "directions/data/suits: 完全小白, 转行者", "directions/platform/suits: 后端, 大数据, DevOps",
    "directions/application/suits: 业务理解强", "directions/deployment/suits: 系统开发背景",
    "directions/data/work: 知识构建, Knowledge Build, 评测集",
    "directions/deployment/work: 推理加速, 模型压缩, 量化, 端侧适配",
    "phases/foundations/title: 认知构建", "phases/hands-on/title: 实战落地",
    "phases/portfolio/title: 项目打磨, 简历优化",
    "pitfalls/tune-first: 调模型, 数据链路, 训练脚本, 推理服务, 验证效果",
    "pitfalls/buzzwords: 到处收集名词, 法律问答助手", "pitfalls/weak-engineering: 工程能力太弱",
]
# direction -> gap -> patterns joined by " && ": each must match (ignoring case) the en title,
# summary or deliverable of one task of the direction or common
GAPS = {
    "data": {
        "DPO chosen/rejected preference pairs": r"\bDPO\b && chosen|preference pair",
        "verifiable rewards / GRPO": r"verifiable[- ]reward|\bGRPO\b|\bRLVR\b",
        "a FineWeb-Edu-style quality classifier": r"FineWeb-Edu|quality && classifier",
        "a data-mixture ablation": r"mixture && ablation",
        "chain-of-thought / reasoning data": r"chain[- ]of[- ]thought|reasoning (data|traces)",
        "a knowledge base build (Knowledge Build)": r"knowledge build|knowledge base"},
    "platform": {
        "DPO/GRPO post-training with TRL, veRL or OpenRLHF":
            r"\b(TRL|veRL|OpenRLHF)\b && \b(DPO|GRPO)\b",
        "FSDP2 fully_shard or TorchTitan": r"FSDP2|fully_shard|TorchTitan",
        "FP8 mixed precision": r"\bFP8\b && mixed[- ]precision",
        "streaming data from object storage": r"stream && object stor|\bS3\b",
        "experiment tracking": r"experiment tracking|\bMLflow\b|\bW&B\b|Weights (&|and) Biases"},
    "application": {
        "prompt injection": "prompt injection", "the OWASP Top 10 for LLMs": "OWASP",
        "PII": r"\bPII\b", "query rewriting": "query rewrit",
        "hybrid retrieval": "hybrid (search|retrieval)",
        "contextual retrieval": "contextual retrieval",
        "long context versus RAG": r"long[- ]context && \bRAG\b",
        "RAG evaluation": r"evaluat|\bRagas\b && \bRAG\b",
        "agent evaluation": r"evaluat && \bagent",
        "docker compose containers": "docker[ -]compose", "a chatbot demo": "chatbot",
        "AIGC": r"\bAIGC\b"},
    "deployment": {
        "FP8/FP4 quantisation": r"\bFP8\b|\bFP4\b|NVFP4|MXFP4 && quanti[sz]|\bW8A8\b",
        "KV-cache quantisation": r"KV[- ]cache && quanti[sz]|\bFP8\b|\bINT8\b",
        "mixture-of-experts serving": r"mixture[- ]of[- ]experts|\bMoE\b && serv",
        "disaggregated prefill/decode": "disaggregat && prefill",
        "speculative decoding (EAGLE)": "speculative decoding && EAGLE",
        "vllm bench or AIPerf": "vllm bench|AIPerf", "llama.cpp": r"llama\.cpp",
        "MLX": r"\bMLX\b", "ExecuTorch": "ExecuTorch",
        "Kubernetes for serving": r"Kubernetes|\bK8s\b && serv"},
}
GENERIC_SEGMENTS = {"en", "en-us", "zh", "zh-cn", "latest", "stable", "main", "master", "docs",
                    "doc", "documentation", "index.html", "index", "home", "current"}
# (task id, url) -> why the task may link a site's or a repository's front page: only a task about
# that project as a whole, such as ("open-source", "https://github.com/OWNER/REPO"): "the task is
# to contribute to this project". None does now; keep the list short and give each entry a reason.
FRONT_PAGE_OK = {}
# a text that cites a source the learner never sees: "the article('s)", "this/that (original)
# article"; in Chinese 文章 or 原文 with a word that cites it (文章中、文章提到、该文章、原文指出……),
# not 文本、原文件、原文本, a write-up's 技术文章中 or 你的文章里
EN_CITATION = r"\b(?:the|this|that)\s+(?:original\s+|source\s+)?article\b"
ZH_CITES = "中|里|内|提到|提及|所说|所讲|所述|所言|指出|认为|建议|写道|介绍的|列出的|说(?!明)"
ZH_CITATION = (f"(?:这篇|那篇|该|此|上述|原)文章|(?<![篇的术客])文章(?:{ZH_CITES})"
               f"|(?:见|据|引自|参见)原文|原文(?:{ZH_CITES})")


def en(text):
    return text if isinstance(text, str) else (text or {}).get("en", "")


def by_id(items):
    return {x.get("id"): x for x in items if isinstance(x, dict)}


def in_direction(task, d):
    return task.get("directions") == ["common"] or d in task.get("directions", [])


def texts(node, path=""):
    """Yields (pointer, text object) for every localised text object under node."""
    if isinstance(node, dict):
        if node and all(isinstance(v, str) for v in node.values()) and {"en", "zh"} & set(node):
            yield path, node
            return
        for k, v in node.items():
            yield from texts(v, f"{path}/{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from texts(v, f"{path}/{i}")


def is_text(obj, langs=("en", "zh")):
    return isinstance(obj, dict) and all(str(obj.get(x) or "").strip() for x in langs)


def front_page(url):
    """True for a site's or a documentation's front page rather than a page that teaches."""
    segs = [s for s in url.path.lower().split("/") if s]
    if all(s in GENERIC_SEGMENTS or re.match(r"^v?\d+(\.\d+)*$", s) for s in segs):
        return not url.query
    return url.netloc == "huggingface.co" and len(segs) == 2 and segs[0] == "docs"


def typography_problems(zh):
    plain = re.sub(r"https?://\S+|`[^`]*`", "", zh)
    rules = [
        (zh, f"{CJK}{LATIN}|{LATIN}{CJK}", "no space between Chinese and Latin or digit"),
        (zh, f"{CJK}[ \u3000]{{2,}}{LATIN}|{LATIN}[ \u3000]{{2,}}{CJK}", "more than one space"),
        (zh, f" [{FULLWIDTH}]|[{FULLWIDTH}] ", "space beside full-width punctuation"),
        (zh, f"{CJK}[,.:;?!()]|[,.:;?!()]{CJK}", "ASCII punctuation next to a Chinese character"),
        (plain, f"{CJK}\\s+[,:;?!]|[,:;?!]\\s+{CJK}", "ASCII punctuation in a Chinese sentence"),
        (plain, r"\.\.\.|…{3,}|(?<!…)…(?!…)", "ellipsis must be ……"),
    ]
    for text, pattern, what in rules:
        for m in re.finditer(pattern, text):
            yield f"{what} at {m.group(0)!r}"
    # an English quotation inside a Chinese sentence may keep its commas
    unquoted = re.sub(r"“[^“”]*”", lambda m: m.group(0) if re.search(CJK, m.group(0)) else "",
                      plain)
    if re.search(CJK, unquoted) and re.search(r"[A-Za-z0-9)], [A-Za-z]", unquoted):
        yield "ASCII comma between Latin words of a Chinese sentence (join list items with 、)"


def check_texts(cat, _):
    for path, obj in texts(cat):
        zh = obj.get("zh", "")
        for problem in typography_problems(zh):
            yield f"{path}/zh", f"{problem}: {zh[:50]}"
        if re.search(CJK, obj.get("en", "")):
            yield f"{path}/en", "Chinese characters in English text"
        for lang, pattern in (("en", EN_CITATION), ("zh", ZH_CITATION)):
            m = re.search(pattern, obj.get(lang, ""), re.IGNORECASE)
            if m:
                yield f"{path}/{lang}", f"cites {m.group(0)!r}, a source the learner never sees; " \
                                        "say it in the text's own words"


def node_at(cat, keys):
    node = cat
    for k in keys:
        node = by_id(node).get(k) if isinstance(node, list) else (node or {}).get(k)
    return node


def check_terms(cat, _):
    for entry in PLACED_TERMS:
        place, terms = entry.split(": ")
        zh = "\n".join(obj.get("zh", "") for _, obj in texts(node_at(cat, place.split("/"))))
        for term in terms.split(", "):
            if term not in zh:
                yield None, f"article term {term} missing from the zh text of {place}"
    for path, obj in texts(cat):
        for term in DRIFTED:
            if term in obj.get("zh", ""):
                yield f"{path}/zh", f"drifted term {term}; use the source's term"


def check_directions(cat, _):
    for i, d in enumerate(cat.get("directions", [])):
        p, items = f"/directions/{i}/interview_questions", d.get("interview_questions", [])
        qs = [q.get("text") for q in items]
        n = {lang: sum(1 for q in qs if is_text(q, [lang])) for lang in ("en", "zh")}
        if not (8 <= n["en"] <= 12 and n["en"] == n["zh"]):
            yield p, f"{d.get('id')}: {n['en']} en and {n['zh']} zh questions, expected 8-12 each"
        if len({en(q) for q in qs}) != len(qs):
            yield p, f"{d.get('id')}: a question is repeated"


def check_layers(cat, _):
    layers = cat.get("layers", [])
    if [layer.get("id") for layer in layers] != LAYERS:
        yield "/layers", f"expected the six layers top to bottom: {', '.join(LAYERS)}"
    directions = {d.get("id") for d in cat.get("directions", [])}
    for i, layer in enumerate(layers):
        if not 3 <= len(layer.get("tools", [])) <= 6:
            yield f"/layers/{i}/tools", "expected 3-6 tools"
        dirs = layer.get("directions", [])
        if not 1 <= len(dirs) <= 4 or not set(dirs) <= directions:
            yield f"/layers/{i}/directions", "expected 1-4 direction ids"


def bare_front_page(url):
    """'site' or 'repository' for a link to a site's or a GitHub repository's front page, else ''.

    A site's front page has an empty path and no query; a repository's is github.com/OWNER/REPO
    (or an owner's page), with a trailing slash or a query such as ?tab=readme-ov-file but no
    #section of its README."""
    segs = [s for s in url.path.split("/") if s]
    if not segs and not url.query:
        return "site"
    if url.netloc.lower() in ("github.com", "www.github.com") and len(segs) <= 2 \
            and not url.fragment:
        return "repository"
    return ""


def resource_problems(res, tid):
    url, text = urlparse(res.get("url", "")), res.get("url")
    kind = bare_front_page(url) if url.scheme == "https" and url.netloc else ""
    if url.scheme != "https" or not url.netloc:
        yield f"url {text} is not https with a host"
    elif kind and (tid, text) not in FRONT_PAGE_OK:
        yield f"url {text} is a {kind}'s front page; link the page that teaches the task " \
              "(a task about the whole project may list it in FRONT_PAGE_OK)"
    elif res.get("type") == "official" and front_page(url):
        yield f"official url {text} is a documentation front page; link the page that teaches"


def official_ok(res):
    url = urlparse(res.get("url", ""))
    return res.get("type") == "official" and url.scheme == "https" and not front_page(url)


def check_tasks(cat, _):
    url_tasks = defaultdict(set)
    for i, t in enumerate(cat.get("tasks", [])):
        p, tid = f"/tasks/{i}", t.get("id")
        res = [r for r in t.get("resources", []) if isinstance(r, dict)]
        if not is_text(t.get("deliverable")):
            yield f"{p}/deliverable", f"{tid}: needs a deliverable in en and zh"
        if not 1 <= len(res) <= 4:
            yield f"{p}/resources", f"{tid}: {len(res)} resources, expected 1-4"
        for j, r in enumerate(res):
            for problem in resource_problems(r, tid):
                yield f"{p}/resources/{j}/url", f"{tid}: {problem}"
            url_tasks[r.get("url")].add(tid)
        if not any(official_ok(r) for r in res):
            yield f"{p}/resources", f"{tid}: no official resource beyond a documentation front page"
        if t.get("phase") == "foundations" and res and res[0].get("type") == "paper":
            yield f"{p}/resources/0", f"{tid}: a foundations task starts with a paper; " \
                "put a guide that teaches first (its first resource is the plan's 'Start here')"
    for url, ids in sorted(url_tasks.items()):
        if len(ids) > 3:
            yield None, f"url {url} is linked by {len(ids)} tasks, over 3: {', '.join(sorted(ids))}"


def check_order(cat, _):
    tasks, first = cat.get("tasks", []), (cat.get("phases") or [{}])[0].get("id")
    if not tasks or tasks[0].get("id") != "llm-overview" or tasks[0].get("prerequisites"):
        yield "/tasks/0", "the first task must be llm-overview, with no prerequisites"
    bridging = [i for i, t in enumerate(tasks) if t.get("bridging")]
    if bridging != list(range(1, 1 + len(bridging))):
        yield None, f"bridging tasks at /tasks/{bridging}; they must follow llm-overview directly"
    listed = {x for pf in cat.get("pitfalls", []) for x in pf.get("tasks", [])}
    for i in bridging:
        t, p = tasks[i], f"/tasks/{i}"
        if t.get("directions") != ["common"] or t.get("phase") != first:
            yield p, f"bridging task {t.get('id')} must be a common task of {first}"
        if not t.get("skip_if_skills") or t.get("id") not in listed:
            yield p, f"bridging task {t.get('id')} needs skip_if_skills and a pitfall that lists it"


def check_presenting(cat, ids):
    interview = [t.get("id") for t in cat.get("tasks", []) if t.get("interview")]
    if len(interview) != 1 or not ids.get(interview[0], {}).get("presents"):
        yield None, f"expected exactly one interview task, which presents; got {interview}"
    for i, t in enumerate(cat.get("tasks", [])):
        for q in t.get("prerequisites", []):
            if not t.get("presents") and ids.get(q, {}).get("presents"):
                yield f"/tasks/{i}/prerequisites", f"{t.get('id')} builds but needs presenting {q}"


def check_k8s(cat, _):
    k8s = by_id(cat.get("questions", [])).get("k8s", {})
    yes = [c for c in k8s.get("choices", []) if c.get("value") == "yes"] or [{}]
    if k8s and not {"kubernetes", "docker"} <= set(yes[0].get("skills", [])):
        yield None, "question k8s: the answer yes must give the skills kubernetes and docker"


def part_problems(parts, ids):
    if not isinstance(parts, list) or not parts:
        yield "", "expected a non-empty list of parts"
        return
    for j, part in enumerate(parts):
        names = part.get("tasks", []) if isinstance(part, dict) else []
        if not names or not is_text(part.get("text")):
            yield f"/{j}", "a part needs a text in en and zh and at least one task"
        for tid in names:
            if not ids.get(tid, {}).get("core", True):
                yield f"/{j}/tasks", f"{tid} is optional; a checkpoint part names core tasks only"


def check_phases(cat, ids):
    phases = cat.get("phases", [])
    ready = [p.get("id") for p in phases if p.get("ready_to_apply")]
    if ready != ["hands-on"]:
        yield None, f"ready_to_apply is set on {ready}, expected exactly ['hands-on']"
    for i, ph in enumerate(phases):
        p, dc = f"/phases/{i}", ph.get("direction_checkpoints", {})
        for sub, msg in part_problems(ph.get("checkpoint"), ids):
            yield f"{p}/checkpoint{sub}", msg
        for d in [x.get("id") for x in cat.get("directions", [])]:
            if ph.get("id") in ("hands-on", "portfolio") and d not in dc:
                yield f"{p}/direction_checkpoints", f"no checkpoint for {d}"
        for d, parts in dc.items():
            for sub, msg in part_problems(parts, ids):
                yield f"{p}/direction_checkpoints/{d}{sub}", msg


def covers(task, patterns):
    text = " ".join(en(task.get(k)) for k in ("title", "summary", "deliverable"))
    return all(re.search(p, text, re.IGNORECASE) for p in patterns.split(" && "))


def check_gaps(cat, _):
    for d, gaps in GAPS.items():
        mine = [t for t in cat.get("tasks", []) if in_direction(t, d)]
        for gap, patterns in gaps.items():
            if not any(covers(t, patterns) for t in mine):
                yield None, f"gap uncovered: no {d} or common task names {gap} in its en title, " \
                            "summary or deliverable"


def core_tasks(cat, ids, d):
    """Core tasks of d and common, plus the optional prerequisites they pull in."""
    req = {t.get("id") for t in cat.get("tasks", []) if in_direction(t, d) and t.get("core", True)}
    stack = list(req)
    while stack:
        for q in ids.get(stack.pop(), {}).get("prerequisites", []):
            if q in ids and in_direction(ids[q], d) and q not in req:
                req.add(q)
                stack.append(q)
    return req


def beginner_hours(task):
    by = task.get("hours_by")
    if by:
        return by.get("hours", {}).get(BEGINNER.get(by.get("question")), task.get("hours", 0))
    return task.get("hours", 0)


def core_hours(cat, ids):
    return {d.get("id"): sum(beginner_hours(ids[x]) for x in core_tasks(cat, ids, d.get("id")))
            for d in cat.get("directions", [])}


def check_budget(cat, ids):
    phases = [p.get("id") for p in cat.get("phases", [])]
    for d, hours in core_hours(cat, ids).items():
        if hours > BUDGET:
            yield None, f"{d}: a complete beginner's core work is {hours} h, over {BUDGET} h"
        n = [sum(1 for t in cat.get("tasks", []) if in_direction(t, d) and t.get("phase") == ph
                 and not t.get("bridging")) for ph in phases]
        if len(n) != 3 or n[0] < 6 or n[1] < 6 or n[2] < 5:
            yield None, f"{d}: {n} tasks per phase, expected at least 6, 6 and 5"


# The tools a deliverable can name, each with the skill a task must use (or teach) to name it, so
# that the plan teaches the tool before a deliverable asks for it.
TOOL_SKILLS = [
    (re.compile(r"\bGit\b|GitHub|\brepositor|\bcommits?\b|pull request"), "git", "Git"),
    (re.compile(r"lm-evaluation-harness"), "lm-eval", "lm-evaluation-harness"),
    (re.compile(r"llama\.cpp|llama-bench|llama-quantize"), "llama-cpp", "llama.cpp"),
]


def check_tools(cat, _):
    """A deliverable that needs a tool declares its skill, so the plan teaches the tool first."""
    for i, t in enumerate(cat.get("tasks", [])):
        for words, skill, tool in TOOL_SKILLS:
            if words.search(en(t.get("deliverable", ""))) and \
                    skill not in t.get("uses", []) + t.get("teaches", []):
                yield f"/tasks/{i}/uses", \
                    f"{t.get('id')}: the deliverable needs {tool}; add '{skill}' to uses"


def check_questions(cat, ids):
    """Each interview question names tasks of its direction or common."""
    for i, d in enumerate(cat.get("directions", [])):
        for k, q in enumerate(d.get("interview_questions", [])):
            for tid in q.get("tasks", []):
                if tid not in ids or not in_direction(ids[tid], d.get("id")):
                    yield f"/directions/{i}/interview_questions/{k}", f"{tid} is not a task of it"


RULES = [check_texts, check_terms, check_directions, check_layers, check_tasks,
         content_gpu.check_gpu, check_order, check_presenting, check_k8s, check_phases, check_gaps,
         check_budget, check_tools, check_questions] + content_core.RULES


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.normpath(DEFAULT)
    doc_path = sys.argv[2] if len(sys.argv) > 2 else os.path.normpath(DEFAULT_DOC)
    name = os.path.basename(path)
    try:
        with open(path, encoding="utf-8") as f:
            cat = json.load(f)
        doc = open(doc_path, encoding="utf-8").read() if os.path.exists(doc_path) else None
        ids = by_id(cat.get("tasks", []))
        problems = [(p, m) for rule in RULES for p, m in rule(cat, ids)]
        problems += list(content_gpu.check_price_sources(cat, doc))
    except (OSError, ValueError) as e:
        print(f"{name}: cannot read the catalogue: {e}")
        return 1
    except (KeyError, TypeError, AttributeError) as e:
        print(f"{name}: malformed catalogue ({e!r}); run llmpath catalog validate {path}")
        return 1
    for pointer, message in problems:
        print(f"{name}:{pointer}: {message}" if pointer else f"{name}: {message}")
    if problems:
        print(f"{len(problems)} content violation(s)")
        return 1
    hours = ", ".join(f"{d} {h} h" for d, h in core_hours(cat, ids).items())
    gaps = sum(len(g) for g in GAPS.values()) + sum(len(g) for g in content_core.CORE_GAPS.values())
    print(f"content rules: ok ({len(cat['tasks'])} tasks, {gaps} gaps covered, "
          f"beginner core hours {hours}, at most {BUDGET} h)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
