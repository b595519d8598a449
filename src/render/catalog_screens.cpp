#include <llmpath/render_catalog.hpp>

#include <llmpath/error.hpp>

#include "render/common.hpp"
#include "render/markdown.hpp"
#include "util/say.hpp"
#include "util/suggest.hpp"
#include "util/table.hpp"
#include "util/text.hpp"

#include <fmt/color.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace llmpath {

namespace {

using nlohmann::ordered_json;

using render::format;
using render::labels;
using render::Labels;

std::string clean(const Text& text, std::string_view lang) {
    return util::strip_controls(text.get(lang));
}

std::string join_texts(const std::vector<Text>& texts, std::string_view lang,
                       std::string_view sep) {
    std::string out;
    for (const auto& t : texts) {
        if (!out.empty()) {
            out += sep;
        }
        out += clean(t, lang);
    }
    return out;
}

/// "Label: text" with the text wrapped under itself.
void field(std::string& out, std::string_view lang, std::string_view label,
           const std::string& value, int width) {
    if (value.empty()) {
        return;
    }
    const std::string head = std::string(label) + labels(lang).colon;
    const int indent = util::display_width(head);
    const auto lines = util::wrap(render::spaced(value), std::max(20, width - indent));
    for (std::size_t i = 0; i < lines.size(); ++i) {
        out += i == 0 ? head : std::string(static_cast<std::size_t>(indent), ' ');
        out += lines[i];
        out += '\n';
    }
}

void bullet(std::string& out, const std::string& value, int width, std::string_view indent = "  ") {
    const std::string head = std::string(indent) + "- ";
    const auto lines =
        util::wrap(render::spaced(value), std::max(20, width - util::display_width(head)));
    for (std::size_t i = 0; i < lines.size(); ++i) {
        out +=
            i == 0 ? head : std::string(static_cast<std::size_t>(util::display_width(head)), ' ');
        out += lines[i];
        out += '\n';
    }
}

void paragraph(std::string& out, const std::string& value, int width) {
    if (value.empty()) {
        return;
    }
    for (const auto& line : util::wrap(render::spaced(value), width)) {
        out += line;
        out += '\n';
    }
}

/// "id — Title", wrapped, bold on a colour terminal.
std::string heading(const std::string& text, int width, bool color) {
    std::string out;
    for (const auto& line : util::wrap(text, width)) {
        out += (color ? fmt::format(fmt::emphasis::bold, "{}", line) : line) + "\n";
    }
    return out;
}

/// "Label:" on a line of its own, before a list.
std::string list_head(std::string_view lang, std::string_view label) {
    return std::string(label) + (render::is_zh(lang) ? "：" : ":") + "\n";
}

/// Tasks by title, with their ids.
std::string task_list(const Catalog& catalog, const std::vector<std::string>& ids,
                      std::string_view lang) {
    std::vector<std::string> items;
    for (const auto& id : ids) {
        items.push_back(render::with_id(lang, render::task_title(catalog, id, lang), id));
    }
    return render::list(items, lang);
}

ordered_json text_json(const Text& text, std::string_view lang) {
    return util::strip_controls(text.get(lang));
}

ordered_json texts_json(const std::vector<Text>& texts, std::string_view lang) {
    ordered_json arr = ordered_json::array();
    for (const auto& t : texts) {
        arr.push_back(text_json(t, lang));
    }
    return arr;
}

ordered_json parts_json(const std::vector<CheckpointPart>& parts, std::string_view lang) {
    ordered_json arr = ordered_json::array();
    for (const auto& part : parts) {
        arr.push_back({{"text", text_json(part.text, lang)}, {"tasks", part.tasks}});
    }
    return arr;
}

struct TaskStats {
    int count = 0;
    int core_hours = 0;
    std::vector<std::pair<std::string, int>> by_phase;
};

TaskStats stats_for(const Catalog& catalog, const std::string& direction) {
    TaskStats s;
    for (const auto& phase : catalog.phases) {
        s.by_phase.emplace_back(phase.id, 0);
    }
    for (const auto& task : catalog.tasks) {
        if (!task.belongs_to(direction)) {
            continue;
        }
        ++s.count;
        if (task.core && !task.bridging) {
            s.core_hours += task.hours;
        }
        for (auto& [phase, n] : s.by_phase) {
            if (phase == task.phase) {
                ++n;
            }
        }
    }
    return s;
}

[[noreturn]] void unknown_id(const Catalog& catalog, std::string_view id) {
    throw InputError(
        util::say(msg::unknown_id, util::quoted(id), util::suggestion(id, catalog.subject_ids())));
}

std::string show_direction(const Catalog& catalog, const Direction& d, std::string_view lang,
                           int width, bool color) {
    const Labels& l = labels(lang);
    std::string out = heading(d.id + " — " + clean(d.name, lang), width, color);
    paragraph(out, clean(d.tagline, lang), width);
    out += '\n';
    field(out, lang, l.keywords, join_texts(d.keywords, lang, l.list_sep), width);
    field(out, lang, l.suits, clean(d.suits, lang), width);
    if (!d.work.empty()) {
        out += list_head(lang, l.work);
        for (const auto& w : d.work) {
            bullet(out, clean(w, lang), width);
        }
    }
    field(out, lang, l.verdict, clean(d.verdict, lang), width);
    const TaskStats s = stats_for(catalog, d.id);
    std::vector<std::string> by_phase;
    for (const auto& [phase, n] : s.by_phase) {
        const Phase* p = catalog.find_phase(phase);
        by_phase.push_back(format(l.phase_count, p == nullptr ? phase : clean(p->title, lang), n));
    }
    field(out, lang, l.tasks_head,
          format(l.task_counts, s.count, render::list(by_phase, lang), s.core_hours), width);
    return out;
}

std::string show_phase(const Catalog& catalog, const Phase& p, std::string_view lang, int width,
                       bool color) {
    const Labels& l = labels(lang);
    std::string out = heading(p.id + " — " + clean(p.title, lang), width, color) + "\n";
    field(out, lang, l.days, format(l.day_range, p.start_day, p.end_day), width);
    field(out, lang, l.goal, clean(p.goal, lang), width);
    out += list_head(lang, l.checkpoint);
    for (const auto& part : p.checkpoint) {
        bullet(out, clean(part.text, lang), width);
    }
    for (const auto& d : catalog.directions) {
        if (auto it = p.direction_checkpoints.find(d.id); it != p.direction_checkpoints.end()) {
            out += list_head(lang, clean(d.name, lang));
            for (const auto& part : it->second) {
                bullet(out, clean(part.text, lang), width);
            }
        }
    }
    return out;
}

std::string show_pitfall(const Catalog& catalog, const Pitfall& p, std::string_view lang, int width,
                         bool color) {
    const Labels& l = labels(lang);
    std::string out = heading(p.id + " — " + clean(p.title, lang), width, color);
    paragraph(out, clean(p.summary, lang), width);
    for (const auto& list : p.lists) {
        out += '\n' + list_head(lang, clean(list.title, lang));
        for (const auto& item : list.items) {
            bullet(out, clean(item, lang), width);
        }
    }
    if (!p.flag_when.empty() || !p.tasks.empty()) {
        out += '\n';
    }
    std::vector<std::string> conditions;
    for (const auto& c : p.flag_when) {
        conditions.push_back(render::condition_text(catalog, c, lang));
    }
    field(out, lang, l.flagged_when, util::join(conditions, render::is_zh(lang) ? "；" : "; "),
          width);
    field(out, lang, l.addressed_by, task_list(catalog, p.tasks, lang), width);
    return out;
}

std::string show_task(const Catalog& catalog, const Task& t, std::string_view lang, int width,
                      bool color) {
    const Labels& l = labels(lang);
    std::string out = heading(t.id + " — " + clean(t.title, lang), width, color);
    paragraph(out, clean(t.summary, lang), width);
    out += '\n';
    const Phase* phase = catalog.find_phase(t.phase);
    field(out, lang, l.phase_head, phase == nullptr ? t.phase : clean(phase->title, lang), width);
    std::vector<std::string> directions;
    for (const auto& d : t.directions) {
        directions.push_back(render::direction_name(catalog, d, lang));
    }
    field(out, lang, l.directions_head,
          t.is_common() ? std::string(l.all_directions) : render::list(directions, lang), width);
    std::string tags = t.core ? l.core_tag : l.optional_tag;
    if (t.bridging) {
        tags += std::string(l.detail_sep) + l.bridging_tag;
    }
    field(out, lang, l.hours_head, format(l.hours, t.hours) + render::paren(lang, tags), width);
    field(out, lang, l.prerequisites, task_list(catalog, t.prerequisites, lang), width);
    field(out, lang, l.deliverable, clean(t.deliverable, lang), width);
    field(out, lang, l.skipped_with, render::skill_names(catalog, t, lang), width);
    if (!t.resources.empty()) {
        out += list_head(lang, l.resources);
        for (const auto& r : t.resources) {
            bullet(out,
                   clean(r.title, lang) +
                       render::paren(lang, markdown::resource_type_label(r.type, lang)) + " " +
                       util::strip_controls(r.url),
                   width);
        }
    }
    return out;
}

} // namespace

