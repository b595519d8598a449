#include <llmpath/date.hpp>

#include <catch2/catch.hpp>

#include <climits>
#include <cstdio>

using llmpath::Date;

TEST_CASE("date::parse accepts real YYYY-MM-DD dates only", "[date]") {
    CHECK(Date::parse("2026-11-29") == Date{2026, 11, 29});
    CHECK(Date::parse("2024-02-29") == Date{2024, 2, 29});
    CHECK_FALSE(Date::parse("2026-02-29").has_value());
    CHECK_FALSE(Date::parse("2026-02-30").has_value());
    CHECK_FALSE(Date::parse("1900-02-29").has_value());
    CHECK_FALSE(Date::parse("99999-01-01").has_value());
    CHECK_FALSE(Date::parse("2026-13-01").has_value());
    CHECK_FALSE(Date::parse("2026-1-01").has_value());
    CHECK_FALSE(Date::parse("2026-01-01 ").has_value());
    CHECK_FALSE(Date::parse("0999-01-01").has_value());
    CHECK_FALSE(Date::parse("").has_value());
}

TEST_CASE("date::to_days and from_days round-trip", "[date]") {
    CHECK(Date{1970, 1, 1}.to_days() == 0);
    CHECK(Date{2000, 3, 1}.to_days() == 11017);
    for (long d = -800000; d < 3000000; d += 997) {
        REQUIRE(Date::from_days(d).to_days() == d);
    }
}

TEST_CASE("date::iso_weekday and plus_days", "[date]") {
    CHECK(Date{2026, 11, 30}.iso_weekday() == 1); // Monday
    CHECK(Date{2026, 11, 29}.iso_weekday() == 7); // Sunday
    CHECK(Date{1970, 1, 1}.iso_weekday() == 4);
    CHECK(Date{2026, 12, 31}.plus_days(1) == Date{2027, 1, 1});
    CHECK(Date{2026, 11, 29}.plus_days(182).to_string() == "2027-05-30");
    CHECK(Date{2026, 3, 4}.to_string() == "2026-03-04");
}

TEST_CASE("date::to_string writes what printf's %04d-%02d-%02d writes, for any fields", "[date]") {
    CHECK(Date{999, 1, 2}.to_string() == "0999-01-02");
    CHECK(Date{12345, 10, 31}.to_string() == "12345-10-31");
    CHECK(Date{-5, 0, -1}.to_string() == "-005-00--1");
    const int values[] = {INT_MIN, INT_MIN + 1, -100000, -1000, -999,  -100,   -99, -10,
                          -9,      -1,          0,       1,     9,     10,     99,  100,
                          999,     1000,        9999,    10000, 99999, INT_MAX};
    for (const int y : values) {
        for (const int m : values) {
            const int d = m ^ y;
            char expected[64];
            std::snprintf(expected, sizeof expected, "%04d-%02d-%02d", y, m, d);
            INFO(y << " " << m << " " << d);
            REQUIRE(Date{y, m, d}.to_string() == expected);
        }
    }
}

namespace {
int g_reads = 0;
Date counting_clock() {
    ++g_reads;
    return Date{2026, 11, 29};
}
} // namespace

TEST_CASE("date::Today reads its date once, when first needed, and copies share it", "[date]") {
    using llmpath::Today;
    CHECK(Today(Date{2026, 1, 5}).get() == Date{2026, 1, 5});
    CHECK(Today().get() == Date{});
    g_reads = 0;
    const Today today(&counting_clock);
    const Today copy = today;
    CHECK(g_reads == 0);
    CHECK(copy.get() == Date{2026, 11, 29});
    CHECK(today.get() == Date{2026, 11, 29});
    CHECK(g_reads == 1);
}
