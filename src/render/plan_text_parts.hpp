#pragma once

// The pieces the text plan is made of, shared by its summary and its full form
// (plan_text.cpp, plan_weeks_text.cpp).

#include <llmpath/render.hpp>

#include "render/text_writer.hpp"

#include <fmt/color.h>

#include <string_view>

namespace llmpath::render::plan_text {

fmt::text_style bold();
fmt::text_style fg(fmt::terminal_color c);

/// The widths of the hours column and of the whole right-hand column, over the whole plan, so
/// that they line up from the first week to the last.
struct ItemColumns {
    int hours = 0;
    int right = 0;
};
ItemColumns item_columns(const Report& report);

/// "Week 3 · Mon 14 Dec – Sun 20 Dec 2026 · 6 h"
void write_week_heading(TextWriter& w, const Report& report, const Week& week);

/// One item of a week: its title with its id (and `phase`, when the week's item belongs to
/// another phase than the one it is listed under), its hours and what it delivers; in full
/// (`with_questions`), its first link and the interview questions of the interview task.
void write_item(TextWriter& w, const Report& report, const PlanItem& item,
                const ItemColumns& columns, std::string_view phase, bool with_questions);

/// The plan's title, dates, fit and GPU cost; in full, the advice and the weeks at a glance.
void write_plan_head(TextWriter& w, const Report& report, bool full);

/// The phase's checkpoint, after the week its work ends in.
void write_checkpoint(TextWriter& w, const Report& report, std::size_t rank);

/// Every week once, in order, under the heading of the phase whose work it starts, then what
/// the plan kept for unanswered questions and what it left out (`--full`).
void write_weeks(TextWriter& w, const Report& report);

/// The first two weeks, the checkpoints with their dates, and what to do next (the summary).
void write_summary(TextWriter& w, const Report& report);

} // namespace llmpath::render::plan_text
