#include "render_common.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <stdexcept>

namespace llmpath {

namespace {

/// Writes JSON straight into a string, keys in the order they are written. The output is the
/// same as nlohmann::ordered_json::dump(indent) of the same document (docs/plan-json.md), but
/// without building a tree first: batch mode renders thousands of reports a second.
class JsonWriter {
  public:
    JsonWriter(std::string &out, int indent) : m_out(out), m_indent(indent) {
        if (max_prefix() + 8 > k_buffer) {
            throw std::invalid_argument("JsonWriter: indent too wide");
        }
    }

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }

    /// Keys are the report's own field names (plain ASCII), so they need no escaping.
    void key(std::string_view k) {
        // The separator, the line break and `"k":` in one append: a plan writes about 800 keys.
        char buf[k_buffer];
        if (k.size() + 4 > sizeof buf - max_prefix()) {
            throw std::logic_error("JsonWriter: field name too long");
        }
        char *p = element_prefix(buf);
        *p++ = '"';
        p = std::copy(k.begin(), k.end(), p);
        *p++ = '"';
        *p++ = ':';
        if (m_indent >= 0) {
            *p++ = ' ';
        }
        m_out.append(buf, static_cast<std::size_t>(p - buf));
        m_after_key = true;
    }
    /// A string that is already clean UTF-8 (ids, catalogue text through render::clean).
    void value(std::string_view s) {
        start_value();
        string_literal(s);
    }
    /// Text from the catalogue or the person, written as render::clean leaves it, without
    /// copying it when it has nothing to strip.
    void clean_value(std::string_view s) {
        start_value();
        if (util::is_clean_text(s)) {
            string_literal(s);
        } else {
            string_literal(util::strip_controls(s));
        }
    }
    void clean_field(std::string_view k, std::string_view s) {
        key(k);
        clean_value(s);
    }
    void value(const char *s) { value(std::string_view(s)); }
    void value(const std::string &s) { value(std::string_view(s)); }
    void value(bool b) {
        start_value();
        m_out += b ? "true" : "false";
    }
    void value(std::int64_t n) {
        start_value();
        char buf[24];
        const auto end = std::to_chars(buf, buf + sizeof buf, n).ptr;
        m_out.append(buf, end);
    }
    void value(int n) { value(static_cast<std::int64_t>(n)); }
    void value(const Date &d) {
        start_value();
        char buf[12] = {'"', 0, 0, 0, 0, '-', 0, 0, '-', 0, 0, '"'};
        auto digits = [&](int at, int n, int width) {
            for (int i = width - 1; i >= 0; --i, n /= 10) {
                buf[at + i] = static_cast<char>('0' + n % 10);
            }
        };
        digits(1, d.year, 4);
        digits(6, d.month, 2);
        digits(9, d.day, 2);
        m_out.append(buf, sizeof buf);
    }
    /// A complete JSON document written by another module, re-indented to this depth.
    void raw_json(std::string_view json) {
        start_value();
        while (!json.empty() && (json.back() == '\n' || json.back() == ' ')) {
            json.remove_suffix(1);
        }
        if (m_indent < 0) {
            m_out += json;
            return;
        }
        // JSON strings never hold a raw newline, so every newline is layout.
        const std::string pad(static_cast<std::size_t>(m_depth * m_indent), ' ');
        for (const char c : json) {
            m_out += c;
            if (c == '\n') {
                m_out += pad;
            }
        }
    }
    template <typename T> void field(std::string_view k, const T &v) {
        key(k);
        value(v);
    }
    /// A field whose value is an already escaped and quoted JSON string literal.
    void literal_field(std::string_view k, std::string_view literal) {
        key(k);
        start_value();
        m_out += literal;
    }
    /// `s` as a quoted JSON string literal, on its own.
    static std::string quote(std::string_view s) {
        std::string out;
        JsonWriter w(out, -1);
        w.string_literal(s);
        return out;
    }

