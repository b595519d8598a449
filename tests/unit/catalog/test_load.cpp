// The catalogue model and its loading: syntax, limits, languages, fixtures, texts.
#include <llmpath/catalog.hpp>
#include <llmpath/error.hpp>

#include "support/catalog_fixture.hpp"
#include "support/check.hpp"
#include "support/run.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

using namespace llmpath;
using Catch::Matchers::Contains;
using llmpath::test::k_minimal;
using llmpath::test::Lines;
using llmpath::test::problems;
using llmpath::test::problems_after;
using llmpath::test::question;
using ojson = nlohmann::ordered_json;

TEST_CASE("catalog::load_catalog loads the embedded catalogue", "[catalog]") {
    const Catalog c = load_catalog(std::string(embedded_catalog_text()), "<embedded catalog>");
    CHECK(c.schema_version == 1);
    CHECK_FALSE(c.languages.empty());
    REQUIRE_FALSE(c.phases.empty());
    CHECK(c.phases.back().end_day == k_plan_days - 1);
    CHECK(c.task_by_id.size() == c.tasks.size());
}

TEST_CASE("catalog::load_catalog fills the model and its defaults", "[catalog]") {
    const Catalog c = load_catalog(k_minimal, "minimal.json");
    CHECK(c.id == "minimal");
    CHECK(c.title.get("zh") == "最小目录");
    CHECK(c.phases[0].title.any == "Foundations");
    REQUIRE(c.tasks.size() == 4);
    CHECK(c.tasks[1].core);
    CHECK_FALSE(c.tasks[1].bridging);
    CHECK(c.tasks[1].resources.empty());
    CHECK(c.tasks[1].skip_if_skills.empty());
    CHECK(c.tasks[0].bridging);
    CHECK_FALSE(c.tasks[3].core);
    CHECK(c.tasks[3].prerequisites.empty());
    CHECK(c.tasks[0].resources.at(0).type == ResourceType::official);
    CHECK(c.find_task("resume") == &c.tasks[3]);
}

TEST_CASE("catalog::load_catalog reads questions of every type", "[catalog]") {
    const Catalog c = load_catalog(k_minimal, "minimal.json");
    const Question* background = c.find_question("background");
    REQUIRE(background != nullptr);
    CHECK(background->default_value.choice == std::optional<std::string>("none"));
    CHECK(background->choices[1].weights.at("platform") == 30);
    CHECK(background->choices[1].skills == std::vector<std::string>{"python"});
    CHECK(c.find_question("python")->default_value.boolean == std::optional<bool>(false));
    const Question* interests = c.find_question("interests");
    CHECK(interests->default_value.choices == std::optional<std::vector<std::string>>({"data"}));
    CHECK(interests->when->in == std::vector<std::string>{"none", "backend"});
    CHECK(c.find_question("hours_per_week")->default_value.integer ==
          std::optional<std::int64_t>(10));
    CHECK(c.find_question("start_date")->default_value.today);
    CHECK(c.find_question("github")->when->min == std::optional<std::int64_t>(5));
    CHECK(c.pitfalls[0].flag_when[0].question == "python");
}

TEST_CASE("catalog::load_catalog accepts a question without a default", "[catalog]") {
    auto p = problems_after([](ojson& d) {
        for (auto& q : d["questions"]) {
            q.erase("default");
        }
    });
    CHECK(p.empty());
}

TEST_CASE("catalog::load_catalog reports syntax errors with line and column", "[catalog]") {
    SECTION("empty text") {
        CHECK(problems("") ==
              Lines{"1:1: syntax error: unexpected end of input; expected '[', '{', or a literal"});
    }
    SECTION("a stray comma on line 3") {
        CHECK(problems("{\n \"a\": [1,\n 2,,]}") ==
              Lines{"3:4: syntax error: unexpected ','; expected '[', '{', or a literal"});
    }
    SECTION("NUL byte") {
        CHECK(problems(std::string_view("{\"a\": 1}\0", 9)) ==
              Lines{"1:9: syntax error: unexpected nul byte; a catalog is utf-8 text"});
    }
    SECTION("invalid UTF-8 in a string") {
        CHECK(problems("{\n\"a\xff\": 1}") ==
              Lines{"2:3: syntax error: invalid string: ill-formed utf-8 byte; last read: "
                    "'\"a\\xff'; expected string literal"});
    }
    SECTION("invalid UTF-8 outside a string") {
        CHECK(problems("\xfe") == Lines{"1:1: syntax error: invalid literal; last read: '\\xfe'"});
    }
}

TEST_CASE("catalog::load_catalog rejects a number that overflows", "[catalog]") {
    CHECK(problems("{\"a\": [\n 1e309]}") == Lines{"2:2: number 1e309 is out of range"});
    CHECK(problems("-1e400") == Lines{"1:1: number -1e400 is out of range"});
}

