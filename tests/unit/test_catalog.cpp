#include <llmpath/catalog.hpp>
#include <llmpath/error.hpp>

#include <catch2/catch.hpp>

using namespace llmpath;

TEST_CASE("catalog::load_catalog loads the embedded catalogue", "[catalog]") {
    const Catalog c = load_catalog(embedded_catalog_text(), "<embedded catalog>");
    CHECK(c.schema_version == 1);
    CHECK(c.languages == std::vector<std::string>{"en", "zh"});
    REQUIRE(c.phases.size() == 3);
    CHECK(c.phases[2].end_day == k_plan_days - 1);
    REQUIRE(c.find_task("mock-interviews") != nullptr);
    CHECK_FALSE(c.find_task("mock-interviews")->core);
    CHECK(c.task_by_id.size() == c.tasks.size());
}