std::string render_directions_text(const Catalog& catalog, std::string_view lang, int width,
                                   bool color) {
    const Labels& l = labels(lang);
    std::vector<util::TableColumn> columns{
        {"ID", false}, {l.name_head, false}, {l.keywords, true, l.list_sep}, {l.suits, true}};
    std::vector<std::vector<std::string>> rows;
    for (const auto& d : catalog.directions) {
        std::vector<std::string> keywords;
        for (const auto& k : d.keywords) {
            keywords.push_back(clean(k, lang));
        }
        rows.push_back({util::strip_controls(d.id), clean(d.name, lang),
                        util::join(keywords, util::k_item_separator), clean(d.suits, lang)});
    }
    const std::string bold_on = color ? "\x1b[1m" : "";
    const std::string bold_off = color ? "\x1b[0m" : "";
    return util::render_table(columns, rows, width, bold_on, bold_off);
}

std::string render_directions_json(const Catalog& catalog, std::string_view lang) {
    ordered_json out;
    out["schema_version"] = 1;
    out["catalog"] = {{"id", catalog.id}, {"version", catalog.version}};
    out["lang"] = lang;
    ordered_json list = ordered_json::array();
    for (const auto& d : catalog.directions) {
        list.push_back({{"id", d.id},
                        {"name", text_json(d.name, lang)},
                        {"tagline", text_json(d.tagline, lang)},
                        {"keywords", texts_json(d.keywords, lang)},
                        {"suits", text_json(d.suits, lang)},
                        {"work", texts_json(d.work, lang)},
                        {"verdict", text_json(d.verdict, lang)}});
    }
    out["directions"] = std::move(list);
    return render::json_document(out);
}

