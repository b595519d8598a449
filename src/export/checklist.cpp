// The plan as a compact Markdown task list for an onboarding issue or a pull-request template.
#include <llmpath/export.hpp>

#include "render/common.hpp"
#include "render/markdown.hpp"
#include "util/text.hpp"

namespace llmpath {

namespace {

using render::format;
using render::labels;

/// An issue body holds at most 65,536 characters; the list stops short of it, with a line that
/// says how many tasks it leaves out.
constexpr std::size_t k_max_characters = 65000;

/// Done and skipped tasks are ticked: nothing is left to do on them.
const char* box(TaskState s) {
    return s == TaskState::todo ? "- [ ] " : "- [x] ";
}

/// "(8 h, due week 4)", with the hours done, the state of a skipped task, or why it is left out.
std::string task_detail(const ExportPlan& plan, const ExportTask& t) {
    const auto& l = labels(plan.lang);
    std::string out = format(l.hours, t.hours) + l.detail_sep +
                      (t.first_week == 0 ? std::string(render::left_out_why(t.left_out, plan.lang))
                                         : format(l.due_week, t.last_week));
    if (t.state == TaskState::todo && t.done_hours > 0) {
        out += l.detail_sep + format(l.progress, t.done_hours, t.hours);
    } else if (t.state == TaskState::skipped && t.first_week != 0) {
        out += std::string(l.detail_sep) + l.state_skipped;
    }
    return render::paren(plan.lang, out);
}

} // namespace

std::string render_checklist(const ExportPlan& plan) {
    const auto& l = labels(plan.lang);
    markdown::Doc doc(plan.lang);
    doc.raw("# " + markdown::heading_text(plan.title));
    doc.blank();
    int last = 0;
    for (const auto& w : plan.weeks) {
        last = w.items.empty() ? last : w.index;
    }
    doc.wrapped("",
                markdown::escape(format(l.plan_summary, render::long_date(plan.start, plan.lang),
                                        render::long_date(plan.week(last).end, plan.lang),
                                        plan.hours_per_week, last)),
                "");
    std::string out = doc.take();
    std::size_t size = util::code_points(out);
    std::size_t left = 0;
    for (std::size_t r = 0; r < plan.phases.size(); ++r) {
        const ExportPhase& phase = plan.phases[r];
        bool headed = false;
        for (const auto& t : plan.tasks) {
            if (t.phase != phase.id || (t.first_week == 0 && t.left_out.empty())) {
                continue;
            }
            std::string text;
            if (!headed) {
                text = "\n## " +
                       markdown::heading_text(format(l.phase, r + 1) + " · " + phase.title) +
                       "\n\n";
            }
            markdown::Doc item(plan.lang);
            const std::string title = t.state == TaskState::skipped
                                          ? "~~" + markdown::escape(t.title) + "~~"
                                          : markdown::escape(t.title);
            item.wrapped(box(t.state), title + task_detail(plan, t), "  ");
            text += item.take();
            if (left > 0 || size + util::code_points(text) > k_max_characters) {
                ++left;
                continue;
            }
            headed = true;
            out += text;
            size += util::code_points(text);
        }
    }
    if (left > 0) {
        out += "\n" + markdown::escape(format(l.checklist_cut, left)) + "\n";
    }
    return out;
}

} // namespace llmpath
