// Shape tests on the default catalogue (data/catalog.json): what docs/content.md promises.
#include <llmpath/catalog.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

using namespace llmpath;

namespace {

std::vector<std::string> ids_of(const auto& items) {
    std::vector<std::string> ids;
    for (const auto& x : items) {
        ids.push_back(x.id);
    }
    return ids;
}

bool is_bilingual(const Text& t) {
    return t.by_lang.size() == 2 && t.by_lang[0].lang == "en" && t.by_lang[1].lang == "zh" &&
           !t.by_lang[0].text.empty() && !t.by_lang[1].text.empty();
}

/// Every Text field of the catalogue that is not bilingual, named by a readable path.
std::vector<std::string> texts_missing_a_language(const Catalog& c) {
    std::vector<std::string> bad;
    const auto check = [&](const Text& t, const std::string& where) {
        if (!is_bilingual(t)) {
            bad.push_back(where);
        }
    };
    check(c.title, "title");
    check(c.description, "description");
    for (const auto& l : c.layers) {
        check(l.name, "layer " + l.id + " name");
        check(l.short_name, "layer " + l.id + " short_name");
        check(l.description, "layer " + l.id + " description");
    }
    for (const auto& d : c.directions) {
        for (const Text* t : {&d.name, &d.tagline, &d.suits, &d.verdict}) {
            check(*t, "direction " + d.id);
        }
        for (const auto& t : d.keywords) {
            check(t, "direction " + d.id + " keyword");
        }
        for (const auto& t : d.work) {
            check(t, "direction " + d.id + " work");
        }
    }
    for (const auto& p : c.phases) {
        for (const Text* t : {&p.title, &p.goal}) {
            check(*t, "phase " + p.id);
        }
        for (const auto& part : p.checkpoint) {
            check(part.text, "phase " + p.id + " checkpoint");
        }
        for (const auto& [dir, parts] : p.direction_checkpoints) {
            for (const auto& part : parts) {
                check(part.text, "phase " + p.id + " checkpoint for " + dir);
            }
        }
    }
    for (const auto& p : c.pitfalls) {
        check(p.title, "pitfall " + p.id + " title");
        check(p.summary, "pitfall " + p.id + " summary");
        for (const auto& list : p.lists) {
            check(list.title, "pitfall " + p.id + " list title");
            for (const auto& item : list.items) {
                check(item, "pitfall " + p.id + " list item");
            }
        }
    }
    for (const auto& s : c.skills) {
        check(s.name, "skill " + s.id);
    }
    for (const auto& q : c.questions) {
        for (const Text* t : {&q.prompt, &q.help, &q.short_label}) {
            check(*t, "question " + q.id);
        }
        for (const auto& ch : q.choices) {
            check(ch.label, "question " + q.id + "=" + ch.value + " label");
            for (const auto& [dir, t] : ch.reasons) {
                check(t, "question " + q.id + "=" + ch.value + " reason for " + dir);
            }
        }
    }
    for (const auto& t : c.tasks) {
        check(t.title, "task " + t.id + " title");
        check(t.summary, "task " + t.id + " summary");
        check(t.deliverable, "task " + t.id + " deliverable");
        for (const auto& r : t.resources) {
            check(r.title, "task " + t.id + " resource " + r.url);
        }
    }
    return bad;
}

/// Core hours of a direction's plan: its own core tasks plus common core ones, bridging excluded.
int core_hours(const Catalog& c, const std::string& direction) {
    int hours = 0;
    for (const auto& t : c.tasks) {
        if (t.belongs_to(direction) && t.core && !t.bridging) {
            hours += t.hours;
        }
    }
    return hours;
}

} // namespace

TEST_CASE("content::embedded_catalog loads with zero problems", "[content]") {
    REQUIRE_NOTHROW(load_catalog(std::string(embedded_catalog_text()), "data/catalog.json"));
    const Catalog& c = embedded_catalog();
    CHECK(c.id == "llmpath-default");
    CHECK(c.version == "1.0.0");
    CHECK(c.languages == std::vector<std::string>{"en", "zh"});
}

TEST_CASE("content::embedded_catalog holds the six layers, four directions and three phases "
          "in order",
          "[content]") {
    const Catalog& c = embedded_catalog();
    CHECK(ids_of(c.layers) == std::vector<std::string>{"application", "model", "pipeline", "data",
                                                       "inference", "mlops"});
    CHECK(ids_of(c.directions) ==
          std::vector<std::string>{"data", "platform", "application", "deployment"});
    CHECK(ids_of(c.phases) == std::vector<std::string>{"foundations", "hands-on", "portfolio"});
    CHECK(ids_of(c.pitfalls) ==
          std::vector<std::string>{"tune-first", "buzzwords", "weak-engineering"});
}