std::string render_show_text(const Catalog& catalog, std::string_view id, std::string_view lang,
                             int width, bool color) {
    if (const auto* d = catalog.find_direction(id)) {
        return show_direction(catalog, *d, lang, width, color);
    }
    if (const auto* p = catalog.find_phase(id)) {
        return show_phase(catalog, *p, lang, width, color);
    }
    if (const auto* p = catalog.find_pitfall(id)) {
        return show_pitfall(catalog, *p, lang, width, color);
    }
    if (const auto* t = catalog.find_task(id)) {
        return show_task(catalog, *t, lang, width, color);
    }
    unknown_id(catalog, id);
}

namespace {

void direction_json(ordered_json& out, const Catalog& catalog, const Direction& d,
                    std::string_view lang) {
    out["kind"] = "direction";
    out["id"] = d.id;
    out["name"] = text_json(d.name, lang);
    out["tagline"] = text_json(d.tagline, lang);
    out["keywords"] = texts_json(d.keywords, lang);
    out["suits"] = text_json(d.suits, lang);
    out["work"] = texts_json(d.work, lang);
    out["verdict"] = text_json(d.verdict, lang);
    ordered_json tasks = ordered_json::array();
    for (const auto& t : catalog.tasks) {
        if (t.belongs_to(d.id)) {
            tasks.push_back(t.id);
        }
    }
    out["tasks"] = std::move(tasks);
}

void phase_json(ordered_json& out, const Catalog& catalog, const Phase& p, std::string_view lang) {
    out["kind"] = "phase";
    out["id"] = p.id;
    out["title"] = text_json(p.title, lang);
    out["start_day"] = p.start_day;
    out["end_day"] = p.end_day;
    out["goal"] = text_json(p.goal, lang);
    out["checkpoint"] = parts_json(p.checkpoint, lang);
    ordered_json by_direction = ordered_json::object();
    for (const auto& dir : catalog.directions) {
        if (auto it = p.direction_checkpoints.find(dir.id); it != p.direction_checkpoints.end()) {
            by_direction[dir.id] = parts_json(it->second, lang);
        }
    }
    out["direction_checkpoints"] = std::move(by_direction);
}

void pitfall_json(ordered_json& out, const Pitfall& p, std::string_view lang) {
    out["kind"] = "pitfall";
    out["id"] = p.id;
    out["title"] = text_json(p.title, lang);
    out["summary"] = text_json(p.summary, lang);
    ordered_json lists = ordered_json::array();
    for (const auto& list : p.lists) {
        lists.push_back(
            {{"title", text_json(list.title, lang)}, {"items", texts_json(list.items, lang)}});
    }
    out["lists"] = std::move(lists);
    out["tasks"] = p.tasks;
}

void task_json(ordered_json& out, const Task& t, std::string_view lang) {
    out["kind"] = "task";
    out["id"] = t.id;
    out["title"] = text_json(t.title, lang);
    out["summary"] = text_json(t.summary, lang);
    out["phase"] = t.phase;
    out["directions"] = t.directions;
    out["hours"] = t.hours;
    out["core"] = t.core;
    out["bridging"] = t.bridging;
    out["prerequisites"] = t.prerequisites;
    out["deliverable"] = text_json(t.deliverable, lang);
    ordered_json resources = ordered_json::array();
    for (const auto& r : t.resources) {
        resources.push_back(
            {{"type", to_string(r.type)}, {"title", text_json(r.title, lang)}, {"url", r.url}});
    }
    out["resources"] = std::move(resources);
    out["skip_if_skills"] = t.skip_if_skills;
}

} // namespace