  private:
    void start_value() {
        if (!m_after_key) {
            element();
        }
        m_after_key = false;
    }
    // The longest indentation fits in a key's buffer with room for the key.
    static constexpr std::size_t k_buffer = 512;
    std::size_t max_prefix() const {
        return 2 + static_cast<std::size_t>(std::max(m_indent, 0)) * m_first.size();
    }
    // Writes what comes before an element into `p` (a comma after the first, then a line break
    // and the indentation); returns the end.
    char *element_prefix(char *p) {
        if (m_depth == 0) {
            return p;
        }
        bool &first = m_first[static_cast<std::size_t>(m_depth - 1)];
        if (!first) {
            *p++ = ',';
        }
        first = false;
        if (m_indent >= 0) {
            *p++ = '\n';
            p = std::fill_n(p, m_depth * m_indent, ' ');
        }
        return p;
    }
    void element() {
        char buf[k_buffer];
        m_out.append(buf, static_cast<std::size_t>(element_prefix(buf) - buf));
    }
    void newline() {
        if (m_indent >= 0) {
            m_out += '\n';
            m_out.append(static_cast<std::size_t>(m_depth * m_indent), ' ');
        }
    }
    void open(char c) {
        start_value();
        m_out += c;
        if (static_cast<std::size_t>(m_depth) == m_first.size()) {
            throw std::logic_error("JsonWriter: nesting deeper than the report has");
        }
        m_first[static_cast<std::size_t>(m_depth)] = true;
        ++m_depth;
    }
    void close(char c) {
        --m_depth;
        const bool empty = m_first[static_cast<std::size_t>(m_depth)];
        if (!empty) {
            newline();
        }
        m_out += c;
    }
    void string_literal(std::string_view s) {
        static constexpr char k_hex[] = "0123456789abcdef";
        m_out += '"';
        if (!util::needs_json_escape(s)) { // most strings
            m_out += s;
            m_out += '"';
            return;
        }
        std::size_t plain = 0;
        for (std::size_t i = 0; i < s.size(); ++i) {
            const auto c = static_cast<unsigned char>(s[i]);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            m_out.append(s.data() + plain, i - plain);
            plain = i + 1;
            switch (c) {
            case '"':
                m_out += "\\\"";
                break;
            case '\\':
                m_out += "\\\\";
                break;
            case '\b':
                m_out += "\\b";
                break;
            case '\f':
                m_out += "\\f";
                break;
            case '\n':
                m_out += "\\n";
                break;
            case '\r':
                m_out += "\\r";
                break;
            case '\t':
                m_out += "\\t";
                break;
            default:
                m_out += "\\u00";
                m_out += k_hex[c >> 4];
                m_out += k_hex[c & 15];
            }
        }
        m_out.append(s.data() + plain, s.size() - plain);
        m_out += '"';
    }

    std::string &m_out;
    int m_indent;
    int m_depth = 0;
    bool m_after_key = false;
    std::array<bool, 32> m_first{}; ///< per open container: nothing written in it yet
};

void write_recommendation(JsonWriter &w, const Report &report) {
    const auto &lang = report.lang;
    const auto &rec = report.recommendation;
    w.begin_object();
    w.clean_field("direction", rec.direction);
    w.field("name", render::direction_name(report.catalog, rec.direction, lang));
    w.field("chosen_by_user", rec.chosen_by_user);
    w.field("close_call", rec.close_call);
    w.key("ranking");
    w.begin_array();
    for (const auto &s : rec.ranking) {
        w.begin_object();
        w.clean_field("direction", s.direction);
        w.field("name", render::direction_name(report.catalog, s.direction, lang));
        w.field("score", s.score);
        w.field("raw", s.raw);
        w.key("reasons");
        w.begin_array();
        for (const auto &r : s.reasons) {
            w.clean_value(reason_text(report.catalog, s.direction, r, lang));
        }
        w.end_array();
        w.end_object();
    }
    w.end_array();
    w.key("pitfalls");
    w.begin_array();
    for (const auto &flag : rec.pitfalls) {
        const Pitfall *p = report.catalog.find_pitfall(flag.pitfall);
        w.begin_object();
        w.clean_field("id", flag.pitfall);
        w.clean_field("title", p == nullptr ? std::string_view(flag.pitfall) : p->title.get(lang));
        w.key("causes");
        w.begin_array();
        for (const auto &c : flag.causes) {
            w.clean_value(c);
        }
        w.end_array();
        w.key("tasks");
        w.begin_array();
        for (const auto &t : flag.tasks) {
            w.clean_value(t);
        }
        w.end_array();
        w.end_object();
    }
    w.end_array();
    w.end_object();
}

void write_item(JsonWriter &w, const Report &report, const PlanItem &item) {
    const auto &lang = report.lang;
    const std::ptrdiff_t index = report.catalog.task_index(item.task);
    const Task *task = index < 0 ? nullptr : &report.catalog.tasks[static_cast<std::size_t>(index)];
    const JsonTextCache *cache = report.json_cache;
    const JsonTextCache::TaskText *cached =
        cache != nullptr && index >= 0 && static_cast<std::size_t>(index) < cache->tasks.size()
            ? &cache->tasks[static_cast<std::size_t>(index)]
            : nullptr;
    w.begin_object();
    w.clean_field("task", item.task);
    if (cached != nullptr) {
        w.literal_field("title", cached->title);
    } else {
        w.clean_field("title", task == nullptr || task->title.empty()
                                   ? std::string_view(item.task)
                                   : task->title.get(lang));
    }
    w.field("hours", item.hours);
    w.field("part", item.part);
    w.field("parts", item.parts);
    w.clean_field("phase", item.phase);
    w.field("core", item.core);
    if (task != nullptr && item.part == item.parts && !task->deliverable.empty()) {
        if (cached != nullptr) {
            w.literal_field("deliverable", cached->deliverable);
        } else {
            w.clean_field("deliverable", task->deliverable.get(lang));
        }
    }
    if (task != nullptr && item.part == 1 && !task->resources.empty()) {
        w.key("resources");
        w.begin_array();
        for (std::size_t i = 0; i < task->resources.size(); ++i) {
            const auto &r = task->resources[i];
            w.begin_object();
            w.field("type", to_string(r.type));
            if (cached != nullptr) {
                w.literal_field("title", cached->resources[i].first);
                w.literal_field("url", cached->resources[i].second);
            } else {
                w.clean_field("title", r.title.get(lang));
                w.clean_field("url", r.url);
            }
            w.end_object();
        }
        w.end_array();
    }
    w.end_object();
}

void write_plan(JsonWriter &w, const Report &report) {
    const auto &lang = report.lang;
    const Plan &plan = *report.plan;
    w.begin_object();
    w.field("start_date", plan.start);
    w.field("end_date", plan.end);
    w.field("hours_per_week", plan.hours_per_week);
    w.field("hours_needed_per_week", plan.hours_needed_per_week);
    w.field("core_hours", plan.core_hours);
    w.field("weeks_total", plan.weeks_total);
    w.field("fits_in_six_months", plan.fits_in_six_months);

    w.key("phases");
    w.begin_array();
    for (const auto &window : plan.phases) {
        const Phase *phase = report.catalog.find_phase(window.id);
        w.begin_object();
        w.clean_field("id", window.id);
        w.clean_field("title", phase == nullptr ? std::string_view(window.id)
                                                : phase->title.get(lang));
        w.field("start_date", window.start);
        w.field("end_date", window.end);
        w.clean_field("goal", phase == nullptr ? std::string_view() : phase->goal.get(lang));
        w.field("checkpoint",
                phase == nullptr
                    ? std::string()
                    : render::checkpoint_text(*phase, report.recommendation.direction, lang));
        w.field("last_week", window.last_week);
        w.end_object();
    }
    w.end_array();

    w.key("weeks");
    w.begin_array();
    for (const auto &week : plan.weeks) {
        w.begin_object();
        w.field("index", week.index);
        w.field("start_date", week.start);
        w.field("end_date", week.end);
        w.field("budget", week.budget);
        w.field("hours", week.hours);
        w.key("items");
        w.begin_array();
        for (const auto &item : week.items) {
            write_item(w, report, item);
        }
        w.end_array();
        w.end_object();
    }
    w.end_array();

    w.key("unscheduled");
    w.begin_array();
    for (const auto &u : plan.unscheduled) {
        w.begin_object();
        w.clean_field("task", u.task);
        w.field("title", render::task_title(report.catalog, u.task, lang));
        w.clean_field("reason", u.reason);
        w.end_object();
    }
    w.end_array();
    w.end_object();
}

} // namespace