TEST_CASE("catalog::load_catalog rejects text over the size limit before parsing", "[catalog]") {
    const std::string big(k_max_catalog_bytes + 1, ' ');
    CHECK(problems(big) == Lines{"/: catalog is 64.1 MiB; the limit is 64 MiB"});
}

TEST_CASE("catalog::load_catalog rejects deep nesting before parsing", "[catalog]") {
    SECTION("one level too deep") {
        const std::string text = "{\"a\":\n" + std::string(64, '[') + std::string(64, ']') + "}";
        CHECK(problems(text) == Lines{"2:64: nesting is deeper than 64 levels"});
    }
    SECTION("100,000 levels") {
        CHECK(problems(std::string(100000, '[')) ==
              Lines{"1:65: nesting is deeper than 64 levels"});
    }
    SECTION("brackets inside strings do not count") {
        const std::string text = "{\"a\": \"" + std::string(100, '[') + "\\\"\"}";
        CHECK(problems(text).at(0) == "/: missing required field 'schema_version'");
    }
}

TEST_CASE("catalog::load_catalog rejects an unsupported schema_version", "[catalog]") {
    auto p = problems_after([](ojson& d) { d["schema_version"] = 2; });
    CHECK(p == Lines{"/schema_version: unsupported schema_version 2; this llmpath reads "
                     "schema_version 1"});
}

TEST_CASE("catalog::load_catalog checks localised text against the languages", "[catalog]") {
    SECTION("missing language") {
        auto p = problems_after([](ojson& d) { d["title"] = {{"en", "Title"}}; });
        CHECK(p == Lines{"/title: missing 'zh' text"});
    }
    SECTION("undeclared language") {
        auto p = problems_after([](ojson& d) { d["title"]["fr"] = "Titre"; });
        CHECK(p == Lines{"/title/fr: undeclared language 'fr' (declared: en, zh)"});
    }
    SECTION("empty required text") {
        auto p = problems_after([](ojson& d) { d["directions"][0]["name"]["zh"] = ""; });
        CHECK(p == Lines{"/directions/0/name/zh: empty 'zh' text"});
    }
    SECTION("empty optional text is allowed") {
        auto p = problems_after([](ojson& d) { d["tasks"][0]["summary"] = ""; });
        CHECK(p.empty());
    }
    SECTION("wrong type") {
        auto p = problems_after([](ojson& d) { d["tasks"][0]["title"] = ojson::array(); });
        CHECK(p == Lines{"/tasks/0/title: expected a string or an object of texts by language, "
                         "got an array"});
    }
}

TEST_CASE("catalog::load_catalog checks the declared languages", "[catalog]") {
    auto languages = [](ojson value) {
        return problems_after([&](ojson& d) {
            d["languages"] = value;
            d["title"] = "Title";
            for (auto& dir : d["directions"]) {
                dir["name"] = "Name";
            }
        });
    };
    CHECK(languages(ojson::array()) ==
          Lines{"/languages: no languages declared; list at least one, such as [\"en\"]"});
    CHECK(languages({"en", "EN"}) == Lines{"/languages/1: invalid language code 'EN'; use a code "
                                           "such as 'en', 'zh' or 'pt-BR'"});
    CHECK(languages({"en", "en"}) ==
          Lines{"/languages/1: duplicate language 'en' (first at /languages/0)"});
    CHECK(languages({"en", "pt-BR", "yue"}).empty());
}

TEST_CASE("catalog::load_catalog reports every problem at once, in document order", "[catalog]") {
    auto p = problems_after([](ojson& d) {
        d["tasks"][2]["hours"] = 0;
        d["schema_version"] = 3;
        d["tasks"][0]["phase"] = "nowhere";
        d["skills"][0]["id"] = "Py";
    });
    CHECK(p == Lines{"/schema_version: unsupported schema_version 3; this llmpath reads "
                     "schema_version 1",
                     "/skills/0/id: invalid id 'Py': use 1 to 64 characters a-z, 0-9, '-' or "
                     "'_', starting with a letter or digit",
                     "/questions/0/choices/1/skills/0: unknown skill 'python'",
                     "/questions/1/choices/0/skills/0: unknown skill 'python'",
                     "/tasks/0/phase: unknown phase 'nowhere'",
                     "/tasks/0/skip_if_skills/0: unknown skill 'python'",
                     "/tasks/2/hours: hours must be between 1 and 500, got 0"});
}

TEST_CASE("catalog::load_catalog puts a key given twice before the checks of its task",
          "[catalog]") {
    std::string text = k_minimal;
    const std::string hours = "\"hours\": 30,";
    REQUIRE(text.find(hours) != std::string::npos);
    text.replace(text.find(hours), hours.size(), "\"hours\": 0, \"hours\": 30,");
    CHECK(problems(text) == Lines{"/tasks/1/hours: key 'hours' is given more than once; give each "
                                  "key once",
                                  "/tasks/1/hours: hours must be between 1 and 500, got 0"});
}

