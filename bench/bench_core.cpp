// Google Benchmark: each pipeline stage on the default catalogue and on generated catalogues.
// Usage: llmpath_bench [--catalogs=FILE,FILE...] [benchmark flags]
// Generated catalogues come from scripts/gen-catalog.py (see docs/performance.md).
#include <llmpath/answers.hpp>
#include <llmpath/catalog.hpp>
#include <llmpath/cohort.hpp>
#include <llmpath/export.hpp>
#include <llmpath/recommend.hpp>
#include <llmpath/render.hpp>
#include <llmpath/schedule.hpp>

#include <benchmark/benchmark.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace {

using namespace llmpath;

struct Fixture {
    std::string name;
    std::string text;
    std::unique_ptr<Catalog> catalog;
    Answers answers;
    Recommendation recommendation;
    ScheduleInput input;
};

std::unique_ptr<Fixture> make_fixture(std::string name, std::string text) {
    auto f = std::make_unique<Fixture>();
    f->name = std::move(name);
    f->text = std::move(text);
    f->catalog = std::make_unique<Catalog>(load_catalog(f->text, f->name));
    AnswerInput input;
    input.use_defaults = true;
    input.today = Date{2026, 11, 30};
    f->answers = gather_answers(*f->catalog, input).answers;
    f->recommendation = recommend(*f->catalog, f->answers);
    f->input.start = Date{2026, 11, 30};
    f->input.hours_per_week = 10;
    f->input.direction = f->recommendation.direction;
    f->input.skills = skills_of(*f->catalog, f->answers);
    return f;
}

/// Loading, recommending and scheduling.
void register_all(Fixture& f) {
    const std::string n = f.name;
    benchmark::RegisterBenchmark(("load_validate/" + n).c_str(), [&f](benchmark::State& state) {
        for (auto _ : state) {
            benchmark::DoNotOptimize(load_catalog(f.text, f.name));
        }
        state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * f.text.size()));
    })->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark(("recommend/" + n).c_str(), [&f](benchmark::State& state) {
        for (auto _ : state) {
            benchmark::DoNotOptimize(recommend(*f.catalog, f.answers));
        }
    })->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark(("schedule/" + n).c_str(), [&f](benchmark::State& state) {
        for (auto _ : state) {
            benchmark::DoNotOptimize(make_plan(*f.catalog, f.input));
        }
        state.SetComplexityN(static_cast<std::int64_t>(f.catalog->tasks.size()));
    })->Unit(benchmark::kMicrosecond);
}

/// The renderers of the plan: JSON, text, Markdown, the exports, and one batch line.
void register_renders(Fixture& f) {
    const std::string n = f.name;
    benchmark::RegisterBenchmark(("render_json/" + n).c_str(), [&f](benchmark::State& state) {
        const Plan plan = make_plan(*f.catalog, f.input);
        Report report{*f.catalog, f.answers, f.recommendation, &plan, "en", "bench"};
        for (auto _ : state) {
            benchmark::DoNotOptimize(render_json(report, -1));
        }
    })->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark(("render_text/" + n).c_str(), [&f](benchmark::State& state) {
        const Plan plan = make_plan(*f.catalog, f.input);
        Report report{*f.catalog, f.answers, f.recommendation, &plan, "en", "bench"};
        for (auto _ : state) {
            benchmark::DoNotOptimize(render_plan_text(report, TextOptions{}));
        }
    })->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark(("render_markdown/" + n).c_str(), [&f](benchmark::State& state) {
        const Plan plan = make_plan(*f.catalog, f.input);
        Report report{*f.catalog, f.answers, f.recommendation, &plan, "en", "bench"};
        for (auto _ : state) {
            benchmark::DoNotOptimize(render_markdown(report));
        }
    })->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark(("batch_line/" + n).c_str(), [&f](benchmark::State& state) {
        // What `llmpath batch` does per input line: parse answers, recommend, plan, compact JSON.
        const std::string line =
            R"({"background":"backend","python":"fluent","hours_per_week":12})";
        for (auto _ : state) {
            AnswerInput input;
            input.file_name = "line 1";
            input.file_text = line;
            input.use_defaults = true;
            input.today = Date{2026, 11, 30};
            const Gathered g = gather_answers(*f.catalog, input);
            const Recommendation r = recommend(*f.catalog, g.answers);
            ScheduleInput s = f.input;
            s.direction = r.direction;
            s.skills = skills_of(*f.catalog, g.answers);
            const Plan plan = make_plan(*f.catalog, s);
            Report report{*f.catalog, g.answers, r, &plan, "en", "bench"};
            benchmark::DoNotOptimize(render_json(report, -1));
        }
    })->Unit(benchmark::kMicrosecond);
    for (const char* format : {"ics", "csv", "checklist"}) {
        benchmark::RegisterBenchmark(
            (std::string("render_") + format + "/" + n).c_str(),
            [&f, format](benchmark::State& state) {
                const Plan plan = make_plan(*f.catalog, f.input);
                Report report{*f.catalog, f.answers, f.recommendation, &plan, "en", "bench"};
                const ExportPlan exported = export_of(report);
                for (auto _ : state) {
                    benchmark::DoNotOptimize(render_export(exported, format));
                }
            })
            ->Unit(benchmark::kMicrosecond);
    }
}

/// `llmpath cohort` without the files: 1,000 learners' exports of the fixture's plan read back,
/// and the cohort's rows on a day of week 4.
void register_cohort(Fixture& f) {
    const Plan plan = make_plan(*f.catalog, f.input);
    TrackedPlan tracked =
        adopt_plan(*f.catalog, f.answers, f.recommendation, plan, "en", "0.1.0", f.input.start);
    mark_done(tracked, {plan.weeks.front().items.front().task}, std::nullopt,
              f.input.start.plus_days(2));
    const std::string text = render_tracked_json(export_of(tracked, "en"));
    benchmark::RegisterBenchmark(("cohort_1000/" + f.name).c_str(), [text,
                                                                     &f](benchmark::State& state) {
        for (auto _ : state) {
            std::vector<CohortLearner> learners;
            for (int i = 0; i < 1000; ++i) {
                learners.push_back(learner_from_export(text, std::to_string(i) + ".json"));
            }
            benchmark::DoNotOptimize(cohort_view(learners, f.input.start.plus_days(24)));
        }
        state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * 1000 * text.size()));
    })->Unit(benchmark::kMillisecond);
}

std::string read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> files;
    std::vector<char*> rest{argv[0]};
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg.rfind("--catalogs=", 0) == 0) {
            std::string list = arg.substr(11);
            std::size_t start = 0;
            while (start < list.size()) {
                const auto comma = list.find(',', start);
                files.push_back(
                    list.substr(start, comma == std::string::npos ? comma : comma - start));
                start = comma == std::string::npos ? list.size() : comma + 1;
            }
        } else {
            rest.push_back(argv[i]);
        }
    }
    std::vector<std::unique_ptr<Fixture>> fixtures;
    fixtures.push_back(make_fixture("default", std::string(embedded_catalog_text())));
    for (const auto& file : files) {
        const auto slash = file.rfind('/');
        fixtures.push_back(make_fixture(slash == std::string::npos ? file : file.substr(slash + 1),
                                        read_all(file)));
    }
    for (auto& f : fixtures) {
        register_all(*f);
        register_renders(*f);
    }
    register_cohort(*fixtures.front());
    int rest_argc = static_cast<int>(rest.size());
    benchmark::Initialize(&rest_argc, rest.data());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
