// The plan's facts put into words once, for every renderer: its title and summary, the advice
// when it does not fit, each phase's dates and checkpoint, the map, GPU time.
#include "render/common.hpp"

#include "util/text.hpp"

#include <algorithm>

namespace llmpath::render {

namespace {

Date last_day(const Plan& plan) {
    return plan.weeks.empty() ? plan.start : plan.weeks.back().end;
}

/// "6.5", "20": tenths of an hour.
std::string tenths_text(std::int64_t tenths) {
    return std::to_string(tenths / 10) +
           (tenths % 10 != 0 ? "." + std::to_string(tenths % 10) : "");
}

const std::vector<CheckpointPart>* parts_of(const Phase& phase, const std::string& direction,
                                            bool direction_part) {
    if (!direction_part) {
        return &phase.checkpoint;
    }
    auto it = phase.direction_checkpoints.find(direction);
    return it == phase.direction_checkpoints.end() ? nullptr : &it->second;
}

} // namespace

std::string plan_title(std::string_view lang, const std::string& direction, int weeks) {
    const Labels& l = labels(lang);
    // Six months it is when the work takes the last month of them; otherwise the weeks it takes.
    const bool six_months = weeks > k_plan_weeks - 4 && weeks <= k_plan_weeks;
    return six_months ? format(l.plan_title, direction)
                      : format(l.plan_title_weeks, weeks, direction);
}

std::string plan_title(const Report& report) {
    return plan_title(report.lang,
                      direction_name(report.catalog, report.recommendation.direction, report.lang),
                      report.plan->weeks_total);
}

std::vector<std::string> plan_summary(const Report& report) {
    const Labels& l = labels(report.lang);
    const Plan& plan = *report.plan;
    std::vector<std::string> out;
    out.push_back(format(l.plan_summary, long_date(plan.start, report.lang),
                         long_date(last_day(plan), report.lang), plan.hours_per_week,
                         plan.weeks_total));
    if (!plan.fits_in_six_months) {
        out.push_back(format(l.no_fit, plan.hours_per_week, plan.core_hours, plan.weeks_total,
                             long_date(last_day(plan), report.lang)));
        return out;
    }
    const bool cut = plan.cut_hours > 0 || !plan.shortened.empty();
    if (plan.weeks_total < k_plan_weeks && plan.weeks_total > 0 && !cut) {
        out.push_back(format(l.done_early, plan.weeks_total, plan.hours_per_week));
    }
    const auto scope = scope_lines(report);
    if (!scope.empty()) {
        out.insert(out.end(), scope.begin(), scope.end());
    } else if (plan.hours_needed_per_week > 0) {
        out.push_back(format(l.fits, plan.core_hours, plan.hours_needed_per_week));
    }
    return out;
}

AdviceText advice_text(const Report& report) {
    const Labels& l = labels(report.lang);
    const Plan& plan = *report.plan;
    const Advice& a = plan.advice;
    AdviceText out;
    if (plan.fits_in_six_months) {
        return out;
    }
    out.hours = plan.hours_needed_per_week > 0 ? format(l.advice_hours, plan.hours_needed_per_week)
                                               : std::string(l.advice_never);
    if (!a.shortcuts.empty()) {
        out.shortcuts_head = format(l.advice_shortcuts, a.saved_hours);
        for (const auto& s : a.shortcuts) {
            const Task* task = report.catalog.find_task(s.task);
            out.shortcuts.push_back(format(
                l.shortcut, task_title(report.catalog, s.task, report.lang), s.short_hours, s.hours,
                task != nullptr && task->shorten ? text(task->shorten->how, report.lang)
                                                 : std::string()));
        }
        if (a.hours_needed_with_shortcuts > 0) {
            out.with_shortcuts = format(l.with_shortcuts, a.hours_needed_with_shortcuts,
                                        plan.hours_per_week, a.weeks_with_shortcuts);
        }
    }
    if (a.apply_week > 0 && a.apply_week <= plan.weeks_total) {
        out.apply = format(
            l.apply_from, a.apply_week,
            long_date(plan.weeks[static_cast<std::size_t>(a.apply_week - 1)].start, report.lang));
    }
    return out;
}

std::string phase_dates(const Report& report, std::size_t rank) {
    const Plan& plan = *report.plan;
    const PhaseWindow& w = plan.phases[rank];
    const std::string window = date_range(w.start, w.end, report.lang);
    if (w.first_week == 0) {
        return format(labels(report.lang).window_only, window);
    }
    const Date from = plan.weeks[static_cast<std::size_t>(w.first_week - 1)].start;
    const Date to = plan.weeks[static_cast<std::size_t>(w.last_week - 1)].end;
    std::string out = date_range(from, to, report.lang);
    // A plan that ends before six months keeps its own pace: the six-month windows would only
    // run past its end.
    if ((from != w.start || to != w.end) && plan.weeks_total >= k_plan_weeks) {
        // The window's dates carry their weekdays in brackets: in Chinese it follows a comma
        // rather than sitting in a bracket of its own.
        out += format(labels(report.lang).window, window);
    }
    return out;
}

std::string phase_heading(const Report& report, std::size_t rank) {
    const Phase& phase = report.catalog.phases[rank];
    return format(labels(report.lang).phase, rank + 1) + " · " + text(phase.title, report.lang) +
           " · " + phase_dates(report, rank);
}

std::vector<CheckpointLine> checkpoint_lines(const Report& report, std::size_t rank) {
    std::vector<CheckpointLine> out;
    const Phase& phase = report.catalog.phases[rank];
    for (const CheckpointStatus& s : report.plan->phases[rank].checkpoint) {
        const auto* parts = parts_of(phase, report.recommendation.direction, s.direction_part);
        if (parts == nullptr || s.index >= parts->size()) {
            continue;
        }
        CheckpointLine line{text((*parts)[s.index].text, report.lang), {}, {}};
        if (!s.missing.empty()) {
            std::vector<std::string> titles;
            for (const auto& id : s.missing) {
                titles.push_back(task_ref(report.catalog, id, report.lang));
            }
            line.missing = format(labels(report.lang).missing, list(titles, report.lang));
            line.needs = std::move(titles);
        }
        out.push_back(std::move(line));
    }
    return out;
}

CheckpointShown checkpoint_shown(const Report& report, std::size_t rank) {
    CheckpointShown out;
    std::vector<CheckpointLine> lines = checkpoint_lines(report, rank);
    const auto missing = std::count_if(lines.begin(), lines.end(),
                                       [](const CheckpointLine& l) { return !l.missing.empty(); });
    if (missing < 2) {
        out.lines = std::move(lines);
        return out;
    }
    std::vector<std::string> needs;
    for (auto& line : lines) {
        if (line.missing.empty()) {
            out.lines.push_back(std::move(line));
            continue;
        }
        for (auto& title : line.needs) {
            if (std::find(needs.begin(), needs.end(), title) == needs.end()) {
                needs.push_back(std::move(title));
            }
        }
    }
    out.left_out = format(labels(report.lang).missing_parts, missing, list(needs, report.lang));
    return out;
}

std::string checkpoint_label(const Report& report, std::size_t rank) {
    const Labels& l = labels(report.lang);
    const int week = report.plan->phases[rank].last_week;
    return week > 0 ? format(l.checkpoint_week, week) : std::string(l.checkpoint);
}

std::vector<MapLine> map_lines(const Catalog& catalog, std::string_view lang) {
    std::vector<MapLine> out;
    for (const Layer& layer : catalog.layers) {
        MapLine line;
        line.name = text(layer.name, lang);
        if (!layer.short_name.empty() && text(layer.short_name, lang) != line.name) {
            line.name = text(layer.short_name, lang) + " · " + line.name;
        }
        line.description = text(layer.description, lang);
        if (!layer.tools.empty()) {
            std::vector<std::string> tools;
            for (const auto& tool : layer.tools) {
                tools.push_back(clean(tool));
            }
            line.tools = format(labels(lang).map_tools, list(tools, lang));
        }
        std::vector<std::string> names;
        for (const auto& id : layer.directions) {
            names.push_back(direction_name(catalog, id, lang));
        }
        if (!names.empty()) {
            line.directions = format(labels(lang).map_work, list(names, lang));
        }
        out.push_back(std::move(line));
    }
    return out;
}

std::string money(std::int64_t cents, const std::string& currency) {
    // Estimates: whole units from 10 up, cents below.
    const std::string amount = cents >= 1000 ? std::to_string((cents + 50) / 100)
                                             : std::to_string(cents / 100) + "." +
                                                   (cents % 100 < 10 ? "0" : "") +
                                                   std::to_string(cents % 100);
    return currency == "USD" ? "$" + amount : amount + " " + clean(currency);
}

namespace {

/// "the prices of Sun 6 Dec 2026 (set yours with --gpu-price)", or the words for own prices.
std::string prices_text(const Report& report) {
    const Labels& l = labels(report.lang);
    const auto checked = Date::parse(report.catalog.gpu.checked);
    const std::string when =
        checked ? long_date(*checked, report.lang) : clean(report.catalog.gpu.checked);
    return format(report.plan->own_gpu_prices ? l.gpu_own_prices : l.gpu_prices, when);
}

} // namespace

std::string gpu_line(const Report& report, const std::vector<GpuUse>& uses, bool whole_plan) {
    if (uses.empty()) {
        return {};
    }
    const Labels& l = labels(report.lang);
    std::vector<std::string> parts;
    std::int64_t cents = 0;
    for (const GpuUse& u : uses) {
        const GpuClass* c = report.catalog.gpu.find(u.gpu_class);
        parts.push_back(format(l.gpu_class, tenths_text(u.tenths),
                               c == nullptr ? clean(u.gpu_class) : text(c->name, report.lang)));
        cents += u.cents;
    }
    const std::string cost = money(cents, report.catalog.gpu.currency);
    if (!whole_plan) {
        return format(l.gpu, list(parts, report.lang), cost);
    }
    return format(l.gpu_plan, list(parts, report.lang), cost, prices_text(report));
}

std::string gpu_cost_line(const Report& report) {
    const auto& uses = report.plan->gpu;
    if (uses.empty()) {
        return {};
    }
    std::int64_t cents = 0;
    for (const GpuUse& u : uses) {
        cents += u.cents;
    }
    const Labels& l = labels(report.lang);
    return format(l.gpu_cost, money(cents, report.catalog.gpu.currency), prices_text(report));
}

std::vector<std::string> kept_notes(const Report& report) {
    std::vector<std::string> out;
    const Catalog& catalog = report.catalog;
    for (const Week& week : report.plan->weeks) {
        for (const PlanItem& item : week.items) {
            const Task* task = catalog.find_task(item.task);
            if (task == nullptr || !task->bridging || item.part != 1 ||
                task->skip_if_skills.empty()) {
                continue;
            }
            // The questions whose answers could have given the task's skills, left unanswered.
            std::vector<std::string> unanswered;
            for (const Question& q : catalog.questions) {
                const bool gives =
                    std::any_of(q.choices.begin(), q.choices.end(), [&](const Choice& c) {
                        return std::any_of(c.skills.begin(), c.skills.end(),
                                           [&](const std::string& s) {
                                               return std::find(task->skip_if_skills.begin(),
                                                                task->skip_if_skills.end(),
                                                                s) != task->skip_if_skills.end();
                                           });
                    });
                if (!gives) {
                    continue;
                }
                const Answer* a = report.answers.find(q.id);
                if (a == nullptr || a->source == AnswerSource::defaulted) {
                    // With the default taken in its place: "Python (taken as: Almost none)".
                    unanswered.push_back(
                        (q.short_label.empty() ? clean(q.id) : text(q.short_label, report.lang)) +
                        (a == nullptr ? std::string()
                                      : format(labels(report.lang).taken_as,
                                               answer_text(catalog, *a, report.lang))));
                }
            }
            if (!unanswered.empty()) {
                out.push_back(format(labels(report.lang).kept, list(unanswered, report.lang),
                                     task_title(catalog, item.task, report.lang)));
            }
        }
    }
    return out;
}

std::vector<std::string> questions_left_out(const Report& report) {
    std::vector<std::string> out;
    const Direction* d = report.catalog.find_direction(report.recommendation.direction);
    if (report.plan == nullptr || d == nullptr) {
        return out;
    }
    for (const QuestionStatus& s : report.plan->interview_questions) {
        if (s.missing.empty() || s.index >= d->interview_questions.size()) {
            continue;
        }
        std::vector<std::string> titles;
        for (const auto& id : s.missing) {
            titles.push_back(task_ref(report.catalog, id, report.lang));
        }
        out.push_back(format(labels(report.lang).question_left_out,
                             text(d->interview_questions[s.index], report.lang),
                             list(titles, report.lang)));
    }
    return out;
}

Remedy remedy_state(const Report& report, const std::string& id) {
    if (report.plan == nullptr) {
        return Remedy::planned;
    }
    const auto& left = report.plan->unscheduled;
    const auto u =
        std::find_if(left.begin(), left.end(), [&](const Unscheduled& x) { return x.task == id; });
    if (u != left.end()) {
        return u->reason == k_reason_cut ? Remedy::cut : Remedy::none;
    }
    const bool planned =
        std::any_of(report.plan->weeks.begin(), report.plan->weeks.end(), [&](const Week& w) {
            return std::any_of(w.items.begin(), w.items.end(),
                               [&](const PlanItem& i) { return i.task == id; });
        });
    return planned ? Remedy::planned : Remedy::none;
}

std::vector<std::string> remedies(const Report& report, const std::vector<std::string>& tasks) {
    std::vector<std::string> out;
    for (const auto& id : tasks) {
        const Remedy state = remedy_state(report, id);
        const std::string title = task_ref(report.catalog, id, report.lang);
        if (state == Remedy::planned) {
            out.push_back(title);
        } else if (state == Remedy::cut) {
            out.push_back(format(labels(report.lang).remedy_cut, title));
        }
    }
    return out;
}

std::vector<std::string> scope_lines(const Report& report) {
    std::vector<std::string> out;
    const Plan& plan = *report.plan;
    const Labels& l = labels(report.lang);
    if (plan.cut_hours > 0) {
        out.push_back(format(l.cut_summary, plan.hours_per_week, plan.cut_hours, plan.core_hours,
                             plan.hours_needed_per_week, plan.whole_path_weeks));
    }
    if (plan.presenting_cut) {
        out.push_back(format(l.presenting_cut, plan.hours_per_week));
    } else if (2 * plan.cut_hours > plan.core_hours) {
        out.push_back(format(l.thin_plan, plan.hours_needed_per_week));
    }
    if (!plan.shortened.empty()) {
        std::vector<std::string> items;
        for (const auto& s : plan.shortened) {
            items.push_back(format(l.shortened_item, task_ref(report.catalog, s.task, report.lang),
                                   s.short_hours, s.hours));
        }
        out.push_back(format(l.shortened, list(items, report.lang)));
        if (plan.cut_hours == 0 && plan.hours_needed_per_week > 0) {
            out.push_back(format(l.shortened_whole, plan.core_hours, plan.hours_needed_per_week,
                                 plan.whole_path_weeks, plan.hours_per_week));
        }
    }
    return out;
}

} // namespace llmpath::render