TEST_CASE("catalog::load_catalog names the source in the error", "[catalog]") {
    CHECK_THROWS_WITH(load_catalog("{", "mine.json"),
                      "mine.json:1:2: syntax error: unexpected end of input; expected string "
                      "literal");
    try {
        load_catalog("[]", "mine.json");
        FAIL("no error");
    } catch (const CatalogError& e) {
        CHECK(e.code() == ExitCode::catalog);
        CHECK(std::string(e.what()) == "mine.json:/: expected an object, got an array");
    }
}

// The loader's side of the agreement with docs/catalog.schema.json: every invalid fixture is
// rejected with the problems in its .expected file (tests/tools/check-catalog-schema.sh checks
// the schema's side).
TEST_CASE("catalog::load_catalog rejects each invalid fixture as expected", "[catalog]") {
    const std::filesystem::path dir = std::filesystem::path(LLMPATH_TEST_DATA) / "catalog";
    std::size_t count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir / "invalid")) {
        if (entry.path().extension() != ".json") {
            continue;
        }
        auto expected_path = entry.path();
        expected_path.replace_extension(".expected");
        INFO(entry.path().filename().string());
        REQUIRE(std::filesystem::exists(expected_path));
        CHECK(problems(test::read_file(entry.path().string())) ==
              test::lines_of(test::read_file(expected_path.string())));
        ++count;
    }
    CHECK(count >= 70);
}

TEST_CASE("catalog::load_catalog accepts the valid fixtures and the embedded catalogue",
          "[catalog]") {
    const std::filesystem::path dir = std::filesystem::path(LLMPATH_TEST_DATA) / "catalog";
    const std::string minimal = test::read_file((dir / "valid" / "minimal.json").string());
    CHECK(problems(minimal).empty());
    CHECK(ojson::parse(minimal) == ojson::parse(k_minimal));
    CHECK(problems(embedded_catalog_text()).empty());
}

// The tasks mean the same wherever they stand in the document, and what is wrong in or around
// them is reported in document order.
TEST_CASE("catalog::load_catalog reads the tasks wherever they stand, in document order",
          "[catalog]") {
    const std::string text = k_minimal;
    const auto end = text.rfind('}');
    auto with_tail = [&](std::string_view tail) {
        return text.substr(0, end) + std::string(tail) + "}";
    };
    SECTION("tasks before languages") {
        ojson doc = ojson::parse(k_minimal);
        ojson reordered = ojson::object();
        reordered["tasks"] = doc["tasks"];
        for (auto it = doc.begin(); it != doc.end(); ++it) {
            if (it.key() != "tasks") {
                reordered[it.key()] = it.value();
            }
        }
        reordered["tasks"][1]["title"] = ojson{{"en", "A cleaned dataset"}};
        CHECK(problems(reordered.dump()) == Lines{"/tasks/1/title: missing 'zh' text"});
    }
    SECTION("tasks that are not objects") {
        ojson doc = ojson::parse(k_minimal);
        doc["tasks"] = ojson::parse(R"([1, "x", null, [[]], {"id": "t"}])");
        CHECK(problems(doc.dump()) == Lines{"/pitfalls/0/tasks/0: unknown task 'bridge-python'",
                                            "/tasks/0: expected an object, got an integer",
                                            "/tasks/1: expected an object, got a string",
                                            "/tasks/2: expected an object, got null",
                                            "/tasks/3: expected an object, got an array",
                                            "/tasks/4: missing required field 'phase'",
                                            "/tasks/4: missing required field 'directions'",
                                            "/tasks/4: missing required field 'title'",
                                            "/tasks/4: missing required field 'hours'",
                                            "/tasks/4: missing required field 'deliverable'"});
    }
    SECTION("a second tasks key is a problem; the first one counts") {
        CHECK(problems(with_tail(R"(, "tasks": [{"id": "only"}])")) ==
              Lines{"/tasks: key 'tasks' is given more than once; give each key once"});
    }
    SECTION("languages again after the tasks is a problem; the first one counts") {
        CHECK(problems(with_tail(R"(, "languages": ["en"])")) ==
              Lines{"/languages: key 'languages' is given more than once; give each key once"});
    }
    SECTION("a key twice in a task, and in a value of a key given twice") {
        ojson doc = ojson::parse(k_minimal);
        std::string twice = doc.dump();
        const std::string hours = "\"hours\":8";
        twice.replace(twice.find(hours), hours.size(), "\"hours\":8,\"hours\":999");
        CHECK(problems(twice) ==
              Lines{"/tasks/0/hours: key 'hours' is given more than once; give each key once"});
        CHECK(problems(with_tail(R"(, "tasks": [{"id": "x", "id": "y"}])")) ==
              Lines{"/tasks: key 'tasks' is given more than once; give each key once"});
    }
    SECTION("an empty tasks array") {
        ojson doc = ojson::parse(k_minimal);
        doc["tasks"] = ojson::array();
        CHECK(problems(doc.dump()) == Lines{"/pitfalls/0/tasks/0: unknown task 'bridge-python'"});
    }
    SECTION("a syntax error inside a task") {
        std::string text_with_error = k_minimal;
        const std::string tasks = "\"tasks\": [";
        text_with_error.insert(text_with_error.rfind(tasks) + tasks.size(), "{\"id\": \"a\", },");
        CHECK(problems(text_with_error) ==
              Lines{"52:25: syntax error: unexpected '}'; expected string literal"});
    }
}