std::string render_show_json(const Catalog& catalog, std::string_view id, std::string_view lang) {
    ordered_json out;
    out["schema_version"] = 1;
    if (const auto* d = catalog.find_direction(id)) {
        direction_json(out, catalog, *d, lang);
    } else if (const auto* p = catalog.find_phase(id)) {
        phase_json(out, catalog, *p, lang);
    } else if (const auto* pit = catalog.find_pitfall(id)) {
        pitfall_json(out, *pit, lang);
    } else if (const auto* t = catalog.find_task(id)) {
        task_json(out, *t, lang);
    } else {
        unknown_id(catalog, id);
    }
    return render::json_document(out);
}

std::string render_validation_ok(const Catalog& catalog, std::string_view source) {
    const auto count = [](std::size_t n, std::string_view word) {
        return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
    };
    return fmt::format(
        "ok: {}: {} {}: {}, {}, {}, {}, {}\n", util::strip_controls(source),
        util::strip_controls(catalog.id), util::strip_controls(catalog.version),
        count(catalog.directions.size(), "direction"), count(catalog.phases.size(), "phase"),
        count(catalog.pitfalls.size(), "pitfall"), count(catalog.questions.size(), "question"),
        count(catalog.tasks.size(), "task"));
}

} // namespace llmpath
