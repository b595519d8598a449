#include "render/common.hpp"
#include "json/writer.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <stdexcept>

namespace llmpath {

namespace {

void write_recommendation(JsonWriter& w, const Report& report) {
    const auto& lang = report.lang;
    const auto& rec = report.recommendation;
    w.begin_object();
    w.clean_field("direction", rec.direction);
    w.field("name", render::direction_name(report.catalog, rec.direction, lang));
    w.field("chosen_by_user", rec.chosen_by_user);
    w.field("close_call", rec.close_call);
    w.key("ranking");
    w.begin_array();
    for (const auto& s : rec.ranking) {
        w.begin_object();
        w.clean_field("direction", s.direction);
        w.field("name", render::direction_name(report.catalog, s.direction, lang));
        w.field("score", s.score);
        w.field("raw", s.raw);
        for (const bool positive : {true, false}) {
            w.key(positive ? "reasons" : "against");
            w.begin_array();
            for (const Reason* r : render::reasons_for(s, positive)) {
                w.clean_value(reason_text(report.catalog, s.direction, *r, lang));
            }
            w.end_array();
        }
        w.end_object();
    }
    w.end_array();
    w.key("pitfalls");
    w.begin_array();
    for (const auto& flag : rec.pitfalls) {
        const Pitfall* p = report.catalog.find_pitfall(flag.pitfall);
        w.begin_object();
        w.clean_field("id", flag.pitfall);
        w.clean_field("title", p == nullptr ? std::string_view(flag.pitfall) : p->title.get(lang));
        w.key("causes");
        w.begin_array();
        for (const auto& c : flag.causes) {
            w.begin_object();
            w.clean_field("question", c.question);
            w.clean_field("value", c.value);
            w.field("text", render::cause_text(report.catalog, c, lang));
            w.end_object();
        }
        w.end_array();
        for (const auto& [key, state] :
             {std::pair{"tasks", render::Remedy::planned}, {"cut", render::Remedy::cut}}) {
            w.key(key);
            w.begin_array();
            for (const auto& t : flag.tasks) {
                if (render::remedy_state(report, t) == state) {
                    w.clean_value(t);
                }
            }
            w.end_array();
        }
        w.end_object();
    }
    w.end_array();
    w.end_object();
}

void write_head(JsonWriter& w, std::string_view id, const Task* task, std::string_view lang) {
    w.clean_field("task", id);
    w.clean_field("title", task == nullptr || task->title.empty() ? id : task->title.get(lang));
}

void write_deliverable(JsonWriter& w, const Task& task, std::string_view lang) {
    w.clean_field("deliverable", task.deliverable.get(lang));
}

void write_resources(JsonWriter& w, const Task& task, std::string_view lang) {
    w.key("resources");
    w.begin_array();
    for (const auto& r : task.resources) {
        w.begin_object();
        w.field("type", to_string(r.type));
        w.clean_field("title", r.title.get(lang));
        w.clean_field("url", r.url);
        w.end_object();
    }
    w.end_array();
}

void write_item(JsonWriter& w, const Report& report, const PlanItem& item) {
    const auto& lang = report.lang;
    const std::ptrdiff_t index = report.catalog.task_index(item.task);
    const Task* task = index < 0 ? nullptr : &report.catalog.tasks[static_cast<std::size_t>(index)];
    w.begin_object();
    write_head(w, item.task, task, lang);
    w.field("hours", item.hours);
    w.field("part", item.part);
    w.field("parts", item.parts);
    w.clean_field("phase", item.phase);
    w.field("core", item.core);
    if (task != nullptr && item.part == item.parts && !task->deliverable.empty()) {
        write_deliverable(w, *task, lang);
    }
    if (task != nullptr && item.part == 1 && !task->resources.empty()) {
        write_resources(w, *task, lang);
    }
    w.end_object();
}

void write_week(JsonWriter& w, const Report& report, const Week& week) {
    w.begin_object();
    w.field("index", week.index);
    w.field("start_date", week.start);
    w.field("end_date", week.end);
    w.field("budget", week.budget);
    w.field("hours", week.hours);
    w.key("items");
    w.begin_array();
    for (const auto& item : week.items) {
        write_item(w, report, item);
    }
    w.end_array();
    w.end_object();
}

void write_weeks(JsonWriter& w, const Report& report) {
    w.key("weeks");
    w.begin_array();
    for (const auto& week : report.plan->weeks) {
        write_week(w, report, week);
    }
    w.end_array();
}

void write_gpu(JsonWriter& w, const Report& report, const std::vector<GpuUse>& uses) {
    w.key("gpu");
    w.begin_array();
    for (const auto& u : uses) {
        w.begin_object();
        w.clean_field("class", u.gpu_class);
        w.key("gpu_hours");
        w.tenths(u.tenths);
        w.field("cost_cents", u.cents);
        w.end_object();
    }
    w.end_array();
    (void)report;
}

void write_checkpoint(JsonWriter& w, const Report& report, std::size_t rank) {
    const Phase& phase = report.catalog.phases[rank];
    const auto lines = render::checkpoint_lines(report, rank);
    const auto& status = report.plan->phases[rank].checkpoint;
    w.key("checkpoint");
    w.begin_array();
    for (std::size_t i = 0; i < status.size() && i < lines.size(); ++i) {
        const auto& parts = status[i].direction_part
                                ? phase.direction_checkpoints.at(report.recommendation.direction)
                                : phase.checkpoint;
        w.begin_object();
        w.field("text", lines[i].text);
        w.key("tasks");
        w.begin_array();
        for (const auto& t : parts[status[i].index].tasks) {
            w.clean_value(t);
        }
        w.end_array();
        w.key("missing");
        w.begin_array();
        for (const auto& t : status[i].missing) {
            w.clean_value(t);
        }
        w.end_array();
        w.end_object();
    }
    w.end_array();
}

void write_phase(JsonWriter& w, const Report& report, std::size_t rank) {
    const Plan& plan = *report.plan;
    const PhaseWindow& window = plan.phases[rank];
    const Phase& phase = report.catalog.phases[rank];
    w.begin_object();
    w.clean_field("id", window.id);
    w.clean_field("title", phase.title.get(report.lang));
    const bool any = window.first_week > 0;
    w.field("start_date",
            any ? plan.weeks[static_cast<std::size_t>(window.first_week - 1)].start : window.start);
    w.field("end_date",
            any ? plan.weeks[static_cast<std::size_t>(window.last_week - 1)].end : window.end);
    w.key("window");
    w.begin_object();
    w.field("start_date", window.start);
    w.field("end_date", window.end);
    w.end_object();
    w.field("first_week", window.first_week);
    w.field("last_week", window.last_week);
    w.clean_field("goal", phase.goal.get(report.lang));
    write_checkpoint(w, report, rank);
    write_gpu(w, report, window.gpu);
    w.end_object();
}

/// Tasks done the short way (or that could be): their hours, and their hours the short way.
void write_shortcuts(JsonWriter& w, std::string_view key, const std::vector<ShortcutAdvice>& list) {
    w.key(key);
    w.begin_array();
    for (const auto& s : list) {
        w.begin_object();
        w.clean_field("task", s.task);
        w.field("hours", s.hours);
        w.field("short_hours", s.short_hours);
        w.end_object();
    }
    w.end_array();
}

void write_advice(JsonWriter& w, const Advice& a) {
    w.key("advice");
    w.begin_object();
    write_shortcuts(w, "shortcuts", a.shortcuts);
    w.field("saved_hours", a.saved_hours);
    w.field("hours_needed_with_shortcuts", a.hours_needed_with_shortcuts);
    w.field("weeks_with_shortcuts", a.weeks_with_shortcuts);
    w.field("apply_week", a.apply_week);
    w.end_object();
}

/// The interview questions the plan prepares, and those it does not with the tasks it left out.
void write_questions(JsonWriter& w, const Report& report) {
    const Direction* d = report.catalog.find_direction(report.recommendation.direction);
    for (const bool kept : {true, false}) {
        w.key(kept ? "interview_questions" : "interview_questions_left_out");
        w.begin_array();
        for (const QuestionStatus& s : report.plan->interview_questions) {
            if (d == nullptr || s.missing.empty() != kept ||
                s.index >= d->interview_questions.size()) {
                continue;
            }
            w.begin_object();
            w.clean_field("text", d->interview_questions[s.index].get(report.lang));
            w.key("tasks");
            w.begin_array();
            if (s.index < d->interview_tasks.size()) {
                for (const auto& t : d->interview_tasks[s.index]) {
                    w.clean_value(t);
                }
            }
            w.end_array();
            if (!kept) {
                w.key("missing");
                w.begin_array();
                for (const auto& t : s.missing) {
                    w.clean_value(t);
                }
                w.end_array();
            }
            w.end_object();
        }
        w.end_array();
    }
}

void write_plan(JsonWriter& w, const Report& report) {
    const Plan& plan = *report.plan;
    w.begin_object();
    w.field("start_date", plan.start);
    w.field("end_date", plan.end);
    w.field("hours_per_week", plan.hours_per_week);
    w.field("hours_needed_per_week", plan.hours_needed_per_week);
    w.field("core_hours", plan.core_hours);
    w.field("weeks_total", plan.weeks_total);
    w.field("fits_in_six_months", plan.fits_in_six_months);
    w.field("whole_path", plan.whole_path);
    w.field("cut_hours", plan.cut_hours);
    w.field("whole_path_weeks", plan.whole_path_weeks);
    w.field("presenting_cut", plan.presenting_cut);
    write_shortcuts(w, "shortened", plan.shortened);
    write_advice(w, plan.advice);
    w.clean_field("currency", report.catalog.gpu.currency);
    write_gpu(w, report, plan.gpu);

    w.key("phases");
    w.begin_array();
    for (std::size_t r = 0; r < plan.phases.size(); ++r) {
        write_phase(w, report, r);
    }
    w.end_array();

    write_weeks(w, report);

    w.key("unscheduled");
    w.begin_array();
    for (const auto& u : plan.unscheduled) {
        w.begin_object();
        w.clean_field("task", u.task);
        w.field("title", render::task_title(report.catalog, u.task, report.lang));
        w.clean_field("reason", u.reason);
        w.field("hours", u.hours);
        w.end_object();
    }
    w.end_array();
    write_questions(w, report);
    w.end_object();
}

} // namespace

std::string render_json(const Report& report, int indent, std::string_view learner) {
    if (indent > 15) {
        throw std::invalid_argument("render_json: indent " + std::to_string(indent) +
                                    " is over 15");
    }
    // Sized for the whole report up front (a plan item takes 500 to 700 bytes indented), so that
    // the buffer is never copied to grow.
    std::size_t items = 0;
    if (report.plan != nullptr) {
        for (const auto& week : report.plan->weeks) {
            items += week.items.size();
        }
    }
    JsonWriter w(indent < 0 ? -1 : indent,
                 report.plan == nullptr ? 2048
                                        : 8192 + 256 * report.plan->weeks.size() + 768 * items);
    w.begin_object();
    w.field("schema_version", 2);
    w.field("generated_by", render::clean("llmpath " + report.version));
    w.key("catalog");
    w.begin_object();
    w.clean_field("id", report.catalog.id);
    w.clean_field("version", report.catalog.version);
    w.end_object();
    w.clean_field("lang", report.lang);
    if (!learner.empty()) {
        w.clean_field("learner", learner);
    }
    w.key("profile");
    w.raw_json(answers_to_json(report.catalog, report.answers, indent < 0 ? -1 : indent));
    w.key("defaulted");
    w.begin_array();
    for (const auto& a : report.answers.items) {
        if (a.source == AnswerSource::defaulted) {
            w.clean_value(a.question);
        }
    }
    w.end_array();
    w.key("recommendation");
    write_recommendation(w, report);
    if (report.plan != nullptr) {
        w.key("plan");
        write_plan(w, report);
    }
    w.end_object();
    std::string out = std::move(w).str();
    if (indent >= 0) {
        out += '\n';
    }
    return out;
}

} // namespace llmpath