TEST_CASE("catalog::Text::get falls back to the plain string, then en, then the first language",
          "[catalog]") {
    Text plain;
    plain.any = "same in every language";
    CHECK(plain.get("zh") == "same in every language");

    Text t;
    t.set("zh", "中文");
    t.set("en", "English");
    t.set("de", "Deutsch");
    REQUIRE(t.by_lang.size() == 3);
    CHECK(t.by_lang[0].lang == "de"); // set keeps the languages in order
    CHECK(t.by_lang[2].lang == "zh");
    CHECK(t.get("zh") == "中文");
    CHECK(t.get("fr") == "English");
    t.set("en", "English, again");
    CHECK(t.by_lang.size() == 3);
    CHECK(t.get("fr") == "English, again");

    Text no_en;
    no_en.set("zh", "中文");
    no_en.set("de", "Deutsch");
    CHECK(no_en.get("fr") == "Deutsch");
}

TEST_CASE("catalog::load_catalog texts live as long as any copy of the catalogue", "[catalog]") {
    std::optional<Catalog> copy;
    {
        const Catalog loaded = load_catalog(k_minimal, "minimal.json");
        copy = loaded;
    } // the loaded catalogue is gone; its copy shares the store of its texts
    CHECK(copy->title.get("zh") == "最小目录");
    CHECK(copy->title.get("en") == "A minimal catalogue");
    CHECK(copy->phases[0].title.any == "Foundations");
    // Equality compares the texts, not where their characters are.
    CHECK(*copy == load_catalog(k_minimal, "minimal.json"));
}

TEST_CASE("catalog::load_catalog lists the first 1,000 problems and says there are more",
          "[catalog]") {
    const auto error_of = [](const std::string& text) {
        try {
            load_catalog(text, "broken.json");
        } catch (const CatalogError& e) {
            return e;
        }
        FAIL("the catalogue loaded");
        throw std::logic_error("unreachable");
    };
    SECTION("the checks: 200,000 tasks that are not objects") {
        std::string text = R"({"tasks": [)";
        for (int i = 0; i < 200'000; ++i) {
            text += i == 0 ? "1" : ",1";
        }
        const CatalogError e = error_of(text + "]}");
        REQUIRE(e.problems().size() == k_max_catalog_problems);
        // The root's missing fields come first, in document order, then the tasks.
        CHECK(e.problems()[0].message == "missing required field 'schema_version'");
        const auto root = static_cast<std::size_t>(
            std::count_if(e.problems().begin(), e.problems().end(),
                          [](const CatalogProblem& p) { return p.pointer.empty(); }));
        CHECK(root == 8);
        CHECK(e.problems()[root].pointer == "/tasks/0");
        CHECK(e.problems().back().pointer == "/tasks/" + std::to_string(1000 - root - 1));
        CHECK(e.more().en == "broken.json: more than 1000 problems; the first 1000 are listed");
        CHECK(e.more().zh == "broken.json：问题超过 1000 个，这里只列出前 1000 个");
        const std::string what = e.what();
        CHECK(what.substr(what.rfind('\n') + 1) == e.more().en);
    }
    SECTION("the reading: 5,000 keys given twice") {
        std::string text = R"({"a": 1)";
        for (int i = 0; i < 5'000; ++i) {
            text += R"(, "a": 2)";
        }
        const CatalogError e = error_of(text + "}");
        REQUIRE(e.problems().size() == k_max_catalog_problems);
        CHECK(e.problems()[0].pointer == "/a");
        CHECK(e.problems()[0].message == "key 'a' is given more than once; give each key once");
        CHECK_FALSE(e.more().en.empty());
    }
    SECTION("exactly 1,000 problems are all listed, with no line about more") {
        CHECK(problems(R"({"tasks": 1})").size() < k_max_catalog_problems);
        try {
            load_catalog(R"({"tasks": 1})", "small.json");
        } catch (const CatalogError& e) {
            CHECK(e.more().en.empty());
        }
    }
}