JsonTextCache build_json_text_cache(const Catalog &catalog, std::string_view lang) {
    JsonTextCache cache;
    cache.lang = std::string(lang);
    cache.tasks.reserve(catalog.tasks.size());
    for (const auto &task : catalog.tasks) {
        JsonTextCache::TaskText t;
        t.title = JsonWriter::quote(task.title.empty() ? render::clean(task.id)
                                                       : render::text(task.title, lang));
        t.deliverable = JsonWriter::quote(render::text(task.deliverable, lang));
        for (const auto &r : task.resources) {
            t.resources.emplace_back(JsonWriter::quote(render::text(r.title, lang)),
                                     JsonWriter::quote(render::clean(r.url)));
        }
        cache.tasks.push_back(std::move(t));
    }
    return cache;
}

std::string render_json(const Report &report, int indent) {
    std::string out;
    // Sized for the whole report up front (a plan item takes 500 to 700 bytes indented), so that
    // the string is never copied to grow.
    std::size_t items = 0;
    if (report.plan != nullptr) {
        for (const auto &week : report.plan->weeks) {
            items += week.items.size();
        }
    }
    out.reserve(report.plan == nullptr ? 2048
                                       : 8192 + 256 * report.plan->weeks.size() + 768 * items);
    JsonWriter w(out, indent < 0 ? -1 : indent);
    w.begin_object();
    w.field("schema_version", 1);
    w.field("generated_by", render::clean("llmpath " + report.version));
    w.key("catalog");
    w.begin_object();
    w.clean_field("id", report.catalog.id);
    w.clean_field("version", report.catalog.version);
    w.end_object();
    w.clean_field("lang", report.lang);
    w.key("profile");
    w.raw_json(answers_to_json(report.catalog, report.answers, indent < 0 ? -1 : indent));
    w.key("recommendation");
    write_recommendation(w, report);
    if (report.plan != nullptr) {
        w.key("plan");
        write_plan(w, report);
    }
    w.end_object();
    if (indent >= 0) {
        out += '\n';
    }
    return out;
}

} // namespace llmpath