TEST_CASE("content::every phase has a checkpoint and a per-direction one after foundations",
          "[content]") {
    const Catalog& c = embedded_catalog();
    for (const auto& phase : c.phases) {
        INFO("phase " << phase.id);
        CHECK_FALSE(phase.checkpoint.empty());
        if (phase.id != "foundations") {
            for (const auto& d : c.directions) {
                INFO("direction " << d.id);
                CHECK(phase.direction_checkpoints.count(d.id) == 1);
            }
        }
    }
}

TEST_CASE("content::every direction has enough tasks in each phase", "[content]") {
    const Catalog& c = embedded_catalog();
    const std::map<std::string, int> minimum{{"foundations", 6}, {"hands-on", 6}, {"portfolio", 5}};
    for (const auto& d : c.directions) {
        std::map<std::string, int> count;
        for (const auto& t : c.tasks) {
            if (t.belongs_to(d.id) && !t.bridging) {
                ++count[t.phase];
            }
        }
        for (const auto& [phase, least] : minimum) {
            INFO("direction " << d.id << ", phase " << phase);
            CHECK(count[phase] >= least);
        }
    }
}

TEST_CASE("content::every task has a deliverable and one to four https resources", "[content]") {
    for (const auto& t : embedded_catalog().tasks) {
        INFO("task " << t.id);
        CHECK_FALSE(t.deliverable.empty());
        CHECK(t.resources.size() >= 1);
        CHECK(t.resources.size() <= 4);
        for (const auto& r : t.resources) {
            CHECK(r.url.rfind("https://", 0) == 0);
        }
    }
}

TEST_CASE("content::every localised text has en and zh", "[content]") {
    CHECK(texts_missing_a_language(embedded_catalog()) == std::vector<std::string>{});
}

// The whole path with the bridging tasks fits 26 weeks at 9 h a week for a complete beginner
// (tests/unit/plan/test_census.cpp); without them it is still real work.
TEST_CASE("content::each direction's core work, bridging excluded, is 150 to 234 hours",
          "[content]") {
    const Catalog& c = embedded_catalog();
    for (const auto& d : c.directions) {
        INFO("direction " << d.id << ": " << core_hours(c, d.id) << " core hours");
        CHECK(core_hours(c, d.id) >= 150);
        CHECK(core_hours(c, d.id) <= 26 * 9);
    }
}

TEST_CASE("content::the core questions keep their public ids and choice values", "[content]") {
    const std::vector<std::pair<std::string, std::vector<std::string>>> table{
        {"background",
         {"none", "student", "backend", "frontend", "bigdata", "devops", "systems", "data-analyst",
          "algorithm", "product"}},
        {"coding", {"none", "basic", "working", "strong"}},
        {"python", {"none", "basic", "fluent"}},
        {"linux", {"none", "basic", "fluent"}},
        {"math", {"weak", "fair", "strong"}},
        {"gpu", {"none", "used", "tuned"}},
        {"business", {"low", "medium", "high"}},
        {"interests", {"data", "infrastructure", "products", "performance"}},
    };
    const Catalog& c = embedded_catalog();
    for (const auto& [id, values] : table) {
        INFO("question " << id);
        const Question* q = c.find_question(id);
        REQUIRE(q != nullptr);
        std::vector<std::string> actual;
        for (const auto& ch : q->choices) {
            actual.push_back(ch.value);
        }
        CHECK(actual == values);
    }
    REQUIRE(c.find_question("hours_per_week") != nullptr);
    CHECK(c.find_question("hours_per_week")->type == QuestionType::integer);
    REQUIRE(c.find_question("start_date") != nullptr);
    CHECK(c.find_question("start_date")->default_value.today);
}

TEST_CASE("content::every question has a default so --defaults can answer it", "[content]") {
    for (const auto& q : embedded_catalog().questions) {
        INFO("question " << q.id);
        const DefaultValue& d = q.default_value;
        CHECK((d.choice || d.choices || d.integer || d.boolean || d.date || d.today));
    }
}

TEST_CASE("content::every bridging task is a common foundations task a skill can skip",
          "[content]") {
    const Catalog& c = embedded_catalog();
    const Pitfall* weak = c.find_pitfall("weak-engineering");
    REQUIRE(weak != nullptr);
    int bridging = 0;
    for (const auto& t : c.tasks) {
        if (t.bridging) {
            INFO("task " << t.id);
            ++bridging;
            CHECK(t.phase == "foundations");
            CHECK(t.is_common());
            CHECK_FALSE(t.skip_if_skills.empty());
            CHECK(std::count(weak->tasks.begin(), weak->tasks.end(), t.id) == 1);
        }
    }
    CHECK(bridging >= 5);
}
